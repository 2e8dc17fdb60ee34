"""What every timed activity session shares: clock, wake-up timer, pause, skip, end, record.

A session's position is its :class:`SessionClock` (pauses taken out) plus whatever the person
skipped over, never a count of timer ticks: one precise single-shot timer wakes
:meth:`TimedSession.poll` at the next boundary the subclass computes. The session is kept in
history through a :class:`SessionRecorder` (started, checkpointed, finished once; a stopped
session is kept as partial). Breathing, imagery, stretches and the hand massage are all one of
these; the sound path and the pages listen to their signals.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core.clock import SessionClock
from companion.core.sessions import Activity, SessionRecord, Who
from companion.services.store import Store
from companion.sessions.recorder import SessionRecorder, local_now


class TimedSession(QObject):
    """Base of every timed activity: breathing, imagery, stretches, the hand massage.

    Subclasses fill the hooks: :meth:`_advance` (act on what has happened by now and say
    when to look again) and :meth:`_record_as` (what history calls the session); the
    ``_on_start``/``_on_pause``/``_on_resume``/``_on_finish`` hooks are optional. Sessions that
    can move on or back (stretches, massage) call :meth:`_jump_to` with a new position.

    Signals:
        started(): the clock started and the record was added (the first moment follows).
        paused_changed(bool): paused or resumed.
        finished(bool): the session ended; True if it ran to its planned end.
        problem(str): something the user should know (e.g. history could not be saved).
    """

    started = Signal()
    paused_changed = Signal(bool)
    finished = Signal(bool)
    problem = Signal(object)

    retry_ms = 50  # when :meth:`_advance` cannot yet say when the next boundary is

    def __init__(
        self,
        store: Store | None,
        now: Callable[[], float],
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = SessionClock(now)
        self._recorder = SessionRecorder(store, self.elapsed, wall_clock, parent=self)
        self._recorder.problem.connect(self.problem)
        self._done = False
        self._moved = 0.0  # seconds skipped over (negative: gone back)
        self.completed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)

    # -- state -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Started, not paused, not finished."""
        return self.clock.running and not self._done

    @property
    def paused(self) -> bool:
        """Paused (and not finished)."""
        return self.clock.paused and not self._done

    @property
    def done(self) -> bool:
        """Finished or stopped."""
        return self._done

    @property
    def record(self) -> SessionRecord | None:
        """This session's history record, once started."""
        return self._recorder.record

    def elapsed(self) -> float:
        """Seconds of session time so far (pauses not counted); what history records."""
        return self.clock.elapsed()

    def position(self) -> float:
        """Where the session is on its own timeline: time spent plus time skipped over."""
        return max(0.0, self.clock.elapsed() + self._moved)

    # -- control -----------------------------------------------------------------------

    def start(self) -> None:
        """Begin: add the session to history, then act on its first moment."""
        self.clock.start()
        self._recorder.begin(*self._record_as(), who=self._who())
        self._on_start()
        self.started.emit()
        self.poll()

    def pause(self) -> None:
        """Pause time; nothing moves on while paused."""
        if not self.running:
            return
        self.clock.pause()
        self._timer.stop()
        self._on_pause()
        self.checkpoint()
        self.paused_changed.emit(True)

    def resume(self) -> None:
        """Carry on from where the session paused."""
        if not self.paused:
            return
        self.clock.resume()
        self.paused_changed.emit(False)
        self._on_resume()
        self.poll()

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def stop(self) -> None:
        """End early; the session is kept in history as partial."""
        if self.clock.started and not self._done:
            self._finish(completed=False)

    def poll(self) -> None:
        """Act on whatever has happened by now, then sleep until the next boundary."""
        if self._done or not self.clock.running:
            return
        wait_s = self._advance()
        if self._done:
            return
        wait_ms = self.retry_ms if wait_s is None else max(1, math.ceil(wait_s * 1000))
        self._timer.start(wait_ms)

    def checkpoint(self) -> None:
        """Save progress so a killed process loses at most a few seconds."""
        self._recorder.checkpoint()

    # -- hooks -------------------------------------------------------------------------

    def _advance(self) -> float | None:
        """Emit what has happened by now (or call ``_finish``); seconds to the next boundary.

        None means the next boundary is not known yet: look again in ``retry_ms``.
        """
        raise NotImplementedError

    def _record_as(self) -> tuple[Activity, str, float | None]:
        """What history records: the activity, its item and the planned seconds."""
        raise NotImplementedError

    def _who(self) -> Who | None:
        """Who did the session, when it is known (the giver of a massage)."""
        return None

    def _jump_to(self, position_s: float) -> None:
        """Carry on from ``position_s`` on the timeline (skip forward or go back)."""
        if self._done:
            return
        self._moved += position_s - self.position()
        self.poll()

    def _on_start(self) -> None:
        """After the clock started and the record was added, before the first poll."""

    def _on_pause(self) -> None:
        """After the clock and timer stopped, before the checkpoint."""

    def _on_resume(self) -> None:
        """After the clock resumed and ``paused_changed(False)``, before the next poll."""

    def _on_finish(self, completed: bool) -> None:
        """After the timer stopped, before the record is finished."""

    # -- internals ---------------------------------------------------------------------

    def _finish(self, completed: bool) -> None:
        duration = self.elapsed()
        self._done = True
        self.completed = completed
        self._timer.stop()
        self._on_finish(completed)
        self._recorder.finish(completed, duration)
        self.finished.emit(completed)
