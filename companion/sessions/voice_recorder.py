"""Recording one take from the microphone: start, a level to show, stop → a finished take.

The microphone opens (and stays open for the next take) on a worker thread once the sound
device is bound: SDL's mixer must start before its capture. While recording, a timer reads
the level for the meter; a take stops by itself at ``max_s``. Stopping hands the samples to a
worker that trims the silence at both ends and levels them to the voice loudness; the take
comes back as a WAV file's bytes. Problems are codes: ``no-microphone``, ``no-library``,
``silent`` (nothing was heard), ``failed``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from companion.services.audio.capture import Capture, CaptureError, open_capture
from companion.services.audio.output import AudioOutput
from companion.sessions.sound import SoundPath
from companion.sessions.speech_queue import if_alive
from companion.sessions.worker import run_in_background

log = logging.getLogger(__name__)

LEVEL_MS = 50
LEVEL_FALL = 0.7  # the meter falls back gently (a block may come late), never flickers
MAX_LINE_S = 60.0
MAX_MESSAGE_S = 180.0
SILENT = "silent"
FAILED = "failed"


@dataclass(frozen=True)
class Take:
    """A finished take: a WAV file's bytes, and how long it lasts."""

    wav: bytes
    seconds: float


class TakeRecorder(QObject):
    """Records takes, one at a time.

    Signals:
        started(): the microphone is listening.
        level(float): the loudest sample lately, 0..1 (about 20 times a second).
        finished(object): the :class:`Take`, trimmed and levelled.
        failed(str): why there is no take (a code).
    """

    started = Signal()
    level = Signal(float)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        sound: SoundPath,
        opener: Callable[[], Capture] = open_capture,
        max_s: float = MAX_LINE_S,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sound = sound
        self._opener = opener
        self.max_s = max_s
        self._now = now
        self._capture: Capture | None = None
        self._began = 0.0
        self._shown = 0.0
        self.recording = False
        self.busy = False  # opening the microphone or finishing a take
        self._timer = QTimer(self)
        self._timer.setInterval(LEVEL_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        """Start a take (the voice channel is silenced: it would be recorded too)."""
        if self.recording or self.busy:
            return
        self.busy = True
        self._sound.stop_voice()
        self._sound.when_bound(self._open_then_start)

    def _open_then_start(self, _output: AudioOutput) -> None:
        capture, opener = self._capture, self._opener
        if capture is None:
            from companion.services.audio.lean_pygame import load_whole

            load_whole()  # here, not in the worker (see load_whole)

        def work() -> Capture:
            found = capture or opener()
            found.start()
            return found

        run_in_background(work, if_alive(self, self._listening), if_alive(self, self._not_open))

    def _listening(self, capture: Capture) -> None:
        self._capture = capture
        self.busy = False
        self.recording = True
        self._began = self._now()
        self._timer.start()
        self.started.emit()

    def _not_open(self, exc: BaseException) -> None:
        self.busy = False
        code = exc.code if isinstance(exc, CaptureError) else FAILED
        if not isinstance(exc, CaptureError):
            log.warning("the microphone failed: %s", exc)
        self.failed.emit(code)

    def _tick(self) -> None:
        if self._capture is None or not self.recording:
            return
        self._shown = max(self._capture.level(), self._shown * LEVEL_FALL)
        if self._shown < 0.005:
            self._shown = 0.0
        self.level.emit(self._shown)
        if self._now() - self._began >= self.max_s:
            self.stop()

    def stop(self) -> None:
        """End the take; :attr:`finished` (or :attr:`failed`) follows."""
        capture = self._capture
        if not self.recording or capture is None:
            return
        self.recording = False
        self.busy = True
        self._timer.stop()
        self._shown = 0.0
        self.level.emit(0.0)

        def work() -> Take:
            from companion.services.audio.levelling import finish_take

            wav, seconds = finish_take(capture.stop(), capture.rate)
            return Take(wav, seconds)

        def done(take: Take) -> None:
            self.busy = False
            self.finished.emit(take)

        def failed(exc: BaseException) -> None:
            from companion.services.audio.levelling import SilentTake

            self.busy = False
            if not isinstance(exc, SilentTake):
                log.warning("the take could not be finished: %s", exc)
            self.failed.emit(SILENT if isinstance(exc, SilentTake) else FAILED)

        run_in_background(work, if_alive(self, done), if_alive(self, failed))

    def close(self) -> None:
        """Let the microphone go (the page is closing)."""
        self._timer.stop()
        capture, self._capture = self._capture, None
        self.recording = False
        if capture is not None:
            try:
                capture.close()
            except Exception as exc:  # a device that vanished cannot be closed cleanly
                log.warning("closing the microphone: %s", exc)
