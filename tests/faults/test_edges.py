"""Class 7, edges of input: each gets a plain message (one line on the command line), never a
traceback and never a hang.

Special characters (``#``, ``?``, ``%``, spaces) in the data, config and cache folders and in
every file the commands take; terminal controls in a playlist's name printed by ``--list``;
huge, infinite and not-a-number ``--minutes``; an empty file name; a listing or an export
piped into a reader that has gone (``| head``); a single enormous sentence for the voice.

Before: a backup whose name held ``#`` or ``?`` was refused as "not a Companion history
backup" (it was read through a ``file:`` URI, cut at the ``#``); a playlist's name wrote its
terminal controls from ``--list``; ``--minutes 1e308`` opened a window; ``--csv ""`` ended in
a ValueError traceback; ``--list`` into a closed pipe ended in a BrokenPipeError traceback;
argument errors came with the whole usage, three lines; an enormous sentence went to the
speech engine, and a passage that could not be spoken became a caption with no word why.
(A data folder with ``#`` in its name, ``inf``, ``nan`` and negative minutes, and
``stretch --list`` into a closed pipe were already fine: these tests keep them so.)
"""

from __future__ import annotations

import csv
import io
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from companion.core.listen.playlists import Playlist, Track
from companion.core.sessions import Activity, SessionRecord
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.speech import TOO_LONG
from companion.services.store import Store
from companion.sessions.recorder import ACCIDENTAL_S
from companion.ui.shell.window import MainWindow
from tests.faults.kit import companion, one_line, run_app

ODD_NAME = "a#b?c%20d e"


@pytest.fixture
def odd_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Data, config and cache folders whose names hold ``#``, ``?``, ``%`` and a space."""
    dirs = {kind: tmp_path / f"{kind} {ODD_NAME}" for kind in ("data", "config", "cache")}
    for kind, path in dirs.items():
        monkeypatch.setenv(f"XDG_{kind.upper()}_HOME", str(path))
    return dirs


def _sessions(db: Path) -> list[tuple[str, float]]:
    """The sessions, read with a plain path (a ``file:`` URI would stop at the ``#``)."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.execute("SELECT activity, duration_s FROM sessions ORDER BY id"))
    finally:
        conn.close()


def _env(app_env: dict[str, str], dirs: dict[str, Path]) -> dict[str, str]:
    return {**app_env, **{f"XDG_{k.upper()}_HOME": str(p) for k, p in dirs.items()}}


def test_every_command_works_in_folders_and_files_named_with_special_characters(
    app_env, odd_dirs: dict[str, Path], tmp_path: Path
) -> None:
    env = _env(app_env, odd_dirs)
    db = odd_dirs["data"] / "companion" / "history.db"
    db.parent.mkdir(parents=True)
    store = Store.open(db)
    store.add(SessionRecord(Activity.BREATHING, "calm", datetime.now().astimezone(), 60.0))
    store.close()
    files = tmp_path / f"files {ODD_NAME}"
    files.mkdir()
    (files / "Rain #1?.wav").write_bytes(b"RIFF")  # only listed, never played here
    (files / "in #1?.m3u").write_text("#EXTM3U\nRain #1?.wav\n")
    steps = [
        ("export", "--csv", str(files / "out #1?.csv")),
        ("export", "--pdf", str(files / "out #1?.pdf")),
        ("backup", str(files / "backup #1?.db")),
        ("restore", str(files / "backup #1?.db")),
        ("playlist", "import", str(files / "in #1?.m3u"), "--name", "Rain #1?"),
        ("playlist", "export", "Rain #1?", str(files / "out #1?.m3u")),
        ("listen", "--list"),
    ]
    for args in steps:
        done = companion(*args, env=env)
        assert done.returncode == 0, (args, done.stderr)
        assert "Traceback" not in done.stderr
    rows = list(csv.DictReader(io.StringIO((files / "out #1?.csv").read_text())))
    assert len(rows) == 1
    assert (files / "out #1?.pdf").read_bytes().startswith(b"%PDF")
    assert "Rain #1?.wav" in (files / "out #1?.m3u").read_text()
    assert len(_sessions(db)) == 1  # restored from the backup: the same one session
    assert not list(tmp_path.glob("* a")) and not list(tmp_path.glob("*c d e"))  # nor cut at #


def test_a_session_is_saved_in_a_data_folder_named_with_special_characters(
    qapp, restore_signals, odd_dirs: dict[str, Path]
) -> None:
    seen: list[str] = []

    def breathing(window: MainWindow) -> bool:
        session = window.page_named("breathe").session
        return session is not None and session.clock.elapsed() > ACCIDENTAL_S + 0.3  # kept

    assert run_app(["breathe", "--minutes", "1"], lambda w: seen.extend(w.notices.messages),
                   breathing) == 0  # fmt: skip
    assert not [n for n in seen if "History" in n], seen
    [(activity, seconds)] = _sessions(odd_dirs["data"] / "companion" / "history.db")
    assert activity == "breathing" and seconds > 0


def test_terminal_controls_in_a_playlist_name_stay_escaped_on_one_line(
    app_env, data_dir: Path
) -> None:
    evil = "Evening\x1b[2J\x1b]0;owned\x07 Calm\x08\x08\x08\x08\x9b2J"
    store = Store.open(data_dir / "history.db")
    PlaylistStore(store).save(Playlist(evil, [Track("/music/rain.ogg", "Rain")]))
    store.close()
    done = companion("listen", "--list", env=app_env)
    assert done.returncode == 0, done.stderr
    [line] = [x for x in done.stdout.splitlines() if x.startswith("Evening")]
    for control in ("\x1b", "\x07", "\x08", "\x9b"):
        assert control not in done.stdout
    assert line.startswith("Evening\\x1b[2J\\x1b]0;owned\\x07 Calm\\x08") and "\\x9b2J" in line
    done = companion("listen", evil + "?", env=app_env)  # a name asked for, printed back
    assert done.returncode == 2
    assert "\\x1b[2J" in one_line(done) and "\x1b" not in done.stderr


@pytest.mark.parametrize(
    "minutes", ["1e308", "inf", "-inf", "nan", "-5", "99999999999999999999999", "abc", ""]
)
def test_impossible_minutes_are_refused_in_one_line(app_env, minutes: str) -> None:
    done = companion("breathe", "--minutes", minutes, env=app_env, timeout=20)
    assert done.returncode == 2
    line = one_line(done)
    assert "minutes" in line, line


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--csv", ""),
        ("export", "--pdf", "  "),
        ("backup", ""),
        ("restore", ""),
        ("playlist", "import", ""),
        ("playlist", "export", "Calm", ""),
    ],
    ids=["csv", "pdf", "backup", "restore", "import", "playlist-export"],
)
def test_an_empty_file_name_is_refused_in_one_line(app_env, tmp_path: Path, args) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "a file name is needed" in one_line(done)
    assert not list(tmp_path.iterdir())  # nothing written in the current folder


PIPED = [
    ("listen", "--list"),
    ("imagine", "--list"),
    ("stretch", "--list"),
    ("export", "--csv", "-"),
    ("backup", "-"),
    ("playlist", "export", "Calm", "-"),
]


@pytest.mark.parametrize("args", PIPED, ids=[" ".join(a) for a in PIPED])
def test_output_into_a_reader_that_has_gone_ends_quietly(app_env, data_dir: Path, args) -> None:
    store = Store.open(data_dir / "history.db")
    names = PlaylistStore(store)
    for n in range(1500):  # more than a pipe holds, so writing meets the closed end
        names.save(Playlist(f"Playlist number {n:04d} for the pipe", []))
    store.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        env=app_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    proc.stdout.readline() if args[-1] != "-" else None  # `| head -1`, or gone at once
    proc.stdout.close()
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_a_single_enormous_sentence_is_refused_at_once_and_speech_goes_on(
    tmp_path: Path,
) -> None:
    from companion.services.speech import SpeechRenderer, SpeechUnavailable

    with SpeechRenderer(tmp_path, timeout_s=5.0) as speech:
        if not speech.available:
            pytest.skip(f"no speech engine here: {speech.reason}")
        worker = speech._proc
        started = time.perf_counter()
        with pytest.raises(SpeechUnavailable) as refused:
            speech.render("and then the sea, " * 50_000 + "and rest.")
        assert time.perf_counter() - started < 0.5  # refused before the engine heard it
        assert str(refused.value) == TOO_LONG
        assert speech._proc is worker and speech.available  # the worker was not lost
        assert speech.render("Breathe out slowly.").stat().st_size > 1000


def test_a_script_with_one_enormous_passage_is_shown_as_words(
    qapp, restore_signals, data_dir: Path
) -> None:
    scripts = data_dir / "scripts"
    scripts.mkdir(parents=True)
    (scripts / "long-one.txt").write_text(
        "title: The long one\nminutes: 5\nlanguage: en\n---\n"
        + "and then the sea, " * 2_000
        + "and rest.\n\n[pause 2]\n\nBreathe out slowly.\n"
    )
    seen: dict[str, object] = {}

    def told(window: MainWindow) -> bool:
        page = window.page_named("imagine")
        return page.session is not None and bool(page.voice_status.text())

    def inspect(window: MainWindow) -> None:
        page = window.page_named("imagine")
        seen["status"] = page.voice_status.text()
        seen["caption"] = page.caption.text()
        seen["done"] = page.session.done

    assert run_app(["imagine", "long-one"], inspect, told) == 0
    if "not available" in str(seen["status"]):
        pytest.skip(f"no speech engine here: {seen['status']}")
    assert "too long to be spoken in one piece, so it is shown as words" in str(seen["status"])
    assert "and then the sea" in str(seen["caption"]) and seen["done"] is False
