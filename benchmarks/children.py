"""Processes the benchmarks measure: ``python benchmarks/children.py MODE``.

Modes:
    startup-app     Companion's window; prints seconds from launch to the first paint.
    startup-breathless  ``companion breathless``: seconds from launch to the first paint
                    (the window opens on the routine's first step).
    startup-bare    A bare PySide6 window, measured the same way.
    cpu-app SECS    The breathing page animating a real session; prints CPU seconds used.
    cpu-bare SECS   A minimal QPainter circle at the same frame rate; prints CPU seconds.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LAUNCHED_AT = float(os.environ.get("BENCH_LAUNCHED_AT", time.time()))


def on_first_paint(window: object, then: object) -> None:
    """Call ``then(window)`` when ``window`` first paints itself.

    Watched on the window itself, never on the application: a Python filter on the whole
    application makes PySide create every Qt type and enum it has not made yet the first time
    a scroll area is built (~35 ms and ~6 MB), which the app itself avoids.
    """
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is window:
                obj.removeEventFilter(self)  # type: ignore[attr-defined]
                then(obj)  # type: ignore[operator]
            return False

    filt = FirstPaint()
    window.installEventFilter(filt)  # type: ignore[attr-defined]
    window._bench_filter = filt  # type: ignore[attr-defined]


def when_shown(window_class: type, then: object) -> None:
    """Call ``then(window)`` when a window of ``window_class`` first paints (the app makes it)."""
    shown = window_class.show  # type: ignore[attr-defined]

    def show(self: object) -> None:
        on_first_paint(self, then)
        shown(self)

    window_class.show = show  # type: ignore[attr-defined]


def _report(_window: object) -> None:
    print(f"{time.time() - LAUNCHED_AT:.4f}", flush=True)
    os._exit(0)  # measured: stop here, no teardown in the figure


def startup_app(*args: str) -> None:
    from PySide6.QtWidgets import QApplication

    # main() reuses an existing QApplication, made here as it would make it.
    QApplication(sys.argv[:1])
    as_the_app_imports()
    from companion.cli import main
    from companion.ui.shell.window import MainWindow

    when_shown(MainWindow, _report)
    main(list(args))


def as_the_app_imports() -> None:
    """The app imports its command line before PySide6, so PySide's import hook never reads
    those modules' sources; here PySide6 came first (for the paint filter): read them as
    lightly as the app reads the window's."""
    try:
        from companion.ui.source_reads import read_sources_lightly
    except ImportError:  # a tree from before it (a "before" run of the bench)
        return
    read_sources_lightly()


def startup_bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    on_first_paint(window, _report)
    window.setWindowTitle("Bare")
    window.setCentralWidget(QLabel("Hello"))
    window.resize(960, 760)
    window.show()
    app.exec()


def cpu_app(seconds: float) -> None:
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.app import build_services
    from companion.core.breathing import Pattern
    from companion.core.preferences import Preferences
    from companion.services.audio.output import SilentAudio
    from companion.services.paths import AppPaths
    from companion.services.store import Store
    from companion.sessions.breathing import BreathingRequest
    from companion.sessions.state import AppState
    from companion.ui.common.theme import apply_theme
    from companion.ui.shell.window import MainWindow

    app = QApplication(sys.argv[:1])
    apply_theme(app, "light", 100)
    folder = Path(tempfile.mkdtemp())
    paths = AppPaths(folder / "data", folder / "config", folder / "cache")
    services = build_services(AppState(Preferences(), None), Store.in_memory(), paths)
    services.sound.bind(SilentAudio("no-device"))
    window = MainWindow(services)
    window.show()
    window.open("breathe", BreathingRequest(Pattern(4, 6), "calm", None))
    _measure_cpu(app, seconds, QTimer)


def cpu_bare(seconds: float) -> None:
    from PySide6.QtCore import QTimer

    from benchmarks.floor_children import bare_circle

    _measure_cpu(bare_circle(33), seconds, QTimer)


def _measure_cpu(app: object, seconds: float, qtimer: type) -> None:
    start: list[float] = []

    def begin() -> None:  # skip start-up: measure the steady state only
        start.append(time.process_time())

    def end() -> None:
        print(f"{time.process_time() - start[0]:.4f}", flush=True)
        app.quit()  # type: ignore[attr-defined]

    qtimer.singleShot(1000, begin)
    qtimer.singleShot(int(1000 + seconds * 1000), end)
    app.exec()  # type: ignore[attr-defined]


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "startup-app":
        startup_app()
    elif mode == "startup-breathless":
        startup_app("breathless")
    elif mode == "startup-bare":
        startup_bare()
    elif mode == "cpu-app":
        cpu_app(float(sys.argv[2]))
    elif mode == "cpu-bare":
        cpu_bare(float(sys.argv[2]))
    else:
        raise SystemExit(f"unknown mode {mode}")
