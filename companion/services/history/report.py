"""What the care-team report and the export preview contain, gathered from the store.

Everything here is plain data; painting it (screen or PDF) is the UI's job.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from companion.core.care.observer import ObserverRating
from companion.core.care.plan import CarePlan
from companion.core.history.stats import (
    ActivityTotal,
    EpisodeSummary,
    ItemSummary,
    Totals,
    WeekRating,
    WeekRow,
    per_activity,
    per_week,
    practice,
    rating_trend,
    summarise_episodes,
    summarise_ratings,
)
from companion.services.care.observer_data import ObserverData, ObserverFilter
from companion.services.care.plan_data import CarePlanData
from companion.services.history.data import Checkin, HistoryData, HistoryFilter, Landing, Note

REPORT_WEEKS = 12  # the weekly chart and table show at most this many recent weeks
MAX_NOTES = 12  # the report shows the latest notes in full, at most this many
MAX_NAME = 80  # characters of the patient's name kept for the report
_NAME_KEY = "report_patient_name"  # in history_choices: the report's settings


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
    flagged: int = 0  # sessions holding values Companion does not write
    patient: str = ""  # the name the patient chose to put on the report (optional)
    episodes: EpisodeSummary | None = None  # breathlessness episodes (None: there were none)
    # With the care team: their plan (None when nothing is written) opens the report; ratings
    # by an observer have a section of their own, apart from the patient's ratings.
    plan: CarePlan | None = None
    observer: list[ObserverRating] = field(default_factory=list)
    landings: list[Landing] = field(default_factory=list)  # how each track landed

    @property
    def empty(self) -> bool:
        """No sessions, no episodes and no check-ins in the period."""
        return self.totals.sessions == 0 and not self.checkins and self.episodes is None


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
    episodes = history.episodes(bounded)
    return ReportData(
        first=first,
        last=last,
        generated=now,
        activity=filt.activity,
        totals=totals,
        active_days=len({r.day for r in practice(rows) if r.sessions}),
        activities=activities,
        weeks=per_week(rows, week_first, last),
        ratings=summarise_ratings(changes),
        trend=rating_trend(changes),
        notes=history.notes(bounded),
        checkins=checkins,
        rating_count=history.rating_count(bounded),
        flagged=history.flagged(bounded),
        patient=patient_name(history),
        episodes=_episodes(episodes, first, last, week_first),
        plan=written_plan(history),
        observer=ObserverData(history.store).ratings(ObserverFilter(first, last, filt.activity)),
        landings=history.landings(bounded),
    )


def written_plan(history: HistoryData) -> CarePlan | None:
    """The care plan, if the team has written anything in it."""
    plan = CarePlanData(history.store).load()
    return plan if plan.written else None


def _episodes(
    found: list[tuple[datetime, float]], first: date, last: date, weeks_from: date
) -> EpisodeSummary | None:
    """The period's episodes of breathlessness, counted apart from the sessions (or None)."""
    if not found:
        return None
    starts = [started for started, _seconds in found]
    return summarise_episodes(starts, first, last, sum(s for _t, s in found), weeks_from)


# -- the report's settings: kept with the history (a backup keeps them, "delete all" removes them)


def clean_name(text: str) -> str:
    """A name as one plain line: no control characters, single spaces, at most MAX_NAME."""
    kept = "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
    return " ".join(kept.split())[:MAX_NAME].strip()


def patient_name(history: HistoryData) -> str:
    """The patient's name for the report, as they entered it ("" when none)."""
    rows = history.store.query("SELECT value FROM history_choices WHERE key = ?", [_NAME_KEY])
    return clean_name(str(rows[0][0])) if rows else ""


def set_patient_name(history: HistoryData, name: str) -> None:
    """Keep ``name`` for this and later reports; an empty name removes it."""
    name = clean_name(name)
    with history.store.transaction() as conn:
        if name:
            conn.execute(
                "INSERT INTO history_choices (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (_NAME_KEY, name),
            )
        else:
            conn.execute("DELETE FROM history_choices WHERE key = ?", (_NAME_KEY,))
