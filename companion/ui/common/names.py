"""One name per thing: what the person reads for each preset, activity and choice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.ui.common.i18n_marks import QT_TRANSLATE_NOOP


def _tr(text: str) -> str:
    return QCoreApplication.translate("Names", text)


# The bundled playlists' names as stored (stable: settings and the CLI refer to them).
BUNDLED_PLAYLISTS = (QT_TRANSLATE_NOOP("Names", "Calm"),)


def playlist_name(name: str, bundled: bool) -> str:
    """A playlist's name as the person reads it: a bundled one's in the interface language."""
    return _tr(name) if bundled and name in BUNDLED_PLAYLISTS else name  # i18n: marked


def preset_title(owner: QWidget, preset_id: str, custom_name: str = "") -> str:
    """The user-facing name of a preset."""
    titles = {
        "calm": _tr("Calm"),
        "gentle": _tr("Gentle"),
        "very-gentle": _tr("Very gentle"),
    }
    return titles.get(preset_id, custom_name or _tr("My pattern"))
