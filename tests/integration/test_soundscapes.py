"""The committed soundscapes in assets/audio: manifest, decoding, length, level and seamless loops.

Files are decoded with pygame only (the runtime dependency); soundfile is used by the
generator and is not needed here. Each file is decoded once and reduced to a few numbers.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from functools import cache
from pathlib import Path

import pytest

os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

np = pytest.importorskip("numpy", reason="numpy is needed to analyse the decoded audio")
pygame = pytest.importorskip("pygame", reason="pygame is needed to decode the OGG files")

ROOT = Path(__file__).resolve().parents[2]
AUDIO = ROOT / "assets" / "audio"
GENERATOR = ROOT / "tools" / "make_soundscapes.py"
MANIFEST = json.loads((AUDIO / "MANIFEST.json").read_text(encoding="utf-8"))
ENTRIES = {entry["id"]: entry for entry in MANIFEST["tracks"]}
SR = 44100
HOP = SR // 20  # 50 ms envelope frames

each_track = pytest.mark.parametrize("track_id", list(ENTRIES))


@pytest.fixture(scope="module", autouse=True)
def mixer():
    """A pygame mixer at 44.1 kHz, 16-bit, stereo (so decoding never resamples); then restore."""
    wanted = (SR, -16, 2)
    before = pygame.mixer.get_init()
    if before != wanted:
        pygame.mixer.quit()
        try:
            pygame.mixer.init(*wanted)
        except pygame.error as exc:  # pragma: no cover - only without any SDL audio driver
            pytest.skip(f"pygame mixer unavailable: {exc}")
    yield
    if before != wanted:
        pygame.mixer.quit()
        if before is not None:
            pygame.mixer.init(*before)


@cache
def stats(track_id: str) -> dict:
    """Decode one file with pygame and reduce it to the numbers the tests check."""
    sound = pygame.mixer.Sound(str(AUDIO / ENTRIES[track_id]["file"]))
    x = pygame.sndarray.array(sound).astype(np.float32) / 32768.0
    power = (x[: x.shape[0] // HOP * HOP] ** 2).mean(axis=1).reshape(-1, HOP).mean(axis=1)
    return {
        "seconds": x.shape[0] / SR,
        "peak_db": 20 * np.log10(max(float(np.abs(x).max()), 1e-9)),
        "rms_db": 10 * np.log10(max(float(power.mean()), 1e-18)),
        "seam": float(np.abs(x[0] - x[-1]).max()),
        "step999": float(np.percentile(np.abs(np.diff(x, axis=0)), 99.9)),
        "envelope": np.sqrt(power),
    }


def db(power: float) -> float:
    """Power ratio in dB."""
    return 10 * float(np.log10(max(power, 1e-18)))


@each_track
def test_manifest_entry_is_complete(track_id):
    """Every entry names an existing OGG file, a title, a length, a description and a licence."""
    entry = ENTRIES[track_id]
    assert (AUDIO / entry["file"]).is_file()
    assert entry["file"].endswith(".ogg")
    assert entry["title"] and entry["description"]
    assert entry["how_made"] == f"tools/make_soundscapes.py {track_id}"
    assert entry["licence"] == "CC0-1.0, generated for Companion"
    assert (AUDIO / entry["file"]).stat().st_size < 2 * 1024 * 1024


@each_track
def test_is_at_least_two_minutes_and_matches_manifest(track_id):
    """Each file lasts at least 120 s, as long as the manifest says."""
    seconds = stats(track_id)["seconds"]
    assert seconds >= 120.0
    assert seconds == pytest.approx(ENTRIES[track_id]["length_s"], abs=0.05)


@each_track
def test_level_is_gentle(track_id):
    """Peaks stay below -3 dBFS and the average level is soft but clearly audible."""
    s = stats(track_id)
    assert s["peak_db"] < -3.0
    assert -30.0 < s["rms_db"] < -16.0


@each_track
def test_has_no_dead_air(track_id):
    """No 5-second stretch is more than 15 dB below the track's average (nor silent)."""
    env = stats(track_id)["envelope"]
    windows = np.convolve(env**2, np.ones(100) / 100, mode="valid")
    assert db(float(windows.min())) > db(float(np.mean(env**2))) - 15.0


@each_track
def test_loops_without_a_click(track_id):
    """The jump from the last sample back to the first is no bigger than a normal step."""
    s = stats(track_id)
    assert s["seam"] <= s["step999"], f"seam {s['seam']:.5f} > p99.9 step {s['step999']:.5f}"


def test_ocean_swells_with_a_ten_second_breath():
    """The ocean's loudness peaks every 10 s, rising about 4 s and falling about 6 s."""
    env = stats("ocean-breath")["envelope"]
    spectrum = np.abs(np.fft.rfft(env - env.mean()))
    period = env.size * HOP / SR / (1 + int(np.argmax(spectrum[1:])))
    assert period == pytest.approx(10.0, abs=0.3)
    cycle = 10 * SR // HOP
    folded = env[: env.size // cycle * cycle].reshape(-1, cycle).mean(axis=0)
    assert np.argmax(folded) * HOP / SR == pytest.approx(4.0, abs=0.7)
    assert db(float(folded.max() ** 2)) - db(float(folded.min() ** 2)) > 6.0


def test_generator_lists_the_manifest_tracks(monkeypatch):
    """tools/make_soundscapes.py imports and its tracks are the manifest's, in order."""
    spec = importlib.util.spec_from_file_location("make_soundscapes", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_soundscapes", module)
    spec.loader.exec_module(module)
    assert [t.id for t in module.TRACKS] == list(ENTRIES)
    for t in module.TRACKS:
        assert (t.file, t.title, t.length_s) == (
            ENTRIES[t.id]["file"],
            ENTRIES[t.id]["title"],
            ENTRIES[t.id]["length_s"],
        )
