"""Backup and restore of all history as one file, with SQLite's online backup API.

A restore checks the chosen file first (a readable Companion history this version
understands) and keeps the current history aside before replacing it: nothing is lost.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from companion.services.paths import PRIVATE_FILE, make_private
from companion.services.store import SCHEMA_VERSION, Store, StoreError

REQUIRED_TABLES = {"sessions", "ratings"}


class BackupError(Exception):
    """The backup or restore could not be done; the message is for the user."""


def backup(database: Path, target: Path) -> None:
    """Copy the live database at ``database`` into ``target`` (owner-only), consistently."""
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.close(fd)
    try:
        with (
            contextlib.closing(sqlite3.connect(database)) as src,
            contextlib.closing(sqlite3.connect(tmp)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        os.replace(tmp, target)
        make_private(target)
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be written ({exc}).") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def check_backup(path: Path) -> int:
    """Raise BackupError unless ``path`` is a sound Companion history; return its session count."""
    if not path.is_file():
        raise BackupError(f"{path.name} is not a file.")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{path.name} is damaged, so it was not restored.")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables >= REQUIRED_TABLES or version < 1:
                raise BackupError(f"{path.name} is not a Companion history backup.")
            if version > SCHEMA_VERSION:
                raise BackupError(
                    f"{path.name} comes from a newer version of Companion; update Companion first."
                )
            return int(conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path.name} is not a Companion history backup ({exc}).") from exc


def restore(database: Path, source: Path) -> Path:
    """Replace the history at ``database`` with the backup ``source``.

    The current history is first copied aside beside it; that copy's path is returned.
    Open connections to ``database`` see the restored data (the backup API writes through
    SQLite's locks), and an older backup is migrated forward.
    """
    check_backup(source)
    kept = _unused(database.with_name(f"{database.name}.before-restore-{_stamp()}"))
    backup(database, kept)
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(database, timeout=5.0)) as dst,
        ):
            src.backup(dst)
        Store.open(database).close()  # migrate an older backup forward
    except (sqlite3.Error, StoreError) as exc:
        raise BackupError(f"The backup could not be restored ({exc}).") from exc
    return kept


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate
