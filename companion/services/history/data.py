"""History queries and edits on top of the :class:`Store`: sums in SQL, pages of sessions,
ratings, notes, daily check-ins, and deleting data for good.

Days are the date in each session's own offset (``substr(started_at, 1, 10)``, indexed), so
they match what the user lived through a daylight-saving change or a journey.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.history.ratings import (
    DEFAULT_QUICK_ITEMS,
    ITEMS,
    MAX_QUICK_ITEMS,
    RatingChange,
    changes,
)
from companion.core.sessions import (
    ACTIVITIES,
    MAX_LENGTH_S,
    PEOPLE,
    Activity,
    Rating,
    SessionRecord,
    Unknown,
    Who,
    is_length,
    parse_day,
    parse_moment,
    rating_ok,
    who_of,
)
from companion.services.store import Store, now_iso, record_from_row, sqlite_uri

if TYPE_CHECKING:
    from companion.core.history.stats import DayActivity

_MARGIN_S = 2 * 86400  # offsets stay within ±14 h: a wide margin lets started_ts use its index
_EPOCH_DAY = date(1970, 1, 1)


def day_sql(prefix: str = "") -> str:
    """The day a session belongs to, in SQL: the date in its own offset.

    A date that cannot be read falls back to the day of its sorting instant, so such a
    session is still found in its days (and shown, marked), never lost from view.
    """
    at = f"{prefix}started_at"
    return (
        f"COALESCE(CASE WHEN {at} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
        f" THEN date(substr({at}, 1, 10)) END, date({prefix}started_ts, 'unixepoch'),"
        " '1970-01-01')"
    )


DAY = day_sql()
# Only lengths Companion could have written count in sums (see core.sessions.is_length).
SECONDS = (
    "SUM(CASE WHEN typeof(duration_s) IN ('integer', 'real')"
    f" AND duration_s BETWEEN 0 AND {MAX_LENGTH_S:.0f} THEN duration_s ELSE 0 END)"
)
_RATING_OK = (
    "r.moment IN ('before', 'after') AND typeof(r.value) = 'integer'"
    " AND r.value BETWEEN 0 AND 10 AND typeof(r.item) = 'text'"
)
_QUOTED = ", ".join(f"'{a}'" for a in sorted(ACTIVITIES))
_PEOPLE = ", ".join(f"'{w}'" for w in sorted(PEOPLE))
_MOMENT = "[0-9]" * 4 + "-" + "[0-9]" * 2 + "-" + "[0-9]" * 2 + "T" + ":".join(["[0-9]" * 2] * 3)
# Sessions that may hold a value Companion never writes (a wide net; Python decides).
_SUSPECT = (
    f"(activity NOT IN ({_QUOTED}) OR typeof(item) != 'text'"
    f" OR typeof(started_at) != 'text' OR started_at NOT GLOB '{_MOMENT}[+-][0-9][0-9]:[0-9][0-9]'"
    # of the right shape but no real moment: month 13, 30 February, 24:00, year 0, +24:00
    " OR strftime('%Y-%m-%dT%H:%M:%S', julianday(substr(started_at, 1, 19)))"
    " IS NOT substr(started_at, 1, 19) OR substr(started_at, 1, 4) = '0000'"
    " OR substr(started_at, 21, 2) > '23' OR substr(started_at, 24, 2) > '59'"
    " OR typeof(duration_s) NOT IN ('integer', 'real')"
    f" OR NOT duration_s BETWEEN 0 AND {MAX_LENGTH_S:.0f}"
    " OR (planned_s IS NOT NULL AND (typeof(planned_s) NOT IN ('integer', 'real')"
    f" OR NOT planned_s BETWEEN 0 AND {MAX_LENGTH_S:.0f}))"
    " OR typeof(completed) != 'integer' OR completed NOT IN (0, 1)"
    f" OR (who IS NOT NULL AND who NOT IN ({_PEOPLE})) OR typeof(note) != 'text'"
    " OR id IN (SELECT r.session_id FROM ratings r WHERE r.session_id IS NOT NULL"
    f" AND NOT ({_RATING_OK})))"
)
_COLUMNS = "id, activity, item, started_at, duration_s, planned_s, completed, who, note, started_ts"


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
            clauses += [f"{prefix}started_ts >= ?", f"{day_sql(prefix)} >= ?"]
            params += [_midnight_ts(self.first) - _MARGIN_S, self.first.isoformat()]
        if self.last is not None:
            clauses += [f"{prefix}started_ts < ?", f"{day_sql(prefix)} <= ?"]
            params += [_midnight_ts(self.last) + _MARGIN_S, self.last.isoformat()]
        return (" AND ".join(clauses) or "1"), params


@dataclass(frozen=True)
class Landing:
    """How one track landed over a period: how many answers of each kind."""

    title: str
    calmer: int
    same: int
    unsettled: int


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
    flags: tuple[str, ...] = ()  # fields holding values Companion does not write (not shown)


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
            f"SELECT {DAY}, CAST(activity AS TEXT), COUNT(*), COALESCE({SECONDS}, 0)"
            f" FROM sessions WHERE {where} GROUP BY 1, 2 ORDER BY 1",
            params,
        )
        from companion.core.history.stats import DayActivity  # the charts' module, for History

        return [DayActivity(_day(d), str(a), n, float(s)) for d, a, n, s in rows]

    def episodes(self, filt: HistoryFilter = HistoryFilter()) -> list[tuple[datetime, float]]:
        """When each episode of breathlessness in ``filt``'s days began (in its own offset)
        and how long it lasted, oldest first; none when ``filt`` asks for another activity."""
        episode = Activity.BREATHLESS.value
        if filt.activity not in (None, episode):
            return []
        where, params = HistoryFilter(episode, filt.first, filt.last).where()
        rows = self.store.query(
            f"SELECT started_at, duration_s FROM sessions WHERE {where} ORDER BY started_ts",
            params,
        )
        found = []
        for started, seconds in rows:
            moment = parse_moment(started)  # a value Companion never writes is left out
            if moment is not None:
                found.append((moment, float(seconds) if is_length(seconds) else 0.0))
        return found

    def first_day(self) -> date | None:
        """The day of the oldest session (None when there is none)."""
        rows = self.store.query(
            f"SELECT {DAY} FROM sessions ORDER BY started_ts LIMIT 1",
        )
        return _day(rows[0][0]) if rows else None

    def count(self, filt: HistoryFilter = HistoryFilter()) -> int:
        """Sessions matching ``filt``."""
        where, params = filt.where()
        return int(self.store.query(f"SELECT COUNT(*) FROM sessions WHERE {where}", params)[0][0])

    def flagged(self, filt: HistoryFilter = HistoryFilter()) -> int:
        """Sessions matching ``filt`` that hold a value Companion never writes (shown, marked)."""
        where, params = filt.where()
        rows = self.store.query(  # the cheap net first: SQLite tests the terms in order
            f"SELECT {_COLUMNS} FROM sessions WHERE {_SUSPECT} AND {where}", params
        )
        ratings = self.store.ratings_for([r[0] for r in rows if isinstance(r[0], int)])
        return sum(1 for r in rows if record_from_row(r, ratings.get(r[0], ())).flagged)

    def rating_changes(self, filt: HistoryFilter = HistoryFilter()) -> list[RatingChange]:
        """Before → after of every item rated both ways, oldest session first.

        Only ratings Companion could have written (before/after, 0–10) count.
        """
        where, params = filt.where("s.")
        rows = self.store.query(
            f"SELECT s.id, {day_sql('s.')}, r.moment, r.item, r.value"
            f" FROM ratings r JOIN sessions s ON s.id = r.session_id WHERE {where}"
            f" AND {_RATING_OK} ORDER BY s.started_ts, s.id, r.id",
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
                current, day, group = session_id, _day(day_text), []
            group.append(Rating(moment, item, value))
        if current is not None:
            found += changes(current, day, group)
        return found

    def landings(self, filt: HistoryFilter = HistoryFilter()) -> list[Landing]:
        """Per track, how the music landed in the filter's sessions ("How did that land?"),
        the most answered first."""
        where, params = filt.where("s.")
        rows = self.store.query(
            "SELECT r.path, MAX(r.title), SUM(r.answer = 'calmer'), SUM(r.answer = 'same'),"
            " SUM(r.answer = 'unsettled') FROM track_responses r"
            f" JOIN sessions s ON s.id = r.session_id WHERE {where}"
            " GROUP BY r.path ORDER BY COUNT(*) DESC, MAX(r.title)",
            params,
        )
        return [Landing(str(title), int(c), int(n), int(u)) for _p, title, c, n, u in rows]

    def rating_count(self, filt: HistoryFilter = HistoryFilter()) -> int:
        """Ratings given in sessions matching ``filt``."""
        where, params = filt.where("s.")
        return int(
            self.store.query(
                f"SELECT COUNT(*) FROM ratings r JOIN sessions s ON s.id = r.session_id"
                f" WHERE {where} AND {_RATING_OK}",
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
            where += " AND (started_ts, id) < (?, ?)"  # a row value: the index is searched
            params += [after[0], after[1]]
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM sessions WHERE {where}"
            " ORDER BY started_ts DESC, id DESC LIMIT ?",
            [*params, limit],
        )
        ids = [r[0] for r in rows]
        ratings, responses = self.store.ratings_for(ids), self.store.responses_for(ids)
        records = [
            record_from_row(row, ratings.get(row[0], ()), responses.get(row[0], ())) for row in rows
        ]
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
                extra = " AND (started_ts, id) > (?, ?)"  # searched in the index, not scanned
                args += [last[0], last[1]]
            rows = self.store.query(
                f"SELECT {_COLUMNS} FROM sessions WHERE {where}{extra}"
                " ORDER BY started_ts, id LIMIT 2000",
                args,
            )
            if not rows:
                return
            ids = [r[0] for r in rows]
            ratings, responses = self.store.ratings_for(ids), self.store.responses_for(ids)
            for row in rows:
                yield record_from_row(row, ratings.get(row[0], ()), responses.get(row[0], ()))
            last = (rows[-1][9], rows[-1][0])

    def get(self, session_id: int) -> SessionRecord | None:
        """One session with its ratings."""
        rows = self.store.query(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            return None
        ratings = self.store.ratings_for([session_id]).get(session_id, ())
        responses = self.store.responses_for([session_id]).get(session_id, ())
        return record_from_row(rows[0], ratings, responses)

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

    def set_session_who(self, session_id: int, who: Who | None) -> None:
        """Record who did the session, or was there (None: not said)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET who = ?, updated_at = ? WHERE id = ?",
                (who.value if who else None, now_iso(), session_id),
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
            Note(_day(d), str(text), sid, str(activity))
            for sid, d, text, activity in self.store.query(  # a note first, then the days
                f"SELECT id, {DAY}, note, activity FROM sessions WHERE note != '' AND {where}"
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
                Note(_day(d), str(text))
                for d, text in self.store.query(
                    f"SELECT day, note FROM day_notes WHERE {' AND '.join(day_where)}",
                    day_params,
                )
            ]
        return sorted(found, key=lambda n: (n.day, n.session_id is not None))

    def delete_session(self, session_id: int) -> SessionRecord | None:
        """Remove one session and its ratings; returns what was removed (for an undo)."""
        removed = self.get(session_id)
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM ratings WHERE session_id = ?", (session_id,))
            for statement in _OBSERVER_OF_SESSION:
                conn.execute(statement, (session_id,))
            conn.execute("DELETE FROM track_responses WHERE session_id = ?", (session_id,))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return removed

    def restore_session(self, record: SessionRecord) -> int:
        """Put back a session :meth:`delete_session` removed (with its ratings and note)."""
        return self.store.add(replace(record, id=None))

    def delete_all(self) -> None:
        """Remove every session, rating, note, check-in, music answer, measured level and
        recorded voice, and scrub them from the file.

        ``secure_delete`` zeroes freed pages, VACUUM rebuilds the file and the WAL is
        truncated, so the deleted health data cannot be read back from the disk file.
        """
        self.store.query("PRAGMA secure_delete = ON")
        with self.store.transaction() as conn:
            for table in (
                "ratings",
                "track_responses",
                "sessions",
                "day_notes",
                "checkin_answers",
                "checkins",
                "track_levels",
                "recordings",
            ):
                conn.execute(f"DELETE FROM {table}")
            for table in _CARE_TABLES:
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM history_choices")
            conn.execute(_NEW_EXPORT_ID)  # later exports cannot be linked to the old ones
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
            flags: list[str] = []
            for block, item, value in self.store.query(
                "SELECT block, item, value FROM checkin_answers WHERE checkin_id = ?", (cid,)
            ):
                if block not in ("esas", "extra") or not rating_ok("before", item, value):
                    flags.append("answers")  # not a value Companion writes: left out of sums
                    continue
                (esas if block == "esas" else extra)[item] = value
            the_day = parse_day(day)
            taken = parse_moment(taken_at)
            person = who_of(who)
            for name, bad in (
                ("day", the_day is None),
                ("taken_at", taken is None),
                ("who", isinstance(person, Unknown)),
            ):
                if bad:
                    flags.append(name)
            the_day = the_day or (taken.date() if taken else _EPOCH_DAY)
            found.append(
                Checkin(
                    the_day,
                    taken or datetime.combine(the_day, datetime.min.time(), timezone.utc),
                    person if isinstance(person, Who) else None,
                    esas,
                    extra,
                    str(other or ""),
                    cid,
                    tuple(dict.fromkeys(flags)),
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


# The care team's side (services/care): removed with the sessions they belong to, and by
# "Delete all my data".
_OBSERVER_OF_SESSION = (
    "DELETE FROM observer_answers WHERE rating_id IN"
    " (SELECT id FROM observer_ratings WHERE session_id = ?)",
    "DELETE FROM observer_ratings WHERE session_id = ?",
)
_CARE_TABLES = ("observer_answers", "observer_ratings", "care_plan")
_NEW_EXPORT_ID = (
    "INSERT INTO history_choices (key, value) VALUES ('export_id', lower(hex(randomblob(16))))"
)


def answers(values: Mapping[str, int | None]) -> dict[str, int]:
    """Only the answered items of a form (unanswered ones are skipped, never guessed)."""
    return {k: int(v) for k, v in values.items() if v is not None}


def _day(text: object) -> date:
    """A day from SQL (see :func:`day_sql`); the Unix epoch's day for anything unreadable."""
    return parse_day(text) or _EPOCH_DAY


def _midnight_ts(day: date) -> float:
    return datetime.combine(day, datetime.min.time(), timezone.utc).timestamp()


def week_ago(day: date, weeks: int) -> date:
    """The first day of a span of ``weeks`` weeks ending on ``day``."""
    return day - timedelta(weeks=weeks) + timedelta(days=1)


@contextlib.contextmanager
def read_only(database: Path) -> Iterator[HistoryData]:
    """A read-only history on its own connection (one per thread), for the exports of the
    window and of ``companion export``: text that is not UTF-8 (damage, another program)
    is read with a replacement character instead of stopping the export."""
    conn = sqlite3.connect(sqlite_uri(database, mode="ro"), uri=True, isolation_level=None)
    conn.text_factory = lambda b: b.decode("utf-8", errors="replace")
    try:
        yield HistoryData(Store(conn, database, read_only="readonly"))
    finally:
        conn.close()
