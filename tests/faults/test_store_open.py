"""Class 3, opening the history: a file is moved aside only when it is proven not to be a
readable Companion history. A lock held by another program, a full disk (at start-up or
during a session) or a permission problem leaves the file where it is, says what is wrong,
and the app runs without saving until it is put right; a session begun on a full disk is
saved once there is room again.

Before: each of these moved a healthy history aside as "unreadable" and showed an empty
one with no further notice; a session begun on a full disk was never saved.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from companion.core.sessions import Activity, SessionRecord
from companion.services.store import MIGRATIONS, Store, StoreError
from companion.ui.shell.window import MainWindow
from tests.faults.kit import companion, fill, one_line, python, run_app, sessions, tmpfs


def _history(db: Path, count: int = 3, version: int | None = None) -> bytes:
    """A history with ``count`` sessions; at an older schema ``version`` if given."""
    db.parent.mkdir(parents=True, exist_ok=True)
    if version is None:
        store = Store.open(db)
        for _ in range(count):
            when = datetime.now().astimezone()
            store.add(SessionRecord(Activity.BREATHING, "calm", when, 60.0, note="x" * 200))
        store.close()
    else:
        conn = sqlite3.connect(db, isolation_level=None)  # as a restored backup: no WAL yet
        for script in MIGRATIONS[:version]:
            conn.executescript(script)
        for _ in range(count):
            conn.execute(
                "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
                " completed, note, updated_at) VALUES ('breathing', 'calm',"
                " '2026-11-30T10:00:00+00:00', 1796032800, 60, 1, ?, '')",
                ("x" * 200,),
            )
        conn.execute(f"PRAGMA user_version = {version}")
        conn.close()
    return db.read_bytes()


def _untouched(db: Path, content: bytes) -> None:
    assert db.read_bytes() == content
    assert not list(db.parent.glob("history.db.*-*")), list(db.parent.iterdir())


class _Holder:
    """Another program holding the history locked (``BEGIN EXCLUSIVE``) until stopped."""

    def __init__(self, db: Path) -> None:
        code = (
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode = DELETE')\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('held', flush=True)\n"
            "time.sleep(120)\n"
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "held"

    def stop(self) -> None:
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def locked(data_dir: Path):  # type: ignore[no-untyped-def]
    db = data_dir / "history.db"
    _history(db)
    holder = _Holder(db)
    content = db.read_bytes()
    yield db, content
    holder.stop()


def test_a_lock_held_by_another_program_keeps_the_history_in_place(locked) -> None:
    db, content = locked
    with pytest.raises(StoreError) as refused:
        Store.open(db)
    assert refused.value.code == "locked"
    assert "busy in another program" in str(refused.value)
    _untouched(db, content)


def test_the_window_opens_without_saving_and_says_the_history_is_busy(
    qapp, restore_signals, locked
) -> None:
    db, content = locked
    seen: list[str] = []
    assert run_app(["breathe", "--minutes", "1"], lambda w: seen.extend(w.notices.messages)) == 0
    [notice] = [n for n in seen if "History is unavailable" in n]
    assert "busy in another program" in notice and "left as it is" in notice, notice
    _untouched(db, content)


def test_export_says_the_history_is_busy_in_one_line(app_env, locked, tmp_path: Path) -> None:
    db, content = locked
    done = companion("export", "--csv", str(tmp_path / "out.csv"), env=app_env)
    assert done.returncode == 1
    assert "busy in another program" in one_line(done)
    _untouched(db, content)


@pytest.mark.parametrize("version", [1, None], ids=["schema-upgrade", "current-schema"])
def test_a_full_disk_at_start_up_keeps_the_history_and_says_so(
    qapp, restore_signals, isolated_dirs, version: int | None
) -> None:
    with tmpfs(isolated_dirs["data"], "2m") as mount:
        db = mount / "companion" / "history.db"
        content = _history(db, 40, version)
        fill(mount)
        seen: list[str] = []
        assert (
            run_app(["breathe", "--minutes", "1"], lambda w: seen.extend(w.notices.messages)) == 0
        )
        if version is None and not [n for n in seen if "History is unavailable" in n]:
            pytest.skip("SQLite found room to open this history: nothing to say")
        [notice] = [n for n in seen if "History is unavailable" in n]
        assert "disk is full" in notice and "left as it is" in notice, notice
        _untouched(db, content)


def test_a_full_disk_during_a_session_loses_nothing(qapp, restore_signals, isolated_dirs) -> None:
    with tmpfs(isolated_dirs["data"], "1m") as mount:
        db = mount / "companion" / "history.db"
        _history(db, 2)
        keeper = sqlite3.connect(db)  # keeps -wal and -shm in place while the disk fills
        keeper.execute("SELECT COUNT(*) FROM sessions").fetchall()
        filler = fill(mount)
        told: list[str] = []

        def saved_after_room_came_back(window: MainWindow) -> bool:
            full = [n for n in window.notices.messages if "disk is full" in n]
            if full and filler.exists():
                told.extend(full)
                filler.unlink()  # the user frees some space; the next checkpoint saves
            return not filler.exists() and len(sessions(db)) == 3

        def look(window: MainWindow) -> None:
            told.extend(n for n in window.notices.messages if n not in told)

        assert run_app(["breathe", "--minutes", "1"], look, saved_after_room_came_back) == 0
        keeper.close()
        rows = sessions(db)
        assert len(rows) == 3, told  # the two before, and the session begun on a full disk
        assert rows[-1]["activity"] == "breathing" and rows[-1]["duration_s"] > 0
        assert len([t for t in told if "disk is full" in t]) == 1  # said once
        assert not list(db.parent.glob("history.db.*-*"))


PERMISSION_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from companion.services.store import Store, StoreError
    if os.geteuid() == 0:  # root ignores file modes: open it as someone who may only read
        os.setegid(65534)
        os.seteuid(65534)
    try:
        store = Store.open(Path(sys.argv[1]))
        print("OPENED", store.read_only, store.count(), *[n.code for n in store.notices])
    except StoreError as exc:
        print("REFUSED", exc.code)
    """
)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder anyone may enter (pytest's own are the owner's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="companion-perm-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_history_we_may_only_read_is_kept_in_place(app_env, open_folder: Path) -> None:
    folder = open_folder / "companion"
    db = folder / "history.db"
    content = _history(db, 3)
    if os.geteuid() == 0:
        os.chown(folder, 65534, 65534)  # the folder is theirs; the file is not
        db.chmod(0o644)
    else:
        db.chmod(0o444)
    done = python(PERMISSION_CHILD, str(db), env=app_env)
    assert "Traceback" not in done.stderr, done.stderr
    said = done.stdout.split()
    # Either refused, or shown as it is and never written; either way it says why.
    assert said in (["REFUSED", "readonly"], ["REFUSED", "denied"],
                    ["OPENED", "readonly", "3", "store.readonly"]), said  # fmt: skip
    _untouched(db, content)


def test_a_read_only_disk_is_said_plainly(app_env, isolated_dirs) -> None:
    with tmpfs(isolated_dirs["data"], "1m") as mount:
        db = mount / "companion" / "history.db"
        content = _history(db, 3)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        done = companion("listen", "--list", env=app_env)
        assert done.returncode == 1
        line = one_line(done)
        assert "read-only" in line, line
        _untouched(db, content)
