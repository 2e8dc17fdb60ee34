"""Benchmark the speech service: cold start, cache hit, rendering speed and the worker's
memory, for the natural voice (Piper, the English default) and for espeak-ng.

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
VOICES = {"natural (Piper, joe)": "piper:en_US-joe-medium", "espeak-ng": "gmw/en"}


def _seconds(path: Path) -> float:
    """Length of a WAV in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def _rss_mb(pid: int) -> tuple[float, float]:
    """A process's resident memory now and at its peak (VmRSS, VmHWM), in MB (Linux)."""
    found = {"VmRSS": 0.0, "VmHWM": 0.0}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                key = line.split(":")[0]
                if key in found:
                    found[key] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return found["VmRSS"], found["VmHWM"]


def measure(voice: str) -> dict[str, float]:
    """Timings (seconds), render speed (× real time) and memory (MB) in a scratch cache."""
    with tempfile.TemporaryDirectory() as scratch, SpeechRenderer(Path(scratch)) as speech:
        started = time.perf_counter()
        try:
            first = speech.render(SENTENCES[0], voice=voice)
        except SpeechUnavailable as exc:
            raise SystemExit(f"speech benchmark skipped: {exc}") from exc
        cold_s = time.perf_counter() - started
        started = time.perf_counter()
        speech.render(SENTENCES[0], voice=voice)
        cached_s = time.perf_counter() - started
        started = time.perf_counter()
        paths = [speech.render(s, rate_wpm=125, voice=voice) for s in SENTENCES]  # all misses
        render_s = time.perf_counter() - started
        spoken_s = sum(_seconds(p) for p in paths)
        assert _seconds(first) > 0 and speech.worker_renders == len(SENTENCES) + 1
        proc = speech._proc
        rss, peak = _rss_mb(proc.pid) if proc is not None else (0.0, 0.0)
    return {
        "cold_first_wav_s": cold_s,
        "cached_render_s": cached_s,
        "render_wall_s": render_s,
        "rendered_audio_s": spoken_s,
        "speed_x_realtime": spoken_s / render_s,
        "worker_rss_mb": rss,
        "worker_peak_mb": peak,
    }


def main() -> None:
    """Print the speech benchmark figures, per engine."""
    for name, voice in VOICES.items():
        m = measure(voice)
        print(
            f"speech ({name}): first WAV from a cold renderer {m['cold_first_wav_s'] * 1000:.0f}"
            f" ms; cached {m['cached_render_s'] * 1e6:.0f} µs; render speed "
            f"{m['speed_x_realtime']:.1f}× real time ({m['rendered_audio_s']:.1f} s of speech "
            f"in {m['render_wall_s'] * 1000:.0f} ms); worker memory {m['worker_rss_mb']:.0f} MB"
            f" (peak {m['worker_peak_mb']:.0f} MB)"
        )


if __name__ == "__main__":
    main()
