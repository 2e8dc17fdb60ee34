"""The tracks of one playlist: reorder by drag and drop or Ctrl+Up/Down, drop files to add.

The widget only shows and reports; the page changes the playlist and saves it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from companion.core.listen.playlists import Track
from companion.core.sessions import format_duration
from companion.ui.common.widgets import MIN_TARGET

INDEX_ROLE = Qt.ItemDataRole.UserRole


class TrackList(QListWidget):
    """Rows of "title — artist   m:ss", with missing and unplayable files marked.

    Signals:
        reordered(list): the new order, as the old indexes (after a drag or Ctrl+Up/Down).
        files_dropped(list): paths of files or folders dropped from outside.
        activated_index(int): a track was double-clicked or Enter was pressed on it.
    """

    reordered = Signal(list)
    files_dropped = Signal(list)
    activated_index = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Tracks"))
        self.setAccessibleDescription(
            self.tr(
                "The tracks of this playlist. Enter plays one; Ctrl+Up and Ctrl+Down move it; "
                "drop music files or folders here to add them."
            )
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAcceptDrops(True)
        self.setUniformItemSizes(True)
        self.itemActivated.connect(lambda item: self.activated_index.emit(self.row(item)))
        self._editable = True
        self._playing: int | None = None

    def show_tracks(
        self,
        tracks: list[Track],
        editable: bool,
        problems: list[str | None],
    ) -> None:
        """Fill the list; ``problems[i]`` says why track ``i`` will be skipped, if it will."""
        keep = self.currentRow()
        self.clear()
        self._editable = editable
        self.setDragEnabled(editable)
        for index, (track, problem) in enumerate(zip(tracks, problems, strict=True)):
            item = QListWidgetItem(self._text(track, problem))
            item.setData(INDEX_ROLE, index)
            item.setSizeHint(QSize(0, MIN_TARGET))
            if problem:
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(problem)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(min(max(keep, 0), self.count() - 1))
        self.mark_playing(self._playing)

    def _text(self, track: Track, problem: str | None) -> str:
        parts = [track.display_title]
        if track.artist:
            parts.append(f"— {track.artist}")
        if track.duration_s:
            parts.append(f"({format_duration(track.duration_s)})")
        if problem:
            parts.append(self.tr("· missing or cannot play"))
        return " ".join(parts)

    def mark_playing(self, index: int | None) -> None:
        """Show which row is playing (bold, and said by screen readers)."""
        self._playing = index
        for row in range(self.count()):
            item = self.item(row)
            font = QFont(item.font())
            font.setBold(row == index)
            item.setFont(font)
            text = item.text().removeprefix("▶ ")
            item.setText(f"▶ {text}" if row == index else text)

    # -- keyboard reordering ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        """Move the selected track up (-1) or down (+1)."""
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
            if paths:
                self.files_dropped.emit(paths)
            return
        if not self._editable:
            event.ignore()
            return
        super().dropEvent(event)  # Qt moves the rows; report the order they ended in
        order = [int(self.item(row).data(INDEX_ROLE)) for row in range(self.count())]
        if order != sorted(order):
            self.reordered.emit(order)
