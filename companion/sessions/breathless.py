"""An episode of breathlessness, guided through "Breathless now" and kept in history.

Not paced by the clock: each step stays until the person (or whoever is with them) moves on,
and the plan is one press away from every step. The episode is still a
:class:`TimedSession`: its clock starts with the first step, its record is added at once and
checkpointed, and it ends when the person says it is over (:meth:`finish`) or the window
closes (kept as partial). The out-breath tone sounds when they ask for it, never on a timer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from companion.core.breathless import (
    OUT_BREATH,
    RECORDED_AS,
    OutBreath,
    Place,
    back_place,
    next_place,
    plan_place,
)
from companion.core.sessions import Activity
from companion.services.store import Store
from companion.sessions.recorder import local_now
from companion.sessions.timed import TimedSession

IDLE_WAKE_S = 3600.0  # nothing happens by the clock; the timer only keeps the shape


class BreathlessSession(TimedSession):
    """One episode: where the person is in the routine, and the tones they asked for.

    Signals:
        step_changed(int): a step is shown (also the first one), by its index in ``STEPS``.
        out_breath(int): the out-breath tone is to sound (how many so far in this step).
        started(), finished(bool), problem(object): see :class:`TimedSession`
            (finished is True when the person ended the episode themselves).
    """

    step_changed = Signal(int)
    out_breath = Signal(int)

    def __init__(
        self,
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, now, wall_clock, parent)
        self._now = now
        self.place = Place()
        self.breath = OutBreath()

    @property
    def step(self) -> int:
        """The index of the step shown."""
        return self.place.index

    # -- moving ----------------------------------------------------------------------

    def next(self) -> bool:
        """On to the next step; False on the last one (there is no step after the plan)."""
        following = next_place(self.place)
        if following is None:
            return False
        self._show(following)
        return True

    def back(self) -> None:
        """The step before (from a plan opened out of turn: the step it was opened from)."""
        self._show(back_place(self.place))

    def plan(self) -> None:
        """The care team's plan, from wherever the person is."""
        self._show(plan_place(self.place))

    def ask_out_breath(self) -> bool:
        """The person is breathing out and asks for the tone; False if it was a repeat press
        of the tone that is still sounding (nothing more is played)."""
        if self.done or not self.clock.started:
            return False
        self.breath, sounds = self.breath.press(self._now())
        if sounds:
            self.out_breath.emit(self.breath.tones)
        return sounds

    def finish(self) -> None:
        """The person says the episode is over: kept in history as completed."""
        if self.clock.started and not self.done:
            self._finish(completed=True)

    def _show(self, place: Place) -> None:
        if self.done or not self.clock.started:
            return
        moved = place.index != self.place.index
        self.place = place
        if moved:
            self.breath = OutBreath()
            self.step_changed.emit(place.index)
            self._entered()

    def _entered(self) -> None:
        """The out-breath step opens with one tone (so one key, or none, is enough); after
        that the tone sounds only when asked for."""
        if self.place.index == OUT_BREATH:
            self.ask_out_breath()

    # -- hooks -------------------------------------------------------------------------

    def _record_as(self) -> tuple[Activity, str, float | None]:
        return Activity.BREATHLESS, RECORDED_AS, None

    def _on_start(self) -> None:
        self.step_changed.emit(self.place.index)
        self._entered()

    def _advance(self) -> float | None:
        return IDLE_WAKE_S
