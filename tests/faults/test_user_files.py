"""Class 5, reading files: every file read from the user, or left in the app's folders by
someone else, goes through ``safe_files.read_user_file``: opened without blocking, checked to
be a regular file and not too large, then read with that limit, or refused in a sentence.

Before: a FIFO as settings.json or stretch.json hung start-up (and ``stretch --list``)
forever; linked to /dev/zero it grew until memory ran out; an M3U that was a FIFO or
/dev/zero hung ``playlist import``, and one of random bytes became a thousand made-up tracks.

Each case runs in its own process with a time limit and a memory cap, so a hang or a
runaway read fails the test instead of the machine.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from companion.core.sessions import Activity, SessionRecord
from companion.services.store import Store
from tests.faults.kit import companion, one_line, python

CHILD_APP = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0], "-platform", "offscreen"])
from tests.helpers.inprocess import run_app
seen = []
code = run_app(sys.argv[1:], lambda window: seen.extend(window.notices.messages))
print(json.dumps({"code": code, "notices": seen}))
"""


def _fifo(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


def _zero(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to("/dev/zero")


HOSTILE: dict[str, Callable[[Path], None]] = {"fifo": _fifo, "dev-zero": _zero}


@contextlib.contextmanager
def _released(path: Path) -> Iterator[None]:
    """Afterwards, give a reader still blocked on the FIFO its end of file (older code)."""
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def _kept_aside(folder: Path, name: str) -> Path:
    [kept] = folder.glob(f"{name}.unusable-*")
    return kept


def _is_hostile(path: Path, kind: str) -> bool:
    return stat.S_ISFIFO(os.lstat(path).st_mode) if kind == "fifo" else path.is_symlink()


@pytest.mark.parametrize("kind", HOSTILE)
def test_settings_that_are_not_a_file_do_not_stop_the_app(
    app_env, config_dir: Path, kind: str
) -> None:
    settings = config_dir / "settings.json"
    HOSTILE[kind](settings)
    with _released(settings):
        done = python(CHILD_APP, "breathe", "--minutes", "1", env=app_env, timeout=90)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    kept = _kept_aside(config_dir, "settings.json")
    assert _is_hostile(kept, kind)  # set aside as it was, never read
    [notice] = [n for n in seen["notices"] if "settings" in n]
    assert "not an ordinary file" in notice and kept.name in notice, notice


@pytest.mark.parametrize("kind", HOSTILE)
def test_stretch_settings_that_are_not_a_file_are_set_aside(
    app_env, config_dir: Path, kind: str
) -> None:
    stretch = config_dir / "stretch.json"
    HOSTILE[kind](stretch)
    with _released(stretch):
        done = companion("stretch", "--list", env=app_env)
    assert done.returncode == 0, done.stderr
    assert "shoulder-rolls  Shoulder rolls" in done.stdout.splitlines()
    kept = _kept_aside(config_dir, "stretch.json")
    assert _is_hostile(kept, kind) and kept.name in done.stderr
    assert "Traceback" not in done.stderr


def test_settings_far_too_large_are_set_aside(app_env, config_dir: Path) -> None:
    settings = config_dir / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"{" + b" " * (8 << 20) + b"}")  # valid JSON, 8 MB of nothing
    code = (
        "from pathlib import Path; from companion.services.settings import SettingsStore;"
        f"s = SettingsStore(Path({str(settings)!r})); s.load(); print(s.notices[0])"
    )
    done = python(code, env=app_env)
    assert done.returncode == 0, done.stderr
    assert "too large" in done.stdout
    assert _kept_aside(config_dir, "settings.json").stat().st_size > 8 << 20


def _playlists(data_dir: Path) -> list[str]:
    conn = sqlite3.connect(data_dir / "history.db")
    try:
        return [r[0] for r in conn.execute("SELECT name FROM playlists ORDER BY name")]
    finally:
        conn.close()


@pytest.mark.parametrize("kind", HOSTILE)
def test_an_m3u_that_is_not_a_file_is_refused_in_one_line(
    app_env, data_dir: Path, tmp_path: Path, kind: str
) -> None:
    m3u = tmp_path / "Evening.m3u"
    HOSTILE[kind](m3u)
    with _released(m3u):
        done = companion("playlist", "import", str(m3u), env=app_env)
    assert done.returncode == 1
    line = one_line(done)
    assert "Evening.m3u" in line and "not an ordinary file" in line, line
    assert _playlists(data_dir) == ["Calm"]  # nothing imported


def test_an_m3u_of_random_bytes_makes_no_tracks(app_env, data_dir: Path, tmp_path: Path) -> None:
    m3u = tmp_path / "mixtape.m3u"
    m3u.write_bytes(os.urandom(200_000))
    done = companion("playlist", "import", str(m3u), env=app_env)
    assert done.returncode == 1
    line = one_line(done)
    assert "mixtape.m3u" in line and "not a text file" in line, line
    assert _playlists(data_dir) == ["Calm"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_script_that_is_not_a_file_is_listed_as_a_problem(
    app_env, data_dir: Path, kind: str
) -> None:
    script = data_dir / "scripts" / "evening.txt"
    HOSTILE[kind](script)
    with _released(script):
        done = companion("imagine", "--list", env=app_env)
    assert done.returncode == 0, done.stderr
    assert "companion: skipped evening.txt" in done.stderr and "not an ordinary file" in done.stderr
    assert len(done.stdout.splitlines()) >= 8  # the bundled scripts are all there


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_backup_that_is_not_a_file_is_refused_and_history_kept(
    app_env, data_dir: Path, tmp_path: Path, kind: str
) -> None:
    store = Store.open(data_dir / "history.db")
    store.add(SessionRecord(Activity.BREATHING, "calm", _now(), 60.0))
    store.close()
    source = tmp_path / "backup.db"
    HOSTILE[kind](source)
    with _released(source):
        done = companion("restore", str(source), env=app_env)
    assert done.returncode == 1
    line = one_line(done)
    assert "backup.db" in line and "not an ordinary file" in line, line
    assert Store.open(data_dir / "history.db").count() == 1


def test_a_fifo_chosen_on_the_listen_page_is_refused_kindly(
    qapp, restore_signals, tmp_path: Path
) -> None:
    from tests.faults.kit import run_app
    from tests.helpers.dialogs import AnsweringDialogs

    m3u = tmp_path / "Evening.m3u"
    os.mkfifo(m3u)
    seen: list[str] = []

    def refused(window) -> bool:  # type: ignore[no-untyped-def]
        if not hasattr(window, "_import_started"):
            window._import_started = True
            listen = window.open("listen")
            listen._dialogs = AnsweringDialogs().answer(m3u)
            listen.view.edit_button.click()
            listen.edit.import_button.click()
        return any("Evening.m3u" in n for n in window.notices.messages)

    with _released(m3u):
        assert run_app([], lambda w: seen.extend(w.notices.messages), refused) == 0
    [notice] = [n for n in seen if "Evening.m3u" in n]
    assert "not an ordinary file" in notice, notice


def _now():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime.now().astimezone()
