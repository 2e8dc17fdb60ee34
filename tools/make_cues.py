"""Synthesise the cue sounds in assets/audio/cues/ (standard library only).

Soft bell tones: a sine with two quiet partials, a 40 ms attack and a long exponential
decay, so nothing clicks or startles. In-breath: a rising pair of notes; out-breath: a falling
pair; end of session: three slow descending notes; a new step of "Breathless now": one low
note. And one long tone for "Breathless now"'s out-breath: a soft voice-like hum that falls
slowly from G4 to C4 over six seconds and fades away, for a person to match their breath
out to (it follows them: it sounds when they ask). Peaks sit at -14 dBFS; the app scales
them down further with the cue volume.

Meditation bells (``bell-NAME.wav``, one strike; ``bell-NAME-end.wav``, three): a struck
bowl. A bowl's modes are not harmonic (about 1 : 2.7 : 5.2 : 8.4 of the lowest); each mode is
two close tones (the bowl is never quite round), so it beats slowly as it rings; higher modes
die away sooner; a soft mallet gives a 30 ms onset. They ring for about nine seconds and end
on a two-second fade.

Run: ``.venv/bin/python tools/make_cues.py`` (writes the WAVs and prints their levels), then
``.venv/bin/python tools/measure_loudness.py`` (their loudness into LEVELS.json).
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

RATE = 44100
PEAK_DBFS = -14.0
OUT = Path(__file__).resolve().parents[1] / "assets" / "audio" / "cues"

# (frequency Hz, start s, level) per note; notes overlap so pairs sound as one gesture.
CUES: dict[str, tuple[float, list[tuple[float, float, float]]]] = {
    "inhale": (1.6, [(392.00, 0.0, 0.8), (523.25, 0.18, 1.0)]),  # G4 → C5, rising
    "exhale": (1.9, [(392.00, 0.0, 1.0), (293.66, 0.22, 0.9)]),  # G4 → D4, falling
    "end": (4.0, [(523.25, 0.0, 0.8), (392.00, 0.7, 0.8), (329.63, 1.4, 1.0)]),  # C5 G4 E4
    "step": (2.2, [(329.63, 0.0, 1.0)]),  # E4: a new step, neither rising nor falling
}
# The long out-breath: (start Hz, end Hz, length s, attack s, release s).
GLIDES: dict[str, tuple[float, float, float, float, float]] = {
    "long-out-breath": (392.00, 261.63, 6.0, 0.35, 2.2),  # G4 falling to C4
}
GLIDE_PARTIALS = ((1.0, 1.0), (2.0, 0.16), (3.0, 0.04))  # rounder than the bells: a hum
PARTIALS = ((1.0, 1.0), (2.0, 0.25), (3.01, 0.08))  # ratio, amplitude: bell-like, mellow
ATTACK_S = 0.04
DECAY_TAU_S = 0.55


# name: lowest mode (Hz). Deep F3, middle C4, small G4: all within the warm 150-600 Hz band.
BELLS = {"deep-bowl": 174.61, "bowl": 261.63, "small-bowl": 392.00}
# (ratio to the lowest mode, amplitude, decay time constant s, beat Hz between the pair)
BOWL_MODES = (
    (1.0, 1.0, 3.2, 0.6),
    (2.71, 0.45, 1.9, 1.1),
    (5.18, 0.16, 1.1, 1.7),
    (8.4, 0.05, 0.6, 2.3),
)
BELL_ATTACK_S = 0.03
BELL_LENGTH_S = 11.0
BELL_FADE_S = 2.0
END_STRIKES = ((0.0, 1.0), (3.0, 0.8), (6.0, 0.65))  # three strikes, each a little softer


def render_bowl(fundamental: float, strikes: tuple[tuple[float, float], ...]) -> list[float]:
    """A struck bowl: each strike rings its modes (beating pairs) with their own decay."""
    length_s = BELL_LENGTH_S + strikes[-1][0]
    n = int(length_s * RATE)
    buf = [0.0] * n
    two_pi = 2 * math.pi
    for start, level in strikes:
        first = int(start * RATE)
        for ratio, amp, tau, beat in BOWL_MODES:
            freq = fundamental * ratio
            low, high = freq - beat / 2, freq + beat / 2
            for i in range(first, n):
                t = (i - first) / RATE
                env = min(1.0, t / BELL_ATTACK_S) * math.exp(-t / tau)
                if env < 1e-5 and t > BELL_ATTACK_S:
                    break
                pair = math.sin(two_pi * low * t) + math.sin(two_pi * high * t)
                buf[i] += level * amp * env * 0.5 * pair
    fade = int(BELL_FADE_S * RATE)
    for i in range(fade):
        buf[n - fade + i] *= 0.5 + 0.5 * math.cos(math.pi * (i + 1) / fade)
    return buf


def render(length_s: float, notes: list[tuple[float, float, float]]) -> list[float]:
    """Mix the notes into one float buffer in -1..1 (not yet normalised)."""
    n = int(length_s * RATE)
    buf = [0.0] * n
    for freq, start, level in notes:
        first = int(start * RATE)
        for i in range(first, n):
            t = (i - first) / RATE
            env = min(1.0, t / ATTACK_S) * math.exp(-t / DECAY_TAU_S)
            if env < 1e-5 and t > ATTACK_S:
                break
            s = sum(a * math.sin(2 * math.pi * freq * r * t) for r, a in PARTIALS)
            buf[i] += level * env * s
    # A 30 ms fade at the very end so the file never stops on a non-zero sample.
    fade = int(0.03 * RATE)
    for i in range(fade):
        buf[n - fade + i] *= 1.0 - (i + 1) / fade
    return buf


def render_glide(
    start_hz: float, end_hz: float, length_s: float, attack_s: float, release_s: float
) -> list[float]:
    """One tone whose pitch falls from ``start_hz`` to ``end_hz`` along a half-cosine (slow at
    both ends, like a breath let go), a raised-cosine attack, a gentle sag, and a long
    raised-cosine release that ends at silence."""
    n = int(length_s * RATE)
    buf = [0.0] * n
    phase = 0.0
    release_from = length_s - release_s
    for i in range(n):
        t = i / RATE
        glide = 0.5 - 0.5 * math.cos(math.pi * t / length_s)
        freq = start_hz * (end_hz / start_hz) ** glide  # even steps in pitch, not in Hz
        phase += 2 * math.pi * freq / RATE
        if t < attack_s:
            env = 0.5 - 0.5 * math.cos(math.pi * t / attack_s)
        elif t > release_from:
            env = 0.5 + 0.5 * math.cos(math.pi * (t - release_from) / release_s)
        else:
            env = 1.0
        env *= 1.0 - 0.3 * t / length_s  # it softens as the breath runs out
        buf[i] = env * sum(a * math.sin(r * phase) for r, a in GLIDE_PARTIALS)
    return buf


def write_wav(path: Path, samples: list[float]) -> float:
    """Normalise to PEAK_DBFS, write mono 16-bit PCM and return the RMS level in dBFS."""
    peak = max(abs(s) for s in samples) or 1.0
    gain = 10 ** (PEAK_DBFS / 20) / peak
    pcm = array.array("h", (round(s * gain * 32767) for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(pcm.tobytes())
    rms = math.sqrt(sum((s * gain) ** 2 for s in samples) / len(samples))
    return 20 * math.log10(rms)


def main() -> None:
    """Render every cue and print its length and levels."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (length, notes) in CUES.items():
        rms = write_wav(OUT / f"{name}.wav", render(length, notes))
        print(f"{name:20s} {length:4.1f} s  peak {PEAK_DBFS:.0f} dBFS  rms {rms:6.1f} dBFS")
    for name, glide in GLIDES.items():
        rms = write_wav(OUT / f"{name}.wav", render_glide(*glide))
        print(f"{name:20s} {glide[2]:4.1f} s  peak {PEAK_DBFS:.0f} dBFS  rms {rms:6.1f} dBFS")
    for name, fundamental in BELLS.items():
        for suffix, strikes in (("", ((0.0, 1.0),)), ("-end", END_STRIKES)):
            samples = render_bowl(fundamental, strikes)
            rms = write_wav(OUT / f"bell-{name}{suffix}.wav", samples)
            length = len(samples) / RATE
            label = f"bell-{name}{suffix}"
            print(f"{label:20s} {length:4.1f} s  peak {PEAK_DBFS:.0f} dBFS  rms {rms:6.1f} dBFS")


if __name__ == "__main__":
    main()
