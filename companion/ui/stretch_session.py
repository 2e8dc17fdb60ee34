"""A running stretch routine: session clock, breath schedule, phase events, skip, its record."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core.clock import SessionClock
from companion.core.sessions import Activity
from companion.core.stretch_timing import RoutineSchedule, SchedulePoint, schedule_routine
from companion.core.stretches import Routine, Stretch
from companion.services.store import Store
from companion.ui.recorder import SessionRecorder, local_now


class StretchSession(QObject):
    """Guides one routine on a steady breath; the screen and the sound listen to its events.

    The position is the session clock (pauses taken out) plus whatever was skipped; the next
    phase boundary is computed from the schedule and waited for with one precise timer.

    Signals:
        point_changed(SchedulePoint): a new phase, repetition or stretch began.
        paused_changed(bool): paused or resumed.
        finished(bool): ended; True when the routine ran to its end.
        problem(str): something the user should know (history could not be saved).
    """

    point_changed = Signal(object)
    paused_changed = Signal(bool)
    finished = Signal(bool)
    problem = Signal(str)

    def __init__(
        self,
        routine: Routine,
        stretches: Mapping[str, Stretch],
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.stretches = stretches
        self.schedule: RoutineSchedule = schedule_routine(routine, stretches)
        self.clock = SessionClock(now)
        self._skipped = 0.0
        self._recorder = SessionRecorder(store, self.clock.elapsed, wall_clock, parent=self)
        self._recorder.problem.connect(self.problem)
        self._last: tuple[str, int | None, int] | None = None
        self._done = False
        self.completed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)

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

    def position(self) -> float:
        """Where the routine is, in schedule seconds (time moved plus time skipped)."""
        return min(self.clock.elapsed() + self._skipped, self.schedule.total_s)

    def point(self) -> SchedulePoint:
        """The phase, stretch and repetition now."""
        return self.schedule.at(self.position())

    def elapsed(self) -> float:
        """Seconds actually spent (what history records)."""
        return self.clock.elapsed()

    def start(self) -> None:
        """Begin: add the session to history and announce the first phase."""
        self.clock.start()
        self._recorder.begin(Activity.STRETCH, self.routine.id, self.schedule.total_s)
        self.poll()

    def toggle_pause(self) -> None:
        """Pause if running, resume if paused."""
        if self.paused:
            self.clock.resume()
            self.paused_changed.emit(False)
            self.poll()
        elif self.running:
            self.clock.pause()
            self._timer.stop()
            self._recorder.checkpoint()
            self.paused_changed.emit(True)

    def skip(self) -> None:
        """Go on to the next stretch (from a rest: start the one coming up now)."""
        if self._done:
            return
        point = self.point()
        slots = self.schedule.slots
        if point.phase == "rest" and point.slot is not None:
            target = slots[point.slot].start_s
        elif point.slot is not None and point.slot + 1 < len(slots):
            target = slots[point.slot + 1].start_s
        else:
            target = self.schedule.total_s
        self._skipped += max(0.0, target - self.position())
        self.poll()

    def stop(self) -> None:
        """End early; the session is kept in history as partial."""
        if self.clock.started and not self._done:
            self._finish(False)

    def poll(self) -> None:
        """Emit whatever has begun by now, then wait for the next boundary."""
        if self._done or not self.clock.running:
            return
        point = self.point()
        if point.phase == "done":
            self._finish(True)
            return
        key = (point.phase, point.slot, point.repetition)
        if key != self._last:
            self._last = key
            self.point_changed.emit(point)
        wait_s = point.phase_end_s - self.position()
        self._timer.start(max(1, math.ceil(wait_s * 1000)))

    def _finish(self, completed: bool) -> None:
        self._done = True
        self.completed = completed
        self._timer.stop()
        self._recorder.finish(completed, self.clock.elapsed())
        self.finished.emit(completed)
