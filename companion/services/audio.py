"""The audio service: the one owner of ``pygame.mixer`` in the app.

pygame is imported only when :func:`open_audio` runs, after the first window is on screen.
With no audio device the app gets a :class:`SilentAudio` that says why, and the visual
guidance carries on alone.
"""

from __future__ import annotations

import abc
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# Hard ceiling on anything the app plays: others in the room may be asleep.
MASTER_CAP = 0.8
CUE_CHANNELS = 2  # reserved channels for breathing cues and speech


class AudioOutput(abc.ABC):
    """Somewhere sounds can be played."""

    @property
    @abc.abstractmethod
    def available(self) -> bool:
        """Whether sound can actually be heard."""

    @property
    @abc.abstractmethod
    def reason(self) -> str:
        """Why sound is unavailable (empty when it is available)."""

    @abc.abstractmethod
    def play_file(self, path: Path, volume: float) -> None:
        """Play a short sound (cue, spoken word) at ``volume`` 0..1, never over the cap."""

    def close(self) -> None:  # noqa: B027 - optional hook: most outputs hold nothing
        """Release the device."""


class SilentAudio(AudioOutput):
    """Stands in when there is no sound; remembers why."""

    def __init__(self, reason: str) -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        return False

    @property
    def reason(self) -> str:
        return self._reason

    def play_file(self, path: Path, volume: float) -> None:
        return None


class PygameAudio(AudioOutput):
    """Plays through ``pygame.mixer``; short sounds are decoded once and kept."""

    def __init__(self) -> None:
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        import pygame  # deferred: keeps pygame off the start-up path

        self._pygame = pygame
        pygame.mixer.init(frequency=44100, size=-16, channels=2, buffer=1024)
        pygame.mixer.set_num_channels(8)
        pygame.mixer.set_reserved(CUE_CHANNELS)
        self._sounds: dict[Path, Any] = {}
        self._next_channel = 0
        self._reason = ""

    @property
    def available(self) -> bool:
        return not self._reason

    @property
    def reason(self) -> str:
        return self._reason

    def play_file(self, path: Path, volume: float) -> None:
        pygame = self._pygame
        if not pygame.mixer.get_init():
            self._reason = "The sound device went away."
            return
        try:
            sound = self._sounds.get(path)
            if sound is None:
                sound = pygame.mixer.Sound(str(path))
                self._sounds[path] = sound
            # Alternate between the reserved channels so a new cue never cuts the last one.
            channel = pygame.mixer.Channel(self._next_channel)
            self._next_channel = (self._next_channel + 1) % CUE_CHANNELS
            channel.set_volume(_capped(volume))
            channel.play(sound)
        except (pygame.error, FileNotFoundError) as exc:
            log.warning("cannot play %s: %s", path, exc)

    def close(self) -> None:
        self._sounds.clear()
        if self._pygame.mixer.get_init():
            self._pygame.mixer.quit()


def _capped(volume: float) -> float:
    return max(0.0, min(1.0, volume)) * MASTER_CAP


def open_audio() -> AudioOutput:
    """The best audio output this machine offers; never raises."""
    try:
        return PygameAudio()
    except ImportError as exc:
        log.warning("pygame unavailable: %s", exc)
        return SilentAudio("Sound is off: the audio library is missing.")
    except Exception as exc:  # pygame.error and SDL failures vary by platform
        log.warning("no audio device: %s", exc)
        return SilentAudio("Sound is off: no audio device was found.")
