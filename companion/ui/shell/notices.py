"""Notices: plain-language messages at the top of the window, each shown once until dismissed."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from companion.core.problems import Problem
from companion.ui.common.messages import problem_text
from companion.ui.common.widgets import make_button, make_label


class NoticeArea(QWidget):
    """Messages about anything missing or repaired, each dismissible, never self-closing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.messages: list[str] = []

    def add(self, notice: str | Problem) -> None:
        """Show ``notice`` (a sentence, or a problem put into words) until it is dismissed."""
        text = problem_text(notice)
        if not text or text in self.messages:
            return
        self.messages.append(text)
        frame = QFrame()
        frame.setProperty("role", "notice")
        row = QHBoxLayout(frame)
        label = make_label(text)
        label.setAccessibleName(text)
        close = make_button(self.tr("OK"), self.tr("Dismiss this message"))

        def dismiss() -> None:
            self.messages.remove(text)
            frame.deleteLater()

        close.clicked.connect(dismiss)
        row.addWidget(label, 1)
        row.addWidget(close)
        self._layout.addWidget(frame)
