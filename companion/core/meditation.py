"""A quiet meditation timer: how long, which bell, how often it rings, as a pure plan.

The bells are a pure function of session time: one as the sit begins, one every
``interval_s`` (never at the very end: the end has its own), and the end bell when the
planned time is up. Open-ended sits ring the start and the interval bells, and the end bell
when the person ends them.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

BELLS = ("bowl", "deep-bowl", "small-bowl")  # cues/bell-NAME.wav and bell-NAME-end.wav
DEFAULT_BELL = "bowl"
NO_BELL = "none"  # some people strike their own bowl
MINUTES_CHOICES = (1.0, 3.0, 5.0, 10.0, 15.0, 20.0, 30.0, 0.0)  # 0 = open-ended
INTERVAL_CHOICES = (0.0, 1.0, 2.0, 5.0, 10.0)  # 0 = no interval bells
DEFAULT_MINUTES = 10.0
MAX_MINUTES = 600.0  # ten hours: longer is not a sit, it is a mistake
MIN_INTERVAL_MINUTES = 0.25  # bells closer than 15 s would ring into each other


class BellKind(enum.Enum):
    """Which bell rings."""

    START = "start"
    INTERVAL = "interval"
    END = "end"


class PlanProblem(enum.Enum):
    """Why a plan cannot be used (the command line and the pages word it)."""

    MINUTES = "minutes"  # not a number of minutes from 0 (open-ended) to MAX_MINUTES
    INTERVAL = "interval"  # not 0 (none), nor minutes from MIN_INTERVAL_MINUTES to MAX_MINUTES
    BELL = "bell"  # not one of BELLS or NO_BELL


class PlanError(ValueError):
    """A plan that cannot be used; ``problem`` says which part."""

    def __init__(self, problem: PlanProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True)
class Bell:
    """One bell: when it rings (session seconds) and which it is."""

    at: float
    kind: BellKind


@dataclass(frozen=True)
class MeditationPlan:
    """How long (None: open-ended), the interval bells (None: none) and the bell."""

    planned_s: float | None
    interval_s: float | None = None
    bell: str = DEFAULT_BELL

    def __post_init__(self) -> None:
        if self.planned_s is not None and not _is_length(self.planned_s):
            raise PlanError(PlanProblem.MINUTES)
        if self.interval_s is not None and not (
            _is_length(self.interval_s) and self.interval_s >= MIN_INTERVAL_MINUTES * 60.0
        ):
            raise PlanError(PlanProblem.INTERVAL)
        if self.bell not in BELLS and self.bell != NO_BELL:
            raise PlanError(PlanProblem.BELL)

    @classmethod
    def from_minutes(cls, minutes: float, interval: float, bell: str) -> MeditationPlan:
        """From minutes as a person gives them (0 minutes: open-ended; 0 interval: none)."""
        for value, problem in ((minutes, PlanProblem.MINUTES), (interval, PlanProblem.INTERVAL)):
            if not math.isfinite(value) or not 0 <= value <= MAX_MINUTES:
                raise PlanError(problem)
        return cls(minutes * 60.0 or None, interval * 60.0 or None, bell)

    @property
    def rings(self) -> bool:
        """Whether any bell sounds."""
        return self.bell != NO_BELL

    @property
    def item(self) -> str:
        """What history calls the sit: ``bowl``, ``bowl every 5 min``, ``none``."""
        if self.interval_s is None:
            return self.bell
        return f"{self.bell} every {self.interval_s / 60:g} min"

    def first_bell(self) -> Bell:
        """The bell as the sit begins."""
        return Bell(0.0, BellKind.START)

    def bell_after(self, bell: Bell) -> Bell | None:
        """The bell that follows ``bell`` (None: none, or the sit is open-ended and has no
        interval bells: its end bell rings when the person ends it)."""
        if bell.kind is BellKind.END:
            return None
        if self.interval_s is not None:
            k = round(bell.at / self.interval_s) + 1
            at = k * self.interval_s
            if self.planned_s is None or at < self.planned_s - 1e-6:
                return Bell(at, BellKind.INTERVAL)
        if self.planned_s is None:
            return None
        return Bell(self.planned_s, BellKind.END)

    def bells_until(self, until_s: float) -> list[Bell]:
        """Every bell from the start up to ``until_s`` (for tests, tools and the summary)."""
        found: list[Bell] = []
        bell: Bell | None = self.first_bell()
        while bell is not None and bell.at <= until_s:
            found.append(bell)
            bell = self.bell_after(bell)
        return found


def _is_length(seconds: float) -> bool:
    return math.isfinite(seconds) and 0 < seconds <= MAX_MINUTES * 60.0
