"""One name per thing: what the person reads for each preset, activity and choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Names", text)


def preset_title(owner: QWidget, preset_id: str, custom_name: str = "") -> str:
    """The user-facing name of a preset."""
    titles = {
        "calm": _tr("Calm"),
        "gentle": _tr("Gentle"),
        "very-gentle": _tr("Very gentle"),
    }
    return titles.get(preset_id, custom_name or _tr("My pattern"))
