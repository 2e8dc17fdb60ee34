"""The history store: one SQLite file, WAL mode, versioned schema, every write in a transaction.

A database that cannot be read is never deleted or overwritten: it is moved aside, the user
is told, and a fresh one is started.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from companion.core.sessions import Activity, Rating, SessionRecord, Who
from companion.services.paths import make_private, move_aside, private_dir

log = logging.getLogger(__name__)

# Each entry moves the schema from version i to i + 1. Never edit a released entry: append.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE sessions (
        id          INTEGER PRIMARY KEY,
        activity    TEXT NOT NULL,
        item        TEXT NOT NULL,
        started_at  TEXT NOT NULL,              -- ISO 8601 with offset, as the user lived it
        started_ts  REAL NOT NULL,              -- the same instant as Unix time, for sorting
        duration_s  REAL NOT NULL DEFAULT 0,
        planned_s   REAL,                       -- NULL: open-ended
        completed   INTEGER NOT NULL DEFAULT 0 CHECK (completed IN (0, 1)),
        who         TEXT,
        note        TEXT NOT NULL DEFAULT '',
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX sessions_started ON sessions (started_ts);
    CREATE TABLE ratings (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        moment      TEXT NOT NULL CHECK (moment IN ('before', 'after')),
        item        TEXT NOT NULL,
        value       INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10)
    );
    CREATE INDEX ratings_session ON ratings (session_id);
    """,
    """
    CREATE TABLE playlists (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at  TEXT NOT NULL,
        bundled     INTEGER NOT NULL DEFAULT 0 CHECK (bundled IN (0, 1))
    );
    CREATE TABLE playlist_tracks (
        id          INTEGER PRIMARY KEY,
        playlist_id INTEGER NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
        position    INTEGER NOT NULL,
        path        NOT NULL,                   -- TEXT, or BLOB for a name that is not UTF-8
        title       TEXT,
        artist      TEXT,
        duration_s  REAL,
        UNIQUE (playlist_id, position)
    );
    """,
    # History for caregivers: per-day lookups, notes for a day, daily check-ins, choices.
    """
    CREATE INDEX sessions_day ON sessions (substr(started_at, 1, 10));
    CREATE INDEX sessions_activity ON sessions (activity, started_ts);
    CREATE TABLE day_notes (
        day         TEXT PRIMARY KEY,           -- YYYY-MM-DD, the day as the user lived it
        note        TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE checkins (
        id          INTEGER PRIMARY KEY,
        day         TEXT NOT NULL,
        taken_at    TEXT NOT NULL,              -- ISO 8601 with offset
        who         TEXT,
        other_problem TEXT NOT NULL DEFAULT ''  -- the name written on ESAS-r's free line
    );
    CREATE INDEX checkins_day ON checkins (day);
    CREATE TABLE checkin_answers (
        checkin_id  INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
        block       TEXT NOT NULL CHECK (block IN ('esas', 'extra')),
        item        TEXT NOT NULL,
        value       INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        PRIMARY KEY (checkin_id, item)
    );
    CREATE TABLE history_choices (
        key         TEXT PRIMARY KEY,
        value       TEXT NOT NULL
    );
    """,
    # A loved one's voice: script lines, cues and messages, recorded (personal data: it lives
    # here so it is private, in every backup, and gone with "delete all my data").
    """
    CREATE TABLE recordings (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('line', 'cue', 'message')),
        script      TEXT NOT NULL DEFAULT '',   -- the script a line belongs to
        words       TEXT NOT NULL,              -- what is said: the sentence, cue or title
        who         TEXT NOT NULL DEFAULT '',   -- whose voice it is ("Anna")
        wav         BLOB NOT NULL,              -- 16-bit mono WAV, trimmed and levelled
        seconds     REAL NOT NULL,
        recorded_at TEXT NOT NULL,              -- ISO 8601 with offset
        UNIQUE (kind, script, words)
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """An expected failure (disk full, locked, unreadable); the message is for the user."""


class Store:
    """Session history in SQLite.

    Use :meth:`open`; ``notices`` then holds sentences for the user about any repair made.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self.path = path
        self.notices: list[str] = []
        self._listeners: list[Callable[[], object]] = []

    def subscribe(self, listener: Callable[[], object]) -> None:
        """Call ``listener()`` after every write that was committed (views refresh on it)."""
        self._listeners.append(listener)

    def changed(self) -> None:
        """Tell the listeners that the history changed (also after a restore, from outside)."""
        for listener in list(self._listeners):
            listener()

    # -- opening -----------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating or migrating) the database at ``path``."""
        private_dir(path.parent)
        notices: list[str] = []
        try:
            store = cls._connect(path)
        except sqlite3.DatabaseError as exc:
            log.warning("history database %s unreadable: %s", path, exc)
            kept = _move_db_aside(path, "unreadable")
            notices.append(
                "Your history file could not be read, so a new one was started. "
                f"The old file is kept as {kept.name}; nothing was deleted. "
                "If you have a backup, History → Restore… brings your sessions back."
            )
            store = cls._connect(path)
        except _NewerSchema as exc:
            kept = _move_db_aside(path, "newer")
            notices.append(
                f"Your history was written by a newer version of Companion ({exc}). It is kept "
                f"as {kept.name}; a new history was started. Update Companion to see it again."
            )
            store = cls._connect(path)
        store.notices = notices
        return store

    @classmethod
    def in_memory(cls) -> Store:
        """A throw-away store (tests, or when the disk is unusable)."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        store = cls(conn, None)
        store._migrate()
        return store

    @classmethod
    def _connect(cls, path: Path) -> Store:
        if not path.exists():
            path.touch(mode=0o600)
        conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                log.info("journal mode is %s, not wal", mode)
            conn.execute("PRAGMA synchronous = NORMAL")
            store = cls(conn, path)
            store._migrate()
        except BaseException:
            conn.close()
            raise
        for suffix in ("", "-wal", "-shm"):
            make_private(Path(f"{path}{suffix}"))
        return store

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise _NewerSchema(f"schema {version}, this version knows {SCHEMA_VERSION}")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in _statements(MIGRATIONS[target - 1]):
                    self._conn.execute(statement)
                self._conn.execute(f"PRAGMA user_version = {target}")
            log.info("history schema migrated to version %d", target)

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the main file)."""
        self._conn.close()

    @property
    def schema_version(self) -> int:
        """The schema version recorded in the file."""
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction; expected SQLite failures become StoreError.

        Listeners (see :meth:`subscribe`) hear of it once it is committed.
        """
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except _EXPECTED as exc:
            if not _expected(exc):
                raise
            raise StoreError(_friendly(exc)) from exc
        self.changed()

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Run a read-only query outside any transaction and return all its rows."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except _EXPECTED as exc:
            if not _expected(exc):
                raise
            raise StoreError(_friendly(exc)) from exc

    # -- sessions ----------------------------------------------------------------------

    def add(self, record: SessionRecord) -> int:
        """Insert a session (and its ratings); sets and returns ``record.id``."""
        with self.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
                " planned_s, completed, who, note, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.activity.value,
                    record.item,
                    record.started_at.isoformat(timespec="seconds"),
                    record.started_at.timestamp(),
                    record.duration_s,
                    record.planned_s,
                    int(record.completed),
                    record.who.value if record.who else None,
                    record.note,
                    now_iso(),
                ),
            )
            session_id = int(cursor.lastrowid or 0)
            conn.executemany(
                "INSERT INTO ratings (session_id, moment, item, value) VALUES (?, ?, ?, ?)",
                [(session_id, r.when, r.item, r.value) for r in record.ratings],
            )
        record.id = session_id
        return session_id

    def update_progress(self, session_id: int, duration_s: float, completed: bool) -> None:
        """Record how far a session has got (a checkpoint, or its end)."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET duration_s = ?, completed = ?, updated_at = ? WHERE id = ?",
                (duration_s, int(completed), now_iso(), session_id),
            )

    def sessions(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        activity: Activity | None = None,
    ) -> list[SessionRecord]:
        """Sessions started in ``[since, until)``, newest first."""
        clauses: list[str] = []
        params: list[float | str] = []
        if since is not None:
            clauses.append("started_ts >= ?")
            params.append(since.timestamp())
        if until is not None:
            clauses.append("started_ts < ?")
            params.append(until.timestamp())
        if activity is not None:
            clauses.append("activity = ?")
            params.append(activity.value)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._conn.execute(
            "SELECT id, activity, item, started_at, duration_s, planned_s, completed, who, note"
            f" FROM sessions {where} ORDER BY started_ts DESC, id DESC",
            params,
        ).fetchall()
        ratings = self.ratings_for([row[0] for row in rows])
        return [record_from_row(row, ratings.get(row[0], ())) for row in rows]

    def count(self) -> int:
        """Number of sessions stored."""
        return int(self._conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0])

    def ratings_for(self, ids: list[int]) -> dict[int, tuple[Rating, ...]]:
        """The ratings of the sessions ``ids``, by session id, in the order they were given."""
        found: dict[int, list[Rating]] = {}
        for start in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for session_id, moment, item, value in self.query(
                "SELECT session_id, moment, item, value FROM ratings"
                f" WHERE session_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                found.setdefault(session_id, []).append(Rating(moment, item, value))
        return {key: tuple(value) for key, value in found.items()}


class _NewerSchema(Exception):
    pass


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def record_from_row(row: tuple, ratings: tuple[Rating, ...]) -> SessionRecord:
    """A session record from a ``sessions`` row and its ratings.

    The row holds id, activity, item, started_at, duration_s, planned_s, completed, who, note.
    """
    session_id, activity, item, started_at, duration_s, planned_s, completed, who, note = row
    return SessionRecord(
        id=session_id,
        activity=Activity(activity),
        item=item,
        started_at=datetime.fromisoformat(started_at),
        duration_s=duration_s,
        planned_s=planned_s,
        completed=bool(completed),
        who=Who(who) if who else None,
        note=note,
        ratings=ratings,
    )


def now_iso() -> str:
    """Now in UTC, to the second, as the tables keep their ``updated_at`` times."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _move_db_aside(path: Path, reason: str) -> Path:
    kept = move_aside(path, reason)
    for suffix in ("-wal", "-shm"):
        companion_file = Path(f"{path}{suffix}")
        if companion_file.exists():
            companion_file.rename(Path(f"{kept}{suffix}"))
    return kept


_EXPECTED = sqlite3.DatabaseError


def _expected(exc: sqlite3.DatabaseError) -> bool:
    """Disk full, locked, read-only, damaged: not constraint or programming errors (bugs)."""
    return type(exc) in (sqlite3.OperationalError, sqlite3.DatabaseError)


def _friendly(exc: sqlite3.DatabaseError) -> str:
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text:
        return (
            "Part of your history file is damaged, so it could not be read or saved. "
            "Sessions still run; if you have a backup, History → Restore… brings it back."
        )
    if "full" in text:
        return "The disk is full, so history could not be saved. Free some space."
    if "locked" in text or "busy" in text:
        return "History is busy in another window of Companion; try again in a moment."
    if "readonly" in text or "read-only" in text:
        return "History is read-only here, so this session could not be saved."
    return f"History could not be saved ({exc})."
