"""Real pygame mixer output, captured with SDL's ``disk`` driver and measured."""

from __future__ import annotations

import array
import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from companion.core.preferences import MAX_CUE_VOLUME
from companion.services.audio.output import MASTER_CAP, SilentAudio, open_audio
from companion.sessions.sound import CUE_DIR, SoundPath

REPO = Path(__file__).resolve().parents[2]

PLAY_SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from companion.services.audio.output import open_audio
    audio = open_audio()
    assert audio.available, audio.reason
    for name, volume in zip(sys.argv[1::2], sys.argv[2::2]):
        audio.play_file(Path(name), float(volume))
        import pygame
        deadline = time.monotonic() + 20
        while pygame.mixer.get_busy() and time.monotonic() < deadline:
            time.sleep(0.01)
    audio.close()
    """
)


def play_to_disk(tmp_path: Path, *pairs: tuple[Path, float]) -> array.array:
    """Play sounds through the real mixer into a raw file; return its s16 samples."""
    out = tmp_path / "played.raw"
    env = dict(os.environ)
    env.update(
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILE=str(out),
        SDL_DISKAUDIODELAY="0",
        PYTHONPATH=str(REPO),
    )
    args = [str(x) for pair in pairs for x in pair]
    subprocess.run([sys.executable, "-c", PLAY_SCRIPT, *args], env=env, check=True, timeout=60)
    samples = array.array("h")
    samples.frombytes(out.read_bytes()[: len(out.read_bytes()) // 2 * 2])
    return samples


def peak_dbfs(samples: array.array) -> float:
    peak = max((abs(s) for s in samples), default=0)
    return 20 * math.log10(peak / 32768) if peak else -math.inf


@pytest.mark.parametrize("name", ["inhale", "exhale", "end"])
def test_cue_files_exist_and_are_short_soft_wavs(name: str) -> None:
    import wave

    with wave.open(str(CUE_DIR / f"{name}.wav")) as handle:
        assert handle.getnchannels() == 1 and handle.getframerate() == 44100
        assert 1.0 <= handle.getnframes() / 44100 <= 5.0


def test_a_cue_is_really_played_and_volume_scales_it(tmp_path: Path) -> None:
    loud = play_to_disk(tmp_path, (CUE_DIR / "inhale.wav", 0.6))
    soft = play_to_disk(tmp_path, (CUE_DIR / "inhale.wav", 0.15))
    assert len(loud) > 44100 * 2  # more than a second of stereo audio reached the device
    # The file peaks at -14 dBFS; volume 0.6 under the master cap lowers it further.
    expected = -14 + 20 * math.log10(0.6 * MASTER_CAP)
    assert peak_dbfs(loud) == pytest.approx(expected, abs=1.5)
    assert peak_dbfs(soft) == pytest.approx(peak_dbfs(loud) + 20 * math.log10(0.15 / 0.6), abs=1.5)


def test_a_missing_file_is_skipped_without_a_crash(tmp_path: Path) -> None:
    samples = play_to_disk(tmp_path, (tmp_path / "nope.wav", 0.5), (CUE_DIR / "exhale.wav", 0.5))
    assert peak_dbfs(samples) > -40  # the good cue after the bad one still played


def test_no_audio_device_gives_silent_output_with_a_reason(monkeypatch) -> None:
    script = (
        "from companion.services.audio.output import open_audio; a = open_audio();"
        "print(type(a).__name__, a.available, a.reason)"
    )
    env = dict(os.environ, SDL_AUDIODRIVER="no-such-driver", PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    ).stdout
    assert out.startswith("SilentAudio False no-device")


def test_open_audio_in_tests_uses_the_dummy_driver() -> None:
    audio = open_audio()
    try:
        assert audio.available
    finally:
        audio.close()


def test_spoken_cues_replace_tones_once_rendered(qtbot, tmp_path: Path, keeper) -> None:
    from companion.core.preferences import Preferences
    from companion.sessions.state import AppState
    from tests.helpers.fakes import RecordingAudio

    state = AppState(Preferences(), None)
    audio = RecordingAudio()
    sound = SoundPath(state, parent=keeper)
    sound.bind(audio)
    state.update(spoken_cues=True, cue_volume=0.9)
    sound.cue("inhale", "Breathe in")  # not rendered yet: the tone plays
    sound._spoken["Breathe in"] = tmp_path / "say-in.wav"
    sound.cue("inhale", "Breathe in")
    assert [name for name, _ in audio.played] == ["inhale", "say-in"]
    state.update(cue_volume=MAX_CUE_VOLUME)
    sound.cue("inhale", "Breathe in")
    assert audio.played[2] == audio.played[1]  # a volume above the cap plays at the cap


def test_cues_and_voice_sit_at_their_levels(qtbot, keeper) -> None:
    """At the default volumes a tone plays 6 LU under the reference, the chime 4 under it,
    and speech (written 6 LU above it) level with it; louder sounds are turned down."""
    import json

    from companion.core.loudness import target_lufs, voice_file_lufs
    from companion.core.preferences import Preferences
    from companion.sessions.state import AppState
    from tests.helpers.fakes import RecordingAudio

    levels = json.loads((CUE_DIR / "LEVELS.json").read_text(encoding="utf-8"))
    state = AppState(Preferences(), None)
    audio = RecordingAudio()
    sound = SoundPath(state, parent=keeper)
    sound.bind(audio)
    sound.cue("inhale")
    sound.cue("end")

    def heard(name: str, volume: float) -> float:
        return levels[name] + 20 * math.log10(volume)

    (inhale, v_in), (end, v_end) = audio.played
    assert abs(heard(inhale, v_in) - target_lufs("tone")) < 0.05
    assert abs(heard(end, v_end) - target_lufs("chime")) < 0.05
    assert (
        abs(voice_file_lufs() + 20 * math.log10(sound.voice_gain()) - target_lufs("voice")) < 0.05
    )


def test_silent_audio_plays_nothing() -> None:
    silent = SilentAudio("no-device")
    silent.play_file(CUE_DIR / "inhale.wav", 1.0)
    assert not silent.available and silent.reason
