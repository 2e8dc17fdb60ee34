"""A running breathing session: clock, pacer, phase events, end, and its history record."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core.breathing import Pacer, PacerState, Pattern, Phase
from companion.core.clock import SessionClock
from companion.core.sessions import Activity, SessionRecord
from companion.services.store import Store
from companion.ui.recorder import SessionRecorder, local_now


class BreathingSession(QObject):
    """Drives one session from the session clock; emits events the UI and sound listen to.

    Phase changes are found by scheduling a precise single-shot timer for the next boundary
    computed from the pattern, never by counting ticks, so the rhythm cannot drift.

    Signals:
        phase_changed(Phase): a new phase began (also emitted for the first in-breath).
        paused_changed(bool): paused or resumed.
        finished(bool): the session ended; True if it ran to its planned end.
        problem(str): something the user should know (e.g. history could not be saved).
    """

    phase_changed = Signal(object)
    paused_changed = Signal(bool)
    finished = Signal(bool)
    problem = Signal(str)

    def __init__(
        self,
        pattern: Pattern,
        item: str,
        planned_s: float | None,
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pacer = Pacer(pattern)
        self.item = item
        self.planned_s = planned_s
        self.end_s = self.pacer.end_time(planned_s)
        self.clock = SessionClock(now)
        self._recorder = SessionRecorder(store, self.elapsed, wall_clock, parent=self)
        self._recorder.problem.connect(self.problem)
        self._last: tuple[int, Phase] | None = None
        self._done = False
        self.completed = False
        self._event_timer = QTimer(self)
        self._event_timer.setSingleShot(True)
        self._event_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._event_timer.timeout.connect(self.poll)

    # -- state -------------------------------------------------------------------------

    @property
    def pattern(self) -> Pattern:
        """The pattern being paced."""
        return self.pacer.pattern

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

    def elapsed(self) -> float:
        """Session seconds so far, never past the planned end."""
        elapsed = self.clock.elapsed()
        return min(elapsed, self.end_s) if self.end_s is not None else elapsed

    def state(self) -> PacerState:
        """The pacer state now."""
        return self.pacer.state_at(self.elapsed())

    def remaining(self) -> float | None:
        """Seconds until the planned end, or None when open-ended."""
        return None if self.end_s is None else max(0.0, self.end_s - self.elapsed())

    def breaths(self) -> int:
        """Completed breaths so far."""
        return self.pacer.breaths_in(self.elapsed())

    @property
    def record(self) -> SessionRecord | None:
        """The history record of this session, once started."""
        return self._recorder.record

    # -- control -----------------------------------------------------------------------

    def start(self) -> None:
        """Begin: record the session and sound the first in-breath."""
        self.clock.start()
        self._recorder.begin(Activity.BREATHING, self.item, self.planned_s)
        self.poll()

    def pause(self) -> None:
        """Pause time; nothing sounds while paused."""
        if self.running:
            self.clock.pause()
            self._event_timer.stop()
            self.checkpoint()
            self.paused_changed.emit(True)

    def resume(self) -> None:
        """Carry on from where the session paused."""
        if self.paused:
            self.clock.resume()
            self.paused_changed.emit(False)
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

    # -- internals ---------------------------------------------------------------------

    def poll(self) -> None:
        """Emit whatever has happened by now, then schedule the next boundary."""
        if self._done or not self.clock.running:
            return
        elapsed = self.clock.elapsed()
        if self.end_s is not None and elapsed >= self.end_s:
            self._finish(completed=True)
            return
        state = self.pacer.state_at(elapsed)
        key = (state.cycle, state.phase)
        if key != self._last:
            self._last = key
            self.phase_changed.emit(state.phase)
        wait_s = state.remaining
        if self.end_s is not None:
            wait_s = min(wait_s, self.end_s - elapsed)
        self._event_timer.start(max(1, math.ceil(wait_s * 1000)))

    def checkpoint(self) -> None:
        """Save progress so a killed process loses at most a few seconds."""
        self._recorder.checkpoint()

    def _finish(self, completed: bool) -> None:
        duration = self.elapsed()
        self._done = True
        self.completed = completed
        self._event_timer.stop()
        self._recorder.finish(completed, duration)
        self.finished.emit(completed)
