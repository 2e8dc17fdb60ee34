"""One loudness for everything the app plays: the reference and each kind's place under it.

Levels are integrated loudness (ITU-R BS.1770 / EBU R128, in LUFS) at the mixer's input; the
master volume and its safe cap act after it, on everything alike. A sound of known loudness
gets the gain that puts it where its kind belongs (shared/DESIGN.md §7): music and the voice
at the reference, the bed under a voice 10 LU below it, breath tones 6 below, chimes 4 below.
The mixer cannot amplify (a gain above 1 is clipped to 1), so a quiet sound is left as loud as
it can be and a loud one is turned down.
"""

from __future__ import annotations

import math

REFERENCE_LUFS = -24.0  # L0

OFFSET_LU = {
    "music": 0.0,
    "voice": 0.0,
    "bed": -10.0,  # a soundscape under the voice (it dips 6 dB more while a sentence plays)
    "tone": -6.0,  # breath cues
    "chime": -4.0,  # the closing chime, reminders
}

VOICE_DUCK_DB = -6.0  # the bed dips this much more while the voice speaks

# Rendered speech is written 6 LU above the reference, so the voice volume can raise it by
# as much without the mixer having to amplify; at the default level it plays 6 dB down.
VOICE_HEADROOM_DB = 6.0
VOICE_CEILING = 10.0 ** (-1.0 / 20.0)  # sample peak in a rendered file (−1 dBFS)
VOICE_KNEE = 0.6  # above this the soft limiter bends the peaks toward the ceiling
VOICE_LEVEL_MIN_DB = -18.0  # the voice volume's range about "level with the music"
VOICE_LEVEL_MAX_DB = VOICE_HEADROOM_DB


def target_lufs(kind: str) -> float:
    """Where a sound of ``kind`` belongs, in LUFS."""
    return REFERENCE_LUFS + OFFSET_LU[kind]


def level_gain(measured_lufs: float, kind: str) -> float:
    """The linear gain (0..1) that brings a sound measured at ``measured_lufs`` to its kind's
    level; a sound of unknown loudness (not finite) is played as it is."""
    if not math.isfinite(measured_lufs):
        return 1.0
    return min(1.0, 10.0 ** ((target_lufs(kind) - measured_lufs) / 20.0))


def voice_file_lufs() -> float:
    """The loudness rendered speech is written at."""
    return target_lufs("voice") + VOICE_HEADROOM_DB


def voice_gain(level_db: float) -> float:
    """The channel gain for speech at the user's voice level (0 dB: level with the music)."""
    level = max(VOICE_LEVEL_MIN_DB, min(VOICE_LEVEL_MAX_DB, level_db))
    return min(1.0, 10.0 ** ((level - VOICE_HEADROOM_DB) / 20.0))


def scaled(gain: float, user_scale: float) -> float:
    """A level gain under the user's own volume (1: as designed), never above 1."""
    return max(0.0, min(1.0, gain * user_scale))
