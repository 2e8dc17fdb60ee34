"""The base of every animated drawing (the breathing circle, the stretch figure, the hand).

A drawing reads what to show from a source (the session clock) on every frame; one QTimer
asks for repaints, and only while the animation is wanted, the drawing is on screen and its
window is not minimised. Nothing ticks while hidden. Colours come from the current theme.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.common.theme import current_theme

FRAME_MS = 33  # ~30 fps: smooth for a 10-second breath, light on a tired laptop


class AnimatedDrawing(QWidget):
    """A widget that repaints itself at a steady frame rate while it is animating and seen.

    Subclasses paint in ``paintEvent`` and may set ``animates_reduced`` when they still move
    (more gently) with reduced motion, as the breathing circle's glow does.
    """

    animates_reduced = False

    def __init__(self, minimum: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(minimum, minimum)
        self._wanted = False
        self._reduced_motion = False
        self._watched: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.update)
        self.frames_painted = 0

    # -- what the page sets ----------------------------------------------------------------

    def set_animating(self, animating: bool) -> None:
        """Animate (while seen) or hold still (paused, finished)."""
        self._wanted = animating
        self._follow()
        self.update()

    @property
    def animating(self) -> bool:
        """Whether frames are being requested now."""
        return self._timer.isActive()

    def set_reduced_motion(self, reduced: bool) -> None:
        """Less movement (see each drawing for what it does instead)."""
        self._reduced_motion = reduced
        self._follow()
        self.update()

    @property
    def reduced_motion(self) -> bool:
        """Whether motion is reduced."""
        return self._reduced_motion

    # -- colours ---------------------------------------------------------------------------

    @staticmethod
    def fill_colour() -> QColor:
        """The theme's fill for drawings (the circle, the figure's body)."""
        return QColor(current_theme().circle)

    @staticmethod
    def edge_colour() -> QColor:
        """The theme's edge for drawings: it carries the 3:1 contrast."""
        return QColor(current_theme().circle_edge)

    # -- keeping the timer honest -----------------------------------------------------------

    def _follow(self) -> None:
        window = self.window()
        minimised = window is not None and window.isMinimized()
        moving = not self._reduced_motion or self.animates_reduced
        if self._wanted and moving and self.isVisible() and not minimised:
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched and window is not None and window is not self:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        self._follow()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.WindowStateChange:
            self._follow()
        return False
