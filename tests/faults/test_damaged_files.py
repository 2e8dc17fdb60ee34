"""Damaged files: the app starts, the damaged file is set aside (never deleted), the user is
told in a sentence that says what to do.

Files the app owns (settings.json, stretch.json, history.db) are moved aside and replaced by
fresh ones. Files the user owns (their scripts, an M3U they import) stay where they are: the
message names the file and line so they can be put right.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from companion.core.sessions import Activity, SessionRecord
from companion.services.store import Store, StoreError
from companion.sessions.recorder import ACCIDENTAL_S
from companion.ui.shell.window import MainWindow
from tests.faults.kit import run_app, sessions
from tests.helpers.dialogs import AnsweringDialogs

SETTINGS_GARBAGE = {
    "not-json": b"{ theme: night",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe",
    "zero-length": b"",
    "deeply-nested": b"[" * 100_000,  # json raises RecursionError
    "huge-number": b"1" * 5_000,  # json raises ValueError (int digit limit)
    "not-an-object": b"[1, 2, 3]",
}


def _kept(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.*-*"))


def _good_history(path: Path, count: int = 300) -> bytes:
    store = Store.open(path)
    for _ in range(count):
        store.add(
            SessionRecord(
                activity=Activity.BREATHING,
                item="calm",
                started_at=datetime.now(timezone.utc),
                duration_s=60,
                note="a note " * 20,
            )
        )
    store.close()
    return path.read_bytes()


@pytest.mark.parametrize("content", SETTINGS_GARBAGE.values(), ids=SETTINGS_GARBAGE.keys())
def test_damaged_settings_are_set_aside_and_the_app_starts(
    qapp, restore_signals, config_dir: Path, content: bytes
) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_bytes(content)
    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        seen["notices"] = list(window.notices.messages)
        window.state.update(theme="night")  # the user sets things again: a fresh file

    assert run_app(["breathe", "--minutes", "1"], inspect) == 0
    [kept] = _kept(config_dir, "settings.json")
    assert kept.read_bytes() == content
    [notice] = [n for n in seen["notices"] if "settings" in n]  # type: ignore[attr-defined]
    assert kept.name in notice and "Settings" in notice, notice  # names the copy; what to do
    assert '"theme": "night"' in (config_dir / "settings.json").read_text()


@pytest.mark.parametrize("content", SETTINGS_GARBAGE.values(), ids=SETTINGS_GARBAGE.keys())
def test_damaged_stretch_settings_are_set_aside_and_told(
    qapp, restore_signals, config_dir: Path, content: bytes
) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "stretch.json").write_bytes(content)
    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        seen["notices"] = list(window.notices.messages)
        seen["running"] = window.page_named("stretch").session is not None

    ready = lambda w: any("stretch" in n for n in w.notices.messages)  # noqa: E731
    assert run_app(["stretch", "shoulder-rolls"], inspect, ready) == 0
    [kept] = _kept(config_dir, "stretch.json")
    assert kept.read_bytes() == content
    [notice] = [n for n in seen["notices"] if "stretch" in n]  # type: ignore[attr-defined]
    assert kept.name in notice and "Stretch" in notice, notice
    assert seen["running"] is True


def test_stretch_list_with_damaged_settings_says_so_and_lists(app_env, config_dir: Path) -> None:
    config_dir.mkdir(parents=True)
    (config_dir / "stretch.json").write_bytes(b"\x00garbage")
    done = subprocess.run(
        [sys.executable, "-m", "companion", "stretch", "--list"],
        env=app_env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "shoulder-rolls  Shoulder rolls" in done.stdout.splitlines()
    [kept] = _kept(config_dir, "stretch.json")
    assert kept.name in done.stderr and "Traceback" not in done.stderr


def _truncated(path: Path) -> bytes:
    good = _good_history(path)
    return good[: len(good) // 2]


HISTORY_GARBAGE = {
    "garbage": lambda path: b"not a database, just words " * 400,
    "truncated": _truncated,
    "header-only": lambda path: _good_history(path)[:100],
}


@pytest.mark.parametrize("make", HISTORY_GARBAGE.values(), ids=HISTORY_GARBAGE.keys())
def test_damaged_history_is_set_aside_and_new_sessions_are_saved(
    qapp, restore_signals, data_dir: Path, tmp_path: Path, make
) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "history.db"
    content = make(tmp_path / "source.db")
    db.write_bytes(content)
    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        seen["notices"] = list(window.notices.messages)
        window.page_named("breathe").stop()  # the session ends and is saved in the new history

    def kept_long_enough(window: MainWindow) -> bool:  # a session of under 2 s is not kept
        session = window.page_named("breathe").session
        return session is not None and session.clock.elapsed() > ACCIDENTAL_S + 0.3

    assert run_app(["breathe", "--minutes", "1"], inspect, kept_long_enough) == 0
    [kept] = _kept(data_dir, "history.db")
    assert kept.read_bytes() == content
    [notice] = [n for n in seen["notices"] if "history" in n]  # type: ignore[attr-defined]
    assert kept.name in notice and "Restore" in notice, notice
    [row] = sessions(db)
    assert row["activity"] == "breathing" and row["completed"] == 0


def test_zero_length_history_is_simply_a_new_one(qapp, restore_signals, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "history.db").write_bytes(b"")
    seen: list[str] = []
    assert run_app([], lambda w: seen.extend(w.notices.messages)) == 0
    assert seen == [] and not _kept(data_dir, "history.db")  # nothing was lost, nothing to say
    conn = sqlite3.connect(data_dir / "history.db")
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 1
    finally:
        conn.close()


def test_history_damaged_inside_is_told_not_raised(
    qapp, restore_signals, data_dir: Path, monkeypatch
) -> None:
    """A page in the middle is garbage: opening works, reading the sessions does not."""
    data_dir.mkdir(parents=True)
    _damaged_inside(data_dir / "history.db")
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, value, _tb: errors.append(value))
    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        seen["notices"] = list(window.notices.messages)
        seen["page"] = window.current() is window.page_named("history")

    assert run_app(["history"], inspect) == 0
    assert errors == []
    assert seen["page"] is True
    assert any("damaged" in n for n in seen["notices"]), seen  # type: ignore[attr-defined]


def _damaged_inside(db: Path) -> None:
    good = bytearray(_good_history(db, 2000))
    middle = len(good) // 2
    good[middle : middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    db.write_bytes(bytes(good))


def test_export_of_a_history_damaged_inside_is_one_line_not_a_traceback(
    app_env, data_dir: Path, tmp_path: Path
) -> None:
    data_dir.mkdir(parents=True)
    _damaged_inside(data_dir / "history.db")
    done = subprocess.run(
        [sys.executable, "-m", "companion", "export", "--csv", str(tmp_path / "out.csv")],
        env=app_env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("companion: cannot read history:") and "damaged" in line


def test_store_reports_damage_but_bugs_stay_bugs(tmp_path: Path) -> None:
    db = tmp_path / "history.db"
    _damaged_inside(db)
    store = Store.open(db)
    try:
        with pytest.raises(StoreError, match="damaged"):
            store.query("SELECT * FROM sessions")
        # A broken constraint is a bug, not damage: it is raised as it was.
        with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
            conn.execute(
                "INSERT INTO ratings (session_id, moment, item, value)"
                " VALUES (1, 'before', 'pain', 11)"
            )
    finally:
        store.close()


def test_a_damaged_user_script_is_listed_with_its_line_and_left_in_place(
    qapp, restore_signals, data_dir: Path
) -> None:
    scripts = data_dir / "scripts"
    scripts.mkdir(parents=True)
    broken = scripts / "grans-garden.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")
    (scripts / "mine.txt").write_text("title: Mine\n---\nThe sea.\n[pause 600]\n")
    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        seen["problems"] = window.page_named("imagine").chooser.problems.text()
        chooser = window.page_named("imagine").chooser.list
        seen["count"] = chooser.count()

    ready = lambda w: bool(w.page_named("imagine").chooser.problems.text())  # noqa: E731
    assert run_app(["imagine"], inspect, ready) == 0
    problems = str(seen["problems"])
    assert "grans-garden.txt, line 1" in problems and "UTF-8" in problems
    assert "mine.txt, line 4" in problems and "[pause" in problems  # says how to write it
    assert int(seen["count"]) >= 8  # type: ignore[call-overload]  # the bundled ones remain
    assert broken.read_bytes().startswith(b"\x89PNG")  # the user's own file is not moved


def test_importing_a_damaged_m3u_in_the_app_tells_the_lines(
    qapp, restore_signals, tmp_path: Path
) -> None:
    m3u = tmp_path / "Evening.m3u"
    content = b"#EXTM3U\n\x00\x01\x02garbage\n#EXTINF:abc,\nhttp://example.com/a.mp3\n"
    m3u.write_bytes(content)
    seen: list[str] = []

    def imported(window: MainWindow) -> bool:
        if not hasattr(window, "_import_started"):
            window._import_started = True  # type: ignore[attr-defined]
            listen = window.open("listen")
            listen._dialogs = AnsweringDialogs().answer(m3u)  # type: ignore[attr-defined]
            listen.view.edit_button.click()  # type: ignore[attr-defined]
            listen.edit.import_button.click()  # type: ignore[attr-defined]
        return any("Evening" in n for n in window.notices.messages)

    assert run_app([], lambda w: seen.extend(w.notices.messages), imported) == 0
    [notice] = [n for n in seen if "Evening" in n]
    assert "line 2" in notice and "could not be used" in notice, notice
    assert m3u.read_bytes() == content


@pytest.mark.parametrize(
    "content",
    [b"\x00" * 64, bytes(range(256)) * 4, b"#EXTM3U\n" + b"\xff" * 300, "é\n".encode("utf-16")],
    ids=["zeros", "all-bytes", "invalid-utf8", "utf16"],
)
def test_playlist_import_of_garbage_never_tracebacks(
    app_env, tmp_path: Path, content: bytes
) -> None:
    m3u = tmp_path / "junk.m3u8"
    m3u.write_bytes(content)
    done = subprocess.run(
        [sys.executable, "-m", "companion", "playlist", "import", str(m3u)],
        env=app_env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1)
    if done.returncode == 0:
        assert done.stdout.startswith("Imported ")
    if done.returncode == 1:  # refused as a whole: one line that says so
        [line] = done.stderr.splitlines()
        assert "could not be read" in line and "not a text file" in line, line
    for line in done.stderr.splitlines() if done.returncode == 0 else []:
        assert line.startswith((f"companion: {m3u}:", "companion: warning:")), line  # its line
    assert m3u.read_bytes() == content
