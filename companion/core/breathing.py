"""Breathing patterns and the pacer: the breathing phase as a pure function of elapsed time.

Nothing here counts ticks. Whoever draws or sounds the pacer asks ``pacer.state_at(elapsed)``
with the session clock's elapsed time, so the rhythm cannot drift however long a session runs.
"""

from __future__ import annotations

import enum
import math
import re
from dataclasses import dataclass

from companion.core.problems import ProblemError

MIN_PHASE_S = 1.0
MAX_PHASE_S = 15.0
MAX_HOLD_S = 10.0
MIN_SESSION_S = 60.0
DEFAULT_SESSION_S = 180.0


class Phase(enum.Enum):
    """One part of a breath cycle."""

    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"


class PatternError(ProblemError):
    """A breathing pattern that is unsafe or malformed; the message says why."""


@dataclass(frozen=True)
class Pattern:
    """Seconds for each phase of one breath; holds are zero unless a user asks for them."""

    inhale: float
    exhale: float
    hold_in: float = 0.0
    hold_out: float = 0.0

    def __post_init__(self) -> None:
        for name in ("inhale", "exhale"):
            value = getattr(self, name)
            if not (MIN_PHASE_S <= value <= MAX_PHASE_S) or not math.isfinite(value):
                raise PatternError(
                    f"The {name} must last between {MIN_PHASE_S:g} and {MAX_PHASE_S:g} seconds.",
                    f"pattern.{name}-range", f"{MIN_PHASE_S:g}", f"{MAX_PHASE_S:g}",
                )  # fmt: skip
        for name in ("hold_in", "hold_out"):
            value = getattr(self, name)
            if not (0.0 <= value <= MAX_HOLD_S) or not math.isfinite(value):
                raise PatternError(
                    f"A hold must last between 0 and {MAX_HOLD_S:g} seconds.",
                    "pattern.hold-range", f"{MAX_HOLD_S:g}",
                )  # fmt: skip
        if self.exhale < self.inhale:
            raise PatternError(
                "The out-breath must be at least as long as the in-breath.", "pattern.out-shorter"
            )

    @property
    def cycle_s(self) -> float:
        """Length of one whole breath."""
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def breaths_per_minute(self) -> float:
        """Breathing rate this pattern paces."""
        return 60.0 / self.cycle_s

    @property
    def has_holds(self) -> bool:
        """True when the pattern holds the breath at all."""
        return self.hold_in > 0 or self.hold_out > 0

    def phases(self) -> tuple[tuple[Phase, float], ...]:
        """The non-empty phases of one cycle, in order, with their lengths."""
        parts = (
            (Phase.INHALE, self.inhale),
            (Phase.HOLD_IN, self.hold_in),
            (Phase.EXHALE, self.exhale),
            (Phase.HOLD_OUT, self.hold_out),
        )
        return tuple(p for p in parts if p[1] > 0)

    def label(self) -> str:
        """Compact notation: ``4-6`` without holds, ``4-2-6-0`` with them."""
        if not self.has_holds:
            return f"{_num(self.inhale)}-{_num(self.exhale)}"
        return "-".join(_num(v) for v in (self.inhale, self.hold_in, self.exhale, self.hold_out))


def _num(value: float) -> str:
    return f"{value:g}"


_PATTERN_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?)){1,3}\s*$")


def parse_pattern(text: str) -> Pattern:
    """Read ``in-out`` or ``in-hold-out-hold`` seconds, e.g. ``4-6`` or ``4-0-6-0``."""
    if not _PATTERN_RE.match(text):
        raise PatternError(
            f"“{text}” is not a pattern; write in-out seconds like 4-6 or 4-0-6-0.",
            "pattern.unreadable", text,
        )  # fmt: skip
    values = [float(part) for part in text.split("-")]
    if len(values) == 2:
        return Pattern(inhale=values[0], exhale=values[1])
    if len(values) == 4:
        return Pattern(inhale=values[0], hold_in=values[1], exhale=values[2], hold_out=values[3])
    raise PatternError(
        f"“{text}” needs two numbers (4-6) or four (4-0-6-0).", "pattern.count", text
    )


@dataclass(frozen=True)
class Preset:
    """A named pattern offered to users."""

    id: str
    pattern: Pattern
    gentle: bool = False


PRESETS: dict[str, Preset] = {
    # 6 breaths a minute, the median resonance rate; the default for everyone.
    "calm": Preset("calm", Pattern(inhale=4, exhale=6)),
    # Shorter cycles for people who are breathless: gentle, not deep.
    "gentle": Preset("gentle", Pattern(inhale=3, exhale=4), gentle=True),
    "very-gentle": Preset("very-gentle", Pattern(inhale=2, exhale=3), gentle=True),
}
DEFAULT_PRESET = "calm"


@dataclass(frozen=True)
class PacerState:
    """Where the pacer is at one moment.

    ``fullness`` runs from 0 (lungs empty) to 1 (lungs full) along an eased curve, so the
    circle and any breath-synced sound move smoothly and never jump at a phase change.
    """

    phase: Phase
    cycle: int
    phase_elapsed: float
    phase_length: float
    fullness: float

    @property
    def progress(self) -> float:
        """Fraction of the current phase that has passed, 0..1."""
        return self.phase_elapsed / self.phase_length

    @property
    def remaining(self) -> float:
        """Seconds left in the current phase."""
        return self.phase_length - self.phase_elapsed


def ease(progress: float) -> float:
    """Slow-in, slow-out curve from 0 to 1 (half a cosine)."""
    p = min(1.0, max(0.0, progress))
    return 0.5 - 0.5 * math.cos(math.pi * p)


class Pacer:
    """Maps elapsed seconds to the breathing phase for one pattern."""

    def __init__(self, pattern: Pattern) -> None:
        self.pattern = pattern
        self._phases = pattern.phases()
        starts = []
        t = 0.0
        for _phase, length in self._phases:
            starts.append(t)
            t += length
        self._starts = tuple(starts)

    def state_at(self, elapsed: float) -> PacerState:
        """The pacer state ``elapsed`` seconds after the session started."""
        elapsed = max(0.0, elapsed)
        cycle_s = self.pattern.cycle_s
        cycle = int(elapsed // cycle_s)
        # Reduce in one step from the cycle start: no accumulated rounding over long sessions.
        in_cycle = elapsed - cycle * cycle_s
        if in_cycle >= cycle_s:  # floating-point edge: belongs to the next cycle
            cycle += 1
            in_cycle = 0.0
        return self.state_in_cycle(cycle, in_cycle)

    def state_in_cycle(self, cycle: int, in_cycle: float) -> PacerState:
        """The state ``in_cycle`` seconds into breath number ``cycle`` (0-based)."""
        index = len(self._phases) - 1
        for i, start in enumerate(self._starts):
            if in_cycle < start:
                index = i - 1
                break
        phase, length = self._phases[index]
        phase_elapsed = min(in_cycle - self._starts[index], length)
        return PacerState(
            phase, cycle, phase_elapsed, length, _fullness(phase, phase_elapsed / length)
        )

    def boundaries(self, until: float) -> list[tuple[float, Phase]]:
        """Every phase start from 0 up to ``until`` seconds, exactly computed."""
        result: list[tuple[float, Phase]] = []
        cycle = 0
        while True:
            base = cycle * self.pattern.cycle_s
            for start, (phase, _length) in zip(self._starts, self._phases, strict=True):
                t = base + start
                if t > until:
                    return result
                result.append((t, phase))
            cycle += 1

    def end_time(self, planned_s: float | None) -> float | None:
        """When a session of ``planned_s`` should end: on the first complete out-breath after it.

        Ending mid-breath feels abrupt; so the session runs on to the end of the out-breath
        that finishes at or after the planned time. ``None`` means open-ended.
        """
        if planned_s is None:
            return None
        cycle_s = self.pattern.cycle_s
        exhale_end = self.pattern.inhale + self.pattern.hold_in + self.pattern.exhale
        cycles = max(0, math.ceil((planned_s - exhale_end) / cycle_s - 1e-9))
        return cycles * cycle_s + exhale_end

    def breaths_in(self, elapsed: float) -> int:
        """Whole breaths (completed out-breaths) within ``elapsed`` seconds."""
        exhale_end = self.pattern.inhale + self.pattern.hold_in + self.pattern.exhale
        if elapsed < exhale_end:
            return 0
        return int((elapsed - exhale_end) // self.pattern.cycle_s) + 1


def _fullness(phase: Phase, progress: float) -> float:
    if phase is Phase.INHALE:
        return ease(progress)
    if phase is Phase.EXHALE:
        return 1.0 - ease(progress)
    return 1.0 if phase is Phase.HOLD_IN else 0.0


def session_seconds(minutes: float | None) -> float | None:
    """Planned session length in seconds; ``None`` (open-ended) stays ``None``."""
    if minutes is None:
        return None
    if not math.isfinite(minutes) or minutes <= 0:
        raise ValueError("A session needs a positive number of minutes.")
    return minutes * 60.0
