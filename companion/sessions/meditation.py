"""A running quiet time: the plan's bells on the session clock, the time left, the record.

The session says when each bell is due (``bell_due``); the sound path rings it, and plays the
soundscape under the silence when one was chosen (:meth:`SoundPath.follow_meditation`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion.core.meditation import (
    DEFAULT_MINUTES,
    Bell,
    BellKind,
    MeditationPlan,
    PlanError,
)
from companion.core.preferences import Preferences
from companion.core.sessions import Activity
from companion.services.audio.soundscapes import soundscapes
from companion.services.store import Store
from companion.sessions.recorder import local_now
from companion.sessions.timed import TimedSession


@dataclass(frozen=True)
class MeditationRequest:
    """A sit to start: its plan and, if chosen, a bundled soundscape under it."""

    plan: MeditationPlan
    soundscape: Path | None = None


def request_from(
    prefs: Preferences,
    minutes: float | None = None,
    interval: float | None = None,
    bell: str | None = None,
) -> MeditationRequest:
    """The sit the preferences describe (the last one chosen), with any of its parts given
    instead (from the command line); a remembered part that cannot be used is its default."""
    try:
        plan = MeditationPlan.from_minutes(
            prefs.meditation_minutes if minutes is None else minutes,
            prefs.meditation_interval if interval is None else interval,
            prefs.meditation_bell if bell is None else bell,
        )
    except PlanError:
        plan = MeditationPlan(DEFAULT_MINUTES * 60.0)
    beds = {s.id: s.path for s in soundscapes()} if prefs.meditation_soundscape else {}
    return MeditationRequest(plan, beds.get(prefs.meditation_soundscape))


class MeditationSession(TimedSession):
    """Rings the plan's bells on time; an open-ended sit is complete when the person ends it.

    Signals:
        bell_due(Bell): a bell's moment has come (the start bell with the first moment).
        paused_changed(bool), finished(bool), problem(str): see :class:`TimedSession`.
    """

    bell_due = Signal(object)

    def __init__(
        self,
        request: MeditationRequest,
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, now, wall_clock, parent)
        self.plan = request.plan
        self.soundscape = request.soundscape
        self._next: Bell | None = self.plan.first_bell()

    @property
    def open_ended(self) -> bool:
        """Whether the person ends it (no planned length)."""
        return self.plan.planned_s is None

    def elapsed(self) -> float:
        """Seconds sat so far, never past the planned end."""
        elapsed = self.clock.elapsed()
        planned = self.plan.planned_s
        return elapsed if planned is None else min(elapsed, planned)

    def remaining(self) -> float | None:
        """Seconds left (None: open-ended)."""
        planned = self.plan.planned_s
        return None if planned is None else max(0.0, planned - self.elapsed())

    def stop(self) -> None:
        """End now: a timed sit is kept as ended early; an open-ended one is complete (it
        was always the person's to end), with its end bell."""
        if self.open_ended and self.clock.started and not self.done:
            self.bell_due.emit(Bell(self.elapsed(), BellKind.END))
            self._finish(completed=True)
            return
        super().stop()

    # -- hooks -------------------------------------------------------------------------

    def _record_as(self) -> tuple[Activity, str, float | None]:
        return Activity.MEDITATION, self.plan.item, self.plan.planned_s

    def _advance(self) -> float | None:
        elapsed = self.clock.elapsed()
        due: Bell | None = None
        while self._next is not None and self._next.at <= elapsed + 1e-6:
            due, self._next = self._next, self.plan.bell_after(self._next)
        if due is not None:  # only the latest, if the computer slept through several
            self.bell_due.emit(due)
            if due.kind is BellKind.END:
                self._finish(completed=True)
                return None
        if self._next is None:
            return 3600.0  # open-ended, no interval bells: nothing to wake for
        return self._next.at - elapsed
