"""Every activity command makes the sound it should, from the first moment.

Each test runs ``companion COMMAND`` as a real process with SDL's ``disk`` driver, which
writes what is played to a file in real time (raw s16 stereo, 44.1 kHz). The app logs the
monotonic time its window appeared; the file starts when the sound device opens. So each
sound's onset can be placed on the same clock as the window, and a silent start fails.
"""

from __future__ import annotations

import array
import math
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

RATE = 44100
BYTES_PER_S = RATE * 4
SHOWN = re.compile(r"window shown at ([0-9.]+) \(monotonic\)")
LOUD = 30  # a sample this far from zero (-61 dBFS) is sound; silence here is digital zero
QUIET_GAP_S = 0.5  # silence this long separates two sounds

pytestmark = pytest.mark.slow


class Heard:
    """What a run played, on the window's clock."""

    def __init__(self, raw: bytes, opened_at: float, shown_at: float, log: str = "") -> None:
        both = array.array("h")
        both.frombytes(raw[: len(raw) // 4 * 4])
        self.both = both
        self.left = both[::2]
        self.opened_at = opened_at  # when the output file appeared (the device opened)
        self.shown_at = shown_at
        self.log = log  # what the app wrote on stderr

    def onsets(self) -> list[float]:
        """Seconds after the window showed at which each separate sound began."""
        found: list[float] = []
        last_loud = -math.inf
        gap = QUIET_GAP_S * RATE
        for i, sample in enumerate(self.left):
            if abs(sample) >= LOUD:
                if i - last_loud > gap:
                    found.append(self.opened_at + i / RATE - self.shown_at)
                last_loud = i
        return found

    def rms_db(self, start_s: float, end_s: float) -> float:
        """Level between two times after the window showed."""
        first = int((start_s + self.shown_at - self.opened_at) * RATE)
        segment = self.left[max(0, first) : max(0, int(first + (end_s - start_s) * RATE))]
        if not segment:
            return -math.inf
        power = sum(s * s for s in segment) / len(segment)
        return 10 * math.log10(power / 32768**2) if power else -math.inf

    def lufs(self, start_s: float, end_s: float) -> float:
        """Integrated loudness (BS.1770, gated) between two times after the window showed."""
        import numpy as np

        from companion.services.audio.loudness import integrated_loudness

        first = max(0, int((start_s + self.shown_at - self.opened_at) * RATE))
        frames = np.frombuffer(self.both, dtype=np.int16).reshape(-1, 2) / 32768.0
        segment = frames[first : first + int((end_s - start_s) * RATE)]
        return integrated_loudness([segment], RATE, 2)[0]


def play(args: list[str], app_env: dict[str, str], tmp_path: Path, seconds: float) -> Heard:
    """Run ``companion ARGS`` for ``seconds`` after its window shows; what did it play?"""
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "heard.raw"
    env = {
        **app_env,
        "SDL_AUDIODRIVER": "disk",
        "SDL_DISKAUDIOFILE": str(out),
        "COMPANION_LOG": "INFO",
    }
    env.pop("SDL_DISKAUDIODELAY", None)  # real time: the file's length is the clock
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    opened_at = None
    deadline = time.monotonic() + 30
    try:
        while opened_at is None and time.monotonic() < deadline and proc.poll() is None:
            if out.exists():
                opened_at = time.monotonic()
            else:
                time.sleep(0.005)
        if opened_at is not None:
            time.sleep(seconds)
    finally:
        proc.send_signal(signal.SIGTERM)
        _stdout, stderr = proc.communicate(timeout=30)
    assert opened_at is not None, "the sound device never opened: " + stderr[-2000:]
    assert proc.returncode == 0, stderr[-2000:]
    shown = SHOWN.search(stderr)
    assert shown, stderr[-2000:]
    return Heard(out.read_bytes(), opened_at, float(shown.group(1)), stderr)


def test_breathe_plays_its_first_in_cue_at_the_start(app_env, tmp_path: Path) -> None:
    heard = play(["breathe", "--minutes", "1"], app_env, tmp_path, 9.0)
    onsets = heard.onsets()
    assert len(onsets) >= 2, onsets
    # The "in" tone starts with the session (within a second of the window, however late
    # the device opened); "out" follows 4 s later, as the 4-6 pattern says.
    assert onsets[0] < 1.0, onsets
    assert onsets[1] - onsets[0] == pytest.approx(4.0, abs=0.3), onsets


FIRST_LINE = "This is a hard moment."  # short-calm's first sentence, at its pace of 130


def spoken_by(cache: Path, voice: str, text: str = FIRST_LINE, rate: int = 130) -> bool:
    """Whether the app's speech cache holds ``text`` as ``voice`` said it (a real renderer
    asks for it: a cache hit needs no rendering)."""
    from companion.services.speech import SpeechRenderer

    with SpeechRenderer(cache) as speech:
        speech.render(text, voice=voice, rate_wpm=rate, language="en")
        return speech.worker_renders == 0


def test_imagine_speaks_its_first_line_within_a_second(
    app_env, isolated_dirs, tmp_path: Path
) -> None:
    """With the natural voice: the worker starts (and Piper loads) as the window is built."""
    heard = play(["imagine", "short-calm", "--no-music"], app_env, tmp_path, 4.0)
    onsets = heard.onsets()
    assert onsets and onsets[0] < 1.0, onsets
    assert heard.rms_db(onsets[0] + 0.1, onsets[0] + 1.0) > -45  # a voice, not a click
    cache = isolated_dirs["cache"] / "companion"
    assert spoken_by(cache, "piper:en_US-joe-medium")
    assert not spoken_by(cache, "gmw/en")


def test_imagine_without_the_natural_engine_speaks_with_espeak_ng(
    app_env, isolated_dirs, tmp_path: Path
) -> None:
    from tests.helpers.hide_piper import hide_piper

    hidden = hide_piper(tmp_path / "hide")
    env = {**app_env, "PYTHONPATH": os.pathsep.join([str(hidden), app_env["PYTHONPATH"]])}
    heard = play(["imagine", "short-calm", "--no-music"], env, tmp_path, 4.0)
    onsets = heard.onsets()
    assert onsets and onsets[0] < 1.0, onsets
    assert heard.rms_db(onsets[0] + 0.1, onsets[0] + 1.0) > -45
    cache = isolated_dirs["cache"] / "companion"
    # espeak-ng's own English said it; the natural voice (not installed) did not
    assert spoken_by(cache, "gmw/en")
    assert not spoken_by(cache, "piper:en_US-joe-medium")
    assert "Piper is not installed" in heard.log


def test_stretch_cues_the_first_movement(app_env, tmp_path: Path) -> None:
    heard = play(["stretch", "hands-2min"], app_env, tmp_path, 6.0)
    onsets = heard.onsets()
    assert onsets and onsets[0] < 1.0, onsets  # "circle halfway round as you breathe in"
    assert len(onsets) >= 2, onsets  # and the out-breath's tone after it


def test_breathless_opens_on_its_first_step_with_its_sound(app_env, tmp_path: Path) -> None:
    """``companion breathless``: the window opens on the first step (a recovery position) and
    its soft note sounds as soon as the device is open (it waited for it, it was not dropped):
    within a second of the window when the device opens in time, as it does on an idle
    machine (the device opening late on a busy one is not the page's doing)."""
    heard = play(["breathless"], app_env, tmp_path, 4.0)
    assert re.search(r"window shown at [0-9.]+ \(monotonic\) on breathless", heard.log)
    onsets = heard.onsets()
    device = heard.opened_at - heard.shown_at  # when the device opened, after the window
    assert onsets and onsets[0] - max(0.0, device) < 0.3, (onsets, device)
    assert onsets[0] < 1.0 or device > 0.7, (onsets, device)
    assert len(onsets) == 1, onsets  # one note, then quiet: nothing paces the breath
    assert heard.rms_db(onsets[0] + 0.05, onsets[0] + 1.0) > -60  # a soft note, not a click


def test_listen_plays_at_once_faded_in(app_env, tmp_path: Path) -> None:
    heard = play(["listen"], app_env, tmp_path, 5.0)
    onsets = heard.onsets()
    assert onsets and onsets[0] < 2.0, onsets
    rising, full = heard.rms_db(0.0, 1.0), heard.rms_db(3.5, 4.5)
    assert full > -40, full  # the soundscape is playing
    assert rising < full - 3, (rising, full)  # and it rose gently from silence


def test_the_voice_the_music_and_the_cues_sit_at_one_loudness(app_env, tmp_path: Path) -> None:
    """Measured as played (BS.1770, gated): the voice within 3 LU of the music, the breath
    tones 4 to 10 LU below it (DESIGN.md §7), so nothing is much louder than anything else."""
    music = play(["listen"], app_env, tmp_path / "music", 9.0).lufs(4.0, 9.0)  # after the fade
    voice = play(["imagine", "short-calm", "--no-music"], app_env, tmp_path / "voice", 8.0)
    tones = play(["breathe", "--minutes", "1"], app_env, tmp_path / "tones", 9.0)
    voice_lufs, tones_lufs = voice.lufs(0.0, 8.0), tones.lufs(0.0, 9.0)
    assert -40 < music < -14, music
    assert abs(voice_lufs - music) <= 3.0, (voice_lufs, music)
    assert 4.0 <= music - tones_lufs <= 10.0, (tones_lufs, music)


def test_meditate_rings_at_the_start_at_the_interval_and_at_the_end(
    app_env, tmp_path: Path, isolated_dirs
) -> None:
    """The issue's "done means": a bell at the start (within a second of the window), one at
    about 15 s and one at the end, 30 s, and nothing between; kept as a complete meditation."""
    heard = play(
        ["meditate", "--minutes", "0.5", "--interval", "0.25", "--bell", "bowl"],
        app_env,
        tmp_path,
        38.0,  # the end bell at 30 s, with room for a disk driver that lags on a busy machine
    )
    onsets = heard.onsets()
    assert len(onsets) == 3, onsets  # and nothing between
    start, middle, end = onsets
    assert start < 1.0, onsets
    # Measured here unloaded: 14.88 s and 29.77 s. SDL's disk driver writes in real time only
    # while it gets the processor; on a loaded machine the file falls behind by a few % (seen:
    # 14.44 s and 28.17 s with two test runs and three helpers on two cores). The interval bell
    # sits halfway however far the file fell behind.
    assert middle - start == pytest.approx(15.0, abs=1.5), onsets
    assert end - start == pytest.approx(30.0, abs=2.5), onsets
    assert (middle - start) / (end - start) == pytest.approx(0.5, abs=0.03), onsets
    bell = heard.lufs(start, start + 10.0)
    assert -45 < bell < -20, bell  # gentle and capped, never startling
    conn = sqlite3.connect(isolated_dirs["data"] / "companion" / "history.db")
    try:
        rows = conn.execute("SELECT activity, item, planned_s, completed FROM sessions").fetchall()
    finally:
        conn.close()
    assert rows == [("meditation", "bowl every 0.25 min", 30.0, 1)]


def test_meditate_with_no_bell_is_silent(app_env, tmp_path: Path) -> None:
    heard = play(["meditate", "--minutes", "0.1", "--bell", "none"], app_env, tmp_path, 8.0)
    assert heard.onsets() == []
