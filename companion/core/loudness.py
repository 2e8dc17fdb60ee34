"""One loudness for everything the app plays: the reference and each kind's place under it.

Levels are integrated loudness (ITU-R BS.1770 / EBU R128, in LUFS) at the mixer's input; the
master volume and its safe cap act after it, on everything alike. A sound of known loudness
gets the gain that puts it where its kind belongs (shared/DESIGN.md §7): music and the voice
at the reference, the bed under a voice 10 LU below it, breath tones 6 below, chimes 4 below.
The mixer cannot amplify (a gain above 1 is clipped to 1), so a quiet sound is left as loud as
it can be and a loud one is turned down.

Music is levelled per track (:func:`music_level`): its factor in the music's gain puts every
track at the reference while the music volume stands at its default, so the volume slider
keeps its meaning and a 20 dB jump between two family recordings disappears. A track whose
loudness is not known yet plays as if it were a loud modern master: it may start too soft,
never too loud, and rises to its level when the measurement arrives.
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


# Music (shared/DESIGN.md §7): at the reference with the music volume at its default; a quiet
# track is raised at most 6 dB, and its peaks stay at or under −3 dBFS as heard.
MUSIC_VOLUME_AT_REFERENCE = 0.6  # the default music volume (core/preferences.py uses it)
MUSIC_MAX_BOOST_DB = 6.0
MUSIC_PEAK_CEILING = 10.0 ** (-3.0 / 20.0)
UNMEASURED_MUSIC_LUFS = -8.0  # as loud as masters come: an unknown track can only be too soft
LEVEL_CHANGE_S = 2.0  # a level that becomes known while a track plays is reached this gently


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


def music_level(measured_lufs: float) -> float:
    """A track's factor in the music's gain (beside the person's music volume).

    With the music volume at :data:`MUSIC_VOLUME_AT_REFERENCE` the track then sits at the
    reference. A quiet one is raised by at most :data:`MUSIC_MAX_BOOST_DB`, and only as far
    as the mixer can go (a gain of 1: with the default volumes, a track down to about
    −26 LUFS reaches the reference; quieter ones come as close as they can). A loudness that
    is not known (not finite: unmeasured, undecodable, silent) counts as
    :data:`UNMEASURED_MUSIC_LUFS`.
    """
    lufs = measured_lufs if math.isfinite(measured_lufs) else UNMEASURED_MUSIC_LUFS
    raise_db = min(target_lufs("music") - lufs, MUSIC_MAX_BOOST_DB)
    return 10.0 ** (raise_db / 20.0) / MUSIC_VOLUME_AT_REFERENCE


def peak_ceiling(peak: float | None) -> float:
    """The highest gain at which a track whose sample peak is ``peak`` (1: full scale) stays
    at or under :data:`MUSIC_PEAK_CEILING` as heard (1 when the peak is not known)."""
    if peak is None or not math.isfinite(peak) or peak <= 0.0:
        return 1.0
    return min(1.0, MUSIC_PEAK_CEILING / peak)
