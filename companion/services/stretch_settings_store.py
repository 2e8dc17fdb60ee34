"""The stretch settings file (``stretch.json`` in the config folder); damage never stops the app."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from companion.core.stretch_settings import StretchSettings, stretch_settings_from_dict
from companion.services.paths import AppPaths, move_aside, write_private_text

log = logging.getLogger(__name__)


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
        self.notices = []
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return StretchSettings()
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            self.notices.append(
                f"Your stretch settings could not be read ({exc.strerror}); defaults are in use."
            )
            return StretchSettings()
        try:
            # ValueError: not JSON, or a number too long for int(); RecursionError: nesting.
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):  # nothing in it can be used: keep it, start afresh
            if not repair:
                self.notices.append("Your stretch settings are damaged; the defaults are in use.")
                return StretchSettings()
            kept = move_aside(self.path, "corrupt")
            self.notices.append(
                "Your stretch settings were damaged, so the defaults are in use. "
                f"The old file is kept as {kept.name}. Set any care-team limits and "
                "your own routines again on the Stretch page."
            )
            return StretchSettings()
        settings, problems = stretch_settings_from_dict(data)
        if problems:
            self.notices.append(
                "Some stretch settings were not valid and were reset: " + ", ".join(problems) + "."
            )
        return settings

    def save(self, settings: StretchSettings) -> None:
        """Write the settings atomically (owner-only file)."""
        write_private_text(self.path, json.dumps(settings.to_dict(), indent=2, sort_keys=True))
