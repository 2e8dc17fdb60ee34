"""The base of every animated drawing (the breathing circle, the stretch figure, the hand).

A drawing reads what to show from a source (the session clock) on every frame; one
:class:`~companion.ui.common.seen_timer.SeenTimer` asks for repaints, and only while the
animation is wanted and the drawing can be seen (not on a page that is hidden, not in a
minimised window). Nothing ticks while hidden. Colours come from the current theme.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.ui.common.seen_timer import SeenTimer
from companion.ui.common.theme import current_theme

FRAME_MS = 33  # ~30 fps: smooth for a 10-second breath, light on a tired laptop


class AnimatedDrawing(QWidget):
    """A widget that repaints itself at a steady frame rate while it is animating and seen.

    Subclasses paint in ``paintEvent`` and may set ``animates_reduced`` when they still move
    (more gently) with reduced motion, as the breathing circle's glow does. A drawing that
    knows which part of it changes overrides :meth:`frame` to repaint only that part.
    """

    animates_reduced = False

    def __init__(self, minimum: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(minimum, minimum)
        self._wanted = False
        self._reduced_motion = False
        self._timer = SeenTimer(self, FRAME_MS, precise=True)
        self._timer.timeout.connect(self.frame)
        self.frames_painted = 0

    def frame(self) -> None:
        """A frame is due: repaint what changes (by default, everything)."""
        self.update()

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

    def _follow(self) -> None:
        moving = not self._reduced_motion or self.animates_reduced
        self._timer.set_running(self._wanted and moving)
