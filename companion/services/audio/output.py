"""The audio service: the one owner of ``pygame.mixer`` in the app.

pygame's mixer is loaded only when :func:`open_audio` runs, after the first window is on
screen, and only the mixer (:mod:`~companion.services.audio.lean_pygame`).
With no audio device the app gets a :class:`SilentAudio` that says why, and the visual
guidance carries on alone.

Channels: cues alternate on two reserved channels, speech has a third; music streams through
``mixer.music`` (see :mod:`companion.services.audio.music`) and softens by itself while speech
plays. A GUI timer calls :meth:`AudioOutput.tick` about every 50 ms to move fades and ducking
along and to learn when a track ended.
"""

from __future__ import annotations

import abc
import enum
import io
import logging
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from companion.core.ramps import DEFAULT_DUCK_DB, MASTER_CAP
from companion.services.audio.music import (
    AudioEvent,
    AudioFileError,
    MusicState,
    MusicStream,
    missing_file_error,
)

__all__ = [
    "MASTER_CAP",
    "AudioEvent",
    "AudioFileError",
    "AudioOutput",
    "MusicState",
    "PygameAudio",
    "SilentAudio",
    "SoundProblem",
    "open_audio",
]

log = logging.getLogger(__name__)

CUE_CHANNELS = 2  # reserved channels 0 and 1: breathing cues, alternating
VOICE_CHANNEL = 2  # reserved channel 2: speech; music ducks while it plays
RESERVED_CHANNELS = 3


class SoundProblem(str, enum.Enum):
    """Why sound cannot be heard: a code the interface puts into words (see ``reason``)."""

    STARTING = "starting"  # the device is still being opened
    NO_LIBRARY = "no-library"  # pygame (SDL) is missing
    NO_DEVICE = "no-device"  # no audio device could be opened
    DEVICE_GONE = "device-gone"  # the device went away and could not be reopened


DEVICE_GONE = SoundProblem.DEVICE_GONE.value


class AudioOutput(abc.ABC):
    """Somewhere sounds can be played: cues, speech and one stream of music."""

    @property
    @abc.abstractmethod
    def available(self) -> bool:
        """Whether sound can actually be heard."""

    @property
    @abc.abstractmethod
    def reason(self) -> str:
        """Why sound is unavailable: a :class:`SoundProblem` value ('' when it is available)."""

    @abc.abstractmethod
    def play_file(self, path: Path | bytes, volume: float) -> None:
        """Play a short sound (cue, spoken word; a recording's WAV bytes) at ``volume`` 0..1,
        never over the cap."""

    @abc.abstractmethod
    def play_voice(self, path: Path | bytes, volume: float) -> None:
        """Speak a rendered WAV (a file, or a recording's bytes) on the voice channel; music
        ducks until it ends."""

    @abc.abstractmethod
    def stop_voice(self) -> None:
        """Silence the voice channel."""

    @abc.abstractmethod
    def set_voice_volume(self, volume: float) -> None:
        """Change the volume of the sentence being spoken (the next one brings its own)."""

    @abc.abstractmethod
    def load_music(self, path: Path) -> None:
        """Open a track for streaming; raises :class:`AudioFileError` if it cannot play."""

    @abc.abstractmethod
    def play_music(self, fade_in_s: float = 3.0, start_s: float = 0.0, loop: bool = False) -> None:
        """Play the loaded track from ``start_s``, fading in from silence."""

    @abc.abstractmethod
    def pause_music(self, fade_out_s: float = 0.25) -> None:
        """Pause, after a short fade so the cut does not click."""

    @abc.abstractmethod
    def resume_music(self, fade_in_s: float = 0.5) -> None:
        """Carry on after a pause, fading back in; a fade-out still under way turns back."""

    @abc.abstractmethod
    def stop_music(self, fade_out_s: float = 0.0) -> None:
        """Stop at once, or fade out over ``fade_out_s`` and then stop."""

    @abc.abstractmethod
    def seek(self, seconds: float) -> None:
        """Jump to ``seconds`` into the track."""

    @abc.abstractmethod
    def music_position(self) -> float:
        """Seconds into the track (0 when stopped)."""

    @abc.abstractmethod
    def music_state(self) -> MusicState:
        """Stopped, playing, paused or fading out."""

    @abc.abstractmethod
    def set_master_volume(self, volume: float) -> None:
        """Overall volume 0..1 for everything; 1 is the safe cap (``MASTER_CAP``)."""

    @abc.abstractmethod
    def set_music_volume(self, volume: float) -> None:
        """The music's own volume 0..1, under the master volume."""

    @abc.abstractmethod
    def set_music_level(self, level: float, ceiling: float = 1.0, over_s: float = 0.0) -> None:
        """The loaded track's level factor (``core/loudness.music_level``) and the highest
        gain its peaks allow, reached over ``over_s``. Loading a track resets both to 1."""

    @abc.abstractmethod
    def duck(
        self, depth_db: float = DEFAULT_DUCK_DB, attack_s: float = 0.3, release_s: float = 1.0
    ) -> None:
        """Soften the music by ``depth_db`` over ``attack_s`` until :meth:`unduck`."""

    @abc.abstractmethod
    def unduck(self) -> None:
        """Bring the music back over the duck's release time."""

    @abc.abstractmethod
    def set_breath_factor(self, factor: float, over_s: float = 0.2) -> None:
        """Breath-synced listening: 1 at the top of the in-breath, 0 at the end of the out."""

    @abc.abstractmethod
    def tick(self, now: float | None = None) -> list[AudioEvent]:
        """Move fades and ducking along; report ended tracks (call every ~50 ms)."""

    def close(self) -> None:  # noqa: B027 - optional hook: most outputs hold nothing
        """Release the device."""


class SilentAudio(AudioOutput):
    """Stands in when there is no sound; remembers why (a :class:`SoundProblem` value).

    Every method is a quiet no-op.
    """

    def __init__(self, reason: str) -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        return False

    @property
    def reason(self) -> str:
        return self._reason

    def play_file(self, path: Path | bytes, volume: float) -> None:
        return None

    def play_voice(self, path: Path | bytes, volume: float) -> None:
        return None

    def stop_voice(self) -> None:
        return None

    def set_voice_volume(self, volume: float) -> None:
        return None

    def load_music(self, path: Path) -> None:
        """Only a missing file is reported: without a mixer nothing can be decoded."""
        error = missing_file_error(path)
        if error is not None:
            raise error

    def play_music(self, fade_in_s: float = 3.0, start_s: float = 0.0, loop: bool = False) -> None:
        return None

    def pause_music(self, fade_out_s: float = 0.25) -> None:
        return None

    def resume_music(self, fade_in_s: float = 0.5) -> None:
        return None

    def stop_music(self, fade_out_s: float = 0.0) -> None:
        return None

    def seek(self, seconds: float) -> None:
        return None

    def music_position(self) -> float:
        return 0.0

    def music_state(self) -> MusicState:
        return MusicState.STOPPED

    def set_master_volume(self, volume: float) -> None:
        return None

    def set_music_volume(self, volume: float) -> None:
        return None

    def set_music_level(self, level: float, ceiling: float = 1.0, over_s: float = 0.0) -> None:
        return None

    def duck(
        self, depth_db: float = DEFAULT_DUCK_DB, attack_s: float = 0.3, release_s: float = 1.0
    ) -> None:
        return None

    def unduck(self) -> None:
        return None

    def set_breath_factor(self, factor: float, over_s: float = 0.2) -> None:
        return None

    def tick(self, now: float | None = None) -> list[AudioEvent]:
        return []


class PygameAudio(AudioOutput):
    """Plays through ``pygame.mixer``; short sounds are decoded once and kept, music streams.

    Args:
        clock: monotonic seconds for fades and ducking (injected for tests).
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        from companion.services.audio.lean_pygame import load_mixer

        # deferred, and the mixer only: pygame's display, fonts, images and numpy stay out
        mixer, error = load_mixer()
        pygame = SimpleNamespace(mixer=mixer, error=error)
        self._pygame = pygame
        self._clock = clock
        self._init_mixer()
        self._sounds: dict[Path | bytes, Any] = {}
        self._next_channel = 0
        self._reason = ""
        self._music = MusicStream(pygame, clock)

    def _init_mixer(self) -> None:
        mixer = self._pygame.mixer
        mixer.init(frequency=44100, size=-16, channels=2, buffer=1024)
        mixer.set_num_channels(8)
        mixer.set_reserved(RESERVED_CHANNELS)

    def _ready(self) -> bool:
        """Whether the mixer is up, reopening it once if it went away (sleep, unplugging)."""
        if self._pygame.mixer.get_init():
            return True
        try:
            self._init_mixer()
        except self._pygame.error as exc:
            log.warning("cannot reopen the audio device: %s", exc)
            self._reason = DEVICE_GONE
            self._music.device_lost()
            return False
        log.info("audio device reopened")
        self._sounds.clear()  # decoded for the old device's format
        self._music.device_lost()
        self._reason = ""
        return True

    @property
    def available(self) -> bool:
        return not self._reason

    @property
    def reason(self) -> str:
        return self._reason

    def _volume(self, volume: float) -> float:
        return max(0.0, min(1.0, volume)) * self._music.mix.master_gain()

    def play_file(self, path: Path | bytes, volume: float) -> None:
        if not self._ready():
            return
        pygame = self._pygame
        try:
            sound = self._sounds.get(path)
            if sound is None:
                source = io.BytesIO(path) if isinstance(path, bytes) else str(path)
                sound = pygame.mixer.Sound(source)
                self._sounds[path] = sound
            # Alternate between the reserved channels so a new cue never cuts the last one.
            channel = pygame.mixer.Channel(self._next_channel)
            self._next_channel = (self._next_channel + 1) % CUE_CHANNELS
            channel.set_volume(self._volume(volume))
            channel.play(sound)
        except (pygame.error, FileNotFoundError) as exc:
            what = "a recording" if isinstance(path, bytes) else path
            log.warning("cannot play %s: %s", what, exc)

    def play_voice(self, path: Path | bytes, volume: float) -> None:
        if not self._ready():
            return
        pygame = self._pygame
        try:
            # not cached: each utterance plays once; a recording is played from memory
            source = io.BytesIO(path) if isinstance(path, bytes) else str(path)
            sound = pygame.mixer.Sound(source)
            channel = pygame.mixer.Channel(VOICE_CHANNEL)
            channel.set_volume(self._volume(volume))
            channel.play(sound)
        except (pygame.error, FileNotFoundError) as exc:
            what = "a recording" if isinstance(path, bytes) else path
            log.warning("cannot speak %s: %s", what, exc)
            return
        now = self._clock()
        self._music.set_voice_busy(True, now)
        self._music.reapply(now)

    def stop_voice(self) -> None:
        if self._pygame.mixer.get_init():
            self._pygame.mixer.Channel(VOICE_CHANNEL).stop()

    def set_voice_volume(self, volume: float) -> None:
        if self._pygame.mixer.get_init():
            self._pygame.mixer.Channel(VOICE_CHANNEL).set_volume(self._volume(volume))

    def load_music(self, path: Path) -> None:
        if not self._ready():
            error = missing_file_error(path)
            if error is not None:
                raise error
            return
        self._music.load(path)

    def play_music(self, fade_in_s: float = 3.0, start_s: float = 0.0, loop: bool = False) -> None:
        if self._ready():
            self._music.play(fade_in_s, start_s, loop, self._clock())

    def pause_music(self, fade_out_s: float = 0.25) -> None:
        if self._pygame.mixer.get_init():
            self._music.pause(fade_out_s, self._clock())

    def resume_music(self, fade_in_s: float = 0.5) -> None:
        if self._ready():
            self._music.resume(fade_in_s, self._clock())

    def stop_music(self, fade_out_s: float = 0.0) -> None:
        if self._pygame.mixer.get_init():
            self._music.stop(fade_out_s, self._clock())

    def seek(self, seconds: float) -> None:
        if self._pygame.mixer.get_init():
            self._music.seek(seconds, self._clock())

    def music_position(self) -> float:
        return self._music.position() if self._pygame.mixer.get_init() else 0.0

    def music_state(self) -> MusicState:
        return self._music.state()

    def music_gain(self) -> float:
        """The music's gain now (0..cap): what is heard, for checks and tools."""
        return self._music.mix.gain(self._clock()) if self._pygame.mixer.get_init() else 0.0

    def set_master_volume(self, volume: float) -> None:
        self._music.mix.master = max(0.0, min(1.0, volume))
        if self._pygame.mixer.get_init():
            self._music.reapply()

    def set_music_volume(self, volume: float) -> None:
        self._music.mix.music = max(0.0, min(1.0, volume))
        if self._pygame.mixer.get_init():
            self._music.reapply()

    def set_music_level(self, level: float, ceiling: float = 1.0, over_s: float = 0.0) -> None:
        self._music.mix.set_level(self._clock(), level, ceiling, over_s)
        if self._pygame.mixer.get_init():
            self._music.reapply()

    def duck(
        self, depth_db: float = DEFAULT_DUCK_DB, attack_s: float = 0.3, release_s: float = 1.0
    ) -> None:
        self._music.duck(depth_db, attack_s, release_s, self._clock())

    def unduck(self) -> None:
        self._music.unduck(self._clock())

    def set_breath_factor(self, factor: float, over_s: float = 0.2) -> None:
        self._music.mix.set_breath(self._clock(), factor, over_s)

    def tick(self, now: float | None = None) -> list[AudioEvent]:
        t = self._clock() if now is None else now
        if not self._pygame.mixer.get_init():
            if self._reason:
                return []
            self._reason = DEVICE_GONE  # cleared again if the next play reopens it
            return self._music.device_lost()
        self._music.set_voice_busy(self._pygame.mixer.Channel(VOICE_CHANNEL).get_busy(), t)
        return self._music.tick(t)

    def close(self) -> None:
        self._sounds.clear()
        if self._pygame.mixer.get_init():
            self._pygame.mixer.music.stop()
            self._pygame.mixer.quit()


def open_audio(clock: Callable[[], float] = time.monotonic) -> AudioOutput:
    """The best audio output this machine offers; never raises."""
    try:
        return PygameAudio(clock)
    except ImportError as exc:
        log.warning("pygame unavailable: %s", exc)
        return SilentAudio(SoundProblem.NO_LIBRARY.value)
    except Exception as exc:  # pygame.error and SDL failures vary by platform
        log.warning("no audio device: %s", exc)
        return SilentAudio(SoundProblem.NO_DEVICE.value)
