"""The care-team report: one or two A4 pages, black on white, written with QPdfWriter.

The charts are the History page's own painting functions (ui/charts.py) with a print style.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from companion.core.history.ratings import (
    ESAS_CREDIT,
    ESAS_ITEMS,
    EXTRA_ITEMS,
    MEANINGFUL_NOTE,
    short_name,
)
from companion.services.history.report import ReportData
from companion.services.paths import make_private
from companion.ui.history.charts import (
    ChartStyle,
    activity_name,
    paint_activity_minutes,
    paint_legend,
    paint_rating_trend,
    paint_week_bars,
    tr,
    trend_legend,
)

RESOLUTION = 144  # dots per inch: fine enough for print, small coordinates to reason about
MAX_NOTES = 12
MAX_LANDINGS = 15  # tracks in the music table, the most answered first


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


class _Page:
    """A cursor down the page that starts a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.p = painter
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.y = 0.0
        self.pages = 1

    def room(self, needed: float) -> None:
        if self.y + needed > self.height:
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def text(self, text: str, points: float = 10, bold: bool = False, gap: float = 6) -> None:
        self.p.setFont(_font(points, bold))
        self.p.setPen(QPen(Qt.GlobalColor.black))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = self.p.boundingRect(QRectF(0, 0, self.width, 10_000), flags, text)
        self.room(box.height())
        self.p.drawText(QRectF(0, self.y, self.width, box.height()), flags, text)
        self.y += box.height() + gap

    def heading(self, text: str) -> None:
        self.room(120)  # never a heading alone at the bottom of a page
        self.y += 10
        self.text(text, 13, bold=True, gap=4)
        self.p.setPen(QPen(Qt.GlobalColor.black, 1.5))
        self.p.drawLine(0, round(self.y), round(self.width), round(self.y))
        self.y += 8

    def table(self, header: list[str], rows: list[list[str]], widths: list[int]) -> None:
        self.p.setFont(_font(10))
        line = self.p.fontMetrics().height() + 8
        total = sum(widths)
        xs = [0.0]
        for w in widths[:-1]:
            xs.append(xs[-1] + self.width * w / total)
        for n, row in enumerate([header, *rows]):
            self.room(line)
            self.p.setFont(_font(10, bold=n == 0))
            self.p.setPen(QPen(Qt.GlobalColor.black))
            for i, cell in enumerate(row):
                right = xs[i + 1] if i + 1 < len(xs) else self.width
                align = Qt.AlignmentFlag.AlignVCenter | (
                    Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                )
                self.p.drawText(QRectF(xs[i], self.y, right - xs[i] - 8, line), int(align), cell)
            self.y += line
            if n == 0:
                self.p.setPen(QPen(Qt.GlobalColor.black, 1))
                self.p.drawLine(0, round(self.y), round(self.width), round(self.y))
        self.y += 8

    def chart(self, height: float, paint) -> None:  # type: ignore[no-untyped-def]
        self.room(height)
        paint(QRectF(0, self.y, self.width, height))
        self.y += height + 8


def write_pdf(path: Path, report: ReportData) -> int:
    """Write the report to ``path`` (owner-only); returns the number of pages."""
    tmp = path.with_name(f".{path.name}.partial")
    writer = QPdfWriter(str(tmp))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(tr("Companion: sessions report"))
    writer.setCreator("Companion")
    painter = QPainter()
    if not painter.begin(writer):
        tmp.unlink(missing_ok=True)
        raise OSError(f"cannot write {path}")
    try:
        page = _Page(writer, painter)
        _contents(page, report)
        pages = page.pages
    finally:
        painter.end()
    make_private(tmp)
    os.replace(tmp, path)
    return pages


def _contents(page: _Page, r: ReportData) -> None:
    style = ChartStyle.for_print(_font(9))
    p = page.p
    page.text(tr("Companion: sessions report"), 18, bold=True, gap=2)
    period = tr("Period: {0} to {1}").format(_day(r.first), _day(r.last))
    if r.activity:
        period += "  ·  " + tr("Activity: {0}").format(activity_name(r.activity))
    page.text(period, 11, gap=2)
    page.text(
        tr(
            "Made on {0} from the patient's own records in Companion, an app that guides "
            "and records relaxation sessions. It is not a medical device."
        ).format(_day(r.generated.date())),
        9,
    )
    page.heading(tr("Sessions"))
    page.text(
        tr("{0} sessions, {1} minutes in all, on {2} days.").format(
            r.totals.sessions, round(r.totals.minutes), r.active_days
        ),
        11,
    )
    if r.activities:
        page.table(
            [tr("Activity"), tr("Sessions"), tr("Minutes")],
            [
                [activity_name(a.activity), str(a.sessions), str(round(a.minutes))]
                for a in r.activities
            ],
            [3, 1, 1],
        )
        page.chart(
            min(44.0 * len(r.activities), 180.0),
            lambda rect: paint_activity_minutes(p, rect, r.activities, style),
        )
    if r.weeks and r.totals.sessions:
        page.heading(tr("Sessions per week"))
        keys = sorted({k for w in r.weeks for k in w.sessions})
        page.chart(26, lambda rect: paint_legend(p, rect, keys, style))
        page.chart(230, lambda rect: paint_week_bars(p, rect, r.weeks, style))
        page.table(
            [tr("Week of"), *[activity_name(k) for k in keys], tr("Minutes")],
            [
                [_day(w.week), *[str(w.sessions.get(k, 0)) for k in keys], str(round(w.minutes))]
                for w in r.weeks
            ],
            [2] + [1] * len(keys) + [1],
        )
    page.heading(tr("Ratings before and after sessions (0–10)"))
    if r.ratings:
        page.table(
            [tr("Item"), tr("Sessions"), tr("Before"), tr("After"), tr("Change"), tr("≥ 1 point")],
            [
                [
                    short_name(s.item),
                    str(s.sessions),
                    f"{s.mean_before:.1f}",
                    f"{s.mean_after:.1f}",
                    f"{s.mean_change:+.1f}",
                    str(s.meaningful),
                ]
                for s in r.ratings
            ],
            [3, 1, 1, 1, 1, 1],
        )
        page.text(tr(MEANINGFUL_NOTE), 9)
        page.text(tr("ESAS-r items: 0 = none (for wellbeing, 0 = best), 10 = worst possible."), 9)
        for summary in r.ratings[:2]:
            weeks = r.trend.get(summary.item, [])
            if len(weeks) >= 2:
                page.room(220)  # the title, legend and chart stay together
                page.text(tr("{0}: average per week").format(short_name(summary.item)), 10, True, 2)
                page.chart(22, lambda rect: trend_legend(p, rect, style))
                page.chart(150, lambda rect, w=weeks: paint_rating_trend(p, rect, w, style))
    else:
        page.text(tr("No session was rated both before and after in this period."), 10)
    if r.checkins:
        _checkins(page, r)
    if r.landings:
        _landings(page, r)
    page.heading(tr("Notes"))
    if r.notes:
        for note in r.notes[-MAX_NOTES:]:
            what = activity_name(note.activity) if note.session_id else tr("Day")
            page.text(f"{_day(note.day)}  ({what})  {note.text}", 10, gap=3)
        if len(r.notes) > MAX_NOTES:
            page.text(
                tr("{0} earlier notes are in the CSV export.").format(len(r.notes) - MAX_NOTES), 9
            )
    else:
        page.text(tr("No notes in this period."), 10)


def _checkins(page: _Page, r: ReportData) -> None:
    page.heading(tr("Daily check-ins (ESAS-r)"))
    first, last = r.checkins[0], r.checkins[-1]
    page.text(tr("{0} check-ins. First and latest in the period:").format(len(r.checkins)), 10)
    items = [i for i in ESAS_ITEMS if i.key in first.esas or i.key in last.esas]
    extras = [i for i in EXTRA_ITEMS if i.key in first.extra or i.key in last.extra]
    rows = [[short_name(i.key), _v(first.esas.get(i.key)), _v(last.esas.get(i.key))] for i in items]
    if last.other_problem:
        rows.append([last.other_problem, _v(first.esas.get("other")), _v(last.esas.get("other"))])
    page.table([tr("ESAS-r item"), _day(first.day), _day(last.day)], rows, [3, 1, 1])
    page.text(tr(ESAS_CREDIT), 8)
    if extras:
        rows = [
            [short_name(i.key), _v(first.extra.get(i.key)), _v(last.extra.get(i.key))]
            for i in extras
        ]
        page.table(
            [tr("Not part of ESAS-r (0 = worst, 10 = best)"), _day(first.day), _day(last.day)],
            rows,
            [3, 1, 1],
        )


def _landings(page: _Page, r: ReportData) -> None:
    page.heading(tr("How the music landed"))
    page.text(
        tr(
            "After a track, the person listening (or the family) may answer how it landed. "
            "A track marked unsettled twice is no longer played unless the family chooses."
        ),
        9,
    )
    shown = r.landings[:MAX_LANDINGS]
    page.table(
        [tr("Track"), tr("Calmer"), tr("No change"), tr("Unsettled")],
        [[x.title, str(x.calmer), str(x.same), str(x.unsettled)] for x in shown],
        [4, 1, 1, 1],
    )
    if len(r.landings) > MAX_LANDINGS:
        page.text(tr("{0} more tracks were answered.").format(len(r.landings) - MAX_LANDINGS), 9)


def _v(value: int | None) -> str:
    return "–" if value is None else str(value)


def _day(day: object) -> str:
    return day.strftime("%d %b %Y")  # type: ignore[attr-defined]
