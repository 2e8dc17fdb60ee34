"""Benchmark Imagine: time from Play to the first spoken sample, cold and cached.

Each case runs the real session (real espeak-ng worker, real pygame mixer on SDL's ``disk``
driver) in a fresh process and measures from ``session.start()`` until the first non-zero
sample lands in the device's output file:

* cold: a fresh speech cache and a worker not yet started (the app's worst case);
* warm worker: the worker running and the natural voice loaded (Imagine does both when it
  opens), nothing cached: the usual case, "Play → first natural-voice sample, cold";
* cached: the first sentence already rendered.

The voice is the English default: the natural one (Piper) where it is installed.

Run on its own (``python benchmarks/bench_imagine.py``) or from ``benchmarks/run.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

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

    OUT = Path(os.environ["SDL_DISKAUDIOFILE"])
    mode, cache = sys.argv[1], Path(sys.argv[2])
    app = QCoreApplication([])
    audio = open_audio()
    speech = SpeechRenderer(cache)
    if mode != "cold":
        speech.available  # start the worker, as the page does when shown
        speech.prepare(None, "en")  # ...and load the voice, as Imagine does when it opens
    script = parse_script(
        "title: Bench\\n---\\nLet your shoulders soften, and rest your hands.\\n"
        "The light is warm and slow.\\n",
        script_id="bench",
    )
    sound = SoundPath(AppState(Preferences(), None), speech)
    sound.bind(audio)
    session = ImagineSession(script, speech, sound, None)
    with open(OUT, "rb") as f:
        f.seek(0, 2)
        offset = f.tell()
    started = time.perf_counter()
    session.start()
    first = None
    while first is None and time.perf_counter() - started < 60:
        app.processEvents()
        with open(OUT, "rb") as f:
            f.seek(offset)
            data = f.read()
        offset += len(data) - len(data) % 4
        if any(data):
            first = time.perf_counter() - started
        time.sleep(0.001)
    session.stop()
    speech.close()
    audio.close()
    print(json.dumps({"first_sample_s": first}))
    """
)


def _once(mode: str, cache: Path, out: Path) -> float:
    env = dict(os.environ)
    env.update(
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILE=str(out),
        SDL_DISKAUDIODELAY="23",  # real time: the latency a listener would hear
        PYTHONPATH=str(REPO),
        QT_QPA_PLATFORM="offscreen",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
    )
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(cache)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    value = json.loads(done.stdout.strip().splitlines()[-1])["first_sample_s"]
    if value is None:
        raise SystemExit("imagine benchmark: no sound came out")
    return float(value)


def measure(runs: int = 3) -> dict[str, float]:
    """Median seconds from Play to the first audible sample, per case."""
    results: dict[str, list[float]] = {"cold": [], "warm": [], "cached": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            results["cold"].append(_once("cold", root / "a", root / "1.raw"))
            results["warm"].append(_once("warm", root / "b", root / "2.raw"))
            results["cached"].append(_once("cached", root / "b", root / "3.raw"))
    return {mode: statistics.median(values) for mode, values in results.items()}


def main() -> None:
    """Print the Play-to-first-sample figures."""
    m = measure()
    print(
        "imagine: Play to first spoken sample, natural voice (median of 3, real mixer, disk "
        "driver): "
        f"cold {m['cold'] * 1000:.0f} ms, worker warm {m['warm'] * 1000:.0f} ms, "
        f"cached {m['cached'] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
