"""``make bench``: start-up, animation CPU and pacer accuracy, printed as figures.

Each figure is measured in fresh processes (offscreen Qt, SDL dummy audio, a temporary
XDG home) and compared with a bare PySide6 baseline where a ratio is asked for.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))


def child_env(home: Path) -> dict[str, str]:
    """What a measured child process runs with: offscreen Qt, SDL's dummy sound, a temporary
    XDG home, and its bytecode cached as an installed app has it."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        PYTHONPATH=str(REPO),
        # as an installed app starts: its bytecode compiled once and kept (here, not in the tree)
        PYTHONPYCACHEPREFIX=str(home / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(mode: str, *args: str, home: Path) -> float:
    env = child_env(home)
    env["BENCH_LAUNCHED_AT"] = repr(time.time())
    out = subprocess.run(
        [sys.executable, str(HERE / "children.py"), mode, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1])


def bench_startup(home: Path, runs: int = 5) -> None:
    """Launch to first paint: Companion vs a bare PySide6 window (medians)."""
    _child("startup-bare", home=home)  # warm the file cache for both
    _child("startup-app", home=home)
    bare = statistics.median(_child("startup-bare", home=home) for _ in range(runs))
    app = statistics.median(_child("startup-app", home=home) for _ in range(runs))
    print(
        f"time to first window: Companion {app * 1000:.0f} ms, bare PySide6 {bare * 1000:.0f} ms"
        f"  -> ratio {app / bare:.2f}"
    )
    _child("startup-breathless", home=home)
    breathless = statistics.median(_child("startup-breathless", home=home) for _ in range(runs))
    print(
        f"time to the first step of 'companion breathless': {breathless * 1000:.0f} ms"
        f" (the home window: {app * 1000:.0f} ms; aim: within 1 s)"
    )


def bench_cpu(home: Path, seconds: float = 10.0) -> None:
    """CPU while the breathing page animates vs a minimal QPainter circle at 30 fps."""
    app = _child("cpu-app", str(seconds), home=home)
    bare = _child("cpu-bare", str(seconds), home=home)
    print(
        f"CPU while animating ({seconds:.0f} s): Companion {app / seconds * 100:.1f}% of a core,"
        f" minimal circle {bare / seconds * 100:.1f}%  -> ratio {app / bare:.2f}"
    )


def bench_boundaries(hours: float = 1.0, seed: int = 7) -> None:
    """Worst phase-boundary error after ``hours`` of simulated time, with timer lateness.

    The session's single-shot timer is simulated: each firing arrives 0–4 ms late, as a
    loaded desktop delivers them. A tick-counting pacer with the same lateness is shown
    for comparison: its error grows with time, the clock-driven one does not.
    """
    from PySide6.QtCore import QCoreApplication

    from companion.core.breathing import Pacer, Pattern
    from companion.sessions.breathing import BreathingSession

    _app = QCoreApplication.instance() or QCoreApplication([])
    rng = random.Random(seed)
    now = [0.0]
    pattern = Pattern(4, 6)
    session = BreathingSession(pattern, "calm", None, None, now=lambda: now[0])
    emitted: list[float] = []
    session.phase_changed.connect(lambda _phase: emitted.append(now[0]))
    session.start()
    end = hours * 3600.0
    while now[0] < end:
        wait_ms = session._timer.interval()  # what the session asked for
        now[0] += wait_ms / 1000.0 + rng.uniform(0.0, 0.004)
        session.poll()
    ideal = [t for t, _ in Pacer(pattern).boundaries(now[0])]
    errors = [abs(e - i) for e, i in zip(emitted, ideal, strict=False)]
    late = [abs(e - i) for e, i in zip(emitted, ideal, strict=False) if i >= end - 60]
    # The naive alternative: count 33 ms frames, each arriving 0–4 ms late.
    ticks, t = 0, 0.0
    while t < end:
        t += 0.033 + rng.uniform(0.0, 0.004)
        ticks += 1
    naive_drift = t - ticks * 0.033
    print(
        f"phase boundaries over {hours:g} h simulated ({len(emitted)} phases): worst error "
        f"{max(errors) * 1000:.1f} ms (last minute {max(late) * 1000:.1f} ms); "
        f"a tick-counting pacer would drift {naive_drift:.0f} s"
    )


def main() -> None:
    """Run every benchmark and print one line per figure."""
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        bench_startup(home)
        bench_cpu(home)
    bench_boundaries()
    for name in (
        "bench_floor.py",  # issue 20: ratios to a bare window and circle; where memory goes
        "bench_history.py",  # 100,000 sessions: page open, CSV and PDF export
        "bench_leading.py",  # start where you are: the longest lead, built and asked
        "bench_speech.py",
        "bench_imagine.py",
        "bench_audio.py",
        "bench_listen.py",
        "bench_library.py",
        "bench_levels.py",  # 2,000 tracks measured in the worker; decoding speed per format
        "bench_soak.py",  # 8 h simulated breathing and listening; 10 min of real animation
    ):
        script = HERE / name
        if script.exists():
            subprocess.run(
                [sys.executable, str(script)], env=child_env(Path(tempfile.mkdtemp())), check=False
            )


if __name__ == "__main__":
    main()
