"""Session records and the small sums History shows about them."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.core.listen.responses import TrackResponse


class Activity(enum.Enum):
    """What kind of session a record is."""

    BREATHING = "breathing"
    VISUALIZATION = "visualization"
    STRETCH = "stretch"
    LISTENING = "listening"
    MASSAGE = "massage"


class Who(enum.Enum):
    """Who did or answered for a session."""

    PATIENT = "patient"
    FAMILY = "family"
    CAREGIVER = "caregiver"


@dataclass(frozen=True)
class Rating:
    """One 0–10 answer, before or after a session."""

    when: str  # "before" or "after"
    item: str  # e.g. "anxiety", "shortness_of_breath"
    value: int


@dataclass
class SessionRecord:
    """One session, as kept in history.

    ``started_at`` is an aware datetime; ``planned_s`` is ``None`` for open-ended sessions.
    """

    activity: Activity
    item: str
    started_at: datetime
    duration_s: float = 0.0
    planned_s: float | None = None
    completed: bool = False
    who: Who | None = None
    note: str = ""
    ratings: tuple[Rating, ...] = field(default_factory=tuple)
    id: int | None = None
    responses: tuple[TrackResponse, ...] = ()  # listening: how each track landed

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise ValueError("started_at must carry a time zone offset")

    @property
    def local_day(self) -> date:
        """The calendar day the session started on, in its own offset."""
        return self.started_at.date()


@dataclass(frozen=True)
class DaySummary:
    """Sessions and minutes on one calendar day."""

    day: date
    sessions: int
    minutes: float


def per_day(records: list[SessionRecord], first: date, last: date) -> list[DaySummary]:
    """One summary for every day from ``last`` back to ``first``, days without sessions included.

    Newest first, as History shows them.
    """
    counts: Counter[date] = Counter()
    minutes: dict[date, float] = {}
    for record in records:
        counts[record.local_day] += 1
        minutes[record.local_day] = minutes.get(record.local_day, 0.0) + record.duration_s / 60
    days = []
    day = last
    while day >= first:
        days.append(DaySummary(day, counts[day], minutes.get(day, 0.0)))
        day -= timedelta(days=1)
    return days


def format_duration(seconds: float) -> str:
    """Seconds as ``m:ss`` (or ``h:mm:ss`` past an hour)."""
    total = round(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
