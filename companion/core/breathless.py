""" "Breathless now": the steps of the routine for an attack of breathlessness, and where a
person is in them (pure: no Qt, no time).

The steps follow the breathlessness services' teaching (CLINICAL.md, "Breathlessness
attacks"): a recovery position, a hand-held fan on the face, breathing *out* longer with the
in-breath left to come by itself, the calming hand, quiet reassurance, then the person's own
plan from their care team. Nothing here is paced by a clock: a step stays until it is moved,
and the plan is one press away from every step (and Back returns to where the person was).
"""

from __future__ import annotations

from dataclasses import dataclass

STEPS: tuple[str, ...] = ("position", "fan", "out-breath", "calming-hand", "reassure", "plan")
PLAN = STEPS.index("plan")
OUT_BREATH = STEPS.index("out-breath")
RECORDED_AS = "episode"  # the item history records for an episode
OUT_BREATH_WORDS = 4  # the out-breath step's changing words: one more after each tone
REPEAT_AFTER_S = 1.5  # a second press sooner than this after a tone began does not stack one


@dataclass(frozen=True)
class Place:
    """Where the person is: the step shown, and the step to go back to from the plan."""

    index: int = 0
    came_from: int | None = None  # the step the plan was opened from (None: reached in turn)

    @property
    def step(self) -> str:
        """The step's key (one of :data:`STEPS`)."""
        return STEPS[self.index]

    @property
    def first(self) -> bool:
        """Whether this is the first step (there is nothing to go back to)."""
        return self.index == 0 and self.came_from is None

    @property
    def last(self) -> bool:
        """Whether this is the last step (the plan)."""
        return self.index == len(STEPS) - 1


def next_place(place: Place) -> Place | None:
    """The step after ``place`` (None after the last: the routine is over)."""
    if place.last:
        return None
    return Place(place.index + 1)


def back_place(place: Place) -> Place:
    """The step before ``place``; from a plan opened out of turn, the step it came from."""
    if place.came_from is not None:
        return Place(place.came_from)
    return Place(max(0, place.index - 1))


def plan_place(place: Place) -> Place:
    """The plan, opened from ``place`` (Back returns there)."""
    if place.index == PLAN:
        return place
    return Place(PLAN, place.index)


@dataclass(frozen=True)
class OutBreath:
    """The out-breath step's soft tone follows the person: it sounds when they ask (a press as
    they begin to breathe out), never at a set time, and the words under it grow a little
    longer and slower each time ("longer… slower…")."""

    tones: int = 0  # tones sounded so far in this step
    last_tone_at: float | None = None  # when the last one began (seconds, any clock)

    def press(self, now: float) -> tuple[OutBreath, bool]:
        """A press at ``now``: the new state and whether a tone should sound.

        A press within :data:`REPEAT_AFTER_S` of the last tone is taken as the same breath (a
        tremor, a double press), so tones never pile up on one another.
        """
        if self.last_tone_at is not None and now - self.last_tone_at < REPEAT_AFTER_S:
            return self, False
        return OutBreath(self.tones + 1, now), True

    @property
    def words(self) -> int:
        """Which of the step's changing words to show: the first until the second tone, then
        each of the others in turn, round again (never a count to keep up with)."""
        if self.tones <= 1:
            return 0
        return 1 + (self.tones - 2) % (OUT_BREATH_WORDS - 1)
