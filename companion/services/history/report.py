"""What the care-team report and the export preview contain, gathered from the store.

Everything here is plain data; painting it (screen or PDF) is the UI's job.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.core.history.stats import (
    ActivityTotal,
    ItemSummary,
    Totals,
    WeekRating,
    WeekRow,
    per_activity,
    per_week,
    rating_trend,
    summarise_ratings,
)
from companion.services.history.data import Checkin, HistoryData, HistoryFilter, Landing, Note

REPORT_WEEKS = 12  # the weekly chart and table show at most this many recent weeks


@dataclass(frozen=True)
class ReportData:
    """The contents of one report, for the period ``first``–``last`` (inclusive)."""

    first: date
    last: date
    generated: datetime
    activity: str | None
    totals: Totals
    active_days: int
    activities: list[ActivityTotal]
    weeks: list[WeekRow]
    ratings: list[ItemSummary]
    trend: dict[str, list[WeekRating]]
    notes: list[Note]
    checkins: list[Checkin] = field(default_factory=list)
    rating_count: int = 0
    landings: list[Landing] = field(default_factory=list)  # how each track landed

    @property
    def empty(self) -> bool:
        """No sessions and no check-ins in the period."""
        return self.totals.sessions == 0 and not self.checkins


def build_report(history: HistoryData, filt: HistoryFilter, now: datetime) -> ReportData:
    """Gather the report for ``filt`` (open ends become the first session and today)."""
    last = filt.last or now.date()
    first = filt.first or history.first_day() or last
    first = min(first, last)
    bounded = HistoryFilter(filt.activity, first, last)
    rows = history.day_rows(bounded)
    activities = per_activity(rows)
    totals = Totals(sum(a.sessions for a in activities), sum(a.minutes for a in activities))
    week_first = max(first, last - timedelta(weeks=REPORT_WEEKS) + timedelta(days=1))
    changes = history.rating_changes(bounded)
    checkins = history.checkins(first, last) if filt.activity is None else []
    return ReportData(
        first=first,
        last=last,
        generated=now,
        activity=filt.activity,
        totals=totals,
        active_days=len({r.day for r in rows if r.sessions}),
        activities=activities,
        weeks=per_week(rows, week_first, last),
        ratings=summarise_ratings(changes),
        trend=rating_trend(changes),
        notes=history.notes(bounded),
        checkins=checkins,
        rating_count=history.rating_count(bounded),
        landings=history.landings(bounded),
    )
