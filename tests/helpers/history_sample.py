"""A fixed, plausible history (eight weeks to a fixed day) for report and page tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from companion.core.sessions import Activity, Rating, SessionRecord, Who
from companion.services.history.data import Checkin, HistoryData

TZ = timezone(timedelta(hours=1))
TODAY = date(2026, 11, 23)  # a Monday
NOW = datetime(2026, 11, 23, 18, 0, tzinfo=TZ)


def fill(history: HistoryData) -> None:
    """About forty sessions over eight weeks, some rated and noted, two check-ins."""
    store = history.store
    n = 0
    for days_ago in range(55, -1, -1):
        day = TODAY - timedelta(days=days_ago)
        if (days_ago * 7) % 3 == 1:  # some days rest: the review must not mind
            continue
        n += 1
        activity = Activity.BREATHING if n % 4 else Activity.LISTENING
        seconds = 180 + (n % 5) * 60 if activity is Activity.BREATHING else 900
        started = datetime.combine(day, datetime.min.time(), TZ) + timedelta(hours=9 + n % 10)
        record = SessionRecord(
            activity,
            "calm" if activity is Activity.BREATHING else "Calming sounds",
            started,
            duration_s=seconds,
            planned_s=seconds,
            completed=n % 6 != 0,
        )
        sid = store.add(record)
        if n % 2 == 0:
            anxiety = 7 - min(4, n // 10)
            history.set_ratings(
                sid,
                "before",
                [Rating("before", "anxiety", anxiety), Rating("before", "shortness_of_breath", 5)],
                Who.PATIENT,
            )
            history.set_ratings(
                sid,
                "after",
                [
                    Rating("after", "anxiety", anxiety - 2),
                    Rating("after", "shortness_of_breath", 4),
                ],
            )
        if n % 9 == 0:
            history.set_session_note(sid, f"Felt calmer afterwards (session {n})")
    history.set_day_note(TODAY - timedelta(days=3), "New pain medication started")
    for days_ago, pain, anxiety in ((20, 6, 7), (2, 4, 5)):
        day = TODAY - timedelta(days=days_ago)
        history.add_checkin(
            Checkin(
                day,
                datetime.combine(day, datetime.min.time(), TZ) + timedelta(hours=10),
                Who.PATIENT,
                {"pain": pain, "tiredness": 6, "anxiety": anxiety, "wellbeing": 5},
                {"sleep": 5, "mood": 6},
            )
        )
