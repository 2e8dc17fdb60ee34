"""The breathing circle: grows over the in-breath, shrinks over the out-breath.

It reads the pacer state from the session clock on every frame (see
:class:`~companion.ui.common.drawing.AnimatedDrawing`). With reduced motion the circle keeps
its size and only its brightness follows the breath.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from companion.core.breathing import PacerState
from companion.ui.common.drawing import AnimatedDrawing

MIN_RADIUS = 0.38  # fraction of the largest radius when the lungs are empty


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

    def set_state_source(self, source: Callable[[], PacerState | None]) -> None:
        """Where each frame reads the pacer state (None: draw the resting circle)."""
        self._source = source
        self.update()

    def geometry_for(self, fullness: float) -> tuple[float, float]:
        """Radius (px) and fill opacity (0..1) drawn for ``fullness`` 0..1."""
        largest = max(10.0, min(self.width(), self.height()) / 2.0 - 8.0)
        if self.reduced_motion:
            return largest * 0.8, 0.35 + 0.65 * fullness
        return largest * (MIN_RADIUS + (1.0 - MIN_RADIUS) * fullness), 1.0

    def paintEvent(self, event: QPaintEvent) -> None:
        state = self._source()
        fullness = state.fullness if state is not None else 0.0
        radius, opacity = self.geometry_for(fullness)
        centre = QPointF(self.width() / 2.0, self.height() / 2.0)
        painter = QPainter(self)
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
        painter.setPen(QPen(edge, 3))
        painter.setBrush(fill)
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        )
        painter.end()
        self.frames_painted += 1
