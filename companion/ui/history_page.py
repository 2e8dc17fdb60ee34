"""A first History page: recent sessions, newest first, and how many each day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.sessions import Activity, SessionRecord, format_duration, per_day
from companion.services.store import Store
from companion.ui.widgets import make_button, make_label

WEEKS_SHOWN = 8
DAYS_IN_SUMMARY = 14


class HistoryPage(QWidget):
    """Sessions of the last weeks and a per-day count.

    Signals:
        home_requested()
    """

    home_requested = Signal()

    def __init__(
        self,
        store: Store | None,
        today: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._today = today
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(self.tr("History"), "title"))
        self.summary = make_label("", "subtitle")
        layout.addWidget(self.summary)

        tables = QHBoxLayout()
        self.days_model = QStandardItemModel(0, 3, self)
        self.days_model.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Sessions"), self.tr("Minutes")]
        )
        self.days_view = self._table(self.days_model, self.tr("Sessions per day"))
        self.sessions_model = QStandardItemModel(0, 4, self)
        self.sessions_model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Activity"), self.tr("Length"), self.tr("Finished")]
        )
        self.sessions_view = self._table(self.sessions_model, self.tr("Recent sessions"))
        self.days_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        tables.addWidget(self.days_view, 2)
        tables.addWidget(self.sessions_view, 3)
        layout.addLayout(tables, 1)

        self.empty_label = make_label(
            self.tr("No sessions yet. They appear here after you breathe with Companion."),
            "muted",
        )
        layout.addWidget(self.empty_label)
        back = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        back.clicked.connect(self.home_requested)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.home_requested)

    def _table(self, model: QStandardItemModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def refresh(self) -> None:
        """Reload from the store (a few weeks of rows: well within a frame)."""
        now = self._today()
        today = now.date()
        start_day = today - timedelta(weeks=WEEKS_SHOWN)
        since = datetime.combine(start_day, datetime.min.time(), now.tzinfo)
        records = self._store.sessions(since=since) if self._store is not None else []
        self._fill_days(records, today)
        self._fill_sessions(records)
        week_start = today - timedelta(days=6)
        this_week = [r for r in records if r.local_day >= week_start]
        minutes = sum(r.duration_s for r in this_week) / 60.0
        self.summary.setText(
            self.tr("Last 7 days — sessions: {0}, minutes: {1}").format(
                len(this_week), round(minutes)
            )
        )
        self.empty_label.setVisible(not records)

    def _fill_days(self, records: list[SessionRecord], today: date) -> None:
        self.days_model.removeRows(0, self.days_model.rowCount())
        first = today - timedelta(days=DAYS_IN_SUMMARY - 1)
        for day in per_day(records, first, today):
            label = day.day.strftime("%a %d %b")
            count = QStandardItem(str(day.sessions) if day.sessions else "–")
            count.setData(day.sessions, Qt.ItemDataRole.UserRole)
            minutes = QStandardItem(f"{day.minutes:.0f}" if day.sessions else "")
            self.days_model.appendRow([QStandardItem(label), count, minutes])

    def _fill_sessions(self, records: list[SessionRecord]) -> None:
        self.sessions_model.removeRows(0, self.sessions_model.rowCount())
        names = {
            Activity.BREATHING: self.tr("Breathing"),
            Activity.VISUALIZATION: self.tr("Imagery"),
            Activity.STRETCH: self.tr("Stretch"),
            Activity.LISTENING: self.tr("Listening"),
            Activity.MASSAGE: self.tr("Hand massage"),
        }
        for record in records:
            when = record.started_at.strftime("%a %d %b %H:%M")
            what = f"{names[record.activity]} · {record.item}"
            finished = self.tr("Yes") if record.completed else self.tr("Stopped")
            self.sessions_model.appendRow(
                [
                    QStandardItem(when),
                    QStandardItem(what),
                    QStandardItem(format_duration(record.duration_s)),
                    QStandardItem(finished),
                ]
            )
