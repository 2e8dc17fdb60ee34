"""Ratings by an observer in the history file: one row per set (who, when, around which
session), one row per answered item (NULL: "could not rate").

They are read and written here only, apart from the patient's own ratings: no query in this
module mixes the two, so nothing can average them together.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone

from companion.core.care.observer import OBSERVER_ITEMS, ObserverRating, clean_name
from companion.core.sessions import Who
from companion.services.store import Store

_MARGIN_S = 2 * 86400  # offsets stay within ±14 h: a wide margin lets taken_ts use its index
_CHUNK = 500  # under SQLite's bound-parameter limit


@dataclass(frozen=True)
class ObserverFilter:
    """Which observer ratings: an inclusive range of days (in each rating's own offset) and,
    optionally, only those around sessions of one activity."""

    first: date | None = None
    last: date | None = None
    activity: str | None = None

    def where(self) -> tuple[str, list[object]]:
        """A SQL condition on ``o`` (observer_ratings) and ``s`` (sessions, left-joined)."""
        clauses: list[str] = []
        params: list[object] = []
        if self.first is not None:
            clauses += ["o.taken_ts >= ?", "substr(o.taken_at, 1, 10) >= ?"]
            params += [_midnight_ts(self.first) - _MARGIN_S, self.first.isoformat()]
        if self.last is not None:
            clauses += ["o.taken_ts < ?", "substr(o.taken_at, 1, 10) <= ?"]
            params += [_midnight_ts(self.last) + _MARGIN_S, self.last.isoformat()]
        if self.activity is not None:
            clauses.append("s.activity = ?")
            params.append(self.activity)
        return (" AND ".join(clauses) or "1"), params


class ObserverData:
    """Observer ratings: add, replace around a session, list, count, delete."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, rating: ObserverRating) -> int:
        """Keep a rating set (an empty one is not kept: returns 0)."""
        if rating.empty:
            return 0
        with self.store.transaction() as conn:
            return self._insert(conn, rating)

    def set_for_session(self, rating: ObserverRating) -> int:
        """Replace the ``moment`` rating of ``rating.session_id`` (empty removes it)."""
        if rating.session_id is None:
            raise ValueError("a rating around a session names its session")
        with self.store.transaction() as conn:
            conn.execute(
                "DELETE FROM observer_ratings WHERE session_id = ? AND moment = ?",
                (rating.session_id, rating.moment),
            )
            return 0 if rating.empty else self._insert(conn, rating)

    def _insert(self, conn, rating: ObserverRating) -> int:  # type: ignore[no-untyped-def]
        cursor = conn.execute(
            "INSERT INTO observer_ratings (session_id, moment, taken_at, taken_ts, observer, name)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                rating.session_id,
                rating.moment,
                rating.taken_at.isoformat(timespec="seconds"),
                rating.taken_at.timestamp(),
                rating.observer.value,
                clean_name(rating.name),
            ),
        )
        rating_id = int(cursor.lastrowid or 0)
        conn.executemany(
            "INSERT INTO observer_answers (rating_id, item, value) VALUES (?, ?, ?)",
            [(rating_id, k, v) for k, v in rating.answers.items()],
        )
        return rating_id

    def delete(self, rating_id: int) -> None:
        """Remove one rating set."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM observer_answers WHERE rating_id = ?", (rating_id,))
            conn.execute("DELETE FROM observer_ratings WHERE id = ?", (rating_id,))

    def ratings(self, filt: ObserverFilter = ObserverFilter()) -> list[ObserverRating]:
        """Every matching rating set, oldest first."""
        return list(self.iter_ratings(filt))

    def iter_ratings(self, filt: ObserverFilter = ObserverFilter()) -> Iterator[ObserverRating]:
        """Every matching rating set, oldest first, read in pages (for exports)."""
        where, params = filt.where()
        last: tuple[float, int] | None = None
        while True:
            extra, args = "", list(params)
            if last is not None:
                extra = " AND (o.taken_ts > ? OR (o.taken_ts = ? AND o.id > ?))"
                args += [last[0], last[0], last[1]]
            rows = self.store.query(
                "SELECT o.id, o.session_id, o.moment, o.taken_at, o.observer, o.name, o.taken_ts,"
                " s.activity FROM observer_ratings o LEFT JOIN sessions s ON s.id = o.session_id"
                f" WHERE {where}{extra} ORDER BY o.taken_ts, o.id LIMIT 2000",
                args,
            )
            if not rows:
                return
            answers = self._answers([r[0] for r in rows])
            for rid, sid, moment, taken_at, observer, name, _ts, activity in rows:
                yield ObserverRating(
                    datetime.fromisoformat(taken_at),
                    Who(observer),
                    answers.get(rid, {}),
                    moment,
                    sid,
                    name,
                    rid,
                    activity or "",
                )
            last = (float(rows[-1][6]), int(rows[-1][0]))

    def for_sessions(self, ids: Iterable[int]) -> dict[int, list[ObserverRating]]:
        """The observer ratings around each of the sessions ``ids`` (before, then after)."""
        wanted = list(ids)
        found: dict[int, list[ObserverRating]] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.store.query(
                "SELECT o.id, o.session_id, o.moment, o.taken_at, o.observer, o.name, s.activity"
                " FROM observer_ratings o JOIN sessions s ON s.id = o.session_id"
                f" WHERE o.session_id IN ({marks}) ORDER BY o.session_id, o.moment DESC, o.id",
                chunk,
            )
            answers = self._answers([r[0] for r in rows])
            for rid, sid, moment, taken_at, observer, name, activity in rows:
                found.setdefault(sid, []).append(
                    ObserverRating(
                        datetime.fromisoformat(taken_at),
                        Who(observer),
                        answers.get(rid, {}),
                        moment,
                        sid,
                        name,
                        rid,
                        activity,
                    )
                )
        return found

    def count(self, filt: ObserverFilter = ObserverFilter()) -> int:
        """Matching rating sets."""
        where, params = filt.where()
        return int(
            self.store.query(
                "SELECT COUNT(*) FROM observer_ratings o"
                f" LEFT JOIN sessions s ON s.id = o.session_id WHERE {where}",
                params,
            )[0][0]
        )

    def _answers(self, ids: list[int]) -> dict[int, dict[str, int | None]]:
        found: dict[int, dict[str, int | None]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for rid, item, value in self.store.query(
                f"SELECT rating_id, item, value FROM observer_answers WHERE rating_id IN ({marks})",
                chunk,
            ):
                known = OBSERVER_ITEMS.get(item)
                if known is None or (value is not None and not 0 <= value <= known.maximum):
                    continue  # not an answer this version can hold: left out, never guessed
                found.setdefault(rid, {})[item] = value
        order = list(OBSERVER_ITEMS)  # the form's order, not the table's
        return {rid: dict(sorted(a.items(), key=lambda kv: order.index(kv[0])))
                for rid, a in found.items()}  # fmt: skip

    def last_observer(self) -> tuple[Who | None, str]:
        """Who rated last (and their name), to offer them again."""
        rows = self.store.query(
            "SELECT observer, name FROM observer_ratings ORDER BY taken_ts DESC, id DESC LIMIT 1"
        )
        return (Who(rows[0][0]), str(rows[0][1])) if rows else (None, "")


def _midnight_ts(day: date) -> float:
    return datetime.combine(day, datetime.min.time(), timezone.utc).timestamp()
