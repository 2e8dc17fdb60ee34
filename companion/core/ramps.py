"""Volume ramps and the mix-down of every volume control into one music gain.

Pure functions of an injected time value: the audio service asks "what gain now?" on each
poll and sets it, so fades, ducking and breath-synced swells are testable without sound.
Gains are linear amplitude factors (0..1); decibels appear only at the edges.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from companion.core.loudness import VOICE_DUCK_DB

# Hard ceiling on anything the app plays: others in the room may be asleep.
MASTER_CAP = 0.8
DEFAULT_DUCK_DB = VOICE_DUCK_DB  # music under a sentence
BREATH_DEPTH_DB = -6.0  # breath-synced listening: out-breath sits this far below in-breath
LONG_FADE_S = 10.0  # fades out at least this long (the sleep timer's) fall evenly in decibels
FLOOR_DB = -60.0  # such a fade falls this far below where it began, then the music stops


class Curve(enum.Enum):
    """How a ramp moves from its start to its target."""

    LINEAR = "linear"
    COSINE = "cosine"  # raised cosine: zero slope at both ends, for gain changes mid-sound
    EQUAL_POWER = "equal_power"  # sine/cosine quarter wave: the classic fade in and out
    DECIBELS = "decibels"  # evenly in dB down to FLOOR_DB, then silence: long fades sound even


def db_to_gain(db: float) -> float:
    """Linear amplitude for ``db`` decibels (0 dB is 1.0)."""
    return 10.0 ** (db / 20.0)


def gain_to_db(gain: float) -> float:
    """Decibels for a linear amplitude (silence is minus infinity)."""
    return 20.0 * math.log10(gain) if gain > 0 else -math.inf


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def _shape(curve: Curve, progress: float, rising: bool) -> float:
    """Fraction of the way to the target after ``progress`` (0..1) of the time."""
    if curve is Curve.LINEAR:
        return progress
    if curve is Curve.COSINE:
        return (1.0 - math.cos(math.pi * progress)) / 2.0
    # Equal power: a fade-in follows sin, a fade-out follows cos, so a crossfade keeps power.
    quarter = math.pi / 2.0 * progress
    return math.sin(quarter) if rising else 1.0 - math.cos(quarter)


@dataclass(frozen=True)
class Ramp:
    """A value moving from ``start`` to ``target`` over ``duration`` seconds from ``began``."""

    start: float
    target: float
    began: float = 0.0
    duration: float = 0.0
    curve: Curve = Curve.EQUAL_POWER

    @classmethod
    def steady(cls, value: float) -> Ramp:
        """A ramp that already sits at ``value``."""
        return cls(value, value)

    def value_at(self, now: float) -> float:
        """The value at time ``now``."""
        if self.duration <= 0.0 or now >= self.began + self.duration:
            return self.target
        if now <= self.began:
            return self.start
        progress = (now - self.began) / self.duration
        if self.curve is Curve.DECIBELS:
            if self.target >= self.start:  # rising: from FLOOR_DB below the target up to it
                return self.target * db_to_gain(FLOOR_DB * (1.0 - progress))
            return self.start * db_to_gain(FLOOR_DB * progress)  # falling, then silence
        fraction = _shape(self.curve, progress, self.target >= self.start)
        return self.start + (self.target - self.start) * fraction

    def done(self, now: float) -> bool:
        """Whether the target has been reached at ``now``."""
        return now >= self.began + self.duration

    def retarget(self, now: float, target: float, duration: float, curve: Curve) -> Ramp:
        """A new ramp from wherever this one is at ``now``: no jump, so no click."""
        return Ramp(self.value_at(now), target, now, max(0.0, duration), curve)


class Mixdown:
    """Master volume, music volume, the track's level, fade, duck and breath factor,
    combined into one gain.

    The gain is ``cap · master · music · level · fade · duck · breath``, never above 1 (the
    mixer cannot amplify) nor the track's peak ceiling. The master slider's full range maps
    onto 0..``MASTER_CAP``. ``level`` (see ``core/loudness.music_level``) turns a loud track
    down to the reference and may exceed 1 for a quiet one: that raises it towards the
    reference, using the room under the cap, but never past it, so no track plays louder
    than a track at the reference does (which is what the cap is for).
    """

    def __init__(self, master: float = 1.0, music: float = 1.0) -> None:
        self.master = _clamp(master)
        self.music = _clamp(music)
        self.level = Ramp.steady(1.0)
        self.ceiling = Ramp.steady(1.0)
        self.fade = Ramp.steady(1.0)
        self.duck = Ramp.steady(1.0)
        self.breath = Ramp.steady(1.0)

    def master_gain(self) -> float:
        """What every sound is scaled by: the master volume under the cap."""
        return MASTER_CAP * self.master

    def gain(self, now: float) -> float:
        """The music's linear gain at ``now``: at most ``MASTER_CAP`` for a track at or above
        the reference, at most 1 (and its peak ceiling) for a quiet one raised towards it."""
        product = (
            self.master
            * self.music
            * self.fade.value_at(now)
            * self.duck.value_at(now)
            * self.breath.value_at(now)
        )
        raised = MASTER_CAP * _clamp(product) * self.level.value_at(now)
        return min(1.0, raised, self.ceiling.value_at(now))

    def set_level(self, now: float, level: float, ceiling: float, over_s: float) -> None:
        """The track's level factor and peak ceiling, reached over ``over_s`` (0: at once,
        for a track that starts from silence)."""
        self.level = self.level.retarget(now, max(0.0, level), over_s, Curve.COSINE)
        self.ceiling = self.ceiling.retarget(now, _clamp(ceiling), over_s, Curve.COSINE)

    def fade_in(self, now: float, seconds: float, from_silence: bool = True) -> None:
        """Rise to full over ``seconds`` (from silence, or from wherever a fade stood)."""
        start = Ramp.steady(0.0) if from_silence else self.fade
        self.fade = start.retarget(now, 1.0, seconds, Curve.EQUAL_POWER)

    def fade_out(self, now: float, seconds: float) -> None:
        """Fall to silence over ``seconds`` from the present fade level.

        Short fades (pause, stop, a change of track) follow the equal-power curve; long ones
        (the sleep timer's 30 s) fall evenly in decibels to ``FLOOR_DB``, which the ear hears
        as a steady softening rather than a long plateau and a sudden drop.
        """
        curve = Curve.DECIBELS if seconds >= LONG_FADE_S else Curve.EQUAL_POWER
        self.fade = self.fade.retarget(now, 0.0, seconds, curve)

    def faded_out(self, now: float) -> bool:
        """Whether a fade-out has reached silence."""
        return self.fade.target == 0.0 and self.fade.done(now)

    def duck_to(self, now: float, depth_db: float, attack_s: float) -> None:
        """Soften by ``depth_db`` (negative) over ``attack_s``."""
        self.duck = self.duck.retarget(now, db_to_gain(min(0.0, depth_db)), attack_s, Curve.COSINE)

    def release(self, now: float, release_s: float) -> None:
        """Come back from ducking over ``release_s``."""
        self.duck = self.duck.retarget(now, 1.0, release_s, Curve.COSINE)

    def set_breath(self, now: float, factor: float, over_s: float) -> None:
        """Follow the breath: factor 1 is the in-breath top, 0 the out-breath bottom."""
        target = db_to_gain(BREATH_DEPTH_DB * (1.0 - _clamp(factor)))
        self.breath = self.breath.retarget(now, target, over_s, Curve.COSINE)
