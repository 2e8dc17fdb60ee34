"""A history with a bit of everything, for comparing ways of reading it: the sample history
and its care ratings, a few hundred ordinary sessions of every kind (every activity and
person, offsets, open-ended, notes with quotes, formulas and other scripts, ratings of every
item), and rows another program or damage left (dates that cannot be read, activities and
people Companion does not know, text and blobs where numbers belong, ratings out of range).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from companion.core.history.ratings import ITEMS
from companion.core.sessions import Activity, Rating, SessionRecord, Who
from companion.services.history.data import HistoryData
from tests.helpers import care_sample, history_sample

ZONES = (timezone.utc, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30)))
ITEM_NAMES = ("calm", "4-6", "Zoë's song", '"quoted"', "=SUM(A1)", "tab\tand\nline", "", "100 % %s")
NOTES = ("", "slept well", "Ängste: weniger — 少し", "+1 better", 'said "enough"', "a\\b")
PEOPLE = (None, Who.PATIENT, Who.FAMILY, Who.CAREGIVER)

# (column, value) set on one otherwise ordinary session each (check constraints ignored)
HOSTILE = (
    ("started_at", "yesterday"),
    ("started_at", "2026-13-01T10:00:00+00:00"),
    ("started_at", "2026-02-30T10:00:00+00:00"),  # the right shape, but no such moment
    ("started_at", "2026-11-01T24:00:00+00:00"),
    ("started_at", "2026-11-01T10:00:60+00:00"),
    ("started_at", "0000-11-01T10:00:00+00:00"),
    ("started_at", "2026-11-01T10:00:00+24:00"),
    ("started_at", "2026-11-01T10:00:00+01:60"),
    ("started_at", "2026-11-01T10:00:00"),  # no offset
    ("started_at", 20261101),
    ("started_at", b"\x00\xff"),
    ("activity", "juggling"),
    ("activity", b"\xffbreathing"),
    ("activity", 3),
    ("activity", "Breathing"),
    ("item", 5),
    ("item", b"\xfe"),
    ("who", "intruder"),
    ("who", ""),
    ("who", 7),
    ("completed", 7),
    ("completed", 0.5),
    ("completed", "yes"),
    ("duration_s", "long"),
    ("duration_s", -60),
    ("duration_s", float("inf")),
    ("duration_s", 1e12),
    ("duration_s", b"\x01"),
    ("planned_s", "soon"),
    ("planned_s", -1),
    ("note", b"\xffnote"),
    ("note", 12),
    ("started_ts", "later"),
)
# (moment, item, value) given to one ordinary session each
HOSTILE_RATINGS = (
    ("before", "anxiety", 42),
    ("during", "anxiety", 3),
    ("after", 5, 3),
    ("before", "no_such_item", 4),
    ("after", "pain", -1),
    ("before", "anxiety", "x"),  # text where a number belongs
    ("after", "pain", 2.5),
)


def fill(history: HistoryData, count: int = 300) -> None:
    """The sample history and its care ratings, ``count`` varied sessions, the odd rows."""
    history_sample.fill(history)
    care_sample.fill(history)
    start = history_sample.NOW - timedelta(days=200)
    activities = list(Activity)
    keys = list(ITEMS)
    for i in range(count):
        zone = ZONES[i % len(ZONES)]
        started = (start + timedelta(hours=13 * i, seconds=i % 7)).astimezone(zone)
        record = SessionRecord(
            activities[i % len(activities)],
            ITEM_NAMES[i % len(ITEM_NAMES)],
            started,
            duration_s=(i * 37.3) % 4000 if i % 11 else 0.0,
            planned_s=None if i % 5 == 0 else float(60 * (i % 30)),
            completed=i % 4 != 0,
            who=PEOPLE[i % len(PEOPLE)],
            note=NOTES[i % len(NOTES)],
        )
        sid = history.store.add(record)
        if i % 3 == 0:
            chosen = [keys[(i + k) % len(keys)] for k in range(1 + i % 4)]
            for when in ("before", "after") if i % 2 else ("before",):
                history.set_ratings(
                    sid, when, [Rating(when, k, (i + n) % 11) for n, k in enumerate(chosen)]
                )
    _add_hostile(history, start)


def _add_hostile(history: HistoryData, start: datetime) -> None:
    assert history.store.path is not None
    conn = sqlite3.connect(history.store.path, isolation_level=None)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")  # another program, or damage
        for n, (column, value) in enumerate((*HOSTILE, *[(None, None)] * len(HOSTILE_RATINGS))):
            when = start + timedelta(days=n, hours=3)
            sid = conn.execute(
                "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
                " planned_s, completed, who, note, updated_at)"
                " VALUES ('stretch', 'neck', ?, ?, 95.5, 120, 1, 'family', 'odd', ?)",
                (when.isoformat(timespec="seconds"), when.timestamp(), when.isoformat()),
            ).lastrowid
            if column is not None:
                conn.execute(f"UPDATE sessions SET {column} = ? WHERE id = ?", (value, sid))
            else:
                moment, item, value = HOSTILE_RATINGS[n - len(HOSTILE)]
                conn.executemany(
                    "INSERT INTO ratings (session_id, moment, item, value) VALUES (?, ?, ?, ?)",
                    [(sid, "before", "pain", 4), (sid, moment, item, value)],
                )
    finally:
        conn.close()
