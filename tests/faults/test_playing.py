"""Class 6, playing files: a track that cannot be decoded is skipped and marked, the next one
plays, and the listening session is saved; an error nobody expected, raised in a Qt slot, is
logged with its traceback and told, never lost.

The whole app runs in this process (real pygame with SDL's dummy driver, the real player and
Listen page); the tracks are real files: two short tones and, between them, a ``.flac`` of
random bytes (it passes for a file, so only decoding finds it out), a FIFO or a link to
``/dev/zero`` named like music.

Before: the random ``.flac`` raised out of the player: the track after it never played, no
listening session was saved, and the page said "Nothing is playing"; an exception in a slot
went to a terminal nobody reads. A FIFO or a device asked for was "could not be found".
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import struct
import sys
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from companion.core.listen.playlists import Playlist, Track
from companion.services.audio.output import MusicState
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.store import Store
from companion.ui.shell.window import MainWindow
from tests.faults.kit import run_app, sessions


def _tone(path: Path, seconds: float = 0.4, hz: float = 440.0) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22_050)
        frames = (
            struct.pack("<h", int(8000 * math.sin(2 * math.pi * hz * n / 22_050)))
            for n in range(int(22_050 * seconds))
        )
        out.writeframes(b"".join(frames))
    return path


def _noise(path: Path, size: int = 64 << 10) -> Path:
    path.write_bytes(random.Random(12).randbytes(size))
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _zero(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


# What stands between the two good tracks, what the notice says of it.
BROKEN = {
    "random-bytes": ("2 Static.flac", _noise, "damaged or not a sound format"),
    "fifo": ("2 Static.ogg", _fifo, "not an ordinary file"),
    "dev-zero": ("2 Static.mp3", _zero, "not an ordinary file"),
}


@pytest.mark.parametrize("case", BROKEN, ids=BROKEN.keys())
def test_a_broken_track_between_two_good_ones_is_skipped_and_marked(
    qapp, restore_signals, tmp_path: Path, data_dir: Path, config_dir: Path, case: str
) -> None:
    name, make, said = BROKEN[case]
    music = tmp_path / "music"
    music.mkdir()
    first = _tone(music / "1 Morning.wav")
    broken = make(music / name)
    last = _tone(music / "3 Night.wav", hz=330.0)
    store = Store.open(data_dir / "history.db")
    PlaylistStore(store).save(Playlist("Bedside", [Track(str(p)) for p in (first, broken, last)]))
    store.close()
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(json.dumps({"repeat": "none"}))
    played: list[int | None] = []
    labels: list[str] = []
    seen: dict[str, object] = {}

    def progress(window: MainWindow) -> bool:
        player = window.services.player
        if not played or played[-1] != player.current:
            played.append(player.current)
        labels.append(_now_playing(window))
        return len(played) > 1 and player.state is MusicState.STOPPED

    def inspect(window: MainWindow) -> None:
        listen = window.page_named("listen")
        listen.refresh(select="Bedside")
        seen["rows"] = [listen.tracks.item(row).text() for row in range(listen.tracks.count())]
        listen.tracks.setCurrentRow(1)  # the person asks for the broken track itself
        QTest.keyClick(listen.tracks, Qt.Key.Key_Return)
        seen["notices"] = list(window.notices.messages)

    assert run_app(["listen", "Bedside"], inspect, progress) == 0
    assert [i for i in played if i is not None] == [0, 2]  # the static skipped, the last played
    assert any("Night" in label for label in labels), set(labels)  # and the page said so
    rows = seen["rows"]
    assert isinstance(rows, list) and len(rows) == 3
    assert ["cannot play" in row for row in rows] == [False, True, False], rows
    notices = seen["notices"]
    assert isinstance(notices, list)
    [notice] = [n for n in notices if name in n]
    assert said in notice and "skipped" in notice, notice
    [row] = sessions(data_dir / "history.db")
    assert (row["activity"], row["item"], row["completed"]) == ("listening", "Bedside", 1)
    assert broken.is_symlink() or broken.exists()  # the user's file, untouched


def _now_playing(window: MainWindow) -> str:
    return window.page_named("listen").view.now_playing.text()


@pytest.mark.qt_no_exception_capture  # the app's own hook is what is tested
def test_an_error_in_a_qt_slot_is_logged_and_told(qapp, restore_signals, caplog) -> None:
    seen: dict[str, object] = {}
    caplog.set_level(logging.ERROR, logger="companion.unexpected")

    def broken_slot() -> None:
        raise RuntimeError("a bug in a slot")

    def fire(window: MainWindow) -> bool:
        if "fired" not in seen:
            seen["fired"] = True
            QTimer.singleShot(0, broken_slot)  # Qt calls it from C++, as it calls every slot
            return False
        return any("unexpected" in n for n in window.notices.messages)

    def inspect(window: MainWindow) -> None:
        seen["notices"] = list(window.notices.messages)
        seen["hook"] = sys.excepthook

    assert run_app([], inspect, fire) == 0
    notices = seen["notices"]
    assert isinstance(notices, list)
    [told] = [n for n in notices if "Something unexpected went wrong" in n]
    assert "RuntimeError" in told and "the log" in told
    [logged] = [r for r in caplog.records if r.name == "companion.unexpected"]
    assert logged.exc_info is not None and "a bug in a slot" in str(logged.exc_info[1])
    assert sys.excepthook is not seen["hook"]  # the window's hook is gone with the window
