"""The small panels one-switch scanning opens beside a control a single press cannot work.

A slider or a date gets ``[ Less ] [ More ] [ Done ]``; a drop-down its options, one button
each; a text field a keyboard whose rows are scanned first, then the keys of the chosen
row. They are real buttons (a mouse works them too) on a card over the window, next to the
control they change, and they close with Done or a long press.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.ui.common.flow import FlowRow
from companion.ui.common.widgets import ScrollView, make_button, make_label

KEY_ROWS = ("abcdefg", "hijklmn", "opqrstu", "vwxyz'-", "1234567", "890.,?!")
GAP = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("Scanning", text)


class ScanPanel(QFrame):
    """A card of buttons floating over the window beside ``target``.

    ``closed`` is called once the panel is done (Done, or the scanner closes it).
    """

    def __init__(self, target: QWidget, heading: str, closed: Callable[[], None]) -> None:
        window = target.window()
        super().__init__(window)
        self.setProperty("role", "sheet")
        self.setObjectName("scan-panel")
        self.setAccessibleName(heading)
        self.target = target
        self._closed = closed
        # Its buttons scroll (up and down) when the window is too small for them all: the
        # ring brings each into sight as it comes to it
        content = QWidget()
        content.setProperty("role", "row")
        self._column = QVBoxLayout(content)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(GAP)
        self._column.addWidget(make_label(heading, "heading"))
        self.scroller = ScrollView(content)
        self.scroller.setProperty("scan_skip", True)  # not a stop of its own: the ring scrolls it
        for see_through in (self.scroller, self.scroller.viewport()):  # the card's colour shows
            see_through.setProperty("role", "row")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(GAP, GAP, GAP, GAP)
        outer.addWidget(self.scroller)
        self.done_button = make_button(_tr("Done"), _tr("Close this panel"), role="primary")
        self.done_button.clicked.connect(self.close_panel)

    def row(self, buttons: list[QPushButton], group: str = "") -> QWidget:
        """A row of buttons (wrapping); with ``group``, scanned as one group by that name."""
        holder = QWidget()
        holder.setProperty("role", "row")
        if group:
            holder.setProperty("scan_group", True)
            holder.setAccessibleName(group)
        flow = FlowRow(holder)
        for button in buttons:
            flow.add(button)
        policy = holder.sizePolicy()
        policy.setHeightForWidth(True)
        holder.setSizePolicy(policy)
        self._column.addWidget(holder)
        return holder

    def finish(self) -> None:
        """Add Done last, size the card and put it beside its control."""
        self.row([self.done_button])
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """Beside the control: below it if there is room, else above, inside the window."""
        window = self.window()
        if not shiboken6.isValid(self.target):
            return
        width = min(window.width() - 2 * GAP, max(360, round(window.width() * 0.6)))
        self.setFixedWidth(width)
        frame = 2 * self.scroller.frameWidth() + 6  # the scroll view's (transparent) ring
        inside = self._column.totalHeightForWidth(width - 2 * GAP - frame)
        height = min(inside + 2 * GAP + frame + 2, window.height() - 2 * GAP)
        spot = QRect(self.target.mapTo(window, QPoint(0, 0)), self.target.size())
        x = max(GAP, min(spot.left(), window.width() - width - GAP))
        y = spot.bottom() + GAP
        if y + height > window.height() - GAP:
            y = max(GAP, spot.top() - GAP - height)
        self.setGeometry(x, y, width, height)

    def buttons(self) -> list[QPushButton]:
        """Its buttons, in order (Done last)."""
        return [b for b in self.findChildren(QPushButton) if b.isVisible()]

    def close_panel(self) -> None:
        """Close the panel (once) and hand the scan back."""
        if not self.isVisible():
            return
        if shiboken6.isValid(self.target) and self.target.isVisible():
            self.target.setFocus(Qt.FocusReason.OtherFocusReason)  # back where it was
        self.hide()
        self.deleteLater()
        self._closed()


def adjust_panel(target: QWidget, closed: Callable[[], None]) -> ScanPanel:
    """Less and More for a slider (a page step) or a spin box or date (one step)."""
    name = target.accessibleName() or _tr("Value")
    panel = ScanPanel(target, name, closed)
    if isinstance(target, QDateEdit):
        less_words, more_words = _tr("A day earlier"), _tr("A day later")
    else:
        less_words, more_words = _tr("Less"), _tr("More")
    less = make_button(less_words, _tr("Less: {0}").format(name))
    more = make_button(more_words, _tr("More: {0}").format(name))

    def step(up: bool) -> None:
        if isinstance(target, QAbstractSlider):
            action = QAbstractSlider.SliderAction
            target.triggerAction(action.SliderPageStepAdd if up else action.SliderPageStepSub)
        elif isinstance(target, QAbstractSpinBox):
            target.stepBy(1 if up else -1)

    less.clicked.connect(lambda: step(False))
    more.clicked.connect(lambda: step(True))
    panel.row([less, more])
    panel.finish()
    return panel


def choose_panel(target: QComboBox, closed: Callable[[], None]) -> ScanPanel:
    """Every option of a drop-down as a button; choosing one closes the panel."""
    panel = ScanPanel(target, target.accessibleName() or _tr("Choose"), closed)
    buttons = []
    for row in range(target.count()):
        button = make_button(target.itemText(row), checkable=True)
        button.setChecked(row == target.currentIndex())

        def choose(_checked: bool = False, row: int = row) -> None:
            target.setCurrentIndex(row)
            target.activated.emit(row)  # as a person's choice: what the page listens to
            panel.close_panel()

        button.clicked.connect(choose)
        buttons.append(button)
    panel.row(buttons)
    panel.finish()
    return panel


def keyboard_panel(target: QWidget, closed: Callable[[], None]) -> ScanPanel:
    """A keyboard for a text field: rows of keys (each row a group), Space, Delete, Done."""
    name = target.accessibleName() or _tr("Text")
    panel = ScanPanel(target, _tr("Type: {0}").format(name), closed)
    shown = make_label("", "muted")
    shown.setWordWrap(True)
    panel._column.addWidget(shown)

    def text() -> str:
        if isinstance(target, QLineEdit):
            return target.text()
        if isinstance(target, (QPlainTextEdit, QTextEdit)):
            return target.toPlainText()
        return ""

    def put(words: str) -> None:
        if isinstance(target, QLineEdit):
            target.insert(words)
        elif isinstance(target, (QPlainTextEdit, QTextEdit)):
            target.insertPlainText(words)
        show()

    def delete() -> None:
        if isinstance(target, QLineEdit):
            target.backspace()
        elif isinstance(target, (QPlainTextEdit, QTextEdit)):
            target.textCursor().deletePreviousChar()
        show()

    def show() -> None:
        shown.setText(_tr("So far: {0}").format(text()) if text() else _tr("Nothing typed yet"))

    def letter(key: str) -> None:
        before = text().rstrip()
        capital = not before or before[-1] in ".?!"  # a sentence starts with a capital
        put(key.upper() if capital and key.isalpha() else key)

    for keys in KEY_ROWS:
        row = []
        for key in keys:
            button = make_button(key, _tr("Type {0}").format(key))
            button.setProperty("role", "number")
            button.clicked.connect(lambda _c=False, k=key: letter(k))
            row.append(button)
        panel.row(row, group=" ".join(keys))
    space = make_button(_tr("Space"), _tr("Type a space"))
    space.clicked.connect(lambda: put(" "))
    back = make_button(_tr("Delete"), _tr("Delete the last letter"))
    back.clicked.connect(delete)
    panel.row([space, back])
    show()
    panel.finish()
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    return panel
