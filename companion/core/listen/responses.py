""" "How did that land?": one press after a track, kept with the listening session.

Music therapists watch how each piece lands. After a track has been heard for a while (it
ended, or the music was stopped), the player may ask once; the answer is optional. A track
marked *unsettled* is flagged for the family in the playlist; one marked twice is skipped
unless they choose to hear it again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

MIN_HEARD_S = 20.0  # a track heard for less than this is not asked about
QUESTION_KEEPS_S = 30 * 60.0  # an unanswered question is put away after this long
SKIP_AFTER_UNSETTLED = 2  # marked unsettled this many times: skipped by default


class Answer(str, enum.Enum):
    """The three answers (stored by value)."""

    CALMER = "calmer"
    SAME = "same"  # no change
    UNSETTLED = "unsettled"


@dataclass(frozen=True)
class Question:
    """What the player asks about: a track of a listening session, when it was heard."""

    session_id: int
    path: str
    title: str
    asked_at: float  # monotonic seconds

    def stale(self, now: float) -> bool:
        """Whether it has waited too long to be worth asking."""
        return now - self.asked_at > QUESTION_KEEPS_S


@dataclass(frozen=True)
class TrackResponse:
    """One answer, as History shows it."""

    title: str
    answer: Answer


def worth_asking(heard_s: float) -> bool:
    """Whether a track heard for ``heard_s`` seconds is worth a question."""
    return heard_s >= MIN_HEARD_S


def is_skipped(unsettled_marks: int, play_unsettled: bool) -> bool:
    """Whether a track marked unsettled ``unsettled_marks`` times is left out."""
    return not play_unsettled and unsettled_marks >= SKIP_AFTER_UNSETTLED
