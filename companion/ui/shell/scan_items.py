"""What one-switch scanning steps through: the controls of a view, in the keyboard's own order.

The items are the window's focus chain (the order Tab follows, so scanning and the keyboard
agree), kept to what a person can use now: visible, enabled controls, and a scroll view only
while it has more to show. Controls in a card (a Settings section, a History card) or in a
row of choices (chips) make a *group*: the ring first steps over the groups, a press goes
into one, and its last item, the group itself, comes back out. Each item knows how it is
operated (:class:`Kind`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)


class Kind(enum.Enum):
    """How a press works an item."""

    PRESS = "press"  # a button, a check box, a chip, a tile: pressed
    CHOOSE = "choose"  # a drop-down: its options as buttons, one press each
    ADJUST = "adjust"  # a slider or a date: Less, More and Done buttons
    TYPE = "type"  # a text field: a scanning keyboard
    ROWS = "rows"  # a list or a table: its rows, one after another; a press chooses one
    ROW = "row"  # one row of a list
    SCROLL = "scroll"  # text that scrolls: a press shows the next page (then the top again)
    GROUP = "group"  # a card or a row of choices: a press goes in
    LEAVE = "leave"  # the group (or list) itself, last: a press comes back out


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scanning", text)


@dataclass(eq=False)
class ScanItem:
    """One place the ring can rest: a control, a group of them, or a row of a list."""

    kind: Kind
    widget: QWidget  # the control, the group's container, or the list (for rows)
    name: str
    children: list[ScanItem] = field(default_factory=list)  # a group's items
    index: QModelIndex | None = None  # a row's

    def rect(self) -> QRect:
        """Where the item is, in its window's coordinates (empty if it has gone)."""
        widget = self.widget
        if not shiboken6.isValid(widget):
            return QRect()
        window = widget.window()
        if self.kind is Kind.ROW and self.index is not None:
            assert isinstance(widget, QAbstractItemView)
            area = widget.visualRect(self.index)
            viewport = widget.viewport()
            area = area.intersected(viewport.rect())
            return QRect(viewport.mapTo(window, area.topLeft()), area.size())
        return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())

    def same_as(self, other: ScanItem | None) -> bool:
        """Whether ``other`` is this place (items are rebuilt at every step)."""
        if other is None or other.kind is not self.kind or other.widget is not self.widget:
            return False
        if self.index is None or other.index is None:
            return True
        return self.index.row() == other.index.row()

    def leaves(self) -> list[ScanItem]:
        """Every control this item leads to (itself, or its group's, all the way down)."""
        if self.kind is Kind.GROUP:
            return [leaf for child in self.children for leaf in child.leaves()]
        return [self]


INPUTS = (
    QAbstractButton,
    QComboBox,
    QAbstractSlider,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)


def kind_of(widget: QWidget) -> Kind | None:
    """How a press works ``widget`` (None: it is no control)."""
    if isinstance(widget, QAbstractButton):
        return Kind.PRESS
    if isinstance(widget, QComboBox):
        return Kind.CHOOSE
    if isinstance(widget, (QAbstractSlider, QAbstractSpinBox)):
        return None if isinstance(widget, QScrollBar) else Kind.ADJUST
    if isinstance(widget, QLineEdit):
        return Kind.TYPE
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return Kind.SCROLL if widget.isReadOnly() else Kind.TYPE
    if isinstance(widget, QAbstractItemView):
        return Kind.ROWS
    if isinstance(widget, QAbstractScrollArea):
        return Kind.SCROLL  # a scroll view: a stop only while it scrolls (its focus policy)
    return None


def _inside_input(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is a part of another control (a date's field, a combo's list)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, INPUTS):
            return True
        parent = parent.parentWidget()
    return False


def _usable(widget: QWidget, window: QWidget) -> bool:
    if widget.window() is not window or not widget.isVisible() or not widget.isEnabled():
        return False
    if widget.property("scan_skip"):
        return False
    policy = widget.focusPolicy().value
    takes = policy & Qt.FocusPolicy.TabFocus.value
    if isinstance(widget, QAbstractButton):
        # Qt keeps Tab for the chosen button of an exclusive group (chips, radio buttons);
        # the ring visits every one of them
        takes |= policy & Qt.FocusPolicy.ClickFocus.value
    return bool(takes) and not _inside_input(widget, window)


def focus_chain(window: QWidget) -> list[QWidget]:
    """The controls of ``window`` a person can use now, in Tab order."""
    found: list[QWidget] = []
    seen: set[int] = set()  # by the C++ object: Qt may hand out a new wrapper each time
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and _address(widget) not in seen:
        seen.add(_address(widget))
        if kind_of(widget) is not None and _usable(widget, window):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _address(widget: QWidget) -> int:
    return int(shiboken6.getCppPointer(widget)[0])


def is_group(widget: QWidget) -> bool:
    """A card, or a widget that asks to be scanned as one (a row of choices, a keyboard row)."""
    return bool(widget.property("scan_group")) or widget.property("role") == "card"


def name_of(widget: QWidget) -> str:
    """What a person calls ``widget``: its accessible name, its words, or its heading."""
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not name and is_group(widget):
        labels = [label for label in widget.findChildren(QLabel) if label.text().strip()]
        headings = [label for label in labels if label.property("role") == "heading"]
        for label in headings or labels[:1]:  # its heading, else its first words
            return " ".join(label.text().split())
    return name


def _group_of(widget: QWidget, inside: QWidget) -> QWidget | None:
    """The outermost group holding ``widget`` below ``inside`` (None: none)."""
    outer = None
    parent = widget.parentWidget()
    while parent is not None and parent is not inside:
        if is_group(parent):
            outer = parent
        parent = parent.parentWidget()
    return outer


def build_items(widgets: list[QWidget], inside: QWidget) -> list[ScanItem]:
    """``widgets`` (in order) as items: those in a group below ``inside`` gathered into one
    group item, where the first of them stood; a group of one control is that control."""
    items: list[ScanItem] = []
    groups: dict[int, list[QWidget]] = {}
    order: list[tuple[QWidget, QWidget | None]] = []
    for widget in widgets:
        group = _group_of(widget, inside)
        if group is None:
            order.append((widget, None))
        else:
            if id(group) not in groups:
                groups[id(group)] = []
                order.append((group, group))
            groups[id(group)].append(widget)
    for widget, group in order:
        if group is None:
            items.append(_item(widget))
            continue
        members = groups[id(group)]
        if len(members) == 1:
            items.append(_item(members[0]))
            continue
        children = build_items(members, group)
        name = name_of(group)
        leave = ScanItem(Kind.LEAVE, group, _tr("Leave “{0}”").format(name) if name else "")
        if not leave.name:
            leave.name = _tr("Leave this group")
        items.append(ScanItem(Kind.GROUP, group, name, [*children, leave]))
    return items


def _item(widget: QWidget) -> ScanItem:
    kind = kind_of(widget)
    assert kind is not None
    name = name_of(widget)
    if not name and kind is Kind.SCROLL:
        name = _tr("Scroll down a page")
    return ScanItem(kind, widget, name)


def row_items(view: QAbstractItemView) -> list[ScanItem]:
    """The rows of a list or table, then the list itself (to leave it)."""
    model = view.model()
    rows: list[ScanItem] = []
    if model is not None:
        for row in range(model.rowCount()):
            if hasattr(view, "isRowHidden") and view.isRowHidden(row):
                continue
            index = model.index(row, 0)
            words = str(model.data(index) or "").split("\n")[0]
            rows.append(ScanItem(Kind.ROW, view, words, index=index))
    name = name_of(view)
    rows.append(ScanItem(Kind.LEAVE, view, _tr("Leave “{0}”").format(name)))
    return rows


ItemSource = Callable[[], list[ScanItem]]
