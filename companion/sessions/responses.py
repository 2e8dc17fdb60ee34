""" "How did that land?": the question after a track, the answer kept, the unsettled marks.

The player tells this object each time a track stops sounding (it ended, the music changed
track, or stopped) and how long it was heard; a track heard long enough gets one optional
question, which waits until it is answered, put aside, replaced by the next one, or half an
hour old. Answers are kept with the listening session (History and the report show them);
the marks say which tracks were found unsettling, for the playlist and for skipping.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from companion.core.listen.playlists import Track
from companion.core.listen.responses import Answer, Question, is_skipped, worth_asking
from companion.services.listen.track_data import TrackData
from companion.services.store import Store, StoreError

log = logging.getLogger(__name__)


class TrackQuestions(QObject):
    """The one open question, and every track's unsettled marks.

    Signals:
        asked(object): the :class:`Question` to show now, or None to put it away.
        marks_changed(): a track's unsettled marks changed (the playlist shows them).
        problem(object): the answer could not be kept (a sentence from the store).
    """

    asked = Signal(object)
    marks_changed = Signal()
    problem = Signal(object)

    def __init__(
        self,
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = TrackData(store) if store is not None else None
        self._now = now
        self._question: Question | None = None
        self._marks: dict[str, int] | None = None

    @property
    def question(self) -> Question | None:
        """The open question, if it is still worth asking."""
        if self._question is not None and self._question.stale(self._now()):
            self._question = None
        return self._question

    def heard(self, track: Track, heard_s: float, session_id: int | None) -> None:
        """``track`` stopped sounding after ``heard_s`` seconds of the session ``session_id``."""
        if session_id is None or self._data is None or not worth_asking(heard_s):
            return
        self._question = Question(session_id, track.path, track.display_title, self._now())
        self.asked.emit(self._question)

    def answer(self, answer: Answer) -> bool:
        """Keep the answer to the open question; False if there is none (or it failed)."""
        question = self.question
        self._question = None
        self.asked.emit(None)
        if question is None or self._data is None:
            return False
        try:
            self._data.add_response(question.session_id, question.path, question.title, answer)
        except StoreError as exc:
            self.problem.emit(str(exc))
            return False
        if answer is Answer.UNSETTLED:
            marks = self.marks()
            marks[question.path] = marks.get(question.path, 0) + 1
            self.marks_changed.emit()
        return True

    def dismiss(self) -> None:
        """Put the question away unanswered ("Not now")."""
        if self._question is not None:
            self._question = None
            self.asked.emit(None)

    def forget_session(self, session_id: int | None) -> None:
        """The session was not kept (stopped within two seconds): no question about it."""
        if self._question is not None and self._question.session_id == session_id:
            self.dismiss()

    def marks(self) -> dict[str, int]:
        """How many times each track was marked unsettled (read from the store once)."""
        if self._marks is None:
            self._marks = {}
            if self._data is not None:
                try:
                    self._marks = self._data.unsettled_marks()
                except StoreError as exc:
                    log.warning("unsettled marks unavailable: %s", exc)
        return self._marks

    def reload(self) -> None:
        """Read the marks again (History deleted sessions, or a restore)."""
        self._marks = None
        self.marks_changed.emit()

    def unsettled(self, track: Track) -> int:
        """How many times ``track`` was marked unsettled."""
        return self.marks().get(track.path, 0)

    def skipped(self, track: Track, play_unsettled: bool) -> bool:
        """Whether ``track`` is left out (marked unsettled twice, and not chosen back)."""
        return is_skipped(self.unsettled(track), play_unsettled)
