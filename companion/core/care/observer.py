"""Ratings by an observer, for a patient who cannot answer: PAINAD and a carer's estimate of
breathlessness. "Could not rate" is an answer and is kept.

They are always labelled observer-rated, with who rated, and kept apart from the patient's
own ESAS-r answers: nothing here is ever averaged with self-report (CLINICAL.md, "Ratings by
an observer").

PAINAD's item names and descriptors are used as published (Warden, Hurley & Volicer 2003).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from companion.core.sessions import Who

PAINAD_TITLE = "Pain Assessment in Advanced Dementia (PAINAD)"
PAINAD_CREDIT = (
    "PAINAD: Warden V, Hurley AC, Volicer L. Development and psychometric evaluation of the "
    "Pain Assessment in Advanced Dementia (PAINAD) scale. J Am Med Dir Assoc. 2003;4(1):9-15. "
    "Item wording as published."
)
PAINAD_HOW = "Watch the person for about five minutes, then score what you saw."
OBSERVERS = (Who.FAMILY, Who.CAREGIVER)  # who may rate for the patient
MOMENTS = ("before", "after", "alone")  # around a session, or on its own
MAX_NAME = 60


@dataclass(frozen=True)
class ObserverItem:
    """One observed item: its key, its name, and the words for each score (PAINAD) or for the
    two ends of the scale (the carer's 0–10 estimate)."""

    key: str
    name: str
    maximum: int
    levels: tuple[str, ...] = ()  # the words for 0, 1, 2 (PAINAD)
    low: str = ""
    high: str = ""


PAINAD_ITEMS: tuple[ObserverItem, ...] = (
    ObserverItem(
        "painad_breathing",
        "Breathing independent of vocalization",
        2,
        (
            "Normal",
            "Occasional labored breathing. Short period of hyperventilation.",
            "Noisy labored breathing. Long period of hyperventilation. Cheyne-Stokes respirations.",
        ),
    ),
    ObserverItem(
        "painad_vocalization",
        "Negative vocalization",
        2,
        (
            "None",
            "Occasional moan or groan. Low-level speech with a negative or disapproving quality.",
            "Repeated troubled calling out. Loud moaning or groaning. Crying.",
        ),
    ),
    ObserverItem(
        "painad_face",
        "Facial expression",
        2,
        ("Smiling or inexpressive", "Sad. Frightened. Frown.", "Facial grimacing."),
    ),
    ObserverItem(
        "painad_body",
        "Body language",
        2,
        (
            "Relaxed",
            "Tense. Distressed pacing. Fidgeting.",
            "Rigid. Fists clenched. Knees pulled up. Pulling or pushing away. Striking out.",
        ),
    ),
    ObserverItem(
        "painad_consolability",
        "Consolability",
        2,
        (
            "No need to console",
            "Distracted or reassured by voice or touch.",
            "Unable to console, distract, or reassure.",
        ),
    ),
)
# Our own question, labelled as the carer's estimate wherever it is shown.
BREATHLESSNESS = ObserverItem(
    "carer_breathlessness",
    "Breathlessness, as the carer sees it (carer's estimate)",
    10,
    low="Not breathless at all",
    high="As breathless as they could be",
)
OBSERVER_ITEMS: dict[str, ObserverItem] = {i.key: i for i in (*PAINAD_ITEMS, BREATHLESSNESS)}
PAINAD_KEYS = tuple(i.key for i in PAINAD_ITEMS)
PAINAD_MAX = sum(i.maximum for i in PAINAD_ITEMS)


@dataclass(frozen=True)
class ObserverRating:
    """One set of observed answers, by one observer, at one moment.

    ``answers`` maps an item's key to its score, or to None for "could not rate"; an item
    not in it was not asked. ``session_id`` is the session it was given around (None on its
    own, moment ``alone``), ``activity`` that session's activity when it was read back.
    """

    taken_at: datetime
    observer: Who
    answers: Mapping[str, int | None] = field(default_factory=dict)
    moment: str = "alone"
    session_id: int | None = None
    name: str = ""
    id: int | None = None
    activity: str = ""

    def __post_init__(self) -> None:
        if self.observer not in OBSERVERS:
            raise ValueError(f"an observer is family or a professional, not {self.observer}")
        if self.moment not in MOMENTS:
            raise ValueError(f"unknown moment {self.moment!r}")
        if (self.moment == "alone") != (self.session_id is None):
            raise ValueError("a rating on its own has no session; one around a session has")
        if self.taken_at.tzinfo is None:
            raise ValueError("taken_at must carry a time zone offset")
        for key, value in self.answers.items():
            item = OBSERVER_ITEMS.get(key)
            if item is None:
                raise ValueError(f"unknown observer item {key!r}")
            if value is not None and not 0 <= value <= item.maximum:
                raise ValueError(f"{key} must be 0–{item.maximum}, not {value}")

    @property
    def painad_total(self) -> int | None:
        """PAINAD's total (0–10), only when all five items were scored."""
        values = [self.answers.get(k) for k in PAINAD_KEYS]
        if any(v is None for v in values):
            return None
        return sum(v for v in values if v is not None)

    @property
    def has_painad(self) -> bool:
        """Whether any PAINAD item was answered (scored or "could not rate")."""
        return any(k in self.answers for k in PAINAD_KEYS)

    @property
    def empty(self) -> bool:
        """Nothing was answered (not even "could not rate")."""
        return not self.answers


def clean_name(text: str) -> str:
    """An observer's name as it is kept: one line, at most :data:`MAX_NAME` characters."""
    return " ".join(text.split())[:MAX_NAME]
