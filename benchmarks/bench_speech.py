"""Benchmark the speech service: cold start, cache hit and rendering speed.

Run on its own (``python benchmarks/bench_speech.py``) or call :func:`main` / :func:`measure`.
"""

from __future__ import annotations

import tempfile
import time
import wave
from pathlib import Path

from companion.services.speech import SpeechRenderer, SpeechUnavailable

SENTENCES = (
    "Find a position that feels comfortable, and let the bed take your weight.",
    "Breathe in gently through your nose, and let the breath go without effort.",
    "Notice the places where your body touches the pillow and the sheet.",
    "There is nothing you need to do right now, and nowhere you need to be.",
    "Imagine a warm light resting on your forehead, soft and unhurried.",
    "Let the light move slowly down across your cheeks and your jaw.",
    "Your shoulders can soften, a little more with each breath out.",
    "Picture a quiet shore, with small waves arriving and leaving again.",
    "If a thought comes, let it drift past like a cloud over the water.",
    "When you are ready, let your eyes open, and bring this calm with you.",
)


def _seconds(path: Path) -> float:
    """Length of a WAV in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def measure() -> dict[str, float]:
    """Return the timings (seconds) and render speed (× real time) in a scratch cache."""
    with tempfile.TemporaryDirectory() as scratch, SpeechRenderer(Path(scratch)) as speech:
        started = time.perf_counter()
        try:
            first = speech.render(SENTENCES[0])
        except SpeechUnavailable as exc:
            raise SystemExit(f"speech benchmark skipped: {exc}") from exc
        cold_s = time.perf_counter() - started
        started = time.perf_counter()
        speech.render(SENTENCES[0])
        cached_s = time.perf_counter() - started
        started = time.perf_counter()
        paths = [speech.render(s, rate_wpm=125) for s in SENTENCES]  # all misses: new rate
        render_s = time.perf_counter() - started
        spoken_s = sum(_seconds(p) for p in paths)
        assert _seconds(first) > 0 and speech.worker_renders == len(SENTENCES) + 1
    return {
        "cold_first_wav_s": cold_s,
        "cached_render_s": cached_s,
        "render_wall_s": render_s,
        "rendered_audio_s": spoken_s,
        "speed_x_realtime": spoken_s / render_s,
    }


def main() -> None:
    """Print the speech benchmark figures."""
    m = measure()
    print(f"speech: first WAV from a cold renderer: {m['cold_first_wav_s'] * 1000:.0f} ms")
    print(f"speech: cached render: {m['cached_render_s'] * 1e6:.0f} µs")
    print(
        f"speech: render speed: {m['speed_x_realtime']:.0f}× real time "
        f"({m['rendered_audio_s']:.1f} s of speech in {m['render_wall_s'] * 1000:.0f} ms, "
        f"{len(SENTENCES)} sentences)"
    )


if __name__ == "__main__":
    main()
