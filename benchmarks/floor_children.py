"""Processes ``bench_floor.py`` measures: ``python benchmarks/floor_children.py MODE [SECS]``.

Each prints one JSON object on its last line.

Modes:
    circle SECS       A bare PySide6 circle repainted whole at 60 fps (a 16 ms timer): CPU
                      seconds over SECS after a 2 s settle, and the peak resident memory.
    breathe SECS      ``companion breathe`` through the command line, with its sound (SDL's
                      dummy driver, the real mixer): CPU seconds over SECS, peak memory, and
                      the resident memory at each stage (window painted, sound open, cues).
    breathe-hidden SECS  The same session with its window minimised after the settle: CPU.
    import NAME       The resident memory one module adds, imported after a QApplication.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from children import as_the_app_imports, when_shown  # the sibling script

# Modules a breathing session should not need: listed when they were imported after all.
WATCHED = ("numpy", "mutagen", "soundfile", "_hashlib", "pygame.display", "PySide6.QtSvg")
SETTLE_MS = 2000  # start-up and the first breath's cue: not in the steady-state figure


def rss_mb() -> float:
    """This process's resident memory now (MB)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    """This process's peak resident memory (MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _measure(
    app: object,
    seconds: float,
    extra: dict[str, object],
    on_settle: Callable[[], None] | None = None,
    on_end: Callable[[], None] | None = None,
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    start: list[float] = []

    def begin() -> None:
        if on_settle is not None:
            on_settle()
        start.append(time.process_time())

    def end() -> None:
        if on_end is not None:
            on_end()
        figures = dict(extra, cpu_s=time.process_time() - start[0], peak_mb=peak_mb())
        figures["modules"] = sorted(name for name in WATCHED if name in sys.modules)
        print(json.dumps(figures), flush=True)
        os._exit(0)  # measured: no teardown

    QTimer.singleShot(SETTLE_MS, begin)
    QTimer.singleShot(int(SETTLE_MS + seconds * 1000), end)
    QApplication.exec()  # the class's: the app's own may be the bench's stand-in


_KEPT: list[object] = []


def bare_circle(interval_ms: int):  # type: ignore[no-untyped-def]
    """The floor: the least a Qt program can do to show a breathing circle, repainted whole
    every ``interval_ms``. Returns the application (and keeps its widget and timer alive)."""
    from PySide6.QtCore import QPointF, QTimer
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    class Circle(QWidget):
        def paintEvent(self, _event: object) -> None:
            r = 100 + 80 * abs((time.monotonic() % 10) / 5 - 1)
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setBrush(QColor("#8CC2C0"))
            p.drawEllipse(QPointF(self.width() / 2, self.height() / 2), r, r)
            p.end()

    app = QApplication(sys.argv[:1])
    widget = Circle()
    widget.resize(960, 760)
    widget.show()
    timer = QTimer(widget)
    timer.setInterval(interval_ms)
    timer.timeout.connect(widget.update)
    timer.start()
    _KEPT.append(widget)  # alive while the application runs
    return app


def circle(seconds: float) -> None:
    """The bare circle at 60 fps."""
    _measure(bare_circle(16), seconds, {})


def breathe(seconds: float, hidden: bool) -> None:
    """``companion breathe`` as a person starts it; stages of its memory on the way."""
    stages: dict[str, float] = {"python": rss_mb()}
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    stages["qt"] = rss_mb()
    as_the_app_imports()
    windows: list[QMainWindow] = []

    def painted(window: QMainWindow) -> None:
        stages["painted"] = rss_mb()
        windows.append(window)

    import companion.app as wiring
    from companion.services.audio import output

    fired = [0]  # animation and refresh firings while minimised
    opened = output.open_audio
    outputs: list[output.AudioOutput] = []

    def open_audio() -> output.AudioOutput:
        before = rss_mb()
        audio = opened()
        stages["sound_open"] = rss_mb() - before
        outputs.append(audio)
        return audio

    def decoded() -> None:  # the cues kept decoded (44.1 kHz, 16-bit stereo)
        stages["frames_hidden"] = fired[0]
        sounds = getattr(outputs[0], "_sounds", {}) if outputs else {}
        stages["cues_decoded"] = sum(s.get_length() for s in sounds.values()) * 176400 / 2**20
        stages["end"] = rss_mb()

    output.open_audio = open_audio  # type: ignore[assignment]
    from companion.ui.shell import window as shell

    made, opened_page = shell.MainWindow.__init__, shell.MainWindow.open

    def make(self: shell.MainWindow, *args: object, **kwargs: object) -> None:
        stages["imports"] = rss_mb()  # everything imported before the window is made
        made(self, *args, **kwargs)  # type: ignore[arg-type]
        stages["shell"] = rss_mb()

    def open_page(self: shell.MainWindow, *args: object, **kwargs: object) -> object:
        page = opened_page(self, *args, **kwargs)  # type: ignore[arg-type]
        stages["page"] = rss_mb()
        return page

    shell.MainWindow.__init__ = make  # type: ignore[method-assign]
    when_shown(shell.MainWindow, painted)
    shell.MainWindow.open = open_page  # type: ignore[method-assign]

    def settle() -> None:
        stages["settled"] = rss_mb()
        if hidden and windows:
            windows[0].showMinimized()
            try:
                from companion.ui.common.seen_timer import SeenTimer
            except ImportError:  # a tree from before issue 20 (the bench's "before" run)
                fired[0] = -1
                return
            for timer in windows[0].findChildren(SeenTimer):  # none may fire from now on
                timer.timeout.connect(lambda: fired.__setitem__(0, fired[0] + 1))

    run_gui = wiring.run_gui

    def measured(launch: object) -> int:
        _measure(app, seconds, {"stages": stages}, on_settle=settle, on_end=decoded)
        return 0

    def run(launch: object) -> int:
        # run_gui builds everything, then calls app.exec(): measure inside it.
        app.exec = lambda: measured(launch)  # type: ignore[method-assign]
        return run_gui(launch)  # type: ignore[arg-type]

    wiring.run_gui = run  # type: ignore[assignment]
    from companion.cli import main

    main(["breathe", "--minutes", "10"])


def import_cost(name: str) -> None:
    """What importing ``name`` adds to a process that already has a QApplication."""
    import importlib

    from PySide6.QtWidgets import QApplication

    _app = QApplication(sys.argv[:1])
    before = rss_mb()
    started = time.perf_counter()
    if name == "pygame-mixer":
        from companion.services.audio.lean_pygame import load_mixer

        load_mixer()
    else:
        importlib.import_module(name)
    print(json.dumps({"mb": rss_mb() - before, "ms": (time.perf_counter() - started) * 1000}))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "circle":
        circle(float(sys.argv[2]))
    elif mode in ("breathe", "breathe-hidden"):
        breathe(float(sys.argv[2]), hidden=mode == "breathe-hidden")
    elif mode == "import":
        import_cost(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {mode}")
