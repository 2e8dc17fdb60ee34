"""The stretch settings file (``stretch.json`` in the config folder); damage never stops the app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from companion.core.care.plan import LEGACY_FIELDS
from companion.core.stretch.settings import StretchSettings, stretch_settings_from_dict
from companion.services.paths import AppPaths, write_private_text
from companion.services.settings import read_json_settings


class StretchSettingsStore:
    """Loads and saves :class:`StretchSettings`; ``notices`` says what had to be repaired.

    ``legacy`` holds, after :meth:`load`, the care-team fields an older Companion kept in this
    file (limits, precautions), for the care plan to adopt; they are not written back.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []
        self.legacy: dict[str, Any] = {}

    @classmethod
    def default(cls) -> StretchSettingsStore:
        """The file beside the general settings."""
        return cls(AppPaths.default().config / "stretch.json")

    def load(self, repair: bool = True) -> StretchSettings:
        """Read the settings, falling back to defaults wherever the file is unusable.

        With ``repair`` (the app) a damaged file is moved aside; without it (a quick look
        from the command line) it is left for the window to set aside and report.
        """
        legacy: dict[str, Any] = {}

        def parse(data: Any) -> tuple[StretchSettings, list[str]]:
            legacy.update({k: data[k] for k in LEGACY_FIELDS if k in data})
            return stretch_settings_from_dict(data)

        settings, self.notices = read_json_settings(
            self.path,
            "stretch settings",
            parse,
            StretchSettings,
            "Make your own routines again on the Stretch page.",
            repair,
        )
        self.legacy = legacy
        return settings

    def save(self, settings: StretchSettings) -> None:
        """Write the settings atomically (owner-only file)."""
        write_private_text(self.path, json.dumps(settings.to_dict(), indent=2, sort_keys=True))
