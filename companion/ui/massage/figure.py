"""Drawings for the hand-massage steps: the receiving hand, and a soft touch gliding over it
(or, for a resting touch, a palm lying still on it).

The touch's place is a function of seconds into the step (one slow stroke every
:data:`STROKE_S` seconds), read from a source on every frame. With reduced motion the
stroke's path is drawn as a still arrow instead.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from companion.ui.common.drawing import AnimatedDrawing

STROKE_S = 5.0  # one slow gliding stroke
BOX = 200.0

Path_ = Callable[[float], QPointF]


def _line(a: tuple[float, float], b: tuple[float, float]) -> Path_:
    return lambda u: QPointF(a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u)


def _circles(centre: tuple[float, float], radius: float) -> Path_:
    def at(u: float) -> QPointF:
        a = 4 * math.pi * u
        drift = 20.0 * math.sin(math.pi * u)
        return QPointF(centre[0] + radius * math.cos(a) + drift, centre[1] + radius * math.sin(a))

    return at


def _fingers(u: float) -> QPointF:
    finger = min(4, int(u * 5))
    base_x = 68.0 + finger * 16.0
    along = (u * 5) % 1.0
    return QPointF(base_x, 92.0 - 48.0 * along)


STROKES: dict[str, Path_ | None] = {
    "massage_settle": None,
    "massage_hold": None,
    "massage_finish": None,
    "massage_rest": None,  # a still palm resting on the back of the hand
    "massage_back_of_hand": _line((100.0, 96.0), (100.0, 150.0)),
    "massage_palm": _circles((90.0, 118.0), 12.0),
    "massage_fingers": _fingers,
    "massage_forearm": _line((100.0, 160.0), (100.0, 196.0)),
}


def stroke_point(illustration: str, seconds: float) -> QPointF | None:
    """Where the gliding touch is ``seconds`` into a step (None for still steps)."""
    path = STROKES.get(illustration)
    if path is None:
        return None
    u = (seconds % STROKE_S) / STROKE_S
    return path(0.5 - 0.5 * math.cos(math.pi * u))


def paint_massage(
    painter: QPainter, illustration: str, seconds: float | None, colours: tuple[QColor, QColor],
    target: QRectF,
) -> None:  # fmt: skip
    """Draw the step; ``seconds`` None draws the path as a still arrow (reduced motion)."""
    body, edge = colours
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min(target.width(), target.height()) / BOX
    painter.translate(
        target.x() + (target.width() - BOX * scale) / 2,
        target.y() + (target.height() - BOX * scale) / 2,
    )
    painter.scale(scale, scale)
    # the receiving hand, palm down, fingers up the page, forearm below
    pen = QPen(edge, 2.5)
    painter.setPen(pen)
    painter.setBrush(body)
    painter.drawRoundedRect(QRectF(82.0, 150.0, 36.0, 50.0), 12.0, 12.0)
    for i in range(4):
        painter.drawRoundedRect(
            QRectF(61.0 + i * 16.0, 38.0 - (6 if i in (1, 2) else 0), 14.0, 64.0), 7.0, 7.0
        )
    painter.save()
    painter.translate(128.0, 118.0)
    painter.rotate(-40.0)
    painter.drawRoundedRect(QRectF(-7.0, -40.0, 15.0, 46.0), 7.0, 7.0)
    painter.restore()
    painter.drawRoundedRect(QRectF(58.0, 84.0, 78.0, 76.0), 26.0, 26.0)
    touch = QColor(edge)
    if illustration in ("massage_hold", "massage_settle", "massage_finish"):
        # two cupping hands around it, seen as soft shapes
        touch.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(touch)
        breathe = 0.0 if seconds is None else 3.0 * math.sin(2 * math.pi * seconds / 10.0)
        painter.drawEllipse(QRectF(36.0 - breathe, 78.0, 46.0, 92.0))
        painter.drawEllipse(QRectF(116.0 + breathe, 78.0, 46.0, 92.0))
    elif illustration == "massage_rest":
        # the giver's palm lying still over the back of the hand: no arrow, no motion
        touch.setAlphaF(0.3)
        painter.setPen(QPen(edge, 2.0, Qt.PenStyle.DashLine))
        painter.setBrush(touch)
        painter.drawRoundedRect(QRectF(50.0, 76.0, 94.0, 90.0), 34.0, 34.0)
    elif seconds is None:
        path = STROKES.get(illustration)
        if path is not None:
            arrow = QPen(edge, 4.0)
            arrow.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(arrow)
            points = [path(i / 24) for i in range(25)]
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(edge)
            painter.drawEllipse(points[-1], 5.0, 5.0)
    else:
        point = stroke_point(illustration, seconds)
        if point is not None:
            touch.setAlphaF(0.45)
            painter.setPen(QPen(edge, 2.0))
            painter.setBrush(touch)
            painter.drawEllipse(point, 13.0, 13.0)
    painter.restore()


class MassageFigure(AnimatedDrawing):
    """Shows the current massage step; reads seconds into the step from ``source``.

    With reduced motion the stroke is drawn as a still arrow.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(180, parent)
        self.setAccessibleName(self.tr("Massage picture"))
        self._illustration = ""
        self._source: Callable[[], float] = lambda: 0.0

    def set_step(self, illustration: str, source: Callable[[], float]) -> None:
        """The step's drawing and where to read seconds into it."""
        self._illustration, self._source = illustration, source
        self.update()

    @property
    def illustration(self) -> str:
        """The key of the drawing shown now."""
        return self._illustration

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        seconds = None if self.reduced_motion else self._source()
        colours = (self.fill_colour(), self.edge_colour())
        paint_massage(painter, self._illustration, seconds, colours, QRectF(self.rect()))
        painter.end()


def render_massage(illustration: str, seconds: float | None, size: int = 240) -> QImage:
    """One frame as an image (tests and tools)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#F5F2EC"))
    painter = QPainter(image)
    colours = (QColor("#8CC2C0"), QColor("#2C6A6E"))
    paint_massage(painter, illustration, seconds, colours, QRectF(0, 0, size, size))
    painter.end()
    return image
