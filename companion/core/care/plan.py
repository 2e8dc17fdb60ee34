"""The care team's plan, as they wrote it: what they approve, their limits, a daily suggestion
and the seed's three questions.

Companion presents the plan and never decides a treatment (CLINICAL.md, "The care team's
plan"). An activity the team has not approved is marked with their note or hidden, never
silently gone. The movement limits and the massage precautions live here, in one place;
Stretch and the hand massage read them from the plan.

Reading a stored plan never fails: a value that is missing or wrong falls back to its
default and is named, as for the preferences.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from companion.core.sessions import Activity
from companion.core.stretch.massage import ANSWERS
from companion.core.stretch.model import REQUIRED_PRECAUTIONS
from companion.core.stretch.restrictions import RESTRICTION_PRESETS, Restrictions

PLAN_VERSION = 1
# The activities a plan speaks of, in the order the plan shows them.
PLAN_ACTIVITIES: tuple[str, ...] = (
    Activity.BREATHING.value,
    Activity.VISUALIZATION.value,
    Activity.STRETCH.value,
    Activity.MASSAGE.value,
    Activity.LISTENING.value,
)
STATUSES = ("unset", "approved", "not-approved")  # unset: the team has said nothing of it
SHOW_MODES = ("mark", "hide")
MAX_NOTE = 300  # characters of a note or an answer kept
MIN_MINUTES, MAX_MINUTES, DEFAULT_MINUTES = 1, 60, 10  # the seed: ten minutes a day


@dataclass(frozen=True)
class Approval:
    """What the team said of one activity, and their note ("10 minutes after lunch")."""

    status: str = "unset"
    note: str = ""


@dataclass(frozen=True)
class Suggestion:
    """The team's daily suggestion: one activity, for some minutes ("" = none)."""

    activity: str = ""
    minutes: int = DEFAULT_MINUTES
    note: str = ""


@dataclass(frozen=True)
class CarePlan:
    """Everything the care team wrote.

    ``precautions`` maps a massage precaution's id to "yes", "no" or "unsure", answered on
    ``precautions_on`` (ISO date); ``restriction`` names a movement limit preset. The three
    answers are the seed's questions: the most distressing symptom now, the outcome that
    matters most, and the time and energy there is each day.
    """

    approvals: Mapping[str, Approval] = field(default_factory=dict)
    unapproved: str = "mark"  # an activity not approved: "mark" it with the note, or "hide" it
    restriction: str = "none"
    restriction_mode: str = "mark"
    precautions: Mapping[str, str] = field(default_factory=dict)
    precautions_on: str = ""
    suggestion: Suggestion = field(default_factory=Suggestion)
    symptom: str = ""
    outcome: str = ""
    time_energy: str = ""
    written_by: str = ""
    updated_on: str = ""

    def approval(self, activity: str) -> Approval:
        """The team's word on ``activity`` (unset when they said nothing)."""
        return self.approvals.get(activity, Approval())

    def approved(self, activity: str) -> bool:
        """False only when the team has said the activity is not approved."""
        return self.approval(activity).status != "not-approved"

    def hidden(self, activity: str) -> bool:
        """Whether Home leaves the activity's tile out (and says so) rather than marking it."""
        return not self.approved(activity) and self.unapproved == "hide"

    @property
    def restrictions(self) -> Restrictions:
        """The movement limits now in force."""
        return RESTRICTION_PRESETS.get(self.restriction, Restrictions())

    @property
    def precautions_date(self) -> date | None:
        """The day the massage precautions were last answered, if ever."""
        try:
            return date.fromisoformat(self.precautions_on)
        except ValueError:
            return None

    @property
    def today_suggestion(self) -> Suggestion | None:
        """The daily suggestion, if there is one and its activity is approved."""
        s = self.suggestion
        if s.activity not in PLAN_ACTIVITIES or not self.approved(s.activity):
            return None
        return s

    @property
    def answered_questions(self) -> bool:
        """Whether any of the three questions has an answer."""
        return any((self.symptom, self.outcome, self.time_energy))

    @property
    def written(self) -> bool:
        """Whether the plan says anything at all (an empty plan is not printed)."""
        return self != dataclasses.replace(CarePlan(), updated_on=self.updated_on)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (with the format's version)."""
        data = dataclasses.asdict(self)
        data["approvals"] = {k: dataclasses.asdict(v) for k, v in self.approvals.items()}
        data["precautions"] = dict(self.precautions)
        data["version"] = PLAN_VERSION
        return data


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not text")
    return " ".join(value.split())[:MAX_NOTE]


def _approvals(value: Any) -> dict[str, Approval]:
    if not isinstance(value, dict):
        raise ValueError("approvals")
    found = {}
    for key, raw in value.items():
        if key not in PLAN_ACTIVITIES or not isinstance(raw, dict):
            raise ValueError(key)
        status = raw.get("status", "unset")
        if status not in STATUSES:
            raise ValueError(status)
        found[key] = Approval(status, _text(raw.get("note", "")))
    return found


def _suggestion(value: Any) -> Suggestion:
    if not isinstance(value, dict):
        raise ValueError("suggestion")
    activity = value.get("activity", "")
    minutes = value.get("minutes", DEFAULT_MINUTES)
    if activity not in ("", *PLAN_ACTIVITIES):
        raise ValueError(activity)
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError("minutes")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError("minutes")
    return Suggestion(activity, minutes, _text(value.get("note", "")))


def _precautions(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        k in REQUIRED_PRECAUTIONS and v in ANSWERS for k, v in value.items()
    ):
        raise ValueError("precautions")
    return dict(value)


def _day(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not a day")
    if value:
        date.fromisoformat(value)
    return value


def _choice(options: tuple[str, ...]) -> Any:
    def check(value: Any) -> str:
        if value not in options:
            raise ValueError(value)
        return str(value)

    return check


_READERS = {
    "approvals": _approvals,
    "unapproved": _choice(SHOW_MODES),
    "restriction": _choice(tuple(RESTRICTION_PRESETS)),
    "restriction_mode": _choice(SHOW_MODES),
    "precautions": _precautions,
    "precautions_on": _day,
    "suggestion": _suggestion,
    "symptom": _text,
    "outcome": _text,
    "time_energy": _text,
    "written_by": _text,
    "updated_on": _day,
}


def plan_from_dict(data: Any) -> tuple[CarePlan, list[str]]:
    """A plan from stored data, and the names of the fields that had to be reset."""
    if not isinstance(data, dict):
        return CarePlan(), ["(whole plan)"]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, read in _READERS.items():
        if name in data:
            try:
                values[name] = read(data[name])
            except (ValueError, TypeError):
                problems.append(name)
    return dataclasses.replace(CarePlan(), **values), problems


def clean(plan: CarePlan) -> CarePlan:
    """The plan as it will be kept: every text trimmed, anything out of range refused.

    Raises ValueError for a value no stored plan could hold (a bug in the caller).
    """
    checked, problems = plan_from_dict(plan.to_dict())
    if problems:
        raise ValueError(f"not a plan: {', '.join(problems)}")
    return checked


# Fields that used to live in the stretch settings (stretch.json) before the plan held them.
LEGACY_FIELDS = {
    "restriction": "restriction",
    "restriction_mode": "restriction_mode",
    "answers": "precautions",
    "answered_on": "precautions_on",
}


def adopt_legacy(plan: CarePlan, legacy: Mapping[str, Any]) -> CarePlan:
    """The plan with the limits and precautions once kept in the stretch settings.

    Only fields the plan has never held are taken (the plan's own answers win), and only
    values a plan could hold.
    """
    values: dict[str, Any] = {}
    default = CarePlan()
    for old, new in LEGACY_FIELDS.items():
        if old not in legacy or getattr(plan, new) != getattr(default, new):
            continue
        try:
            values[new] = _READERS[new](legacy[old])
        except (ValueError, TypeError):
            continue
    return dataclasses.replace(plan, **values) if values else plan
