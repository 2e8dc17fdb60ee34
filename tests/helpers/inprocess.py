"""The whole app in this process: ``companion ARGV`` run until a test has looked at its window."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from companion.cli import main
from companion.ui.shell.window import MainWindow


def run_app(
    argv: list[str],
    inspect: Callable[[MainWindow], None],
    ready: Callable[[MainWindow], bool] | None = None,
    timeout_s: float = 30.0,
) -> int:
    """Run ``companion ARGV`` in this process until ``inspect(window)`` has looked at it.

    ``inspect`` runs once the window is shown, its sound device bound and ``ready(window)`` (if
    given) is true; then the window closes and the event loop ends. Needs ``qapp``. The
    application's palette, font and style sheet are put back afterwards.
    """
    seen: list[MainWindow] = []
    deadline = time.monotonic() + timeout_s

    def look() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        waiting = not windows or not windows[0].services.sound.is_bound
        if not waiting and ready is not None and time.monotonic() < deadline:
            try:
                waiting = not ready(windows[0])
            except Exception:
                windows[0].close()  # a broken test must not keep the app running
                raise
        if waiting and time.monotonic() < deadline:
            QTimer.singleShot(50, look)
            return
        if not windows:
            QApplication.exit(1)
            return
        seen.append(windows[0])
        try:
            inspect(windows[0])
        finally:
            windows[0].close()

    app = QApplication.instance()
    assert isinstance(app, QApplication), "needs the qapp fixture"
    saved = (app.palette(), app.font(), app.styleSheet())
    QTimer.singleShot(0, look)
    try:
        code = main(argv)
    finally:
        app.setStyleSheet(saved[2])
        app.setPalette(saved[0])
        app.setFont(saved[1])
    assert seen, "the window never appeared"
    for window in seen:  # later tests must not find this window
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
