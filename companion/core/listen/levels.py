"""What is known about how a track sounds: its loudness, its peak, and how lively it is.

Pure data and arithmetic. The measuring is done elsewhere (``services/audio/analysis.py``
decodes and measures, ``services/listen/gain_tags.py`` reads ReplayGain / R128 tags); the
result is kept with the track in the history database, so a file is measured once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


class Source:
    """Where a level came from (stored as text)."""

    TAG = "tag"  # a ReplayGain or R128 tag in the file
    MEASURED = "measured"  # decoded and measured (BS.1770)
    BUNDLED = "bundled"  # one of Companion's own sounds (assets/audio/MANIFEST.json)
    FAILED = "failed"  # could not be decoded: played with the cautious level


@dataclass(frozen=True)
class Energy:
    """How lively a track is, from its decoded sound.

    ``onsets_per_s``: notes, beats and strokes a second (peaks of the spectral flux);
    ``brightness_hz``: the spectral centroid, weighted by loudness (a dark, warm sound is low).
    """

    onsets_per_s: float
    brightness_hz: float


@dataclass(frozen=True)
class TrackLevel:
    """A track's loudness (LUFS; not finite when unknown or silent), its sample peak (1 is
    full scale; None when unknown), where that came from, and its energy when measured."""

    lufs: float
    peak: float | None
    source: str
    energy: Energy | None = None

    @property
    def known(self) -> bool:
        """Whether the loudness is a real value (not a failure or silence)."""
        return math.isfinite(self.lufs)


def _ranks(values: Sequence[float]) -> list[float]:
    """Each value's rank from 0 (lowest) to n-1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    start = 0
    while start < len(order):
        end = start
        while end + 1 < len(order) and values[order[end + 1]] == values[order[start]]:
            end += 1
        for k in range(start, end + 1):
            ranks[order[k]] = (start + end) / 2.0
        start = end + 1
    return ranks


def energy_scores(levels: Sequence[TrackLevel]) -> list[float]:
    """A liveliness score for each level (all measured): the mean of its ranks, within the
    playlist, by onsets a second, brightness and loudness (a loud master is a lively one)."""
    if not levels:
        return []
    features = []
    for level in levels:
        assert level.energy is not None
        features.append((level.energy.onsets_per_s, level.energy.brightness_hz, level.lufs))
    columns = [_ranks([f[k] for f in features]) for k in range(3)]
    return [sum(column[i] for column in columns) / 3.0 for i in range(len(levels))]


def calmward_order(levels: Sequence[TrackLevel | None]) -> list[int]:
    """Play order "start where they are, end calm" (the iso principle): the measured tracks
    from the liveliest to the calmest; a track not measured yet keeps its place in the
    family's own order. Ties keep the family's order."""
    measured = [
        i for i, level in enumerate(levels) if level is not None and level.energy is not None
        and level.known
    ]  # fmt: skip
    scores = energy_scores([levels[i] for i in measured])  # type: ignore[misc]
    ranked = [i for _score, i in sorted(zip(scores, measured, strict=True), key=lambda p: -p[0])]
    order = list(range(len(levels)))
    for slot, index in zip(measured, ranked, strict=True):
        order[slot] = index
    return order
