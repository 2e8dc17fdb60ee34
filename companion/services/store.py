"""The history store: one SQLite file, WAL mode, versioned schema, every write in a transaction.

A database that cannot be read is never deleted or overwritten: it is moved aside, the user
is told, and a fresh one is started.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

from companion.core.listen.responses import Answer, TrackResponse
from companion.core.problems import Problem
from companion.core.sessions import Activity, Rating, SessionRecord, session_from_row
from companion.services.paths import PRIVATE_FILE, make_private, move_aside, private_dir
from companion.services.safe_files import FileProblem, open_user_file

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
    # With the care team: their plan, ratings by an observer, an identity for FHIR exports.
    """
    CREATE TABLE care_plan (
        id          INTEGER PRIMARY KEY CHECK (id = 1),
        plan        TEXT NOT NULL,              -- JSON (core/care/plan.py)
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE observer_ratings (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
        moment      TEXT NOT NULL CHECK (moment IN ('before', 'after', 'alone')),
        taken_at    TEXT NOT NULL,              -- ISO 8601 with offset
        taken_ts    REAL NOT NULL,
        observer    TEXT NOT NULL CHECK (observer IN ('family', 'caregiver')),
        name        TEXT NOT NULL DEFAULT '',
        CHECK ((moment = 'alone') = (session_id IS NULL))
    );
    CREATE INDEX observer_ratings_taken ON observer_ratings (taken_ts);
    CREATE INDEX observer_ratings_session ON observer_ratings (session_id);
    CREATE TABLE observer_answers (
        rating_id   INTEGER NOT NULL REFERENCES observer_ratings (id) ON DELETE CASCADE,
        item        TEXT NOT NULL,
        value       INTEGER CHECK (value IS NULL OR value BETWEEN 0 AND 10),  -- NULL: not rated
        PRIMARY KEY (rating_id, item)
    );
    INSERT INTO history_choices (key, value) VALUES ('export_id', lower(hex(randomblob(16))))
    """,
    # Music: each file's loudness, measured once (again only when the file changes), and
    # how each track landed ("How did that land?"), kept with its listening session.
    """
    CREATE TABLE track_levels (
        path        NOT NULL PRIMARY KEY,       -- TEXT, or BLOB for a name that is not UTF-8
        size        INTEGER NOT NULL,           -- the file as it was measured
        mtime_ns    INTEGER NOT NULL,
        lufs        REAL,                       -- integrated loudness (NULL: not known)
        silent      INTEGER NOT NULL DEFAULT 0 CHECK (silent IN (0, 1)),
        peak        REAL,                       -- sample peak, 1 = full scale
        source      TEXT NOT NULL CHECK (source IN ('tag', 'measured', 'failed')),
        onsets_per_s REAL,                      -- energy, for the calm-ward order
        brightness_hz REAL,
        measured_at TEXT NOT NULL
    );
    CREATE TABLE track_responses (
        id          INTEGER PRIMARY KEY,
        session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        path        NOT NULL,                   -- as playlist_tracks.path
        title       TEXT NOT NULL,
        answer      TEXT NOT NULL CHECK (answer IN ('calmer', 'same', 'unsettled')),
        answered_at TEXT NOT NULL
    );
    CREATE INDEX track_responses_session ON track_responses (session_id);
    CREATE INDEX track_responses_path ON track_responses (path, answer);
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
    """An expected failure, not a bug: ``code`` says which, ``str()`` says it in English.

    Codes: ``full`` (the disk is full), ``locked`` (another program holds the file),
    ``readonly`` (the disk or file cannot be written), ``denied`` (no permission),
    ``damaged`` (part of the file is damaged), ``newer`` (written by a newer Companion: read,
    never written), ``other``. The interface words :attr:`problem`.
    """

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code if code in _SENTENCES else "other"
        self.detail = detail
        sentence = _SENTENCES[self.code]
        if self.code == "other":
            sentence += f" ({detail})." if detail else "."
        super().__init__(sentence)

    @property
    def problem(self) -> Problem:
        """The failure as a problem for the interface to put into words."""
        return Problem(f"store.{self.code}", (self.detail,))


_SENTENCES = {
    "full": "The disk is full, so history could not be saved. Free some space.",
    "locked": "History is busy in another program or window; try again in a moment.",
    "readonly": "History is read-only here, so this session could not be saved.",
    "denied": "Companion is not allowed to open its history file (check its permissions).",
    "damaged": (
        "Part of your history file is damaged, so it could not be read or saved. "
        "Sessions still run; if you have a backup, History → Restore… brings it back."
    ),
    "newer": (
        "Your history was written by a newer version of Companion: it is shown, but new "
        "sessions are not saved until Companion is updated."
    ),
    "other": "History could not be opened or saved",
}


class Store:
    """Session history in SQLite.

    Use :meth:`open`; ``notices`` then holds :class:`Problem` s for the user about any repair
    made. ``read_only`` names why writing is refused (``newer``), or is empty.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: str = "") -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.notices: list[Problem] = []
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
        """Open (creating or migrating) the database at ``path``.

        A file is moved aside only when it is proven not to be a readable Companion
        history: not SQLite at all (or not a file), damaged inside, or someone else's
        database. Everything else (a full disk, a lock held by another program, no
        permission, a read-only disk) raises :class:`StoreError` and leaves the file where
        it is. A history from a newer Companion is opened read-only.
        """
        try:
            private_dir(path.parent)
        except OSError as exc:
            raise StoreError(_os_code(exc), exc.strerror or str(exc)) from exc
        notices: list[Problem] = []
        verdict = _look_at(path)
        if verdict != "ok":
            log.warning("history database %s is not a database (%s)", path, verdict)
            notices.append(Problem("store.set-aside", (_move_db_aside(path, "unreadable").name,)))
        try:
            store = cls._connect(path)
        except (_NotOurs, StoreError) as exc:
            if isinstance(exc, StoreError) and exc.code in ("denied", "other"):
                if _read_only_disk(path):
                    raise StoreError("readonly", exc.detail) from exc
                if _disk_full(path):  # SQLite says "disk I/O error" when -shm cannot grow
                    raise StoreError("full", exc.detail) from exc
            if isinstance(exc, StoreError) and exc.code != "damaged":
                raise  # full, locked, denied…: the file stays where it is, untouched
            log.warning("history database %s unusable: %s", path, exc)
            notices.append(Problem("store.set-aside", (_move_db_aside(path, "unreadable").name,)))
            store = cls._connect(path)
        except _NewerSchema as exc:
            log.warning("history database %s: %s", path, exc)
            store = cls._connect(path, read_only="newer")
            notices.append(Problem("store.newer", (str(exc.version), str(SCHEMA_VERSION))))
        if not store.read_only and not _writable(path):  # shown, but never written
            store.read_only = "readonly"
            store.query("PRAGMA query_only = ON")
            notices.append(Problem("store.readonly"))
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
    def _connect(cls, path: Path, read_only: str = "") -> Store:
        try:
            if not path.exists():
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
                os.close(fd)
            conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        except OSError as exc:
            raise StoreError(_os_code(exc), exc.strerror or str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            raise _classified(exc) from exc
        try:
            try:
                conn.execute("PRAGMA foreign_keys = ON")
                if not read_only:
                    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                    if mode != "wal":
                        log.info("journal mode is %s, not wal", mode)
                    conn.execute("PRAGMA synchronous = NORMAL")
                else:
                    conn.execute("PRAGMA query_only = ON")
            except sqlite3.DatabaseError as exc:
                raise _classified(exc) from exc
            store = cls(conn, path, read_only)
            if not read_only:
                store._migrate()
        except BaseException:
            conn.close()
            raise
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):  # a read-only disk: nothing to change there
                make_private(Path(f"{path}{suffix}"))
        return store

    def _migrate(self) -> None:
        """Forward migrations, each in its own transaction (a failure keeps the last version)."""
        try:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                objects = self._conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
                if objects:  # a database, but someone else's: never write ours into it
                    raise _NotOurs(f"version 0 with {objects} objects of another program")
        except sqlite3.DatabaseError as exc:
            raise _classified(exc) from exc
        if version > SCHEMA_VERSION:
            raise _NewerSchema(version)
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction(notify=False):
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
        return int(self.query("PRAGMA user_version")[0][0])

    @contextlib.contextmanager
    def transaction(self, notify: bool = True) -> Iterator[sqlite3.Connection]:
        """Run the block in one transaction; expected SQLite failures become StoreError.

        Listeners (see :meth:`subscribe`) hear of it once it is committed.
        """
        if self.read_only:
            raise StoreError(self.read_only)
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
            raise _classified(exc) from exc
        if notify:
            self.changed()

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Run a read-only query outside any transaction and return all its rows."""
        try:
            return self._conn.execute(sql, params).fetchall()
        except _EXPECTED as exc:
            if not _expected(exc):
                raise
            raise _classified(exc) from exc

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

    def update_progress(
        self, session_id: int, duration_s: float, completed: bool, item: str | None = None
    ) -> None:
        """Record how far a session has got (a checkpoint, or its end), and what it has become
        (``item``: a breathing lead's pace so far) when that changed."""
        with self.transaction() as conn:
            conn.execute(
                "UPDATE sessions SET duration_s = ?, completed = ?, updated_at = ? WHERE id = ?",
                (duration_s, int(completed), now_iso(), session_id),
            )
            if item is not None:
                conn.execute("UPDATE sessions SET item = ? WHERE id = ?", (item, session_id))

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
        rows = self.query(
            "SELECT id, activity, item, started_at, duration_s, planned_s, completed, who, note,"
            f" started_ts FROM sessions {where} ORDER BY started_ts DESC, id DESC",
            params,
        )
        ids = [row[0] for row in rows]
        ratings, responses = self.ratings_for(ids), self.responses_for(ids)
        return [
            record_from_row(row, ratings.get(row[0], ()), responses.get(row[0], ())) for row in rows
        ]

    def count(self) -> int:
        """Number of sessions stored."""
        return int(self.query("SELECT COUNT(*) FROM sessions")[0][0])

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

    def responses_for(self, ids: list[int]) -> dict[int, tuple[TrackResponse, ...]]:
        """How the tracks of the sessions ``ids`` landed, by session id, in answer order."""
        found: dict[int, list[TrackResponse]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for session_id, title, answer in self.query(
                "SELECT session_id, title, answer FROM track_responses"
                f" WHERE session_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                if answer not in _ANSWERS or not isinstance(title, str):
                    continue  # a value Companion never writes (another program, damage)
                found.setdefault(session_id, []).append(TrackResponse(title, Answer(answer)))
        return {key: tuple(value) for key, value in found.items()}


_ANSWERS = frozenset(a.value for a in Answer)


class _NewerSchema(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"schema {version}, this version knows {SCHEMA_VERSION}")
        self.version = version


class _NotOurs(Exception):
    """Proven not a readable Companion history: it may be moved aside."""


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def record_from_row(
    row: Sequence[object], ratings: tuple[Rating, ...], responses: tuple[TrackResponse, ...] = ()
) -> SessionRecord:
    """A session record from a ``sessions`` row, its ratings and its tracks' answers (never
    raises on odd values).

    The row holds id, activity, item, started_at, duration_s, planned_s, completed, who, note,
    and optionally started_ts (the stand-in time for a date that cannot be read).
    """
    return session_from_row(row, ratings, responses)


def sqlite_uri(path: os.PathLike[str] | str, **params: str) -> str:
    """An SQLite ``file:`` URI for ``path`` (``#``, ``?`` and ``%`` in names are escaped)."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{quote(os.fspath(Path(path).absolute()))}" + (f"?{query}" if query else "")


def now_iso() -> str:
    """Now in UTC, to the second, as the tables keep their ``updated_at`` times."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _move_db_aside(path: Path, reason: str) -> Path:
    try:
        kept = move_aside(path, reason)
        for suffix in ("-wal", "-shm"):
            companion_file = Path(f"{path}{suffix}")
            if companion_file.exists():
                companion_file.rename(Path(f"{kept}{suffix}"))
    except OSError as exc:  # a read-only disk: it stays, and nothing can be saved beside it
        raise StoreError(_os_code(exc), exc.strerror or str(exc)) from exc
    return kept


_EXPECTED = sqlite3.DatabaseError


def _expected(exc: sqlite3.DatabaseError) -> bool:
    """Disk full, locked, read-only, damaged: not constraint or programming errors (bugs)."""
    return type(exc) in (sqlite3.OperationalError, sqlite3.DatabaseError)


# SQLite's primary result codes (https://sqlite.org/rescode.html), by what they mean here.
_CODES = {
    3: "denied",  # SQLITE_PERM
    5: "locked",  # SQLITE_BUSY
    6: "locked",  # SQLITE_LOCKED
    8: "readonly",  # SQLITE_READONLY
    11: "damaged",  # SQLITE_CORRUPT
    13: "full",  # SQLITE_FULL
    14: "denied",  # SQLITE_CANTOPEN
    23: "denied",  # SQLITE_AUTH
    26: "damaged",  # SQLITE_NOTADB
}


def error_code(exc: sqlite3.DatabaseError) -> str:
    """What an SQLite failure means for the user: a :class:`StoreError` code."""
    number = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if isinstance(number, int) and (number & 0xFF) in _CODES:
        return _CODES[number & 0xFF]
    text = str(exc).lower()
    for words, code in (
        (("malformed", "not a database"), "damaged"),
        (("full",), "full"),
        (("locked", "busy"), "locked"),
        (("readonly", "read-only"), "readonly"),
        (("unable to open", "permission"), "denied"),
    ):
        if any(w in text for w in words):
            return code
    return "other"


def _classified(exc: sqlite3.DatabaseError) -> StoreError:
    """The :class:`StoreError` for an expected SQLite failure."""
    code = error_code(exc)
    log.info("history: %s (%s)", exc, code)
    return StoreError(code, str(exc))


def _os_code(exc: OSError) -> str:
    return {
        errno.ENOSPC: "full",
        errno.EDQUOT: "full",
        errno.EROFS: "readonly",
        errno.EACCES: "denied",
        errno.EPERM: "denied",
    }.get(exc.errno or 0, "other")


def _read_only_disk(path: Path) -> bool:
    """Whether ``path``'s folder is on a file system mounted read-only."""
    try:
        return bool(os.statvfs(path.parent).f_flag & getattr(os, "ST_RDONLY", 1))
    except (OSError, AttributeError):  # no statvfs (Windows): say "denied", as SQLite did
        return False


def _writable(path: Path) -> bool:
    """Whether we may write the file and its folder (as the user we run as)."""
    effective = os.access in os.supports_effective_ids
    return all(os.access(p, os.W_OK, effective_ids=effective) for p in (path, path.parent))


def _disk_full(path: Path) -> bool:
    """Whether ``path``'s folder has (almost) no room left."""
    try:
        info = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return False
    return info.f_bavail * info.f_frsize < 64 * 1024


def _look_at(path: Path) -> str:
    """``ok`` (absent, empty, or an SQLite file), or why it is proven not to be a database."""
    try:
        with open_user_file(path, 1 << 62) as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except FileProblem as exc:
        if exc.code == "missing":
            return "ok"
        if exc.code in ("not-a-file", "folder"):
            return exc.code  # a FIFO would hang SQLite; /dev/zero is endless zeros
        raise StoreError(_os_code(exc), str(exc)) from exc
    return "ok" if not header or header == _SQLITE_HEADER else "not SQLite"


_SQLITE_HEADER = b"SQLite format 3\x00"
