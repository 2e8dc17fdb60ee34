"""The bundled calming soundscapes, read from ``assets/audio/MANIFEST.json``."""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path

from companion.core.listen.playlists import Playlist, Track
from companion.services.paths import assets_dir

log = logging.getLogger(__name__)

CALM_PLAYLIST = "Calm"


@dataclass(frozen=True)
class Soundscape:
    """One bundled track."""

    id: str
    title: str
    path: Path
    length_s: float
    description: str
    loudness_lufs: float = math.nan  # measured by tools/measure_loudness.py; nan: unknown


def soundscapes(audio_dir: Path | None = None) -> list[Soundscape]:
    """The bundled soundscapes in manifest order; empty (and logged) if the manifest is unusable."""
    folder = audio_dir or assets_dir() / "audio"
    try:
        manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
        return [
            Soundscape(
                id=str(entry["id"]),
                title=str(entry["title"]),
                path=folder / str(entry["file"]),
                length_s=float(entry["length_s"]),
                description=str(entry.get("description", "")),
                loudness_lufs=_lufs(entry.get("loudness_lufs")),
            )
            for entry in manifest["tracks"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("bundled soundscapes unavailable: %s", exc)
        return []


def _lufs(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) and -70 <= value <= 0 else math.nan


def cue_loudness(cue_dir: Path) -> dict[str, float]:
    """Each bundled cue's measured loudness (``cues/LEVELS.json``); empty if unreadable."""
    try:
        levels = json.loads((cue_dir / "LEVELS.json").read_text(encoding="utf-8"))
        return {str(name): _lufs(value) for name, value in dict(levels).items()}
    except (OSError, ValueError, TypeError) as exc:
        log.warning("cue levels unavailable: %s", exc)
        return {}


def calm_playlist(audio_dir: Path | None = None) -> Playlist:
    """The bundled "Calm" playlist: every soundscape, in manifest order."""
    tracks = [Track(str(s.path), s.title, None, s.length_s) for s in soundscapes(audio_dir)]
    return Playlist(CALM_PLAYLIST, tracks, bundled=True)
