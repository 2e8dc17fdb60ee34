"""What a backup must be to be restored: exactly Companion's schema, and only its values.

The schema Companion writes at each version is built from the migrations themselves
(:func:`expected_schema`), so a new migration needs nothing here; any object more, less or
different (a trigger, a view, a column, an index) is named by :func:`schema_differences`.
Values are checked row by row with the rules reading uses (:mod:`companion.core.sessions`),
plus the schema's own CHECK rules and foreign keys.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

from companion.core.history.ratings import ITEMS
from companion.core.sessions import (
    SESSION_FIELDS,
    Who,
    is_length,
    parse_day,
    parse_moment,
    rating_ok,
    session_problems,
    who_of,
)
from companion.services.store import MIGRATIONS

# What integrity_check says of a value that breaks a rule of the schema (a file written with
# the rule switched off), as opposed to damage to the file itself.
_RULE_BROKEN = ("CHECK constraint failed in ", "NULL value in ")


def broken_rules(conn: sqlite3.Connection) -> list[str] | None:
    """Values that break the schema's own rules (empty: none); None if the file is damaged."""
    found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(100)")]
    if found == ["ok"]:
        return []
    if not all(line.startswith(_RULE_BROKEN) for line in found):
        return None
    return [_rule_words(line) for line in found]


def _rule_words(line: str) -> str:
    if line.startswith(_RULE_BROKEN[0]):
        return f"{line.removeprefix(_RULE_BROKEN[0])}: a value outside its allowed range"
    return f"{line.removeprefix(_RULE_BROKEN[1])}: no value"


def expected_schema(version: int) -> set[tuple[str, str, str, str]]:
    """The schema Companion writes at ``version``: (type, name, table, SQL) of every object."""
    conn = sqlite3.connect(":memory:")
    try:
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        return _schema(conn)
    finally:
        conn.close()


def schema_differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What in ``conn``'s schema differs from Companion's at ``version`` (empty: none)."""
    found, wanted = _schema(conn), expected_schema(version)
    differences = []
    for kind, obj, table, _sql in sorted(found - wanted):
        same_name = any(w[1] == obj and w[0] == kind for w in wanted)
        if kind == "table" and same_name:
            differences.append(f"a table {obj} with other columns")
        elif kind == "index" and same_name:
            differences.append(f"an index {obj} that is not Companion's")
        else:
            article = "an" if kind[0] in "aeiou" else "a"
            differences.append(f"{article} {kind} {obj} on {table}" if kind != "table" else
                               f"a table {obj}")  # fmt: skip
    missing = {w[1] for w in wanted} - {f[1] for f in found}
    differences += [f"no {obj}" for obj in sorted(missing)]
    return differences


def _schema(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    return {
        (str(kind), str(name), str(table), " ".join(str(sql or "").split()))
        for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        )
    }


def count_rows(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


# Every value, table by table: what Companion writes (the same rules reading uses).
def bad_values(conn: sqlite3.Connection, version: int, deadline: float) -> list[str]:
    bad: list[str] = []
    checks: list[tuple[str, str, Callable[..., list[str]]]] = [
        ("sessions", ", ".join((*SESSION_FIELDS, "started_ts", "updated_at")), _session_bad),
        ("ratings", "id, session_id, moment, item, value", _rating_bad),
    ]
    if version >= 2:
        checks += [
            ("playlists", "id, name, created_at, bundled", _playlist_bad),
            ("playlist_tracks", "id, playlist_id, position, path, title, artist, duration_s",
             _track_bad),
        ]  # fmt: skip
    if version >= 3:
        checks += [
            ("day_notes", "day, note, updated_at", _day_note_bad),
            ("checkins", "id, day, taken_at, who, other_problem", _checkin_bad),
            ("checkin_answers", "checkin_id, block, item, value", _answer_bad),
            ("history_choices", "key, value", _choice_bad),
        ]
    for table, columns, rule in checks:
        for n, row in enumerate(conn.execute(f"SELECT {columns} FROM {table}")):
            if n % 1000 == 0 and time.monotonic() > deadline:
                raise sqlite3.OperationalError("interrupted")
            for field in rule(*row):
                bad.append(f"{table} row {row[0]!r}: {field}")
                if len(bad) >= 100:
                    return bad
    orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
    bad += [f"{table} row {rowid}: belongs to nothing" for table, rowid, *_ in orphans[:10]]
    return bad


def _session_bad(*row: object) -> list[str]:
    values = dict(zip(SESSION_FIELDS, row, strict=False))
    bad = session_problems(values)
    started_ts, updated_at = row[len(SESSION_FIELDS) :]
    if not isinstance(started_ts, (int, float)) or isinstance(started_ts, bool):
        bad.append("started_ts")
    if parse_moment(updated_at) is None:
        bad.append("updated_at")
    return bad


def _rating_bad(
    _id: object, session_id: object, moment: object, item: object, value: object
) -> list[str]:
    bad = [] if rating_ok(moment, item, value) and item in ITEMS else ["rating"]
    return bad + ([] if isinstance(session_id, int) else ["session_id"])


def _playlist_bad(_id: object, name: object, created_at: object, bundled: object) -> list[str]:
    bad = [] if isinstance(name, str) and name.strip() else ["name"]
    bad += [] if isinstance(created_at, str) else ["created_at"]
    return bad + ([] if bundled in (0, 1) and isinstance(bundled, int) else ["bundled"])


def _track_bad(
    _id: object,
    playlist_id: object,
    position: object,
    path: object,
    title: object,
    artist: object,
    duration_s: object,
) -> list[str]:
    bad = [] if isinstance(playlist_id, int) and isinstance(position, int) else ["position"]
    bad += [] if isinstance(path, (str, bytes)) and path else ["path"]
    bad += [n for n, v in (("title", title), ("artist", artist)) if not _optional_text(v)]
    return bad + ([] if duration_s is None or is_length(duration_s) else ["duration_s"])


def _day_note_bad(day: object, note: object, updated_at: object) -> list[str]:
    bad = [] if parse_day(day) is not None else ["day"]
    return bad + ([] if isinstance(note, str) and isinstance(updated_at, str) else ["note"])


def _checkin_bad(
    _id: object, day: object, taken_at: object, who: object, other_problem: object
) -> list[str]:
    bad = [] if parse_day(day) is not None else ["day"]
    bad += [] if parse_moment(taken_at) is not None else ["taken_at"]
    bad += [] if who is None or isinstance(who_of(who), Who) else ["who"]
    return bad + ([] if isinstance(other_problem, str) else ["other_problem"])


def _answer_bad(checkin_id: object, block: object, item: object, value: object) -> list[str]:
    ok = block in ("esas", "extra") and rating_ok("before", item, value)
    ok = ok and (item in ITEMS or item == "other") and isinstance(checkin_id, int)
    return [] if ok else ["answer"]


def _choice_bad(key: object, value: object) -> list[str]:
    return [] if isinstance(key, str) and isinstance(value, str) else ["choice"]


def _optional_text(value: object) -> bool:
    return value is None or isinstance(value, str)


__all__ = ["bad_values", "broken_rules", "count_rows", "expected_schema", "schema_differences"]
