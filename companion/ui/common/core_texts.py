"""Texts core holds in English (rating items, credits), shown in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "CoreTexts"  # tools/translations.py extracts companion.core.wording.english_texts()


def core_text(text: str) -> str:
    """``text`` (one of :func:`companion.core.wording.english_texts`) translated."""
    return QCoreApplication.translate(CONTEXT, text)


def short_name(key: str) -> str:
    """A rating item's name without ESAS-r's explanation ("Anxiety"), translated."""
    from companion.core.history.ratings import short_name as english

    return core_text(english(key))  # i18n: marked


def unvalidated_note() -> str:
    """Nothing in English; in another language, the plain words that ESAS-r's questions are
    shown in Companion's own translation, not a validated one (CLINICAL.md: never silently)."""
    from companion.core.wording import validated
    from companion.ui.common.translations import current_language

    if validated(current_language()):
        return ""
    return QCoreApplication.translate(
        "CoreTexts",
        "Not a validated translation: these ESAS-r questions are Companion's own translation "
        "of the English original.",
    )
