"""Tracks, playlists and the play order (shuffle, repeat, skipping missing files).

Pure Python: no Qt, no audio, no file access. Whether a track's file is there is asked of a
callable handed in by the caller, so a removed USB stick is just "unavailable" here.
"""

from __future__ import annotations

import enum
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from companion.core.problems import ProblemError

NAME_MAX = 80
_SEPARATORS = re.compile(r"[\\/]")
_DIGITS = re.compile(r"(\d+)")


class PlaylistError(ProblemError):
    """A playlist change that cannot be made; the message is for the user."""


@dataclass(frozen=True)
class Track:
    """One audio file in a playlist, with what its tags (or an M3U line) say about it."""

    path: str
    title: str | None = None
    artist: str | None = None
    duration_s: float | None = None

    @property
    def file_name(self) -> str:
        """The last part of the path, whichever separator it uses."""
        return _SEPARATORS.split(self.path)[-1]

    @property
    def display_title(self) -> str:
        """The title, or the file name without its extension when there is no title."""
        if self.title and not self.title.isspace():
            return self.title
        name = self.file_name
        stem, dot, _ = name.rpartition(".")
        return stem if dot and stem else name


def natural_key(text: str) -> tuple[str | int, ...]:
    """Sort key that puts "track 2" before "track 10", ignoring case."""
    parts = _DIGITS.split(text.casefold())
    # Even positions are text, odd ones numbers, so keys always compare like with like.
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def validate_name(name: str) -> str:
    """Return ``name`` without surrounding spaces, or raise PlaylistError if it is unusable."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise PlaylistError("A playlist needs a name.", "playlist.no-name")
    if len(cleaned) > NAME_MAX:
        raise PlaylistError(
            f"A playlist name can be at most {NAME_MAX} characters long.",
            "playlist.name-too-long", NAME_MAX,
        )  # fmt: skip
    return cleaned


@dataclass
class Playlist:
    """A named, ordered list of tracks; the operations change it in place.

    A bundled playlist (shipped with the app) is read-only: :meth:`copy` it to edit.
    """

    name: str
    tracks: list[Track] = field(default_factory=list)
    id: int | None = None
    bundled: bool = False

    def __post_init__(self) -> None:
        self.name = validate_name(self.name)
        self.tracks = list(self.tracks)

    @property
    def duration_s(self) -> float:
        """Total length of the tracks whose length is known."""
        return sum(t.duration_s for t in self.tracks if t.duration_s is not None)

    def add(self, tracks: Iterable[Track], at: int | None = None) -> None:
        """Insert ``tracks`` at index ``at`` (default: the end)."""
        self._editable()
        new = list(tracks)
        where = len(self.tracks) if at is None else max(0, min(at, len(self.tracks)))
        self.tracks[where:where] = new

    def remove(self, index: int) -> Track:
        """Remove and return the track at ``index``."""
        self._editable()
        self._check(index)
        return self.tracks.pop(index)

    def move(self, src: int, dst: int) -> None:
        """Move the track at ``src`` so that it ends up at index ``dst``."""
        self._editable()
        self._check(src)
        self._check(dst)
        self.tracks.insert(dst, self.tracks.pop(src))

    def replace(self, index: int, track: Track) -> None:
        """Put ``track`` in place of the one at ``index`` (relinking a moved file)."""
        self._editable()
        self._check(index)
        self.tracks[index] = track

    def rename(self, name: str) -> None:
        """Give the playlist a new (validated) name."""
        self._editable()
        self.name = validate_name(name)

    def copy(self, name: str) -> Playlist:
        """An editable, unsaved copy under a new name."""
        return Playlist(name, list(self.tracks))

    def _editable(self) -> None:
        if self.bundled:
            raise PlaylistError(
                "This playlist comes with Companion and cannot be changed. Make a copy to edit it.",
                "playlist.bundled",
            )

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.tracks):
            raise IndexError(f"no track at position {index}")


class Repeat(enum.Enum):
    """What happens at the end of a track or of the playlist."""

    NONE = "none"
    ONE = "one"
    ALL = "all"


def _always(_track: Track) -> bool:
    return True


class PlayOrder:
    """Which track plays now and which comes next.

    Shuffle plays every track once (in a seeded random order) before any repeats, and
    :meth:`previous` walks back through what was actually played. Without shuffle the
    tracks play in the playlist's order, or in a ``sequence`` set with :meth:`set_sequence`
    (the calm-ward order). Tracks for which ``is_available`` is false are skipped. Methods
    return the index of the track to play, or ``None`` when playback should stop.
    """

    def __init__(
        self,
        tracks: Sequence[Track],
        *,
        is_available: Callable[[Track], bool] = _always,
        shuffle: bool = False,
        repeat: Repeat = Repeat.NONE,
        seed: int | None = None,
    ) -> None:
        self.tracks: list[Track] = list(tracks)
        self.is_available = is_available
        self.repeat = repeat
        self.stop_after_current = False
        self.current: int | None = None
        self._rng = random.Random(seed)
        self._shuffle = shuffle
        self._history: list[int] = []  # shuffle: what was played, in order
        self._pos = -1  # shuffle: where in the history we are
        self._cycle: list[int] = []  # shuffle: not yet played in this round
        self._sequence: list[int] | None = None  # without shuffle: the order to play in

    # -- state --------------------------------------------------------------------------

    @property
    def shuffle(self) -> bool:
        """Whether the order is shuffled."""
        return self._shuffle

    def set_shuffle(self, on: bool) -> None:
        """Turn shuffle on (a new round, the current track counting as played) or off."""
        if on == self._shuffle:
            return
        self._shuffle = on
        self._restart_shuffle()

    @property
    def sequence(self) -> list[int]:
        """The order the tracks play in without shuffle (indexes into ``tracks``)."""
        if self._sequence is not None and sorted(self._sequence) == list(range(len(self.tracks))):
            return self._sequence
        return list(range(len(self.tracks)))

    def set_sequence(self, sequence: Sequence[int] | None) -> None:
        """Play in ``sequence`` (a permutation of the indexes), or in the playlist's order
        with None. Anything that is not a permutation of the tracks counts as None."""
        self._sequence = list(sequence) if sequence is not None else None

    def set_tracks(self, tracks: Sequence[Track], current: int | None) -> None:
        """Follow an edited playlist; ``current`` is the playing track's new index (or None).

        A shuffle round starts afresh (its history is forgotten) after an edit.
        """
        self.tracks = list(tracks)
        self.current = current if current is not None and 0 <= current < len(tracks) else None
        self._restart_shuffle()

    def _restart_shuffle(self) -> None:
        self._history = [] if self.current is None else [self.current]
        self._pos = len(self._history) - 1
        self._cycle = self._new_cycle(exclude=self.current)

    def _new_cycle(self, exclude: int | None) -> list[int]:
        order = [i for i in range(len(self.tracks)) if i != exclude]
        self._rng.shuffle(order)
        return order

    def _ok(self, index: int) -> bool:
        return 0 <= index < len(self.tracks) and self.is_available(self.tracks[index])

    # -- moving -------------------------------------------------------------------------

    def start(self, index: int | None = None) -> int | None:
        """Begin at ``index`` (or the first playable track, random when shuffled)."""
        self.stop_after_current = False
        if index is not None:
            return self.jump(index)
        self.current = None
        self._restart_shuffle()
        if self._shuffle:
            return self._next_shuffled(auto=False)
        return self._set(self._scan_forward(0, wrap=False))

    def jump(self, index: int) -> int | None:
        """Play the track at ``index`` now (a double-click); None if it is unavailable."""
        if not self._ok(index):
            return None
        self.current = index
        if self._shuffle:
            del self._history[self._pos + 1 :]
            self._history.append(index)
            self._pos = len(self._history) - 1
            if index in self._cycle:
                self._cycle.remove(index)
        return index

    def next(self, *, auto: bool = False) -> int | None:
        """The track after this one.

        ``auto`` is true when the current track ended by itself: then "repeat one" replays
        it and "stop after this track" stops (once). The Next button passes ``auto=False``.
        """
        if self.current is None:
            return self.start()
        if auto:
            if self.stop_after_current:
                self.stop_after_current = False
                return None
            if self.repeat is Repeat.ONE and self._ok(self.current):
                return self.current
        if self._shuffle:
            return self._next_shuffled(auto=auto)
        wrap = self.repeat is Repeat.ALL or (self.repeat is Repeat.ONE and not auto)
        return self._set(self._scan_forward(self._place(self.current) + 1, wrap=wrap))

    def previous(self) -> int | None:
        """The track before this one (back through the shuffle history when shuffled).

        At the beginning it stays on the current track (the player restarts it), or wraps
        to the end when repeating all. Whether "previous" should just restart a track that
        has played for a few seconds is the player's choice, not this class's.
        """
        if self.current is None:
            return self.start()
        if self._shuffle:
            for pos in range(self._pos - 1, -1, -1):
                if self._ok(self._history[pos]):
                    self._pos = pos
                    self.current = self._history[pos]
                    return self.current
            return self.current if self._ok(self.current) else None
        n = len(self.tracks)
        sequence, place = self.sequence, self._place(self.current)
        for step in range(1, n + 1):
            slot = place - step
            if slot < 0:
                if self.repeat is not Repeat.ALL:
                    break
                slot += n
            if self._ok(sequence[slot]):
                return self._set(sequence[slot])
        return self.current if self._ok(self.current) else None

    def _set(self, index: int | None) -> int | None:
        if index is not None:
            self.current = index
        return index

    def _place(self, index: int) -> int:
        """Where track ``index`` stands in the play sequence."""
        sequence = self.sequence
        return sequence.index(index) if index in sequence else index

    def _scan_forward(self, first: int, *, wrap: bool) -> int | None:
        """The first playable track from place ``first`` of the sequence on."""
        n = len(self.tracks)
        sequence = self.sequence
        candidates = range(first, first + n) if wrap else range(first, n)
        for slot in candidates:
            if self._ok(sequence[slot % n]):
                return sequence[slot % n]
        return None

    def _next_shuffled(self, *, auto: bool) -> int | None:
        # Walk forward through history first (after some presses of Previous).
        for pos in range(self._pos + 1, len(self._history)):
            if self._ok(self._history[pos]):
                self._pos = pos
                self.current = self._history[pos]
                return self.current
        self._pos = len(self._history) - 1
        for _round in range(2):
            while self._cycle:
                index = self._cycle.pop(0)
                if self._ok(index):
                    self._history.append(index)
                    self._pos = len(self._history) - 1
                    self.current = index
                    return index
            if self.repeat is Repeat.NONE or (self.repeat is Repeat.ONE and auto):
                return None
            # A new round; its first track is not the one that just played (when n > 1).
            self._cycle = self._new_cycle(exclude=None)
            if len(self._cycle) > 1 and self._cycle[0] == self.current:
                self._cycle.append(self._cycle.pop(0))
        return None
