"""Synthesise Companion's calming soundscapes and render them to OGG Vorbis.

Every sound here is made from scratch with numpy: shaped noise, sums of partials and
amplitude envelopes. Nothing is sampled or copied, so the output is CC0.

Each track is built *circularly* so that it loops without a click:

* noise is shaped in the frequency domain over the whole track (an FFT of the full length),
  which makes it exactly periodic;
* steady partials are placed on whole FFT bins, i.e. they complete a whole number of cycles
  in the track (frequencies move by at most 1/(2·length) Hz, far below hearing);
* envelopes have a period that divides the track length (the ocean breath is 10 s and the
  track is 13 breaths);
* notes, strikes and drops are added modulo the length, so a tail that runs past the end
  continues at the start (the tail is crossfaded into the head by addition);
* reverb is a circular convolution.

The last sample therefore flows into the first as any sample flows into the next.

Usage (dev-only dependency: ``soundfile``)::

    .venv/bin/python tools/make_soundscapes.py            # render all, write MANIFEST.json
    .venv/bin/python tools/make_soundscapes.py rain       # render some ids
    .venv/bin/python tools/make_soundscapes.py --measure  # measure the rendered files
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SR = 44100
OUT_DIR = Path(__file__).resolve().parent.parent / "assets" / "audio"
LICENCE = "CC0-1.0, generated for Companion"
VORBIS_QUALITY = 0.3  # default; libsndfile takes compression_level = 1 - quality
TARGET_RMS_DB = -22.0
PEAK_CAP_DB = -7.5  # leaves room for the small overshoot of lossy encoding

Signal = np.ndarray  # float64, shape (n,) mono or (n, 2) stereo


# ---------------------------------------------------------------- building blocks


def db(x: float) -> float:
    """Convert a linear amplitude to dB."""
    return 20.0 * float(np.log10(max(x, 1e-12)))


def freqs(n: int) -> np.ndarray:
    """Frequencies in Hz of the rfft bins of an n-sample signal."""
    return np.fft.rfftfreq(n, 1.0 / SR)


def lowpass(f: np.ndarray, fc: float, order: int = 2) -> np.ndarray:
    """Butterworth-like low-pass magnitude response."""
    return 1.0 / np.sqrt(1.0 + (f / fc) ** (2 * order))


def highpass(f: np.ndarray, fc: float, order: int = 2) -> np.ndarray:
    """Butterworth-like high-pass magnitude response."""
    r = (f / fc) ** (2 * order)
    return np.sqrt(r / (1.0 + r))


def noise(rng: np.random.Generator, n: int, shape: np.ndarray) -> np.ndarray:
    """Periodic Gaussian noise of unit RMS with the given rfft magnitude shape."""
    spec = (rng.standard_normal(shape.size) + 1j * rng.standard_normal(shape.size)) * shape
    spec *= lowpass(freqs(n), 7000.0, 8)  # nothing bright or hissy above 7 kHz
    spec[0] = 0.0
    x = np.fft.irfft(spec, n)
    return x / x.std()


def tones(n: int, partials: list[tuple[float, float, float]]) -> np.ndarray:
    """Sum of steady cosines (freq Hz, amplitude, phase), each on a whole FFT bin."""
    spec = np.zeros(n // 2 + 1, complex)
    for f, amp, phase in partials:
        spec[round(f * n / SR)] += amp * n / 2 * np.exp(1j * phase)
    return np.fft.irfft(spec, n)


def circ_convolve(x: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Circular convolution of x with a (shorter) kernel."""
    return np.fft.irfft(np.fft.rfft(x) * np.fft.rfft(kernel, x.size), x.size)


def add_wrapped(buf: np.ndarray, start: int, seg: np.ndarray) -> None:
    """Add seg into buf at start, wrapping past the end back to the beginning."""
    n, done, start = buf.shape[0], 0, start % buf.shape[0]
    while done < seg.shape[0]:
        m = min(seg.shape[0] - done, n - start)
        buf[start : start + m] += seg[done : done + m]
        done, start = done + m, 0


def fade(seg_len: int, attack_s: float, release_s: float) -> np.ndarray:
    """Raised-cosine attack and release envelope for a segment."""
    env = np.ones(seg_len)
    a, r = int(attack_s * SR), int(release_s * SR)
    env[:a] = 0.5 - 0.5 * np.cos(np.pi * np.arange(a) / a)
    env[seg_len - r :] *= 0.5 + 0.5 * np.cos(np.pi * np.arange(r) / r)
    return env


def reverb(x: Signal, rng: np.random.Generator, decay_s: float, wet: float) -> Signal:
    """Soft circular reverb: convolve each channel with decaying low-passed noise."""
    m = int(decay_s * 3 * SR)
    t = np.arange(m) / SR
    out = np.empty_like(x)
    for ch in range(x.shape[1]):
        ir = noise(rng, m, lowpass(freqs(m), 2500.0)) * np.exp(-t / decay_s * 3.0)
        ir *= fade(m, 0.01, 0.2) / np.sqrt(np.sum(ir**2))
        out[:, ch] = (1 - wet) * x[:, ch] + wet * circ_convolve(x[:, ch], ir)
    return out


def stereo(common: np.ndarray, left: np.ndarray, right: np.ndarray, width: float) -> Signal:
    """Mix a shared layer with per-side layers; width 0 is mono, 1 fully independent."""
    c = np.sqrt(1.0 - width)
    w = np.sqrt(width)
    return np.stack([c * common + w * left, c * common + w * right], axis=1)


def midi_hz(note: float) -> float:
    """Frequency of a MIDI note number."""
    return 440.0 * 2.0 ** ((note - 69) / 12)


def level(x: Signal) -> Signal:
    """Remove DC, set the RMS, and round off the rare peaks (noise excursions) above a knee."""
    x = x - x.mean(axis=0)
    x *= 10 ** (TARGET_RMS_DB / 20) / np.sqrt(np.mean(x**2))
    ceiling = 10 ** (PEAK_CAP_DB / 20)
    knee = 0.8 * ceiling
    a = np.abs(x)
    over = a > knee
    x[over] = np.sign(x[over]) * (
        knee + (ceiling - knee) * np.tanh((a[over] - knee) / (ceiling - knee))
    )
    return x


# ---------------------------------------------------------------- the soundscapes


def rain(n: int, rng: np.random.Generator) -> Signal:
    """Soft rain: a low-passed hiss with slow gusts and a patter of soft drops."""
    f = freqs(n)
    hiss = lowpass(f, 3200.0) * highpass(f, 180.0) / np.sqrt(np.maximum(f, 20.0))
    bed = stereo(*(noise(rng, n, hiss) for _ in range(3)), width=0.5)
    t = np.arange(n) / (n / SR)  # 0..1 over the loop: gusts repeat exactly once per loop
    gust = 1 + 0.14 * np.sin(2 * np.pi * 3 * t) + 0.07 * np.sin(2 * np.pi * 7 * t + 1.3)
    drops = np.zeros((n, 2))
    k = np.arange(int(0.06 * SR)) / SR
    for hz, rate in ((650.0, 18), (1300.0, 14), (2100.0, 9)):
        kernel = np.sin(2 * np.pi * hz * k) * np.exp(-k / 0.012) * fade(k.size, 0.003, 0.01)
        for ch in range(2):
            hits = np.zeros(n)
            pos = rng.integers(0, n, int(rate * n / SR))
            hits[pos] = np.minimum(rng.lognormal(0.0, 0.5, pos.size), 2.5)
            drops[:, ch] += circ_convolve(hits, kernel)
    drops *= 0.5 * bed.std() / drops.std()
    return (bed + drops) * gust[:, None]


def breath_envelope(n: int, rise_s: float = 4.0, fall_s: float = 6.0) -> np.ndarray:
    """0..1 swell that rises for rise_s and falls for fall_s, with smooth turns."""
    p = (np.arange(n) / SR) % (rise_s + fall_s)
    up = 0.5 - 0.5 * np.cos(np.pi * np.minimum(p, rise_s) / rise_s)
    down = 0.5 + 0.5 * np.cos(np.pi * np.clip(p - rise_s, 0.0, fall_s) / fall_s)
    return np.where(p < rise_s, up, down)


def ocean(n: int, rng: np.random.Generator) -> Signal:
    """Ocean waves that swell in for 4 s and draw back for 6 s, one breath per wave."""
    f = freqs(n)
    e = breath_envelope(n)[:, None]
    deep = lowpass(f, 320.0) * highpass(f, 35.0)
    body = lowpass(f, 1100.0) * highpass(f, 140.0)
    foam = lowpass(f, 2800.0, 3) * highpass(f, 700.0)

    def layer(shape: np.ndarray) -> Signal:
        """A stereo noise layer with the given spectrum."""
        return stereo(*(noise(rng, n, shape) for _ in range(3)), width=0.6)

    return (
        layer(deep) * (0.35 + 0.65 * e)
        + 0.7 * layer(body) * (0.08 + 0.92 * e**1.5)
        + 0.3 * layer(foam) * e**3
    )


PAD_CHORDS = ([41, 48, 57, 64], [45, 52, 55, 60], [38, 50, 57, 65], [43, 50, 55, 62])
PAD_CHORD_S = 12.0  # one chord; the four-chord cycle is 48 s and the track is 3 cycles


def warm_pad(n: int, rng: np.random.Generator) -> Signal:
    """Warm, slow pad: Fmaj7, Am7, Dm, G, each held 12 s and crossfaded over 4 s."""
    cycle = PAD_CHORD_S * len(PAD_CHORDS)
    t = (np.arange(n) / SR) % cycle
    out = np.zeros((n, 2))
    for i, chord in enumerate(PAD_CHORDS):
        d = ((t - i * PAD_CHORD_S + 2.0) % cycle) - 2.0  # seconds since this slot began
        ramp_in = np.clip((d + 2.0) / 4.0, 0, 1)
        ramp_out = np.clip((PAD_CHORD_S + 2.0 - d) / 4.0, 0, 1)
        env = np.sin(np.pi / 2 * np.minimum(ramp_in, ramp_out))
        for ch, detune in enumerate((-0.11, 0.13)):
            partials = []
            for j, note in enumerate(chord):
                base = midi_hz(note) + detune * (1 + j * 0.3)
                loud = 0.7 if j == 0 else 1.0
                for h in range(1, 7):
                    amp = loud / h**1.7 * float(lowpass(np.array(base * h), 900.0))
                    partials.append((base * h, amp, rng.uniform(0, 2 * np.pi)))
            out[:, ch] += tones(n, partials) * env
    swell = 1 + 0.12 * np.sin(2 * np.pi * np.arange(n) / (cycle * SR) + 0.5)
    return reverb(out * swell[:, None], rng, 2.5, 0.3)


BOWL_RATIOS = (1.0, 2.76, 5.40, 8.93)
BOWL_AMPS = (1.0, 0.45, 0.18, 0.06)
BOWL_DECAYS = (9.0, 5.0, 2.8, 1.6)
BOWL_BEATS = (0.35, 0.8, 1.4, 2.1)  # split of each mode pair, Hz
BOWL_NOTES = (50, 55, 57, 62)  # D3, G3, A3, D4


def singing_bowls(n: int, rng: np.random.Generator) -> Signal:
    """Singing bowls struck softly about every 11 s over a quiet sustained hum."""
    out = np.zeros((n, 2))
    seg = int(24 * SR)
    ts = np.arange(seg) / SR
    env = fade(seg, 0.15, 2.0)
    strikes = 12
    for k in range(strikes):
        start = int((k + rng.uniform(-0.15, 0.15)) * n / strikes)
        f0 = midi_hz(BOWL_NOTES[(k * 3 + rng.integers(0, 2)) % len(BOWL_NOTES)])
        pan = rng.uniform(0.3, 0.7)
        for ratio, amp, tau, beat in zip(
            BOWL_RATIOS, BOWL_AMPS, BOWL_DECAYS, BOWL_BEATS, strict=True
        ):
            decay = amp * np.exp(-ts / tau) * env * rng.uniform(0.8, 1.0)
            a = np.sin(2 * np.pi * (f0 * ratio - beat / 2) * ts + rng.uniform(0, 6.3)) * decay
            b = np.sin(2 * np.pi * (f0 * ratio + beat / 2) * ts + rng.uniform(0, 6.3)) * decay
            add_wrapped(out, start, np.stack([(1 - pan) * a + 0.5 * b, 0.5 * a + pan * b], 1))
    hum_f = midi_hz(38)  # D2, a low rubbed-bowl drone
    for ch, split in enumerate((-0.2, 0.25)):
        hum = [(hum_f * r + split, a, rng.uniform(0, 6.3)) for r, a in ((1, 1.0), (2.76, 0.2))]
        out[:, ch] += 0.09 * tones(n, hum)
    return reverb(out, rng, 3.0, 0.3)


def brown_noise(n: int, rng: np.random.Generator) -> Signal:
    """Gentle brown noise (1/f amplitude), rumble and hiss trimmed, with a faint slow swell."""
    f = freqs(n)
    shape = highpass(f, 30.0) * lowpass(f, 1200.0, 1) / np.maximum(f, 1.0)
    x = stereo(*(noise(rng, n, shape) for _ in range(3)), width=0.5)
    swell = 1 + 0.08 * np.sin(2 * np.pi * 4 * np.arange(n) / n)
    return x * swell[:, None]


BEAT_S = 0.9  # 3/4 time at 66.7 crotchets a minute; a bar is 2.7 s
# An original lullaby in C major, one bar per "|": MIDI note[:beats] (default one beat),
# and one soft bass root per bar.
MELODY = (
    "76:2 79 | 81:2 79 | 76 74 72 | 74:3 | 76:2 79 | 84:2 83 | 81 79 76 | 79:3 |"
    " 81:2 84 | 83 81 79 | 76:2 74 | 72 74 76 | 79:2 76 | 74 72 69 | 74:2 76 | 72:3"
)
BASS = (48, 53, 45, 43, 48, 45, 53, 43, 41, 43, 45, 48, 48, 45, 43, 48)
C_MAJOR = [0, 2, 4, 5, 7, 9, 11]


def third_below(note: int) -> int:
    """The diatonic third below a C-major note."""
    octave, pc = divmod(note, 12)
    i = C_MAJOR.index(pc) - 2
    return (octave + i // 7) * 12 + C_MAJOR[i % 7]


def parse_bars(text: str) -> list[list[tuple[int, int]]]:
    """Parse MELODY into bars of (midi note, beats)."""
    bars = [bar.split() for bar in text.split("|")]
    return [[(int(tok.split(":")[0]), int((tok + ":1").split(":")[1])) for tok in b] for b in bars]


def pluck(
    f0: float, length_s: float, tau: float, attack_s: float, partials: list[tuple[float, ...]]
) -> np.ndarray:
    """A softly attacked, decaying tone from (ratio, amplitude, decay factor) partials."""
    ts = np.arange(int(length_s * SR)) / SR
    x = sum(a * np.sin(2 * np.pi * f0 * r * ts) * np.exp(-ts / (tau * d)) for r, a, d in partials)
    return x * fade(ts.size, attack_s, 0.3)


def music_box(n: int, rng: np.random.Generator) -> Signal:
    """A slow music-box lullaby over a soft bass, three times through (the second harmonised)."""
    out = np.zeros((n, 2))
    bar = int(3 * BEAT_S * SR)
    tine = [(1.0, 1.0, 1.0), (2.0, 0.15, 0.5), (3.0, 0.05, 0.3), (5.93, 0.025, 0.15)]
    bars = parse_bars(MELODY)
    for rep in range(3):
        for b, (notes, root) in enumerate(zip(bars, BASS, strict=True)):
            start = (rep * len(bars) + b) * bar
            low = pluck(midi_hz(root), 5.0, 2.2, 0.08, [(1.0, 1.0, 1.0), (2.0, 0.25, 0.6)])
            add_wrapped(out, start, np.stack([0.3 * low, 0.3 * low], 1))
            beat = 0
            for note, beats in notes:
                pos = start + int((beat * BEAT_S + rng.uniform(-0.01, 0.01)) * SR)
                voices = [(note, 1.0)] + ([(third_below(note), 0.45)] if rep == 1 else [])
                for v, vel in voices:
                    x = vel * rng.uniform(0.85, 1.0) * pluck(midi_hz(v), 3.5, 1.3, 0.012, tine)
                    pan = 0.5 + (v - 76) / 40
                    add_wrapped(out, pos, np.stack([(1 - pan) * x, pan * x], 1))
                beat += beats
    return reverb(out, rng, 2.2, 0.35)


# ---------------------------------------------------------------- registry and output


@dataclass(frozen=True)
class Track:
    """One soundscape: id, file name, title, length and how to make it."""

    id: str
    title: str
    length_s: float
    description: str
    make: Callable[[int, np.random.Generator], Signal]
    seed: int
    quality: float = VORBIS_QUALITY

    @property
    def file(self) -> str:
        """The OGG file name."""
        return f"{self.id}.ogg"


# fmt: off
TRACKS = (
    Track("rain", "Soft rain", 132.0,
          "Steady soft rain with a gentle patter of drops and slow gusts.", rain, 101),
    Track("ocean-breath", "Ocean breath", 130.0,
          "Ocean waves that swell in for 4 s and draw back for 6 s: breathe with them"
          " (one wave every 10 s).", ocean, 202),
    Track("warm-pad", "Warm pad", 144.0,
          "A warm, slow pad of four chords (Fmaj7, Am7, Dm, G), each held 12 s.", warm_pad, 303,
          quality=0.8),  # smooth tones: less codec error keeps the loop seam clean
    Track("singing-bowls", "Singing bowls", 136.0,
          "Singing bowls struck softly about every 11 s over a low hum.", singing_bowls, 404),
    Track("brown-noise", "Brown noise", 128.0,
          "Gentle, deep brown noise with a faint slow swell; softens room noise.",
          brown_noise, 505),
    Track("music-box", "Music box", 129.6,  # 3 times 16 bars of 2.7 s
          "A slow, original music-box lullaby in 3/4 over a soft bass, three times through.",
          music_box, 606),
)
# fmt: on


def render(track: Track) -> Signal:
    """Synthesise one track as float64 stereo at the target level."""
    n = round(track.length_s * SR)
    return level(track.make(n, np.random.default_rng(track.seed)))


def write_ogg(path: Path, x: Signal, quality: float = VORBIS_QUALITY) -> None:
    """Encode stereo float audio to OGG Vorbis, one second at a time.

    libsndfile 1.2's Vorbis writer can crash when handed minutes of audio in one call.
    """
    import soundfile as sf

    q = {"compression_level": 1.0 - quality}
    with sf.SoundFile(path, "w", SR, 2, format="OGG", subtype="VORBIS", **q) as f:
        for i in range(0, x.shape[0], SR):
            f.write(x[i : i + SR].astype(np.float32))


def _crc_table() -> list[int]:
    """Lookup table for the Ogg page checksum (CRC-32, polynomial 0x04C11DB7, unreflected)."""
    table = []
    for i in range(256):
        r = i << 24
        for _ in range(8):
            r = ((r << 1) ^ 0x04C11DB7 if r & 0x80000000 else r << 1) & 0xFFFFFFFF
        table.append(r)
    return table


def fix_ogg_serial(path: Path, serial: int) -> None:
    """Give the Ogg stream a fixed serial number (libsndfile picks a random one).

    With it the same audio gives the same bytes, so re-rendering does not churn git.
    """
    data, pos, table = bytearray(path.read_bytes()), 0, _crc_table()
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS":
            raise ValueError(f"{path}: not an Ogg page at byte {pos}")
        size = 27 + data[pos + 26] + sum(data[pos + 27 : pos + 27 + data[pos + 26]])
        data[pos + 14 : pos + 18] = serial.to_bytes(4, "little")
        data[pos + 22 : pos + 26] = bytes(4)
        crc = 0
        for byte in data[pos : pos + size]:
            crc = ((crc << 8) & 0xFFFFFFFF) ^ table[(crc >> 24) ^ byte]
        data[pos + 22 : pos + 26] = crc.to_bytes(4, "little")
        pos += size
    path.write_bytes(data)


def write_manifest() -> None:
    """Write assets/audio/MANIFEST.json describing every track."""
    keys = ("id", "file", "title", "length_s", "description")
    how = {
        t.id: {"how_made": f"tools/make_soundscapes.py {t.id}", "licence": LICENCE} for t in TRACKS
    }
    entries = [{k: getattr(t, k) for k in keys} | how[t.id] for t in TRACKS]
    doc = {"sample_rate": SR, "channels": 2, "format": "OGG Vorbis", "tracks": entries}
    (OUT_DIR / "MANIFEST.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


def envelope_period(x: Signal, hop_s: float = 0.05) -> float:
    """Dominant period in seconds of the RMS envelope, from its spectrum."""
    hop = int(hop_s * SR)
    frames = (x[: x.shape[0] // hop * hop] ** 2).mean(axis=1).reshape(-1, hop).mean(axis=1)
    env = np.sqrt(frames) - np.sqrt(frames).mean()
    spec = np.abs(np.fft.rfft(env))
    k = 1 + int(np.argmax(spec[1:]))
    return env.size * hop_s / k


def measure(path: Path) -> dict[str, float]:
    """Length, peak, RMS, loop-seam jump and envelope period of a rendered file."""
    import soundfile as sf

    x, sr = sf.read(path, always_2d=True)
    step = float(np.percentile(np.abs(np.diff(x, axis=0)), 99.9))
    return {
        "length_s": x.shape[0] / sr,
        "peak_db": db(np.abs(x).max()),
        "rms_db": db(float(np.sqrt(np.mean(x**2)))),
        "seam": float(np.abs(x[0] - x[-1]).max()),
        "step999": step,
        "period_s": envelope_period(x),
        "size_kb": path.stat().st_size / 1024,
    }


COLUMNS = {"length_s": "length s", "peak_db": "peak dBFS", "rms_db": "RMS dBFS", "seam": "seam",
           "step999": "p99.9 step", "period_s": "env period s", "size_kb": "KiB"}  # fmt: skip


def print_table(tracks: tuple[Track, ...] | list[Track]) -> None:
    """Print measurements of the rendered files."""
    print(f"{'id':14}", *(f"{h:>12}" for h in COLUMNS.values()))
    for t in tracks:
        m = measure(OUT_DIR / t.file)
        print(f"{t.id:14}", *(f"{m[k]:12.4g}" for k in COLUMNS))


def main(argv: list[str]) -> int:
    """Render the named tracks (default all), write the manifest and print measurements."""
    by_id = {t.id: t for t in TRACKS}
    if argv == ["--measure"]:
        print_table(TRACKS)
        return 0
    unknown = [a for a in argv if a not in by_id]
    if unknown:
        print(f"unknown track(s): {', '.join(unknown)}; known: {', '.join(by_id)}")
        return 2
    chosen = [by_id[a] for a in argv] or list(TRACKS)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for t in chosen:
        print(f"rendering {t.id} …", flush=True)
        write_ogg(OUT_DIR / t.file, render(t), t.quality)
        fix_ogg_serial(OUT_DIR / t.file, t.seed)
    write_manifest()
    print_table(chosen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
