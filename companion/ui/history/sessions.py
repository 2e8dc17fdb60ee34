"""The session list: two-line rows that become small cards when the text is large.

Rows are fetched a page at a time as the list scrolls (key-set paging in the store), so years
of history open as fast as a week. Each session reads, where there is room::

    Tue 1 Dec, 14:05   Breathing, Calm 4-6    3 minutes    Anxiety 6 → 3
                       Ended early · rated by the patient · “felt calmer”

and, below about 36 em of width (200 % text), as a card with one part per line. Nothing is
cut off: every part wraps within its place, and the row grows to hold it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.core.sessions import SessionRecord
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.store import StoreError
from companion.ui.common.theme import current_theme
from companion.ui.history import words

PAGE = 100
WIDE_EM = 36  # below this many ems of width, each session is a card
RecordRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SessionText:
    """The parts of one session as people read them."""

    when: str
    what: str
    length: str
    ratings: str
    details: str

    def sentence(self) -> str:
        """Everything in one line, for screen readers and tooltips."""
        ratings = self.ratings.replace("\n", ", ")
        parts = [self.when, self.what, self.length, ratings, self.details]
        return ". ".join(p for p in parts if p) + "."


def session_text(record: SessionRecord, today: date | None = None) -> SessionText:
    """What a row shows for ``record``."""
    activity = record.activity.value
    what = words.activity_name(activity)
    item = words.item_name(activity, record.item)
    if item:
        what = words.tr("{0}, {1}", "an activity, then what was done: Breathing, Calm 4-6").format(
            what, item
        )
    when = words.when_text(record.started_at, today)
    length = words.length(record.duration_s)
    details = list(words.session_details(record))
    music = words.responses_text(record)
    if music:
        details.append(music)
    if record.flagged:  # shown as stored, and marked (the values were not written by Companion)
        when = "⚠ " + (str(record.raw["started_at"]) if "started_at" in record.raw else when)
        if "duration_s" in record.raw:
            length = str(record.raw["duration_s"])
        details.append(
            words.tr("Marked: it holds values Companion does not write ({0})").format(
                ", ".join(record.flags)
            )
        )
    return SessionText(
        when, what, length, words.ratings_text(record.ratings, "\n"), " · ".join(details)
    )


class SessionListModel(QAbstractListModel):
    """Sessions matching a filter, newest first; ``record(row)`` gives the full record."""

    def __init__(
        self,
        history: HistoryData | None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._today = today
        self._filter = HistoryFilter()
        self._rows: list[SessionRecord] = []
        self._texts: dict[int, SessionText] = {}
        self._more = False
        self._key: tuple[float, int] | None = None

    def set_filter(self, filt: HistoryFilter) -> None:
        """Show sessions matching ``filt`` (from the first page again)."""
        self.beginResetModel()
        self._filter = filt
        self._rows = []
        self._texts = {}
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

    def text(self, row: int) -> SessionText:
        """The words of ``row`` (made once, when first shown)."""
        found = self._texts.get(row)
        if found is None:
            found = session_text(self._rows[row], self._today())
            self._texts[row] = found
        return found

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == RecordRole:
            return self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row()).sentence()
        if role == Qt.ItemDataRole.ToolTipRole:  # the tooltip names how each track landed
            tracks = words.responses_text(self._rows[index.row()], full=True)
            return ". ".join(p for p in (self.text(index.row()).sentence(), tracks) if p)
        return None

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


# -- painting ---------------------------------------------------------------------------------

_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class _Block:
    """One part of a row, placed: its text, its box and whether it is muted or bold."""

    text: str
    rect: QRect
    muted: bool = False
    bold: bool = False


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    return bold


def _height(fm: QFontMetrics, width: int, text: str) -> int:
    if not text:
        return 0
    return fm.boundingRect(QRect(0, 0, max(1, width), 100_000), _WRAP, text).height()


def layout_row(text: SessionText, font: QFont, width: int) -> tuple[list[_Block], int, bool]:
    """Where each part of a session goes in a row ``width`` wide: (blocks, height, card?)."""
    fm = QFontMetrics(font)
    bold = QFontMetrics(_bold(font))
    em = max(1, fm.height())
    pad = round(em * 0.5)
    gap = round(em * 0.8)
    card = width < WIDE_EM * font.pixelSize() if font.pixelSize() > 0 else width < WIDE_EM * em
    blocks: list[_Block] = []
    if not card:
        inner = width - 2 * pad - 3 * gap
        widths = [round(inner * f) for f in (0.23, 0.31, 0.14)]
        widths.append(inner - sum(widths))
        parts = [text.when, text.what, text.length, text.ratings]
        x = pad
        tall = 0
        for n, (part, w) in enumerate(zip(parts, widths, strict=True)):
            metrics = bold if n == 0 else fm
            h = _height(metrics, w, part)
            blocks.append(_Block(part, QRect(x, pad, w, h), bold=n == 0))
            tall = max(tall, h)
            x += w + gap
        y = pad + tall
        if text.details:
            left = pad + widths[0] + gap
            h = _height(fm, width - left - pad, text.details)
            y += round(em * 0.25)
            blocks.append(_Block(text.details, QRect(left, y, width - left - pad, h), muted=True))
            y += h
        return blocks, max(y + pad, round(em * (3.2 if text.details else 2.4))), False
    # A card: inset from the list's edges, one part per line.
    inset = round(em * 0.4)
    inner = width - 2 * inset - 2 * pad - 4
    x = inset + pad + 4
    y = inset + pad
    lines = [
        (text.when, False, True),
        (text.what, False, False),
        (text.length, False, False),
        (text.ratings, False, False),
        (text.details, True, False),
    ]
    for part, muted, is_bold in lines:
        if not part:
            continue
        h = _height(bold if is_bold else fm, inner, part)
        blocks.append(_Block(part, QRect(x, y, inner, h), muted=muted, bold=is_bold))
        y += h + round(em * 0.15)
    return blocks, y + pad + inset, True


class SessionDelegate(QStyledItemDelegate):
    """Paints each session as a two-line row, or a card when the list is narrow."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _model(self) -> SessionListModel:
        model = self._view.model()
        assert isinstance(model, SessionListModel)
        return model

    def _width(self) -> int:
        return max(120, self._view.viewport().width())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        font = self._view.font()
        _blocks, height, _card = layout_row(self._model().text(index.row()), font, self._width())
        return QSize(self._width(), height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        theme = current_theme()
        rect: QRect = option.rect
        font = self._view.font()
        blocks, _height, card = layout_row(self._model().text(index.row()), font, rect.width())
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        em = QFontMetrics(font).height()
        if card:
            inset = round(em * 0.4)
            box = QRectF(rect.adjusted(inset, inset, -inset, 0))
            painter.setPen(QPen(QColor(theme.boundary), 1))
            painter.setBrush(QColor(theme.selected if selected else theme.surface))
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 16, 16)
            bar = QRectF(box.left() + 2, box.top() + 12, 4, box.height() - 24)
        else:
            if selected:
                painter.fillRect(rect, QColor(theme.selected))
            painter.setPen(QPen(QColor(theme.card_line or theme.boundary), 1))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            bar = QRectF(rect.left(), rect.top(), 4, rect.height())
        if selected:
            painter.fillRect(bar, QColor(theme.accent))
        for block in blocks:
            painter.setFont(_bold(font) if block.bold else font)
            painter.setPen(QColor(theme.muted if block.muted else theme.text))
            painter.drawText(block.rect.translated(rect.topLeft()), _WRAP, block.text)
        painter.restore()


class SessionList(QListView):
    """The sessions, newest first: arrows choose one, Enter writes its note, Tab leaves."""

    def __init__(self, model: SessionListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(SessionDelegate(self))
        self.setAccessibleName(self.tr("Sessions, newest first"))
        self.setAccessibleDescription(
            self.tr("Choose a session with the arrow keys to write a note on it or delete it")
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-measured at a new width
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.scheduleDelayedItemsLayout()  # new text size: every row measured again
