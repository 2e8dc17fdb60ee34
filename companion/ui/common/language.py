"""The language the interface speaks: each translation names its own code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ui_language() -> str:
    """The language of the user interface (``en`` for the English source text)."""
    code = QCoreApplication.translate("Imagine", "en", "language code of this translation")
    return code.strip() or "en"
