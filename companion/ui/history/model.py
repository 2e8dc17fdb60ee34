"""The session list as a lazy table model: rows are fetched a page at a time as the view scrolls,
so years of history open as fast as a week of it.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from companion.core.history.ratings import short_name
from companion.core.listen.responses import Answer
from companion.core.sessions import SessionRecord, format_duration
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.store import StoreError
from companion.ui.common.ratings import who_label
from companion.ui.common.widgets import MIN_TARGET
from companion.ui.history.charts import activity_name, tr

PAGE = 100
Index = QModelIndex | QPersistentModelIndex


def ratings_text(record: SessionRecord) -> str:
    """``Anxiety 7→4`` for items rated both ways; one-sided answers as ``Pain →3``."""
    before = {r.item: r.value for r in record.ratings if r.when == "before"}
    after = {r.item: r.value for r in record.ratings if r.when == "after"}
    parts = []
    for item in dict.fromkeys([*before, *after]):
        b = before.get(item)
        a = after.get(item)
        parts.append(f"{short_name(item)} {'' if b is None else b}→{'' if a is None else a}")
    return ", ".join(parts)


def responses_text(record: SessionRecord, full: bool = False) -> str:
    """How the music landed: ``Calmer 2, unsettled 1``; ``full`` names each track."""
    if not record.responses:
        return ""
    words = {
        Answer.CALMER: tr("calmer"),
        Answer.SAME: tr("no change"),
        Answer.UNSETTLED: tr("unsettled"),
    }
    if full:
        return "; ".join(f"{r.title}: {words[r.answer]}" for r in record.responses)
    counts = Counter(r.answer for r in record.responses)
    parts = [f"{words[a]} {counts[a]}" for a in Answer if counts[a]]
    return tr("Music: {0}").format(", ".join(parts))


class SessionTableModel(QAbstractTableModel):
    """Sessions matching a filter, newest first; ``record(row)`` gives the full record."""

    HEADERS = ("When", "Activity", "Length", "Finished", "Ratings (before→after)", "By", "Note")

    def __init__(self, history: HistoryData | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        self._filter = HistoryFilter()
        self._rows: list[SessionRecord] = []
        self._more = False
        self._key: tuple[float, int] | None = None

    def set_filter(self, filt: HistoryFilter) -> None:
        """Show sessions matching ``filt`` (from the first page again)."""
        self.beginResetModel()
        self._filter = filt
        self._rows = []
        self._key = None
        self._more = self._history is not None
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        """Read again with the same filter (after an edit)."""
        self.set_filter(self._filter)

    def record(self, row: int) -> SessionRecord | None:
        """The session shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return r.started_at.strftime("%a %d %b %Y  %H:%M")
        if column == 1:
            return f"{activity_name(r.activity.value)} · {r.item}"
        if column == 2:
            return format_duration(r.duration_s)
        if column == 3:
            return tr("Yes") if r.completed else tr("Stopped")
        if column == 4:
            music = responses_text(r, full=role != Qt.ItemDataRole.DisplayRole)
            return " · ".join(part for part in (ratings_text(r), music) if part)
        if column == 5:
            return who_label(self, r.who) if r.who else ""
        return r.note

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._history is None:
            return
        try:
            page = self._history.page(self._filter, after=self._key, limit=PAGE)
        except StoreError:
            self._more = False
            return
        self._more = page.more
        self._key = page.next_key
        if page.records:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.records) - 1)
            self._rows.extend(page.records)
            self.endInsertRows()


def session_table(model: SessionTableModel) -> QTableView:
    """The list of sessions: whole rows chosen with the arrows, Tab leaves it, no editing."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(table.tr("Sessions, newest first"))
    table.setAccessibleDescription(
        table.tr("Choose a session with the arrow keys to write a note on it or delete it")
    )
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.verticalHeader().setDefaultSectionSize(MIN_TARGET)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMinimumHeight(320)
    return table
