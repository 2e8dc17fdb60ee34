"""The sums History and the report show, from per-day totals (pure, no I/O).

Days are calendar days as the user lived them (the date in each session's own offset), so a
daylight-saving change or a new year never moves a session to another day. Weeks start on
Monday and are named by that Monday's date, so a week across New Year is one week.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.core.history.ratings import RatingChange
from companion.core.sessions import Activity

# Activities that are recorded but are not practice: an episode of breathlessness is
# something that happened to the person, never a session they "did", so it is counted on
# its own (episodes per week, time of day) and never in the sums of sessions and minutes.
EPISODES = frozenset({Activity.BREATHLESS.value})


@dataclass(frozen=True)
class DayActivity:
    """Sessions of one activity on one day (a row of the store's per-day query)."""

    day: date
    activity: str
    sessions: int
    seconds: float


@dataclass(frozen=True)
class Totals:
    """Sessions and minutes over some span."""

    sessions: int = 0
    minutes: float = 0.0


@dataclass(frozen=True)
class WeekComparison:
    """The last 7 days (today included) and the 7 days before them."""

    this_week: Totals
    last_week: Totals


@dataclass(frozen=True)
class CalendarDay:
    """One square of the calendar: ``sessions`` is None for days still to come."""

    day: date
    sessions: int | None
    minutes: float = 0.0


@dataclass(frozen=True)
class ActivityTotal:
    """Sessions and minutes of one activity."""

    activity: str
    sessions: int
    minutes: float


@dataclass(frozen=True)
class WeekRow:
    """One week (named by its Monday): sessions per activity and minutes in all."""

    week: date
    sessions: dict[str, int] = field(default_factory=dict)
    minutes: float = 0.0

    @property
    def total(self) -> int:
        """Sessions of every activity that week."""
        return sum(self.sessions.values())


@dataclass(frozen=True)
class ItemSummary:
    """How one rated item changed around sessions, on average."""

    item: str
    sessions: int
    mean_before: float
    mean_after: float
    meaningful: int  # sessions where it changed by at least 1 point

    @property
    def mean_change(self) -> float:
        """Average after minus before."""
        return self.mean_after - self.mean_before


@dataclass(frozen=True)
class WeekRating:
    """One item's average before and after in one week."""

    week: date
    sessions: int
    mean_before: float
    mean_after: float


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def practice(rows: Iterable[DayActivity]) -> list[DayActivity]:
    """The rows that count as practice (every activity but the :data:`EPISODES`)."""
    return [row for row in rows if row.activity not in EPISODES]


def _totals(rows: Iterable[DayActivity]) -> Totals:
    sessions = 0
    seconds = 0.0
    for row in practice(rows):
        sessions += row.sessions
        seconds += row.seconds
    return Totals(sessions, seconds / 60.0)


def compare_weeks(rows: Sequence[DayActivity], today: date) -> WeekComparison:
    """Sessions and minutes in the last 7 days against the 7 days before.

    Rolling weeks, not calendar weeks: on a Monday, "this week" is not an empty week that
    looks like a drop.
    """
    this_first = today - timedelta(days=6)
    last_first = today - timedelta(days=13)
    return WeekComparison(
        _totals(r for r in rows if this_first <= r.day <= today),
        _totals(r for r in rows if last_first <= r.day < this_first),
    )


def calendar(rows: Sequence[DayActivity], today: date, weeks: int = 8) -> list[list[CalendarDay]]:
    """``weeks`` rows of Monday-to-Sunday days, oldest first, the last holding ``today``."""
    counts: dict[date, int] = defaultdict(int)
    seconds: dict[date, float] = defaultdict(float)
    for row in practice(rows):
        counts[row.day] += row.sessions
        seconds[row.day] += row.seconds
    first = week_start(today) - timedelta(weeks=weeks - 1)
    grid = []
    for w in range(weeks):
        days = []
        for d in range(7):
            day = first + timedelta(weeks=w, days=d)
            if day > today:
                days.append(CalendarDay(day, None))
            else:
                days.append(CalendarDay(day, counts[day], seconds[day] / 60.0))
        grid.append(days)
    return grid


def per_activity(rows: Iterable[DayActivity]) -> list[ActivityTotal]:
    """Sessions and minutes per practised activity, most minutes first."""
    sessions: dict[str, int] = defaultdict(int)
    seconds: dict[str, float] = defaultdict(float)
    for row in practice(rows):
        sessions[row.activity] += row.sessions
        seconds[row.activity] += row.seconds
    totals = [ActivityTotal(a, sessions[a], seconds[a] / 60.0) for a in sessions]
    return sorted(totals, key=lambda t: (-t.minutes, t.activity))


def per_week(rows: Iterable[DayActivity], first: date, last: date) -> list[WeekRow]:
    """Every week touching ``[first, last]``, oldest first, empty weeks included (practice
    only)."""
    sessions: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    seconds: dict[date, float] = defaultdict(float)
    for row in practice(rows):
        if first <= row.day <= last:
            week = week_start(row.day)
            sessions[week][row.activity] += row.sessions
            seconds[week] += row.seconds
    weeks = []
    week = week_start(first)
    while week <= last:
        weeks.append(WeekRow(week, dict(sessions.get(week, {})), seconds[week] / 60.0))
        week += timedelta(weeks=1)
    return weeks


def summarise_ratings(items: Iterable[RatingChange]) -> list[ItemSummary]:
    """Average before and after per item, with how many changes may matter."""
    grouped: dict[str, list[RatingChange]] = defaultdict(list)
    for change in items:
        grouped[change.item].append(change)
    summaries = []
    for item, group in grouped.items():
        n = len(group)
        summaries.append(
            ItemSummary(
                item,
                n,
                sum(c.before for c in group) / n,
                sum(c.after for c in group) / n,
                sum(1 for c in group if c.possibly_meaningful),
            )
        )
    return sorted(summaries, key=lambda s: (-s.sessions, s.item))


def rating_trend(items: Iterable[RatingChange]) -> dict[str, list[WeekRating]]:
    """Per item, the average before and after in each week that has ratings, oldest first."""
    grouped: dict[str, dict[date, list[RatingChange]]] = defaultdict(lambda: defaultdict(list))
    for change in items:
        grouped[change.item][week_start(change.day)].append(change)
    trend: dict[str, list[WeekRating]] = {}
    for item, weeks in grouped.items():
        trend[item] = [
            WeekRating(
                week,
                len(group),
                sum(c.before for c in group) / len(group),
                sum(c.after for c in group) / len(group),
            )
            for week, group in sorted(weeks.items())
        ]
    return trend


# Parts of the day an episode began in, by the hour in its own offset: (key, first hour).
DAY_PARTS: tuple[tuple[str, int], ...] = (
    ("night", 0),
    ("morning", 6),
    ("afternoon", 12),
    ("evening", 18),
)


def day_part(moment: datetime) -> str:
    """``night`` (0–6 h), ``morning`` (6–12), ``afternoon`` (12–18) or ``evening`` (18–24)."""
    part = DAY_PARTS[0][0]
    for key, first_hour in DAY_PARTS:
        if moment.hour >= first_hour:
            part = key
    return part


@dataclass(frozen=True)
class EpisodeSummary:
    """Episodes of breathlessness over a period: how many, per week, and when in the day."""

    count: int
    weeks: list[tuple[date, int]]  # (Monday, episodes), oldest first, empty weeks included
    day_parts: dict[str, int]  # every key of :data:`DAY_PARTS`, in that order
    minutes: float = 0.0


def summarise_episodes(
    starts: Sequence[datetime],
    first: date,
    last: date,
    seconds: float = 0.0,
    weeks_from: date | None = None,
) -> EpisodeSummary:
    """Episodes begun at ``starts`` (aware datetimes) in ``[first, last]``: how many, per part
    of the day, and per week from ``weeks_from`` (default ``first``) to ``last``; ``seconds``
    is their time in all."""
    inside = [s for s in starts if first <= s.date() <= last]
    per_week: dict[date, int] = defaultdict(int)
    parts = {key: 0 for key, _hour in DAY_PARTS}
    for moment in inside:
        per_week[week_start(moment.date())] += 1
        parts[day_part(moment)] += 1
    weeks = []
    week = week_start(max(first, weeks_from or first))
    while week <= last:
        weeks.append((week, per_week.get(week, 0)))
        week += timedelta(weeks=1)
    return EpisodeSummary(len(inside), weeks, parts, seconds / 60.0)
