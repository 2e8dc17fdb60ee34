"""The breathing circle: grows over the in-breath, shrinks over the out-breath.

It reads the pacer state from the session clock on every frame; one QTimer asks for
repaints only while the widget is visible. With reduced motion the circle keeps its size
and only its brightness follows the breath.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.core.breathing import PacerState

FRAME_MS = 33  # ~30 fps: smooth for a 10-second breath, light on a tired laptop
MIN_RADIUS = 0.38  # fraction of the largest radius when the lungs are empty


class BreathCircle(QWidget):
    """Draws the pacer state; knows nothing of sessions or time beyond ``state_source``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 220)
        self.setAccessibleName(self.tr("Breathing circle"))
        self.setAccessibleDescription(
            self.tr("Grows as you breathe in and shrinks as you breathe out.")
        )
        self._source: Callable[[], PacerState | None] = lambda: None
        self._reduced_motion = False
        self._fill = QColor("#8CC2C0")
        self._edge = QColor("#2C6A6E")
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)
        self.frames_painted = 0

    def set_state_source(self, source: Callable[[], PacerState | None]) -> None:
        """Where each frame reads the pacer state (None: draw the resting circle)."""
        self._source = source
        self.update()

    def set_colours(self, fill: str, edge: str) -> None:
        """Colours from the current theme."""
        self._fill, self._edge = QColor(fill), QColor(edge)
        self.update()

    def set_reduced_motion(self, reduced: bool) -> None:
        """No size change: only a gentle change of brightness."""
        self._reduced_motion = reduced
        self.update()

    @property
    def reduced_motion(self) -> bool:
        """Whether the circle holds its size."""
        return self._reduced_motion

    def set_animating(self, animating: bool) -> None:
        """Run or stop the frame timer (stopped while paused or hidden)."""
        if animating and self.isVisible():
            self._timer.start()
        else:
            self._timer.stop()
        self.update()

    @property
    def animating(self) -> bool:
        """Whether frames are being requested."""
        return self._timer.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.update()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def geometry_for(self, fullness: float) -> tuple[float, float]:
        """Radius (px) and fill opacity (0..1) drawn for ``fullness`` 0..1."""
        largest = max(10.0, min(self.width(), self.height()) / 2.0 - 8.0)
        if self._reduced_motion:
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
        guide = QColor(self._edge)
        guide.setAlphaF(0.35)
        painter.setPen(QPen(guide, 2))  # solid: a dashed ring costs ~15% more CPU per frame
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)
        fill = QColor(self._fill)
        fill.setAlphaF(opacity)
        painter.setPen(QPen(self._edge, 3))
        painter.setBrush(fill)
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        )
        painter.end()
        self.frames_painted += 1
