"""Gentle reminders: which are due, and whether one may make a sound.

Pure logic on local wall-clock times. Reminders are off by default; a caregiver sets quiet
times ("before sleep"). A reminder missed while the computer slept is not fired late, so
waking a laptop never brings a burst of them. Sounds are off at night unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from companion.core.problems import ProblemError

LABEL_MAX = 60
MAX_REMINDERS = 12
LATE_LIMIT = timedelta(minutes=15)  # older than this when noticed: skipped, not fired late
NIGHT_STARTS = time(21, 0)  # our own choice of quiet hours, shown in Settings
NIGHT_ENDS = time(8, 0)


class ReminderError(ProblemError):
    """A reminder that cannot be kept; the message is for the user."""


@dataclass(frozen=True)
class Reminder:
    """A daily reminder at ``at`` (local time) with a short label, e.g. "Before sleep"."""

    at: time
    label: str
    sound: bool = False

    def __post_init__(self) -> None:
        if not self.label.strip():
            raise ReminderError(
                "A reminder needs a few words, e.g. “Before sleep”.", "reminder.no-words"
            )
        if len(self.label) > LABEL_MAX:
            raise ReminderError(
                f"A reminder's words can be at most {LABEL_MAX} characters.",
                "reminder.too-long", LABEL_MAX,
            )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``{"at": "21:30", "label": ..., "sound": false}``."""
        return {"at": self.at.strftime("%H:%M"), "label": self.label, "sound": self.sound}


def reminder_from(data: Any) -> Reminder:
    """A reminder from stored data; raises ValueError if it is not one."""
    if not isinstance(data, dict):
        raise ValueError("reminder")
    at, label, sound = data.get("at"), data.get("label"), data.get("sound", False)
    if not isinstance(at, str) or not isinstance(label, str) or not isinstance(sound, bool):
        raise ValueError("reminder")
    try:
        when = datetime.strptime(at, "%H:%M").time()
    except ValueError:
        raise ValueError("reminder") from None
    return Reminder(when, label.strip(), sound)


def reminders_from(value: Any) -> tuple[Reminder, ...]:
    """Stored reminders; raises ValueError if the list is unusable."""
    if not isinstance(value, (list, tuple)) or len(value) > MAX_REMINDERS:
        raise ValueError("reminders")
    return tuple(sorted((reminder_from(item) for item in value), key=lambda r: r.at))


def due(reminders: tuple[Reminder, ...], since: datetime, now: datetime) -> list[Reminder]:
    """Reminders whose time came after ``since`` and up to ``now``, not too long ago.

    Times are compared as local wall-clock times (so 21:30 stays 21:30 across a change to
    or from summer time).
    """
    if now <= since:
        return []
    start = max(since, now - LATE_LIMIT).replace(tzinfo=None)
    end = now.replace(tzinfo=None)
    found: list[Reminder] = []
    day = start.date()
    while day <= end.date():
        for reminder in reminders:
            moment = datetime.combine(day, reminder.at)
            if start < moment <= end and reminder not in found:
                found.append(reminder)
        day += timedelta(days=1)
    return found


def is_night(moment: time) -> bool:
    """Whether ``moment`` falls in the quiet hours (21:00–08:00)."""
    return moment >= NIGHT_STARTS or moment < NIGHT_ENDS


def may_sound(reminder: Reminder, now: datetime, sound_at_night: bool) -> bool:
    """A reminder makes a sound only if asked, and at night only if that was asked too."""
    return reminder.sound and (sound_at_night or not is_night(now.time()))
