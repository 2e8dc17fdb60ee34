"""After an episode: rest first; then, only if wanted, a few words for the record.

Everything is optional and nothing is timed: how breathless it was as it began and now (0–10,
our own question, not ESAS-r's), who was there, and a note. Each answer goes to the episode's
record as it is given; the note when the person is done. "Do not keep this" removes the
episode (after asking), for a time someone only looked.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from companion.core.history.ratings import EPISODE_ITEM
from companion.core.sessions import Rating, Who, format_duration
from companion.ui.breathless.words import tr
from companion.ui.common.flow import FlowRow
from companion.ui.common.ratings import ScaleRow
from companion.ui.common.widgets import make_button, make_label

MAX_NOTE = 2000


class EpisodeScale(ScaleRow):
    """Breathlessness 0–10 at one moment of the episode, named for that moment."""

    def __init__(self, when: str, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(dataclasses.replace(EPISODE_ITEM, name=heading), parent)
        self.when = when
        self.setAccessibleName(heading)
        for value, button in enumerate(self.buttons):
            button.setAccessibleName(f"{heading} {value}")

    def rating(self) -> Rating | None:
        """The answer as a rating of the record (None when unanswered)."""
        value = self.value()
        return None if value is None else Rating(self.when, EPISODE_ITEM.key, value)


class WhoWasThere(QWidget):
    """Who was there: no one else, family or a friend, a carer or nurse (one, optional).

    Signals:
        changed(): the answer changed (or was cleared).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "row")
        row = FlowRow(self)
        self._who: Who | None = None
        self.buttons = {}
        for who, words in (
            (Who.PATIENT, tr("Only me")),
            (Who.FAMILY, tr("Family or a friend")),
            (Who.CAREGIVER, tr("A carer or nurse")),
        ):
            button = make_button(words, tr("Who was there (press again to clear)"), checkable=True)
            button.clicked.connect(lambda _c=False, w=who: self._choose(w))
            self.buttons[who] = button
            row.add(button)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def who(self) -> Who | None:
        """The answer, or None."""
        return self._who

    def set_who(self, who: Who | None) -> None:
        """Choose ``who`` (None clears) without emitting ``changed``."""
        self._who = who
        for w, button in self.buttons.items():
            button.setChecked(w is who)

    def _choose(self, who: Who) -> None:
        self.set_who(None if who is self._who else who)
        self.changed.emit()


class AfterView(QWidget):
    """Rest now; then, if wanted, how it was (the page saves what is answered).

    Signals:
        changed(): an answer changed (ratings or who was there).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(make_label(tr("Rest now, for as long as you need"), "title"))
        self.summary = make_label("", "subtitle")
        layout.addWidget(self.summary)
        layout.addWidget(
            make_label(tr("Later, if you like, a few words for the record. Leave any of it."))
        )
        self.began = EpisodeScale("before", tr("How breathless was it as it began?"))
        self.now = EpisodeScale("after", tr("How breathless is it now?"))
        for scale in (self.began, self.now):
            layout.addWidget(scale)
            scale.changed.connect(self.changed)
        layout.addWidget(make_label(f"<b>{tr('Who was there?')}</b>"))
        self.who = WhoWasThere()
        self.who.changed.connect(self.changed)
        layout.addWidget(self.who)
        layout.addWidget(make_label(f"<b>{tr('A note')}</b>"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # never a keyboard trap
        self.note.setAccessibleName(tr("A note"))
        self.note.setAccessibleDescription(
            tr("What helped, what set it off, anything for the care team")
        )
        self.note.setMinimumHeight(96)
        self.note.textChanged.connect(self._keep_short)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.forget_button = make_button(
            tr("Do not keep this"), tr("Remove this episode from History (it asks first)")
        )
        self.forget_button.setProperty("role", "quiet")
        self.done_button = make_button(
            tr("Done"), tr("Keep what is written and go to the home screen (Esc)"), role="primary"
        )

    def reset(self, seconds: float, kept: bool) -> None:
        """A new episode has ended after ``seconds``; ``kept``: it is in History."""
        self.summary.setText(
            tr("It lasted {0}. It is kept in History.").format(format_duration(seconds))
            if kept
            else tr("It lasted {0}.").format(format_duration(seconds))
        )
        self.began.set_value(None)
        self.now.set_value(None)
        self.who.set_who(None)
        self.note.setPlainText("")
        self.forget_button.setVisible(kept)

    def ratings(self) -> tuple[list[Rating], list[Rating]]:
        """The answered ratings: (as it began, now)."""
        began, now = self.began.rating(), self.now.rating()
        return ([began] if began else [], [now] if now else [])

    def note_text(self) -> str:
        """The note as written (trimmed)."""
        return self.note.toPlainText().strip()

    def _keep_short(self) -> None:
        text = self.note.toPlainText()
        if len(text) > MAX_NOTE:
            self.note.setPlainText(text[:MAX_NOTE])
