"""Reduced modes: music files that vanish, no sound device, no speech engine.

The whole app runs in this process (``run_gui``), so these are the real composition root,
real pygame with SDL, and the real speech worker process, only made to fail.
"""

from __future__ import annotations

import json
import os
import wave
from pathlib import Path

import pytest

from companion.core.listen.playlists import Playlist, Track
from companion.services import speech as speech_module
from companion.services.audio.output import MusicState
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.store import Store
from companion.sessions.recorder import ACCIDENTAL_S
from companion.ui.shell.window import MainWindow
from tests.faults.kit import run_app, sessions
from tests.helpers.hide_piper import hide_piper


def _short_wav(path: Path, seconds: float = 0.3) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(22_050)
        out.writeframes(b"\x00\x00" * int(22_050 * seconds))
    return path


def test_files_removed_under_a_playlist_are_skipped_and_marked(
    qapp, restore_signals, tmp_path: Path, data_dir: Path, config_dir: Path
) -> None:
    music = tmp_path / "usb-stick"
    music.mkdir()
    first, gone_before, gone_during, last = (
        _short_wav(music / f"{n}.wav") for n in ("1 Morning", "2 River", "3 Rain", "4 Night")
    )
    too_long = str(music / ("x" * 300 + ".wav"))  # a name no file system accepts
    tracks = [Track(str(p)) for p in (first, gone_before, gone_during)]
    tracks += [Track(too_long), Track(str(last))]
    store = Store.open(data_dir / "history.db")
    PlaylistStore(store).save(Playlist("Bedside", tracks))
    store.close()
    config_dir.mkdir(parents=True)
    (config_dir / "settings.json").write_text(json.dumps({"repeat": "none"}))
    gone_before.unlink()
    played: list[int | None] = []
    seen: dict[str, object] = {}

    def progress(window: MainWindow) -> bool:
        player = window.services.player
        if not played or played[-1] != player.current:
            played.append(player.current)
        if player.current == 0 and gone_during.exists():
            gone_during.unlink()  # the stick is pulled while the first track plays
        return len(played) > 1 and player.state is MusicState.STOPPED

    def inspect(window: MainWindow) -> None:
        window.page_named("listen").refresh(select="Bedside")
        tracks = window.page_named("listen").tracks
        seen["rows"] = [tracks.item(row).text() for row in range(tracks.count())]
        seen["notices"] = list(window.notices.messages)

    assert run_app(["listen", "Bedside"], inspect, progress) == 0
    assert [i for i in played if i is not None] == [0, 4]  # 2, 3 and the long name skipped
    rows = seen["rows"]
    assert isinstance(rows, list) and len(rows) == 5
    marked = [("missing or cannot play" in row) for row in rows]
    assert marked == [False, True, True, True, False], rows
    [row] = sessions(data_dir / "history.db")
    assert (row["activity"], row["item"], row["completed"]) == ("listening", "Bedside", 1)
    assert first.exists() and last.exists()  # nothing of the user's was touched


@pytest.mark.parametrize("argv", [["breathe"], ["imagine", "short-calm"], ["stretch", "in-bed"]])
def test_without_a_sound_device_the_activities_run_and_say_sound_is_off(
    qapp, restore_signals, monkeypatch, data_dir: Path, argv: list[str]
) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-driver")  # SDL cannot open any device
    seen: dict[str, object] = {}

    def session_of(window: MainWindow):  # type: ignore[no-untyped-def]
        return {
            "breathe": window.page_named("breathe").session,
            "imagine": window.page_named("imagine").session,
            "stretch": window.page_named("stretch").session,
        }[argv[0]]

    def running_a_while(window: MainWindow) -> bool:
        session = session_of(window)
        if session is None or session.done:
            return False
        return session.clock.elapsed() > ACCIDENTAL_S + 0.5  # long enough to be kept

    def inspect(window: MainWindow) -> None:
        session = session_of(window)
        seen["notices"] = list(window.notices.messages)
        seen["available"] = window.services.sound.available
        seen["elapsed"] = session.clock.elapsed()
        seen["done"] = session.done

    assert run_app(argv, inspect, running_a_while) == 0
    assert seen["available"] is False
    assert any(n.startswith("Sound is off") for n in seen["notices"]), seen  # type: ignore[attr-defined]
    assert seen["done"] is False and float(seen["elapsed"]) > ACCIDENTAL_S  # type: ignore[arg-type]
    [row] = sessions(data_dir / "history.db")
    assert row["completed"] == 0 and row["duration_s"] > ACCIDENTAL_S  # kept as partial on close


def test_without_a_speech_engine_imagine_runs_as_timed_captions_and_says_why(
    qapp, restore_signals, monkeypatch, tmp_path: Path
) -> None:
    missing = str(tmp_path / "no" / "libespeak-ng.so.1")
    hidden = hide_piper(tmp_path / "hide")  # and no natural voice either
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(hidden), os.environ.get("PYTHONPATH", "")])
    )

    class NoEngine(speech_module.SpeechRenderer):
        """The real renderer and worker, pointed at a speech library that is not there."""

        def __init__(self, cache_dir: Path, timeout_s: float = 15.0, **_kw: object) -> None:
            super().__init__(cache_dir, timeout_s, library=missing)

    monkeypatch.setattr(speech_module, "SpeechRenderer", NoEngine)
    seen: dict[str, object] = {}

    def captions_moving(window: MainWindow) -> bool:
        session = window.page_named("imagine").session
        return session is not None and bool(window.page_named("imagine").voice_status.text())

    def inspect(window: MainWindow) -> None:
        session = window.page_named("imagine").session
        assert session is not None
        seen["status"] = window.page_named("imagine").voice_status.text()
        seen["caption"] = window.page_named("imagine").caption.text()
        seen["done"] = session.done

    assert run_app(["imagine", "short-calm"], inspect, captions_moving) == 0
    status = str(seen["status"])
    assert "no speech engine was found" in status and "on screen" in status, status
    assert seen["caption"] and seen["done"] is False
    assert not list((tmp_path / "xdg-cache").rglob("*.wav"))  # nothing was rendered
