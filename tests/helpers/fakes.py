"""Hand-written fakes for unit tests of logic (never for the features themselves)."""

from __future__ import annotations

from pathlib import Path

from companion.services.audio import AudioOutput


class FakeClock:
    """A monotonic clock that moves only when told."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass."""
        self.now += seconds


class RecordingAudio(AudioOutput):
    """An audio output that remembers what it was asked to play."""

    def __init__(self, reason: str = "") -> None:
        self.played: list[tuple[str, float]] = []
        self._reason = reason

    @property
    def available(self) -> bool:
        return not self._reason

    @property
    def reason(self) -> str:
        return self._reason

    def play_file(self, path: Path, volume: float) -> None:
        self.played.append((path.stem, volume))
