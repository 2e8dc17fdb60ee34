"""Marking texts for translation where they are written (translated where they are shown)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, unchanged: marks it for ``tools/translations.py`` in ``context``; show it
    with ``QCoreApplication.translate(context, text)  # i18n: marked``. (PySide6's own
    ``QT_TRANSLATE_NOOP`` is typed as returning ``object``.)"""
    return text
