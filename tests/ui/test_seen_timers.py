"""Nothing ticks for nobody: no page's animation or refreshed words run while it is hidden.

Every repeating timer that draws or rewrites words is a :class:`SeenTimer`. Each test runs a
real activity in the real window, sees its timers fire, then hides it three ways (another
page shown, the window minimised, the window hidden) and counts the firings over a while:
there must be none. Waiting here is the point (nothing may happen in that time), not a
cover for a race.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.core.breathing import Pattern
from companion.core.preferences import Preferences
from companion.sessions.breathing import BreathingRequest
from companion.sessions.meditation import request_from
from companion.ui.common.drawing import AnimatedDrawing
from companion.ui.common.seen_timer import SeenTimer
from companion.ui.shell.window import MainWindow
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

QUIET_MS = 400  # more than the slowest refresh (250 ms) and ten frames of a drawing


class Counter:
    """Counts the firings of every SeenTimer under a widget."""

    def __init__(self, root: QWidget) -> None:
        self.root = root
        self.timers: list[SeenTimer] = []
        self.fired = 0
        self.scan()

    def scan(self) -> None:
        """Count new timers too (a page builds some views when first shown)."""
        for timer in self.root.findChildren(SeenTimer):
            if timer not in self.timers:
                timer.timeout.connect(self._count)
                self.timers.append(timer)

    def _count(self) -> None:
        self.fired += 1

    def active(self) -> list[SeenTimer]:
        return [t for t in self.timers if t.isActive()]


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    win = MainWindow(make_services(state, store, clock, tmp_path, RecordingAudio()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _quiet(qtbot, counter: Counter) -> None:
    counter.scan()
    counter.fired = 0
    qtbot.wait(QUIET_MS)
    assert counter.fired == 0, [t.parent() for t in counter.active()]
    assert not counter.active()


def _ticking(qtbot, counter: Counter) -> None:
    counter.scan()
    counter.fired = 0
    qtbot.waitUntil(lambda: counter.fired >= 3, timeout=2000)


def _breathe(window: MainWindow, _qtbot) -> QWidget:
    return window.open("breathe", BreathingRequest(Pattern(4, 6), "calm", None))


def _meditate(window: MainWindow, _qtbot) -> QWidget:
    return window.open("meditate", request_from(Preferences(), minutes=5))


def _breathless(window: MainWindow, qtbot) -> QWidget:
    page = window.open("breathless")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # the fan: it moves
    return page


@pytest.mark.parametrize("start", [_breathe, _meditate, _breathless], ids=lambda f: f.__name__)
def test_no_page_ticks_while_hidden(window, qtbot, start) -> None:
    page = start(window, qtbot)
    counter = Counter(page)
    assert counter.timers  # the page's animation and words run on SeenTimers
    _ticking(qtbot, counter)

    window.open("history")  # another page on screen; the session goes on
    _quiet(qtbot, counter)
    window.pages.setCurrentWidget(page)  # back: it runs again at once
    _ticking(qtbot, counter)

    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    _quiet(qtbot, counter)
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMinimized())
    _ticking(qtbot, counter)

    window.hide()
    _quiet(qtbot, counter)
    window.show()
    _ticking(qtbot, counter)


def test_every_animated_drawing_runs_on_a_seen_timer(window) -> None:
    """A drawing with its own QTimer would escape the tests above."""
    from PySide6.QtCore import QTimer

    for name in ("breathe", "breathless", "stretch", "massage"):
        page = window.open(name)
        for drawing in page.findChildren(AnimatedDrawing):
            plain = [
                t for t in drawing.findChildren(QTimer) if not isinstance(t.parent(), SeenTimer)
            ]
            assert not plain, (name, type(drawing).__name__)


def test_a_seen_timer_follows_its_widget(qtbot) -> None:
    outer = QWidget()
    qtbot.addWidget(outer)
    inner = QLabel("words", outer)
    QVBoxLayout(outer).addWidget(inner)
    timer = SeenTimer(inner, 20)
    counter = Counter(outer)
    timer.start()
    assert not timer.isActive()  # wanted, but not on screen yet
    outer.show()
    qtbot.waitExposed(outer)
    assert timer.isActive()
    _ticking(qtbot, counter)
    inner.hide()
    _quiet(qtbot, counter)
    inner.show()
    _ticking(qtbot, counter)
    timer.stop()
    _quiet(qtbot, counter)
    outer.hide()
    timer.start()
    assert not timer.isActive()
    outer.show()
    assert timer.isActive()
    outer.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(outer.isMinimized)
    _quiet(qtbot, counter)
