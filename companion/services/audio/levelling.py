"""Speech written at one loudness: each rendered sentence is measured and scaled in place.

A speech engine's output level is its own (espeak-ng reads about −17 LUFS with peaks near
−3 dBFS, a family's recording anything at all). Every rendered file is brought to
:func:`companion.core.loudness.voice_file_lufs` before it is played, so the voice volume
means the same for every voice. Quiet speech is raised, and its peaks pass a soft limiter
that bends them toward the ceiling instead of clipping.
"""

from __future__ import annotations

import logging
import math
import wave
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from companion.core.loudness import VOICE_CEILING, VOICE_KNEE, voice_file_lufs
from companion.services.audio.loudness import integrated_loudness

log = logging.getLogger(__name__)

MAX_RAISE_DB = 20.0  # a near-silent file is not turned into loud hiss


def soft_limit(x: NDArray[np.float64], knee: float, ceiling: float) -> NDArray[np.float64]:
    """Leave samples below ``knee`` alone; bend larger ones smoothly toward ``ceiling``."""
    span = ceiling - knee
    magnitude = np.abs(x)
    over = magnitude > knee
    bent = knee + span * np.tanh((magnitude[over] - knee) / span)
    out = x.copy()
    out[over] = np.sign(x[over]) * bent
    return out


def level_wav(path: Path, target_lufs: float | None = None) -> float:
    """Scale the 16-bit WAV at ``path`` (ours, private) to ``target_lufs`` in place.

    Returns the loudness it had (minus infinity for silence, which is left as it is). Raises
    ``OSError``/``wave.Error`` if the file cannot be read or written.
    """
    target = voice_file_lufs() if target_lufs is None else target_lufs
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        raw = wav.readframes(params.nframes)
    if params.sampwidth != 2:
        log.info("speech level left alone: %d-byte samples", params.sampwidth)
        return math.nan
    channels = params.nchannels
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
    frames = samples.reshape(-1, channels)
    # Mono is heard on both channels: measure it as pygame plays it.
    measured = frames if channels > 1 else np.repeat(frames, 2, axis=1)
    lufs, _peak = integrated_loudness([measured], params.framerate, measured.shape[1])
    if not math.isfinite(lufs):
        return lufs
    gain_db = min(MAX_RAISE_DB, target - lufs)
    scaled = soft_limit(samples * 10.0 ** (gain_db / 20.0), VOICE_KNEE, VOICE_CEILING)
    pcm = np.clip(np.round(scaled * 32768.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setparams(params)
        wav.writeframes(pcm.tobytes())
    return lufs


# -- a recorded take ---------------------------------------------------------------------

TRIM_WINDOW_S = 0.02
TRIM_BELOW_PEAK_DB = 35.0  # quieter than this under the take's loudest moment is "silence"
TRIM_FLOOR_DBFS = -55.0  # ...and never louder than this counts as silence
TRIM_PAD_S = 0.12  # kept either side of the voice, so a word's edges are not cut
MIN_TAKE_S = 0.25


class SilentTake(ValueError):
    """A recording with nothing in it (a muted microphone, or nobody spoke)."""


def trim_bounds(samples: NDArray[np.float64], rate: int) -> tuple[int, int]:
    """The first and last sample (end exclusive) of the sound in a take, with a little pad.

    Silence is measured in 20 ms windows against the take's own loudest window, so a quiet
    room's hiss is cut and a soft voice is kept. Raises :class:`SilentTake` if none stands out.
    """
    window = max(1, int(rate * TRIM_WINDOW_S))
    count = len(samples) // window
    if count == 0:
        raise SilentTake("too short")
    frames = samples[: count * window].reshape(count, window)
    rms = np.sqrt(np.mean(frames**2, axis=1))
    loudest = float(rms.max())
    if loudest <= 0.0:
        raise SilentTake("digital silence")
    threshold = max(loudest * 10 ** (-TRIM_BELOW_PEAK_DB / 20), 10 ** (TRIM_FLOOR_DBFS / 20))
    loud = np.flatnonzero(rms >= threshold)
    if loud.size == 0:
        raise SilentTake("below the floor")
    pad = int(rate * TRIM_PAD_S)
    start = max(0, int(loud[0]) * window - pad)
    end = min(len(samples), (int(loud[-1]) + 1) * window + pad)
    return start, end


def finish_take(raw: bytes, rate: int, target_lufs: float | None = None) -> tuple[bytes, float]:
    """A take (16-bit mono samples) trimmed at both ends and brought to the voice's loudness,
    as the bytes of a WAV file, and its length in seconds. Raises :class:`SilentTake`."""
    import io

    samples = np.frombuffer(raw[: len(raw) // 2 * 2], dtype="<i2").astype(np.float64) / 32768.0
    start, end = trim_bounds(samples, rate)
    kept = samples[start:end]
    if len(kept) < rate * MIN_TAKE_S:
        raise SilentTake("too short")
    target = voice_file_lufs() if target_lufs is None else target_lufs
    both = np.repeat(kept.reshape(-1, 1), 2, axis=1)  # heard on both channels: measured so
    lufs, _peak = integrated_loudness([both], rate, 2)
    if math.isfinite(lufs):
        gain_db = min(MAX_RAISE_DB, target - lufs)
        kept = soft_limit(kept * 10.0 ** (gain_db / 20.0), VOICE_KNEE, VOICE_CEILING)
    pcm = np.clip(np.round(kept * 32768.0), -32768, 32767).astype("<i2")
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm.tobytes())
    return out.getvalue(), len(pcm) / rate
