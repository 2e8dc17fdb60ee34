"""The tracks of one playlist, to play from (the player) or to reorder (the editor).

In the editor every row has a drag handle, rows move by drag and drop or Ctrl+Up/Down, and
files dropped from outside are added. The widget only shows and reports; the page changes
the playlist and saves it. Its height follows its rows, so the page scrolls (up and down
only) instead of a list inside a list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from companion.core.listen.playlists import Track
from companion.core.listen.responses import is_skipped
from companion.core.sessions import format_duration
from companion.ui.common.theme import current_theme, px

INDEX_ROLE = Qt.ItemDataRole.UserRole
HANDLE_EM = 1.6  # the drag handle's column, in ems of body text


class _HandleDelegate(QStyledItemDelegate):
    """Draws a grip (three short lines) at the start of each row of the editor's list; the
    row's tint and accent bar still span the whole row, the words start after the grip.
    No grips (``grips`` False) while the list cannot be rearranged (a bundled playlist)."""

    grips = True

    @staticmethod
    def _grip() -> int:
        return round(HANDLE_EM * px("body"))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not self.grips:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        words, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        grip = self._grip()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        text_rect.setLeft(max(text_rect.left(), opt.rect.left() + grip + px("body") // 2))
        painter.save()
        painter.setFont(opt.font)
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = brush.color() if brush is not None else QColor(current_theme().text)
        painter.setPen(colour)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(flags), words)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(current_theme().text))
        pen.setWidthF(max(2.0, px("body") / 9))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        centre = QPointF(opt.rect.left() + 4 + grip / 2, opt.rect.center().y() + 0.5)
        half, gap = grip * 0.26, px("body") * 0.26
        for step in (-1, 0, 1):
            y = centre.y() + step * gap
            painter.drawLine(QPointF(centre.x() - half, y), QPointF(centre.x() + half, y))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not self.grips:
            return super().sizeHint(option, index)
        narrower = QStyleOptionViewItem(option)
        room = self._grip() + px("body") // 2
        narrower.rect = option.rect.adjusted(0, 0, -room, 0)
        hint = super().sizeHint(narrower, index)
        return QSize(hint.width() + room, hint.height())


class TrackList(QListWidget):
    """Rows of "title — artist (m:ss)", missing and unplayable files marked, the playing one
    marked with ▶ and bold.

    Signals:
        reordered(list): the new order, as the old indexes (after a drag or Ctrl+Up/Down).
        files_dropped(list): paths of files or folders dropped from outside.
        activated_index(int): a track was double-clicked or Enter was pressed on it.
    """

    reordered = Signal(list)
    files_dropped = Signal(list)
    activated_index = Signal(int)

    def __init__(self, editor: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._editable = editor
        self.setAccessibleName(self.tr("Tracks"))
        self._handles = _HandleDelegate(self)
        if editor:
            self.setAccessibleName(self.tr("Tracks to arrange"))
            self._describe_editor()
            self.setItemDelegate(self._handles)
        else:
            self.setAccessibleDescription(
                self.tr("The tracks of this playlist. Enter or a double click plays one.")
            )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(editor)
        if editor:
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.itemActivated.connect(lambda item: self.activated_index.emit(self.row(item)))
        self._playing: int | None = None

    @property
    def grips(self) -> bool:
        """Whether the rows show drag handles (an editor's list that can be rearranged)."""
        return self.editor and self._handles.grips

    def _describe_editor(self) -> None:
        if self._editable:
            self.setAccessibleDescription(
                self.tr(
                    "Drag a track by its handle, or press Ctrl+Up and Ctrl+Down, to move it; "
                    "drop music files or folders here to add them."
                )
            )
        else:
            self.setAccessibleDescription(self.tr("The tracks of this playlist"))

    # -- size: as tall as its rows -----------------------------------------------------

    def _rows_height(self) -> int:
        """The height that shows every row, as laid out (wrapped) at the present width."""
        bottom = 0
        if self.count():
            self.executeDelayedItemsLayout()
            last = self.visualItemRect(self.item(self.count() - 1))
            bottom = last.bottom() + 1 + self.verticalOffset()
        least = max(self.fontMetrics().height() * 2, 56)  # room for an empty list
        return max(bottom, least) + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._rows_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._rows_height())

    def _fit(self) -> None:
        self.setFixedHeight(self._rows_height())

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # rows wrap to the new width, and grow
        self._fit()

    # -- filling -------------------------------------------------------------------------

    def show_tracks(
        self,
        tracks: list[Track],
        editable: bool,
        problems: list[str | None],
        marks: list[int] | None = None,
        marks_skip: bool = True,
    ) -> None:
        """Fill the list; ``problems[i]`` says why track ``i`` will be skipped, if it will;
        ``marks[i]`` how many times it was marked unsettled (left out from twice on, when
        ``marks_skip``)."""
        keep = self.currentRow()
        self.clear()
        self._editable = editable and self.editor
        self.setDragEnabled(self._editable)
        if self.editor:
            self._handles.grips = self._editable  # a grip only where a drag can move it
            self._describe_editor()
        counts = marks if marks is not None else [0] * len(tracks)
        for index, (track, problem) in enumerate(zip(tracks, problems, strict=True)):
            marked = counts[index]
            left_out = marks_skip and is_skipped(marked, play_unsettled=False)
            item = QListWidgetItem(self._text(track, problem) + self._mark_text(marked, left_out))
            item.setData(INDEX_ROLE, index)
            if problem or left_out:
                item.setForeground(self.palette().placeholderText())
            if problem:
                item.setToolTip(problem)
            elif left_out:
                item.setToolTip(
                    self.tr(
                        "Left out: marked unsettled twice. “Also play tracks marked unsettled "
                        "twice” in Edit playlist brings it back."
                    )
                )
            self.addItem(item)
        if self.count():
            self.setCurrentRow(min(max(keep, 0), self.count() - 1))
        self.mark_playing(self._playing)
        self._fit()

    def _text(self, track: Track, problem: str | None) -> str:
        parts = [track.display_title]
        if track.artist:
            parts.append(f"— {track.artist}")
        if track.duration_s:
            parts.append(f"({format_duration(track.duration_s)})")
        if problem:
            parts.append(self.tr("· missing or cannot play"))
        return " ".join(parts)

    def _mark_text(self, marked: int, left_out: bool) -> str:
        """A track marked unsettled, in words (not colour alone)."""
        if marked <= 0:
            return ""
        if marked == 1:
            return " " + self.tr("· marked “unsettled” once")
        if left_out:  # from twice on: "times" in English, the numerus form elsewhere
            return " " + self.tr("· marked “unsettled” %n times, left out", "", marked)
        return " " + self.tr("· marked “unsettled” %n times", "", marked)

    def mark_playing(self, index: int | None) -> None:
        """Show which row is playing: ▶ and bold, said by screen readers (not colour alone)."""
        self._playing = index
        for row in range(self.count()):
            item = self.item(row)
            font = QFont(item.font())
            font.setBold(row == index)
            item.setFont(font)
            text = item.text().removeprefix("▶ ")
            item.setText(f"▶ {text}" if row == index else text)

    def row_rect(self, row: int) -> QRect:
        """Where row ``row`` is, in the list's own coordinates (for scrolling the page)."""
        item = self.item(row)
        if item is None:
            return QRect()
        return self.visualItemRect(item).translated(self.viewport().pos())

    # -- keyboard reordering ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if self.editor and ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        """Move the selected track up (-1) or down (+1); the focus stays on it."""
        row = self.currentRow()
        target = row + step
        if not self._editable or row < 0 or not 0 <= target < self.count():
            return
        order = list(range(self.count()))
        order.insert(target, order.pop(row))
        self.reordered.emit(order)
        self.setCurrentRow(target)

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            self._answer_outside_drag(event)
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls():
            self._answer_outside_drag(event)
            return
        super().dragMoveEvent(event)

    def _answer_outside_drag(self, event: QDragMoveEvent | QDragEnterEvent) -> None:
        if self._editable:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasUrls():
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            if paths and self._editable:
                self.files_dropped.emit(paths)
            return
        if not self._editable:
            event.ignore()
            return
        super().dropEvent(event)  # Qt moves the rows; report the order they ended in
        order = [int(self.item(row).data(INDEX_ROLE)) for row in range(self.count())]
        if order != sorted(order):
            self.reordered.emit(order)
