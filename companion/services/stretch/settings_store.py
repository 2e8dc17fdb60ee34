"""The stretch settings file (``stretch.json`` in the config folder); damage never stops the app."""

from __future__ import annotations

import json
from pathlib import Path

from companion.core.stretch.settings import StretchSettings, stretch_settings_from_dict
from companion.services.paths import AppPaths, write_private_text
from companion.services.settings import read_json_settings


class StretchSettingsStore:
    """Loads and saves :class:`StretchSettings`; ``notices`` says what had to be repaired."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []

    @classmethod
    def default(cls) -> StretchSettingsStore:
        """The file beside the general settings."""
        return cls(AppPaths.default().config / "stretch.json")

    def load(self, repair: bool = True) -> StretchSettings:
        """Read the settings, falling back to defaults wherever the file is unusable.

        With ``repair`` (the app) a damaged file is moved aside; without it (a quick look
        from the command line) it is left for the window to set aside and report.
        """
        settings, self.notices = read_json_settings(
            self.path,
            "stretch settings",
            stretch_settings_from_dict,
            StretchSettings,
            "Set any care-team limits and your own routines again on the Stretch page.",
            repair,
        )
        return settings

    def save(self, settings: StretchSettings) -> None:
        """Write the settings atomically (owner-only file)."""
        write_private_text(self.path, json.dumps(settings.to_dict(), indent=2, sort_keys=True))
