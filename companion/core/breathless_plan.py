"""The person's own breathlessness action plan, as their care team wrote it (pure data).

Companion never decides anything in it: it keeps the team's words and shows them as the last
step of "Breathless now" — when to use the medicine they prescribed, who to call and on what
number, and when to call the emergency number. It is a small model of its own so that the
care plan (issue 16) can hold it as one part later.

Reading a dict never fails: a value that is missing or not valid falls back to its default
and its field is named, as for the preferences.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any

MAX_TEXT = 2000  # characters in one of the team's paragraphs
MAX_LINE = 80  # a name, a role, who wrote the plan
MAX_NUMBER = 40  # a telephone number (with an extension, perhaps)
MAX_CONTACTS = 6
NUMBER_CHARACTERS = frozenset("0123456789 +-().#*/extEXT")


@dataclass(frozen=True)
class Contact:
    """Someone to call: who (their name or role, as the team put it) and their number."""

    name: str
    number: str


@dataclass(frozen=True)
class BreathlessPlan:
    """The action plan, in the care team's words (every field optional)."""

    medicine: str = ""  # when (and how) to use the medicine prescribed for breathlessness
    contacts: tuple[Contact, ...] = ()
    emergency_when: str = ""  # when to call the emergency number
    emergency_number: str = ""  # the emergency number itself (999, 112, 911…)
    written_by: str = ""  # who wrote it with the person
    updated_on: str = ""  # ISO date of the last change

    @property
    def empty(self) -> bool:
        """Nothing written yet that would guide anyone (no medicine, contact or emergency)."""
        return not (self.medicine or self.contacts or self.emergency_when)

    @property
    def updated_date(self) -> date | None:
        """The day it was last changed, if known."""
        try:
            return date.fromisoformat(self.updated_on)
        except ValueError:
            return None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = dataclasses.asdict(self)
        data["contacts"] = [dataclasses.asdict(c) for c in self.contacts]
        return data


def _text(value: Any, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError("not a text of the right length")
    return value.strip()


def _line(value: Any, limit: int = MAX_LINE) -> str:
    text = _text(value, limit)
    if not text.isprintable():  # a line break, a tab or a control character
        raise ValueError("one line of printable text")
    return text


def valid_number(text: str) -> bool:
    """Whether ``text`` reads as a telephone number (digits and the usual marks only)."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= MAX_NUMBER
        and any(ch.isdigit() for ch in stripped)
        and all(ch in NUMBER_CHARACTERS for ch in stripped)
    )


def _number(value: Any) -> str:
    text = _line(value, MAX_NUMBER)
    if text and not valid_number(text):
        raise ValueError("not a telephone number")
    return text


def _contacts(value: Any) -> tuple[Contact, ...]:
    if not isinstance(value, list) or len(value) > MAX_CONTACTS:
        raise ValueError("a short list")
    found = []
    for entry in value:
        if not isinstance(entry, dict):
            raise ValueError("a contact is a name and a number")
        contact = Contact(_line(entry.get("name", "")), _number(entry.get("number", "")))
        if contact.name or contact.number:
            found.append(contact)
    return tuple(found)


def _day(value: Any) -> str:
    text = _line(value, 10)
    if text:
        date.fromisoformat(text)  # ValueError when not a date
    return text


_CHECKS = {
    "medicine": lambda v: _text(v, MAX_TEXT),
    "contacts": _contacts,
    "emergency_when": lambda v: _text(v, MAX_TEXT),
    "emergency_number": _number,
    "written_by": _line,
    "updated_on": _day,
}


def plan_from_dict(data: Any) -> tuple[BreathlessPlan, list[str]]:
    """A plan from stored data, and the names of the fields that had to be left empty."""
    if not isinstance(data, dict):
        return BreathlessPlan(), ["(whole file)"]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, check in _CHECKS.items():
        if name in data:
            try:
                values[name] = check(data[name])
            except (ValueError, TypeError):
                problems.append(name)
    return BreathlessPlan(**values), problems


def plan_problems(plan: BreathlessPlan) -> list[str]:
    """The fields of a plan being written that cannot be kept as they are (too long, a
    number that is not one), so the form can say which; empty when it can be saved."""
    return plan_from_dict(plan.to_dict())[1]
