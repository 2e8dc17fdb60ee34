"""The circle paints thousands of frames (guards against PySide's none_dealloc crash)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from companion.core.breathing import Pacer, Pattern
from companion.ui.common.breath_circle import BreathCircle


def test_paints_thousands_of_frames(qtbot) -> None:
    circle = BreathCircle()
    qtbot.addWidget(circle)
    circle.resize(300, 300)
    circle.show()
    qtbot.waitExposed(circle)
    pacer = Pacer(Pattern(4, 6))
    t = [0.0]
    circle.set_state_source(lambda: pacer.state_at(t[0]))
    image = QImage(circle.size(), QImage.Format.Format_ARGB32_Premultiplied)
    for frame in range(3000):
        t[0] = frame * 0.033
        circle.render(image)  # a full paintEvent each time, as the frame timer causes
    assert circle.frames_painted >= 3000


def test_the_drawn_circle_grows_with_the_breath(qtbot) -> None:
    circle = BreathCircle()
    qtbot.addWidget(circle)
    circle.resize(300, 300)
    circle.show()
    qtbot.waitExposed(circle)
    pacer = Pacer(Pattern(4, 6))

    def filled_pixels(t: float) -> int:
        circle.set_state_source(lambda: pacer.state_at(t))
        image = circle.grab().toImage()
        background = image.pixelColor(2, 2)
        return sum(1 for x in range(0, 300, 4) if image.pixelColor(x, 150) != background)

    assert filled_pixels(0.0) < filled_pixels(2.0) < filled_pixels(4.0)
    assert filled_pixels(7.0) < filled_pixels(4.0)


def test_timer_stops_when_hidden(qtbot) -> None:
    circle = BreathCircle()
    qtbot.addWidget(circle)
    circle.show()
    qtbot.waitExposed(circle)
    circle.set_animating(True)
    assert circle.animating
    circle.hide()
    assert not circle.animating


def test_a_frame_repaints_only_the_square_the_circle_moved_in(qtbot) -> None:
    """Light on a tired laptop: a frame repaints the circle's square, or nothing when still."""
    from PySide6.QtCore import QEvent, QObject, QRect
    from PySide6.QtWidgets import QApplication

    circle = BreathCircle()
    qtbot.addWidget(circle)
    circle.resize(600, 400)
    circle.show()
    qtbot.waitExposed(circle)
    pacer = Pacer(Pattern(4, 6))
    t = [1.0]
    circle.set_state_source(lambda: pacer.state_at(t[0]))
    painted: list[QRect] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is circle and event.type() == QEvent.Type.Paint:
                painted.append(event.rect())
            return False

    watcher = Paints(circle)
    circle.installEventFilter(watcher)
    qtbot.waitUntil(lambda: bool(painted))  # the first paint after the source is set
    painted.clear()

    circle.frame()  # the same moment: nothing moved, nothing is painted
    QApplication.processEvents()
    assert painted == []

    t[0] = 2.0  # mid in-breath: the circle has grown by many pixels
    radius = circle.geometry_for(pacer.state_at(t[0]).fullness)[0]
    circle.frame()
    qtbot.waitUntil(lambda: bool(painted))
    square = painted[0]
    assert square.width() < circle.width() and square.height() < circle.height()
    assert square.width() <= 2 * radius + 10 and square.contains(circle.rect().center())
