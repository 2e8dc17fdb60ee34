""" "How did that land?": one optional press after a track, in the player's footer.

It appears above the transport (which keeps its place) when the player asks, and goes when
answered, put aside with "Not now", or replaced by the next question.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.listen.responses import Answer, Question
from companion.sessions.responses import TrackQuestions
from companion.ui.common.flow import FlowRow
from companion.ui.common.widgets import make_button, make_label


class ResponsePrompt(QWidget):
    """The question and its three answers, and "Not now".

    Signals:
        answered(): an answer was given or the question put aside (the view moves the focus).
    """

    answered = Signal()

    def __init__(self, questions: TrackQuestions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.questions = questions
        self.setProperty("role", "row")
        self.setAccessibleName(self.tr("How did that land?"))
        self.question = make_label("", "heading")
        self.buttons: dict[Answer, QPushButton] = {
            Answer.CALMER: make_button(
                self.tr("Calmer"), self.tr("The music helped: kept in History")
            ),
            Answer.SAME: make_button(
                self.tr("No change"), self.tr("Neither better nor worse: kept in History")
            ),
            Answer.UNSETTLED: make_button(
                self.tr("Unsettled"),
                self.tr("It did not sit well: the track is marked in the playlist"),
            ),
        }
        self.not_now = make_button(
            self.tr("Not now"), self.tr("Put the question away unanswered"), role="quiet"
        )
        row_widget = QWidget()
        row_widget.setProperty("role", "row")
        row = FlowRow(row_widget)
        for answer, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, a=answer: self._answer(a))
            row.add(button)
        row.add(self.not_now, right=True)
        self.not_now.clicked.connect(self._dismiss)
        policy = row_widget.sizePolicy()
        policy.setHeightForWidth(True)
        row_widget.setSizePolicy(policy)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 8)
        column.setSpacing(8)
        column.addWidget(self.question)
        column.addWidget(row_widget)
        own = self.sizePolicy()
        own.setHeightForWidth(True)  # as tall as its wrapped answers (a longer language)
        self.setSizePolicy(own)
        questions.asked.connect(self.show_question)
        self.show_question(questions.question)

    def show_question(self, question: Question | None) -> None:
        """Ask about ``question``'s track, or hide (None)."""
        if question is None:
            self.hide()
            return
        text = self.tr("How did “{0}” land?").format(question.title)
        self.question.setText(text)
        self.question.setAccessibleName(text)
        self.show()
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, text)
            QAccessible.updateAccessibility(event)

    def _answer(self, answer: Answer) -> None:
        self.questions.answer(answer)
        self.answered.emit()

    def _dismiss(self) -> None:
        self.questions.dismiss()
        self.answered.emit()
