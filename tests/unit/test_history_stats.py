"""History's sums on fixed data: days and weeks across a DST change and a year boundary."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from companion.core.history.ratings import ESAS_ITEMS, RatingChange, changes, short_name
from companion.core.history.stats import (
    DayActivity,
    calendar,
    compare_weeks,
    per_activity,
    per_week,
    rating_trend,
    summarise_ratings,
    week_start,
)
from companion.core.sessions import Activity, Rating, SessionRecord

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def rows_from(records: list[SessionRecord]) -> list[DayActivity]:
    """What the store's per-day query returns for these records."""
    sums: dict[tuple[date, str], list[float]] = {}
    for r in records:
        key = (r.local_day, r.activity.value)
        sums.setdefault(key, []).append(r.duration_s)
    return [DayActivity(d, a, len(v), sum(v)) for (d, a), v in sorted(sums.items())]


def session(when: datetime, seconds: float = 300, activity=Activity.BREATHING) -> SessionRecord:
    return SessionRecord(activity, "calm", when, duration_s=seconds)


# Europe's clocks went forward on Sunday 2026-03-29 at 02:00 (+01:00 -> +02:00).
DST = [
    session(datetime(2026, 3, 28, 23, 30, tzinfo=CET)),  # Saturday, late
    session(datetime(2026, 3, 29, 0, 30, tzinfo=CET)),  # Sunday, before the change
    session(datetime(2026, 3, 29, 3, 30, tzinfo=CEST)),  # Sunday, after the change
    session(datetime(2026, 3, 29, 23, 45, tzinfo=CEST), 600),  # Sunday, late
    session(datetime(2026, 3, 30, 0, 15, tzinfo=CEST)),  # Monday: a new week
]


def test_days_across_a_dst_change_follow_the_lived_calendar() -> None:
    rows = rows_from(DST)
    per_day = {r.day: r.sessions for r in rows}
    assert per_day == {date(2026, 3, 28): 1, date(2026, 3, 29): 3, date(2026, 3, 30): 1}
    weeks = per_week(rows, date(2026, 3, 23), date(2026, 4, 5))
    assert [w.week for w in weeks] == [date(2026, 3, 23), date(2026, 3, 30)]
    assert [w.total for w in weeks] == [4, 1]
    assert weeks[0].minutes == 5 + 5 + 5 + 10


def test_a_week_across_new_year_is_one_week() -> None:
    records = [
        session(datetime(2026, 12, 27, 20, 0, tzinfo=CET)),  # Sunday
        session(datetime(2026, 12, 28, 9, 0, tzinfo=CET)),  # Monday
        session(datetime(2026, 12, 31, 23, 59, tzinfo=CET), 120, Activity.LISTENING),
        session(datetime(2027, 1, 1, 0, 1, tzinfo=CET)),
        session(datetime(2027, 1, 3, 21, 0, tzinfo=CET)),  # Sunday
        session(datetime(2027, 1, 4, 8, 0, tzinfo=CET)),  # Monday
    ]
    rows = rows_from(records)
    weeks = per_week(rows, date(2026, 12, 21), date(2027, 1, 10))
    assert [(w.week, w.total) for w in weeks] == [
        (date(2026, 12, 21), 1),
        (date(2026, 12, 28), 4),
        (date(2027, 1, 4), 1),
    ]
    assert weeks[1].sessions == {"breathing": 3, "listening": 1}
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)


def test_this_week_against_last_week_uses_rolling_weeks() -> None:
    today = date(2027, 1, 4)  # a Monday: a calendar week would be nearly empty
    rows = [
        DayActivity(today, "breathing", 2, 600),
        DayActivity(today - timedelta(days=6), "breathing", 1, 300),
        DayActivity(today - timedelta(days=7), "stretch", 3, 900),
        DayActivity(today - timedelta(days=13), "breathing", 1, 60),
        DayActivity(today - timedelta(days=14), "breathing", 9, 9000),  # too old for either
    ]
    result = compare_weeks(rows, today)
    assert (result.this_week.sessions, result.this_week.minutes) == (3, 15)
    assert (result.last_week.sessions, result.last_week.minutes) == (4, 16)


def test_calendar_has_eight_monday_weeks_ending_today() -> None:
    today = date(2026, 3, 31)  # a Tuesday, just after the DST change
    grid = calendar(rows_from(DST), today)
    assert len(grid) == 8 and all(len(week) == 7 for week in grid)
    assert grid[0][0].day == date(2026, 2, 9) and grid[0][0].day.weekday() == 0
    assert grid[-1][1].day == today and grid[-1][1].sessions == 0
    assert grid[-1][2].sessions is None  # still to come: not shown as missed
    assert grid[-2][6].day == date(2026, 3, 29) and grid[-2][6].sessions == 3
    assert grid[-1][0].sessions == 1


def test_minutes_per_activity_most_first() -> None:
    rows = [
        DayActivity(date(2026, 5, 1), "breathing", 2, 360),
        DayActivity(date(2026, 5, 2), "listening", 1, 1800),
        DayActivity(date(2026, 5, 3), "breathing", 1, 240),
    ]
    totals = per_activity(rows)
    assert [(t.activity, t.sessions, t.minutes) for t in totals] == [
        ("listening", 1, 30),
        ("breathing", 3, 10),
    ]


def test_rating_changes_pair_before_and_after_of_the_same_item() -> None:
    ratings = [
        Rating("before", "anxiety", 7),
        Rating("before", "pain", 3),
        Rating("after", "anxiety", 4),
        Rating("after", "wellbeing", 5),  # no before: not a change
    ]
    [change] = changes(1, date(2026, 5, 1), ratings)
    assert (change.item, change.before, change.after, change.change) == ("anxiety", 7, 4, -3)
    assert change.possibly_meaningful


def test_rating_summary_and_weekly_trend() -> None:
    items = [
        RatingChange(1, date(2026, 12, 29), "anxiety", 6, 4),
        RatingChange(2, date(2027, 1, 2), "anxiety", 5, 5),
        RatingChange(3, date(2027, 1, 5), "anxiety", 4, 3),
        RatingChange(3, date(2027, 1, 5), "pain", 2, 2),
    ]
    [anxiety, pain] = summarise_ratings(items)
    assert anxiety.item == "anxiety" and anxiety.sessions == 3
    assert anxiety.mean_before == 5 and anxiety.mean_after == 4 and anxiety.mean_change == -1
    assert anxiety.meaningful == 2 and pain.meaningful == 0
    trend = rating_trend(items)["anxiety"]
    assert [(t.week, t.sessions, t.mean_before, t.mean_after) for t in trend] == [
        (date(2026, 12, 28), 2, 5.5, 4.5),
        (date(2027, 1, 4), 1, 4, 3),
    ]


def test_esas_items_keep_their_wording() -> None:
    names = [item.name for item in ESAS_ITEMS]
    assert len(names) == 9
    assert "Anxiety (Anxiety = feeling nervous)" in names
    assert ESAS_ITEMS[-1].low == "Best Wellbeing"
    assert short_name("shortness_of_breath") == "Shortness of Breath"
