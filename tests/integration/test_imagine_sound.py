"""A script read aloud for real: espeak-ng renders, pygame plays, SDL's ``disk`` driver records.

Each run is a child process (as in test_music.py) whose session clock *is* the length of
the sound file written so far, so the marks it reports (when each segment began, when the
voice started) sit on the same time line as the samples measured here. Measured: the voice
is present while a sentence is spoken, a written pause is digital silence, and the
soundscape (a 55 Hz test tone, below the voice's pitch) is ducked under the voice and comes
back afterwards.
"""

from __future__ import annotations

import array
import json
import math
import os
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest

from companion.core.ramps import DEFAULT_DUCK_DB

REPO = Path(__file__).resolve().parents[2]
RATE = 44100
TONE_HZ = 55.0

SCRIPT = """title: Sound test
pace: 140
---
[pause 4]
Rest your hands, and let your shoulders soften.
[pause 3]
Good.
"""

CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from companion.core.imagine.scripts import parse_script
    from companion.services.audio.output import open_audio
    from companion.core.preferences import Preferences
    from companion.services.speech import SpeechRenderer
    from companion.sessions.imagine import ImagineSession
    from companion.sessions.sound import SoundPath
    from companion.sessions.state import AppState

    OUT = os.environ["SDL_DISKAUDIOFILE"]

    def clock():
        try:
            return os.path.getsize(OUT) / 176400  # seconds of sound written so far
        except OSError:
            return 0.0

    app = QCoreApplication([])
    speech = SpeechRenderer(Path(sys.argv[2]))
    if not speech.available:  # start the worker before the sound clock runs
        print(json.dumps({"skip": speech.reason}))
        sys.exit(0)
    audio = open_audio(clock)
    assert audio.available, audio.reason
    script = parse_script(Path(sys.argv[1]).read_text(), script_id="sound-test")
    music = Path(sys.argv[3]) if sys.argv[3] != "-" else None
    sound = SoundPath(AppState(Preferences(), None), speech, now=clock)
    sound.bind(audio)
    session = ImagineSession(script, speech, sound, None, music=music, now=clock)
    report = {"enter": {}, "speak": {}, "done": []}
    session.segment_changed.connect(lambda i: report["enter"].__setitem__(i, clock()))
    session.speaking.connect(lambda i: report["speak"].__setitem__(i, clock()))
    session.finished.connect(report["done"].append)
    session.start()
    limit = time.monotonic() + 60
    while not report["done"] and time.monotonic() < limit:
        # The disk driver runs ~2.5x faster than the session's timers: poll as they would.
        session.poll()
        app.processEvents()
        time.sleep(0.002)
    report["lengths"] = {i: session.queue.length(i) for i in report["speak"]}
    speech.close()
    audio.close()
    print(json.dumps(report))
    """
)


def tone(path: Path, seconds: float = 8.0, amp: float = 0.5) -> Path:
    """A stereo sine at TONE_HZ: the 'soundscape' whose level is easy to pick out."""
    frames = array.array("h")
    for i in range(int(seconds * RATE)):
        v = int(32767 * amp * math.sin(2 * math.pi * TONE_HZ * i / RATE))
        frames.extend((v, v))
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames.tobytes())
    return path


class Played:
    """The left channel of what was played, and the child's marks (seconds)."""

    def __init__(self, raw: bytes, report: dict) -> None:
        both = array.array("h")
        both.frombytes(raw[: len(raw) // 4 * 4])
        self.left = both[::2]
        self.enter = {int(k): v for k, v in report["enter"].items()}
        self.speak = {int(k): v for k, v in report["speak"].items()}
        self.lengths = {int(k): v for k, v in report["lengths"].items()}
        self.done = report["done"]

    def window(self, start: float, end: float) -> array.array:
        seg = self.left[int(start * RATE) : int(end * RATE)]
        assert len(seg) > RATE // 10, "the window lies beyond what was played"
        return seg

    def rms_db(self, start: float, end: float) -> float:
        seg = self.window(start, end)
        power = sum(s * s for s in seg) / len(seg)
        return 10 * math.log10(power / 32768**2) if power else -math.inf

    def peak(self, start: float, end: float) -> int:
        return max(abs(s) for s in self.window(start, end))

    def tone_db(self, start: float, end: float) -> float:
        """Level of the 55 Hz tone alone (Goertzel), in dB."""
        seg = self.window(start, end)
        coeff = 2 * math.cos(2 * math.pi * TONE_HZ / RATE)
        s1 = s2 = 0.0
        for x in seg:
            s1, s2 = x + coeff * s1 - s2, s1
        power = s1 * s1 + s2 * s2 - coeff * s1 * s2
        return 10 * math.log10(max(power, 1e-9) / len(seg) ** 2)


def run(tmp_path: Path, music: Path | None) -> Played:
    out = tmp_path / "played.raw"
    script = tmp_path / "sound-test.txt"
    script.write_text(SCRIPT, encoding="utf-8")
    env = dict(os.environ)
    env.update(
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILE=str(out),
        SDL_DISKAUDIODELAY="8",  # ms per 23 ms buffer: ~2.5x real time, still paced
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
    )
    args = [str(script), str(tmp_path / "cache"), str(music) if music else "-"]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True, timeout=90
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if "skip" in report:
        pytest.skip(f"no speech engine here: {report['skip']}")
    return Played(out.read_bytes(), report)


def test_the_voice_speaks_and_the_pauses_are_silent(tmp_path: Path) -> None:
    played = run(tmp_path, music=None)
    assert played.done == [True]
    assert set(played.speak) == {1, 3}  # both sentences spoken, nothing else
    first, length = played.speak[1], played.lengths[1]
    assert 2.0 < length < 6.0  # eight words at 140 words a minute
    assert played.rms_db(first + 0.2, first + length - 0.2) > -40  # the voice is there
    # The opening pause and the written pause between the sentences are digital silence.
    assert played.peak(played.enter[0] + 0.2, played.enter[0] + 3.8) == 0
    # The marks are read from a clock that moves in 23 ms buffers at ~2.5x real time, so on a
    # busy machine one can land a few buffers late: the tolerances allow for that, and the
    # silence is measured well inside the written pause.
    pause = played.enter[2]
    assert pause == pytest.approx(first + length + 0.5, abs=0.3)  # after the gap
    assert played.peak(pause + 0.4, pause + 2.6) == 0
    assert played.speak[3] == pytest.approx(pause + 3.0, abs=0.3)
    assert played.rms_db(played.speak[3] + 0.05, played.speak[3] + played.lengths[3] - 0.05) > -40


def test_the_soundscape_ducks_under_the_voice_and_comes_back(tmp_path: Path) -> None:
    played = run(tmp_path, music=tone(tmp_path / "tone.wav"))
    assert played.done == [True]
    start, voice, length = played.enter[0], played.speak[1], played.lengths[1]
    before = played.tone_db(start + 3.3, start + 3.9)  # faded in (3 s), no voice yet
    under = played.tone_db(voice + 0.5, voice + length - 0.2)  # after the 0.3 s attack
    pause = played.enter[2]
    after = played.tone_db(pause + 1.6, pause + 2.8)  # the voice ended; 1 s release done
    assert before > -40  # the soundscape is playing
    assert under - before == pytest.approx(DEFAULT_DUCK_DB, abs=2.0)
    assert after == pytest.approx(before, abs=1.5)
