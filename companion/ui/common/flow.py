"""Rows of buttons that wrap instead of squeezing, so bigger text reflows and never crops.

:class:`FlowRow` lays its buttons on one line while they fit: those added to the left from
the left edge, those added to the right ending at the right edge (a footer's
``[Home] ←space→ [Pause] [Stop]``). When they do not fit, it wraps them onto more lines in
the same order, never narrower than their words need, and gives the primary action a line
of its own, last and full width (the design's rule for a wrapped footer).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

SPACING = 16  # px between buttons (tremor: never less)


def _can_wrap(widget: QWidget) -> bool:
    """A button whose words may wrap (``WrappingButton``), or a widget that follows its width."""
    can_wrap = getattr(widget, "can_wrap", None)
    return bool(can_wrap()) if callable(can_wrap) else widget.hasHeightForWidth()


@dataclass
class _Entry:
    item: QLayoutItem
    right: bool
    primary: bool


class FlowRow(QLayout):
    """A row of controls that wraps onto more lines when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []
        self._pending: tuple[bool, bool] = (False, False)
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- adding ---------------------------------------------------------------------------

    def add(self, widget: QWidget, *, right: bool = False, primary: bool = False) -> None:
        """Add ``widget`` to the left group, or to the right group (``right``); ``primary``
        marks the one action that gets a line of its own when the row wraps."""
        self._pending = (right, primary)
        self.addWidget(widget)
        self._pending = (False, False)

    def addItem(self, item: QLayoutItem) -> None:  # called by QLayout.addWidget
        right, primary = self._pending
        self._entries.append(_Entry(item, right, primary))
        self.invalidate()

    def count(self) -> int:
        return len(self._entries)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._entries[index].item if 0 <= index < len(self._entries) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._entries):
            return self._entries.pop(index).item
        return None

    # -- sizes ----------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(self._width(e) for e in shown) + self.spacing() * max(0, len(shown) - 1)
        return QSize(width, self._line_height(shown))

    def minimumSize(self) -> QSize:
        shown = self._shown()
        widest = max((self._narrowest(e) for e in shown), default=0)
        return QSize(widest, self._line_height(shown))

    @classmethod
    def _narrowest(cls, entry: _Entry) -> int:
        """How narrow ``entry`` may become: a button whose words wrap, down to its longest
        word; any other, its one-line width."""
        item = entry.item
        widget = item.widget() if isinstance(item, QWidgetItem) else None
        if widget is not None and _can_wrap(widget):
            return max(widget.minimumWidth(), widget.minimumSizeHint().width())
        return cls._width(entry)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    # -- laying out -----------------------------------------------------------------------

    def _shown(self) -> list[_Entry]:
        return [e for e in self._entries if not e.item.isEmpty()]

    @staticmethod
    def _width(entry: _Entry) -> int:
        item = entry.item
        widget = item.widget() if isinstance(item, QWidgetItem) else None
        hint = item.sizeHint().width()
        if widget is not None:
            hint = max(hint, widget.minimumWidth(), widget.minimumSizeHint().width())
        return hint

    @staticmethod
    def _line_height(entries: list[_Entry]) -> int:
        return max(
            (max(e.item.sizeHint().height(), e.item.minimumSize().height()) for e in entries),
            default=0,
        )

    def _place(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in ``rect`` (when ``apply``); returns the height it takes."""
        shown = self._shown()
        if not shown:
            return 0
        gap = self.spacing()
        height = self._line_height(shown)
        widths = [self._width(e) for e in shown]
        one_line = sum(widths) + gap * (len(shown) - 1)
        if one_line <= rect.width():
            if apply:
                x = rect.left()
                for entry, width in zip(shown, widths, strict=True):
                    if not entry.right:
                        self._put(entry, QRect(QPoint(x, rect.top()), QSize(width, height)))
                        x += width + gap
                x = rect.right() + 1
                for entry, width in reversed(list(zip(shown, widths, strict=True))):
                    if entry.right:
                        x -= width
                        self._put(entry, QRect(QPoint(x, rect.top()), QSize(width, height)))
                        x -= gap
            return height
        # Wrapped: lines filled in order; the primary action last, on a line of its own.
        others = [(e, w) for e, w in zip(shown, widths, strict=True) if not e.primary]
        primary = [(e, w) for e, w in zip(shown, widths, strict=True) if e.primary]
        lines: list[list[tuple[_Entry, int]]] = [[]]
        used = 0
        for entry, width in others:
            width = min(width, rect.width())
            if lines[-1] and used + gap + width > rect.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append((entry, width))
        lines = [line for line in lines if line]
        lines += [[(entry, rect.width())] for entry, _w in primary]
        heights = [max(self._height(e, w, height) for e, w in line) for line in lines]
        if apply:
            y = rect.top()
            for line, line_height in zip(lines, heights, strict=True):
                x = rect.left()
                for entry, width in line:
                    self._put(entry, QRect(QPoint(x, y), QSize(width, line_height)))
                    x += width + gap
                y += line_height + gap
        return sum(heights) + (len(lines) - 1) * gap

    @staticmethod
    def _height(entry: _Entry, width: int, line: int) -> int:
        """The height of ``entry`` at ``width``: a button whose words wrap may need more."""
        item = entry.item
        widget = item.widget() if isinstance(item, QWidgetItem) else None
        wraps = item.hasHeightForWidth() or (widget is not None and _can_wrap(widget))
        if wraps and width < item.sizeHint().width():
            target = widget if widget is not None else item
            return max(line, target.heightForWidth(width))
        return line

    @staticmethod
    def _put(entry: _Entry, rect: QRect) -> None:
        entry.item.setGeometry(rect)


def flow_row(
    left: Sequence[QWidget], right: Sequence[QWidget], primary: QWidget | None = None
) -> QWidget:
    """A widget holding a :class:`FlowRow`: ``left`` buttons, then ``right`` ones (the
    ``primary`` among them, or after them) at the right edge."""
    holder = QWidget()
    holder.setProperty("role", "row")  # no background of its own: it sits on any card
    row = FlowRow(holder)
    for widget in left:
        row.add(widget)
    for widget in right:
        row.add(widget, right=True, primary=widget is primary)
    if primary is not None and primary not in right:
        row.add(primary, right=True, primary=True)
    policy = holder.sizePolicy()
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder


class Columns(QLayout):
    """Items side by side while each column can be at least ``min_em`` wide; else stacked.

    One em is the body text's size at the current text scale, so at 200 % the same layout
    becomes one column (the design's rule: a grid keeps n columns only while each is ≥ 18 em).
    """

    def __init__(
        self, parent: QWidget | None = None, min_em: float = 18.0, spacing: int = SPACING
    ) -> None:
        super().__init__(parent)
        self._items: list[tuple[QLayoutItem, int]] = []
        self._pending = 1
        self.min_em = min_em
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        """Add a column; ``stretch`` weighs its share of the width when side by side."""
        self._pending = max(1, stretch)
        self.addWidget(widget)
        self._pending = 1

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append((item, self._pending))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index)[0] if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal | Qt.Orientation.Vertical

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), apply=False)

    def _min_column(self) -> int:
        from companion.ui.common.theme import px

        return round(self.min_em * px("body"))

    def sizeHint(self) -> QSize:
        shown = [(i, s) for i, s in self._items if not i.isEmpty()]
        width = sum(max(i.sizeHint().width(), self._min_column()) for i, _ in shown)
        height = max((i.sizeHint().height() for i, _ in shown), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        shown = [i for i, _ in self._items if not i.isEmpty()]
        widest = max((i.minimumSize().width() for i in shown), default=0)
        return QSize(widest, max((i.minimumSize().height() for i in shown), default=0))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def side_by_side(self, width: int) -> bool:
        """Whether ``width`` holds every column at its least width."""
        shown = [i for i, _ in self._items if not i.isEmpty()]
        needed = len(shown) * self._min_column() + self.spacing() * max(0, len(shown) - 1)
        return len(shown) > 1 and width >= needed

    def _place(self, rect: QRect, apply: bool) -> int:
        shown = [(i, s) for i, s in self._items if not i.isEmpty()]
        if not shown:
            return 0
        gap = self.spacing()
        if self.side_by_side(rect.width()):
            total = sum(s for _, s in shown)
            free = rect.width() - gap * (len(shown) - 1)
            widths = [free * s // total for _, s in shown]
            widths[-1] = free - sum(widths[:-1])
            height = max(_height(i, w) for (i, _), w in zip(shown, widths, strict=True))
            if apply:
                x = rect.left()
                for (item, _), w in zip(shown, widths, strict=True):
                    item.setGeometry(QRect(x, rect.top(), w, max(height, rect.height())))
                    x += w + gap
            return height
        heights = [_height(i, rect.width()) for i, _ in shown]
        if apply:
            spare = max(0, rect.height() - sum(heights) - gap * (len(shown) - 1))
            y = rect.top()
            for (item, _), h in zip(shown, heights, strict=True):
                extra = spare // len(shown) if item.expandingDirections() else 0
                item.setGeometry(QRect(rect.left(), y, rect.width(), h + extra))
                y += h + extra + gap
        return sum(heights) + gap * (len(shown) - 1)


def _height(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return max(item.sizeHint().height(), item.minimumSize().height())


def columns(*widgets: QWidget, min_em: float = 18.0, stretches: Sequence[int] = ()) -> QWidget:
    """A widget laying ``widgets`` out as :class:`Columns` (side by side, or stacked)."""
    holder = QWidget()
    holder.setProperty("role", "row")
    layout = Columns(holder, min_em)
    for n, widget in enumerate(widgets):
        layout.add(widget, stretches[n] if n < len(stretches) else 1)
    policy = holder.sizePolicy()
    policy.setHeightForWidth(True)
    holder.setSizePolicy(policy)
    return holder
