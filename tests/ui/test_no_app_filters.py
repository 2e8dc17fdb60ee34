"""Nothing in Python watches every event of the application unless a person's choice needs it.

A Python event filter on the whole application costs every event a call into Python, and the
first scroll area built after it makes PySide create every Qt type and enum it has not made
yet (about 35 ms and 6 MB, measured by ``make bench``). The window, its pages and their keys
work without one; the tremor guard installs its filter while it is switched on, and only then.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from companion.ui.common import shortcuts
from tests.helpers.services import make_services, shown_window

# Run in a process of its own: the test session's own filters (pytest-qt's) already made
# every type. It opens the app as a person does, visits pages, moves the focus with Tab and
# presses Enter, then says whether PySide made a type nothing asked for (QWizard).
CHILD = """
import sys
from PySide6 import QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication(["companion"])

def visit():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    window.activateWindow()
    QApplication.processEvents()
    if sys.argv[1:2] == ["breathe"]:  # a session breathes a while and is paused by Space
        QTest.qWait(1500)
        QTest.keyClick(window.current(), Qt.Key.Key_Space)
        QTest.qWait(200)
        print("made:", "QWizard" in QtWidgets.__dict__, window.current().session.paused)
        return 0
    for name in ("home", "listen", "history", "settings", "stretch", "home"):
        window.open(name)
        QApplication.processEvents()
        for _ in range(4):
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    window.home.history_button.setFocus()
    QTest.keyClick(window.home.history_button, Qt.Key.Key_Return)
    QTest.qWait(300)  # Enter presses the button (an animated click)
    print("made:", "QWizard" in QtWidgets.__dict__, window.current().name)
    return 0

app.exec = visit
from companion.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("args", "after"), [((), "history"), (("breathe", "--minutes", "2"), "True")]
)
def test_the_app_makes_only_the_qt_types_it_uses(app_env, args, after) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args],
        env=app_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"made: False {after}" in done.stdout, done.stdout + done.stderr


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    win = shown_window(qtbot, make_services(state, store, clock, tmp_path))
    yield win
    win.close()


def test_the_tremor_guard_watches_the_application_only_while_it_is_on(window, state) -> None:
    guard = window.press_guard
    assert not guard.watching  # off by default
    state.update(repeat_guard_s=0.5)
    assert guard.watching
    state.update(repeat_guard_s=0.0)
    assert not guard.watching


def test_the_key_target_moves_with_the_focus(qtbot, window) -> None:
    """Enter presses the button that had the focus when it was pressed: what remembers that
    watches the focused widget alone, and follows the focus as it moves."""
    first, second = window.home.findChildren(QPushButton)[:2]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Shift)
    assert shortcuts._KeyTarget.target is first
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    qtbot.keyClick(second, Qt.Key.Key_Shift)
    assert shortcuts._KeyTarget.target is second
