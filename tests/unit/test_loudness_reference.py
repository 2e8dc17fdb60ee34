"""The fast meter (a cut impulse response, FFT overlap-add in single precision, fed in blocks of
any size) reads what BS.1770 defines: a plain recursive K-weighting filter in double precision,
sample by sample, and the gating written out block by block. Varied sounds: mono, stereo and
5.1, 22.05/44.1/48/96 kHz, rumble far down where the cut response differs most, loud and
quiet passages, silence, sounds shorter than one 400 ms block."""

from __future__ import annotations

import math

import numpy as np
import pytest

from companion.services.audio.loudness import (
    ABSOLUTE_GATE,
    RELATIVE_GATE,
    SURROUND_GAIN,
    LoudnessMeter,
    _biquad,
    k_weighting,
)

TOLERANCE_LU = 0.001  # the issue allows 0.1; the cut response and single precision give 2e-5


def reference_lufs(x: np.ndarray, fs: int) -> float:
    """BS.1770-4 integrated loudness as the standard writes it (slow: short sounds only)."""
    (b1, a1), (b2, a2) = k_weighting(fs)
    y = np.column_stack(
        [np.asarray(_biquad(_biquad(x[:, c].tolist(), b1, a1), b2, a2)) for c in range(x.shape[1])]
    )
    weights = np.ones(x.shape[1])
    if x.shape[1] >= 5:
        weights[3] = 0.0
        weights[4:6] = SURROUND_GAIN
    power = (y * y) @ weights
    block, hop = round(0.4 * fs), round(0.1 * fs)
    z = np.array([power[s : s + block].mean() for s in range(0, len(power) - block + 1, hop)])
    if not len(z):  # shorter than one block: the whole sound, under the absolute gate
        mean = power.mean() if len(power) else 0.0
        if mean <= 0:
            return -math.inf
        short = -0.691 + 10 * math.log10(mean)
        return short if short > ABSOLUTE_GATE else -math.inf
    with np.errstate(divide="ignore"):
        loud = -0.691 + 10 * np.log10(z)
    z = z[loud > ABSOLUTE_GATE]
    if not len(z):
        return -math.inf
    relative = -0.691 + 10 * math.log10(z.mean()) + RELATIVE_GATE
    with np.errstate(divide="ignore"):
        z = z[-0.691 + 10 * np.log10(z) > relative]
    return -0.691 + 10 * math.log10(z.mean())


def _tone(fs: int, seconds: float, hz: float, dbfs: float) -> np.ndarray:
    t = np.arange(int(seconds * fs)) / fs
    return 10 ** (dbfs / 20) * np.sin(2 * np.pi * hz * t)


def _clips() -> dict[str, tuple[np.ndarray, int]]:
    rng = np.random.default_rng(18)
    noise = rng.normal(0, 0.1, (int(2.5 * 48000), 2))
    chord = sum(_tone(44100, 3.0, f, -20) for f in (220.0, 277.2, 329.6))
    pulse = np.exp(-((np.arange(len(chord)) / 44100) % 0.5) * 12)
    rumble = _tone(44100, 2.0, 12.0, -6) + _tone(44100, 2.0, 31.0, -12)
    steps = np.concatenate([_tone(22050, 1.0, 500, -40), _tone(22050, 1.5, 500, -14)] * 2)
    surround = rng.normal(0, 0.05, (96000, 6)) * [1, 1, 1, 3, 0.5, 0.5]
    return {
        "mono 44.1 kHz chord": ((chord * pulse)[:, None], 44100),
        "stereo 48 kHz noise": (noise * [1.0, 0.6], 48000),
        "stereo 44.1 kHz rumble (12 and 31 Hz)": (np.column_stack([rumble, 0.5 * rumble]), 44100),
        "mono 22.05 kHz quiet then loud": (steps[:, None], 22050),
        "5.1 at 48 kHz": (surround, 48000),
        "stereo 96 kHz hiss": (rng.normal(0, 0.02, (int(1.2 * 96000), 2)), 96000),
        "0.3 s, shorter than a block": (np.column_stack([_tone(48000, 0.3, 1000, -23)] * 2), 48000),
        "20 ms click": (_tone(44100, 0.02, 3000, -6)[:, None], 44100),
        "barely audible (-75 dBFS)": (_tone(44100, 1.0, 1000, -75)[:, None], 44100),
    }


CLIPS = _clips()


@pytest.mark.parametrize("name", list(CLIPS))
def test_the_meter_reads_what_the_standard_defines(name: str) -> None:
    x, fs = CLIPS[name]
    expected = reference_lufs(x, fs)
    meter = LoudnessMeter(fs, x.shape[1])
    sizes = np.random.default_rng(len(name)).integers(1, 70000, 40)
    cuts = np.cumsum(sizes)
    for piece in np.split(x.astype(np.float32), cuts[cuts < len(x)]):  # as libsndfile gives
        meter.add(piece)
    got = meter.integrated()
    if expected == -math.inf:
        assert got == -math.inf
    else:
        assert math.isfinite(expected) and abs(got - expected) < TOLERANCE_LU, (got, expected)
    assert meter.peak == pytest.approx(float(np.abs(x).max()), rel=1e-6)


def test_silence_reads_minus_infinity_whatever_its_length() -> None:
    for frames in (0, 1, 4410, 48000 * 3):
        meter = LoudnessMeter(48000, 2)
        meter.add(np.zeros((frames, 2), dtype=np.float32))
        assert meter.integrated() == -math.inf
