"""Breathing cues: sounds that let someone follow the pacer with their eyes closed.

The cue player listens to the breathing session's phase events; the session never calls it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from companion.core.breathing import Phase
from companion.core.preferences import MAX_CUE_VOLUME
from companion.services.audio.output import AudioOutput
from companion.services.paths import assets_dir

CUE_DIR = assets_dir() / "audio" / "cues"


@dataclass
class CueOptions:
    """What the cue player plays; changed live from the session controls."""

    enabled: bool = True
    volume: float = 0.3
    spoken: bool = False


class BreathCues:
    """Plays a soft tone (or a spoken word) at each phase change and at the end.

    ``spoken`` maps phase names to rendered WAVs (from the speech service); until they are
    ready, or without a speech engine, the tones play instead.
    """

    def __init__(self, audio: AudioOutput, options: CueOptions, cue_dir: Path = CUE_DIR) -> None:
        self.audio = audio
        self.options = options
        self.cue_dir = cue_dir
        self.spoken: dict[str, Path] = {}

    def on_phase(self, phase: Phase) -> None:
        """Sound the start of ``phase`` (holds are silent: nothing to do)."""
        if phase is Phase.INHALE:
            self._play("inhale")
        elif phase is Phase.EXHALE:
            self._play("exhale")

    def on_finished(self) -> None:
        """Sound the gentle closing cue."""
        self._play("end")

    def _play(self, name: str) -> None:
        if not self.options.enabled:
            return
        volume = min(self.options.volume, MAX_CUE_VOLUME)
        path = self.spoken.get(name) if self.options.spoken else None
        self.audio.play_file(path or self.cue_dir / f"{name}.wav", volume)
