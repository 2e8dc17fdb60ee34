"""The breathing circle: grows over the in-breath, shrinks over the out-breath.

It reads the pacer state from the session clock on every frame (see
:class:`~companion.ui.common.drawing.AnimatedDrawing`). With reduced motion the circle keeps
its size and only its brightness follows the breath.

A frame repaints as little as it can (measured in ``make bench``, benchmarks/bench_floor.py):
only the square that holds the larger of the circles drawn before and now, and nothing
while the radius has moved less than a pixel (the slow ends of each phase, the holds): the
frames come as often as the eye needs them, up to 30 a second at the quickest part of a
breath. The circle paints its own background (the colour its style gives it), so none of
the five widgets behind it repaints each frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from companion.core.breathing import PacerState
from companion.ui.common.drawing import AnimatedDrawing

MIN_RADIUS = 0.38  # fraction of the largest radius when the lungs are empty
EDGE_PX = 3  # the circle's edge
STILL_PX = 1.0  # a smaller change of radius waits for the next frame
STILL_OPACITY = 0.01  # and so does a smaller change of the glow (about 2 steps in 255)


class BreathCircle(AnimatedDrawing):
    """Draws the pacer state; knows nothing of sessions or time beyond ``state_source``."""

    animates_reduced = True  # its brightness still follows the breath

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(220, parent)
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setAccessibleDescription(
            self.tr("Grows as you breathe in and shrinks as you breathe out.")
        )
        self._source: Callable[[], PacerState | None] = lambda: None
        self._drawn: tuple[float, float] | None = None  # radius and opacity last painted
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # it fills its background

    def set_state_source(self, source: Callable[[], PacerState | None]) -> None:
        """Where each frame reads the pacer state (None: draw the resting circle)."""
        self._source = source
        self._drawn = None
        self.update()

    def geometry_for(self, fullness: float) -> tuple[float, float]:
        """Radius (px) and fill opacity (0..1) drawn for ``fullness`` 0..1."""
        largest = max(10.0, min(self.width(), self.height()) / 2.0 - 8.0)
        if self.reduced_motion:
            return largest * 0.8, 0.35 + 0.65 * fullness
        return largest * (MIN_RADIUS + (1.0 - MIN_RADIUS) * fullness), 1.0

    def _now(self) -> tuple[float, float]:
        state = self._source()
        return self.geometry_for(state.fullness if state is not None else 0.0)

    def frame(self) -> None:
        """Repaint the square the circle moved in, once it has moved a pixel."""
        drawn = self._drawn
        if drawn is None:
            self.update()
            return
        radius, opacity = self._now()
        if abs(radius - drawn[0]) >= STILL_PX or abs(opacity - drawn[1]) >= STILL_OPACITY:
            self.update(self._square(max(radius, drawn[0])))

    def _square(self, radius: float) -> QRect:
        """The pixels a circle of ``radius`` and its edge can touch (with antialiasing)."""
        reach = radius + EDGE_PX / 2.0 + 2.0
        cx, cy = self.width() / 2.0, self.height() / 2.0
        return QRectF(cx - reach, cy - reach, 2 * reach, 2 * reach).toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        radius, opacity = self._now()
        self._drawn = (radius, opacity)
        centre = QPointF(self.width() / 2.0, self.height() / 2.0)
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A faint guide ring shows how far the in-breath will go.
        largest = self.geometry_for(1.0)[0]
        edge = self.edge_colour()
        guide = QColor(edge)
        guide.setAlphaF(0.35)
        painter.setPen(QPen(guide, 2))  # solid: a dashed ring costs ~15% more CPU per frame
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)
        fill = self.fill_colour()
        fill.setAlphaF(opacity)
        painter.setPen(QPen(edge, EDGE_PX))
        painter.setBrush(fill)
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        )
        painter.end()
        self.frames_painted += 1
