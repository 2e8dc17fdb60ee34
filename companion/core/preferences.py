"""User preferences: their defaults, their limits, and how a stored dict becomes them.

Reading a dict never fails: a value that is missing or wrong falls back to its default and
the problem is reported, so one bad entry cannot cost the user every other setting.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any

from companion.core.breathing import DEFAULT_PRESET, PRESETS, Pattern, PatternError
from companion.core.loudness import VOICE_LEVEL_MAX_DB, VOICE_LEVEL_MIN_DB
from companion.core.reminders import Reminder, reminders_from

THEMES = ("light", "night", "contrast")
MOTION_CHOICES = ("system", "reduce", "full")
# Cues sit well below full scale: others in the room may be resting.
MAX_CUE_VOLUME = 0.6
DEFAULT_CUE_VOLUME = 0.3
SESSION_MINUTES_CHOICES = (1.0, 3.0, 5.0, 10.0, 0.0)  # 0 = open-ended
REPEAT_CHOICES = ("none", "one", "all")
DEFAULT_MUSIC_VOLUME = 0.6
# Imagine: a slow voice by default (the scripts' own pace is 130-150 words a minute).
MIN_IMAGINE_PACE = 60
MAX_IMAGINE_PACE = 250
DEFAULT_IMAGINE_TRACK = "warm-pad"
MAX_ID_LENGTH = 200


@dataclass(frozen=True)
class ScriptVoice:
    """Voice and pace chosen for one script only (pace 0: the script's own)."""

    script: str
    voice: str = ""
    pace: int = 0


@dataclass(frozen=True)
class CustomPattern:
    """The user's own named pattern."""

    name: str = "My pattern"
    inhale: float = 4.0
    hold_in: float = 0.0
    exhale: float = 6.0
    hold_out: float = 0.0

    def pattern(self) -> Pattern:
        """The validated pattern (raises PatternError if unsafe)."""
        return Pattern(self.inhale, self.exhale, self.hold_in, self.hold_out)


@dataclass(frozen=True)
class Preferences:
    """Everything the user can set."""

    theme: str = "light"
    text_scale: int = 100  # percent, 100–200
    motion: str = "system"
    cues_enabled: bool = True
    cue_volume: float = DEFAULT_CUE_VOLUME
    spoken_cues: bool = False
    pursed_lip_cue: bool = False
    show_numbers: bool = True
    preset: str = DEFAULT_PRESET
    session_minutes: float = 3.0  # 0 = open-ended
    custom: CustomPattern = field(default_factory=CustomPattern)
    # Listen
    music_volume: float = DEFAULT_MUSIC_VOLUME
    music_fade_in: bool = True
    shuffle: bool = False
    repeat: str = "all"
    breath_sync: bool = False  # music rises and falls with the breath during breathing
    last_playlist: str = ""
    imagine_music: bool = True  # a soft soundscape under the voice
    imagine_track: str = DEFAULT_IMAGINE_TRACK  # a bundled track id (assets/audio/MANIFEST.json)
    imagine_voice: str = ""  # a voice id; "" = the engine's default for the language
    imagine_pace: int = 0  # words per minute; 0 = each script's own pace
    imagine_per_script: tuple[ScriptVoice, ...] = ()
    voice_level_db: float = 0.0  # the voice about its designed level (0: level with music)
    # A loved one's recorded messages (by title) said before and after an Imagine session
    opening_message: str = ""
    closing_message: str = ""
    # First run and reminders
    welcome_done: bool = False
    reminders_on: bool = False  # gentle reminders are off until a caregiver turns them on
    reminders: tuple[Reminder, ...] = ()
    reminder_sound_at_night: bool = False

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
    if name == "motion" and value in MOTION_CHOICES:
        return value
    if name == "preset" and (value in PRESETS or value == "custom"):
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
    if name == "voice_level_db" and _is_number(value) and _is_voice_level(value):
        return float(value)
    if name == "imagine_pace" and _is_pace(value):
        return int(value)
    if name == "reminders":
        return reminders_from(value)
    if name == "imagine_per_script" and isinstance(value, (list, tuple)):
        return tuple(_script_voice_from(entry) for entry in value)
    if isinstance(default, bool) and isinstance(value, bool):
        return value
    raise ValueError(name)


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
                values[f.name] = _custom_from(data[f.name])
            else:
                values[f.name] = _check(f.name, data[f.name], default)
        except (ValueError, TypeError, PatternError):
            problems.append(f.name)
    return dataclasses.replace(defaults, **values), problems


def _custom_from(data: Any) -> CustomPattern:
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
    custom = CustomPattern(name=name.strip(), **numbers)
    custom.pattern()  # raises PatternError when unsafe
    return custom


def pattern_for(prefs: Preferences) -> tuple[str, Pattern]:
    """The preset id and pattern the preferences select."""
    if prefs.preset == "custom":
        return "custom", prefs.custom.pattern()
    preset = PRESETS.get(prefs.preset, PRESETS[DEFAULT_PRESET])
    return preset.id, preset.pattern
