"""Class 2, restoring a backup: only a file whose schema is exactly one Companion writes
(tables, columns, indexes; no triggers, no views, nothing more), checked on a private copy
within a time limit, with every value one Companion writes. A refused or failed restore
leaves the current history as it was; ``companion restore`` and the History page's Restore…
button use the same code.

Before: restore checked integrity, the version and two table names. A backup whose sessions
table carried a trigger was accepted, and the next session deleted every restored session
and every playlist; views in place of tables, wrong columns and bad values were accepted.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.core.listen.playlists import Playlist, Track
from companion.core.preferences import Preferences
from companion.core.sessions import Activity, Rating, SessionRecord
from companion.services.history.backup import BackupError, backup, restore
from companion.services.history.data import Checkin, HistoryData
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.store import Store
from companion.sessions.state import AppState
from companion.ui.history.page import HistoryPage
from tests.faults.kit import companion, one_line, start
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import FakeClock
from tests.helpers.services import make_services

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _fill(store: Store, notes: list[str]) -> None:
    data = HistoryData(store)
    for n, note in enumerate(notes):
        record = SessionRecord(
            Activity.BREATHING, "calm", WHEN + timedelta(days=n), 180.0, 180.0, True, note=note
        )
        store.add(record)
        data.set_ratings(record.id or 0, "before", [Rating("before", "anxiety", 6)])
    data.add_checkin(Checkin(WHEN.date(), WHEN, None, {"pain": 3}, {"sleep": 7}))
    data.set_day_note(date(2026, 11, 20), "a good day")
    PlaylistStore(store).save(Playlist("Evening", [Track("/music/rain.ogg", "Rain")]))


@pytest.fixture
def current(data_dir: Path) -> Path:
    """The history now: two sessions and the user's playlist."""
    store = Store.open(data_dir / "history.db")
    _fill(store, ["today's", "yesterday's"])
    store.close()
    return data_dir / "history.db"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A backup Companion made, of another history (three sessions)."""
    other = Store.open(tmp_path / "other" / "history.db")
    _fill(other, ["one", "two", "three"])
    other.close()
    target = tmp_path / "backup.db"
    backup(tmp_path / "other" / "history.db", target)
    return target


def _as_it_is(db: Path) -> tuple[list[str], list[str]]:
    conn = sqlite3.connect(db)
    try:
        notes = [r[0] for r in conn.execute("SELECT note FROM sessions ORDER BY id")]
        names = [r[0] for r in conn.execute("SELECT name FROM playlists ORDER BY name")]
        return notes, names
    finally:
        conn.close()


CRAFTED = {
    "trigger": (
        "CREATE TRIGGER wipe AFTER INSERT ON sessions BEGIN"
        " DELETE FROM sessions; DELETE FROM playlists; END",
        "not-companion",
        "a trigger wipe",
    ),
    "view": (
        "DROP TABLE ratings; CREATE VIEW ratings AS SELECT 1 AS id, 1 AS session_id,"
        " 'before' AS moment, 'pain' AS item, 3 AS value",
        "not-companion",
        "a view ratings",
    ),
    "wrong-columns": (
        "ALTER TABLE sessions ADD COLUMN sent_to TEXT",
        "not-companion",
        "a table sessions with other columns",
    ),
    "extra-table": ("CREATE TABLE later (x)", "not-companion", "a table later"),
    "extra-index": ("CREATE INDEX by_note ON sessions (note)", "not-companion", "by_note"),
    "missing-table": ("DROP TABLE day_notes", "not-companion", "no day_notes"),
    "slow-view": (
        "CREATE VIEW slow AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n)"
        " SELECT COUNT(*) FROM n",
        "not-companion",
        "a view slow",
    ),
    "unknown-activity": ("UPDATE sessions SET activity = 'juggling'", "bad-values", "activity"),
    "bad-date": ("UPDATE sessions SET started_at = 'yesterday'", "bad-values", "started_at"),
    "negative-length": ("UPDATE sessions SET duration_s = -60", "bad-values", "duration_s"),
    "unknown-person": ("UPDATE sessions SET who = 'intruder'", "bad-values", "who"),
    "rating-out-of-range": (
        "PRAGMA ignore_check_constraints = ON; UPDATE ratings SET value = 42",
        "bad-values",
        "rating",
    ),
    "orphan-rating": (
        "PRAGMA foreign_keys = OFF; INSERT INTO ratings (session_id, moment, item, value)"
        " VALUES (999, 'after', 'pain', 2)",
        "bad-values",
        "belongs to nothing",
    ),
    "newer-version": ("PRAGMA user_version = 99", "newer", ""),
}


def _craft(good: Path, tmp_path: Path, sql: str) -> Path:
    crafted = tmp_path / "crafted.db"
    shutil.copy(good, crafted)
    conn = sqlite3.connect(crafted, isolation_level=None)
    conn.executescript(sql)
    conn.close()
    return crafted


@pytest.mark.parametrize("case", CRAFTED, ids=CRAFTED.keys())
def test_a_crafted_backup_is_refused_and_nothing_changes(
    current: Path, good: Path, tmp_path: Path, case: str
) -> None:
    sql, code, said = CRAFTED[case]
    crafted = _craft(good, tmp_path, sql)
    content = crafted.read_bytes()
    before = _as_it_is(current)
    with pytest.raises(BackupError) as refused:
        restore(current, crafted)
    assert refused.value.code == code
    assert said in str(refused.value) and "crafted.db" in str(refused.value)
    assert _as_it_is(current) == before  # the current history, as it was
    assert crafted.read_bytes() == content  # the chosen file, untouched
    assert not list(current.parent.glob("*before-restore*"))  # nothing to keep: nothing done
    store = Store.open(current)  # and the next session is saved next to the others
    store.add(SessionRecord(Activity.BREATHING, "calm", WHEN, 60.0, note="next"))
    store.close()
    assert _as_it_is(current) == ([*before[0], "next"], before[1])


@pytest.mark.parametrize(
    "damage",
    [b"\x89PNG\r\n\x1a\n not a database", b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["not-sqlite", "damaged-header"],
)
def test_a_file_that_is_not_a_backup_is_refused(
    current: Path, tmp_path: Path, damage: bytes
) -> None:
    before = _as_it_is(current)
    bad = tmp_path / "photo.db"
    bad.write_bytes(damage)
    with pytest.raises(BackupError) as refused:
        restore(current, bad)
    assert refused.value.code in ("not-sqlite", "damaged")
    assert _as_it_is(current) == before


def test_checking_takes_no_longer_than_its_limit(current: Path, tmp_path: Path) -> None:
    big = Store.open(tmp_path / "big" / "history.db")
    with big.transaction() as conn:
        conn.executemany(
            "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
            " completed, note, updated_at) VALUES ('breathing', 'calm', ?, ?, 60, 1, '', ?)",
            [(WHEN.isoformat(), WHEN.timestamp(), WHEN.isoformat())] * 20_000,
        )
    big.close()
    backup(tmp_path / "big" / "history.db", tmp_path / "big.db")
    before = _as_it_is(current)
    with pytest.raises(BackupError) as refused:
        restore(current, tmp_path / "big.db", time_limit_s=0.01)
    assert refused.value.code == "too-slow"
    assert _as_it_is(current) == before
    kept, summary = restore(current, tmp_path / "big.db")  # with time enough, it is fine
    assert summary.sessions == 20_000 and kept.exists()


def test_a_good_backup_is_restored_and_the_history_kept(current: Path, good: Path) -> None:
    before = _as_it_is(current)
    kept, summary = restore(current, good)
    assert summary.sessions == 3 and summary.version >= 3
    assert _as_it_is(current) == (["one", "two", "three"], ["Evening"])
    assert _as_it_is(kept) == before  # the previous history, beside it


def test_a_restore_that_fails_at_the_last_step_says_where_the_copy_is(
    current: Path, good: Path
) -> None:
    before = _as_it_is(current)
    holder = sqlite3.connect(current, isolation_level=None, timeout=0)
    holder.execute("BEGIN IMMEDIATE")  # another window is writing, and stays writing
    try:
        with pytest.raises(BackupError) as failed:
            restore(current, good)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert failed.value.kept is not None and failed.value.kept.exists()
    assert failed.value.kept.name in str(failed.value) and "as it was" in str(failed.value)
    assert _as_it_is(current) == before


def test_the_command_line_restores_and_refuses_in_one_line(
    app_env, current: Path, good: Path, tmp_path: Path
) -> None:
    crafted = _craft(good, tmp_path, CRAFTED["trigger"][0])
    before = _as_it_is(current)
    done = companion("restore", str(crafted), env=app_env)
    assert done.returncode == 1
    assert "not a backup Companion made" in one_line(done) and "trigger" in done.stderr
    assert _as_it_is(current) == before
    done = companion("restore", str(good), env=app_env)
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    assert line.startswith("Restored 3 session(s) from") and "before-restore" in line
    assert _as_it_is(current)[0] == ["one", "two", "three"]


@pytest.mark.parametrize("name", ["we#ird.db", "what?.db", "50%25 off.db"])
def test_backup_names_with_special_characters_round_trip(
    app_env, current: Path, tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    done = companion("backup", str(target), env=app_env)
    assert done.returncode == 0, done.stderr
    store = Store.open(current)
    store.add(SessionRecord(Activity.BREATHING, "calm", WHEN, 60.0, note="after"))
    store.close()
    done = companion("restore", str(target), env=app_env)
    assert done.returncode == 0, done.stderr
    assert _as_it_is(current)[0] == ["today's", "yesterday's"]


def test_the_history_page_refuses_a_crafted_backup_kindly(
    qtbot, current: Path, good: Path, tmp_path: Path
) -> None:
    crafted = _craft(good, tmp_path, CRAFTED["trigger"][0])
    store = Store.open(current)
    answers = AnsweringDialogs().answer(crafted, True)  # the file, then "Restore"
    services = make_services(
        AppState(Preferences(), None), store, FakeClock(), tmp_path, dialogs=answers
    )
    page = HistoryPage(services, today=lambda: WHEN + timedelta(days=1))
    qtbot.addWidget(page)
    page.refresh()
    shown = sorted(r.note for r in page.model._rows)
    assert shown == ["today's", "yesterday's"]
    with qtbot.waitSignal(page.notice, timeout=20_000) as told:
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert "did not work" in told.args[0] and "not a backup Companion made" in told.args[0]
    assert "crafted.db" in told.args[0] and "trigger" in told.args[0]
    qtbot.waitUntil(lambda: page.restore_button.isEnabled())
    assert sorted(r.note for r in page.model._rows) == shown
    assert _as_it_is(current)[0] == ["today's", "yesterday's"]
    store.close()


def _big_backup(tmp_path: Path, sessions: int) -> Path:
    big = Store.open(tmp_path / "big" / "history.db")
    with big.transaction() as conn:
        conn.executemany(
            "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
            " completed, note, updated_at) VALUES ('breathing', 'calm', ?, ?, 60, 1, 'big', ?)",
            [(WHEN.isoformat(), WHEN.timestamp(), WHEN.isoformat())] * sessions,
        )
    big.close()
    target = tmp_path / "big.db"
    backup(tmp_path / "big" / "history.db", target)
    return target


def _scratch(folder: Path) -> list[Path]:
    return list(folder.glob(".companion-restore-*"))


def _kept(folder: Path) -> list[Path]:
    return [p for p in folder.glob("history.db.before-restore-*") if p.suffix != ".tmp"]


# The moments a restore can die at: while its private copy is made and checked; and once the
# current history has been kept, a little and a while into the copy into the history. The
# copy of 60,000 sessions takes 0.1–0.15 s here, so "a while in" copies four times as many:
# on an idle machine the smaller copy could end inside the 0.08 s.
MOMENTS = {
    "checking": (_scratch, 0.0, 60_000),
    "copying": (_kept, 0.02, 60_000),
    "copying-later": (_kept, 0.08, 240_000),
}


def _when(seen: Callable[[Path], list[Path]], folder: Path, proc: subprocess.Popen[str]) -> bool:
    deadline = time.monotonic() + 30
    while not seen(folder):  # a tight poll: the copy into the history is short
        if proc.poll() is not None or time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True


@pytest.mark.parametrize("moment", MOMENTS, ids=MOMENTS.keys())
def test_a_restore_killed_midway_leaves_one_whole_history(
    app_env, current: Path, tmp_path: Path, moment: str
) -> None:
    seen, later, sessions = MOMENTS[moment]
    big = _big_backup(tmp_path, sessions)
    before = _as_it_is(current)
    proc = start("restore", str(big), env=app_env)
    try:
        assert _when(seen, current.parent, proc), proc.communicate(timeout=30)
        time.sleep(later)
        assert proc.poll() is None, "the restore ended before it could be killed"
        proc.kill()
        proc.wait(timeout=30)
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    store = Store.open(current)  # opens as an ordinary history, nothing moved aside
    store.add(SessionRecord(Activity.BREATHING, "calm", WHEN, 60.0, note="next"))
    store.close()
    notes, names = _as_it_is(current)
    assert notes in ([*before[0], "next"], ["big"] * sessions + ["next"]), notes[:3]
    assert names == (before[1] if notes[0] != "big" else [])
    assert not list(current.parent.glob("*.unreadable*"))
    # What the kill left behind is removed by the next restore once it is surely stale.
    left = _scratch(current.parent) + list(current.parent.glob(".history.db.*.tmp"))
    hour_ago = time.time() - 2 * 3600
    for path in left:
        os.utime(path, (hour_ago, hour_ago))
    kept, _summary = restore(current, big)
    assert not _scratch(current.parent) and not list(current.parent.glob(".history.db.*.tmp"))
    assert kept.exists()
