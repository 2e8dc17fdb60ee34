"""The hand-massage guide's pure parts: its step timeline, the precautions answers and the
plan they make, the series.

The answers rewrite the steps (:func:`plan_massage`), as CLINICAL.md asks: a resting touch
only (no rubbing or pressing), a feather-light touch that moves no joint, one hand left
alone, an area kept clear of, or no massage today until the care team has been asked. A
"not sure" counts as a "yes".

Time is passed in (from the session clock); nothing here sleeps or reads files.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from companion.core.stretch.model import TOUCHES, MassageGuide, MassageStep, Precaution, Touch

Answer = Literal["yes", "no", "unsure"]
ANSWERS: tuple[Answer, ...] = ("yes", "no", "unsure")
MAX_STEP_S = 600
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


@dataclass(frozen=True)
class MassagePlan:
    """The massage the answers allow: its steps, its touch, and what to keep in mind."""

    steps: tuple[MassageStep, ...]
    touch: Touch
    one_hand: bool  # the second hand's steps are left out
    reminders: tuple[str, ...]  # said on every step ("Keep well away from any broken skin")
    ask_first: tuple[Precaution, ...]  # answers that mean: do not start, ask the care team
    forearms_possible: bool  # whether the optional forearm steps exist at this touch

    @property
    def can_start(self) -> bool:
        """Whether the answers allow a massage now."""
        return not self.ask_first and bool(self.steps)

    @property
    def total_s(self) -> int:
        """How long the planned steps take."""
        return sum(step.duration_s for step in self.steps)


def plan_massage(
    guide: MassageGuide, answers: Mapping[str, str], include_forearms: bool
) -> MassagePlan:
    """The steps rewritten by the answers (every concern applies at once; the lightest touch
    asked for wins)."""
    found = concerns(guide, answers)
    adapts: set[str] = {p.adapt for p in found}
    touch: Touch = "gentle"
    for lighter in TOUCHES[1:]:  # ordered lightest last
        if lighter in adapts:
            touch = lighter
    one_hand = "one-hand" in adapts
    steps: list[MassageStep] = []
    forearms_possible = False
    for step in guide.steps:
        if one_hand and step.hand == 2:
            continue
        given = step.with_touch(touch)
        if given is None:
            continue
        if one_hand and step.hand == 1:
            # the same time together, all of it for the one hand
            given = replace(given, duration_s=min(MAX_STEP_S, given.duration_s * 2))
        if step.optional:
            forearms_possible = True
            if not include_forearms:
                continue
        steps.append(given)
    return MassagePlan(
        steps=tuple(steps),
        touch=touch,
        one_hand=one_hand,
        reminders=tuple(p.during for p in found if p.during),
        ask_first=tuple(p for p in found if p.adapt == "ask-first"),
        forearms_possible=forearms_possible,
    )
