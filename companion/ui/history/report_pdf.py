"""The care-team report: A4 pages, black on white, written with QPdfWriter.

Laid out for any number of activities and any lengths: tables size their columns to what
they hold and wrap a cell's words (a header of two lines rather than two headers on top of
each other), lengths are words ("25 seconds", never "0 minutes"), counts are plural forms.
A heading never ends a page, and a report that would spill a few lines onto a second page is
laid out again with smaller charts. The charts are the History page's own painting functions
(ui/history/charts.py) with a print style.
"""

from __future__ import annotations

import functools
import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from companion.core.history.ratings import (
    ESAS_CREDIT,
    ESAS_ITEMS,
    EXTRA_ITEMS,
    MEANINGFUL_NOTE,
)
from companion.core.history.stats import WeekRating
from companion.services.history.report import MAX_NOTES, ReportData
from companion.services.safe_files import write_atomic
from companion.ui.common.core_texts import core_text, short_name, unvalidated_note
from companion.ui.common.translations import install_translations
from companion.ui.history import words
from companion.ui.history.charts import (
    ChartStyle,
    activity_index,
    legend_height,
    paint_legend,
    paint_rating_trend,
    paint_trend_legend,
    paint_week_bars,
)
from companion.ui.history.pdf_page import RESOLUTION, PdfPage, pdf_font
from companion.ui.history.report_care import observer_section, plan_section
from companion.ui.history.words import activity_name, day_text, tr

NEXT_PAGE_ROOM = 0.3  # a second page used less than this much is worth a tighter layout
MAX_LANDINGS = 15  # tracks in the music table, the most answered first


def write_pdf(path: os.PathLike[str] | str, report: ReportData) -> int:
    """Write the report to ``path`` (owner-only, all or nothing, through
    :func:`~companion.services.safe_files.write_atomic`; ``-`` is standard output); returns the
    number of pages."""
    install_translations()  # its plurals ("1 session"), also when made from the command line
    pages, last_full = _pages(report, compact=False)
    compact = pages > 1 and last_full < NEXT_PAGE_ROOM and _pages(report, True)[0] < pages
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        page = PdfPage(writer, painter)
        _contents(page, report, compact)
        pages = page.pages
    finally:
        painter.end()
        buffer.close()
    write_atomic(path, bytes(data.data()))  # owner-only, all or nothing; "-" is stdout
    return pages


def _writer(device: QIODevice) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    writer.setTitle(tr("Companion: sessions report"))
    writer.setCreator("Companion")
    return writer


def _pages(report: ReportData, compact: bool) -> tuple[int, float]:
    """A dry run: (pages, how full the last one is, 0–1)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    page = PdfPage(_writer(buffer), None)
    _contents(page, report, compact)
    buffer.close()
    return page.pages, page.y / page.height


def _contents(page: PdfPage, r: ReportData, compact: bool) -> None:
    style = ChartStyle.for_print(pdf_font(9))
    scale = 0.7 if compact else 1.0
    page.text(tr("Companion: sessions report"), 18, bold=True, gap=4)
    if r.patient:
        page.text(tr("Patient: {0}").format(r.patient), 12, gap=4)
    else:
        page.write_in(tr("Patient:"))
    period = tr("Period: {0}").format(words.period_text(r.first, r.last))
    if r.activity:
        period += "  ·  " + tr("Activity: {0}").format(activity_name(r.activity))
    page.text(period, 11, gap=2)
    page.text(
        tr(
            "Made on {0} from the patient's own records in Companion, an app that guides "
            "and records relaxation sessions. It is not a medical device."
        ).format(day_text(r.generated.date())),
        9,
    )
    if r.plan is not None:  # the report opens with the care team's plan
        plan_section(page, r.plan)
    _sessions(page, r, style, scale)
    if r.episodes is not None:
        _episodes(page, r)
    _ratings(page, r, style, scale)
    if r.checkins:
        _checkins(page, r)
    if r.observer:
        observer_section(page, r.observer)
    if r.landings:
        _landings(page, r)
    _notes(page, r)


def _sessions(page: PdfPage, r: ReportData, style: ChartStyle, scale: float) -> None:
    page.heading(tr("Sessions"), keep=60)
    if r.totals.sessions:
        page.text(
            tr("{0} in all, on {1}.").format(
                words.sessions_time(r.totals.sessions, r.totals.minutes),
                words.days(r.active_days),
            ),
            11,
        )
    else:
        page.text(tr("No sessions in this period."), 11)
    if r.flagged:
        page.text(
            tr(
                "{0} of these sessions hold values Companion does not write (an unknown "
                "activity or person, a date or length that cannot be read); they are counted "
                "as they are, without their minutes."
            ).format(r.flagged),
            9,
        )
    if not r.notes:  # said here, rather than as a section that may start a page of its own
        page.text(tr("No notes in this period."), 10)
    if not r.totals.sessions:
        return
    page.table(
        [tr("Activity"), tr("Sessions"), tr("Time")],
        [
            [activity_name(a.activity), str(a.sessions), words.minutes_length(a.minutes)]
            for a in r.activities
        ],
    )
    if not r.weeks:
        return
    keys = sorted({k for w in r.weeks for k in w.sessions}, key=activity_index)
    legend = legend_height(style.font, page.width, keys, page.writer) + 4
    page.heading(tr("Sessions per week"), keep=legend + 200 * scale)
    page.chart(legend, lambda rect: paint_legend(_painter(page), rect, keys, style))
    page.chart(230 * scale, lambda rect: paint_week_bars(_painter(page), rect, r.weeks, style))
    page.table(
        [tr("Week of"), *[activity_name(k) for k in keys], tr("Time")],
        [
            [
                words.day_text(w.week),
                *[str(w.sessions.get(k, 0)) for k in keys],
                words.minutes_length(w.minutes) if w.total else "–",
            ]
            for w in r.weeks
        ],
    )


def _painter(page: PdfPage) -> QPainter:
    assert page.p is not None  # charts are painted only when the page has a painter
    return page.p


def _signed(value: float) -> str:
    text = words.decimal(abs(value))
    if round(value, 1) == 0:
        return words.decimal(0.0)
    return ("+" if value > 0 else "−") + text


def _ratings(page: PdfPage, r: ReportData, style: ChartStyle, scale: float) -> None:
    page.heading(tr("Ratings before and after sessions (0–10)"), keep=80)
    if not r.ratings:
        page.text(tr("No session was rated both before and after in this period."), 10)
        return
    page.table(
        [
            tr("Item"),
            tr("Sessions"),
            tr("Average before"),
            tr("Average after"),
            tr("Change"),
            tr("Changed by 1 point or more"),
        ],
        [
            [
                short_name(s.item),
                str(s.sessions),
                words.decimal(s.mean_before),
                words.decimal(s.mean_after),
                _signed(s.mean_change),
                words.sessions(s.meaningful),
            ]
            for s in r.ratings
        ],
    )
    page.text(core_text(MEANINGFUL_NOTE), 9)
    if unvalidated_note():
        page.text(unvalidated_note(), 9, True)
    page.text(tr("ESAS-r items: 0 = none (for wellbeing, 0 = best), 10 = worst possible."), 9)
    for summary in r.ratings[:2]:
        weeks = r.trend.get(summary.item, [])
        if len(weeks) < 2:
            continue
        height = 150 * scale
        page.room(40 + 26 + height)  # the title, legend and chart stay together
        page.text(tr("{0}: average per week").format(short_name(summary.item)), 10, True, 2)
        page.chart(22, lambda rect: paint_trend_legend(_painter(page), rect, style))
        page.chart(height, functools.partial(_trend, page, weeks, style))


def _trend(page: PdfPage, weeks: list[WeekRating], style: ChartStyle, rect: QRectF) -> None:
    paint_rating_trend(_painter(page), rect, weeks, style)


def _episodes(page: PdfPage, r: ReportData) -> None:
    """Episodes of breathlessness ("Breathless now"): how many, per week, when in the day."""
    episodes = r.episodes
    assert episodes is not None
    page.heading(tr("Breathless now: episodes of breathlessness"), keep=60)
    page.text(
        tr(
            "Episodes in this period: {0}, {1} minutes in all. Recorded when the person used "
            "Breathless now; they are not counted as sessions."
        ).format(episodes.count, round(episodes.minutes)),
        10,
    )
    weeks = "  ·  ".join(f"{day_text(week)}: {n}" for week, n in episodes.weeks)
    page.text(tr("Per week (week of): {0}").format(weeks), 10)
    names = {
        "night": tr("night (0–6 h)"),
        "morning": tr("morning (6–12 h)"),
        "afternoon": tr("afternoon (12–18 h)"),
        "evening": tr("evening (18–24 h)"),
    }
    parts = "  ·  ".join(f"{names[key]} {n}" for key, n in episodes.day_parts.items())
    page.text(tr("Time of day: {0}").format(parts), 10)


def _checkins(page: PdfPage, r: ReportData) -> None:
    page.heading(tr("Daily check-ins (ESAS-r)"), keep=80)
    first, last = r.checkins[0], r.checkins[-1]
    if len(r.checkins) == 1:
        page.text(tr("1 check-in in the period:"), 10)
    else:
        page.text(
            tr("{0}. The first and the latest in the period:").format(
                words.checkins(len(r.checkins))
            ),
            10,
        )
    days = [day_text(first.day)] if first is last else [day_text(first.day), day_text(last.day)]
    shown = [first] if first is last else [first, last]
    items = [i for i in ESAS_ITEMS if any(i.key in c.esas for c in shown)]
    extras = [i for i in EXTRA_ITEMS if any(i.key in c.extra for c in shown)]
    rows = [[short_name(i.key), *[_v(c.esas.get(i.key)) for c in shown]] for i in items]
    if last.other_problem:
        rows.append([last.other_problem, *[_v(c.esas.get("other")) for c in shown]])
    if rows:
        page.table([tr("ESAS-r item"), *days], rows)
    page.text(core_text(ESAS_CREDIT), 8)
    if unvalidated_note():
        page.text(unvalidated_note(), 8, True)
    if extras:
        page.table(
            [tr("Not part of ESAS-r (0 = worst, 10 = best)"), *days],
            [[short_name(i.key), *[_v(c.extra.get(i.key)) for c in shown]] for i in extras],
        )


def _notes(page: PdfPage, r: ReportData) -> None:
    if not r.notes:
        return  # said under the sessions
    shown = r.notes[-MAX_NOTES:]
    page.heading(tr("Notes"), keep=40)
    for note in shown:
        what = activity_name(note.activity) if note.session_id else tr("Day")
        page.text(f"{day_text(note.day)}  ({what})  {note.text}", 10, gap=3)
    if len(r.notes) > len(shown):
        page.text(words.earlier_notes(len(r.notes) - len(shown)), 9)


def _landings(page: PdfPage, r: ReportData) -> None:
    page.heading(tr("How the music landed"), keep=80)
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
    )
    if len(r.landings) > MAX_LANDINGS:
        more = len(r.landings) - MAX_LANDINGS
        said = QCoreApplication.translate("History", "%n more track(s) were answered.", "", more)
        page.text(said, 9)


def _v(value: int | None) -> str:
    return "–" if value is None else str(value)
