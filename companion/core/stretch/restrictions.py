"""The care team's restrictions ("no neck", "arms only"): which movements they mark or hide."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from companion.core.stretch.model import BODY_AREAS, Routine, RoutineItem, Stretch


@dataclass(frozen=True)
class Restrictions:
    """The care team's limits: body areas to avoid, and optionally the only areas allowed."""

    avoid: frozenset[str] = frozenset()
    only: frozenset[str] | None = None

    def __post_init__(self) -> None:
        """Reject body areas outside the vocabulary."""
        unknown = (self.avoid | (self.only or frozenset())) - BODY_AREAS
        if unknown:
            raise ValueError(f"unknown body areas: {', '.join(sorted(unknown))}")

    def reasons(self, stretch: Stretch) -> tuple[str, ...]:
        """The stretch's body areas these restrictions rule out (empty when it is allowed)."""
        only = BODY_AREAS if self.only is None else self.only
        return tuple(a for a in stretch.body_areas if a in self.avoid or a not in only)

    def allows(self, stretch: Stretch) -> bool:
        """True when none of the stretch's body areas is ruled out."""
        return not self.reasons(stretch)


RESTRICTION_PRESETS: Mapping[str, Restrictions] = {
    "none": Restrictions(),
    "no-neck": Restrictions(avoid=frozenset({"neck"})),
    "no-back": Restrictions(avoid=frozenset({"back"})),
    "arms-only": Restrictions(only=frozenset({"hands", "wrists", "arms", "shoulders"})),
    "legs-only": Restrictions(only=frozenset({"legs", "ankles"})),
}


@dataclass(frozen=True)
class ItemCheck:
    """A routine item, whether the restrictions allow it, and the body areas that rule it out."""

    item: RoutineItem
    stretch: Stretch
    allowed: bool
    reasons: tuple[str, ...]


def check_routine(
    routine: Routine, stretches: Mapping[str, Stretch], restrictions: Restrictions
) -> tuple[ItemCheck, ...]:
    """Every item of the routine, in order, marked allowed or not (for "mark" mode)."""
    checks = []
    for item in routine.items:
        reasons = restrictions.reasons(stretches[item.stretch_id])
        checks.append(ItemCheck(item, stretches[item.stretch_id], not reasons, reasons))
    return tuple(checks)


def restrict_routine(
    routine: Routine, stretches: Mapping[str, Stretch], restrictions: Restrictions
) -> Routine:
    """The routine without the items the restrictions rule out (for "hide" mode)."""
    kept = tuple(c.item for c in check_routine(routine, stretches, restrictions) if c.allowed)
    return replace(routine, items=kept)
