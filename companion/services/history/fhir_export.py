"""``companion export --fhir``: the history as one FHIR R4 Bundle (JSON), streamed entry by
entry from the store and written through the safe way (:mod:`companion.services.safe_files`).

What goes in follows the same filter as the PDF: sessions in the days (and activity) asked
for, with their ratings and the observer ratings around them; observer ratings on their own
and daily check-ins in those days (not when one activity is asked for).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from companion.core.care.observer import PAINAD_KEYS
from companion.core.history.fhir import ESAS_KEYS, BundleBuilder, count_summary
from companion.services.care.observer_data import ObserverData, ObserverFilter
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.safe_files import write_atomic

PATIENT_NAME_KEY = "report_patient_name"  # the name the person put on their report, if any
_CHUNK = 1000


@dataclass(frozen=True)
class FhirCounts:
    """What an export holds: resources by type, and the records behind them."""

    resources: dict[str, int]
    sessions: int
    checkins: int
    observer: int
    patient_named: bool

    @property
    def total(self) -> int:
        """Every resource in the Bundle."""
        return sum(self.resources.values())


def export_id(history: HistoryData) -> str:
    """The history's export identity (stable; renewed by Delete all my data)."""
    rows = history.store.query("SELECT value FROM history_choices WHERE key = 'export_id'")
    return str(rows[0][0]) if rows else ""


def patient_name(history: HistoryData) -> str:
    """The patient's name, only if they entered one (for the report); "" otherwise."""
    rows = history.store.query(
        "SELECT value FROM history_choices WHERE key = ?", (PATIENT_NAME_KEY,)
    )
    return str(rows[0][0]).strip()[:80] if rows else ""


def entries(
    history: HistoryData, filt: HistoryFilter, builder: BundleBuilder
) -> Iterator[list[str]]:
    """Every Bundle entry for ``filt``, in order (patient and forms, sessions, the rest), a
    list of them at a time: a thousand sessions' worth at most, so memory stays bounded."""
    observers = ObserverData(history.store)
    yield list(builder.start())
    sessions = iter(history.iter_sessions(filt))
    while chunk := list(itertools.islice(sessions, _CHUNK)):
        around = observers.for_sessions([r.id for r in chunk if r.id is not None])
        found: list[str] = []
        for record in chunk:
            found += builder.session_entries(record, around.get(record.id or 0, ()))
        yield found
    if filt.activity is None:
        found = []
        for rating in observers.iter_ratings(ObserverFilter(filt.first, filt.last)):
            if rating.moment == "alone":
                found += builder.observer_entries(rating)
        for checkin in history.checkins(filt.first, filt.last):
            found += builder.checkin_entries(checkin)
        yield found


def write_fhir(
    target: Path | str, history: HistoryData, filt: HistoryFilter, now: datetime
) -> dict[str, int]:
    """Write the Bundle to ``target`` (``-``: standard output); returns resources by type."""
    builder = BundleBuilder(export_id(history), now, patient_name(history))

    def write(handle: BinaryIO) -> None:
        handle.write(builder.envelope().encode())
        comma = ""
        for chunk in entries(history, filt, builder):
            if chunk:
                handle.write((comma + ",".join(chunk)).encode())
                comma = ","
        handle.write(b"]}\n")

    write_atomic(target, write)
    return count_summary(builder.counts)


def fhir_counts(history: HistoryData, filt: HistoryFilter) -> FhirCounts:
    """What :func:`write_fhir` would write for ``filt`` (for the preview). The sessions, which
    may be many, are counted in SQL; the few check-ins and ratings on their own are built."""
    builder = BundleBuilder(export_id(history), datetime.now().astimezone(), patient_name(history))
    for _entry in builder.start():
        pass
    observers = ObserverData(history.store)
    checkins = history.checkins(filt.first, filt.last) if filt.activity is None else []
    alone = 0
    if filt.activity is None:
        for rating in observers.iter_ratings(ObserverFilter(filt.first, filt.last)):
            if rating.moment == "alone" and not rating.empty:
                alone += 1
                for _entry in builder.observer_entries(rating):
                    pass
        for checkin in checkins:
            for _entry in builder.checkin_entries(checkin):
                pass
    resources = dict(builder.counts)
    where, params = filt.where("s.")
    store = history.store
    known = ",".join(f"'{k}'" for k in ESAS_KEYS)  # the session form's items
    sessions = history.count(filt)
    rating_sets, rated = store.query(
        "SELECT COUNT(DISTINCT r.session_id || '/' || r.moment),"
        " COUNT(DISTINCT r.session_id || '/' || r.moment || '/' || r.item)"
        f" FROM ratings r JOIN sessions s ON s.id = r.session_id"
        f" WHERE r.item IN ({known}) AND {where}",
        params,
    )[0]
    painad = ",".join(f"'{k}'" for k in PAINAD_KEYS)
    o_sets, o_items, o_totals = store.query(
        "SELECT COUNT(*), COALESCE(SUM(n), 0), COALESCE(SUM(scored = 5), 0) FROM (SELECT"
        " (SELECT COUNT(*) FROM observer_answers a WHERE a.rating_id = o.id) AS n,"
        " (SELECT COUNT(*) FROM observer_answers a WHERE a.rating_id = o.id"
        f"  AND a.item IN ({painad}) AND a.value IS NOT NULL) AS scored"
        f" FROM observer_ratings o JOIN sessions s ON s.id = o.session_id WHERE {where})"
        " WHERE n > 0",
        params,
    )[0]
    people = set(builder.people)
    people |= {
        (str(who), "")
        for (who,) in store.query(
            "SELECT DISTINCT s.who FROM sessions s WHERE s.who IN ('family', 'caregiver')"
            f" AND {where} AND (s.activity = 'massage' OR EXISTS"
            f" (SELECT 1 FROM ratings r WHERE r.session_id = s.id AND r.item IN ({known})))",
            params,
        )
    }
    people |= {
        (str(who), str(name))
        for who, name in store.query(
            "SELECT DISTINCT o.observer, o.name FROM observer_ratings o"
            f" JOIN sessions s ON s.id = o.session_id WHERE {where}"
            " AND EXISTS (SELECT 1 FROM observer_answers a WHERE a.rating_id = o.id)",
            params,
        )
    }
    resources.update(
        RelatedPerson=sum(1 for w, _ in people if w == "family"),
        Practitioner=sum(1 for w, _ in people if w == "caregiver"),
        Procedure=sessions,
        QuestionnaireResponse=resources.get("QuestionnaireResponse", 0)
        + int(rating_sets)
        + int(o_sets),
        Observation=resources.get("Observation", 0) + int(rated) + int(o_items) + int(o_totals),
    )
    return FhirCounts(
        count_summary(resources),
        sessions,
        len(checkins),
        int(o_sets) + alone,
        bool(builder.patient_name),
    )
