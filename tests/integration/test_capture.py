"""The real microphone path: SDL's capture in pygame 2, fed by SDL's disk driver.

``SDL_DISKAUDIOFILEIN`` is what the "microphone" hears (raw 16-bit mono samples, as the
device was opened). Each case runs in a fresh process: SDL picks its driver once.
"""

from __future__ import annotations

import array
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.services.audio.capture import NO_MICROPHONE, CaptureError, open_capture

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys, time
from companion.services.audio.output import open_audio
from companion.services.audio.capture import open_capture
from companion.services.audio.levelling import finish_take
out = open_audio()
mic = open_capture()
mic.start()
levels = []
started = time.monotonic()
while time.monotonic() - started < float(sys.argv[1]):
    time.sleep(0.05)
    levels.append(mic.level())
raw = mic.stop()
mic.close()
wav, seconds = finish_take(raw, mic.rate)
print(json.dumps({"raw": raw[:4000].hex(), "frames": len(raw) // 2, "seconds": seconds,
                  "levels": levels, "rate": mic.rate, "output": out.available}))
"""


def tone(path: Path, seconds: float = 1.0, lead_s: float = 0.3) -> bytes:
    rate = 22050
    lead = [0] * int(lead_s * rate)
    body = [int(9000 * math.sin(2 * math.pi * 660 * i / rate)) for i in range(int(seconds * rate))]
    data = array.array("h", lead + body + lead).tobytes()
    path.write_bytes(data)
    return data


def test_a_take_is_what_the_microphone_heard_trimmed(tmp_path: Path) -> None:
    heard = tone(tmp_path / "mic.raw")
    env = {
        **os.environ,
        "SDL_AUDIODRIVER": "disk",
        "SDL_DISKAUDIOFILEIN": str(tmp_path / "mic.raw"),
        "SDL_DISKAUDIOFILE": os.devnull,  # real-time pacing, nothing written anywhere
        "PYTHONPATH": str(REPO),
    }
    env.pop("SDL_DISKAUDIODELAY", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "2.2"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["output"] and result["rate"] == 22050
    assert bytes.fromhex(result["raw"]) == heard[:4000]  # the take starts with the file
    assert result["frames"] >= len(heard) // 2  # all of it (then the driver's silence)
    assert 1.0 <= result["seconds"] <= 1.0 + 2 * 0.12 + 0.05  # the quiet ends trimmed off
    assert max(result["levels"]) == pytest.approx(9000 / 32768, abs=0.01)  # the meter moved


def test_the_dummy_driver_is_no_microphone() -> None:
    assert os.environ["SDL_AUDIODRIVER"] == "dummy"  # as every test runs (tests/conftest.py)
    with pytest.raises(CaptureError) as caught:
        open_capture()
    assert caught.value.code == NO_MICROPHONE
