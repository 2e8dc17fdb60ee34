"""The stretch and massage settings: the user's routines, who gives the massage, forearms.

Kept apart from the general preferences (their own file, see
:mod:`companion.services.stretch.settings_store`). The care team's movement limits and the
massage precautions, which used to be kept here, live in the care plan
(:mod:`companion.core.care.plan`), which adopts any old values once. Reading a dict never
fails: a value that is missing or wrong falls back to its default and is reported, as for
the preferences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

GIVERS = ("family", "caregiver")
MAX_USER_ROUTINES = 20


@dataclass(frozen=True)
class StretchSettings:
    """Everything the Stretch and hand-massage pages remember.

    ``user_routines`` holds routine objects as in ``routines.json`` (validated against the
    library when used); ``giver`` is who gives the hand massage.
    """

    user_routines: tuple[Mapping[str, Any], ...] = ()
    giver: str = "family"
    include_forearms: bool = True

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = dataclasses.asdict(self)
        data["user_routines"] = [dict(r) for r in self.user_routines]
        return data


def _check(name: str, value: Any) -> Any:
    if name == "giver" and value in GIVERS:
        return value
    if name == "include_forearms" and isinstance(value, bool):
        return value
    if name == "user_routines" and isinstance(value, list) and _valid_routines(value):
        return tuple(value)
    raise ValueError(name)


def _valid_routines(value: list[Any]) -> bool:
    return len(value) <= MAX_USER_ROUTINES and all(isinstance(r, dict) for r in value)


def stretch_settings_from_dict(data: Any) -> tuple[StretchSettings, list[str]]:
    """Settings from stored data, and the names of fields that had to be reset."""
    if not isinstance(data, dict):
        return StretchSettings(), ["(whole file)"]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for f in dataclasses.fields(StretchSettings):
        if f.name in data:
            try:
                values[f.name] = _check(f.name, data[f.name])
            except (ValueError, TypeError):
                problems.append(f.name)
    return dataclasses.replace(StretchSettings(), **values), problems
