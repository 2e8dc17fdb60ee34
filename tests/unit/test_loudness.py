"""The loudness meter against EBU Tech 3341's synthetic cases, and the levels built on it."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np
import pytest

from companion.core.loudness import (
    VOICE_CEILING,
    VOICE_LEVEL_MAX_DB,
    level_gain,
    target_lufs,
    voice_file_lufs,
    voice_gain,
)
from companion.services.audio.levelling import level_wav, soft_limit
from companion.services.audio.loudness import integrated_loudness

FS = 48000


def sine(seconds: float, dbfs: float, fs: int = FS, freq: float = 1000.0) -> np.ndarray:
    """A stereo sine at ``dbfs`` peak on both channels (the EBU cases' signal)."""
    t = np.arange(int(seconds * fs)) / fs
    mono = 10 ** (dbfs / 20) * np.sin(2 * np.pi * freq * t)
    return np.column_stack([mono, mono])


def lufs(x: np.ndarray, fs: int = FS) -> float:
    return integrated_loudness([x], fs, x.shape[1])[0]


@pytest.mark.parametrize("dbfs", [-23.0, -33.0])
def test_a_steady_sine_reads_its_level(dbfs: float) -> None:
    """Tech 3341 cases 1 and 2: a 1 kHz stereo sine at −23 and −33 dBFS reads −23 / −33 LUFS."""
    assert lufs(sine(20, dbfs)) == pytest.approx(dbfs, abs=0.1)


def test_quiet_passages_are_gated_out() -> None:
    """Case 3: −36, −23, −36 dBFS (10, 60, 10 s) reads −23; case 5 with −26/−20/−26."""
    three = np.concatenate([sine(10, -36), sine(60, -23), sine(10, -36)])
    assert lufs(three) == pytest.approx(-23.0, abs=0.1)
    five = np.concatenate([sine(20, -26), sine(20.1, -20), sine(20, -26)])
    assert lufs(five) == pytest.approx(-23.0, abs=0.1)


def test_any_rate_and_any_block_size_read_alike() -> None:
    x = sine(10, -23, fs=22050)
    whole = lufs(x, 22050)
    pieces = integrated_loudness(np.array_split(x, 37), 22050, 2)[0]
    assert whole == pytest.approx(-23.0, abs=0.1)
    assert pieces == pytest.approx(whole, abs=1e-9)


def test_silence_has_no_loudness_and_a_short_sound_still_has_one() -> None:
    assert lufs(np.zeros((FS * 2, 2))) == -math.inf
    assert lufs(sine(0.25, -23)) == pytest.approx(-23.0, abs=0.2)  # shorter than one block


def test_each_kind_is_placed_under_the_reference() -> None:
    assert level_gain(target_lufs("tone") + 10, "tone") == pytest.approx(10 ** (-10 / 20))
    assert level_gain(target_lufs("bed") - 5, "bed") == 1.0  # the mixer cannot amplify
    assert level_gain(math.nan, "music") == 1.0  # unknown: as it is
    assert voice_gain(0.0) == pytest.approx(10 ** (-6 / 20))  # written 6 LU above
    assert voice_gain(VOICE_LEVEL_MAX_DB) == 1.0 and voice_gain(99.0) == 1.0


def write_wav(path: Path, x: np.ndarray, fs: int = 22050) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(fs)
        wav.writeframes((np.clip(x, -1, 1) * 32767).astype("<i2").tobytes())
    return path


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as wav:
        return np.frombuffer(wav.readframes(wav.getnframes()), "<i2") / 32768.0


@pytest.mark.parametrize("dbfs", [-3.0, -30.0])
def test_speech_is_written_at_the_voice_level_with_its_peaks_softened(
    tmp_path: Path, dbfs: float
) -> None:
    """A loud engine is turned down and a quiet recording raised, to one loudness."""
    t = np.arange(22050 * 3) / 22050
    speechy = 10 ** (dbfs / 20) * np.sin(2 * np.pi * 300 * t) * np.abs(np.sin(2 * np.pi * t))
    path = write_wav(tmp_path / "say.wav", speechy)
    level_wav(path)
    out = read_wav(path)
    assert lufs(np.column_stack([out, out]), 22050) == pytest.approx(voice_file_lufs(), abs=1.0)
    assert np.abs(out).max() <= VOICE_CEILING + 1e-4


def test_silence_is_left_as_it_is(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "quiet.wav", np.zeros(22050))
    assert level_wav(path) == -math.inf
    assert not read_wav(path).any()


def test_the_soft_limiter_keeps_small_samples_and_bends_large_ones() -> None:
    x = np.array([0.1, -0.5, 0.7, -2.0, 5.0])
    y = soft_limit(x, 0.6, 0.9)
    assert y[:2] == pytest.approx(x[:2])
    assert 0.6 < y[2] < 0.7 and -0.9 < y[3] < -0.8 and 0.89 < y[4] <= 0.9
