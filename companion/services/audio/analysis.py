"""A music file decoded once, block by block, into its loudness, peak and liveliness.

libsndfile (through ``soundfile``) decodes FLAC, OGG Vorbis, Opus, MP3 and WAV in 64k-frame
blocks, so memory stays flat however long the track (about 40 MB for the whole process).
Each block feeds the BS.1770 meter (:mod:`.loudness`) and an :class:`EnergyMeter`. This
runs in the measuring worker process (``services/listen/measure_worker.py``), never on the
GUI thread. A file that cannot be decoded raises :class:`AnalysisError` with a ``kind``.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
from numpy.typing import NDArray

from companion.core.listen.levels import Energy
from companion.services.audio.loudness import LoudnessMeter
from companion.services.audio.music_file import AnalysisError, open_track

BLOCK_FRAMES = 65536
MAX_SECONDS = 3 * 3600.0  # longer recordings are measured over their first three hours

# The energy meter listens to a mono mix at about 11 kHz (every fourth sample of 44.1 or
# 48 kHz, averaged: enough for onsets and brightness, a quarter of the work), in frames of
# ~46 ms with 50 % overlap. An onset is a frame whose spectrum
# rises (bins above -80 dBFS, in dB, averaged over the bins) well above its neighbourhood's
# usual rise, and by enough to hear; onsets are at least 60 ms apart.
ENERGY_RATE = 11025
FRAME_S = 0.046
FLOOR_DB = -80.0
LOCAL_S = 0.75
ONSET_RATIO = 2.0
ONSET_MIN_DB = 0.4
ONSET_GAP_S = 0.06


@dataclass(frozen=True)
class Analysis:
    """What one decoding found."""

    lufs: float  # integrated loudness; minus infinity for silence
    peak: float  # sample peak, 1 = full scale
    seconds: float  # how much was decoded
    energy: Energy | None


class EnergyMeter:
    """Onsets a second (peaks of the log-magnitude spectral flux) and the loudness-weighted
    spectral centroid, from (frames × channels) float blocks."""

    def __init__(self, fs: int) -> None:
        self._step = max(1, fs // ENERGY_RATE)
        fs = fs // self._step
        self.fs = fs
        self._n = 1 << max(8, round(math.log2(FRAME_S * fs)))
        self._hop = self._n // 2
        self._window = np.hanning(self._n).astype(np.float32)
        self._scale = 2.0 / float(self._window.sum())  # a full-scale sine reads 0 dB
        self._freqs = np.fft.rfftfreq(self._n, 1.0 / fs)
        self._buffer = np.zeros(0, dtype=np.float32)
        self._carry = np.zeros((0, 1), dtype=np.float32)  # frames not yet summed down
        self._last: NDArray[np.float32] | None = None
        self._flux: list[NDArray[np.float64]] = []
        self._weighted = 0.0  # sum of f·|X|² over every frame
        self._power = 0.0  # sum of |X|²
        self._samples = 0

    def add(self, block: NDArray[np.floating]) -> None:
        """Feed ``block`` (frames × channels)."""
        frames = np.asarray(block, dtype=np.float32)
        if frames.ndim == 1:
            frames = frames[:, None]
        if len(self._carry):
            frames = np.concatenate([self._carry, frames])
        whole = len(frames) // self._step * self._step
        self._carry = frames[whole:].copy()  # frames not yet summed down (the block is reused)
        # The mono mix and the step's samples summed at once: each row of this view holds a
        # step of frames, and one matrix-vector product adds them (numpy sums short rows
        # slowly, BLAS does not)
        rows = np.ascontiguousarray(frames[:whole]).reshape(whole // self._step, -1)
        mono = rows @ np.ones(rows.shape[1], dtype=np.float32)
        self._samples += len(mono)
        data = np.concatenate([self._buffer, mono])
        count = (len(data) - self._n) // self._hop + 1 if len(data) >= self._n else 0
        if count > 0:
            frames = np.lib.stride_tricks.sliding_window_view(data, self._n)[:: self._hop][:count]
            self._frames(frames)
            self._buffer = data[count * self._hop :]
        else:
            self._buffer = data

    def _frames(self, frames: NDArray[np.float32]) -> None:
        # From the power (no square roots), in single precision but summed in double: dB
        # are 10·log10 of the power, floored before the logarithm (no infinities).
        spectrum = np.fft.rfft(frames * self._window, axis=1)
        power = np.square(spectrum.real)
        power += np.square(spectrum.imag)
        power *= np.float32(self._scale**2)
        self._weighted += float((power @ self._freqs).sum())
        self._power += float(power.sum(dtype=np.float64))
        np.maximum(power, np.float32(10 ** (FLOOR_DB / 10)), out=power)
        level = np.log10(power, out=power)
        level *= np.float32(10.0)
        level -= np.float32(FLOOR_DB)
        previous = level[:1] if self._last is None else self._last[None, :]
        rise = np.diff(np.concatenate([previous, level]), axis=0)
        np.maximum(rise, 0.0, out=rise)
        self._flux.append(rise.mean(axis=1, dtype=np.float64))
        self._last = level[-1].copy()

    def result(self) -> Energy | None:
        """The energy of what was fed (None for less than a second of sound)."""
        seconds = self._samples / self.fs
        if seconds < 1.0 or not self._flux:
            return None
        flux = np.concatenate(self._flux)
        rate = self.fs / self._hop  # flux values a second
        onsets = _count_onsets(flux, rate)
        brightness = self._weighted / self._power if self._power > 0 else 0.0
        return Energy(onsets_per_s=onsets / seconds, brightness_hz=brightness)


def _count_onsets(flux: NDArray[np.float64], rate: float) -> int:
    """Local maxima of the flux that stand clearly above their neighbourhood."""
    if len(flux) < 3:
        return 0
    half = max(1, round(LOCAL_S * rate))
    kernel = np.ones(2 * half + 1) / (2 * half + 1)
    mean = np.convolve(np.pad(flux, half, mode="edge"), kernel, mode="valid")
    gap = max(1, round(ONSET_GAP_S * rate))
    candidates = np.flatnonzero((flux > ONSET_RATIO * mean) & (flux > ONSET_MIN_DB))
    count, last = 0, -gap
    for t in candidates:
        lo, hi = max(0, t - gap), min(len(flux), t + gap + 1)
        if flux[t] >= flux[lo:hi].max() and t - last >= gap:
            count += 1
            last = int(t)
    return count


def preload() -> None:
    """Load libsndfile now (the worker does, before its first request)."""
    import soundfile  # noqa: F401


def analyse_file(path: Path, energy: bool = True, file: BinaryIO | None = None) -> Analysis:
    """Decode ``path`` once and measure it (blocks; at most :data:`MAX_SECONDS`); ``file``,
    if given, is the file already opened by :func:`open_track` (read from its start)."""
    if file is None:
        with open_track(path) as opened:
            return analyse_file(path, energy, opened)
    import soundfile  # imported here: only the measuring worker needs libsndfile

    try:
        if sys.platform == "win32":  # libsndfile may use another C runtime's descriptors
            source: str | int = str(path)
        else:  # the very file that was checked (and a name that is not UTF-8 is no matter)
            source = file.fileno()
            os.lseek(source, 0, os.SEEK_SET)  # where the buffered reader left it is not 0
        with soundfile.SoundFile(source, closefd=False) as sound:
            fs, channels = int(sound.samplerate), int(sound.channels)
            meter = LoudnessMeter(fs, channels)
            energy_meter = EnergyMeter(fs) if energy else None
            limit = int(MAX_SECONDS * fs)
            decoded = 0
            out = np.empty((BLOCK_FRAMES, channels), dtype=np.float32)  # one buffer, reused
            for block in sound.blocks(dtype="float32", always_2d=True, out=out):
                if decoded >= limit:
                    break
                block = block[: limit - decoded]
                decoded += len(block)
                meter.add(block)
                if energy_meter is not None:
                    energy_meter.add(block)
    except (soundfile.LibsndfileError, RuntimeError, ValueError, OSError) as exc:
        raise AnalysisError("undecodable", f"{path}: {exc}") from exc
    if decoded == 0:
        raise AnalysisError("undecodable", f"{path}: no sound in it")
    return Analysis(
        lufs=meter.integrated(),
        peak=meter.peak,
        seconds=decoded / fs,
        energy=energy_meter.result() if energy_meter is not None else None,
    )
