"""Start where you are: the present rhythm measured from taps, then led slowly to a pattern.

Music therapists' iso principle, applied to the breath: meet the person at the rhythm they
breathe now, then lead it by small steps toward the chosen pattern, never faster than they
can follow. The person taps as each in-breath begins (holding the tap for the in-breath if
they like) for three breaths; :func:`measure` reads their rhythm from the taps.
:class:`LeadingPacer` then paces a pattern that changes with elapsed time: each breath is
whole (its in- and out-breath keep their lengths), and from one breath to the next the
in-breath, the out-breath and the whole cycle change by no more than
:data:`MAX_CHANGE_PER_MIN` a minute. It is still a pure function of time, so the circle, the
cues and music following the breath all follow it, and it cannot drift.

The lead goes to the chosen pattern's in- and out-breath only: it never leads into holding
the breath (inference from CLINICAL.md: holds are off by default, and a breathless or anxious
person is not to be led into one).
"""

from __future__ import annotations

import bisect
import enum
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from companion.core.breathing import MAX_PHASE_S, MIN_PHASE_S, Pacer, PacerState, Pattern

MAX_CHANGE_PER_MIN = 0.05  # the in-breath, the out-breath and the cycle: at most 5 % a minute
TAPS_NEEDED = 4  # four taps at the start of four in-breaths: three whole breaths between them
HELD_S = 0.6  # a tap held this long marks how long the in-breath lasts
MAX_GAP_S = 2 * MAX_PHASE_S  # a longer gap between taps is a pause: counting starts again
MAX_UNEVEN = 2.0  # the longest of the three breaths at most twice the shortest
_MAX_CYCLES = 100_000  # a safety bound on the lead's breaths (a real lead has a few hundred)


class RhythmProblem(enum.Enum):
    """Why taps gave no rhythm (the page words it)."""

    UNEVEN = "uneven"  # the breaths were very different: tap a few more


@dataclass(frozen=True)
class Tap:
    """One tap: when it was pressed (an in-breath began) and released (None: not yet)."""

    pressed: float
    released: float | None = None


def measure(taps: Sequence[Tap]) -> Pattern | RhythmProblem:
    """The rhythm of the last :data:`TAPS_NEEDED` taps, as a pattern without holds.

    The cycle is the median time from one tap to the next. The in-breath is the median time
    a tap was held, when at least two were held :data:`HELD_S` or more; otherwise the breath
    is split evenly (inference: a quick, anxious breath is close to 1:1). The out-breath is
    never shorter than the in-breath, and both stay within the pattern limits (a rhythm faster
    than 1-1 starts at 1-1). Values are rounded to 0.1 s.
    """
    import statistics  # (with fractions and decimal: ~10 ms, only once someone taps)

    if len(taps) < TAPS_NEEDED:
        raise ValueError(f"{TAPS_NEEDED} taps are needed")
    recent = list(taps[-TAPS_NEEDED:])
    cycles = [b.pressed - a.pressed for a, b in itertools.pairwise(recent)]
    if min(cycles) <= 0 or max(cycles) / min(cycles) > MAX_UNEVEN:
        return RhythmProblem.UNEVEN
    cycle = min(2 * MAX_PHASE_S, max(2 * MIN_PHASE_S, statistics.median(cycles)))
    held = [
        tap.released - tap.pressed
        for tap, length in zip(recent, cycles, strict=False)
        if tap.released is not None and HELD_S <= tap.released - tap.pressed < length
    ]
    inhale = statistics.median(held) if len(held) >= 2 else cycle / 2
    inhale = round(max(MIN_PHASE_S, min(inhale, cycle / 2, MAX_PHASE_S)), 1)
    exhale = round(min(MAX_PHASE_S, max(inhale, cycle - inhale)), 1)
    return Pattern(inhale=inhale, exhale=exhale)


def rounded(pattern: Pattern) -> Pattern:
    """The pattern to 0.1 s, as it is shown and recorded (holds left out)."""
    return Pattern(round(pattern.inhale, 1), round(pattern.exhale, 1))


def led_item(item: str, started: Pattern, reached: Pattern) -> str:
    """What history records for a led session: ``calm from 3-3 to 3.5-4.1``.

    ``item`` is what the session led toward (a preset, or an own pattern's numbers); the
    paces are the breath it started at and the one it had reached (to 0.1 s).
    """
    return f"{item} from {rounded(started).label()} to {rounded(reached).label()}"


_PACE = r"\d+(?:\.\d+)?-\d+(?:\.\d+)?"
_LED_ITEM = re.compile(rf"^(\S+) from ({_PACE}) to ({_PACE})$")


def parse_led_item(text: str) -> tuple[str, Pattern, Pattern] | None:
    """``(item, started, reached)`` of a led session's item; None for any other item."""
    found = _LED_ITEM.match(text)
    if found is None:
        return None
    try:
        paces = [Pattern(*(float(v) for v in found.group(g).split("-"))) for g in (2, 3)]
    except (ValueError, TypeError):
        return None
    return found.group(1), paces[0], paces[1]


def allowed_factor(cycle_s: float, per_min: float = MAX_CHANGE_PER_MIN) -> float:
    """How much a length may grow over one breath of ``cycle_s`` seconds (5 % a minute)."""
    return (1.0 + per_min) ** (cycle_s / 60.0)


class LeadingPacer:
    """Paces from ``start`` toward ``target`` (in- and out-breath), breath by breath.

    Breath ``k`` begins at ``starts[k]`` and keeps one pattern throughout; the next breath's
    pattern is the furthest step along the straight line from ``start`` to ``target`` that
    changes the in-breath, the out-breath and the cycle by no more than ``per_min`` a minute
    of the breath just taken. After it arrives (or after ``hold_at``, "stay at this pace"),
    the pattern stays. Same interface as :class:`~companion.core.breathing.Pacer`.
    """

    def __init__(
        self,
        start: Pattern,
        target: Pattern,
        hold_at: float | None = None,
        per_min: float = MAX_CHANGE_PER_MIN,
    ) -> None:
        self.start = Pattern(start.inhale, start.exhale)
        self.target = Pattern(target.inhale, target.exhale)
        self.hold_at = hold_at
        self.per_min = per_min
        starts: list[float] = []
        patterns: list[Pattern] = []
        t, s = 0.0, 0.0
        pattern = self.start
        while len(patterns) < _MAX_CYCLES:
            starts.append(t)
            patterns.append(pattern)
            if s >= 1.0 or (hold_at is not None and hold_at < t + pattern.cycle_s):
                break
            t += pattern.cycle_s
            s = self._next_step(s, pattern)
            pattern = self._along(s)
        self._keep(starts, patterns)

    def _keep(self, starts: list[float], patterns: list[Pattern]) -> None:
        self.starts = tuple(starts)
        self.patterns = tuple(patterns)
        self._ends = tuple(t0 + p.cycle_s for t0, p in zip(starts, patterns, strict=True))
        self._pacer = Pacer(patterns[0])  # the last breath asked about (the circle asks often)

    @property
    def pattern(self) -> Pattern:
        """The pattern it leads toward."""
        return self.target

    @property
    def arrived_at(self) -> float | None:
        """When the lead reaches the target (None: it was held on the way)."""
        return self.starts[-1] if self.patterns[-1] == self.target else None

    def held(self, at: float) -> LeadingPacer:
        """The same lead up to ``at``; from the breath running then, that breath's pace stays."""
        if self.hold_at is not None and self.hold_at <= at:
            return self
        k = self.breath_at(at)[0]
        if k >= len(self.patterns) - 1:  # arrived already: it stays at the target anyway
            k = len(self.patterns) - 1
        held = object.__new__(LeadingPacer)
        held.start, held.target, held.per_min = self.start, self.target, self.per_min
        held.hold_at = max(0.0, at)
        held._keep(list(self.starts[: k + 1]), list(self.patterns[: k + 1]))
        return held

    # -- the pure function of time -----------------------------------------------------------

    def breath_at(self, elapsed: float) -> tuple[int, float, Pattern]:
        """The breath running at ``elapsed``: its number, when it began, its pattern."""
        elapsed = max(0.0, elapsed)
        last = len(self.starts) - 1
        tail_start = self.starts[last]
        if elapsed < tail_start:
            k = bisect.bisect_right(self.starts, elapsed) - 1
            return k, self.starts[k], self.patterns[k]
        tail = self.patterns[last]
        n = int((elapsed - tail_start) // tail.cycle_s)
        began = tail_start + n * tail.cycle_s
        if elapsed - began >= tail.cycle_s:  # floating-point edge: the next breath
            n, began = n + 1, began + tail.cycle_s
        return last + n, began, tail

    def pattern_at(self, elapsed: float) -> Pattern:
        """The pace of the breath running at ``elapsed``."""
        return self.breath_at(elapsed)[2]

    def state_at(self, elapsed: float) -> PacerState:
        """The pacer state ``elapsed`` seconds after the session started."""
        k, began, pattern = self.breath_at(elapsed)
        if self._pacer.pattern is not pattern:
            self._pacer = Pacer(pattern)
        in_cycle = min(max(0.0, elapsed) - began, pattern.cycle_s)
        return self._pacer.state_in_cycle(k, in_cycle)

    def end_time(self, planned_s: float | None) -> float | None:
        """The end of the first whole out-breath that ends at or after ``planned_s``."""
        if planned_s is None:
            return None
        i = bisect.bisect_left(self._ends, planned_s - 1e-9)
        if i < len(self._ends):
            return self._ends[i]
        tail, tail_end = self.patterns[-1], self._ends[-1]
        return tail_end + math.ceil((planned_s - tail_end) / tail.cycle_s - 1e-9) * tail.cycle_s

    def breaths_in(self, elapsed: float) -> int:
        """Whole breaths (completed out-breaths) within ``elapsed`` seconds."""
        done = bisect.bisect_right(self._ends, elapsed)
        if done < len(self._ends):
            return done
        return done + int((elapsed - self._ends[-1]) // self.patterns[-1].cycle_s)

    # -- the steps ---------------------------------------------------------------------------

    def _along(self, s: float) -> Pattern:
        if s >= 1.0:
            return self.target
        a, b = self.start, self.target
        return Pattern(a.inhale + s * (b.inhale - a.inhale), a.exhale + s * (b.exhale - a.exhale))

    def _next_step(self, s: float, now: Pattern) -> float:
        """The furthest ``s`` the next breath may take (each length within the allowed factor)."""
        grow = allowed_factor(now.cycle_s, self.per_min)
        a, b = self.start, self.target
        step = math.inf
        for value, change in (
            (now.inhale, b.inhale - a.inhale),
            (now.exhale, b.exhale - a.exhale),
            (now.cycle_s, b.cycle_s - a.cycle_s),
        ):
            if change > 0:
                step = min(step, (grow - 1.0) * value / change)
            elif change < 0:
                step = min(step, (1.0 - 1.0 / grow) * value / -change)
        return min(1.0, s + step)
