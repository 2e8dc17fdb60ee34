"""Gentle movements, routines and the caregiver hand-massage guide: the data model.

The library is data in ``assets/stretches/`` (schema: ``assets/stretches/README.md``), checked by
:mod:`companion.core.stretch.schema` and read by :mod:`companion.services.stretch.library`.
Restrictions live in :mod:`companion.core.stretch.restrictions`, breath timing in
:mod:`companion.core.stretch.timing`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

BODY_AREAS = frozenset(("hands", "wrists", "arms", "shoulders", "neck", "back", "legs", "ankles"))
POSITIONS = ("seated", "in-bed", "both")
REQUIRED_PRECAUTIONS = (
    "low-platelets",
    "fragile-bones",
    "swelling",
    "blood-clot",
    "broken-skin",
    "surgery-or-radiation",
    "iv-lines",
)
ROUTINES_FILE = "routines.json"
MASSAGE_FILE = "massage.json"

Position = Literal["seated", "in-bed", "both"]
# How the massage changes for a precaution answered "yes" or "not sure" (CLINICAL.md):
# resting: a still, resting touch only; featherlight: no pressure, no joint moved; one-hand:
# that arm is left alone; keep-clear: skip the area; ask-first: do not start, ask the team.
Adapt = Literal["resting", "featherlight", "one-hand", "keep-clear", "ask-first"]
ADAPTS = ("resting", "featherlight", "one-hand", "keep-clear", "ask-first")
Touch = Literal["gentle", "featherlight", "resting"]
TOUCHES: tuple[Touch, ...] = ("gentle", "featherlight", "resting")  # lightest last


class StretchDataError(ValueError):
    """Malformed stretch data; ``source`` is the file and ``field`` the path inside it."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Tempo:
    """How a repetition follows the breath, with the cue for each part."""

    breaths_per_repetition: int
    move_cue: str
    return_cue: str
    stay_cue: str | None = None


@dataclass(frozen=True)
class Stretch:
    """One seated or in-bed movement."""

    id: str
    title: str
    summary: str
    body_areas: tuple[str, ...]
    position: Position
    steps: tuple[str, ...]
    repetitions: int
    tempo: Tempo
    easier: str
    cautions: tuple[str, ...]
    illustration: str
    language: str = "en"


@dataclass(frozen=True)
class RoutineItem:
    """A stretch in a routine and how many times to repeat it."""

    stretch_id: str
    repetitions: int


@dataclass(frozen=True)
class Routine:
    """An ordered set of stretches with a short rest (in breaths) between them."""

    id: str
    title: str
    summary: str
    position: Position
    items: tuple[RoutineItem, ...]
    rest_breaths: int = 1
    language: str = "en"


@dataclass(frozen=True)
class Precaution:
    """A yes/no question to ask before a massage, and what to avoid on a "yes"."""

    id: str
    question: str
    if_yes: str
    adapt: Adapt = "keep-clear"
    during: str | None = None  # said on every step while this concern applies


@dataclass(frozen=True)
class StepVariant:
    """A step as it is given with a lighter touch (title and duration kept when None)."""

    instructions: tuple[str, ...]
    illustration: str
    title: str | None = None
    duration_s: int | None = None


@dataclass(frozen=True)
class MassageStep:
    """One timed step of the massage guide.

    ``hand`` is 1 or 2 for a step on the first or second hand (0: both, or neither);
    ``variants`` gives the step for a lighter touch, or None where that touch leaves it out.
    """

    title: str
    instructions: tuple[str, ...]
    duration_s: int
    illustration: str
    optional: bool = False
    hand: int = 0
    variants: tuple[tuple[Touch, StepVariant | None], ...] = ()

    def with_touch(self, touch: Touch) -> MassageStep | None:
        """This step for ``touch`` (None: that touch leaves it out)."""
        variants = dict(self.variants)
        if touch == "gentle" or touch not in variants:
            return self
        variant = variants[touch]
        if variant is None:
            return None
        return replace(
            self,
            title=variant.title or self.title,
            instructions=variant.instructions,
            illustration=variant.illustration,
            duration_s=variant.duration_s or self.duration_s,
            variants=(),
        )


@dataclass(frozen=True)
class MassageGuide:
    """The caregiver's guided hand massage with its precautions check."""

    id: str
    title: str
    summary: str
    tips: tuple[str, ...]
    precautions: tuple[Precaution, ...]
    steps: tuple[MassageStep, ...]
    language: str = "en"

    @property
    def total_s(self) -> int:
        """Length of all steps, optional ones included, in seconds."""
        return sum(step.duration_s for step in self.steps)


@dataclass(frozen=True)
class StretchLibrary:
    """Every bundled stretch, routine and the massage guide."""

    stretches: tuple[Stretch, ...]
    routines: tuple[Routine, ...]
    massage: MassageGuide

    @property
    def by_id(self) -> dict[str, Stretch]:
        """The stretches keyed by id."""
        return {stretch.id: stretch for stretch in self.stretches}

    def catalogue(self) -> list[tuple[str, str]]:
        """(id, title) of every routine, then every single stretch: what ``--list`` prints."""
        return [(r.id, r.title) for r in self.routines] + [(s.id, s.title) for s in self.stretches]

    def routine(self, item_id: str) -> Routine:
        """A routine by id, or a one-stretch routine for a stretch id; KeyError if neither."""
        for routine in self.routines:
            if routine.id == item_id:
                return routine
        return single_stretch_routine(self.by_id[item_id])


def single_stretch_routine(stretch: Stretch) -> Routine:
    """A routine of just one stretch, so a single movement is guided like a routine."""
    item = RoutineItem(stretch.id, stretch.repetitions)
    return Routine(
        stretch.id, stretch.title, stretch.summary, stretch.position, (item,), 0, stretch.language
    )
