"""Session records and the small sums History shows about them.

Reading is tolerant: a value Companion never writes (an activity or a person it does not
know, a date it cannot read, a negative length — from a newer version, another program or
damage) never raises. The record keeps a safe stand-in for sums and screens, the value as it
was in ``raw`` for exports, and names the field in ``flags`` so it can be marked and counted.
"""

from __future__ import annotations

import enum
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from companion.core.listen.responses import TrackResponse


class Activity(enum.Enum):
    """What kind of session a record is."""

    BREATHING = "breathing"
    VISUALIZATION = "visualization"
    STRETCH = "stretch"
    LISTENING = "listening"
    MASSAGE = "massage"
    BREATHLESS = "breathless"  # an episode of breathlessness: recorded, never "practice"
    MEDITATION = "meditation"  # a quiet time: practice, with bells


class Who(enum.Enum):
    """Who did or answered for a session."""

    PATIENT = "patient"
    FAMILY = "family"
    CAREGIVER = "caregiver"


@dataclass(frozen=True)
class Unknown:
    """A value Companion does not know (an activity, a person), kept as its raw text.

    It has a ``value`` like the enums it stands in for, so it is shown and exported as it is.
    """

    value: str

    def __str__(self) -> str:
        return self.value


ACTIVITIES = frozenset(a.value for a in Activity)
PEOPLE = frozenset(w.value for w in Who)


def activity_of(raw: object) -> Activity | Unknown:
    """The activity named ``raw``, or :class:`Unknown` keeping its text."""
    return Activity(raw) if isinstance(raw, str) and raw in ACTIVITIES else Unknown(_text(raw))


def who_of(raw: object) -> Who | Unknown | None:
    """The person named ``raw`` (None when not said), or :class:`Unknown` keeping its text."""
    if raw is None or raw == "":
        return None
    return Who(raw) if isinstance(raw, str) and raw in PEOPLE else Unknown(_text(raw))


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

    activity: Activity | Unknown
    item: str
    started_at: datetime
    duration_s: float = 0.0
    planned_s: float | None = None
    completed: bool = False
    who: Who | Unknown | None = None
    note: str = ""
    ratings: tuple[Rating, ...] = field(default_factory=tuple)
    id: int | None = None
    flags: tuple[str, ...] = ()  # fields holding values Companion does not write
    raw: Mapping[str, object] = field(default_factory=dict)  # those values, as they were
    responses: tuple[TrackResponse, ...] = ()  # listening: how each track landed

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise ValueError("started_at must carry a time zone offset")

    @property
    def flagged(self) -> bool:
        """Whether any value is one Companion does not write (shown as it is, and marked)."""
        return bool(self.flags)

    def as_stored(self, name: str) -> object:
        """A field's value as it was read (the raw value where it was flagged)."""
        return self.raw[name] if name in self.raw else getattr(self, name)

    @property
    def local_day(self) -> date:
        """The calendar day the session started on, in its own offset."""
        return self.started_at.date()


SESSION_FIELDS = (
    "id", "activity", "item", "started_at", "duration_s", "planned_s", "completed", "who", "note"
)  # fmt: skip


def session_problems(values: Mapping[str, object]) -> list[str]:
    """The fields of a stored session (column → value) that hold values Companion never writes.

    One definition of a valid session, for reading history and for checking a backup.
    """
    bad = []
    if not isinstance(values.get("id"), int) and values.get("id") is not None:
        bad.append("id")
    if isinstance(activity_of(values.get("activity")), Unknown):
        bad.append("activity")
    if not isinstance(values.get("item"), str):
        bad.append("item")
    if parse_moment(values.get("started_at")) is None:
        bad.append("started_at")
    if not is_length(values.get("duration_s")):
        bad.append("duration_s")
    if values.get("planned_s") is not None and not is_length(values.get("planned_s")):
        bad.append("planned_s")
    if values.get("completed") not in (0, 1) or isinstance(values.get("completed"), float):
        bad.append("completed")
    if isinstance(who_of(values.get("who")), Unknown):
        bad.append("who")
    if not isinstance(values.get("note"), str):
        bad.append("note")
    return bad


def rating_ok(when: object, item: object, value: object) -> bool:
    """Whether a stored rating is one Companion writes (before/after, a name, 0–10)."""
    return (
        when in ("before", "after")
        and isinstance(item, str)
        and isinstance(value, int)
        and not isinstance(value, bool)
        and 0 <= value <= 10
    )


def session_from_row(
    row: Sequence[object],
    ratings: tuple[Rating, ...] = (),
    responses: tuple[TrackResponse, ...] = (),
) -> SessionRecord:
    """A record from a stored row (:data:`SESSION_FIELDS`, then optionally ``started_ts``).

    Never raises for odd values: see the module's note on tolerant reading. A row of exactly
    the types Companion writes is read in one pass (:func:`_clean_record`: exports read
    hundreds of thousands); anything else takes the checked way, the one definition.
    """
    record = _clean_record(row, ratings, responses)
    return record if record is not None else checked_session_from_row(row, ratings, responses)


_ACTIVITY_BY_NAME = {a.value: a for a in Activity}
_WHO_BY_NAME = {w.value: w for w in Who}


def _clean_record(
    row: Sequence[object], ratings: tuple[Rating, ...], responses: tuple[TrackResponse, ...]
) -> SessionRecord | None:
    """The record of a row holding only values Companion writes, or None for any doubt.

    Exact types only (a bool, a subclass, bytes, an unnamed person "" go the checked way), so
    every row this accepts is one :func:`session_problems` finds nothing in, and the record is
    the one :func:`checked_session_from_row` builds (a test compares them on odd rows).
    """
    if len(row) < len(SESSION_FIELDS):
        return None
    sid, activity, item, started_at, duration, planned, completed, who, note = row[:9]
    if (
        type(sid) is not int
        or type(activity) is not str
        or type(item) is not str
        or type(started_at) is not str
        or type(completed) is not int
        or (completed != 0 and completed != 1)
        or type(note) is not str
        or not (type(duration) is float or type(duration) is int)
        or not 0 <= duration <= MAX_LENGTH_S  # NaN and infinities fail too
    ):
        return None
    kind = _ACTIVITY_BY_NAME.get(activity)
    if kind is None:
        return None
    if planned is not None and (
        not (type(planned) is float or type(planned) is int) or not 0 <= planned <= MAX_LENGTH_S
    ):
        return None
    person = None
    if who is not None:
        person = _WHO_BY_NAME.get(who) if type(who) is str else None
        if person is None:
            return None
    for r in ratings:
        value = r.value
        if not (
            (r.when == "before" or r.when == "after")
            and type(r.item) is str
            and type(value) is int
            and 0 <= value <= 10
        ):
            return None
    try:
        started = datetime.fromisoformat(started_at)
    except ValueError:
        return None
    if started.tzinfo is None:
        return None
    return SessionRecord(
        id=sid,
        activity=kind,
        item=item,
        started_at=started,
        duration_s=float(duration),
        planned_s=None if planned is None else float(planned),
        completed=completed == 1,
        who=person,
        note=note,
        ratings=ratings,
        responses=responses,
    )


def checked_session_from_row(
    row: Sequence[object],
    ratings: tuple[Rating, ...] = (),
    responses: tuple[TrackResponse, ...] = (),
) -> SessionRecord:
    """:func:`session_from_row` the checked way, field by field, for any row at all."""
    values = dict(zip(SESSION_FIELDS, row, strict=False))
    flags = session_problems(values)
    if any(not rating_ok(r.when, r.item, r.value) for r in ratings):
        flags.append("ratings")
    raw = {name: values[name] for name in flags if name in values}
    started = parse_moment(values["started_at"])
    if started is None:  # the sorting instant, when it can be read; else the Unix epoch
        ts = row[len(SESSION_FIELDS)] if len(row) > len(SESSION_FIELDS) else None
        started = _from_timestamp(ts)
    duration = values["duration_s"]
    planned = values["planned_s"]
    session_id = values["id"]
    return SessionRecord(
        id=session_id if isinstance(session_id, int) else None,
        activity=activity_of(values["activity"]),
        item=_text(values["item"]),
        started_at=started,
        duration_s=float(duration) if is_length(duration) else 0.0,  # type: ignore[arg-type]
        planned_s=float(planned) if is_length(planned) else None,  # type: ignore[arg-type]
        completed=values["completed"] == 1,
        who=who_of(values["who"]),
        note=_text(values["note"]),
        ratings=ratings,
        responses=responses,
        flags=tuple(flags),
        raw=raw,
    )


def parse_moment(raw: object) -> datetime | None:
    """An ISO 8601 date and time with an offset, as Companion writes them (None if not)."""
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def parse_day(raw: object) -> date | None:
    """A ``YYYY-MM-DD`` day (None if it is not one)."""
    if not isinstance(raw, str) or len(raw) != 10:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        return None


MAX_LENGTH_S = 1e9  # about 31 years: longer than any session, shorter than infinity


def is_length(raw: object) -> bool:
    """A number of seconds Companion could have written: not negative, not absurd."""
    return (
        isinstance(raw, (int, float))
        and not isinstance(raw, bool)
        and math.isfinite(raw)
        and 0 <= raw <= MAX_LENGTH_S
    )


def _from_timestamp(raw: object) -> datetime:
    if isinstance(raw, (int, float)) and math.isfinite(raw):
        try:
            return datetime.fromtimestamp(raw, timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    return datetime(1970, 1, 1, tzinfo=timezone.utc)


def _text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace")
    return str(raw)


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
