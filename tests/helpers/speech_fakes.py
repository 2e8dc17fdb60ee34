"""A speech renderer for UI tests: writes silent WAVs whose length follows the text."""

from __future__ import annotations

import threading
import wave
from pathlib import Path
from typing import Any

from companion.services.speech import NO_ENGINE, SpeechUnavailable, Voice

RATE = 22050


class FakeSpeech:
    """Renders ``0.1 s per word`` of silence; remembers what it was asked, in order.

    ``gate`` (when set) holds every render until the test sets it; ``reason`` makes the
    engine unavailable, as when no speech library exists.
    """

    def __init__(self, folder: Path, reason: str = "") -> None:
        self.folder = folder
        self.voices_dir: Path | None = None
        self.prepared: list[tuple[str | None, str | None]] = []
        self.natural_problem = ""
        self.folder.mkdir(parents=True, exist_ok=True)
        self.requests: list[tuple[str, str | None, int]] = []
        self.gate: threading.Event | None = None
        self._reason = reason
        self._lock = threading.Lock()

    @staticmethod
    def seconds_for(text: str) -> float:
        """How long the fake audio for ``text`` lasts."""
        return 0.1 * len(text.split())

    def render(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate_wpm: int = 140,
        language: str | None = None,
    ) -> Path:
        if self.gate is not None:
            self.gate.wait(10)
        if self._reason:
            raise SpeechUnavailable(self._reason)
        with self._lock:
            self.requests.append((text, voice, rate_wpm))
            path = self.folder / f"line-{len(self.requests)}.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(b"\0\0" * round(self.seconds_for(text) * RATE))
        return path

    def voices(self, language: str | None = None) -> list[Voice]:
        if self._reason:
            return []
        return [Voice("gmw/en", "English (Great Britain)", ("en-gb",))]

    def default_voice(self, language: str | None = None) -> Voice | None:
        found = self.voices(language)
        return found[0] if found else None

    def prepare(self, voice: str | None = None, language: str | None = None) -> None:
        self.prepared.append((voice, language))

    def check_voice(self, model: Path, config: Path, sample: Path) -> dict[str, Any]:
        return {"ok": False, "code": "voice.no-engine"}

    def refresh_voices(self) -> None:
        pass

    @property
    def reason(self) -> str:
        return self._reason


def no_engine(folder: Path) -> FakeSpeech:
    """A fake whose engine is missing."""
    return FakeSpeech(folder, reason=NO_ENGINE)
