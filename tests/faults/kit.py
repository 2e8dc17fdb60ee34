"""Helpers for the fault-tolerance tests: the app as a process, and the app in-process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from companion.app import build_parser, run_gui
from companion.ui.shell.window import MainWindow


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """``companion ARGS`` as a real process (output kept for the failure message)."""
    return subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def children(pid: int) -> set[int]:
    """The process's direct children (Linux /proc), e.g. the speech worker."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def sessions(db: Path) -> list[sqlite3.Row]:
    """The session rows, read-only; empty while the database or its table does not exist."""
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5.0)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []  # not created yet
    finally:
        conn.close()


def wait_for(predicate: Callable[[], object], timeout: float = 30.0, what: str = "") -> None:
    """Poll ``predicate`` every 50 ms until it is true (an AssertionError after ``timeout``)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(0.05)


def run_app(
    argv: list[str],
    inspect: Callable[[MainWindow], None],
    ready: Callable[[MainWindow], bool] | None = None,
    timeout_s: float = 30.0,
) -> int:
    """Run ``companion ARGV`` in this process until ``inspect(window)`` has looked at it.

    ``inspect`` runs once the window is shown, its audio attached and ``ready(window)`` (if
    given) is true; then the window closes and the event loop ends. Needs ``qapp``.
    """
    seen: list[MainWindow] = []
    deadline = time.monotonic() + timeout_s

    def look() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        waiting = not windows or windows[0].audio is None
        if not waiting and ready is not None and time.monotonic() < deadline:
            waiting = not ready(windows[0])
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
    # run_gui themes the whole application; later tests expect Qt's own look back.
    saved = (app.palette(), app.font(), app.styleSheet())
    QTimer.singleShot(0, look)
    try:
        code = run_gui(build_parser().parse_args(argv))
    finally:
        app.setStyleSheet(saved[2])
        app.setPalette(saved[0])
        app.setFont(saved[1])
    assert seen, "the window never appeared"
    for window in seen:  # later tests must not find this window
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
