"""In-window sheets instead of stock dialogs: a card over a soft scrim, the theme's own look.

A :class:`Sheet` covers its window (so focus stays in it, and Esc cancels), with one card in
the middle: a heading that says the outcome ("Name the new playlist"), one sentence, an
optional field, and verb buttons ``[Cancel]  [Create playlist]``, the primary on the right.
:class:`SheetDialogs` answers the pages' questions (``Dialogs``) with sheets; files still go
to the desktop's own chooser, which knows the person's folders.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QFrame, QLineEdit, QVBoxLayout, QWidget

from companion.ui.common.dialogs import SystemDialogs
from companion.ui.common.flow import flow_row
from companion.ui.common.theme import current_theme, px
from companion.ui.common.widgets import make_button, make_label

SHEET_EM = 30  # the card is at most 30 em wide
# A sheet that asks before something is removed takes no "yes" this soon after it opens:
# a shaking hand's second press, meant for the button that opened it, must not confirm.
SETTLE_S = 0.8
_PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
_PRESS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)


class Sheet(QDialog):
    """A modal card over the whole window. ``exec()`` returns 1 for the primary action."""

    def __init__(
        self,
        parent: QWidget,
        heading: str,
        text: str = "",
        action: str = "",
        cancel: str = "",
        danger: bool = False,
    ) -> None:
        window = parent.window()
        super().__init__(window)
        self._window = window
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setModal(True)
        self.setProperty("role", "scrim")
        self.setAccessibleName(heading)
        self.card = QFrame(self)
        self.card.setProperty("role", "sheet")
        column = QVBoxLayout(self.card)
        margin = round(32 * px("body") / 19)
        column.setContentsMargins(margin, margin, margin, margin)
        column.setSpacing(16)
        self.heading = make_label(heading, "heading")
        column.addWidget(self.heading)
        self.text = make_label(text)
        self.text.setVisible(bool(text))
        column.addWidget(self.text)
        self.body = QVBoxLayout()
        column.addLayout(self.body)
        self.cancel_button = make_button(cancel or self.tr("Cancel"))
        self.action_button = make_button(action or self.tr("OK"), role="primary")
        self._shown_at = time.monotonic()
        if danger:
            self.action_button.setProperty("role", "danger")
            self.action_button.installEventFilter(self)
        self.cancel_button.clicked.connect(self.reject)
        self.action_button.clicked.connect(self.accept)
        column.addWidget(flow_row([], [self.cancel_button, self.action_button]))
        window.installEventFilter(self)
        self._cover()

    def add(self, widget: QWidget) -> None:
        """Put ``widget`` (a field) under the sentence."""
        self.body.addWidget(widget)

    def _cover(self) -> None:
        rect = self._window.geometry()
        self.setGeometry(rect)
        width = min(rect.width() - 48, round(SHEET_EM * px("body") * 0.62) + 64)
        self.card.setFixedWidth(max(280, width))
        self.card.adjustSize()
        hint = self.card.sizeHint()
        column = self.card.layout()
        wanted = hint.height()
        if column is not None and column.hasHeightForWidth():  # wrapped words (a long language)
            wanted = max(wanted, column.totalHeightForWidth(self.card.width()))
        height = min(wanted, rect.height() - 48)
        self.card.setGeometry(
            QRect((rect.width() - self.card.width()) // 2, (rect.height() - height) // 2,
                  self.card.width(), height)
        )  # fmt: skip

    def showEvent(self, event: QShowEvent) -> None:
        self._cover()
        self._shown_at = time.monotonic()
        super().showEvent(event)

    def settled(self) -> bool:
        """Whether the sheet has been open long enough to take its destructive "yes"."""
        return time.monotonic() - self._shown_at >= SETTLE_S

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._cover()
        if watched is self.action_button and _is_press(event):
            return not self.settled()  # too soon: this press was meant for something else
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        scrim = QColor(current_theme().page)
        scrim.setAlphaF(0.7)
        painter = QPainter(self)
        painter.fillRect(self.rect(), scrim)
        painter.end()

    def done(self, result: int) -> None:
        self._window.removeEventFilter(self)
        super().done(result)


def _is_press(event: QEvent) -> bool:
    if event.type() in _PRESSES:
        return True
    return (
        isinstance(event, QKeyEvent)
        and event.type() == QEvent.Type.KeyPress
        and (event.key() in _PRESS_KEYS)
    )


def text_sheet(
    parent: QWidget, title: str, label: str, text: str = "", action: str = ""
) -> tuple[Sheet, QLineEdit]:
    """A sheet asking for one line of text (Enter confirms), focus in its field."""
    sheet = Sheet(parent, title, label, action)
    field = QLineEdit(text)
    field.setAccessibleName(label)
    field.setAccessibleDescription(
        QCoreApplication.translate("Sheet", "Type, then press Enter or {0}").format(action)
    )
    field.setMaxLength(200)
    field.returnPressed.connect(sheet.accept)
    sheet.add(field)
    field.setFocus()
    field.selectAll()
    return sheet, field


def confirm_sheet(parent: QWidget, title: str, text: str, action: str, keep: str) -> Sheet:
    """A sheet asking to go ahead with something that cannot be undone (keep is the default)."""
    sheet = Sheet(parent, title, text, action, keep, danger=True)
    sheet.cancel_button.setDefault(True)
    sheet.cancel_button.setFocus()
    return sheet


class SheetDialogs(SystemDialogs):
    """The pages' questions as in-window sheets; files through the desktop's chooser."""

    def ask_text(
        self, parent: QWidget, title: str, label: str, text: str = "", action: str = ""
    ) -> str | None:
        sheet, field = text_sheet(parent, title, label, text, action)
        return field.text() if sheet.exec() else None

    def confirm(self, parent: QWidget, title: str, text: str, action: str, keep: str) -> bool:
        return bool(confirm_sheet(parent, title, text, action, keep).exec())
