"""The pictures of "Breathless now", drawn with QPainter in the theme's colours.

One function per picture draws it into a 200 × 200 box: the three recovery positions
(sitting leaning forward with the forearms on the knees, standing leaning forward on a wall,
lying on the side propped up on pillows), the hand-held fan blowing on the face, the
out-breath, the calming hand with its five fingers numbered, and resting. Only two of them
move, and slowly: the fan's air drifts towards the face, and the out-breath's trail follows the
tone the person asked for (it is drawn out over the tone, then stays). Nothing moves with a
breathing rhythm: the routine never paces the breath. With reduced motion everything holds
still (the air and the trail drawn whole).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPaintEvent, QPen

from companion.ui.common.drawing import AnimatedDrawing

BOX = 200.0  # the drawings' own units; scaled to the widget
AIR_PERIOD_S = 2.5  # the fan's air takes this long to reach the face (a gentle drift)
TONE_S = 6.0  # the out-breath trail is drawn out over the tone's length
MOVING = frozenset({"fan", "out-breath"})


@dataclass(frozen=True)
class Colours:
    """A picture's colours: the body, its edge (3:1 or more), furniture, and the marks."""

    body: QColor
    edge: QColor
    furniture: QColor
    mark: QColor  # the air, the breath, the numbers on the fingers


def theme_colours() -> Colours:
    """The pictures' colours in the current theme."""
    body, edge = AnimatedDrawing.fill_colour(), AnimatedDrawing.edge_colour()
    furniture = QColor(edge)
    furniture.setAlphaF(0.3)
    return Colours(body, edge, furniture, QColor(edge))


def _polar(origin: QPointF, length: float, degrees: float) -> QPointF:
    """A point ``length`` from ``origin``; 0° points straight up, positive leans to +x."""
    a = math.radians(degrees)
    return QPointF(origin.x() + length * math.sin(a), origin.y() - length * math.cos(a))


class _Pen:
    """Rounded limbs, soft blobs and flat furniture, all in one figure's colours."""

    def __init__(self, painter: QPainter, colours: Colours) -> None:
        self.p = painter
        self.c = colours

    def limb(self, a: QPointF, b: QPointF, width: float = 11.0) -> None:
        for colour, w in ((self.c.edge, width + 3.0), (self.c.body, width)):
            pen = QPen(colour, w)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self.p.setPen(pen)
            self.p.drawLine(a, b)

    def blob(self, centre: QPointF, rx: float, ry: float | None = None) -> None:
        self.p.setPen(QPen(self.c.edge, 2.0))
        self.p.setBrush(self.c.body)
        self.p.drawEllipse(centre, rx, rx if ry is None else ry)

    def furniture(self, rect: QRectF, radius: float = 4.0) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(self.c.furniture)
        self.p.drawRoundedRect(rect, radius, radius)

    def torso(self, hip: QPointF, shoulder: QPointF, width: float = 24.0) -> None:
        self.limb(hip, shoulder, width)

    def head(self, centre: QPointF, radius: float = 14.0, *, closed: bool = False) -> None:
        """A head in profile looking to +x: an eye (closed: a soft arc) and a small smile."""
        self.blob(centre, radius)
        self.p.setPen(QPen(self.c.edge, 2.0))
        eye = QPointF(centre.x() + radius * 0.45, centre.y() - radius * 0.2)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        if closed:
            self.p.drawArc(QRectF(eye.x() - 3.0, eye.y() - 2.0, 6.0, 4.0), 200 * 16, 140 * 16)
        else:
            self.p.setBrush(self.c.edge)
            self.p.drawEllipse(eye, 1.6, 1.6)
            self.p.setBrush(Qt.BrushStyle.NoBrush)
        mouth = QRectF(centre.x() + radius * 0.25, centre.y() + radius * 0.3, 7.0, 5.0)
        self.p.drawArc(mouth, 200 * 16, 120 * 16)

    def bust(self, neck: QPointF) -> None:
        """Shoulders and a neck seen from the side, under a head at ``neck``'s top."""
        self.p.setPen(QPen(self.c.edge, 2.0))
        self.p.setBrush(self.c.body)
        self.p.drawRoundedRect(QRectF(8.0, 130.0, 96.0, 66.0), 24.0, 24.0)
        self.limb(neck, QPointF(neck.x() - 3.0, 136.0), 16.0)

    def face_features(self, head: QPointF, radius: float, *, closed: bool, lips: bool) -> None:
        """A nose past the edge of a profile head, an eye, and a smile or soft round lips."""
        p = self.p
        edge = head.x() + radius
        p.setPen(QPen(self.c.edge, 2.2))
        p.setBrush(self.c.body)
        nose = QPainterPath(QPointF(edge - 3.0, head.y() - 8.0))
        nose.lineTo(QPointF(edge + 6.0, head.y() + 5.0))
        nose.lineTo(QPointF(edge - 1.0, head.y() + 8.0))
        p.drawPath(nose)
        eye = QPointF(head.x() + radius * 0.5, head.y() - radius * 0.3)
        if closed:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawArc(QRectF(eye.x() - 4.0, eye.y() - 2.0, 8.0, 5.0), 200 * 16, 140 * 16)
        else:
            p.setBrush(self.c.edge)
            p.drawEllipse(eye, 2.2, 2.2)
        p.setBrush(Qt.BrushStyle.NoBrush)
        if lips:
            p.drawEllipse(QPointF(edge - 1.0, head.y() + 17.0), 3.4, 2.6)
        else:
            p.drawArc(QRectF(edge - 13.0, head.y() + 13.0, 9.0, 6.0), 200 * 16, 120 * 16)

    def chair(self, seat_y: float = 130.0) -> None:
        self.furniture(QRectF(36.0, seat_y - 52.0, 8.0, 60.0))  # back
        self.furniture(QRectF(36.0, seat_y, 78.0, 8.0))  # seat
        for x in (38.0, 106.0):
            self.furniture(QRectF(x, seat_y + 8.0, 6.0, 190.0 - seat_y))


# -- the pictures (each draws into the 200 × 200 box) ----------------------------------------


def _sitting_forward(pen: _Pen, _t: float | None) -> None:
    """Sitting, leaning forward from the hips, forearms resting on the knees."""
    pen.chair()
    hip, knee, ankle = QPointF(66.0, 126.0), QPointF(120.0, 128.0), QPointF(124.0, 184.0)
    pen.limb(hip, knee, 16.0)
    pen.limb(knee, ankle, 12.0)
    pen.limb(QPointF(ankle.x() - 2.0, ankle.y() + 4.0), QPointF(144.0, 189.0), 9.0)
    shoulder = _polar(hip, 58.0, 40.0)
    pen.torso(hip, shoulder)
    pen.head(_polar(shoulder, 24.0, 62.0))
    elbow = QPointF(112.0, 116.0)
    pen.limb(shoulder, elbow, 10.0)
    pen.limb(elbow, QPointF(138.0, 122.0), 9.0)
    pen.blob(QPointF(141.0, 122.0), 6.0)


def _standing_wall(pen: _Pen, _t: float | None) -> None:
    """Standing, leaning forward on a wall, forearms against it, feet a step back."""
    pen.furniture(QRectF(152.0, 8.0, 10.0, 188.0))  # the wall
    pen.furniture(QRectF(10.0, 194.0, 152.0, 4.0), 2.0)  # the floor
    hip, knee, ankle = QPointF(96.0, 112.0), QPointF(94.0, 150.0), QPointF(88.0, 188.0)
    pen.limb(hip, knee, 15.0)
    pen.limb(knee, ankle, 12.0)
    pen.limb(QPointF(ankle.x() - 2.0, ankle.y() + 3.0), QPointF(108.0, 191.0), 9.0)
    shoulder = _polar(hip, 56.0, 26.0)
    pen.torso(hip, shoulder)
    elbow, wrist = QPointF(144.0, 84.0), QPointF(145.0, 50.0)
    pen.head(QPointF(131.0, 46.0), 14.0)
    pen.limb(shoulder, elbow, 10.0)
    pen.limb(elbow, wrist, 9.0)
    pen.blob(QPointF(145.0, 46.0), 6.0)


def _lying_side(pen: _Pen, _t: float | None) -> None:
    """Lying on the side, head and shoulders raised on pillows, knees a little bent."""
    pen.furniture(QRectF(8.0, 160.0, 184.0, 16.0))  # the mattress
    pen.furniture(QRectF(12.0, 140.0, 58.0, 20.0), 9.0)  # pillows, one on another
    pen.furniture(QRectF(16.0, 122.0, 48.0, 18.0), 9.0)
    hip, shoulder = QPointF(114.0, 150.0), QPointF(66.0, 124.0)
    pen.torso(hip, shoulder, 26.0)
    pen.head(QPointF(44.0, 108.0), 14.0, closed=True)
    knee, ankle = QPointF(150.0, 136.0), QPointF(182.0, 152.0)
    pen.limb(hip, knee, 16.0)
    pen.limb(knee, ankle, 12.0)
    elbow = QPointF(88.0, 142.0)
    pen.limb(shoulder, elbow, 10.0)
    pen.limb(elbow, QPointF(110.0, 140.0), 9.0)
    pen.blob(QPointF(113.0, 140.0), 6.0)


def _fan(pen: _Pen, t: float | None) -> None:
    """A hand-held fan held a little way from the face, its air on the nose and mouth."""
    head = QPointF(62.0, 88.0)
    pen.bust(QPointF(58.0, 110.0))
    pen.blob(head, 28.0)
    pen.face_features(head, 28.0, closed=False, lips=False)
    p = pen.p
    fan = QPointF(156.0, 96.0)
    hand = QPointF(164.0, 168.0)
    pen.limb(QPointF(160.0, 118.0), hand, 7.0)  # the handle
    pen.blob(hand, 9.0, 11.0)
    p.setPen(QPen(pen.c.edge, 2.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(fan, 22.0, 22.0)  # the guard
    p.setBrush(pen.c.body)
    for blade in range(3):
        angle = 90.0 + 120.0 * blade + (0.0 if t is None else (t * 40.0) % 360.0)
        tip = _polar(fan, 17.0, angle)
        p.drawEllipse(QPointF((fan.x() + tip.x()) / 2, (fan.y() + tip.y()) / 2), 7.0, 4.5)
    p.drawEllipse(fan, 4.0, 4.0)
    # the air: soft strokes from the fan to the nose and mouth
    phase = 0.0 if t is None else (t / AIR_PERIOD_S) % 1.0
    for row, y in enumerate((86.0, 98.0, 110.0)):
        air = QPainterPath(QPointF(132.0, y))
        air.cubicTo(QPointF(122.0, y - 5.0), QPointF(112.0, y + 5.0), QPointF(100.0, y))
        pen_air = QPen(pen.c.mark, 2.5)
        pen_air.setCapStyle(Qt.PenCapStyle.RoundCap)
        if t is not None:  # dashes drifting towards the face
            pen_air.setDashPattern([3.0, 2.0])
            pen_air.setDashOffset(5.0 * ((phase + row / 3.0) % 1.0) * 2.0)
        p.setPen(pen_air)
        p.drawPath(air)


def _out_breath(pen: _Pen, t: float | None) -> None:
    """A face breathing out through soft lips; the breath a long line that falls away.

    ``t`` is the time since the last tone began (None: still, the line drawn whole).
    """
    head = QPointF(56.0, 84.0)
    pen.bust(QPointF(52.0, 106.0))
    pen.blob(head, 28.0)
    pen.face_features(head, 28.0, closed=True, lips=True)
    p = pen.p
    shown = 1.0 if t is None else max(0.0, min(1.0, t / TONE_S))
    breath = QPainterPath(QPointF(90.0, 101.0))
    breath.cubicTo(QPointF(126.0, 94.0), QPointF(150.0, 118.0), QPointF(192.0, 150.0))
    part = QPainterPath()
    steps = 48
    for i in range(steps + 1):
        at = breath.pointAtPercent(shown * i / steps)
        if i == 0:
            part.moveTo(at)
        else:
            part.lineTo(at)
    for width, alpha in ((9.0, 0.25), (3.0, 1.0)):
        colour = QColor(pen.c.mark)
        colour.setAlphaF(colour.alphaF() * alpha)
        line = QPen(colour, width)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(line)
        p.drawPath(part)


FINGERS = (  # (base, direction in degrees, length) of thumb, index, middle, ring, little
    (QPointF(74.0, 146.0), -52.0, 40.0),
    (QPointF(84.0, 106.0), -8.0, 46.0),
    (QPointF(100.0, 102.0), 0.0, 52.0),
    (QPointF(116.0, 104.0), 8.0, 48.0),
    (QPointF(129.0, 112.0), 16.0, 36.0),
)


def _calming_hand(pen: _Pen, _t: float | None) -> None:
    """An open hand, palm towards us, each finger numbered in the calming hand's order."""
    pen.limb(QPointF(104.0, 176.0), QPointF(104.0, 196.0), 34.0)  # the wrist
    tips = []
    for base, direction, length in FINGERS:
        tip = _polar(base, length, direction)
        pen.limb(base, tip, 15.0)
        tips.append(tip)
    palm = QPainterPath()
    palm.addRoundedRect(QRectF(72.0, 100.0, 64.0, 80.0), 22.0, 22.0)
    pen.p.setPen(QPen(pen.c.edge, 2.0))
    pen.p.setBrush(pen.c.body)
    pen.p.drawPath(palm)
    font = QFont(pen.p.font())
    font.setPixelSize(12)
    font.setBold(True)
    pen.p.setFont(font)
    for n, (tip, (_base, direction, _l)) in enumerate(zip(tips, FINGERS, strict=True), start=1):
        mark = _polar(tip, 16.0, direction)
        pen.p.setPen(QPen(pen.c.edge, 2.0))
        pen.p.setBrush(pen.c.mark)
        pen.p.drawEllipse(mark, 9.0, 9.0)
        pen.p.setPen(QPen(pen.c.body))
        box = QRectF(mark.x() - 9.0, mark.y() - 9.0, 18.0, 18.0)
        pen.p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(n))


def _resting(pen: _Pen, _t: float | None) -> None:
    """Sitting back, shoulders low, hands in the lap, eyes closed."""
    pen.chair()
    hip, knee, ankle = QPointF(62.0, 126.0), QPointF(116.0, 128.0), QPointF(120.0, 184.0)
    pen.limb(hip, knee, 16.0)
    pen.limb(knee, ankle, 12.0)
    pen.limb(QPointF(ankle.x() - 2.0, ankle.y() + 4.0), QPointF(140.0, 189.0), 9.0)
    shoulder = _polar(hip, 58.0, -6.0)
    pen.torso(hip, shoulder)
    pen.head(_polar(shoulder, 24.0, 8.0), closed=True)
    elbow = QPointF(68.0, 104.0)
    pen.limb(QPointF(shoulder.x() + 2.0, shoulder.y() + 4.0), elbow, 10.0)
    pen.limb(elbow, QPointF(94.0, 118.0), 9.0)
    pen.blob(QPointF(97.0, 118.0), 6.0)


PICTURES: dict[str, Callable[[_Pen, float | None], None]] = {
    "sitting-forward": _sitting_forward,
    "standing-wall": _standing_wall,
    "lying-side": _lying_side,
    "fan": _fan,
    "out-breath": _out_breath,
    "calming-hand": _calming_hand,
    "resting": _resting,
}


def paint_picture(
    painter: QPainter, key: str, colours: Colours, target: QRectF, t: float | None = None
) -> None:
    """Draw the picture ``key`` fitted into ``target``; ``t`` is its motion's time in
    seconds (None: still)."""
    draw = PICTURES.get(key)
    if draw is None:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min(target.width(), target.height()) / BOX
    painter.translate(
        target.x() + (target.width() - BOX * scale) / 2.0,
        target.y() + (target.height() - BOX * scale) / 2.0,
    )
    painter.scale(scale, scale)
    draw(_Pen(painter, colours), t)
    painter.restore()


class BreathlessFigure(AnimatedDrawing):
    """One picture of the routine; the fan and the out-breath move (slowly) unless motion is
    reduced. ``time_source`` gives the motion's time (the fan: any running clock; the
    out-breath: seconds since the last tone, or None before the first)."""

    def __init__(self, key: str, description: str, minimum: int = 140) -> None:
        super().__init__(minimum)
        self.key = key
        self.setAccessibleName(description)
        self.setAccessibleDescription(description)
        self._time: Callable[[], float | None] = lambda: None

    def set_time_source(self, source: Callable[[], float | None]) -> None:
        """Where each frame reads its time (the session clock, never a count of frames)."""
        self._time = source
        self.update()

    def moves(self) -> bool:
        """Whether this picture has any motion at all."""
        return self.key in MOVING

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = QRectF(self.rect()).adjusted(4.0, 4.0, -4.0, -4.0)
        t = None if self.reduced_motion or not self.moves() else self._time()
        paint_picture(painter, self.key, theme_colours(), target, t)
        painter.end()
        self.frames_painted += 1


def render_picture(key: str, size: int = 240, t: float | None = None) -> QImage:
    """One picture as an image on the light page colour (for tests, tools, screenshots)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#F5F2EC"))
    painter = QPainter(image)
    colours = Colours(
        QColor("#8CC2C0"), QColor("#2C6A6E"), QColor(44, 106, 110, 77), QColor("#2C6A6E")
    )
    paint_picture(painter, key, colours, QRectF(0, 0, size, size), t)
    painter.end()
    return image


__all__ = ["PICTURES", "BreathlessFigure", "Colours", "paint_picture", "render_picture"]
