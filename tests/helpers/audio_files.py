"""Music files made for a test: a chord with a gentle pulse, at a chosen loudness.

Written with soundfile (OGG one second at a time: libvorbis crashes on one big write).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import soundfile as sf

from companion.services.audio.loudness import integrated_loudness

RATE = 44100
FORMATS = {
    ".wav": ("WAV", "PCM_16"),
    ".flac": ("FLAC", "PCM_16"),
    ".ogg": ("OGG", "VORBIS"),
    ".opus": ("OGG", "OPUS"),
    ".mp3": ("MP3", "MPEG_LAYER_III"),
}


def music(seconds: float, lufs: float, pulses_per_s: float = 1.0, seed: int = 0) -> np.ndarray:
    """Stereo float32 samples at ``lufs``: a chord, struck ``pulses_per_s`` times a second."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * RATE)) / RATE
    chord = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) for f in (220.0, 277.2, 329.6))
    if pulses_per_s > 0:
        phase = (t * pulses_per_s) % 1.0
        envelope = 0.25 + 0.75 * np.exp(-phase / (0.12 / max(pulses_per_s, 1.0)))
        chord = chord * envelope + 0.3 * rng.normal(0, 1, len(t)) * np.exp(-phase * 40)
    stereo = np.column_stack([chord, 0.9 * chord]).astype(np.float64)
    measured = integrated_loudness([stereo], RATE, 2)[0]
    return (stereo * 10 ** ((lufs - measured) / 20)).astype(np.float32)


def write(path: Path, samples: np.ndarray, rate: int = RATE) -> Path:
    """Write ``samples`` in the format ``path``'s suffix names."""
    fmt, subtype = FORMATS[path.suffix.lower()]
    path.parent.mkdir(parents=True, exist_ok=True)
    name = os.fsencode(path)  # soundfile cannot encode a name that is not UTF-8 itself
    with sf.SoundFile(name, "w", rate, samples.shape[1], format=fmt, subtype=subtype) as out:
        for start in range(0, len(samples), rate):
            out.write(samples[start : start + rate])
    return path


def track(path: Path, lufs: float, seconds: float = 6.0, pulses_per_s: float = 1.0) -> Path:
    """A test track at ``lufs`` written to ``path``."""
    rate = 48000 if path.suffix.lower() == ".opus" else RATE
    samples = music(seconds, lufs, pulses_per_s)
    if rate != RATE:
        index = np.arange(int(len(samples) * rate / RATE)) * RATE / rate
        samples = np.column_stack(
            [np.interp(index, np.arange(len(samples)), samples[:, c]) for c in range(2)]
        ).astype(np.float32)
    return write(path, samples, rate)
