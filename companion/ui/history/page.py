"""History for caregivers: the last weeks at a glance, what seemed to help, every session, and
ways to share (export), keep (backup) or remove (delete) the data.

Sums come from SQL over indexed columns and the session list is a lazy model, so years of
history open as fast as a week. Consistency is shown kindly: counts and minutes, never streaks
or missed days. Slow work (exports, backup, restore) runs on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from companion.core.history.ratings import MEANINGFUL_NOTE, short_name
from companion.core.history.stats import calendar, compare_weeks, per_activity, rating_trend
from companion.core.history.stats import summarise_ratings as summarise
from companion.core.sessions import Activity
from companion.services.history.data import HistoryData, HistoryFilter, week_ago
from companion.services.store import StoreError
from companion.ui.common.flow import flow_row
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import footed_view, make_button, make_label
from companion.ui.history.charts import (
    ChartView,
    activity_name,
    paint_activity_minutes,
    paint_calendar,
    paint_rating_trend,
)
from companion.ui.history.checkin import CheckinDialog
from companion.ui.history.data_card import DataCard, card
from companion.ui.history.dialogs import NoteDialog
from companion.ui.history.model import SessionTableModel, session_table
from companion.ui.history.observer_card import ObserverCard

WEEKS_SHOWN = 8
STALE_MS = 1000  # after the history changes, refresh once it has been quiet this long


_card = card


class HistoryPage(Page):
    """The review page; it refreshes itself when the history changes while it is shown.

    Signals:
        busy_changed(bool): an export, backup or restore runs (or has finished).
    """

    name = "history"
    busy_changed = Signal(bool)

    def __init__(
        self,
        services: Services,
        today: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._store = services.store
        self.history = services.history
        self._today = today
        self.working = False
        self._dialogs = services.dialogs
        self._stale = QTimer(self)  # many writes in a row (checkpoints): one refresh
        self._stale.setSingleShot(True)
        self._stale.setInterval(STALE_MS)
        self._stale.timeout.connect(self._refresh_if_shown)
        services.history_events.changed.connect(self._stale.start)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(14)
        top = QHBoxLayout()
        top.addWidget(make_label(self.tr("History"), "title"), 1)
        self.checkin_button = make_button(
            self.tr("Daily check-in…"), self.tr("Optional: the full ESAS-r questions, once a day")
        )
        self.day_note_button = make_button(
            self.tr("Note for today…"), self.tr("Write a note for today")
        )
        self.export_button = make_button(
            self.tr("Export…"),
            self.tr("A report for the care team (PDF) or a table (CSV)"),
            "primary",
        )
        for button in (self.checkin_button, self.day_note_button, self.export_button):
            top.addWidget(button)
        column.addLayout(top)

        self.summary = make_label("", "subtitle")
        self.kind_words = make_label(
            self.tr("Every session counts, however short. Rest days are fine."), "muted"
        )
        self.checkin_status = make_label("", "muted")
        column.addWidget(_card(self.summary, self.kind_words, self.checkin_status))

        charts = QGridLayout()
        self.calendar_view = ChartView(self.tr("Sessions per day, last 8 weeks"), 380)
        self.minutes_view = ChartView(self.tr("Minutes per activity"), 120)
        charts.addWidget(
            _card(make_label(self.tr("Sessions per day (last 8 weeks)")), self.calendar_view), 0, 0
        )
        charts.addWidget(
            _card(make_label(self.tr("Minutes per activity")), self.minutes_view), 0, 1
        )
        column.addLayout(charts)

        self.ratings_text = make_label("")
        self.trend_view = ChartView(self.tr("Ratings per week"), 180)
        self.meaningful_note = make_label(self.tr(MEANINGFUL_NOTE), "muted")
        column.addWidget(
            _card(
                make_label(self.tr("Ratings before → after (0–10)")),
                self.ratings_text,
                self.trend_view,
                self.meaningful_note,
            )
        )

        # Ratings by an observer: a card of their own, apart from the patient's ratings.
        self.observer_card = ObserverCard(self.history)
        self.observer_card.open_requested.connect(self.open_requested)
        self.observer_card.notice.connect(self.notice)
        column.addWidget(self.observer_card)

        filters = QHBoxLayout()
        self.activity_box = QComboBox()
        self.activity_box.setAccessibleName(self.tr("Activity"))
        self.activity_box.addItem(self.tr("All activities"), None)
        for activity in Activity:
            self.activity_box.addItem(activity_name(activity.value), activity.value)
        self.from_edit = self._date_edit(self.tr("From"), self.tr("The first day to show"))
        self.to_edit = self._date_edit(self.tr("To"), self.tr("The last day to show"))
        self.all_time_button = make_button(self.tr("All time"), self.tr("Show every session"))
        for widget in (
            self.activity_box,
            make_label(self.tr("From"), wrap=False),
            self.from_edit,
            make_label(self.tr("to"), wrap=False),
            self.to_edit,
            self.all_time_button,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        column.addLayout(filters)

        self.model = SessionTableModel(self.history, self)
        self.table = session_table(self.model)
        column.addWidget(self.table)
        self.empty_label = make_label(
            self.tr("No sessions yet. They appear here after you breathe with Companion."), "muted"
        )
        column.addWidget(self.empty_label)
        actions = QHBoxLayout()
        self.note_button = make_button(
            self.tr("Edit note…"), self.tr("Write a note on the chosen session")
        )
        self.delete_button = make_button(
            self.tr("Delete session…"), self.tr("Remove the chosen session")
        )
        for button in (self.note_button, self.delete_button):
            button.setEnabled(False)
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)

        self.data_card = DataCard(self.services, today)
        self.data_card.notice.connect(self.notice.emit)
        self.data_card.changed.connect(self.refresh)
        self.data_card.busy_changed.connect(self._set_busy)
        self.backup_button = self.data_card.backup_button
        self.restore_button = self.data_card.restore_button
        self.delete_all_button = self.data_card.delete_all_button
        column.addWidget(self.data_card)

        back = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        back.clicked.connect(self.home_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(footed_view(body, flow_row([back], []))[0])
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested)

        self.activity_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.to_edit.dateChanged.connect(lambda _d: self.refresh())
        self.all_time_button.clicked.connect(self.show_all_time)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.note_button.clicked.connect(self.edit_note)
        self.delete_button.clicked.connect(self.delete_selected)
        self.day_note_button.clicked.connect(self.edit_day_note)
        self.checkin_button.clicked.connect(self.open_checkin)
        self.export_button.clicked.connect(lambda: self.data_card.export(self.current_filter()))
        self.reset_filters()

    def show_request(self, request: object | None = None) -> None:
        """History, freshly loaded."""
        self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and not self.working:
            self.refresh()

    def _date_edit(self, name: str, description: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleDescription(description)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    # -- reading ----------------------------------------------------------------------

    def reset_filters(self) -> None:
        """All activities, the last eight weeks."""
        today = self._today().date()
        self._set_dates(week_ago(today, WEEKS_SHOWN), today)
        self.activity_box.setCurrentIndex(0)

    def show_all_time(self) -> None:
        """Widen the dates to every session kept."""
        first = self.history.first_day() if self.history is not None else None
        today = self._today().date()
        self._set_dates(min(first or today, today), today)
        self.refresh()

    def _set_dates(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def current_filter(self) -> HistoryFilter:
        """What the filter controls say."""
        first: date = self.from_edit.date().toPython()  # type: ignore[assignment]
        last: date = self.to_edit.date().toPython()  # type: ignore[assignment]
        activity = self.activity_box.currentData()
        return HistoryFilter(activity, min(first, last), max(first, last))

    def refresh(self) -> None:
        """Reload every figure and the list from the store."""
        if self.history is None:
            self.summary.setText(self.tr("History is unavailable on this computer."))
            self.empty_label.setVisible(True)
            return
        try:
            self._refresh(self.history)
        except StoreError as exc:
            self.notice.emit(str(exc))

    def _refresh(self, history: HistoryData) -> None:
        today = self._today().date()
        filt = self.current_filter()
        recent = history.day_rows(HistoryFilter(filt.activity, week_ago(today, WEEKS_SHOWN), today))
        weeks = compare_weeks(recent, today)
        self.summary.setText(
            self.tr(
                "Last 7 days: {0} sessions, {1} minutes.  "
                "The 7 days before: {2} sessions, {3} minutes."
            ).format(
                weeks.this_week.sessions,
                round(weeks.this_week.minutes),
                weeks.last_week.sessions,
                round(weeks.last_week.minutes),
            )
        )
        done = history.checkin_on(today) is not None
        self.checkin_status.setText(
            self.tr("Today's check-in is saved; you can change it.")
            if done
            else self.tr("A daily check-in is there whenever you want it.")
        )
        grid = calendar(recent, today, WEEKS_SHOWN)
        busiest = max((d.sessions or 0 for w in grid for d in w), default=0)
        self.calendar_view.show_chart(
            lambda p, rect, s: paint_calendar(p, rect, grid, s),
            self.tr("{0} sessions in the last 8 weeks; at most {1} on one day.").format(
                sum(d.sessions or 0 for w in grid for d in w), busiest
            ),
        )
        totals = per_activity(history.day_rows(filt))
        self.minutes_view.setMinimumHeight(max(60, 56 * len(totals)))
        self.minutes_view.show_chart(
            lambda p, rect, s: paint_activity_minutes(p, rect, totals, s),
            "; ".join(f"{activity_name(t.activity)}: {round(t.minutes)} min" for t in totals)
            or self.tr("No sessions in these dates."),
        )
        self._show_ratings(history, filt)
        self.observer_card.show_period(filt)
        self.model.set_filter(filt)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._on_selection()

    def _show_ratings(self, history: HistoryData, filt: HistoryFilter) -> None:
        changes = history.rating_changes(filt)
        summaries = summarise(changes)
        if not summaries:
            self.ratings_text.setText(
                self.tr(
                    "No session in these dates was rated before and after. Ratings are optional."
                )
            )
            self.trend_view.setVisible(False)
            return
        lines = [
            self.tr(
                "{0}: {1:.1f} before → {2:.1f} after on average "
                "({3} sessions; {4} changed by 1 point or more)"
            ).format(short_name(s.item), s.mean_before, s.mean_after, s.sessions, s.meaningful)
            for s in summaries
        ]
        self.ratings_text.setText("\n".join(lines))
        first = summaries[0].item
        weeks = rating_trend(c for c in changes if c.item == first)[first]
        self.trend_view.setVisible(True)
        self.trend_view.show_chart(
            lambda p, rect, s: paint_rating_trend(p, rect, weeks, s),
            self.tr("{0}, weekly average: dashed line before, solid line after.").format(
                short_name(first)
            ),
        )

    def _on_selection(self) -> None:
        chosen = self.selected_record() is not None
        self.note_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected_record(self):  # type: ignore[no-untyped-def]
        """The session chosen in the list, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    # -- edits ------------------------------------------------------------------------

    def edit_note(self) -> None:
        """Write or change the chosen session's note."""
        record = self.selected_record()
        if record is None or self.history is None or record.id is None:
            return
        dialog = NoteDialog(self.tr("Note on this session"), record.note, self)
        if dialog.exec():
            self._write(lambda h: h.set_session_note(record.id, dialog.text()))

    def edit_day_note(self) -> None:
        """Write or change today's note."""
        if self.history is None:
            return
        today = self._today().date()
        dialog = NoteDialog(self.tr("Note for today"), self.history.day_note(today), self)
        if dialog.exec():
            self._write(lambda h: h.set_day_note(today, dialog.text()))

    def open_checkin(self) -> None:
        """The optional daily ESAS-r check-in (today's answers, if any, to change)."""
        if self.history is None:
            return
        dialog = CheckinDialog(self._today, self.history.checkin_on(self._today().date()), self)
        if dialog.exec():
            answers = dialog.checkin()
            self._write(lambda h: h.add_checkin(answers))

    def delete_selected(self) -> None:
        """Delete the chosen session after asking."""
        record = self.selected_record()
        if record is None or record.id is None:
            return
        when = record.started_at.strftime("%a %d %b %Y %H:%M")
        if self._confirm(
            self.tr("Delete this session?"),
            self.tr("The session of {0}, its ratings and its note will be removed.").format(when),
            self.tr("Delete session"),
        ):
            self._write(lambda h: h.delete_session(record.id))

    def _write(self, change: Callable[[HistoryData], object]) -> None:
        if self.history is None:
            return
        try:
            change(self.history)
        except StoreError as exc:
            self.notice.emit(str(exc))
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self.working = busy
        self.export_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    # -- questions --------------------------------------------------------------------

    def _confirm(self, title: str, text: str, action: str) -> bool:
        return self._dialogs.confirm(self, title, text, action, self.tr("Keep it"))
