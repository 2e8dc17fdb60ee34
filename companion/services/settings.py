"""Settings kept as JSON in the config folder; a damaged file never costs the user the app."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from companion.core.preferences import Preferences, preferences_from_dict
from companion.services.paths import move_aside, write_private_text
from companion.services.safe_files import FileProblem, read_user_file

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_SETTINGS_BYTES = 4 << 20  # settings are a few kB; the user's own routines add a little


def read_json_settings(
    path: Path,
    what: str,
    parse: Callable[[Any], tuple[T, list[str]]],
    default: Callable[[], T],
    again: str = "",
    repair: bool = True,
) -> tuple[T, list[str]]:
    """Read a JSON settings file, falling back to defaults wherever it is unusable.

    A missing file gives the defaults quietly; an unreadable one the defaults and a notice; a
    damaged one is moved aside (never deleted) and the defaults used; fields ``parse`` had to
    reset are named in a notice.

    Args:
        path: the file.
        what: what the user calls it in a notice, e.g. "settings" or "stretch settings".
        parse: builds the settings from the decoded JSON; returns them and the reset fields.
        default: the settings to use when the file cannot be used at all.
        again: a sentence saying where to set them again, added when a file is set aside.
        repair: False to leave a damaged file in place (a quick look before the window
            opens, which sets it aside and tells the user).

    Returns:
        The settings and plain sentences for the user about anything that was repaired.
    """
    try:
        raw = read_user_file(path, MAX_SETTINGS_BYTES)
    except FileProblem as exc:
        if exc.code == "missing":
            return default(), []
        log.warning("cannot read %s %s: %s", what, path, exc)
        if exc.code in ("not-a-file", "too-large") and repair:
            # A FIFO or /dev/zero in our place would hang or flood every start: set it aside.
            kept = move_aside(path, "unusable")
            return default(), [
                f"Your {what} file was not one Companion can use ({exc}), so the defaults are "
                f"in use. It is kept as {kept.name}. {again}".rstrip()
            ]
        return default(), [f"Your {what} could not be read ({exc}); defaults are in use."]
    try:
        # ValueError: not JSON, or a number too long for int(); RecursionError: nesting.
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, dict):  # nothing in it can be used: keep it, start afresh
        if not repair:
            return default(), [f"Your {what} file is damaged; the defaults are in use."]
        kept = move_aside(path, "corrupt")
        return default(), [
            f"Your {what} file was damaged, so the defaults are in use. "
            f"The old file is kept as {kept.name}. {again}".rstrip()
        ]
    settings, problems = parse(data)
    if not problems:
        return settings, []
    return settings, [f"Some {what} were not valid and were reset: " + ", ".join(problems) + "."]


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
        prefs, self.notices = read_json_settings(
            self.path,
            "settings",
            preferences_from_dict,
            Preferences,
            "You can choose your settings again in Settings.",
        )
        return prefs

    def save(self, prefs: Preferences) -> None:
        """Write the settings atomically (owner-only file)."""
        write_private_text(self.path, json.dumps(prefs.to_dict(), indent=2, sort_keys=True))
