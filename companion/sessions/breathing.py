"""A running breathing session: clock, pacer, phase events, end, and its history record."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from companion.core.breathing import Pacer, PacerState, Pattern, Phase
from companion.core.leading import LeadingPacer, led_item, rounded
from companion.core.sessions import Activity
from companion.services.store import Store
from companion.sessions.recorder import local_now
from companion.sessions.timed import TimedSession


@dataclass(frozen=True)
class BreathingRequest:
    """What to breathe: a pattern, the preset it came from, and how long (None: open-ended).

    ``preset_id`` is a preset's id, ``custom`` or ``custom-N`` (the user's own) or
    ``pattern`` (given as numbers on the command line). ``start_where_you_are``: first
    measure the person's own rhythm (the page asks for taps), then lead from it toward
    ``pattern``; ``lead_from`` is that measured rhythm once known.
    """

    pattern: Pattern
    preset_id: str
    planned_s: float | None
    start_where_you_are: bool = False
    lead_from: Pattern | None = None

    @property
    def item(self) -> str:
        """What history calls it: the preset, or the numbers of a pattern of one's own."""
        own = self.preset_id == "pattern" or self.preset_id.startswith("custom")
        return self.pattern.label() if own else self.preset_id


class BreathingSession(TimedSession):
    """Drives one session from the session clock; emits events the UI and sound listen to.

    Phase changes are found by scheduling a precise single-shot timer for the next boundary
    computed from the pattern, never by counting ticks, so the rhythm cannot drift.

    With ``lead_from`` (start where you are) it paces a :class:`LeadingPacer` from that
    rhythm toward ``pattern``; :meth:`stay_at_this_pace` holds the pace of the breath running
    then. History records where the lead started and what it had reached.

    Signals:
        phase_changed(Phase): a new phase began (also emitted for the first in-breath).
        pace_changed(Pattern): a led session's breath took a new pace (or was held).
        paused_changed(bool), finished(bool), problem(str): see :class:`TimedSession`.
    """

    phase_changed = Signal(object)
    pace_changed = Signal(object)

    def __init__(
        self,
        pattern: Pattern,
        item: str,
        planned_s: float | None,
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
        lead_from: Pattern | None = None,
    ) -> None:
        super().__init__(store, now, wall_clock, parent)
        self.pacer: Pacer | LeadingPacer = (
            Pacer(pattern) if lead_from is None else LeadingPacer(lead_from, pattern)
        )
        self._target = pattern
        self.base_item = item
        self.planned_s = planned_s
        self.end_s = self.pacer.end_time(planned_s)
        self._last: tuple[int, Phase] | None = None
        self._reached = rounded(lead_from) if lead_from is not None else pattern

    @property
    def item(self) -> str:
        """What history calls it; a led session adds where it started and what it reached."""
        pacer = self.pacer
        if not isinstance(pacer, LeadingPacer):
            return self.base_item
        return led_item(self.base_item, pacer.start, self._reached)

    # -- state -------------------------------------------------------------------------

    @property
    def pattern(self) -> Pattern:
        """The pattern being paced (for a led session: the one it leads toward)."""
        return self._target

    @property
    def leading(self) -> bool:
        """Whether it started where the person was and leads from there."""
        return isinstance(self.pacer, LeadingPacer)

    @property
    def held(self) -> bool:
        """Whether a led session was asked to stay at its pace."""
        return isinstance(self.pacer, LeadingPacer) and self.pacer.hold_at is not None

    def started_from(self) -> Pattern | None:
        """The measured rhythm a led session started at (None: not led)."""
        return self.pacer.start if isinstance(self.pacer, LeadingPacer) else None

    def pace(self) -> Pattern:
        """The pace of the breath running now (to 0.1 s for a led session)."""
        return self._reached

    def stay_at_this_pace(self) -> None:
        """Keep the pace of the breath running now, for the rest of the session."""
        pacer = self.pacer
        if not isinstance(pacer, LeadingPacer) or self.done or pacer.hold_at is not None:
            return
        self.pacer = pacer.held(self.elapsed())
        self.end_s = self.pacer.end_time(self.planned_s)
        self.pace_changed.emit(self.pace())
        self.poll()

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

    # -- hooks -------------------------------------------------------------------------

    def _record_as(self) -> tuple[Activity, str, float | None]:
        return Activity.BREATHING, self.item, self.planned_s

    def _advance(self) -> float | None:
        """Emit a phase that began, finish at the planned end; wait for the next boundary."""
        elapsed = self.clock.elapsed()
        if self.end_s is not None and elapsed >= self.end_s:
            self._finish(completed=True)
            return None
        state = self.pacer.state_at(elapsed)
        key = (state.cycle, state.phase)
        if key != self._last:
            self._last = key
            if isinstance(self.pacer, LeadingPacer):
                pace = rounded(self.pacer.pattern_at(elapsed))
                if pace != self._reached:
                    self._reached = pace
                    self._recorder.set_item(self.item)  # saved with the next checkpoint
                    self.pace_changed.emit(pace)
            self.phase_changed.emit(state.phase)
        wait_s = state.remaining
        if self.end_s is not None:
            wait_s = min(wait_s, self.end_s - elapsed)
        return wait_s
