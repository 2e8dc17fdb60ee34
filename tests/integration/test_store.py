"""The history store on a real SQLite file: schema, migrations, damage, partial sessions."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.problems import Problem
from companion.core.sessions import Activity, Rating, SessionRecord, Who
from companion.services import store as store_module
from companion.services.store import SCHEMA_VERSION, Store, StoreError

TZ = timezone(timedelta(hours=-5))


def make_record(minutes_ago: float = 0, **kw) -> SessionRecord:
    started = datetime(2026, 11, 20, 9, 0, tzinfo=TZ) - timedelta(minutes=minutes_ago)
    return SessionRecord(Activity.BREATHING, "calm", started, planned_s=180, **kw)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


def test_new_database_is_wal_versioned_and_private(db_path: Path) -> None:
    store = Store.open(db_path)
    assert store.schema_version == SCHEMA_VERSION
    store.add(make_record())
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    store.close()
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(db_path.parent).st_mode) == 0o700
    assert store.notices == []


def test_sessions_survive_reopening_with_ratings(db_path: Path) -> None:
    store = Store.open(db_path)
    rec = make_record(
        who=Who.CAREGIVER,
        note="settled after",
        ratings=(Rating("before", "anxiety", 7), Rating("after", "anxiety", 4)),
    )
    store.add(rec)
    store.close()
    again = Store.open(db_path)
    [loaded] = again.sessions()
    assert loaded.id == rec.id and loaded.started_at == rec.started_at
    assert loaded.started_at.utcoffset() == timedelta(hours=-5)
    assert loaded.who is Who.CAREGIVER and loaded.note == "settled after"
    assert loaded.ratings == rec.ratings
    again.close()


def test_partial_session_checkpoints_then_completes(db_path: Path) -> None:
    store = Store.open(db_path)
    rec = make_record()
    session_id = store.add(rec)
    store.update_progress(session_id, 42.0, completed=False)
    [partial] = store.sessions()
    assert partial.duration_s == 42.0 and not partial.completed
    store.update_progress(session_id, 180.0, completed=True)
    [done] = store.sessions()
    assert done.duration_s == 180.0 and done.completed
    store.close()


def test_newest_first_and_date_filter(db_path: Path) -> None:
    store = Store.open(db_path)
    for minutes_ago in (0, 60 * 24, 60 * 48):
        store.add(make_record(minutes_ago))
    all_rows = store.sessions()
    assert [r.started_at for r in all_rows] == sorted(
        (r.started_at for r in all_rows), reverse=True
    )
    since = datetime(2026, 11, 19, 0, 0, tzinfo=TZ)
    assert len(store.sessions(since=since)) == 2
    assert len(store.sessions(until=since)) == 1
    assert store.sessions(activity=Activity.LISTENING) == []
    store.close()


def test_corrupt_file_is_moved_aside_not_deleted(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database at all" * 100
    db_path.write_bytes(garbage)
    store = Store.open(db_path)
    assert store.count() == 0
    kept = [p for p in db_path.parent.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == garbage
    assert store.notices == [Problem("store.set-aside", (kept[0].name,))]
    store.close()


def test_database_from_a_newer_version_stays_in_place_read_only(db_path: Path) -> None:
    store = Store.open(db_path)
    store.add(make_record())
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    again = Store.open(db_path)
    assert again.count() == 1 and again.read_only == "newer"  # shown as it is
    assert again.notices == [Problem("store.newer", (str(SCHEMA_VERSION + 1), str(SCHEMA_VERSION)))]
    with pytest.raises(StoreError) as refused:
        again.add(make_record())
    assert refused.value.code == "newer" and "newer version" in str(refused.value)
    again.close()
    assert not [p for p in db_path.parent.iterdir() if ".newer-" in p.name]
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 1
    conn.close()


def test_forward_migration_runs_each_step_once(db_path: Path, monkeypatch) -> None:
    store = Store.open(db_path)
    store.add(make_record())
    store.close()
    extra = "ALTER TABLE sessions ADD COLUMN mood TEXT; CREATE TABLE extra (x INTEGER)"
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, extra))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    migrated = Store.open(db_path)
    assert migrated.schema_version == SCHEMA_VERSION + 1
    assert migrated.count() == 1  # data kept across the migration
    migrated.close()
    Store.open(db_path).close()  # opening again does not re-run the step (would fail)


def test_failed_migration_leaves_the_old_version_intact(db_path: Path, monkeypatch) -> None:
    Store.open(db_path).close()
    broken = "CREATE TABLE ok_table (x INTEGER); THIS IS NOT SQL"
    monkeypatch.setattr(store_module, "MIGRATIONS", (*store_module.MIGRATIONS, broken))
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(store_module.StoreError):
        Store.open(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "ok_table" not in tables  # the whole step rolled back
    conn.close()


def test_read_only_database_gives_a_plain_error(db_path: Path) -> None:
    store = Store.open(db_path)
    store.close()
    ro = Store(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, isolation_level=None), db_path)
    with pytest.raises(store_module.StoreError, match="read-only"):
        ro.add(make_record())
    ro._conn.close()
