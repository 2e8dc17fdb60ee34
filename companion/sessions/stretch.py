"""A running stretch routine: session clock, breath schedule, phase events, skip, its record."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from companion.core.sessions import Activity
from companion.core.stretch.model import Routine, Stretch
from companion.core.stretch.timing import RoutineSchedule, SchedulePoint, schedule_routine
from companion.services.store import Store
from companion.sessions.recorder import local_now
from companion.sessions.timed import TimedSession


class StretchSession(TimedSession):
    """Guides one routine on a steady breath; the screen and the sound listen to its events.

    The position is the session clock (pauses taken out) plus whatever was skipped; the next
    phase boundary is computed from the schedule and waited for with one precise timer.

    Signals:
        point_changed(SchedulePoint): a new phase, repetition or stretch began.
        paused_changed(bool), finished(bool), problem(str): see :class:`TimedSession`
            (finished is True when the routine ran to its end).
    """

    point_changed = Signal(object)

    def __init__(
        self,
        routine: Routine,
        stretches: Mapping[str, Stretch],
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, now, wall_clock, parent)
        self.routine = routine
        self.stretches = stretches
        self.schedule: RoutineSchedule = schedule_routine(routine, stretches)
        self._last: tuple[str, int | None, int] | None = None

    def position(self) -> float:
        """Where the routine is, in schedule seconds (time moved plus time skipped)."""
        return min(super().position(), self.schedule.total_s)

    def point(self) -> SchedulePoint:
        """The phase, stretch and repetition now."""
        return self.schedule.at(self.position())

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
        self._jump_to(max(target, self.position()))

    # -- hooks -------------------------------------------------------------------------

    def _record_as(self) -> tuple[Activity, str, float | None]:
        return Activity.STRETCH, self.routine.id, self.schedule.total_s

    def _advance(self) -> float | None:
        """Emit whatever has begun by now, finish at the end; wait for the next boundary."""
        point = self.point()
        if point.phase == "done":
            self._finish(True)
            return None
        key = (point.phase, point.slot, point.repetition)
        if key != self._last:
            self._last = key
            self.point_changed.emit(point)
        return point.phase_end_s - self.position()
