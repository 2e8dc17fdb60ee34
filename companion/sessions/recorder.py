"""Keeps one activity session in history while it runs: added at start, checkpointed, finished.

Every activity (breathing, listening, imagery, stretches, massage) records through a
:class:`SessionRecorder`, so a killed process loses at most one checkpoint interval and a
store that cannot be written is told to the user once, never raised into the GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.sessions import Activity, SessionRecord, Who
from companion.services.store import Store, StoreError

CHECKPOINT_MS = 3000  # the contract allows losing at most 5 s of a killed session
ACCIDENTAL_S = 2.0  # a session stopped sooner than this was not meant: it is not kept


def local_now() -> datetime:
    """The wall-clock time with its local offset, as records keep it."""
    return datetime.now().astimezone()


class SessionRecorder(QObject):
    """Writes one session's record; ``elapsed`` tells it how far the session has got.

    Signals:
        problem(object): the history could not be written (a :class:`Problem`, ``store.*``).
    """

    problem = Signal(object)

    def __init__(
        self,
        store: Store | None,
        elapsed: Callable[[], float],
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._elapsed = elapsed
        self._wall_clock = wall_clock
        self.record: SessionRecord | None = None
        self._finished = False
        self._told = False
        self._item_changed = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECKPOINT_MS)
        self._timer.timeout.connect(self.checkpoint)

    @property
    def active(self) -> bool:
        """Begun and not finished."""
        return self.record is not None and not self._finished

    def begin(
        self, activity: Activity, item: str, planned_s: float | None, who: Who | None = None
    ) -> SessionRecord:
        """Add the session to history (0 s, partial) and start checkpointing."""
        self.record = SessionRecord(
            activity=activity,
            item=item,
            started_at=self._wall_clock(),
            planned_s=planned_s,
            who=who,
        )
        self._finished = False
        record = self.record
        self._write(lambda store: store.add(record))
        self._timer.start()
        return record

    def set_item(self, item: str) -> None:
        """What the session is has changed (a breathing lead's pace): saved with the next
        checkpoint or the end."""
        if self.record is not None and item != self.record.item:
            self.record.item = item
            self._item_changed = True

    def checkpoint(self) -> None:
        """Save the progress so far (still partial)."""
        if self.active:
            self._save(self._elapsed(), completed=False)

    def finish(self, completed: bool, duration_s: float | None = None) -> None:
        """Stop checkpointing and save the final duration and outcome (once)."""
        if not self.active:
            return
        duration = self._elapsed() if duration_s is None else duration_s
        self._finished = True
        self._timer.stop()
        assert self.record is not None
        self.record.duration_s = duration
        self.record.completed = completed
        if not completed and duration < ACCIDENTAL_S and self.record.id is not None:
            from companion.services.history.data import HistoryData  # rarely: on its own

            session_id = self.record.id
            self._write(lambda store: HistoryData(store).delete_session(session_id))
            self.record.id = None
            return
        self._save(duration, completed)

    def _save(self, duration: float, completed: bool) -> None:
        record = self.record
        if record is None:
            return
        session_id = record.id
        if session_id is None:  # the first write failed (a full disk?): add it now, if we can
            record.duration_s, record.completed = duration, completed
            self._item_changed = False
            self._write(lambda store: store.add(record))
            return
        item = record.item if self._item_changed else None
        self._item_changed = False
        self._write(lambda store: store.update_progress(session_id, duration, completed, item))

    def _write(self, write: Callable[[Store], object]) -> None:
        if self._store is None:
            return
        try:
            write(self._store)
        except StoreError as exc:
            if not self._told:  # one message, not one every checkpoint
                self._told = True
                self.problem.emit(exc.problem)
        else:
            self._told = False  # saving again: a new failure is worth telling
