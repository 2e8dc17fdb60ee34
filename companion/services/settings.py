"""Settings kept as JSON in the config folder; a damaged file never costs the user the app."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from companion.core.preferences import Preferences, preferences_from_dict
from companion.services.paths import move_aside, write_private_text

log = logging.getLogger(__name__)


class SettingsStore:
    """Loads and saves :class:`Preferences`.

    After :meth:`load`, ``notices`` holds plain sentences for the user about anything that
    had to be repaired (a corrupt file set aside, a value reset).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.notices: list[str] = []

    def load(self) -> Preferences:
        """Read the settings, falling back to defaults wherever the file is unusable."""
        self.notices = []
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Preferences()
        except OSError as exc:
            log.warning("cannot read settings %s: %s", self.path, exc)
            self.notices.append(
                f"Your settings could not be read ({exc.strerror}); defaults are in use."
            )
            return Preferences()
        try:
            # ValueError: not JSON, or a number too long for int(); RecursionError: nesting.
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):  # nothing in it can be used: keep it, start afresh
            kept = move_aside(self.path, "corrupt")
            self.notices.append(
                "Your settings file was damaged, so the defaults are in use. "
                f"The old file is kept as {kept.name}. "
                "You can choose your settings again in Settings."
            )
            return Preferences()
        prefs, problems = preferences_from_dict(data)
        if problems:
            self.notices.append(
                "Some settings were not valid and were reset: " + ", ".join(problems) + "."
            )
        return prefs

    def save(self, prefs: Preferences) -> None:
        """Write the settings atomically (owner-only file)."""
        write_private_text(self.path, json.dumps(prefs.to_dict(), indent=2, sort_keys=True))
