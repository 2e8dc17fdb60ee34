"""The microphone, through SDL's capture devices in pygame 2 (``pygame._sdl2.audio``).

A :class:`Capture` records 16-bit mono samples at :data:`RATE` on SDL's audio thread: each
block is copied (the buffer is only valid during the callback) and its peak kept for the
level meter. Stopping is asked of the callback itself, which pauses the device from inside
(SDL's lock is recursive there); pausing from another thread while a callback waits for the
GIL can deadlock. If no callback comes to do it, SDL is paused through ctypes, which lets
go of the GIL.

"No microphone" (a code, ``no-microphone``): SDL's audio cannot start, it lists no capture
device, or the driver is ``dummy`` (which records silence). SDL's ``disk`` driver reads
"what the microphone hears" from ``SDL_DISKAUDIOFILEIN`` (raw samples as opened): tests
speak into it from a file.
"""

from __future__ import annotations

import array
import logging
import os
import sys
import threading
from typing import Any, Protocol

log = logging.getLogger(__name__)

RATE = 22050  # the speech engines' rate: a recorded line sits with the rendered ones
BLOCK = 1024  # samples per callback (46 ms)
NO_MICROPHONE = "no-microphone"
NO_LIBRARY = "no-library"


class CaptureError(Exception):
    """The microphone cannot be used; ``code`` says why (``no-microphone``, ``no-library``)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


class Capture(Protocol):
    """A microphone being listened to."""

    rate: int

    def start(self) -> None:
        """Start recording (from silence: what was heard before is dropped)."""

    def level(self) -> float:
        """The loudest sample since the last call, 0..1 (for a meter)."""

    def stop(self) -> bytes:
        """Stop and return what was recorded: 16-bit little-endian mono samples."""

    def close(self) -> None:
        """Let the device go."""


class SdlCapture:
    """SDL's first capture device, opened for 16-bit mono at :data:`RATE`."""

    def __init__(self, rate: int = RATE) -> None:
        if os.environ.get("SDL_AUDIODRIVER", "").strip().lower() == "dummy":
            raise CaptureError(NO_MICROPHONE, "the dummy driver records silence")
        os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
        try:
            import pygame
            import pygame._sdl2 as sdl2
            from pygame._sdl2 import audio as sdl_audio
        except ImportError as exc:
            raise CaptureError(NO_LIBRARY, str(exc)) from exc
        self._sdl_audio = sdl_audio
        self.rate = rate
        try:
            # pygame.mixer.init() must come first if it is to work at all; the app's audio
            # output has run it by now. Without a mixer, SDL's audio is started alone.
            if not pygame.mixer.get_init():
                sdl2.init_subsystem(sdl2.INIT_AUDIO)
            names = sdl_audio.get_audio_device_names(True)
        except RuntimeError as exc:  # pygame.error and sdl2.error both are
            raise CaptureError(NO_MICROPHONE, str(exc)) from exc
        if not names:
            raise CaptureError(NO_MICROPHONE, "no capture device")
        self._blocks: list[bytes] = []
        self._peak = 0
        self._recording = False
        self._stop_asked = threading.Event()
        self._stopped = threading.Event()
        self._guard = threading.Lock()
        try:
            self._device = sdl_audio.AudioDevice(
                devicename=names[0], iscapture=True, frequency=rate,
                audioformat=sdl_audio.AUDIO_S16, numchannels=1, chunksize=BLOCK,
                allowed_changes=0, callback=self._on_block,
            )  # fmt: skip
        except RuntimeError as exc:
            raise CaptureError(NO_MICROPHONE, str(exc)) from exc
        self._closed = False

    def _on_block(self, device: Any, memory: Any) -> None:
        """SDL's audio thread: keep a copy of the block, note its peak, pause when asked."""
        data = bytes(memory)
        if self._stop_asked.is_set():
            if not self._stopped.is_set():
                device.pause(1)  # from inside the callback: cannot deadlock
                self._stopped.set()
            return
        samples = array.array("h", data)
        if sys.byteorder == "big":
            samples.byteswap()
        peak = max(max(samples, default=0), -min(samples, default=0))
        with self._guard:
            if self._recording:
                self._blocks.append(data)
            self._peak = max(self._peak, peak)

    def start(self) -> None:
        with self._guard:
            self._blocks = []
            self._peak = 0
            self._recording = True
        self._stop_asked.clear()
        self._stopped.clear()
        self._device.pause(0)

    def level(self) -> float:
        with self._guard:
            peak, self._peak = self._peak, 0
        return min(1.0, peak / 32768.0)

    def stop(self) -> bytes:
        self._stop_asked.set()
        if not self._stopped.wait(1.0):
            self._pause_without_the_gil()
        with self._guard:
            self._recording = False
            data = b"".join(self._blocks)
            self._blocks = []
        return data

    def _pause_without_the_gil(self) -> None:
        """No callback came to pause the device: ask SDL directly (ctypes lets go of the GIL)."""
        import ctypes
        import ctypes.util

        name = _loaded_sdl() or ctypes.util.find_library("SDL2-2.0") or "libSDL2-2.0.so.0"
        try:
            sdl = ctypes.CDLL(name)
            sdl.SDL_PauseAudioDevice(ctypes.c_uint32(self._device.deviceid), 1)
        except (OSError, AttributeError) as exc:
            log.warning("could not pause the microphone: %s", exc)
        self._stopped.set()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if not self._stopped.is_set():
            self.stop()
        self._device.close()


def _loaded_sdl() -> str | None:
    """The SDL 2 library this process already loaded (pygame's own copy), if it can tell."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            for line in maps:
                if "libSDL2-2" in line:
                    return line.split()[-1]
    except OSError:
        pass
    return None


def open_capture(rate: int = RATE) -> Capture:
    """The microphone, or :class:`CaptureError` saying why there is none."""
    return SdlCapture(rate)
