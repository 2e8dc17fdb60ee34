"""History queries and edits on top of the :class:`Store`: sums in SQL, pages of sessions,
ratings, notes, daily check-ins, and deleting data for good.

Days are the date in each session's own offset (``substr(started_at, 1, 10)``, indexed), so
they match what the user lived through a daylight-saving change or a journey.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from companion.core.history.ratings import (
    DEFAULT_QUICK_ITEMS,
    ITEMS,
    MAX_QUICK_ITEMS,
    RatingChange,
    changes,
)
from companion.core.history.stats import DayActivity
from companion.core.sessions import Rating, SessionRecord, Who
from companion.services.store import Store, now_iso, record_from_row

DAY = "substr(started_at, 1, 10)"
_MARGIN_S = 2 * 86400  # offsets stay within ±14 h: a wide margin lets started_ts use its index


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions to show: an activity (None: all) and an inclusive range of days."""

    activity: str | None = None
    first: date | None = None
    last: date | None = None

    def where(self, prefix: str = "") -> tuple[str, list[object]]:
        """A SQL condition (``1`` when empty) and its parameters."""
        clauses: list[str] = []
        params: list[object] = []
        if self.activity is not None:
            clauses.append(f"{prefix}activity = ?")
            params.append(self.activity)
        if self.first is not None:
            clauses += [f"{prefix}started_ts >= ?", f"substr({prefix}started_at, 1, 10) >= ?"]
            params += [_midnight_ts(self.first) - _MARGIN_S, self.first.isoformat()]
        if self.last is not None:
            clauses += [f"{prefix}started_ts < ?", f"substr({prefix}started_at, 1, 10) <= ?"]
            params += [_midnight_ts(self.last) + _MARGIN_S, self.last.isoformat()]
        return (" AND ".join(clauses) or "1"), params


@dataclass(frozen=True)
class Checkin:
    """One daily check-in: ESAS-r answers and, separately, the extra block."""

    day: date
    taken_at: datetime
    who: Who | None
    esas: dict[str, int]
    extra: dict[str, int]
    other_problem: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Page:
    """Some sessions, newest first, and the key to ask for the next (older) ones."""

    records: list[SessionRecord]
    next_key: tuple[float, int] | None
    more: bool


@dataclass(frozen=True)
class Note:
    """A note on a session or on a day, for the review and the report."""

    day: date
    text: str
    session_id: int | None = None
    activity: str = ""


class HistoryData:
    """History's reads and writes; every write is one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- sums -------------------------------------------------------------------------

    def day_rows(self, filt: HistoryFilter = HistoryFilter()) -> list[DayActivity]:
        """Sessions and seconds per day and activity."""
        where, params = filt.where()
        rows = self.store.query(
            f"SELECT {DAY}, activity, COUNT(*), COALESCE(SUM(duration_s), 0) FROM sessions"
            f" WHERE {where} GROUP BY 1, 2 ORDER BY 1",
            params,
        )
        return [DayActivity(date.fromisoformat(d), a, n, float(s)) for d, a, n, s in rows]

    def first_day(self) -> date | None:
        """The day of the oldest session (None when there is none)."""
        rows = self.store.query(
            f"SELECT {DAY} FROM sessions ORDER BY started_ts LIMIT 1",
        )
        return date.fromisoformat(rows[0][0]) if rows else None

    def count(self, filt: HistoryFilter = HistoryFilter()) -> int:
        """Sessions matching ``filt``."""
        where, params = filt.where()
        return int(self.store.query(f"SELECT COUNT(*) FROM sessions WHERE {where}", params)[0][0])

    def rating_changes(self, filt: HistoryFilter = HistoryFilter()) -> list[RatingChange]:
        """Before → after of every item rated both ways, oldest session first."""
        where, params = filt.where("s.")
        rows = self.store.query(
            f"SELECT s.id, substr(s.started_at, 1, 10), r.moment, r.item, r.value"
            f" FROM ratings r JOIN sessions s ON s.id = r.session_id WHERE {where}"
            " ORDER BY s.started_ts, s.id, r.id",
            params,
        )
        found: list[RatingChange] = []
        current: int | None = None
        day = date.min
        group: list[Rating] = []
        for session_id, day_text, moment, item, value in rows:
            if session_id != current:
                if current is not None:
                    found += changes(current, day, group)
                current, day, group = session_id, date.fromisoformat(day_text), []
            group.append(Rating(moment, item, value))
        if current is not None:
            found += changes(current, day, group)
        return found

    def rating_count(self, filt: HistoryFilter = HistoryFilter()) -> int:
        """Ratings given in sessions matching ``filt``."""
        where, params = filt.where("s.")
        return int(
            self.store.query(
                f"SELECT COUNT(*) FROM ratings r JOIN sessions s ON s.id = r.session_id"
                f" WHERE {where}",
                params,
            )[0][0]
        )

    # -- sessions ---------------------------------------------------------------------

    def page(
        self,
        filt: HistoryFilter = HistoryFilter(),
        after: tuple[float, int] | None = None,
        limit: int = 200,
    ) -> Page:
        """Up to ``limit`` sessions, newest first, older than the ``after`` key if given.

        Key-set paging (the ``(started_ts, id)`` of the last row shown, as ``Page.next_key``)
        stays fast deep into years of history, where OFFSET would not.
        """
        where, params = filt.where()
        if after is not None:
            where += " AND (started_ts < ? OR (started_ts = ? AND id < ?))"
            params += [after[0], after[0], after[1]]
        rows = self.store.query(
            "SELECT id, activity, item, started_at, duration_s, planned_s, completed, who, note,"
            f" started_ts FROM sessions WHERE {where} ORDER BY started_ts DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        ratings = self.store.ratings_for([r[0] for r in rows])
        records = [record_from_row(row[:9], ratings.get(row[0], ())) for row in rows]
        next_key = (float(rows[-1][9]), int(rows[-1][0])) if rows else after
        return Page(records, next_key, len(rows) == limit)

    def iter_sessions(self, filt: HistoryFilter = HistoryFilter()) -> Iterable[SessionRecord]:
        """Every matching session, oldest first, read in pages (for exports)."""
        where, params = filt.where()
        last: tuple[float, int] | None = None
        while True:
            extra = ""
            args = list(params)
            if last is not None:
                extra = " AND (started_ts > ? OR (started_ts = ? AND id > ?))"
                args += [last[0], last[0], last[1]]
            rows = self.store.query(
                "SELECT id, activity, item, started_at, duration_s, planned_s, completed, who,"
                f" note, started_ts FROM sessions WHERE {where}{extra}"
                " ORDER BY started_ts, id LIMIT 2000",
                args,
            )
            if not rows:
                return
            ratings = self.store.ratings_for([r[0] for r in rows])
            for row in rows:
                yield record_from_row(row[:9], ratings.get(row[0], ()))
            last = (rows[-1][9], rows[-1][0])

    def get(self, session_id: int) -> SessionRecord | None:
        """One session with its ratings."""
        rows = self.store.query(
            "SELECT id, activity, item, started_at, duration_s, planned_s, completed, who, note"
            " FROM sessions WHERE id = ?",
            (session_id,),
        )
        if not rows:
            return None
        return record_from_row(rows[0], self.store.ratings_for([session_id]).get(session_id, ()))

    # -- edits ------------------------------------------------------------------------

    def set_ratings(
        self, session_id: int, when: str, ratings: Iterable[Rating], who: Who | None = None
    ) -> None:
        """Replace the session's ``when`` ratings (and record who answered, if given)."""
        if when not in ("before", "after"):
            raise ValueError(f"when must be 'before' or 'after', not {when!r}")
        rows = [(session_id, when, r.item, int(r.value)) for r in ratings]
        with self.store.transaction() as conn:
            conn.execute(
                "DELETE FROM ratings WHERE session_id = ? AND moment = ?", (session_id, when)
            )
            conn.executemany(
                "INSERT INTO ratings (session_id, moment, item, value) VALUES (?, ?, ?, ?)", rows
            )
            if who is not None:
                conn.execute(
                    "UPDATE sessions SET who = ?, updated_at = ? WHERE id = ?",
                    (who.value, now_iso(), session_id),
                )

    def set_session_note(self, session_id: int, text: str) -> None:
        """Replace a session's note (empty removes it)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET note = ?, updated_at = ? WHERE id = ?",
                (text.strip(), now_iso(), session_id),
            )

    def day_note(self, day: date) -> str:
        """The note written for ``day`` ('' if none)."""
        rows = self.store.query("SELECT note FROM day_notes WHERE day = ?", (day.isoformat(),))
        return str(rows[0][0]) if rows else ""

    def set_day_note(self, day: date, text: str) -> None:
        """Replace the note for a day (empty removes it)."""
        with self.store.transaction() as conn:
            if text.strip():
                conn.execute(
                    "INSERT INTO day_notes (day, note, updated_at) VALUES (?, ?, ?)"
                    " ON CONFLICT (day) DO UPDATE SET note = excluded.note,"
                    " updated_at = excluded.updated_at",
                    (day.isoformat(), text.strip(), now_iso()),
                )
            else:
                conn.execute("DELETE FROM day_notes WHERE day = ?", (day.isoformat(),))

    def notes(self, filt: HistoryFilter = HistoryFilter()) -> list[Note]:
        """Session and day notes in the filter's days, oldest first."""
        where, params = filt.where()
        found = [
            Note(date.fromisoformat(d), text, sid, activity)
            for sid, d, text, activity in self.store.query(
                f"SELECT id, {DAY}, note, activity FROM sessions WHERE {where} AND note != ''"
                " ORDER BY started_ts",
                params,
            )
        ]
        if filt.activity is None:
            day_where = ["1"]
            day_params: list[object] = []
            if filt.first is not None:
                day_where.append("day >= ?")
                day_params.append(filt.first.isoformat())
            if filt.last is not None:
                day_where.append("day <= ?")
                day_params.append(filt.last.isoformat())
            found += [
                Note(date.fromisoformat(d), text)
                for d, text in self.store.query(
                    f"SELECT day, note FROM day_notes WHERE {' AND '.join(day_where)}",
                    day_params,
                )
            ]
        return sorted(found, key=lambda n: (n.day, n.session_id is not None))

    def delete_session(self, session_id: int) -> None:
        """Remove one session and its ratings."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM ratings WHERE session_id = ?", (session_id,))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def delete_all(self) -> None:
        """Remove every session, rating, note, check-in and recorded voice, and scrub them from
        the file.

        ``secure_delete`` zeroes freed pages, VACUUM rebuilds the file and the WAL is
        truncated, so the deleted health data cannot be read back from the disk file.
        """
        self.store.query("PRAGMA secure_delete = ON")
        with self.store.transaction() as conn:
            tables = ("ratings", "sessions", "day_notes", "checkin_answers", "checkins")
            for table in (*tables, "recordings"):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM history_choices")
        self.store.query("VACUUM")
        self.store.query("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- check-ins --------------------------------------------------------------------

    def add_checkin(self, checkin: Checkin) -> int:
        """Save a daily check-in, replacing any earlier one of the same day."""
        unknown = [k for k in (*checkin.esas, *checkin.extra) if k not in ITEMS and k != "other"]
        if unknown:
            raise ValueError(f"unknown items: {unknown}")
        with self.store.transaction() as conn:
            conn.execute(
                "DELETE FROM checkin_answers WHERE checkin_id IN"
                " (SELECT id FROM checkins WHERE day = ?)",
                (checkin.day.isoformat(),),
            )
            conn.execute("DELETE FROM checkins WHERE day = ?", (checkin.day.isoformat(),))
            cursor = conn.execute(
                "INSERT INTO checkins (day, taken_at, who, other_problem) VALUES (?, ?, ?, ?)",
                (
                    checkin.day.isoformat(),
                    checkin.taken_at.isoformat(timespec="seconds"),
                    checkin.who.value if checkin.who else None,
                    checkin.other_problem,
                ),
            )
            checkin_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO checkin_answers (checkin_id, block, item, value) VALUES (?, ?, ?, ?)",
                [(checkin_id, "esas", k, v) for k, v in checkin.esas.items()]
                + [(checkin_id, "extra", k, v) for k, v in checkin.extra.items()],
            )
        return checkin_id

    def checkins(self, first: date | None = None, last: date | None = None) -> list[Checkin]:
        """Check-ins in ``[first, last]``, oldest first."""
        rows = self.store.query(
            "SELECT id, day, taken_at, who, other_problem FROM checkins"
            " WHERE day >= ? AND day <= ? ORDER BY day",
            ((first or date.min).isoformat(), (last or date.max).isoformat()),
        )
        found = []
        for cid, day, taken_at, who, other in rows:
            esas: dict[str, int] = {}
            extra: dict[str, int] = {}
            for block, item, value in self.store.query(
                "SELECT block, item, value FROM checkin_answers WHERE checkin_id = ?", (cid,)
            ):
                (esas if block == "esas" else extra)[item] = value
            found.append(
                Checkin(
                    date.fromisoformat(day),
                    datetime.fromisoformat(taken_at),
                    Who(who) if who else None,
                    esas,
                    extra,
                    other,
                    cid,
                )
            )
        return found

    def checkin_on(self, day: date) -> Checkin | None:
        """The check-in of ``day``, if one was done."""
        found = self.checkins(day, day)
        return found[-1] if found else None

    # -- choices ----------------------------------------------------------------------

    def quick_items(self) -> tuple[str, ...]:
        """The 1–3 items picked for before/after ratings."""
        rows = self.store.query("SELECT value FROM history_choices WHERE key = 'quick_items'")
        if rows:
            try:
                items = tuple(k for k in json.loads(rows[0][0]) if k in ITEMS)
            except (ValueError, TypeError):
                items = ()
            if items:
                return items[:MAX_QUICK_ITEMS]
        return DEFAULT_QUICK_ITEMS

    def set_quick_items(self, items: Iterable[str]) -> None:
        """Remember the picked items (unknown ones dropped, at most three kept)."""
        picked = [k for k in items if k in ITEMS][:MAX_QUICK_ITEMS]
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO history_choices (key, value) VALUES ('quick_items', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (json.dumps(picked),),
            )


def answers(values: Mapping[str, int | None]) -> dict[str, int]:
    """Only the answered items of a form (unanswered ones are skipped, never guessed)."""
    return {k: int(v) for k, v in values.items() if v is not None}


def _midnight_ts(day: date) -> float:
    return datetime.combine(day, datetime.min.time(), timezone.utc).timestamp()


def week_ago(day: date, weeks: int) -> date:
    """The first day of a span of ``weeks`` weeks ending on ``day``."""
    return day - timedelta(weeks=weeks) + timedelta(days=1)
