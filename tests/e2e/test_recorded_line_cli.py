"""Done means: a line recorded through SDL's disk capture plays where it belongs.

A loved one's "voice" is a 660 Hz tone in a file that SDL's disk driver hands the app as its
microphone (``SDL_DISKAUDIOFILEIN``). The app records it as the second line of Two-minute
calm (pressing the recorder's buttons); then ``companion imagine short-calm`` plays through
SDL's disk output, and the tone is found where the second line is said, between the voice's
first and third lines.
"""

from __future__ import annotations

import array
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_activity_sound import RATE, play

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
TONE_HZ = 660.0


def tone_file(path: Path) -> None:
    rate = 22050
    lead = [0] * int(0.4 * rate)
    body = [int(9000 * math.sin(2 * math.pi * TONE_HZ * i / rate)) for i in range(int(1.5 * rate))]
    path.write_bytes(array.array("h", lead + body + lead * 4).tobytes())


def tone_share(samples: array.array, start: int, length: int) -> float:
    """How much of a stretch's power is at the tone's frequency (Goertzel): ~1 for the tone,
    small for speech."""
    segment = samples[start : start + length]
    if not segment:
        return 0.0
    k = 2 * math.cos(2 * math.pi * TONE_HZ / RATE)
    s1 = s2 = 0.0
    for x in segment:
        s1, s2 = x + k * s1 - s2, s1
    power = (s1 * s1 + s2 * s2 - k * s1 * s2) / len(segment)
    total = sum(x * x for x in segment) or 1
    return 2 * power / total


def test_a_recorded_line_plays_in_its_place(app_env, isolated_dirs, tmp_path: Path) -> None:
    mic = tmp_path / "mic.raw"
    tone_file(mic)
    env = {
        **app_env,
        "SDL_AUDIODRIVER": "disk",
        "SDL_DISKAUDIOFILEIN": str(mic),
        "SDL_DISKAUDIOFILE": os.devnull,
    }
    env.pop("SDL_DISKAUDIODELAY", None)
    done = subprocess.run(
        [sys.executable, str(HERE / "record_line.py"), "short-calm", "2", "Anna"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    assert "kept 1." in done.stdout and "line 2: For the next two minutes" in done.stdout

    heard = play(["imagine", "short-calm", "--no-music"], app_env, tmp_path / "play", 10.0)
    onsets = heard.onsets()
    assert onsets, onsets
    step = int(0.1 * RATE)
    offset = heard.shown_at - heard.opened_at  # window time -> seconds into the output
    tone_at = [
        i / RATE - offset
        for i in range(0, len(heard.left) - step, step)
        if tone_share(heard.left, i, step) > 0.8
    ]
    assert tone_at, "the recording was not heard"
    start, end = tone_at[0], tone_at[-1] + 0.1
    assert 1.3 <= end - start <= 1.9, tone_at  # the 1.5 s take, in one piece
    assert len(tone_at) >= 12
    # The voice said line 1 first (and not as a tone), then Anna's line 2, then line 3.
    assert onsets[0] < start - 1.0, (onsets, start)
    assert tone_share(heard.left, int((onsets[0] + offset) * RATE), int(0.5 * RATE)) < 0.3
    assert heard.rms_db(onsets[0], onsets[0] + 0.8) > -45
    assert heard.rms_db(end + 0.4, end + 1.6) > -45, "line 3 did not follow"
    assert (
        max(
            tone_share(heard.left, int((t + offset) * RATE), step)
            for t in [end + 0.4 + 0.1 * n for n in range(10)]
        )
        < 0.5
    )
