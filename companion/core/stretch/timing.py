"""A routine laid out on a steady breath.

Each repetition starts on an in-breath ("move"), ends on an out-breath ("return") and "stays"
for any breaths between; one "rest" of a few breaths separates stretches.
:meth:`RoutineSchedule.at` answers for an elapsed time passed in (from the session clock).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from companion.core.stretch.model import Routine, Stretch, StretchDataError

DEFAULT_BREATH_CYCLE_S = 10.0
DEFAULT_INHALE_FRACTION = 0.4
_EPS = 1e-9

Phase = Literal["move", "stay", "return", "rest", "done"]


@dataclass(frozen=True)
class StretchSlot:
    """Where one stretch of a routine sits on the timeline (seconds and whole breaths)."""

    index: int
    stretch_id: str
    start_s: float
    end_s: float
    repetitions: int
    breaths_per_repetition: int
    repetition_starts: tuple[float, ...]
    start_breath: int


@dataclass(frozen=True)
class SchedulePoint:
    """What happens at one elapsed time; in a rest, ``slot`` is the stretch coming next."""

    phase: Phase
    slot: int | None
    stretch_id: str | None
    repetition: int
    phase_start_s: float
    phase_end_s: float
    progress: float


@dataclass(frozen=True)
class RoutineSchedule:
    """A routine laid out on a steady breath; ask :meth:`at` for any elapsed time."""

    routine_id: str
    breath_cycle_s: float
    inhale_fraction: float
    slots: tuple[StretchSlot, ...]
    total_breaths: int
    rest_breaths: int

    @property
    def total_s(self) -> float:
        """Length of the whole routine in seconds."""
        return self.total_breaths * self.breath_cycle_s

    def breath_at(self, elapsed_s: float) -> float:
        """How full the breath is at ``elapsed_s``: 0 (out) rising to 1 over each in-breath
        and falling back over the out-breath, smoothly, on the routine's steady breath."""
        if not 0 <= elapsed_s < math.inf:
            raise ValueError(f"elapsed time must be a finite number >= 0, not {elapsed_s}")
        within = (elapsed_s / self.breath_cycle_s) % 1.0
        inhale = self.inhale_fraction
        x = within / inhale if within < inhale else 1.0 - (within - inhale) / (1.0 - inhale)
        return 0.5 - 0.5 * math.cos(math.pi * x)

    def _point(
        self, phase: Phase, slot: StretchSlot | None, rep: int, span: tuple[float, float], t: float
    ) -> SchedulePoint:
        start, end = span[0] * self.breath_cycle_s, span[1] * self.breath_cycle_s
        progress = min(1.0, max(0.0, (t - start) / (end - start))) if end > start else 1.0
        index, stretch_id = (None, None) if slot is None else (slot.index, slot.stretch_id)
        return SchedulePoint(phase, index, stretch_id, rep, start, end, progress)

    def at(self, elapsed_s: float) -> SchedulePoint:
        """The stretch, repetition (1-based; 0 in a rest) and phase at ``elapsed_s`` seconds."""
        if not 0 <= elapsed_s < math.inf:
            raise ValueError(f"elapsed time must be a finite number >= 0, not {elapsed_s}")
        position = elapsed_s / self.breath_cycle_s
        breath = math.floor(position + _EPS)
        if breath >= self.total_breaths:
            return self._point("done", None, 0, (self.total_breaths,) * 2, elapsed_s)
        inhale = self.inhale_fraction
        breathing_in = position - breath + _EPS < inhale
        for slot in self.slots:
            n = slot.breaths_per_repetition
            span: tuple[float, float]
            if breath < slot.start_breath:
                span = (slot.start_breath - self.rest_breaths, slot.start_breath)
                return self._point("rest", slot, 0, span, elapsed_s)
            if breath < slot.start_breath + slot.repetitions * n:
                rep, within = divmod(breath - slot.start_breath, n)
                first = slot.start_breath + rep * n
                if within == 0 and breathing_in:
                    return self._point("move", slot, rep + 1, (first, first + inhale), elapsed_s)
                if within == n - 1 and not breathing_in:
                    span = (first + n - 1 + inhale, first + n)
                    return self._point("return", slot, rep + 1, span, elapsed_s)
                span = (first + inhale, first + n - 1 + inhale)
                return self._point("stay", slot, rep + 1, span, elapsed_s)
        raise AssertionError("a breath inside the routine must fall in a slot or a rest")


def schedule_routine(
    routine: Routine,
    stretches: Mapping[str, Stretch],
    breath_cycle_s: float = DEFAULT_BREATH_CYCLE_S,
    inhale_fraction: float = DEFAULT_INHALE_FRACTION,
) -> RoutineSchedule:
    """Lay the routine out on a breath of ``breath_cycle_s`` seconds (default 10 s = 4-6)."""
    if not 0 < breath_cycle_s < math.inf:
        raise ValueError(f"breath cycle must be a positive number of seconds, not {breath_cycle_s}")
    if not 0 < inhale_fraction < 1:
        raise ValueError(f"inhale fraction must be between 0 and 1, not {inhale_fraction}")
    slots: list[StretchSlot] = []
    breath = 0
    for index, item in enumerate(routine.items):
        breath += routine.rest_breaths if index else 0
        if item.stretch_id not in stretches:
            raise StretchDataError(
                f"routine {routine.id}", f"items[{index}].stretch", "unknown stretch"
            )
        n = stretches[item.stretch_id].tempo.breaths_per_repetition
        starts = tuple((breath + r * n) * breath_cycle_s for r in range(item.repetitions))
        end = breath + item.repetitions * n
        start_s, end_s = breath * breath_cycle_s, end * breath_cycle_s
        slots.append(
            StretchSlot(index, item.stretch_id, start_s, end_s, item.repetitions, n, starts, breath)
        )
        breath = end
    return RoutineSchedule(
        routine.id, breath_cycle_s, inhale_fraction, tuple(slots), breath, routine.rest_breaths
    )
