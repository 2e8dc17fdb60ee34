"""The sleep timer: when the music should start fading out so it reaches silence on time.

Pure logic on monotonic seconds. The timer runs on real time (not listening time), as a
bedside sleep timer is expected to: 30 minutes means 30 minutes from now, paused or not.
"""

from __future__ import annotations

from dataclasses import dataclass

SLEEP_FADE_S = 30.0
SLEEP_MINUTES = (15, 30, 60)  # the sleep timer's choices, besides Off and end of track


@dataclass(frozen=True)
class SleepTimer:
    """Either a deadline (``ends_at``) or "at the end of this track" (``end_of_track``)."""

    ends_at: float | None = None
    end_of_track: bool = False
    fade_s: float = SLEEP_FADE_S
    minutes: float | None = None  # what was chosen, for showing the choice again

    @classmethod
    def after_minutes(cls, minutes: float, now: float, fade_s: float = SLEEP_FADE_S) -> SleepTimer:
        """Silence ``minutes`` from ``now``; the fade fits inside that time."""
        if minutes <= 0:
            raise ValueError("a sleep timer needs a positive number of minutes")
        return cls(
            ends_at=now + minutes * 60.0, fade_s=min(fade_s, minutes * 60.0), minutes=minutes
        )

    @classmethod
    def at_end_of_track(cls, fade_s: float = SLEEP_FADE_S) -> SleepTimer:
        """Silence when the playing track ends."""
        return cls(end_of_track=True, fade_s=fade_s)

    def deadline(self, track_left_s: float | None, now: float) -> float | None:
        """When silence is due, or None if it cannot be known yet.

        For "end of track" that is when the track ends; its length may be unknown (no
        tags), and then the player simply stops after the track.
        """
        if self.ends_at is not None:
            return self.ends_at
        if track_left_s is None:
            return None
        return now + max(0.0, track_left_s)

    def fade_due(self, track_left_s: float | None, now: float) -> float | None:
        """The fade length to start now, or None if it is not yet time.

        Once due, the fade lasts until the deadline (shorter than ``fade_s`` if the timer
        was set with less time left).
        """
        deadline = self.deadline(track_left_s, now)
        if deadline is None or now < deadline - self.fade_s:
            return None
        return max(0.0, deadline - now)

    def remaining(self, now: float) -> float | None:
        """Seconds until silence for a minutes timer (None for end of track)."""
        return None if self.ends_at is None else max(0.0, self.ends_at - now)
