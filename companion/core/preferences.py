"""User preferences: their defaults, their limits, and how a stored dict becomes them.

Reading a dict never fails: a value that is missing or wrong falls back to its default and
the problem is reported, so one bad entry cannot cost the user every other setting.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from typing import Any

from companion.core.breathing import DEFAULT_PRESET, PRESETS, Pattern, PatternError
from companion.core.language import LANGUAGE_CHOICES
from companion.core.loudness import (
    MUSIC_VOLUME_AT_REFERENCE,
    VOICE_LEVEL_MAX_DB,
    VOICE_LEVEL_MIN_DB,
)
from companion.core.meditation import BELLS, DEFAULT_BELL, DEFAULT_MINUTES, MAX_MINUTES, NO_BELL
from companion.core.reminders import Reminder, reminders_from

THEMES = ("light", "night", "contrast")
MOTION_CHOICES = ("system", "reduce", "full")
# Cues sit well below full scale: others in the room may be resting.
MAX_CUE_VOLUME = 0.6
DEFAULT_CUE_VOLUME = 0.3
SESSION_MINUTES_CHOICES = (1.0, 3.0, 5.0, 10.0, 0.0)  # 0 = open-ended
REPEAT_CHOICES = ("none", "one", "all")
DEFAULT_MUSIC_VOLUME = MUSIC_VOLUME_AT_REFERENCE  # where levelled music sits at L0
# Imagine: a slow voice by default (the scripts' own pace is 130-150 words a minute).
MIN_IMAGINE_PACE = 60
MAX_IMAGINE_PACE = 250
DEFAULT_IMAGINE_TRACK = "warm-pad"
MAX_ID_LENGTH = 200
MAX_OWN_PATTERNS = 8  # "My pattern" and up to seven more, each with its own name
OWN_PATTERN_RE = re.compile(r"^custom(-[2-9])?$")
# One-switch scanning: how long the ring rests on each control. Never quicker than a second
# (the ring must not flicker; DESIGN.md: no luminance swing faster than one per 2 s nearby).
SCAN_SECONDS_CHOICES = (1.0, 1.5, 2.0, 3.0, 5.0)
MIN_SCAN_SECONDS, MAX_SCAN_SECONDS = 1.0, 10.0
DEFAULT_SCAN_SECONDS = 2.0
# Tremor: a second press of the same control within this time counts once (0 = off).
REPEAT_GUARD_CHOICES = (0.0, 0.3, 0.5, 1.0, 2.0)
MAX_REPEAT_GUARD_S = 3.0
# The tiles a carer can choose for a simple Home (the rest go behind "More").
HOME_TILES = ("breathe", "calm", "imagine", "listen", "stretch", "quiet")
MAX_SIMPLE_TILES = 3


@dataclass(frozen=True)
class ScriptVoice:
    """Voice and pace chosen for one script only (pace 0: the script's own)."""

    script: str
    voice: str = ""
    pace: int = 0


@dataclass(frozen=True)
class CustomPattern:
    """One of the user's own named patterns; ``id`` is ``custom`` (the first, always there)
    or ``custom-2`` … ``custom-8``."""

    name: str = "My pattern"
    inhale: float = 4.0
    hold_in: float = 0.0
    exhale: float = 6.0
    hold_out: float = 0.0
    id: str = "custom"

    def pattern(self) -> Pattern:
        """The validated pattern (raises PatternError if unsafe)."""
        return Pattern(self.inhale, self.exhale, self.hold_in, self.hold_out)


@dataclass(frozen=True)
class Preferences:
    """Everything the user can set."""

    theme: str = "light"
    language: str = "system"  # "system" (the environment's), or one of core.language.TRANSLATIONS
    text_scale: int = 100  # percent, 100–200
    motion: str = "system"
    cues_enabled: bool = True
    cue_volume: float = DEFAULT_CUE_VOLUME
    spoken_cues: bool = False
    pursed_lip_cue: bool = False
    show_numbers: bool = True
    preset: str = DEFAULT_PRESET
    session_minutes: float = 3.0  # 0 = open-ended
    start_where_you_are: bool = False  # tap one's own rhythm first; the circle leads from it
    custom: CustomPattern = field(default_factory=CustomPattern)  # the first own pattern
    own_patterns: tuple[CustomPattern, ...] = ()  # the others (ids custom-2 … custom-8)
    # Listen
    music_volume: float = DEFAULT_MUSIC_VOLUME
    music_fade_in: bool = True
    shuffle: bool = False
    calmward: bool = False  # from the liveliest track to the calmest (never with shuffle)
    repeat: str = "all"
    level_music: bool = True  # every track at one loudness (EBU R128), peaks protected
    play_unsettled: bool = False  # play tracks marked "unsettled" twice (skipped otherwise)
    breath_sync: bool = False  # music rises and falls with the breath during breathing
    last_playlist: str = ""
    imagine_music: bool = True  # a soft soundscape under the voice
    imagine_track: str = DEFAULT_IMAGINE_TRACK  # a bundled track id (assets/audio/MANIFEST.json)
    imagine_voice: str = ""  # a voice id; "" = the engine's default for the language
    imagine_pace: int = 0  # words per minute; 0 = each script's own pace
    imagine_per_script: tuple[ScriptVoice, ...] = ()
    voice_level_db: float = 0.0  # the voice about its designed level (0: level with music)
    # Quiet time (the meditation timer)
    meditation_minutes: float = DEFAULT_MINUTES  # 0 = open-ended
    meditation_interval: float = 0.0  # minutes between interval bells; 0 = none
    meditation_bell: str = DEFAULT_BELL  # a bell, or "none"
    meditation_soundscape: str = ""  # a bundled track id under the silence; "" = none
    meditation_show_time: bool = True  # the time left on the plain screen
    # A loved one's recorded messages (by title) said before and after an Imagine session
    opening_message: str = ""
    closing_message: str = ""
    # First run and reminders
    welcome_done: bool = False
    reminders_on: bool = False  # gentle reminders are off until a caregiver turns them on
    reminders: tuple[Reminder, ...] = ()
    reminder_sound_at_night: bool = False
    # Access: one switch, a screen reader, a shaking hand
    switch_access: bool = False  # one-switch scanning
    scan_seconds: float = DEFAULT_SCAN_SECONDS
    scan_speak: bool = False  # say each control's name as the ring reaches it
    repeat_guard_s: float = 0.0  # tremor: repeated presses within this time count once
    announce_with_sound: bool = False  # screen reader hears phases also when sound says them
    simple_home: bool = False  # Home shows only the chosen tiles, the rest behind "More"
    home_tiles: tuple[str, ...] = ("breathe", "calm")

    def patterns_of_my_own(self) -> tuple[CustomPattern, ...]:
        """Every pattern of the user's own, the first (``custom``) first."""
        return (self.custom, *self.own_patterns)

    def own_pattern(self, pattern_id: str) -> CustomPattern | None:
        """The own pattern with ``pattern_id`` (None: there is none)."""
        return next((p for p in self.patterns_of_my_own() if p.id == pattern_id), None)

    def new_own_id(self) -> str | None:
        """The id for one more own pattern (None: there are as many as there may be)."""
        used = {p.id for p in self.patterns_of_my_own()}
        free = [f"custom-{n}" for n in range(2, MAX_OWN_PATTERNS + 1) if f"custom-{n}" not in used]
        return free[0] if free else None

    def with_own_pattern(self, pattern: CustomPattern) -> Preferences:
        """A copy that keeps ``pattern`` (replacing the one with its id, or added last)."""
        if pattern.id == "custom":
            return dataclasses.replace(self, custom=pattern)
        others = list(self.own_patterns)
        for i, old in enumerate(others):
            if old.id == pattern.id:
                others[i] = pattern
                break
        else:
            others.append(pattern)
        return dataclasses.replace(self, own_patterns=tuple(others))

    def without_own_pattern(self, pattern_id: str) -> Preferences:
        """A copy without that own pattern (the first cannot go: it is changed instead); if it
        was chosen, Calm is chosen."""
        others = tuple(p for p in self.own_patterns if p.id != pattern_id)
        preset = DEFAULT_PRESET if self.preset == pattern_id else self.preset
        return dataclasses.replace(self, own_patterns=others, preset=preset)

    def script_voice(self, script_id: str) -> tuple[str, int]:
        """The voice id and pace (0 = the script's own) to use for a script."""
        for entry in self.imagine_per_script:
            if entry.script == script_id:
                return entry.voice, entry.pace
        return self.imagine_voice, self.imagine_pace

    def with_script_voice(self, script_id: str, voice: str, pace: int | None) -> Preferences:
        """A copy that sets (or, with pace None, forgets) a script's own voice and pace."""
        others = tuple(e for e in self.imagine_per_script if e.script != script_id)
        if pace is not None:
            others += (ScriptVoice(script_id, voice, pace),)
        return dataclasses.replace(self, imagine_per_script=others)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = dataclasses.asdict(self)
        data["reminders"] = [r.to_dict() for r in self.reminders]
        return data


def _is_voice_level(value: float) -> bool:
    return VOICE_LEVEL_MIN_DB <= value <= VOICE_LEVEL_MAX_DB


def _check(name: str, value: Any, default: Any) -> Any:
    """Return ``value`` if valid for field ``name``, else raise ValueError."""
    if name == "theme" and value in THEMES:
        return value
    if name == "language" and value in LANGUAGE_CHOICES:
        return value
    if name == "motion" and value in MOTION_CHOICES:
        return value
    if name == "preset" and (value in PRESETS or (isinstance(value, str) and _is_own(value))):
        return value
    if name == "text_scale" and _is_number(value) and 100 <= value <= 200:
        return int(value)
    if name == "cue_volume" and _is_number(value) and 0 <= value <= 1:
        return min(float(value), MAX_CUE_VOLUME)
    if name == "repeat" and value in REPEAT_CHOICES:
        return value
    if name == "music_volume" and _is_number(value) and 0 <= value <= 1:
        return float(value)
    if name == "last_playlist" and isinstance(value, str) and len(value) <= 200:
        return value
    messages = ("opening_message", "closing_message")
    if name in messages and isinstance(value, str) and len(value) <= 200:
        return value
    if name == "session_minutes" and _is_number(value) and (value == 0 or 1 <= value <= 120):
        return float(value)
    if name in ("imagine_track", "imagine_voice") and _is_id(value):
        return value
    if name in ("meditation_minutes", "meditation_interval") and _is_minutes(value):
        return float(value)
    if name == "meditation_bell" and value in (*BELLS, NO_BELL):
        return value
    if name == "meditation_soundscape" and _is_id(value):
        return value
    if name == "voice_level_db" and _is_number(value) and _is_voice_level(value):
        return float(value)
    if name == "imagine_pace" and _is_pace(value):
        return int(value)
    if name == "scan_seconds" and _is_number(value) and _is_scan(value):
        return float(value)
    if name == "repeat_guard_s" and _is_number(value) and 0 <= value <= MAX_REPEAT_GUARD_S:
        return float(value)
    if name == "home_tiles":
        return _home_tiles_from(value)
    if name == "reminders":
        return reminders_from(value)
    if name == "imagine_per_script" and isinstance(value, (list, tuple)):
        return tuple(_script_voice_from(entry) for entry in value)
    if isinstance(default, bool) and isinstance(value, bool):
        return value
    raise ValueError(name)


def _is_minutes(value: Any) -> bool:
    return _is_number(value) and math.isfinite(value) and 0 <= value <= MAX_MINUTES


def _is_own(value: str) -> bool:
    return OWN_PATTERN_RE.match(value) is not None


def _is_scan(value: float) -> bool:
    return MIN_SCAN_SECONDS <= value <= MAX_SCAN_SECONDS


def _home_tiles_from(value: Any) -> tuple[str, ...]:
    """One to three known tiles, each once, in the carer's order."""
    if not isinstance(value, (list, tuple)) or not 1 <= len(value) <= MAX_SIMPLE_TILES:
        raise ValueError("home_tiles")
    if any(tile not in HOME_TILES for tile in value) or len(set(value)) != len(value):
        raise ValueError("home_tiles")
    return tuple(value)


def _is_id(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_ID_LENGTH


def _is_pace(value: Any) -> bool:
    return (
        _is_number(value)
        and math.isfinite(value)
        and value == int(value)
        and (value == 0 or MIN_IMAGINE_PACE <= value <= MAX_IMAGINE_PACE)
    )


def _script_voice_from(data: Any) -> ScriptVoice:
    if not isinstance(data, dict):
        raise ValueError("imagine_per_script")
    script, voice, pace = data.get("script"), data.get("voice", ""), data.get("pace", 0)
    if not (_is_id(script) and script and _is_id(voice) and _is_pace(pace)):
        raise ValueError("imagine_per_script")
    return ScriptVoice(script, voice, int(pace))


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def preferences_from_dict(data: Any) -> tuple[Preferences, list[str]]:
    """Build preferences from stored data; returns them and a list of fields that were reset."""
    defaults = Preferences()
    if not isinstance(data, dict):
        return defaults, ["(whole file)"]
    values: dict[str, Any] = {}
    problems: list[str] = []
    for f in dataclasses.fields(Preferences):
        if f.name not in data:
            continue
        default = getattr(defaults, f.name)
        try:
            if f.name == "custom":
                values[f.name] = _custom_from(data[f.name], "custom")
            elif f.name == "own_patterns":
                values[f.name] = _own_patterns_from(data[f.name])
            else:
                values[f.name] = _check(f.name, data[f.name], default)
        except (ValueError, TypeError, PatternError):
            problems.append(f.name)
    return dataclasses.replace(defaults, **values), problems


def _own_patterns_from(data: Any) -> tuple[CustomPattern, ...]:
    """The other own patterns; one that cannot be used is left out (the rest are kept)."""
    if not isinstance(data, (list, tuple)):
        raise ValueError("own_patterns")
    kept: dict[str, CustomPattern] = {}
    for entry in data[: MAX_OWN_PATTERNS * 2]:
        pattern_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(pattern_id, str) or not _is_own(pattern_id) or pattern_id == "custom":
            continue
        try:
            kept.setdefault(pattern_id, _custom_from(entry, pattern_id))
        except (ValueError, TypeError, PatternError):
            continue
    return tuple(kept.values())[: MAX_OWN_PATTERNS - 1]


def _custom_from(data: Any, pattern_id: str) -> CustomPattern:
    if not isinstance(data, dict):
        raise ValueError("custom")
    name = data.get("name", CustomPattern.name)
    if not isinstance(name, str) or not name.strip() or len(name) > 60:
        raise ValueError("custom")
    numbers = {}
    for key in ("inhale", "hold_in", "exhale", "hold_out"):
        value = data.get(key, getattr(CustomPattern, key))
        if not _is_number(value):
            raise ValueError("custom")
        numbers[key] = float(value)
    custom = CustomPattern(name=name.strip(), id=pattern_id, **numbers)
    custom.pattern()  # raises PatternError when unsafe
    return custom


def pattern_for(prefs: Preferences) -> tuple[str, Pattern]:
    """The preset id and pattern the preferences select."""
    own = prefs.own_pattern(prefs.preset)
    if own is not None:
        return own.id, own.pattern()
    preset = PRESETS.get(prefs.preset, PRESETS[DEFAULT_PRESET])
    return preset.id, preset.pattern
