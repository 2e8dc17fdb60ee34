"""A running hand massage: the chosen steps on the session clock, next/back, who gave it."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from companion.core.sessions import Activity, Who
from companion.core.stretch.massage import MassagePoint, MassageTimeline
from companion.core.stretch.model import MassageStep
from companion.services.store import Store
from companion.sessions.recorder import local_now
from companion.sessions.timed import TimedSession


class MassageSession(TimedSession):
    """Guides the carer through the steps, one after another, on the session clock.

    Signals:
        step_changed(int): a new step began (also for the first one).
        paused_changed(bool), finished(bool), problem(str): see :class:`TimedSession`
            (finished is True when every step was given).
    """

    step_changed = Signal(int)

    def __init__(
        self,
        guide_id: str,
        steps: Sequence[MassageStep],
        who: Who,
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, now, wall_clock, parent)
        self.guide_id = guide_id
        self.timeline = MassageTimeline(steps)
        self.giver = who
        self.step: int | None = None

    @property
    def steps(self) -> tuple[MassageStep, ...]:
        """The steps being given, in order."""
        return self.timeline.steps

    def position(self) -> float:
        """Seconds into the chosen steps (time spent plus steps moved over)."""
        return min(super().position(), self.timeline.total_s)

    def point(self) -> MassagePoint:
        """The step now, and the time left in it and overall."""
        return self.timeline.at(self.position())

    def step_started_at(self) -> float:
        """Where on the timeline the current step began."""
        return self.timeline.start_of(self.step or 0)

    def go_to_step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) step."""
        if self.step is None or self.done:
            return
        self._jump_to(self.timeline.start_of(max(0, self.step + delta)))

    # -- hooks -------------------------------------------------------------------------

    def _record_as(self) -> tuple[Activity, str, float | None]:
        return Activity.MASSAGE, self.guide_id, self.timeline.total_s

    def _who(self) -> Who | None:
        return self.giver

    def _advance(self) -> float | None:
        point = self.point()
        if point.index is None:
            self._finish(completed=True)
            return None
        if point.index != self.step:
            self.step = point.index
            self.step_changed.emit(point.index)
        return point.step_remaining_s
