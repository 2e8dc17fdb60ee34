"""History's two activity charts side by side (stacked when narrow): sessions per day as a
calendar of at most the last 8 weeks, and the time per activity; each with its legend in words
and the same facts as its accessible description."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.history.stats import ActivityTotal, CalendarDay, calendar, week_start
from companion.services.history.data import HistoryData, HistoryFilter
from companion.ui.common.flow import columns
from companion.ui.common.widgets import make_label
from companion.ui.history import words
from companion.ui.history.chart_view import ChartView
from companion.ui.history.charts import (
    activity_minutes_height,
    calendar_height,
    paint_activity_minutes,
    paint_calendar,
)
from companion.ui.history.data_card import card
from companion.ui.history.words import activity_name

CALENDAR_WEEKS = 8  # the calendar shows at most the last 8 weeks of a period


class ActivityCharts(QWidget):
    """The calendar card and the time-per-activity card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "row")
        self.calendar_title = make_label("", "heading")
        self.calendar_view = ChartView(self.tr("Sessions per day"), 120)
        self.calendar_legend = make_label(
            self.tr(
                "The number in a day is how many sessions it had; the more, the darker. "
                "Empty days are fine."
            ),
            "small",
        )
        self.minutes_view = ChartView(self.tr("Time per activity"), 48)
        self.minutes_legend = make_label(
            self.tr("Each bar is the time spent on one activity; its figures are beside it."),
            "small",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            columns(
                card(self.calendar_title, self.calendar_view, self.calendar_legend),
                card(
                    make_label(self.tr("Time per activity"), "heading"),
                    self.minutes_view,
                    self.minutes_legend,
                ),
            )
        )

    def show_period(
        self,
        history: HistoryData,
        filt: HistoryFilter,
        today: date,
        totals: Sequence[ActivityTotal],
    ) -> None:
        """Show the chosen period (``totals``: its time and sessions per activity)."""
        self._show_calendar(history, filt, today)
        self.minutes_view.setVisible(bool(totals))
        self.minutes_legend.setVisible(bool(totals))
        self.minutes_view.show_chart(
            lambda p, rect, s: paint_activity_minutes(p, rect, totals, s),
            "; ".join(
                f"{activity_name(t.activity)}: {words.minutes_length(t.minutes)}, "
                f"{words.sessions(t.sessions)}"
                for t in totals
            )
            or self.tr("No sessions in this period."),
            lambda font, width: activity_minutes_height(font, width, totals),
        )

    def _show_calendar(self, history: HistoryData, filt: HistoryFilter, today: date) -> None:
        first = filt.first or today
        weeks = min(CALENDAR_WEEKS, (week_start(today) - week_start(first)).days // 7 + 1)
        shown_from = week_start(today) - timedelta(weeks=weeks - 1)
        rows = history.day_rows(HistoryFilter(filt.activity, max(first, shown_from), today))
        grid = [
            [CalendarDay(d.day, None) if d.day < first else d for d in week]
            for week in calendar(rows, today, weeks)
        ]
        if weeks == CALENDAR_WEEKS and first < shown_from:
            self.calendar_title.setText(self.tr("Sessions per day, the last 8 weeks"))
        else:
            self.calendar_title.setText(self.tr("Sessions per day"))
        counted = sum(d.sessions or 0 for w in grid for d in w)
        busiest = max((d.sessions or 0 for w in grid for d in w), default=0)
        self.calendar_view.show_chart(
            lambda p, rect, s: paint_calendar(p, rect, grid, s),
            self.tr("{0} on the days shown; at most {1} on one day.").format(
                words.sessions(counted), words.sessions(busiest)
            ),
            lambda font, width: calendar_height(font, width, len(grid)),
        )
