"""Benchmark the audio engine: time from play to first sound, and memory while streaming.

Run on its own (``python benchmarks/bench_audio.py``) or call :func:`main`. Each figure is
measured in a child process with SDL's ``disk`` driver, whose output file shows exactly
when sound left the mixer:

- latency: the driver paced in real time; a child polls the file for the first non-zero
  sample after ``play_music()`` (the median of several starts). A real device adds its own
  buffer (~23 ms at 1024 frames) on top.
- memory: a 20-minute OGG generated into a temporary folder, played with the driver
  running as fast as it can (``SDL_DISKAUDIODELAY=0``, output to ``/dev/null``); the child
  samples its RSS every 30 s of played audio. Streaming keeps it flat; decoding the file
  into RAM (``mixer.Sound``) would add about 10 MB a minute.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import wave
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LONG_MINUTES = 20

LATENCY_CHILD = textwrap.dedent(
    """
    import json, os, statistics, sys, time
    from pathlib import Path
    t0 = time.perf_counter()
    from companion.services.audio.output import open_audio
    audio = open_audio()
    opened = time.perf_counter() - t0
    out = os.environ["SDL_DISKAUDIOFILE"]

    def first_sound_after(start_size, limit=2.0):
        end = time.perf_counter() + limit
        with open(out, "rb") as handle:
            handle.seek(start_size)
            while time.perf_counter() < end:
                chunk = handle.read()
                if chunk.strip(b"\\0"):
                    return time.perf_counter()
                audio.tick()
                time.sleep(0.0005)
        return float("nan")

    t0 = time.perf_counter()
    audio.load_music(Path(sys.argv[1]))
    loaded = time.perf_counter() - t0
    times = {"plain": [], "fade": []}
    for _ in range(7):
        for kind, fade in (("plain", 0.0), ("fade", 3.0)):
            time.sleep(0.1)
            size = os.path.getsize(out)
            t0 = time.perf_counter()
            audio.play_music(fade_in_s=fade)
            times[kind].append(first_sound_after(size) - t0)
            audio.stop_music()
    audio.close()
    print(json.dumps({"open": opened, "load": loaded,
                      "plain": statistics.median(times["plain"]),
                      "fade": statistics.median(times["fade"])}))
    """
)

MEMORY_CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    from pathlib import Path
    from companion.services.audio.output import open_audio

    PAGE = os.sysconf("SC_PAGE_SIZE")

    def rss_mb():
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * PAGE / 2**20

    audio = open_audio()
    audio.load_music(Path(sys.argv[1]))
    samples = [(0.0, rss_mb())]
    t0 = time.perf_counter()
    audio.play_music(fade_in_s=3.0)
    next_mark = 30.0
    while audio.music_state().value != "stopped":
        audio.tick()
        position = audio.music_position()
        if position >= next_mark:
            samples.append((position, rss_mb()))
            next_mark += 30.0
        time.sleep(0.002)
    samples.append((samples[-1][0], rss_mb()))
    print(json.dumps({"samples": samples, "wall": time.perf_counter() - t0}))
    """
)


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(PYTHONPATH=str(REPO), PYGAME_HIDE_SUPPORT_PROMPT="1", **extra)
    return env


def _run(script: str, arg: Path, env: dict[str, str], timeout: float = 300) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script, str(arg)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    result: dict = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def write_tone(path: Path, seconds: float = 5.0) -> Path:
    """A stereo 440 Hz tone at -12 dBFS (stdlib only)."""
    rate = 44100
    frames = bytearray()
    for i in range(int(seconds * rate)):
        v = int(8000 * math.sin(2 * math.pi * 440 * i / rate)).to_bytes(2, "little", signed=True)
        frames += v + v
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(bytes(frames))
    return path


def write_long_ogg(path: Path, minutes: float = LONG_MINUTES) -> Path:
    """A long, low-quality mono OGG (a tone with a little noise), written in 10 s blocks."""
    import numpy as np
    import soundfile

    rate = 22050
    rng = np.random.default_rng(1)
    with soundfile.SoundFile(
        str(path), "w", rate, 1, format="OGG", subtype="VORBIS", compression_level=1.0
    ) as handle:
        for block in range(int(minutes * 6)):
            t = (np.arange(rate * 10) + block * rate * 10) / rate
            x = 0.2 * np.sin(2 * np.pi * 220 * t) + 0.02 * rng.standard_normal(t.size)
            handle.write(x.astype(np.float32))
    return path


def bench_latency(folder: Path) -> None:
    """Time from ``play_music()`` to the first non-silent sample, paced in real time."""
    tone = write_tone(folder / "tone.wav")
    env = _env(SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE=str(folder / "latency.raw"))
    result = _run(LATENCY_CHILD, tone, env)
    print(
        f"audio: open_audio() {result['open'] * 1000:.0f} ms (import pygame + mixer.init), "
        f"load_music() {result['load'] * 1000:.1f} ms"
    )
    print(
        f"audio: play_music() to first sound {result['plain'] * 1000:.0f} ms without fade, "
        f"{result['fade'] * 1000:.0f} ms with the 3 s fade-in (median of 7; disk driver)"
    )


def bench_memory(folder: Path) -> None:
    """RSS while streaming a long OGG: start, peak and end."""
    try:
        started = time.perf_counter()
        track = write_long_ogg(folder / "long.ogg")
        made = time.perf_counter() - started
    except ImportError as exc:
        print(f"audio: memory while streaming skipped ({exc.name} is needed to make the file)")
        return
    env = _env(SDL_AUDIODRIVER="disk", SDL_DISKAUDIOFILE="/dev/null", SDL_DISKAUDIODELAY="0")
    result = _run(MEMORY_CHILD, track, env, timeout=900)
    rss = [mb for _, mb in result["samples"]]
    print(
        f"audio: streaming a {LONG_MINUTES}-minute OGG ({track.stat().st_size / 2**20:.1f} MB, "
        f"made in {made:.0f} s; played through in {result['wall']:.0f} s): RSS "
        f"start {rss[0]:.1f} MB, peak {max(rss):.1f} MB, end {rss[-1]:.1f} MB "
        f"({len(rss)} samples; growth {max(rss) - rss[0]:.1f} MB)"
    )
    spread = statistics.pstdev(rss)
    print(f"audio: RSS spread over the run {spread:.2f} MB (flat means streaming)")


def main() -> None:
    """Run the audio benchmarks and print one line per figure."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_latency(folder)
        bench_memory(folder)


if __name__ == "__main__":
    main()
