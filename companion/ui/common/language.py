"""The language the interface speaks."""

from __future__ import annotations

from companion.ui.common.translations import current_language


def ui_language() -> str:
    """The language of the user interface (``en`` for the English source text)."""
    return current_language()
