"""Notices: plain-language messages at the top of the window, each shown once until dismissed.

Each new notice is announced to a screen reader (politely). A notice that something was
removed (:class:`~companion.ui.common.undo.Undoable`) has an Undo button beside its OK.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from companion.core.problems import Problem
from companion.ui.common.announce import Announcer
from companion.ui.common.messages import problem_text
from companion.ui.common.undo import Undoable
from companion.ui.common.widgets import make_button, make_label


class NoticeArea(QWidget):
    """Messages about anything missing or repaired, each dismissible, never self-closing."""

    def __init__(self, announcer: Announcer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._announcer = announcer
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.messages: list[str] = []

    def add(self, notice: str | Problem | Undoable) -> None:
        """Show ``notice`` (a sentence, or a problem put into words) until it is dismissed."""
        undo = notice.undo if isinstance(notice, Undoable) else None
        text = problem_text(notice)
        if not text or text in self.messages:
            return
        self.messages.append(text)
        frame = QFrame()
        frame.setProperty("role", "notice")
        row = QHBoxLayout(frame)
        row.setSpacing(16)
        label = make_label(text)
        label.setAccessibleName(text)
        close = make_button(self.tr("OK"), self.tr("Dismiss this message"))

        def dismiss() -> None:
            if text in self.messages:
                self.messages.remove(text)
            frame.hide()
            frame.deleteLater()

        close.clicked.connect(dismiss)
        row.addWidget(label, 1)
        if undo is not None:
            back = make_button(self.tr("Undo"), self.tr("Put back what was just removed"))
            back.setObjectName("undo")

            def undo_now() -> None:
                dismiss()
                undo()

            back.clicked.connect(undo_now)
            row.addWidget(back)
        row.addWidget(close)
        self._layout.addWidget(frame)
        if self._announcer is not None:
            self._announcer.polite(label, text)
