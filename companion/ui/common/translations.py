"""The interface's words in the person's language, and English's own plural forms.

One language is loaded at a time (``assets/i18n/companion_<language>.qm``, built from
``i18n/companion_<language>.ts`` by ``make translations``), with Qt's own words for its
standard buttons and menus (``qtbase_<language>.qm``, shipped with PySide6) where it has them.
English is the source language, yet Qt's plural forms need a translation even in English:
``tr("%n session(s)", "", 1)`` reads "1 session(s)" until ``companion_en.qm`` gives it "1
session" and "2 sessions"; a language that lacks a message falls back to the English source.

:func:`install_translations` may be called again with another language: the old
translators go, the new ones come, and Qt sends every widget a ``LanguageChange`` event
(the window then rebuilds its pages, see ``MainWindow.retranslate``). Dates, times and
numbers follow the language too (:class:`QLocale`'s default).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from companion.core.language import SOURCE_LANGUAGE, SYSTEM, chosen_language
from companion.services.paths import assets_dir

_installed: list[QTranslator] = []  # kept: a translator that is collected stops working
_language: list[str] = []  # the language installed last
_system_locale: list[QLocale] = []  # the locale before any language was chosen


def translations_dir() -> str:
    """Where the built translations (``companion_<language>.qm``) are."""
    return str(assets_dir() / "i18n")


def current_language() -> str:
    """The language installed (``en`` before any)."""
    return _language[-1] if _language else SOURCE_LANGUAGE


def _locale_for(language: str) -> QLocale:
    """The system's locale if it speaks ``language`` (its region's formats), else the
    language's own (``LANGUAGE=de`` with ``LANG=C``: German dates and numbers)."""
    system = _system_locale[0]
    if QLocale.languageToCode(system.language()) == language:
        return system
    if language == SOURCE_LANGUAGE:  # the source's own English (24-hour clock, 1 Dec)
        return system if system.language() == QLocale.Language.C else QLocale("en_GB")
    return QLocale(language)


def install_translations(
    app: QCoreApplication | None = None, choice: str = SYSTEM, *, again: bool = False
) -> bool:
    """Install the translation for ``choice`` (a preference: ``system`` or a language).

    Once installed, a call without ``again`` keeps what is there (pages and the report call
    this to be sure of English plurals). Returns False if no translation was found.
    """
    if _installed and not again:
        return True
    app = app or QCoreApplication.instance()
    if app is None:
        return False
    if not _system_locale:
        _system_locale.append(QLocale())
    language = chosen_language(choice, os.environ)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = translations_dir()
    translator = QTranslator(app)
    found = translator.load(f"companion_{language}", folder) or translator.load(
        f"companion_{SOURCE_LANGUAGE}", folder
    )
    if language != SOURCE_LANGUAGE:
        qt_words = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        name = f"qtbase_{language}"  # the packaged app carries it beside ours
        if qt_words.load(name, folder) or qt_words.load(name, qt_folder):
            app.installTranslator(qt_words)
            _installed.append(qt_words)
    QLocale.setDefault(_locale_for(language))
    _language.append(language)
    del _language[:-1]
    if not found:
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
