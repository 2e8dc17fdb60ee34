"""Backup and restore of all history as one SQLite file.

A backup is a consistent copy made with SQLite's online backup API, written through
:func:`~companion.services.safe_files.write_via_path` (a fresh owner-only temporary file,
then one rename; ``-`` is standard output).

A restore trusts nothing in the chosen file. It is copied first to a private folder (the
checks and the restore use that copy, so the file cannot change under us), and accepted only
if, within a time limit: it is an intact SQLite file; its version is one Companion has
written; its schema is *exactly* the one Companion writes for that version (the same tables
with the same columns and indexes; no triggers, no views, nothing else); and every value in
it is one Companion writes (known activities and people, dates that parse, lengths ≥ 0,
ratings 0–10, rows that belong to something). The copy is then brought to this version and
copied into the history in one step, after the current history has been kept beside it. A
refused or failed restore leaves the current history as it was.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from companion.core.history.ratings import ITEMS
from companion.core.problems import Problem
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
from companion.services.safe_files import (
    PRIVATE_FILE,
    STDOUT,
    FileProblem,
    open_user_file,
    write_via_path,
)
from companion.services.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    StoreError,
    error_code,
    sqlite_uri,
)

log = logging.getLogger(__name__)

MAX_BACKUP_BYTES = 4 << 30  # years of sessions take a few MB
TIME_LIMIT_S = 60.0  # checking a big, honest history takes seconds
LOCK_WAIT_S = 5.0  # how long a copy waits for another program to let go of a database
SCRATCH = ".companion-restore-"  # the private folder a restore checks its copy in
STALE_SCRATCH_S = 3600.0  # a restore takes seconds: a folder this old was left by a kill
_SQLITE_HEADER = b"SQLite format 3\x00"
_CHUNK = 1 << 20


class BackupError(Exception):
    """The backup or restore could not be done: ``code`` says why, ``str()`` in English.

    Codes: ``not-sqlite``, ``damaged``, ``newer``, ``not-companion`` (the schema is not the
    one Companion writes; ``detail`` says what is different), ``bad-values`` (``detail``:
    how many and the first), ``too-slow``, ``write-failed``, or a
    :class:`~companion.services.safe_files.FileProblem` code (``missing``, ``not-a-file``,
    ``too-large``, ``no-room``…). ``kept`` is the copy of the current history made before a
    restore that then failed (the history itself is as it was).
    """

    def __init__(self, code: str, name: str, detail: str = "", kept: Path | None = None) -> None:
        self.code = code
        self.name = name
        self.detail = detail
        self.kept = kept
        text = _SENTENCES.get(code, "{0} could not be used ({1}).").format(name, detail)
        if kept is not None:
            text += f" Your history is as it was; a copy of it is also kept as {kept.name}."
        super().__init__(text)

    @property
    def problem(self) -> Problem:
        """The failure as a problem for the interface to put into words."""
        if self.kept is not None:
            return Problem("restore.kept", (self.code, self.name, self.detail, self.kept.name))
        return Problem(f"backup.{self.code}", (self.name, self.detail))


_SENTENCES = {
    "not-sqlite": "{0} is not a Companion history backup.",
    "not-companion": "{0} is not a backup Companion made (it holds {1}), so it was not restored.",
    "damaged": "{0} is damaged, so it was not restored.",
    "newer": "{0} comes from a newer version of Companion; update Companion first.",
    "bad-values": "{0} holds values Companion never writes ({1}), so it was not restored.",
    "too-slow": "Checking {0} took too long, so it was not restored.",
    "write-failed": "The backup could not be written to {0} ({1}).",
    "missing": "{0} does not exist.",
    "not-a-file": "{0} is not an ordinary file (a device or a pipe), so it was not read.",
    "folder": "{0} is a folder, not a backup file.",
    "too-large": "{0} is too large to be a Companion backup.",
    "no-room": "There is no room left on the disk for {0}.",
    "locked": "{0} is in use by another program or window of Companion; try again in a moment.",
    "denied": "You do not have permission to use {0}.",
    "read-only": "{0} is on a disk that cannot be written.",
}


@dataclass(frozen=True)
class BackupSummary:
    """What a checked backup holds."""

    version: int
    sessions: int
    playlists: int


# -- backup ----------------------------------------------------------------------------------


def backup(database: Path, target: os.PathLike[str] | str) -> None:
    """Copy the live history at ``database`` into ``target`` (owner-only), consistently."""
    name = _name(target)

    def make(path: Path) -> None:
        with (
            contextlib.closing(sqlite3.connect(sqlite_uri(database, mode="ro"), uri=True)) as src,
            contextlib.closing(sqlite3.connect(path)) as dst,
        ):
            copy_database(src, dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file

    try:
        write_via_path(target, make)
    except FileProblem as exc:
        raise BackupError(exc.code, exc.name, exc.detail) from exc
    except sqlite3.DatabaseError as exc:
        code = {"full": "no-room", "denied": "denied", "readonly": "read-only"}.get(
            error_code(exc), "write-failed"
        )
        raise BackupError(code, name, str(exc)) from exc


# -- checking --------------------------------------------------------------------------------


def check_backup(
    source: os.PathLike[str] | str, time_limit_s: float = TIME_LIMIT_S
) -> BackupSummary:
    """Check a backup file (see the module's note); raise :class:`BackupError` if refused."""
    with _private_copy(source, None) as copy:
        return _check(copy, _name(source), time.monotonic() + time_limit_s)


def restore(
    database: Path, source: os.PathLike[str] | str, time_limit_s: float = TIME_LIMIT_S
) -> tuple[Path, BackupSummary]:
    """Replace the history at ``database`` with the backup ``source``, once it is checked.

    Returns the copy of the previous history kept beside it, and what was restored. Open
    connections to ``database`` see the restored data (the backup API writes through
    SQLite's locks); an older backup is brought to this version first, on the copy.
    """
    name = _name(source)
    _sweep_leftovers(database)
    with _private_copy(source, database.parent) as copy:
        summary = _check(copy, name, time.monotonic() + time_limit_s)
        try:
            Store.open(copy).close()  # migrate the copy forward (never the user's file)
        except StoreError as exc:
            raise BackupError("write-failed", copy.name, str(exc)) from exc
        kept = _unused(database.with_name(f"{database.name}.before-restore-{_stamp()}"))
        backup(database, kept)
        try:
            with (
                contextlib.closing(sqlite3.connect(copy)) as src,
                contextlib.closing(sqlite3.connect(database, timeout=5.0)) as dst,
            ):
                copy_database(src, dst)  # one step: all of it, or (on failure) none of it
        except sqlite3.DatabaseError as exc:
            log.warning("restore of %s failed: %s", name, exc)
            code = {"full": "no-room", "locked": "locked"}.get(error_code(exc), "write-failed")
            raise BackupError(code, database.name, str(exc), kept=kept) from exc
    return kept, summary


_BUSY, _LOCKED = 5, 6  # SQLite's result codes for "another connection holds a lock"


def copy_database(
    src: sqlite3.Connection, dst: sqlite3.Connection, lock_wait_s: float = LOCK_WAIT_S
) -> None:
    """Copy ``src`` over ``dst`` with SQLite's backup API, in one step, waiting for locks.

    Python's ``Connection.backup`` retries a locked database for ever (a window of Companion
    that stays in a write would hang a restore); this gives up after ``lock_wait_s``.
    """
    deadline = time.monotonic() + lock_wait_s

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (_BUSY, _LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    src.backup(dst, progress=progress, sleep=0.05)


@contextlib.contextmanager
def _private_copy(source: os.PathLike[str] | str, near: Path | None) -> Iterator[Path]:
    """The backup copied into a private folder (0700; ``near`` the history, or the temp dir)."""
    name = _name(source)
    with tempfile.TemporaryDirectory(prefix=SCRATCH, dir=near) as scratch:
        copy = Path(scratch) / "backup.db"
        fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
        try:
            with os.fdopen(fd, "wb") as out:
                if os.fspath(source) == STDOUT:
                    _copy_limited(sys.stdin.buffer, out, name)
                else:
                    with open_user_file(source, MAX_BACKUP_BYTES) as handle:
                        _copy_limited(handle, out, name)
        except FileProblem as exc:
            raise BackupError(exc.code, name, exc.detail) from exc
        except OSError as exc:
            code = "no-room" if exc.errno == errno.ENOSPC else "write-failed"
            raise BackupError(code, name, str(exc)) from exc
        yield copy


def _sweep_leftovers(database: Path) -> None:
    """Remove what a restore killed midway left beside the history, once it is surely stale.

    Its private folder (a copy of the backup) and a half-written copy of the history.
    """
    patterns = (f"{SCRATCH}*", f".{database.name}.before-restore-*.tmp")
    with contextlib.suppress(OSError):
        for old in (p for pattern in patterns for p in database.parent.glob(pattern)):
            with contextlib.suppress(OSError):
                info = old.lstat()
                if time.time() - info.st_mtime < STALE_SCRATCH_S:
                    continue  # perhaps another window's restore, under way
                if stat.S_ISDIR(info.st_mode):
                    shutil.rmtree(old)
                elif stat.S_ISREG(info.st_mode):
                    old.unlink()
                log.info("removed %s, left by an interrupted restore", old.name)


def _copy_limited(source: BinaryIO, out: BinaryIO, name: str) -> None:
    copied = 0
    while chunk := source.read(_CHUNK):
        copied += len(chunk)
        if copied > MAX_BACKUP_BYTES:
            raise BackupError("too-large", name)
        out.write(chunk)


def _check(copy: Path, name: str, deadline: float) -> BackupSummary:
    """All the checks, on our private copy (see the module's note)."""
    with copy.open("rb") as head:
        if head.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
            raise BackupError("not-sqlite", name)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.text_factory = lambda b: b.decode("utf-8", errors="replace")
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")  # no functions run from its schema
            conn.execute("PRAGMA query_only = ON")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise BackupError("newer", name)
            if version < 1:
                raise BackupError("not-companion", name, "no Companion history")
            different = schema_differences(conn, version)
            if different:
                raise BackupError("not-companion", name, different[0])
            broken = _broken_rules(conn, name)
            bad = _bad_values(conn, version, deadline) or broken  # ours name the row
            if bad:
                raise BackupError("bad-values", name, f"{len(bad)}, the first: {bad[0]}")
            return BackupSummary(
                version,
                int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]),
                _count(conn, "playlists") if version >= 2 else 0,
            )
        except sqlite3.DatabaseError as exc:
            if time.monotonic() > deadline:
                raise BackupError("too-slow", name) from exc
            log.info("backup %s refused: %s", name, exc)
            raise BackupError("damaged", name, str(exc)) from exc
    finally:
        conn.close()


# What integrity_check says of a value that breaks a rule of the schema (a file written with
# the rule switched off), as opposed to damage to the file itself.
_RULE_BROKEN = ("CHECK constraint failed in ", "NULL value in ")


def _broken_rules(conn: sqlite3.Connection, name: str) -> list[str]:
    """Values that break the schema's own rules; raise ``damaged`` for anything else."""
    found = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(100)")]
    if found == ["ok"]:
        return []
    if not all(line.startswith(_RULE_BROKEN) for line in found):
        raise BackupError("damaged", name)
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


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


# Every value, table by table: what Companion writes (the same rules reading uses).
def _bad_values(conn: sqlite3.Connection, version: int, deadline: float) -> list[str]:
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


# -- names -----------------------------------------------------------------------------------


def _name(path: os.PathLike[str] | str) -> str:
    text = os.fspath(path)
    if text == STDOUT:
        return "standard input/output"
    return Path(text).name or text


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


__all__ = [
    "MAX_BACKUP_BYTES",
    "TIME_LIMIT_S",
    "BackupError",
    "BackupSummary",
    "backup",
    "check_backup",
    "copy_database",
    "expected_schema",
    "restore",
    "schema_differences",
]
