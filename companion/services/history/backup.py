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
ratings 0–10, rows that belong to something; see :mod:`.backup_checks`). The copy is then
brought to this version and copied into the history in one step, after the current history
has been kept beside it. A refused or failed restore leaves the current history as it was.
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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from companion.core.problems import Problem
from companion.services.history.backup_checks import (
    bad_values,
    broken_rules,
    count_rows,
    schema_differences,
)
from companion.services.safe_files import (
    PRIVATE_FILE,
    STDOUT,
    FileProblem,
    open_user_file,
    write_via_path,
)
from companion.services.store import (
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
            broken = broken_rules(conn)
            if broken is None:
                raise BackupError("damaged", name)
            bad = bad_values(conn, version, deadline) or broken  # ours name the row
            if bad:
                raise BackupError("bad-values", name, f"{len(bad)}, the first: {bad[0]}")
            return BackupSummary(
                version,
                int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]),
                count_rows(conn, "playlists") if version >= 2 else 0,
            )
        except sqlite3.DatabaseError as exc:
            if time.monotonic() > deadline:
                raise BackupError("too-slow", name) from exc
            log.info("backup %s refused: %s", name, exc)
            raise BackupError("damaged", name, str(exc)) from exc
    finally:
        conn.close()


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
    "restore",
]
