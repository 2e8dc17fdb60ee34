"""Renders a script's sentences in order, off the GUI thread, one after another.

The first sentence is asked for first, so speech can start as soon as it is ready; the
rest follow while it plays. Each result (a WAV and its length) comes back through
:func:`run_in_background`'s queued signal. A line the engine cannot say is shown as a timed
caption; an engine that cannot start at all turns every line into a caption and says why.
"""

from __future__ import annotations

import wave
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, Signal

from companion.core.imagine.narration import NO_AUDIO
from companion.services.speech import NO_ENGINE, TOO_LONG, TOO_SLOW, SpeechUnavailable, Voice
from companion.sessions.worker import run_in_background


class Renderer(Protocol):
    """What the queue needs from the speech service (``SpeechRenderer`` or a test fake)."""

    def render(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate_wpm: int = 140,
        language: str | None = None,
    ) -> Path: ...


class SpeechService(Renderer, Protocol):
    """The speech service as the pages use it (``SpeechRenderer`` or a test fake)."""

    voices_dir: Path | None

    def voices(self, language: str | None = None) -> list[Voice]: ...

    def default_voice(self, language: str | None = None) -> Voice | None: ...

    def prepare(self, voice: str | None = None, language: str | None = None) -> None: ...

    def check_voice(self, model: Path, config: Path, sample: Path) -> dict[str, Any]: ...

    def refresh_voices(self) -> None: ...

    @property
    def reason(self) -> str: ...

    @property
    def natural_problem(self) -> str: ...


def wav_seconds(path: Path) -> float:
    """Length of a WAV in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate())


def if_alive(owner: QObject, func: Callable[[Any], None]) -> Callable[[Any], None]:
    """``func``, dropped if ``owner`` has been deleted by the time a background result comes."""

    def call(result: Any) -> None:
        if shiboken6.isValid(owner):
            func(result)

    return call


def _render_one(
    renderer: Renderer, text: str, voice: str | None, rate: int, language: str | None
) -> tuple[Path, float]:
    path = renderer.render(text, voice=voice, rate_wpm=rate, language=language)
    return path, wav_seconds(path)


class SpeechQueue(QObject):
    """Audio for the sentences of one session, rendered in order.

    Signals:
        ready(int): the audio for the segment at this index is ready.
        unavailable(str): speech cannot be produced at all; a ``speech.*`` code says why.
        unspoken(int, str): this one sentence has no voice (it is shown as words), and why:
            ``too-long``, ``too-slow`` or ``not-spoken``.
    """

    ready = Signal(int)
    unavailable = Signal(str)
    unspoken = Signal(int, str)

    def __init__(
        self,
        renderer: Renderer | None,
        voice: str | None,
        rate_wpm: int,
        parent: QObject | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._voice = voice or None
        self._rate = rate_wpm
        self._language = language
        self._pending: deque[tuple[int, str]] = deque()
        self._audio: dict[int, tuple[Path | bytes, float]] = {}
        self._silent: set[int] = set()
        self._busy = False
        self._cancelled = False
        self.reason = "" if renderer is not None else NO_ENGINE

    def start(
        self,
        sentences: list[tuple[int, str]],
        recorded: dict[int, tuple[bytes, float]] | None = None,
    ) -> None:
        """Queue ``(index, text)`` pairs and start rendering the first; the sentences in
        ``recorded`` (a loved one's takes: WAV bytes and seconds) are ready at once."""
        for index, take in (recorded or {}).items():
            self._audio[index] = take
        sentences = [(i, text) for i, text in sentences if i not in self._audio]
        for index in recorded or {}:
            self.ready.emit(index)
        if self._renderer is None:
            self._silent.update(i for i, _ in sentences)
            self.unavailable.emit(self.reason)
            return
        self._pending.extend(sentences)
        self._next()

    def cancel(self) -> None:
        """Render nothing more (a render already running finishes and is dropped)."""
        self._cancelled = True
        self._pending.clear()

    def length(self, index: int) -> float | None:
        """Seconds of audio for a sentence, NO_AUDIO if it will have none, None if pending."""
        if index in self._audio:
            return self._audio[index][1]
        if index in self._silent or self.reason:
            return NO_AUDIO
        return None

    def path(self, index: int) -> Path | bytes | None:
        """The WAV for a sentence, once ready (a recording's is its bytes)."""
        found = self._audio.get(index)
        return found[0] if found else None

    @property
    def done(self) -> bool:
        """Nothing left to render."""
        return not self._busy and not self._pending

    def _next(self) -> None:
        if self._busy or self._cancelled or not self._pending or self._renderer is None:
            return
        index, text = self._pending.popleft()
        renderer, voice, rate, language = self._renderer, self._voice, self._rate, self._language
        self._busy = True

        def done(result: tuple[Path | bytes, float]) -> None:
            self._busy = False
            if self._cancelled:
                return
            self._audio[index] = result
            self.ready.emit(index)
            self._next()

        def failed(exc: BaseException) -> None:
            self._busy = False
            if self._cancelled:
                return
            self._silent.add(index)
            if isinstance(exc, SpeechUnavailable) and exc.engine_gone:
                self.reason = exc.code  # the engine is gone: every line becomes a caption
                self._silent.update(i for i, _ in self._pending)
                self._pending.clear()
                self.unavailable.emit(self.reason)
            else:
                self.unspoken.emit(index, _unspoken_code(exc))
            self.ready.emit(index)  # the narration may stop waiting for it
            self._next()

        run_in_background(
            lambda: _render_one(renderer, text, voice, rate, language),
            if_alive(self, done),
            if_alive(self, failed),
        )


def _unspoken_code(exc: BaseException) -> str:
    """Why one sentence has no voice, as a code for the interface to word."""
    if isinstance(exc, SpeechUnavailable):
        return {TOO_LONG: "too-long", TOO_SLOW: "too-slow"}.get(str(exc), "not-spoken")
    return "not-spoken"
