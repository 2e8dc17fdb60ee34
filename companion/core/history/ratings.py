"""What can be rated, in ESAS-r's own words, and how ratings change around a session.

The ESAS-r items and their anchor words are used unchanged (Alberta Health Services asks that
ESAS-r not be modified). Sleep and mood are extra questions of our own: they are kept in a
separate block and never shown as part of ESAS-r. See CLINICAL.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from companion.core.sessions import Rating

ESAS_CREDIT = (
    "Questions from the revised Edmonton Symptom Assessment System (ESAS-r), "
    "Alberta Health Services; used unchanged."
)
ESAS_PROMPT = "Please choose the number that best describes how you feel NOW"
# Hui 2015: the smallest change that may matter, measured over about three weeks.
MEANINGFUL_CHANGE = 1
MEANINGFUL_NOTE = (
    "A change of 1 point or more is the smallest that may matter to a person (Hui 2015). "
    "It is possibly meaningful, not proof that a session helped."
)
MAX_QUICK_ITEMS = 3
DEFAULT_QUICK_ITEMS: tuple[str, ...] = ("anxiety", "shortness_of_breath")


@dataclass(frozen=True)
class RatingItem:
    """One 0–10 question: its key, its name, and the words at each end of the scale."""

    key: str
    name: str
    low: str  # the words at 0
    high: str  # the words at 10
    esas: bool = True
    higher_better: bool = False  # 10 is the best end (our sleep and mood questions)


# The nine ESAS-r items, in the form's order, with its explanations in brackets.
ESAS_ITEMS: tuple[RatingItem, ...] = (
    RatingItem("pain", "Pain", "No Pain", "Worst Possible Pain"),
    RatingItem(
        "tiredness",
        "Tiredness (Tiredness = lack of energy)",
        "No Tiredness",
        "Worst Possible Tiredness",
    ),
    RatingItem(
        "drowsiness",
        "Drowsiness (Drowsiness = feeling sleepy)",
        "No Drowsiness",
        "Worst Possible Drowsiness",
    ),
    RatingItem("nausea", "Nausea", "No Nausea", "Worst Possible Nausea"),
    RatingItem(
        "lack_of_appetite",
        "Lack of Appetite",
        "No Lack of Appetite",
        "Worst Possible Lack of Appetite",
    ),
    RatingItem(
        "shortness_of_breath",
        "Shortness of Breath",
        "No Shortness of Breath",
        "Worst Possible Shortness of Breath",
    ),
    RatingItem(
        "depression",
        "Depression (Depression = feeling sad)",
        "No Depression",
        "Worst Possible Depression",
    ),
    RatingItem(
        "anxiety",
        "Anxiety (Anxiety = feeling nervous)",
        "No Anxiety",
        "Worst Possible Anxiety",
    ),
    RatingItem(
        "wellbeing",
        "Wellbeing (Wellbeing = how you feel overall)",
        "Best Wellbeing",
        "Worst Possible Wellbeing",
    ),
)
# Our own extra questions: a separate block, 0 = worst so the words stay plain.
EXTRA_ITEMS: tuple[RatingItem, ...] = (
    RatingItem("sleep", "Sleep last night", "Very poor", "Very good", False, True),
    RatingItem("mood", "Mood today", "Very low", "Very good", False, True),
)
# How breathless an episode of breathlessness was, as it began and afterwards ("Breathless
# now"): our own question, not ESAS-r's (whose "NOW" item must not be reworded into a memory).
EPISODE_ITEM = RatingItem(
    "breathlessness", "Breathlessness", "Not breathless", "The worst I can imagine", esas=False
)
ITEMS: dict[str, RatingItem] = {
    item.key: item for item in (*ESAS_ITEMS, *EXTRA_ITEMS, EPISODE_ITEM)
}


def short_name(key: str) -> str:
    """The item's name without ESAS-r's explanation: ``Anxiety`` for ``anxiety``."""
    item = ITEMS.get(key)
    if item is None:
        return key.replace("_", " ").capitalize()
    return item.name.split(" (")[0]


def higher_is_better(key: str) -> bool:
    """True for the extra items (sleep, mood); ESAS-r items and breathlessness are 0 = best."""
    item = ITEMS.get(key)
    return item is not None and item.higher_better


@dataclass(frozen=True)
class RatingChange:
    """Before → after of one item in one session."""

    session_id: int
    day: date
    item: str
    before: int
    after: int

    @property
    def change(self) -> int:
        """After minus before (for ESAS-r items, negative means it eased)."""
        return self.after - self.before

    @property
    def possibly_meaningful(self) -> bool:
        """A change of at least :data:`MEANINGFUL_CHANGE` points, either way."""
        return abs(self.change) >= MEANINGFUL_CHANGE


def changes(session_id: int, day: date, ratings: Iterable[Rating]) -> list[RatingChange]:
    """The items rated both before and after one session (the last answer of each counts)."""
    before: dict[str, int] = {}
    after: dict[str, int] = {}
    for r in ratings:
        (before if r.when == "before" else after)[r.item] = r.value
    return [
        RatingChange(session_id, day, item, before[item], after[item])
        for item in sorted(before.keys() & after.keys())
    ]
