"""The stretch and massage settings: care-team restrictions, the user's routines, the answers.

Kept apart from the general preferences (their own file, see
:mod:`companion.services.stretch.settings_store`). Reading a dict never fails: a value that is
missing or wrong falls back to its default and is reported, as for the preferences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from companion.core.stretch.massage import ANSWERS
from companion.core.stretch.model import REQUIRED_PRECAUTIONS
from companion.core.stretch.restrictions import RESTRICTION_PRESETS

RESTRICTION_MODES = ("mark", "hide")
GIVERS = ("family", "caregiver")
MAX_USER_ROUTINES = 20


@dataclass(frozen=True)
class StretchSettings:
    """Everything the Stretch and hand-massage pages remember.

    ``user_routines`` holds routine objects as in ``routines.json`` (validated against the
    library when used); ``answers`` maps precaution id to "yes", "no" or "unsure", given on
    ``answered_on`` (ISO date) by ``giver``.
    """

    restriction: str = "none"
    restriction_mode: str = "mark"
    user_routines: tuple[Mapping[str, Any], ...] = ()
    answers: Mapping[str, str] = field(default_factory=dict)
    answered_on: str = ""
    giver: str = "family"
    include_forearms: bool = True

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = dataclasses.asdict(self)
        data["user_routines"] = [dict(r) for r in self.user_routines]
        data["answers"] = dict(self.answers)
        return data

    @property
    def answered_date(self) -> date | None:
        """The day the precautions were last answered, if ever."""
        try:
            return date.fromisoformat(self.answered_on)
        except ValueError:
            return None


def _check(name: str, value: Any) -> Any:
    if name == "restriction" and value in RESTRICTION_PRESETS:
        return value
    if name == "restriction_mode" and value in RESTRICTION_MODES:
        return value
    if name == "giver" and value in GIVERS:
        return value
    if name == "include_forearms" and isinstance(value, bool):
        return value
    if name == "answered_on" and isinstance(value, str):
        if value:
            date.fromisoformat(value)  # ValueError when not a date
        return value
    if name == "answers" and isinstance(value, dict) and _valid_answers(value):
        return dict(value)
    if name == "user_routines" and isinstance(value, list) and _valid_routines(value):
        return tuple(value)
    raise ValueError(name)


def _valid_answers(value: dict[Any, Any]) -> bool:
    return all(k in REQUIRED_PRECAUTIONS and v in ANSWERS for k, v in value.items())


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
