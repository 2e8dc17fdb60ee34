"""History's charts, painted by plain functions on any QPainter: the screen and the PDF share them.

Charts never rely on colour alone: activities differ by fill pattern, numbers are written on
the calendar, before/after lines differ by dash, so a black-and-white printout reads the same.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from companion.core.history.stats import ActivityTotal, CalendarDay, WeekRating, WeekRow
from companion.core.leading import parse_led_item

PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.FDiagPattern,
)
ACTIVITY_ORDER = ("breathing", "visualization", "stretch", "listening", "massage", "meditation")


def tr(text: str) -> str:
    """Translate in the History context."""
    return QCoreApplication.translate("History", text)


def activity_name(key: str) -> str:
    """The user-facing name of an activity."""
    names = {
        "breathing": tr("Breathing"),
        "visualization": tr("Imagery"),
        "stretch": tr("Stretch"),
        "listening": tr("Listening"),
        "massage": tr("Hand massage"),
        "meditation": tr("Meditation"),
    }
    return names.get(key, key.capitalize())


def item_text(activity: str, item: str) -> str:
    """What was done, in words where the stored item is a code: a breathing lead's start and
    end (``calm from 3-3 to 3.4-3.8``), a quiet time's bell (``bowl every 5 min``)."""
    if activity == "breathing":
        led = parse_led_item(item)
        if led is not None:
            what, started, reached = led
            return tr("{0}, from your own pace {1} to {2}").format(
                what, started.label(), reached.label()
            )
    if activity == "meditation":
        bell, _, every = item.partition(" every ")
        bells = {
            "bowl": tr("Bowl"),
            "deep-bowl": tr("Deep bowl"),
            "small-bowl": tr("Small bowl"),
            "none": tr("No bell"),
        }
        words = bells.get(bell, bell)
        minutes = every.removesuffix(" min")
        return tr("{0}, every {1} min").format(words, minutes) if every else words
    return item


@dataclass(frozen=True)
class ChartStyle:
    """Colours and font a chart is painted with."""

    ink: QColor
    muted: QColor
    grid: QColor
    paper: QColor
    accent: QColor
    font: QFont

    @classmethod
    def for_print(cls, font: QFont) -> ChartStyle:
        """Black on white, for a report that may be photocopied."""
        return cls(
            QColor("black"),
            QColor("#444444"),
            QColor("#BBBBBB"),
            QColor("white"),
            QColor("black"),
            font,
        )

    @classmethod
    def for_widget(cls, widget: QWidget) -> ChartStyle:
        """The widget's theme colours (light, night or high contrast)."""
        pal = widget.palette()
        return cls(
            pal.color(QPalette.ColorRole.WindowText),
            pal.color(QPalette.ColorRole.PlaceholderText),
            pal.color(QPalette.ColorRole.Mid),
            pal.color(QPalette.ColorRole.Base),
            pal.color(QPalette.ColorRole.Accent),  # the theme's chart colour
            widget.font(),
        )

    def brush(self, index: int) -> QBrush:
        """The fill of the ``index``-th activity: a pattern, so print tells them apart."""
        return QBrush(self.accent, PATTERNS[index % len(PATTERNS)])


def activity_index(key: str) -> int:
    """A stable position for each activity (so its pattern is the same everywhere)."""
    return ACTIVITY_ORDER.index(key) if key in ACTIVITY_ORDER else len(ACTIVITY_ORDER)


def _text(p: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag, colour: QColor) -> None:
    p.setPen(colour)
    p.drawText(rect, int(flags), text)


def paint_calendar(
    p: QPainter, rect: QRectF, grid: Sequence[Sequence[CalendarDay]], s: ChartStyle
) -> None:
    """Weeks as rows, Monday to Sunday; a shade and the number of sessions in each day."""
    p.setFont(s.font)
    fm = p.fontMetrics()
    label_w = fm.horizontalAdvance("00 Mmm") + 12
    head_h = fm.height() + 6
    cols, rows = 7, max(1, len(grid))
    cell = min((rect.width() - label_w) / cols, (rect.height() - head_h) / rows)
    left = rect.left() + label_w
    top = rect.top() + head_h
    days = [tr("Mo"), tr("Tu"), tr("We"), tr("Th"), tr("Fr"), tr("Sa"), tr("Su")]
    centre = Qt.AlignmentFlag.AlignCenter
    for c, name in enumerate(days):
        _text(p, QRectF(left + c * cell, rect.top(), cell, head_h), name, centre, s.muted)
    for r, week in enumerate(grid):
        y = top + r * cell
        label = week[0].day.strftime("%d %b")
        right_mid = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        _text(p, QRectF(rect.left(), y, label_w - 10, cell), label, right_mid, s.muted)
        for c, day in enumerate(week):
            box = QRectF(left + c * cell + 3, y + 3, cell - 6, cell - 6)
            if day.sessions is None:  # still to come: nothing drawn, nothing "missed"
                continue
            fill = QColor(s.accent)
            fill.setAlphaF(shade_alpha(day.sessions))
            p.setPen(QPen(s.grid, 1))
            p.setBrush(QBrush(fill) if day.sessions else Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(box, 6, 6)
            if day.sessions:
                _text(p, box, str(day.sessions), centre, number_ink(s, fill))


def shade_alpha(sessions: int) -> float:
    """How strongly a calendar day is shaded for its number of sessions.

    Mid-tone shades (around 0.75) leave no ink that reads at 4.5:1, so the steps skip them.
    """
    return (0.0, 0.15, 0.3, 0.5)[sessions] if sessions < 4 else 1.0


def blend(fill: QColor, paper: QColor) -> QColor:
    """The colour ``fill`` (with its alpha) shows on ``paper``."""
    a = fill.alphaF()
    return QColor.fromRgbF(
        fill.redF() * a + paper.redF() * (1 - a),
        fill.greenF() * a + paper.greenF() * (1 - a),
        fill.blueF() * a + paper.blueF() * (1 - a),
    )


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def number_ink(s: ChartStyle, fill: QColor) -> QColor:
    """Ink or paper, whichever reads better on a calendar day shaded with ``fill``."""
    shade = _luminance(blend(fill, s.paper))

    def ratio(c: QColor) -> float:
        hi, lo = sorted((_luminance(c), shade), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    return max((s.ink, s.paper), key=ratio)


def paint_week_bars(p: QPainter, rect: QRectF, weeks: Sequence[WeekRow], s: ChartStyle) -> None:
    """Sessions per week as stacked bars, one pattern per activity, the total on top."""
    p.setFont(s.font)
    fm = p.fontMetrics()
    label_h = fm.height() + 6
    plot = QRectF(rect.left(), rect.top() + label_h, rect.width(), rect.height() - 2 * label_h)
    most = max((w.total for w in weeks), default=0) or 1
    n = max(1, len(weeks))
    slot = plot.width() / n
    bar_w = slot * 0.6
    p.setPen(QPen(s.grid, 1))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    every = max(1, round(fm.horizontalAdvance("00 Mmm ") / slot + 0.5))
    for i, week in enumerate(weeks):
        x = plot.left() + i * slot + (slot - bar_w) / 2
        y = plot.bottom()
        for key in sorted(week.sessions, key=activity_index):
            h = plot.height() * week.sessions[key] / most
            p.setPen(QPen(s.ink, 1))
            p.setBrush(s.brush(activity_index(key)))
            p.drawRect(QRectF(x, y - h, bar_w, h))
            y -= h
        centre = Qt.AlignmentFlag.AlignCenter
        if week.total:
            _text(
                p,
                QRectF(x - slot, y - label_h, bar_w + 2 * slot, label_h),
                str(week.total),
                centre,
                s.ink,
            )
        if (len(weeks) - 1 - i) % every == 0:
            box = QRectF(plot.left() + i * slot - slot, plot.bottom() + 2, 3 * slot, label_h)
            _text(p, box, week.week.strftime("%d %b"), centre, s.muted)


def paint_legend(p: QPainter, rect: QRectF, keys: Sequence[str], s: ChartStyle) -> None:
    """One swatch and name per activity, in a row."""
    p.setFont(s.font)
    fm = p.fontMetrics()
    x = rect.left()
    size = fm.height() * 0.8
    for key in sorted(keys, key=activity_index):
        p.setPen(QPen(s.ink, 1))
        p.setBrush(s.brush(activity_index(key)))
        p.drawRect(QRectF(x, rect.top() + (rect.height() - size) / 2, size, size))
        x += size + 6
        name = activity_name(key)
        left_mid = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        _text(
            p,
            QRectF(x, rect.top(), fm.horizontalAdvance(name) + 4, rect.height()),
            name,
            left_mid,
            s.ink,
        )
        x += fm.horizontalAdvance(name) + 24


def paint_activity_minutes(
    p: QPainter, rect: QRectF, totals: Sequence[ActivityTotal], s: ChartStyle
) -> None:
    """A horizontal bar of minutes per activity, with its name and figures."""
    p.setFont(s.font)
    fm = p.fontMetrics()
    row_h = min(rect.height() / max(1, len(totals)), fm.height() * 2.2)
    name_w = max((fm.horizontalAdvance(activity_name(t.activity)) for t in totals), default=0) + 16
    most = max((t.minutes for t in totals), default=0) or 1
    for i, total in enumerate(totals):
        y = rect.top() + i * row_h
        left_mid = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        _text(
            p, QRectF(rect.left(), y, name_w, row_h), activity_name(total.activity), left_mid, s.ink
        )
        figures = tr("{0} min · {1} sessions").format(round(total.minutes), total.sessions)
        fig_w = fm.horizontalAdvance(figures) + 16
        room = max(0.0, rect.width() - name_w - fig_w)
        w = max(2.0, room * total.minutes / most)
        p.setPen(QPen(s.ink, 1))
        p.setBrush(s.brush(activity_index(total.activity)))
        p.drawRect(QRectF(rect.left() + name_w, y + row_h * 0.2, w, row_h * 0.6))
        box = QRectF(rect.left() + name_w + w + 8, y, fig_w, row_h)
        _text(p, box, figures, left_mid, s.ink)


def paint_rating_trend(
    p: QPainter, rect: QRectF, weeks: Sequence[WeekRating], s: ChartStyle
) -> None:
    """Average before (dashed, hollow dots) and after (solid, filled dots) per week, 0–10."""
    p.setFont(s.font)
    fm = p.fontMetrics()
    axis_w = fm.horizontalAdvance("10") + 10
    label_h = fm.height() + 4
    plot = QRectF(
        rect.left() + axis_w, rect.top() + 4, rect.width() - axis_w - 8, rect.height() - label_h - 8
    )
    right_mid = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for value in (0, 5, 10):
        y = plot.bottom() - plot.height() * value / 10
        p.setPen(QPen(s.grid, 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        _text(
            p,
            QRectF(rect.left(), y - label_h / 2, axis_w - 6, label_h),
            str(value),
            right_mid,
            s.muted,
        )
    if not weeks:
        return
    n = len(weeks)

    def point(i: int, value: float) -> QPointF:
        x = plot.left() + (plot.width() * (i + 0.5) / n)
        return QPointF(x, plot.bottom() - plot.height() * value / 10)

    for attr, style, filled in (
        ("mean_before", Qt.PenStyle.DashLine, False),
        ("mean_after", Qt.PenStyle.SolidLine, True),
    ):
        pts = [point(i, getattr(w, attr)) for i, w in enumerate(weeks)]
        p.setPen(QPen(s.ink, 2, style))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for a, b in itertools.pairwise(pts):
            p.drawLine(a, b)
        p.setBrush(QBrush(s.ink) if filled else QBrush(s.paper))
        p.setPen(QPen(s.ink, 2))
        for pt in pts:
            p.drawEllipse(pt, 4.5, 4.5)
    every = max(1, round(fm.horizontalAdvance("00 Mmm ") * n / max(1.0, plot.width()) + 0.5))
    for i, w in enumerate(weeks):
        if (n - 1 - i) % every == 0:
            x = point(i, 0).x()
            box = QRectF(x - 60, plot.bottom() + 4, 120, label_h)
            _text(p, box, w.week.strftime("%d %b"), Qt.AlignmentFlag.AlignCenter, s.muted)


def trend_legend(p: QPainter, rect: QRectF, s: ChartStyle) -> None:
    """Explains the two lines of :func:`paint_rating_trend`."""
    p.setFont(s.font)
    fm = p.fontMetrics()
    x = rect.left()
    mid = rect.top() + rect.height() / 2
    for text, style, filled in (
        (tr("Before"), Qt.PenStyle.DashLine, False),
        (tr("After"), Qt.PenStyle.SolidLine, True),
    ):
        p.setPen(QPen(s.ink, 2, style))
        p.drawLine(QPointF(x, mid), QPointF(x + 30, mid))
        p.setBrush(QBrush(s.ink) if filled else QBrush(s.paper))
        p.setPen(QPen(s.ink, 2))
        p.drawEllipse(QPointF(x + 15, mid), 4.5, 4.5)
        x += 38
        w = fm.horizontalAdvance(text) + 4
        _text(
            p,
            QRectF(x, rect.top(), w, rect.height()),
            text,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            s.ink,
        )
        x += w + 24


class ChartView(QWidget):
    """A widget that paints one of the chart functions with the theme's colours.

    The accessible description carries the same facts in words for screen readers.
    """

    def __init__(self, name: str, min_height: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(min_height)
        self._paint: Callable[[QPainter, QRectF, ChartStyle], None] | None = None

    def show_chart(
        self, paint: Callable[[QPainter, QRectF, ChartStyle], None], description: str
    ) -> None:
        """Paint with ``paint(painter, rect, style)`` from now on."""
        self._paint = paint
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def paintEvent(self, _event: object) -> None:
        if self._paint is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(p, QRectF(self.rect()).adjusted(4, 4, -4, -4), ChartStyle.for_widget(self))
        p.end()


def day_label(day: date) -> str:
    """``Mon 23 Nov``."""
    return day.strftime("%a %d %b")
