"""The issue's "Done means", through the real CLI with SDL's disk driver: an M3U of two tracks
whose loudness differs by 20 dB plays them within 2 dB of each other (each measured, as
played, with the BS.1770 meter), and a track without tags is measured once and not again."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from companion.services.audio.loudness import integrated_loudness
from tests.e2e.test_activity_sound import play
from tests.helpers.audio_files import RATE, music, write

pytestmark = pytest.mark.slow

TRACK_S = 14.0
MEASURED = "track level measured"


def loud_master(seconds: float, lufs: float) -> np.ndarray:
    """A modern master: the chord driven hard into a limiter (dense, peaks under 0 dBFS)."""
    x = np.tanh(6.0 * music(seconds, -12.0, pulses_per_s=4.0).astype(np.float64))
    x *= 10 ** ((lufs - integrated_loudness([x], RATE, 2)[0]) / 20)
    assert np.abs(x).max() < 1.0
    return x.astype(np.float32)


@pytest.fixture
def two_tracks(tmp_path: Path) -> Path:
    """A quiet piano-like piece at −26 LUFS, then a loud master at −6 LUFS, in an M3U."""
    quiet = write(tmp_path / "music" / "Quiet piano.flac", music(TRACK_S, -26.0, 0.5))
    loud = write(tmp_path / "music" / "Loud master.ogg", loud_master(TRACK_S, -6.0))
    for path, lufs in ((quiet, -26.0), (loud, -6.0)):
        import soundfile

        samples, rate = soundfile.read(path, dtype="float64")
        assert integrated_loudness([samples], rate, 2)[0] == pytest.approx(lufs, abs=0.3)
    m3u = tmp_path / "two.m3u"
    m3u.write_text(f"#EXTM3U\n{quiet}\n{loud}\n", encoding="utf-8")
    return m3u


def test_two_tracks_twenty_db_apart_play_within_two_db(
    app_env, tmp_path: Path, two_tracks: Path
) -> None:
    imported = subprocess.run(
        [sys.executable, "-m", "companion", "playlist", "import", str(two_tracks),
         "--name", "Two"],
        env=app_env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    heard = play(["listen", "Two"], app_env, tmp_path / "first", 2 * TRACK_S + 3.0)
    start = heard.onsets()[0]  # the quiet piece begins (rising over 3 s)
    quiet = heard.lufs(start + 8.0, start + TRACK_S - 0.5)
    loud = heard.lufs(start + TRACK_S + 1.0, start + 2 * TRACK_S - 0.5)
    print(f"heard: quiet piano {quiet:.1f} LUFS, loud master {loud:.1f} LUFS")
    assert abs(loud - quiet) <= 2.0, (quiet, loud)  # the files are 20 dB apart
    assert -30.0 < loud < -22.0, loud  # at the reference, through the safe cap
    assert heard.log.count(MEASURED) == 2, heard.log[-3000:]

    again = play(["listen", "Two"], app_env, tmp_path / "again", 5.0)
    assert MEASURED not in again.log  # kept with the tracks: not measured again
    assert again.onsets(), "the music played"
