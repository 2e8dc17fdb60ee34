"""The interface's words in the person's language, and English's own plural forms.

English is the source language, yet Qt's plural forms need a translation even in English:
``tr("%n session(s)", "", 1)`` reads "1 session(s)" until a translation gives it the two
forms "1 session" and "2 sessions". ``assets/i18n/companion_en.qm`` (built from
``i18n/companion_en.ts`` by ``make translations``) holds them; a language without a
translation of its own falls back to it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from companion.services.paths import assets_dir

_installed: list[QTranslator] = []  # kept: a translator that is collected stops working


def translations_dir() -> str:
    """Where the built translations (``companion_<language>.qm``) are."""
    return str(assets_dir() / "i18n")


def install_translations(app: QCoreApplication | None = None) -> bool:
    """Install the translation for the interface language (once); False if none was found."""
    if _installed:
        return True
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    translator = QTranslator(app)
    folder = translations_dir()
    if not (
        translator.load(QLocale(), "companion", "_", folder)
        or translator.load("companion_en", folder)
    ):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
