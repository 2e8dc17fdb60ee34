"""Measuring a family's music: 2,000 tracks through the real measuring workers, the GUI's
event loop timed meanwhile; and the decoding speed per minute of audio, per format.

Run on its own (``python benchmarks/bench_levels.py``) or from ``make bench``. Figures:

* 2,000 tracks with ReplayGain / R128 tags: read from their tags, no decoding;
* 2,000 untagged tracks (short clips: the work around each decoding, per track), with one
  measuring process and with two (the app's choice on two cores or more);
* for each, the CPU a track (this process and the workers): a figure other load on a shared
  machine hardly moves, where the wall clock depends on what else runs (the workers run at
  ``nice`` 10 above whatever started them);
* seconds of decoding and measuring per minute of audio for each format, and what that
  means for 2,000 untagged tracks of 4 minutes;
* the GUI thread's worst and 99th-percentile lateness on a 16 ms timer while the worker
  measures (Qt offscreen, in this process, as in the app).

Files are generated first (not timed). Many tracks share one file's content through hard
links, so 2,000 real paths cost little disk; each is still opened and decoded.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import mutagen  # noqa: E402
import numpy as np  # noqa: E402

from tests.helpers.audio_files import music, track, write  # noqa: E402

TRACKS = 2000
CLIP_S = 2.0
LONG_S = 240.0  # a typical track
FORMATS = (".flac", ".ogg", ".mp3", ".wav", ".opus")
TICK_MS = 16


def _templates(folder: Path, tagged: bool) -> list[Path]:
    made = []
    for i, suffix in enumerate(FORMATS[:4] * 2):  # eight different clips
        path = track(folder / f"t{i}{suffix}", -30.0 + 3 * i, CLIP_S, pulses_per_s=0.5 + i)
        if tagged:
            audio = mutagen.File(path)
            if suffix in (".mp3", ".wav"):
                from mutagen.id3 import TXXX

                if audio.tags is None:
                    audio.add_tags()
                audio.tags.add(TXXX(encoding=3, desc="REPLAYGAIN_TRACK_GAIN", text=["-3.2 dB"]))
            else:
                audio["REPLAYGAIN_TRACK_GAIN"] = "-3.20 dB"
            audio.save()
        made.append(path)
    return made


def _library(root: Path, tagged: bool) -> list[Path]:
    templates = _templates(root / "templates", tagged)
    paths = []
    for i in range(TRACKS):
        source = templates[i % len(templates)]
        target = root / f"Album {i % 40}" / f"{i:04d} Song{source.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, target)
        paths.append(target)
    return paths


@dataclass(frozen=True)
class Run:
    """One pass of the real TrackLevels over a library."""

    seconds: float  # wall clock, first request to idle
    late: list[float]  # the GUI timer's lateness meanwhile (ms)
    workers: int  # worker processes started
    app_cpu: float  # seconds of CPU in this process (the GUI thread, the measuring threads)
    worker_cpu: float  # seconds of CPU in the worker processes, their start included

    def cpu_ms(self, tracks: int) -> float:
        """Milliseconds of CPU a track, everything counted: hardly moved by other load."""
        return (self.app_cpu + self.worker_cpu) / tracks * 1000

    def p99(self) -> float:
        late = self.late
        return statistics.quantiles(late, n=100)[98] if len(late) >= 100 else max(late)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure_library(paths: list[Path], db: Path, measurers: int) -> Run:
    """The real TrackLevels with ``measurers`` WorkerMeasurers through ``paths``, the GUI
    timer's lateness meanwhile, and the CPU it all took."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    from companion.core.listen.playlists import Track
    from companion.services.listen.measure import WorkerMeasurer
    from companion.services.store import Store
    from companion.sessions.levels import TrackLevels

    app = QCoreApplication.instance() or QCoreApplication([])
    store = Store.open(db)
    made: list[WorkerMeasurer] = []

    def make() -> WorkerMeasurer:
        made.append(WorkerMeasurer())
        return made[-1]

    levels = TrackLevels(store, make, measurers=measurers)
    late: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        late.append(max(0, now - last[0] - TICK_MS))
        last[0] = now

    timer.timeout.connect(tick)
    levels.idle.connect(app.quit)
    clock.start()
    timer.start()
    app_cpu, worker_cpu = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    levels.request([Track(str(p)) for p in paths])
    app.exec()
    seconds = time.perf_counter() - started
    timer.stop()
    assert levels.measurements == len(paths), levels.measurements
    levels.close()  # the workers end and are waited for: their CPU is counted
    store.close()
    return Run(
        seconds,
        late,
        sum(m.started for m in made),
        _cpu(resource.RUSAGE_SELF) - app_cpu,
        _cpu(resource.RUSAGE_CHILDREN) - worker_cpu,
    )


def decode_rate(folder: Path) -> dict[str, tuple[float, float]]:
    """Seconds (wall clock, and of the CPU) to decode and measure a minute of audio, per
    format: the worker's own job. On a shared machine the wall clock is the slower."""
    from companion.services.listen.measure import measure_track

    rates = {}
    samples = music(LONG_S, -18.0, pulses_per_s=2.0)
    for suffix in FORMATS:
        path = folder / f"long{suffix}"
        if suffix == ".opus":
            index = np.arange(int(len(samples) * 48000 / 44100)) * 44100 / 48000
            resampled = np.column_stack(
                [np.interp(index, np.arange(len(samples)), samples[:, c]) for c in range(2)]
            ).astype(np.float32)
            write(path, resampled, 48000)
        else:
            write(path, samples)
        measure_track(path)  # warm
        started, cpu = time.perf_counter(), time.process_time()
        measure_track(path)
        minutes = LONG_S / 60
        rates[suffix] = (
            (time.perf_counter() - started) / minutes,
            (time.process_time() - cpu) / minutes,
        )
    return rates


def idle_lateness(seconds: float = 10.0) -> float:
    """The same GUI timer's worst lateness (ms) with nothing measured: the machine's own."""
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    app = QCoreApplication.instance() or QCoreApplication([])
    clock, timer, last, late = QElapsedTimer(), QTimer(), [0], [0.0]

    def tick() -> None:
        now = clock.elapsed()
        late.append(max(0, now - last[0] - TICK_MS))
        last[0] = now

    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    clock.start()
    timer.start()
    app.exec()
    timer.stop()
    return max(late)


# Before issue 18's speed work (one worker; two openings a file; a 100 ms response; the GUI
# thread scanning lists), on this machine, 2026-12-02: figures to compare with, printed beside
# today's. "load 3": other helpers' tests running, the old and the new bench taking turns.
BEFORE = {
    "tagged": "0.9 s idle, 1.1 s at load 3 (once 9.5 s under heavier load)",
    "untagged": (
        "1 process: 12.9 s idle (6.5 ms of CPU a track), 15.6-18.7 s at load 3"
        " (once 110 s under heavier load); GUI timer late by at most 22 ms idle, 57-62 ms at load 3"
    ),
    "decoding": "FLAC 0.14, OGG 0.15, MP3 0.12, WAV 0.11, OPUS 0.39 s of CPU",
}


def _line(kind: str, run: Run, measurers: int) -> str:
    return (
        f"levels of {TRACKS:,} tracks {kind}, {measurers} measuring process"
        f"{'es' if measurers > 1 else ''}: {run.seconds:.1f} s"
        f" ({run.seconds / TRACKS * 1000:.1f} ms a track; CPU {run.cpu_ms(TRACKS):.1f} ms a track:"
        f" {run.app_cpu:.1f} s in the app, {run.worker_cpu:.1f} s in {run.workers} worker"
        f"{'s' if run.workers != 1 else ''}); GUI timer {TICK_MS} ms late by at most"
        f" {max(run.late):.0f} ms (99 %: {run.p99():.0f} ms)"
    )


def main() -> None:
    from companion.sessions.levels import MEASURERS

    print(f"GUI timer {TICK_MS} ms with nothing measured: late by at most {idle_lateness():.0f} ms")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        paths = _library(root / "tagged", tagged=True)
        run = measure_library(paths, root / "history-tagged.db", MEASURERS)
        print(_line("with ReplayGain tags", run, MEASURERS))
        print(f"  before: {BEFORE['tagged']}")
        paths = _library(root / "untagged", tagged=False)
        kind = f"untagged ({CLIP_S:g} s clips)"
        for measurers in sorted({1, MEASURERS}):
            run = measure_library(paths, root / f"history-{measurers}.db", measurers)
            print(_line(kind, run, measurers))
        print(f"  before: {BEFORE['untagged']}")
        rates = decode_rate(root)
        words = ", ".join(f"{s[1:].upper()} {w:.2f} ({c:.2f})" for s, (w, c) in rates.items())
        cpu = statistics.mean(c for _w, c in rates.values())
        minutes = TRACKS * LONG_S / 60 / 60
        print(
            f"decoding and measuring, s per minute of audio, wall clock (CPU): {words}; so "
            f"{TRACKS:,} untagged {LONG_S / 60:.0f}-minute tracks take {minutes * cpu:.0f} min"
            f" of one core ({minutes * cpu / MEASURERS:.0f} min with {MEASURERS} measuring"
            f" processes and the cores free)"
        )
        print(f"  before: {BEFORE['decoding']}")


if __name__ == "__main__":
    main()
