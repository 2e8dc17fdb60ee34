"""History for caregivers: a summary sentence first, then what was done and how it felt over a
chosen period (charts with legends), every session as a two-line row, and ways to share
(export), keep (backup) or remove (delete) the data.

Sums come from SQL over indexed columns and the session list is a lazy model, so years of
history open as fast as a week. Consistency is shown kindly: counts and lengths, never
streaks or missed days. Slow work (exports, backup, restore) runs on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QComboBox, QListView, QVBoxLayout, QWidget

from companion.core.history.stats import (
    compare_weeks,
    per_activity,
)
from companion.core.problems import Problem
from companion.core.sessions import Activity, SessionRecord
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.store import StoreError
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.flow import columns, flow_row
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.undo import Undoable
from companion.ui.common.widgets import footed_view, make_button, make_label
from companion.ui.history import words
from companion.ui.history.activity_charts import ActivityCharts
from companion.ui.history.checkin import CheckinSheet
from companion.ui.history.data_card import DataCard, card
from companion.ui.history.dialogs import NoteSheet
from companion.ui.history.observer_card import ObserverCard
from companion.ui.history.period import DEFAULT_PERIOD, PERIODS, period_named
from companion.ui.history.ratings_card import RatingsCard
from companion.ui.history.sessions import SessionList, SessionListModel
from companion.ui.history.words import activity_name

STALE_MS = 1000  # after the history changes, refresh once it has been quiet this long


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
        column.setSpacing(16)
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
        title = make_label(self.tr("History"), "title")
        actions = flow_row(
            [], [self.checkin_button, self.day_note_button, self.export_button], self.export_button
        )
        column.addWidget(columns(title, actions, min_em=12, stretches=(1, 3)))  # title above
        # the buttons when the text is large; Export then on a line of its own

        # A summary sentence first: the last 7 days, all activities.
        self.summary = make_label("", "lead")
        self.kind_words = make_label(
            self.tr("Every session counts, however short. Rest days are fine."), "muted"
        )
        self.checkin_status = make_label("", "muted")
        column.addWidget(card(self.summary, self.kind_words, self.checkin_status))

        # What to show: an activity and a period (presets, not date fields).
        self.activity_box = QComboBox()
        self.activity_box.setView(QListView())  # the style sheet's 48 px rows need a list view
        self.activity_box.setAccessibleName(self.tr("Activity"))
        self.activity_box.setAccessibleDescription(self.tr("Show one activity, or all of them"))
        self.activity_box.addItem(self.tr("All activities"), None)
        for activity in Activity:
            self.activity_box.addItem(activity_name(activity.value), activity.value)
        self.period = ChoiceChips(
            self.tr("Period"), [(p.key, p.label) for p in PERIODS], DEFAULT_PERIOD
        )
        for chip in self.period.buttons.values():
            chip.setAccessibleDescription(self.tr("Show this period (the export uses it too)"))
        self.period_summary = make_label("", "lead")
        column.addWidget(
            card(
                make_label(self.tr("Show"), "heading"),
                flow_row([self.activity_box], []),
                self.period,
                self.period_summary,
            )
        )

        # Charts, each with its legend in words.
        self.activity_charts = ActivityCharts()
        self.calendar_view = self.activity_charts.calendar_view
        self.minutes_view = self.activity_charts.minutes_view
        column.addWidget(self.activity_charts)

        self.ratings_card = RatingsCard()
        self.ratings_text = self.ratings_card.ratings_text
        self.trend_legend = self.ratings_card.trend_legend
        self.trend_view = self.ratings_card.trend_view
        self.meaningful_note = self.ratings_card.meaningful_note
        column.addWidget(self.ratings_card)
        # Ratings by an observer: a card of their own, apart from the patient's ratings.
        self.observer_card = ObserverCard(self.history)
        self.observer_card.open_requested.connect(self.open_requested)
        self.observer_card.notice.connect(self.notice)
        column.addWidget(self.observer_card)

        # Every session, newest first, as two-line rows (cards at 200 %).
        self.sessions_count = make_label("", "muted")
        self.model = SessionListModel(self.history, lambda: self._today().date(), self)
        self.list = SessionList(self.model)
        self.empty_label = make_label(
            self.tr("No sessions yet. They appear here after you breathe with Companion."), "muted"
        )
        self.note_button = make_button(
            self.tr("Edit note…"), self.tr("Write a note on the chosen session")
        )
        self.delete_button = make_button(
            self.tr("Delete session…"), self.tr("Remove the chosen session")
        )
        self.delete_button.setProperty("role", "danger")
        for button in (self.note_button, self.delete_button):
            button.setEnabled(False)
        column.addWidget(
            card(
                make_label(self.tr("Sessions"), "heading"),
                self.sessions_count,
                self.list,
                self.empty_label,
                flow_row([self.note_button, self.delete_button], []),
            )
        )

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
        view, self.view_scroll = footed_view(body, flow_row([back], []))
        layout.addWidget(view)
        self.view_scroll.viewport().installEventFilter(self)  # the list fills the view's height
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested)

        self.activity_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.chosen.connect(lambda _key: self.refresh())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.list.activated.connect(lambda _index: self.edit_note())
        self.note_button.clicked.connect(self.edit_note)
        self.delete_button.clicked.connect(self.delete_selected)
        self.day_note_button.clicked.connect(self.edit_day_note)
        self.checkin_button.clicked.connect(self.open_checkin)
        self.export_button.clicked.connect(lambda: self.data_card.export(self.current_filter()))

    def show_request(self, request: object | None = None) -> None:
        """History, freshly loaded."""
        self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and not self.working:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not hasattr(self, "view_scroll"):
            return False
        if watched is self.view_scroll.viewport() and event.type() == QEvent.Type.Resize:
            em = QFontMetricsF(self.list.font()).height()
            self.list.setFixedHeight(max(round(em * 8), self.view_scroll.viewport().height() - 48))
        return False

    # -- reading ----------------------------------------------------------------------

    def reset_filters(self) -> None:
        """All activities, the default period."""
        self.activity_box.setCurrentIndex(0)
        self.period.set_current(DEFAULT_PERIOD)

    def current_filter(self) -> HistoryFilter:
        """What the activity and period controls say (the export uses the same)."""
        today = self._today().date()
        period = period_named(self.period.current())
        oldest = None
        if period.days is None and self.history is not None:
            oldest = self.history.first_day()
        return HistoryFilter(
            self.activity_box.currentData(), period.first_day(today, oldest), today
        )

    def refresh(self) -> None:
        """Reload every figure and the list from the store."""
        if self.history is None:
            self.summary.setText(self.tr("History is unavailable on this computer."))
            self.empty_label.setVisible(True)
            self.list.setVisible(False)
            return
        try:
            self._refresh(self.history)
        except StoreError as exc:
            self.notice.emit(exc.problem)

    def _refresh(self, history: HistoryData) -> None:
        today = self._today().date()
        filt = self.current_filter()
        self._show_summary(history, today)
        rows = history.day_rows(filt)
        totals = per_activity(rows)
        sessions = sum(t.sessions for t in totals)
        minutes = sum(t.minutes for t in totals)
        period = period_named(self.period.current()).label
        what = activity_name(filt.activity) if filt.activity else self.tr("all activities")
        if sessions:
            self.period_summary.setText(
                self.tr("{0}, {1}: {2}, on {3}.").format(
                    period,
                    what,
                    words.sessions_time(sessions, minutes),
                    words.days(len({r.day for r in rows if r.sessions})),
                )
            )
        else:
            self.period_summary.setText(self.tr("{0}, {1}: no sessions.").format(period, what))
        self.activity_charts.show_period(history, filt, today, totals)
        self.ratings_card.show_changes(history.rating_changes(filt))
        self.observer_card.show_period(filt)
        flagged = history.flagged(filt)
        if flagged:  # shown as they are and marked in the list; said once here
            self.notice.emit(Problem("history.flagged", (str(flagged),)))
        kept = self.selected_record()  # a refresh (a session saved meanwhile) keeps the choice
        self.model.set_filter(filt)
        self._choose_again(kept)
        count = history.count(filt)
        self.sessions_count.setText(self.tr("{0}, newest first.").format(words.sessions(count)))
        self.sessions_count.setVisible(count > 0)
        shown = self.model.rowCount() > 0
        self.list.setVisible(shown)
        self.empty_label.setVisible(not shown)
        if not shown:
            self.empty_label.setText(
                self.tr("No sessions in this period. Choose a longer period or all activities.")
                if history.count() > 0
                else self.tr("No sessions yet. They appear here after you breathe with Companion.")
            )
        for button in (self.note_button, self.delete_button):
            button.setVisible(shown)  # nothing to choose: nothing to edit
        self._on_selection()

    def _show_summary(self, history: HistoryData, today: date) -> None:
        recent = history.day_rows(HistoryFilter(None, today - timedelta(days=13), today))
        weeks = compare_weeks(recent, today)
        self.summary.setText(
            self.tr("Last 7 days: {0}. The 7 days before: {1}.").format(
                words.sessions_time(weeks.this_week.sessions, weeks.this_week.minutes),
                words.sessions_time(weeks.last_week.sessions, weeks.last_week.minutes),
            )
        )
        done = history.checkin_on(today) is not None
        self.checkin_status.setText(
            self.tr("Today's check-in is saved; you can change it.")
            if done
            else self.tr("A daily check-in is there whenever you want it.")
        )

    def _on_selection(self) -> None:
        chosen = self.selected_record() is not None
        self.note_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected_record(self) -> SessionRecord | None:
        """The session chosen in the list, if any."""
        rows = self.list.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _choose_again(self, record: SessionRecord | None) -> None:
        """Choose ``record`` again if the list still shows it (among the rows loaded)."""
        if record is None or record.id is None:
            return
        for row in range(self.model.rowCount()):
            shown = self.model.record(row)
            if shown is not None and shown.id == record.id:
                self.select_row(row)
                return

    def select_row(self, row: int) -> None:
        """Choose the session in ``row`` (as the arrow keys would)."""
        self.list.setCurrentIndex(self.model.index(row, 0))

    # -- edits ------------------------------------------------------------------------

    def note_sheet(self, record: SessionRecord | None = None) -> NoteSheet:
        """The sheet for a session's note, or today's when ``record`` is None."""
        if record is not None:
            return NoteSheet(self, self.tr("Note on this session"), record.note)
        text = self.history.day_note(self._today().date()) if self.history is not None else ""
        return NoteSheet(self, self.tr("Note for today"), text)

    def checkin_sheet(self) -> CheckinSheet:
        """The daily check-in, with today's answers (if any) to change."""
        earlier = None
        if self.history is not None:
            earlier = self.history.checkin_on(self._today().date())
        return CheckinSheet(self._today, earlier, self)

    def edit_note(self) -> None:
        """Write or change the chosen session's note."""
        record = self.selected_record()
        if record is None or self.history is None or record.id is None:
            return
        sheet = self.note_sheet(record)
        if sheet.exec():
            session_id = record.id
            self._write(lambda h: h.set_session_note(session_id, sheet.written()))
            self._keep_place(session_id)

    def edit_day_note(self) -> None:
        """Write or change today's note."""
        if self.history is None:
            return
        today = self._today().date()
        sheet = self.note_sheet()
        if sheet.exec():
            self._write(lambda h: h.set_day_note(today, sheet.written()))

    def open_checkin(self) -> None:
        """The optional daily ESAS-r check-in."""
        if self.history is None:
            return
        sheet = self.checkin_sheet()
        if sheet.exec():
            answers = sheet.checkin()
            self._write(lambda h: h.add_checkin(answers))

    def delete_selected(self) -> None:
        """Delete the chosen session after asking."""
        record = self.selected_record()
        if record is None or record.id is None:
            return
        session_id = record.id
        when = words.when_text(record.started_at, self._today().date())
        if self._confirm(
            self.tr("Delete this session?"),
            self.tr("The session of {0}, its ratings and its note will be removed.").format(when),
            self.tr("Delete session"),
        ):
            row = self.list.currentIndex().row()
            removed: list[SessionRecord | None] = []
            self._write(lambda h: removed.append(h.delete_session(session_id)))
            self._keep_place(None, row)  # the next session takes its place
            if removed and removed[0] is not None:
                kept = removed[0]
                self.notice.emit(
                    Undoable(
                        self.tr("The session of {0} was deleted.").format(when),
                        lambda: self._write(lambda h: h.restore_session(kept)),
                    )
                )

    def _write(self, change: Callable[[HistoryData], object]) -> None:
        if self.history is None:
            return
        try:
            change(self.history)
        except StoreError as exc:
            self.notice.emit(exc.problem)
        self.refresh()

    def _keep_place(self, session_id: int | None, row: int = 0) -> None:
        """After an edit, choose the session ``session_id`` again (else the one now in ``row``)
        and give the list the focus, so the person is where they were."""
        root = self.model.index(-1, -1)
        while session_id is not None:
            for n in range(self.model.rowCount()):
                record = self.model.record(n)
                if record is not None and record.id == session_id:
                    row = n
                    session_id = None
                    break
            else:
                if not self.model.canFetchMore(root):
                    break
                self.model.fetchMore(root)
        while row >= self.model.rowCount() and self.model.canFetchMore(root):
            self.model.fetchMore(root)
        row = min(row, self.model.rowCount() - 1)
        if row < 0:
            self.empty_label.setFocus()
            return
        self.select_row(row)
        self.list.scrollTo(self.model.index(row, 0))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.working = busy
        self.export_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    # -- questions --------------------------------------------------------------------

    def _confirm(self, title: str, text: str, action: str) -> bool:
        return self._dialogs.confirm(self, title, text, action, self.tr("Keep it"))
