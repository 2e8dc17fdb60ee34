"""History's charts, painted by plain functions on any QPainter: the screen and the PDF share them.

Charts never rely on colour alone: activities differ by fill pattern, numbers are written on
the calendar, before/after lines differ by dash, so a black-and-white printout reads the same.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from companion.core.history.stats import ActivityTotal, CalendarDay, WeekRating, WeekRow
from companion.ui.history import words
from companion.ui.history.words import ACTIVITY_ORDER, activity_name, short_day, tr

__all__ = ["ACTIVITY_ORDER", "ChartStyle", "activity_name", "tr"]

PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense5Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.FDiagPattern,
)


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


def _metrics(p: QPainter, font: QFont) -> QFontMetricsF:
    """``font``'s metrics on the device ``p`` paints (a PDF's resolution is not the screen's:
    measured for the screen, words printed in a report would overflow their boxes)."""
    return QFontMetricsF(font, p.device())


def _text(p: QPainter, rect: QRectF, text: str, flags: Qt.AlignmentFlag, colour: QColor) -> None:
    p.setPen(colour)
    p.drawText(rect, int(flags), text)


CENTRE = Qt.AlignmentFlag.AlignCenter
LEFT_MID = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MID = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WRAP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


# -- the calendar -----------------------------------------------------------------------------


def _calendar_label_w(fm: QFontMetricsF) -> float:
    return fm.horizontalAdvance(short_day(date(2026, 12, 28))) + fm.height() * 0.6


def _calendar_cell(fm: QFontMetricsF, width: float) -> float:
    """A day's square: as wide as the columns allow, never bigger than 3 lines of text."""
    return max(fm.height() * 1.2, min((width - _calendar_label_w(fm)) / 7, fm.height() * 2.6))


def calendar_height(font: QFont, width: float, weeks: int) -> int:
    """The height :func:`paint_calendar` needs at ``width`` for ``weeks`` rows."""
    fm = QFontMetricsF(font)
    return round(fm.height() + 6 + max(1, weeks) * _calendar_cell(fm, width))


def paint_calendar(
    p: QPainter, rect: QRectF, grid: Sequence[Sequence[CalendarDay]], s: ChartStyle
) -> None:
    """Weeks as rows, Monday to Sunday; a shade and the number of sessions in each day."""
    p.setFont(s.font)
    fm = _metrics(p, s.font)
    label_w = _calendar_label_w(fm)
    head_h = fm.height() + 6
    cell = _calendar_cell(fm, rect.width())
    left = rect.left() + label_w
    top = rect.top() + head_h
    for c, name in enumerate(words.weekday_names()):
        _text(p, QRectF(left + c * cell, rect.top(), cell, head_h), name, CENTRE, s.muted)
    for r, week in enumerate(grid):
        y = top + r * cell
        label = short_day(week[0].day)
        _text(p, QRectF(rect.left(), y, label_w - 8, cell), label, RIGHT_MID, s.muted)
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
                _text(p, box, str(day.sessions), CENTRE, number_ink(s, fill))


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
    fm = _metrics(p, s.font)
    label_h = fm.height() + 6
    plot = QRectF(rect.left(), rect.top() + label_h, rect.width(), rect.height() - 2 * label_h)
    most = max((w.total for w in weeks), default=0) or 1
    n = max(1, len(weeks))
    slot = plot.width() / n
    bar_w = min(slot * 0.6, fm.height() * 3)  # a lone week is a bar, not a wall
    p.setPen(QPen(s.grid, 1))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    every = _label_every(fm, slot)
    for i, week in enumerate(weeks):
        x = plot.left() + i * slot + (slot - bar_w) / 2
        y = plot.bottom()
        for key in sorted(week.sessions, key=activity_index):
            h = plot.height() * week.sessions[key] / most
            p.setPen(QPen(s.ink, 1))
            p.setBrush(s.brush(activity_index(key)))
            p.drawRect(QRectF(x, y - h, bar_w, h))
            y -= h
        if week.total:
            box = QRectF(x - slot, y - label_h, bar_w + 2 * slot, label_h)
            _text(p, box, str(week.total), CENTRE, s.ink)
        if (len(weeks) - 1 - i) % every == 0:
            box = QRectF(plot.left() + i * slot - slot, plot.bottom() + 2, 3 * slot, label_h)
            _text(p, box, short_day(week.week), CENTRE, s.muted)


def _label_every(fm: QFontMetricsF, slot: float) -> int:
    """Label every n-th week so that the dates never overlap."""
    return max(1, int(fm.horizontalAdvance(short_day(date(2026, 12, 28)) + "  ") / slot) + 1)


# -- legends ----------------------------------------------------------------------------------


def _legend_entries(fm: QFontMetricsF, keys: Sequence[str]) -> list[tuple[str, float]]:
    size = fm.height() * 0.8
    return [(k, size + 6 + fm.horizontalAdvance(activity_name(k))) for k in keys]


def legend_height(
    font: QFont, width: float, keys: Sequence[str], device: QPaintDevice | None = None
) -> int:
    """The height :func:`paint_legend` needs at ``width`` (its entries wrap onto more lines)
    on ``device`` (the screen when None)."""
    fm = QFontMetricsF(font) if device is None else QFontMetricsF(font, device)
    return round(len(_legend_lines(fm, width, keys)) * fm.height() * 1.4)


def _legend_lines(fm: QFontMetricsF, width: float, keys: Sequence[str]) -> list[list[str]]:
    lines: list[list[str]] = [[]]
    used = 0.0
    gap = fm.height()
    for key, w in _legend_entries(fm, sorted(keys, key=activity_index)):
        if lines[-1] and used + gap + w > width:
            lines.append([])
            used = 0.0
        used += (gap if lines[-1] else 0.0) + w
        lines[-1].append(key)
    return [line for line in lines if line] or [[]]


def paint_legend(p: QPainter, rect: QRectF, keys: Sequence[str], s: ChartStyle) -> None:
    """One swatch and name per activity, wrapping onto more lines when they do not fit."""
    p.setFont(s.font)
    fm = _metrics(p, s.font)
    size = fm.height() * 0.8
    line_h = fm.height() * 1.4
    for n, line in enumerate(_legend_lines(fm, rect.width(), keys)):
        x = rect.left()
        top = rect.top() + n * line_h
        for key in line:
            p.setPen(QPen(s.ink, 1))
            p.setBrush(s.brush(activity_index(key)))
            p.drawRect(QRectF(x, top + (line_h - size) / 2, size, size))
            x += size + 6
            name = activity_name(key)
            w = fm.horizontalAdvance(name) + 2
            _text(p, QRectF(x, top, w, line_h), name, LEFT_MID, s.ink)
            x += w + fm.height()


def paint_trend_legend(p: QPainter, rect: QRectF, s: ChartStyle) -> None:
    """Explains the two lines of :func:`paint_rating_trend`: before dashed, after solid."""
    p.setFont(s.font)
    fm = _metrics(p, s.font)
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
        _text(p, QRectF(x, rect.top(), w, rect.height()), text, LEFT_MID, s.ink)
        x += w + 24


trend_legend = paint_trend_legend


def trend_legend_height(font: QFont, _width: float) -> int:
    """The height :func:`paint_trend_legend` needs (its words grow with the text size)."""
    return round(QFontMetricsF(font).height() * 1.4)


def rating_trend_height(font: QFont, _width: float) -> int:
    """The height :func:`paint_rating_trend` needs: about nine lines of its text, so the
    0–10 scale keeps its room at 200 % text."""
    return round(QFontMetricsF(font).height() * 9)


# -- minutes per activity ---------------------------------------------------------------------


def _minutes_figures(total: ActivityTotal) -> str:
    return tr("{0} · {1}", "a length, then a count: 46 minutes · 8 sessions").format(
        words.minutes_length(total.minutes), words.sessions(total.sessions)
    )


def _minutes_layout(
    fm: QFontMetricsF, width: float, totals: Sequence[ActivityTotal]
) -> tuple[bool, float, float]:
    """(one line per activity?, name column width, row height)."""
    name_w = max((fm.horizontalAdvance(activity_name(t.activity)) for t in totals), default=0)
    fig_w = max((fm.horizontalAdvance(_minutes_figures(t)) for t in totals), default=0)
    gap = fm.height() * 0.6
    one_line = name_w + fig_w + 2 * gap + fm.height() * 4 <= width
    row_h = fm.height() * (1.8 if one_line else 3.0)
    return one_line, name_w + gap, row_h


def activity_minutes_height(font: QFont, width: float, totals: Sequence[ActivityTotal]) -> int:
    """The height :func:`paint_activity_minutes` needs at ``width``."""
    fm = QFontMetricsF(font)
    return round(max(1, len(totals)) * _minutes_layout(fm, width, totals)[2])


def paint_activity_minutes(
    p: QPainter, rect: QRectF, totals: Sequence[ActivityTotal], s: ChartStyle
) -> None:
    """A bar of minutes per activity, with its name and figures beside it (or, when there is
    not room for all three on a line, the name and figures above the bar)."""
    p.setFont(s.font)
    fm = _metrics(p, s.font)
    one_line, name_w, row_h = _minutes_layout(fm, rect.width(), totals)
    most = max((t.minutes for t in totals), default=0) or 1
    gap = fm.height() * 0.6
    for i, total in enumerate(totals):
        y = rect.top() + i * row_h
        name = activity_name(total.activity)
        figures = _minutes_figures(total)
        fig_w = fm.horizontalAdvance(figures) + 4
        if one_line:
            bar_left = rect.left() + name_w
            room = max(0.0, rect.width() - name_w - fig_w - gap)
            bar = QRectF(
                bar_left, y + row_h * 0.2, max(2.0, room * total.minutes / most), row_h * 0.6
            )
            _text(p, QRectF(rect.left(), y, name_w, row_h), name, LEFT_MID, s.ink)
            _text(p, QRectF(bar.right() + gap, y, fig_w, row_h), figures, LEFT_MID, s.ink)
        else:
            line = fm.height() * 1.2
            _text(p, QRectF(rect.left(), y, rect.width(), line), f"{name}: {figures}", LEFT_MID,
                  s.ink)  # fmt: skip
            width = max(2.0, rect.width() * total.minutes / most)
            bar = QRectF(rect.left(), y + line + 4, width, row_h - line - fm.height() * 0.6)
        p.setPen(QPen(s.ink, 1))
        p.setBrush(s.brush(activity_index(total.activity)))
        p.drawRect(bar)


# -- ratings before and after -----------------------------------------------------------------


def paint_rating_trend(
    p: QPainter, rect: QRectF, weeks: Sequence[WeekRating], s: ChartStyle
) -> None:
    """Average before (dashed, hollow dots) and after (solid, filled dots) per week, 0–10."""
    p.setFont(s.font)
    fm = _metrics(p, s.font)
    axis_w = fm.horizontalAdvance("10") + 10
    label_h = fm.height() + 4
    top = rect.top() + label_h / 2  # room for the "10" centred on the top line
    plot = QRectF(
        rect.left() + axis_w, top, rect.width() - axis_w - 8, rect.bottom() - top - label_h - 8
    )
    for value in (0, 5, 10):
        y = plot.bottom() - plot.height() * value / 10
        p.setPen(QPen(s.grid, 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        box = QRectF(rect.left(), y - label_h / 2, axis_w - 6, label_h)
        _text(p, box, str(value), RIGHT_MID, s.muted)
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
    every = _label_every(fm, plot.width() / n)
    slot = plot.width() / n
    for i, w in enumerate(weeks):
        if (n - 1 - i) % every == 0:
            x = point(i, 0).x()
            box = QRectF(x - slot * every / 2, plot.bottom() + 4, slot * every, label_h)
            _text(p, box, short_day(w.week), CENTRE, s.muted)
