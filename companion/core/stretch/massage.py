"""The hand-massage guide's pure parts: its step timeline, the precautions answers, the series.

Time is passed in (from the session clock); nothing here sleeps or reads files.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from companion.core.stretch.model import MassageGuide, MassageStep, Precaution

Answer = Literal["yes", "no", "unsure"]
ANSWERS: tuple[Answer, ...] = ("yes", "no", "unsure")
SERIES_DAYS = 3  # the seed: three consecutive daily sessions work best


@dataclass(frozen=True)
class MassagePoint:
    """Where the guide is at one elapsed time; ``index`` is None once every step is done."""

    index: int | None
    step_elapsed_s: float
    step_remaining_s: float
    total_remaining_s: float


class MassageTimeline:
    """The chosen steps one after another; ask :meth:`at` for any elapsed time."""

    def __init__(self, steps: Sequence[MassageStep]) -> None:
        self.steps = tuple(steps)
        starts = [0.0]
        for step in self.steps:
            starts.append(starts[-1] + step.duration_s)
        self._bounds = tuple(starts)

    @property
    def total_s(self) -> float:
        """Length of all the chosen steps."""
        return self._bounds[-1]

    def start_of(self, index: int) -> float:
        """When step ``index`` begins (``len(steps)`` gives the end)."""
        return self._bounds[max(0, min(index, len(self.steps)))]

    def at(self, elapsed_s: float) -> MassagePoint:
        """The step at ``elapsed_s`` seconds, and the time left in it and overall."""
        if not 0 <= elapsed_s < math.inf:
            raise ValueError(f"elapsed time must be a finite number >= 0, not {elapsed_s}")
        total_left = max(0.0, self.total_s - elapsed_s)
        if elapsed_s >= self.total_s:
            return MassagePoint(None, 0.0, 0.0, 0.0)
        index = bisect.bisect_right(self._bounds, elapsed_s) - 1
        start, end = self._bounds[index], self._bounds[index + 1]
        return MassagePoint(index, elapsed_s - start, end - elapsed_s, total_left)


def chosen_steps(guide: MassageGuide, include_optional: bool) -> tuple[MassageStep, ...]:
    """The guide's steps, without the optional ones unless asked for."""
    return tuple(s for s in guide.steps if include_optional or not s.optional)


def concerns(guide: MassageGuide, answers: Mapping[str, str]) -> tuple[Precaution, ...]:
    """The precautions answered "yes" or "not sure", in the guide's order."""
    return tuple(p for p in guide.precautions if answers.get(p.id) in ("yes", "unsure"))


def all_answered(guide: MassageGuide, answers: Mapping[str, str]) -> bool:
    """Whether every precaution has an answer."""
    return all(answers.get(p.id) in ANSWERS for p in guide.precautions)


def recent_days(days_with_massage: Iterable[date], today: date) -> tuple[tuple[date, bool], ...]:
    """The last :data:`SERIES_DAYS` days, oldest first, each with whether a massage was given."""
    given = set(days_with_massage)
    span = [today - timedelta(days=n) for n in range(SERIES_DAYS - 1, -1, -1)]
    return tuple((day, day in given) for day in span)
