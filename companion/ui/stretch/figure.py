"""A friendly seated figure, drawn with QPainter, that shows each movement at the breath's pace.

One pose function per illustration key (the ``illustration`` field of a stretch) turns a
:class:`Motion` — how far out of rest (``lift`` 0..1), where in the repetition (``cycle``
0..1, for circles) and which side — into a :class:`Pose`; :func:`paint_pose` draws it. The
widget reads the motion from a source on every frame (the session clock, never tick counts),
so the figure lifts on the in-breath and lowers on the out-breath. With reduced motion it
holds still: a faint outline of the resting pose and the figure at the movement's end point.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from companion.ui.common.drawing import AnimatedDrawing
from companion.ui.stretch.poses import POSES, Motion, Pose, motion_at, pose_for

__all__ = ["POSES", "Motion", "StretchFigure", "motion_at", "pose_for", "render_frame"]

BOX_W, BOX_H = 200.0, 210.0  # the drawing's own units; scaled to the widget
BREATH_RISE = 0.02  # a full in-breath lengthens the torso this much: seen, never a bounce


@dataclass(frozen=True)
class Palette:
    """The figure's colours (from the theme)."""

    body: QColor
    edge: QColor
    furniture: QColor


def _polar(origin: QPointF, length: float, degrees: float) -> QPointF:
    """A point ``length`` away from ``origin``; 0° points down, positive turns to +x."""
    a = math.radians(degrees)
    return QPointF(origin.x() + length * math.sin(a), origin.y() + length * math.cos(a))


class _Pen:
    def __init__(self, painter: QPainter, colours: Palette) -> None:
        self.p = painter
        self.c = colours

    def limb(self, a: QPointF, b: QPointF, width: float = 11.0) -> None:
        pen = QPen(self.c.edge, width + 3.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.p.setPen(pen)
        self.p.drawLine(a, b)
        pen = QPen(self.c.body, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self.p.setPen(pen)
        self.p.drawLine(a, b)

    def blob(self, centre: QPointF, rx: float, ry: float | None = None) -> None:
        self.p.setPen(QPen(self.c.edge, 2.0))
        self.p.setBrush(self.c.body)
        self.p.drawEllipse(centre, rx, rx if ry is None else ry)

    def furniture(self, rect: QRectF) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(self.c.furniture)
        self.p.drawRoundedRect(rect, 4.0, 4.0)

    def face(self, centre: QPointF, turn: float, facing: int = 0) -> None:
        """Eyes and a small smile; ``facing`` 1 draws a profile looking to +x."""
        self.p.setPen(QPen(self.c.edge, 2.2))
        self.p.setBrush(self.c.edge)
        if facing:
            self.p.drawEllipse(QPointF(centre.x() + 7.0, centre.y() - 3.0), 1.6, 1.6)
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawArc(QRectF(centre.x() + 3.0, centre.y() + 2.0, 8.0, 6.0), 200 * 16, 120 * 16)
            return
        dx = 6.0 * turn
        for ex in (-5.0, 5.0):
            self.p.drawEllipse(QPointF(centre.x() + ex + dx, centre.y() - 2.0), 1.6, 1.6)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawArc(
            QRectF(centre.x() - 5.0 + dx, centre.y() + 1.0, 10.0, 7.0), 200 * 16, 140 * 16
        )


def _draw_front(pen: _Pen, pose: Pose) -> None:
    hip = QPointF(100.0, 132.0)
    pen.furniture(QRectF(62.0, 66.0, 76.0, 70.0))  # chair back
    pen.furniture(QRectF(54.0, 130.0, 92.0, 9.0))  # seat
    for x in (58.0, 136.0):
        pen.furniture(QRectF(x, 136.0, 6.0, 62.0))
    # legs: thighs come towards us, so they are short; feet rest on the floor
    for side, sign in ((0, -1.0), (1, 1.0)):
        lift = pose.knee_lift[side]
        knee = QPointF(100.0 + sign * 17.0, 143.0 - lift)
        ankle = QPointF(100.0 + sign * 19.0, 186.0 - lift)
        pen.limb(QPointF(100.0 + sign * 11.0, 134.0), knee, 15.0)
        pen.limb(knee, ankle, 12.0)
        pen.blob(QPointF(ankle.x() + sign * 2.0, ankle.y() + 5.0), 10.0, 5.5)
    # torso, leaning from the hips
    lean = math.radians(pose.lean)
    rise = 1.0 + BREATH_RISE * pose.breath
    torso = 58.0 * rise
    neck = QPointF(hip.x() + torso * math.sin(lean), hip.y() - torso * math.cos(lean))
    half = 26.0 * (1.0 - 0.28 * abs(pose.twist)) * (1.0 + BREATH_RISE / 2.0 * pose.breath)
    neck = QPointF(neck.x() + 5.0 * pose.twist, neck.y())
    drop = pose.shrug - 3.0 * pose.roll
    shoulders = (
        QPointF(neck.x() - half * math.cos(lean), neck.y() - half * math.sin(lean) - drop),
        QPointF(neck.x() + half * math.cos(lean), neck.y() + half * math.sin(lean) - drop),
    )
    body = QPainterPath()
    body.moveTo(hip.x() - 19.0, hip.y() + 2.0)
    body.lineTo(shoulders[0].x() + 2.0, shoulders[0].y() + 4.0)
    body.quadTo(neck.x(), neck.y() - 4.0 - drop, shoulders[1].x() - 2.0, shoulders[1].y() + 4.0)
    body.lineTo(hip.x() + 19.0, hip.y() + 2.0)
    body.closeSubpath()
    pen.p.setPen(QPen(pen.c.edge, 2.0))
    pen.p.setBrush(pen.c.body)
    pen.p.drawPath(body)
    # head on a short neck
    tilt = pose.lean + pose.head_tilt
    head = _polar(QPointF(neck.x(), neck.y() - drop * 0.3), 23.0, 180.0 - tilt)
    pen.limb(QPointF(neck.x(), neck.y() - 2.0), head, 9.0)
    pen.blob(head, 15.5)
    pen.face(head, pose.head_turn)
    # arms: outward from hanging, forearms bending in towards the lap
    for side, sign in ((0, -1.0), (1, 1.0)):
        shoulder = shoulders[side]
        elbow = _polar(shoulder, 29.0, sign * pose.arm[side])
        wrist = _polar(elbow, 26.0, sign * (pose.arm[side] - pose.elbow[side]))
        pen.limb(shoulder, elbow, 10.0)
        pen.limb(elbow, wrist, 9.0)
        pen.blob(wrist, 6.0)


def _draw_side(pen: _Pen, pose: Pose) -> None:
    pen.furniture(QRectF(58.0, 62.0, 9.0, 76.0))  # chair back
    pen.furniture(QRectF(58.0, 130.0, 68.0, 9.0))  # seat
    for x in (60.0, 118.0):
        pen.furniture(QRectF(x, 136.0, 6.0, 62.0))
    hip = QPointF(80.0, 128.0)
    knee = QPointF(128.0, 130.0)
    ankle = QPointF(131.0, 184.0)
    pen.limb(hip, knee, 16.0)
    pen.limb(knee, ankle, 12.0)
    toe = QPointF(
        ankle.x() + 19.0 * (1.0 - 0.35 * abs(pose.foot_turn)) * math.cos(math.radians(pose.ankle)),
        ankle.y() + 3.0 - 19.0 * math.sin(math.radians(pose.ankle)),
    )
    pen.limb(QPointF(ankle.x() - 2.0, ankle.y() + 3.0), toe, 9.0)
    up = (hip.y() - 74.0) * BREATH_RISE * pose.breath  # the chest rises with the breath
    shoulder = QPointF(84.0, 74.0 - up)
    body = QPainterPath()
    body.moveTo(hip.x() - 12.0, hip.y() + 6.0)
    body.lineTo(shoulder.x() - 10.0, shoulder.y())
    body.quadTo(shoulder.x(), shoulder.y() - 8.0, shoulder.x() + 10.0, shoulder.y() + 2.0)
    body.lineTo(hip.x() + 14.0, hip.y() + 6.0)
    body.closeSubpath()
    pen.p.setPen(QPen(pen.c.edge, 2.0))
    pen.p.setBrush(pen.c.body)
    pen.p.drawPath(body)
    head = QPointF(88.0 - 7.0 * pose.chin_tuck, 49.0 + 1.5 * pose.chin_tuck - up)
    pen.limb(QPointF(84.0, 68.0 - up), QPointF(head.x(), head.y() + 8.0), 9.0)
    pen.blob(head, 15.5)
    chin = QPointF(head.x() + 11.0 - 4.0 * pose.chin_tuck, head.y() + 11.0)
    pen.p.setPen(QPen(pen.c.edge, 2.0))
    pen.p.drawLine(QPointF(chin.x() - 4.0, chin.y() + 1.0), chin)
    pen.face(head, 0.0, facing=1)
    elbow = _polar(shoulder, 29.0, pose.arm[0])
    wrist = _polar(elbow, 26.0, pose.arm[0] + pose.elbow[0])
    pen.limb(shoulder, elbow, 10.0)
    pen.limb(elbow, wrist, 9.0)
    pen.blob(wrist, 6.0)


def _draw_bed(pen: _Pen, pose: Pose) -> None:
    pen.furniture(QRectF(12.0, 166.0, 178.0, 16.0))  # mattress
    pen.furniture(QRectF(14.0, 104.0, 34.0, 62.0))  # pillows
    hip = QPointF(76.0, 156.0)
    shoulder = _polar(hip, 58.0 * (1.0 + BREATH_RISE * pose.breath), 180.0 + 55.0)  # propped up
    body = QPainterPath()
    body.moveTo(hip.x() + 10.0, hip.y() + 9.0)
    body.lineTo(shoulder.x() + 10.0, shoulder.y() + 6.0)
    body.quadTo(shoulder.x(), shoulder.y() - 10.0, shoulder.x() - 8.0, shoulder.y() - 2.0)
    body.lineTo(hip.x() - 8.0, hip.y() + 9.0)
    body.closeSubpath()
    pen.p.setPen(QPen(pen.c.edge, 2.0))
    pen.p.setBrush(pen.c.body)
    pen.p.drawPath(body)
    head = _polar(shoulder, 22.0, 180.0 + 40.0)
    pen.blob(head, 15.0)
    pen.face(head, 0.0, facing=1)
    elbow = _polar(shoulder, 29.0, 25.0)
    pen.limb(shoulder, elbow, 10.0)
    pen.limb(elbow, QPointF(elbow.x() + 24.0, elbow.y() + 4.0), 9.0)
    # the resting leg lies straight; the sliding heel comes towards the hip, the knee rises
    pen.limb(QPointF(hip.x(), hip.y() + 4.0), QPointF(176.0, 162.0), 12.0)
    reach = 88.0 - 34.0 * pose.heel
    heel = QPointF(hip.x() + reach, 161.0)
    half = reach / 2.0
    rise = math.sqrt(max(0.0, 44.0**2 - half**2))
    knee = QPointF(hip.x() + half, 158.0 - rise)
    pen.limb(hip, knee, 15.0)
    pen.limb(knee, heel, 12.0)
    pen.blob(QPointF(heel.x() + 8.0, heel.y() - 5.0), 5.5, 9.0)


def _draw_hand(pen: _Pen, pose: Pose, rect: QRectF) -> None:
    """A close-up of one hand in a rounded card at ``rect``."""
    pen.p.setPen(QPen(pen.c.furniture, 2.0))
    pen.p.setBrush(Qt.BrushStyle.NoBrush)
    pen.p.drawRoundedRect(rect, 10.0, 10.0)
    centre = QPointF(rect.center().x(), rect.center().y() + rect.height() * 0.12)
    if pose.wrist is not None:
        r = rect.width() * 0.08
        centre = QPointF(
            centre.x() + r * math.cos(pose.wrist), centre.y() + r * math.sin(pose.wrist)
        )
    unit = rect.width() / 60.0
    pen.limb(QPointF(centre.x(), rect.bottom() + 2.0), centre, 12.0 * unit)  # wrist
    pen.blob(centre, 11.0 * unit, 12.0 * unit)
    lengths = (13.0, 17.0, 18.0, 16.0)
    for i, length in enumerate(lengths):
        angle = 180.0 + (i - 1.5) * (7.0 + 12.0 * pose.spread)
        base = _polar(centre, 9.0 * unit, 180.0 + (i - 1.5) * 22.0)
        tip = _polar(base, length * unit * (0.35 + 0.65 * pose.hand_open), angle)
        pen.limb(base, tip, 5.0 * unit)
    thumb_base = _polar(centre, 9.0 * unit, 245.0 if pose.hand == "palm-up" else 115.0)
    thumb_angle = (245.0 if pose.hand == "palm-up" else 115.0) + 15.0 * pose.spread
    tip = _polar(thumb_base, 11.0 * unit * (0.4 + 0.6 * pose.hand_open), thumb_angle)
    pen.limb(thumb_base, tip, 5.5 * unit)


def paint_pose(painter: QPainter, pose: Pose, colours: Palette, target: QRectF) -> None:
    """Draw ``pose`` fitted into ``target`` (keeping its proportions)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min(target.width() / BOX_W, target.height() / BOX_H)
    painter.translate(
        target.x() + (target.width() - BOX_W * scale) / 2.0,
        target.y() + (target.height() - BOX_H * scale) / 2.0,
    )
    painter.scale(scale, scale)
    pen = _Pen(painter, colours)
    if pose.view == "side":
        _draw_side(pen, pose)
    elif pose.view == "bed":
        _draw_bed(pen, pose)
    else:
        _draw_front(pen, pose)
    if pose.hand is not None:
        _draw_hand(pen, pose, QRectF(142.0, 6.0, 56.0, 70.0))
    painter.restore()


def _faded(colours: Palette, alpha: float) -> Palette:
    def fade(c: QColor) -> QColor:
        c = QColor(c)
        c.setAlphaF(c.alphaF() * alpha)
        return c

    return Palette(fade(colours.body), fade(colours.edge), fade(colours.furniture))


def theme_palette() -> Palette:
    """The figure's colours in the current theme."""
    body, edge = AnimatedDrawing.fill_colour(), AnimatedDrawing.edge_colour()
    furniture = QColor(edge)
    furniture.setAlphaF(0.3)
    return Palette(body, edge, furniture)


class StretchFigure(AnimatedDrawing):
    """Draws one movement; reads where it is in the movement from ``motion_source``.

    With reduced motion it holds still, showing the resting outline and the end point.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(200, parent)
        self.setAccessibleName(self.tr("Movement picture"))
        self._illustration = ""
        self._source: Callable[[], Motion] = Motion

    def set_illustration(self, key: str, description: str = "") -> None:
        """Which movement to draw; ``description`` is read to screen readers."""
        self._illustration = key
        self.setAccessibleDescription(description)
        self.update()

    def set_motion_source(self, source: Callable[[], Motion]) -> None:
        """Where each frame reads the motion (e.g. from the session clock)."""
        self._source = source
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = QRectF(self.rect()).adjusted(6.0, 6.0, -6.0, -6.0)
        colours = theme_palette()
        if self.reduced_motion:
            still = pose_for(self._illustration, Motion(1.0, 0.25))
            rest = pose_for(self._illustration, Motion())
            paint_pose(painter, replace(rest, hand=None), _faded(colours, 0.3), target)
            paint_pose(painter, still, colours, target)
        else:
            paint_pose(painter, pose_for(self._illustration, self._source()), colours, target)
        painter.end()
        self.frames_painted += 1


def render_frame(illustration: str, motion: Motion, width: int = 300, height: int = 300) -> QImage:
    """One frame of ``illustration`` as an image (for tests, tools and screenshots)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#F5F2EC"))
    painter = QPainter(image)
    colours = Palette(QColor("#8CC2C0"), QColor("#2C6A6E"), QColor(44, 106, 110, 70))
    paint_pose(painter, pose_for(illustration, motion), colours, QRectF(0, 0, width, height))
    painter.end()
    return image
