"""Reading a script aloud, segment by segment, on a session clock's elapsed time.

A :class:`Narration` knows which segment of a script is running and when it began. Spoken
sentences take as long as their rendered audio (plus a short gap) when it is known, an
estimate when speech is off, and they *wait* while their audio is still being rendered, so
the voice never falls behind the captions. Pauses and "breathe with me" cues take their
written length. Pure: elapsed seconds are passed in, never read from a clock here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from companion.core.breathing import Pacer, PacerState, Pattern
from companion.core.imagine.scripts import (
    SENTENCE_GAP_S,
    Breathe,
    Script,
    Segment,
    Speech,
    estimate_speech_s,
)

# How long a sentence whose audio is not ready may hold the session before it is shown as a
# timed caption instead: as long as the speech service may still deliver it (its own limit
# is 15 s). Rendering runs faster than speech, but the first natural sentence includes
# starting the worker and loading the voice (2-3 s; over 8 s on a badly overloaded machine).
MAX_WAIT_S = 15.0

NO_AUDIO = -1.0
SpeechLength = Callable[[int], float | None]
"""Seconds of audio for the sentence at an index; None while it is still being made;
:data:`NO_AUDIO` when none will come (no speech engine): it is then shown as a timed caption."""


class EventKind(Enum):
    """What happened on the narration's time line."""

    ENTER = "enter"  # a segment became current: show its caption or cue
    SPEAK = "speak"  # a sentence's audio should start now
    END = "end"  # the script has finished


@dataclass(frozen=True)
class Event:
    """One thing for the page and the sound to act on."""

    kind: EventKind
    index: int


class Narration:
    """Walks a script's segments in order; call :meth:`advance` with the elapsed time.

    Args:
        script: the parsed script.
        pace_wpm: pace for estimating a sentence's length when it has no audio.
        gap_s: quiet after each spoken sentence.
    """

    def __init__(self, script: Script, pace_wpm: int | None = None, gap_s: float = SENTENCE_GAP_S):
        self.script = script
        self.pace_wpm = pace_wpm or script.pace_wpm
        self.gap_s = gap_s
        self.index = -1  # before the first segment
        self.started_at = 0.0  # elapsed time when the current segment started (or began waiting)
        self.length: float | None = None  # current segment's length; None while waiting
        self.known: dict[int, float] = {}  # lengths of segments already timed
        self.finished = False

    @property
    def items(self) -> tuple[Segment, ...]:
        """The script's segments."""
        return self.script.items

    @property
    def current(self) -> Segment | None:
        """The running segment (None before start and after the end)."""
        if 0 <= self.index < len(self.items) and not self.finished:
            return self.items[self.index]
        return None

    @property
    def waiting(self) -> bool:
        """A sentence is shown but its audio is not ready yet."""
        return self.current is not None and self.length is None

    def estimate(self, index: int) -> float:
        """Length of a segment: as timed if known, else its written or estimated length."""
        if index in self.known:
            return self.known[index]
        segment = self.items[index]
        if isinstance(segment, Speech):
            return estimate_speech_s(segment.text, self.pace_wpm) - SENTENCE_GAP_S + self.gap_s
        return segment.seconds

    def total(self) -> float:
        """Expected length of the whole script in seconds."""
        return sum(self.estimate(i) for i in range(len(self.items)))

    def position(self, elapsed: float) -> float:
        """How far into the script (in script seconds) the narration is."""
        if self.finished:
            return self.total()
        before = sum(self.estimate(i) for i in range(max(0, self.index)))
        if self.index < 0 or self.length is None:
            return before
        return before + min(self.length, max(0.0, elapsed - self.started_at))

    def advance(self, elapsed: float, speech_length: SpeechLength) -> list[Event]:
        """Move on to whatever should be running at ``elapsed``; return what happened."""
        events: list[Event] = []
        if self.finished:
            return events
        if self.index < 0:
            self._enter(0, elapsed, elapsed, speech_length, events)
        guard = len(self.items) + 2
        while not self.finished and guard > 0:
            guard -= 1
            if self.length is None and not self._try_start(elapsed, speech_length, events):
                break
            assert self.length is not None
            end = self.started_at + self.length
            if elapsed < end:
                break
            if self.index + 1 >= len(self.items):
                self.finished = True
                events.append(Event(EventKind.END, self.index))
                break
            self._enter(self.index + 1, end, elapsed, speech_length, events)
        return events

    def restart_line(self, elapsed: float, speech_length: SpeechLength) -> list[Event]:
        """Start the current sentence again (or, in a pause, the sentence before it)."""
        if self.finished or self.index < 0:
            return []
        index = self.index
        while index > 0 and not isinstance(self.items[index], Speech):
            index -= 1
        events: list[Event] = []
        self._enter(index, elapsed, elapsed, speech_length, events)
        return events

    def next_change_in(self, elapsed: float) -> float | None:
        """Seconds until the current segment ends (None while waiting or when finished)."""
        if self.finished or self.length is None or self.index < 0:
            return None
        return max(0.0, self.started_at + self.length - elapsed)

    def breath_state(self, elapsed: float) -> tuple[PacerState, int] | None:
        """During a "breathe with me" cue: the pacer state and the breath number (1-based)."""
        segment = self.current
        if not isinstance(segment, Breathe) or self.length is None:
            return None
        pacer = Pacer(Pattern(segment.inhale_s, segment.exhale_s))
        t = min(max(0.0, elapsed - self.started_at), self.length - 1e-6)
        state = pacer.state_at(t)
        return state, min(segment.breaths, state.cycle + 1)

    def _enter(
        self, index: int, at: float, now: float, speech_length: SpeechLength, events: list[Event]
    ) -> None:
        """Make segment ``index`` current from ``at`` (a boundary, maybe just past) at ``now``."""
        self.index = index
        self.started_at = at
        self.length = None
        events.append(Event(EventKind.ENTER, index))
        self._try_start(now, speech_length, events)

    def _try_start(self, elapsed: float, speech_length: SpeechLength, events: list[Event]) -> bool:
        """Give the current segment its length if it can have one now; True if it has one."""
        segment = self.items[self.index]
        if not isinstance(segment, Speech):
            self.length = segment.seconds
        else:
            seconds = speech_length(self.index)
            if seconds is None and elapsed - self.started_at < MAX_WAIT_S:
                return False
            if seconds is None or seconds < 0:  # no audio (or it never came): timed caption
                self.length = self.estimate(self.index)
            else:
                self.length = seconds + self.gap_s
                # The voice starts when its audio is ready, not when the caption appeared.
                self.started_at = max(self.started_at, elapsed)
                events.append(Event(EventKind.SPEAK, self.index))
        self.known[self.index] = self.length
        return True
