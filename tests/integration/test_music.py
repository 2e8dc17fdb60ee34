"""Streamed music through the real mixer, captured with SDL's ``disk`` driver and measured.

Each scenario runs in a child process whose audio goes to a raw file (s16 stereo 44.1 kHz).
The child's clock *is* that file's length in seconds, so every fade and duck is placed on
the same time line the test measures: a slow or busy machine makes the run take longer
but does not move the ramps against the sound. The disk driver is paced a little faster
than real time (``SDL_DISKAUDIODELAY`` ms per 1024-frame buffer) so the child's ~5 ms
polling stays fine-grained; levels are asserted with margins, never wall-clock times.
"""

from __future__ import annotations

import array
import json
import math
import os
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest

from companion.core.ramps import DEFAULT_DUCK_DB, MASTER_CAP
from companion.services.audio.music import MusicStream
from companion.services.audio.output import AudioFileError, MusicState, SilentAudio

REPO = Path(__file__).resolve().parents[2]
RATE = 44100
BYTES_PER_S = RATE * 4  # s16 stereo
TONE_AMP = 0.5  # test tones: 440 Hz at -6 dBFS, then -12 dB lower from 2 s on
FULL_DB = 20 * math.log10(TONE_AMP / math.sqrt(2) * MASTER_CAP)  # RMS at full music volume

CHILD = textwrap.dedent(
    """
    import json, os, sys, time, wave
    from pathlib import Path
    from companion.services.audio.output import AudioFileError, open_audio

    OUT = os.environ["SDL_DISKAUDIOFILE"]

    def clock():
        try:
            return os.path.getsize(OUT) / 176400  # seconds of sound written so far
        except OSError:
            return 0.0

    audio = open_audio(clock)
    assert audio.available, audio.reason
    result = {"events": [], "marks": {}}

    def run_until(t):
        while clock() < t:
            result["events"] += [e.kind for e in audio.tick()]
            time.sleep(0.003)

    def run_for(seconds):
        run_until(clock() + seconds)

    def mark(name):
        result["marks"][name] = clock()

    def wait_for(kind, limit):
        end = clock() + limit
        while kind not in result["events"] and clock() < end:
            run_for(0.01)

    exec(compile(Path(sys.argv[1]).read_text(), "scenario", "exec"))
    audio.close()
    print(json.dumps(result))
    """
)


def write_wav(path: Path, seconds: float, amp: float, step_at: float | None = None) -> Path:
    """A stereo 440 Hz sine, 12 dB softer from ``step_at`` seconds on; or silence (amp 0)."""
    frames = array.array("h")
    for i in range(int(seconds * RATE)):
        a = amp if step_at is None or i < step_at * RATE else amp / 4
        v = int(32767 * a * math.sin(2 * math.pi * 440 * i / RATE))
        frames.extend((v, v))
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(2)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(frames.tobytes())
    return path


@pytest.fixture(scope="module")
def tones(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Test tones made now: WAV always, OGG/FLAC/MP3 where libsndfile can write them."""
    folder = tmp_path_factory.mktemp("tones")
    files = {
        "wav": write_wav(folder / "step.wav", 4.0, TONE_AMP, step_at=2.0),
        "long": write_wav(folder / "long.wav", 12.0, TONE_AMP),
        "loud": write_wav(folder / "loud.wav", 2.0, 0.99),
        "voice": write_wav(folder / "voice.wav", 2.0, 0.0),  # silent: only the duck is heard
        "bad": folder / "bad.ogg",
    }
    files["bad"].write_bytes(b"this is not a sound file\n" * 50)
    try:
        import soundfile
    except ImportError:
        return files
    data, rate = soundfile.read(str(files["wav"]), dtype="float32")
    formats = soundfile.available_formats()
    for ext, fmt, subtype in (
        ("ogg", "OGG", "VORBIS"),
        ("flac", "FLAC", "PCM_16"),
        ("mp3", "MP3", "MPEG_LAYER_III"),
    ):
        if fmt in formats:
            try:
                soundfile.write(
                    str(folder / f"step.{ext}"), data, rate, format=fmt, subtype=subtype
                )
                files[ext] = folder / f"step.{ext}"
            except (RuntimeError, TypeError, ValueError):
                pass  # this libsndfile cannot encode it: the test for it skips
    return files


class Played:
    """What a scenario sent to the sound device, plus what the child reported."""

    def __init__(self, raw: bytes, report: dict) -> None:
        self.samples = array.array("h")
        self.samples.frombytes(raw[: len(raw) // 2 * 2])
        self.events: list[str] = report["events"]
        self.marks: dict[str, float] = report["marks"]
        self.report = report

    def window(self, start: float, end: float) -> array.array:
        """Samples between two times (seconds on the device's time line)."""
        stop = len(self.samples) if end == math.inf else int(end * RATE) * 2
        return self.samples[int(start * RATE) * 2 : stop]

    def rms_db(self, start: float, end: float) -> float:
        """Level of a stretch in dBFS (RMS); minus infinity for digital silence."""
        seg = self.window(start, end)
        assert len(seg) > RATE // 10, "the window lies beyond what was played"
        power = sum(s * s for s in seg) / len(seg)
        return 10 * math.log10(power / 32768**2) if power else -math.inf

    def peak_db(self, start: float = 0.0, end: float = math.inf) -> float:
        """Peak in dBFS."""
        seg = self.window(start, end)
        peak = max((abs(s) for s in seg), default=0)
        return 20 * math.log10(peak / 32768) if peak else -math.inf


def play(tmp_path: Path, scenario: str, **paths: Path) -> Played:
    """Run a scenario (Python run inside the child, with ``audio`` and helpers) and capture it."""
    out = tmp_path / "played.raw"
    script = tmp_path / "scenario.py"
    lines = [f"{name} = Path({str(path)!r})" for name, path in paths.items()]
    script.write_text("\n".join([*lines, textwrap.dedent(scenario)]))
    env = dict(os.environ)
    env.update(
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILE=str(out),
        SDL_DISKAUDIODELAY="8",  # ms per 23 ms buffer: ~2.5x real time, still paced
        PYTHONPATH=str(REPO),
    )
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return Played(out.read_bytes(), json.loads(done.stdout.strip().splitlines()[-1]))


def test_music_fades_in_from_silence(tmp_path: Path, tones: dict[str, Path]) -> None:
    played = play(
        tmp_path,
        """
        audio.load_music(long)
        mark("play")
        audio.play_music(fade_in_s=3.0)
        run_for(3.8)
        """,
        long=tones["long"],
    )
    t = played.marks["play"]
    first = played.rms_db(t, t + 0.5)
    settled = played.rms_db(t + 3.1, t + 3.6)
    assert settled == pytest.approx(FULL_DB, abs=1.0)
    assert first < settled - 10  # equal-power curve: about -16 dB over the first half second
    assert played.rms_db(t, t + 0.1) < settled - 25  # it really starts from silence
    middle = played.rms_db(t + 1.4, t + 1.6)
    assert first < middle < settled


def test_a_voice_ducks_the_music_by_the_set_amount_then_it_comes_back(
    tmp_path: Path, tones: dict[str, Path]
) -> None:
    played = play(
        tmp_path,
        """
        audio.load_music(long)
        mark("play")
        audio.play_music(fade_in_s=0)
        run_for(1.0)
        mark("voice")
        audio.play_voice(voice, 0.5)
        run_for(2.0 + 1.0 + 0.9)  # the voice, the 1 s release, then a steady stretch
        mark("manual")
        audio.duck(depth_db=-9, attack_s=0.2, release_s=0.5)
        run_for(1.2)
        mark("unduck")
        audio.unduck()
        run_for(1.0)
        """,
        long=tones["long"],
        voice=tones["voice"],
    )
    m = played.marks
    before = played.rms_db(m["play"] + 0.3, m["voice"] - 0.05)
    under = played.rms_db(m["voice"] + 0.6, m["voice"] + 1.8)
    after = played.rms_db(m["voice"] + 3.2, m["manual"])
    manual = played.rms_db(m["manual"] + 0.5, m["unduck"])
    back = played.rms_db(m["unduck"] + 0.65, m["unduck"] + 0.95)
    assert before == pytest.approx(FULL_DB, abs=1.0)
    assert under - before == pytest.approx(DEFAULT_DUCK_DB, abs=1.5)
    assert after == pytest.approx(before, abs=1.0)
    assert manual - before == pytest.approx(-9.0, abs=1.5)
    assert back == pytest.approx(before, abs=1.0)


def test_a_sleep_fade_reaches_silence_and_stops(tmp_path: Path, tones: dict[str, Path]) -> None:
    played = play(
        tmp_path,
        """
        audio.load_music(long)
        audio.play_music(fade_in_s=0)
        run_for(0.6)
        mark("fade")
        audio.stop_music(fade_out_s=1.5)
        result["state_fading"] = audio.music_state().value
        wait_for("music_faded_out", 4.0)
        mark("stopped")
        result["state_after"] = audio.music_state().value
        run_for(0.8)
        """,
        long=tones["long"],
    )
    m = played.marks
    assert played.report["state_fading"] == "fading"
    assert played.events == ["music_faded_out"] and played.report["state_after"] == "stopped"
    assert m["stopped"] - m["fade"] == pytest.approx(1.5, abs=0.4)
    before = played.rms_db(m["fade"] - 0.5, m["fade"])
    assert before == pytest.approx(FULL_DB, abs=1.0)
    halfway = played.rms_db(m["fade"] + 0.7, m["fade"] + 0.8)
    assert before - 9 < halfway < before - 1  # on its way down, not cut
    assert played.peak_db(m["stopped"] + 0.1, m["stopped"] + 0.7) == -math.inf


@pytest.mark.parametrize("ext", ["wav", "ogg", "flac", "mp3"])
def test_each_format_plays_seeks_and_ends(tmp_path: Path, tones: dict[str, Path], ext: str) -> None:
    if ext not in tones:
        pytest.skip(f"this libsndfile cannot write {ext.upper()} test files")
    played = play(
        tmp_path,
        """
        audio.load_music(track)
        mark("play")
        audio.play_music(fade_in_s=0)
        run_for(0.8)
        result["pos_before_seek"] = audio.music_position()
        mark("seek")
        audio.seek(2.5)
        run_for(0.6)
        result["pos_after_seek"] = audio.music_position()
        wait_for("music_ended", 3.0)
        mark("ended")
        result["state"] = audio.music_state().value
        """,
        track=tones[ext],
    )
    m = played.marks
    landing = 2.0 if ext == "wav" else 2.5  # SDL_mixer 2.6 seeks WAV to whole seconds
    loud = played.rms_db(m["play"] + 0.2, m["seek"] - 0.05)
    soft = played.rms_db(m["seek"] + 0.2, m["seek"] + 0.6)
    assert loud == pytest.approx(FULL_DB, abs=1.5)
    assert soft - loud == pytest.approx(-12.0, abs=2.0)  # the seek landed in the softer half
    assert played.report["pos_before_seek"] == pytest.approx(0.8, abs=0.3)
    assert played.report["pos_after_seek"] == pytest.approx(landing + 0.6, abs=0.3)
    assert played.events == ["music_ended"] and played.report["state"] == "stopped"
    assert m["ended"] - m["seek"] == pytest.approx(4.0 - landing, abs=0.4)


def test_an_undecodable_file_raises_and_the_next_one_plays(
    tmp_path: Path, tones: dict[str, Path]
) -> None:
    played = play(
        tmp_path,
        """
        for name in (bad, missing):
            try:
                audio.load_music(name)
            except AudioFileError as exc:
                result.setdefault("errors", []).append([str(exc), exc.path.name])
        mark("play")
        audio.load_music(good)
        audio.play_music(fade_in_s=0)
        run_for(0.8)
        """,
        bad=tones["bad"],
        missing=tmp_path / "gone.ogg",
        good=tones["long"],
    )
    (bad_msg, bad_name), (missing_msg, _) = played.report["errors"]
    assert bad_msg == "bad.ogg: undecodable" and bad_name == "bad.ogg"
    assert missing_msg == "gone.ogg: missing"
    assert played.rms_db(played.marks["play"] + 0.2, played.marks["play"] + 0.7) == (
        pytest.approx(FULL_DB, abs=1.0)
    )


def test_nothing_exceeds_the_master_cap_and_breath_sync_dips(
    tmp_path: Path, tones: dict[str, Path]
) -> None:
    played = play(
        tmp_path,
        """
        audio.set_master_volume(5.0)
        audio.set_music_volume(3.0)
        audio.set_breath_factor(1.0)
        audio.load_music(loud)
        mark("full")
        audio.play_music(fade_in_s=0, loop=True)
        run_for(0.6)
        mark("out_breath")
        audio.set_breath_factor(0.0, over_s=0.3)
        run_for(0.8)
        mark("half")
        audio.set_breath_factor(1.0, over_s=0)
        audio.set_master_volume(0.5)
        run_for(0.6)
        audio.stop_music()
        mark("voice")
        audio.set_master_volume(9.0)
        audio.play_voice(loud, 7.0)
        run_for(0.5)
        audio.stop_voice()
        mark("cue")
        audio.play_file(loud, 7.0)
        run_for(0.5)
        """,
        loud=tones["loud"],
    )
    m = played.marks
    cap_db = 20 * math.log10(MASTER_CAP)
    full = played.peak_db(m["full"] + 0.1, m["out_breath"])
    assert full == pytest.approx(20 * math.log10(0.99) + cap_db, abs=0.3)
    assert played.peak_db(m["full"], m["voice"]) <= cap_db + 0.05
    out_breath = played.rms_db(m["out_breath"] + 0.4, m["half"])
    assert out_breath - played.rms_db(m["full"] + 0.1, m["out_breath"]) == pytest.approx(
        -6.0, abs=1.5
    )
    half = played.rms_db(m["half"] + 0.15, m["voice"] - 0.05)
    assert half - played.rms_db(m["full"] + 0.1, m["out_breath"]) == pytest.approx(-6.0, abs=1.0)
    assert played.peak_db(m["voice"], m["cue"]) == pytest.approx(full, abs=0.3)
    assert played.peak_db(m["cue"]) == pytest.approx(full, abs=0.3)


def test_a_vanished_device_is_reopened_or_reported(tmp_path: Path, tones: dict[str, Path]) -> None:
    played = play(
        tmp_path,
        """
        import pygame
        audio.load_music(long)
        audio.play_music(fade_in_s=0)
        run_for(0.3)
        driver = os.environ["SDL_AUDIODRIVER"]
        pygame.mixer.quit()  # what a suspend or an unplugged headset amounts to
        result["lost"] = [e.kind for e in audio.tick()]
        result["reason_lost"] = audio.reason
        os.environ["SDL_AUDIODRIVER"] = "no-such-driver"
        audio.play_music(fade_in_s=0)  # one attempt to reopen: it fails, quietly
        result["after_failed_reopen"] = [audio.available, audio.reason, audio.music_state().value]
        os.environ["SDL_AUDIODRIVER"] = driver
        OUT = os.environ["SDL_DISKAUDIOFILE"] = OUT + ".2"
        audio.play_music(fade_in_s=0)  # the device is back: reopened and the track reloaded
        run_for(0.5)
        result["after_reopen"] = [audio.available, audio.music_state().value]
        result["position"] = audio.music_position()
        """,
        long=tones["long"],
    )
    r = played.report
    assert r["lost"] == ["device_lost"] and r["reason_lost"] == "device-gone"
    assert r["after_failed_reopen"][:2] == [False, r["reason_lost"]]
    assert r["after_failed_reopen"][2] == "stopped"
    assert r["after_reopen"] == [True, "playing"]
    assert r["position"] > 0.2


def test_no_device_gives_silent_audio_whose_music_calls_are_harmless(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        from pathlib import Path
        from companion.services.audio.output import open_audio
        a = open_audio()
        import sys
        a.load_music(Path(sys.executable))
        a.play_music(); a.duck(); a.set_breath_factor(0.5); a.seek(3)
        print(type(a).__name__, a.available, a.music_state().value, a.tick(), a.reason)
        """
    )
    env = dict(os.environ, SDL_AUDIODRIVER="no-such-driver", PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.stdout.startswith("SilentAudio False stopped [] no-device"), out.stderr


def test_silent_audio_still_reports_missing_music_files(tmp_path: Path) -> None:
    silent = SilentAudio("no-device")
    with pytest.raises(AudioFileError, match=r"gone\.mp3"):
        silent.load_music(tmp_path / "gone.mp3")
    silent.play_music(fade_in_s=3.0)
    assert silent.music_state() is MusicState.STOPPED and silent.music_position() == 0.0


# -- the stream's state machine, with a stand-in for pygame (fast, exact) ------------------


class FakeMusic:
    """``pygame.mixer.music`` reduced to what the stream uses; the test says when it is busy."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []
        self.busy = False
        self.paused = False
        self.pos_ms = 0
        self.volume = 1.0

    def load(self, name: str) -> None:
        self.calls.append(("load", Path(name).name))

    def play(self, loops: int = 0, start: float = 0.0) -> None:
        self.calls.append(("play", loops, start))
        self.busy, self.paused, self.pos_ms = True, False, 0

    def pause(self) -> None:
        self.calls.append(("pause",))
        self.paused = True

    def unpause(self) -> None:
        self.calls.append(("unpause",))
        self.paused = False

    def stop(self) -> None:
        self.calls.append(("stop",))
        self.busy = False

    def get_busy(self) -> bool:
        return self.busy and not self.paused

    def get_pos(self) -> int:
        return self.pos_ms if self.busy else -1

    def set_volume(self, volume: float) -> None:
        self.volume = volume


class FakePygame:
    """Just enough of the pygame module for :class:`MusicStream`."""

    error = RuntimeError

    def __init__(self) -> None:
        self.mixer = type("mixer", (), {"music": FakeMusic()})()


Stream = tuple[MusicStream, FakeMusic]


@pytest.fixture
def stream(tmp_path: Path) -> Stream:
    """A stream over a fake mixer, with a (fake) OGG loaded."""
    track = tmp_path / "track.ogg"
    track.write_bytes(b"OggS fake")
    fake = FakePygame()
    music = MusicStream(fake, clock=lambda: 0.0)
    music.load(track)
    return music, fake.mixer.music


def test_pause_fades_first_and_resume_mid_fade_turns_back(stream: Stream) -> None:
    music, fake = stream
    music.play(fade_in_s=0.0, start_s=0.0, loop=False, now=0.0)
    assert fake.volume == pytest.approx(MASTER_CAP)
    music.pause(fade_out_s=0.4, now=1.0)
    assert music.state() is MusicState.PAUSED and ("pause",) not in fake.calls
    music.tick(1.2)
    assert 0 < fake.volume < MASTER_CAP
    music.resume(fade_in_s=0.2, now=1.2)  # caught half-way: no pause ever happened
    music.tick(1.4)
    assert fake.volume == pytest.approx(MASTER_CAP) and ("pause",) not in fake.calls
    music.pause(fade_out_s=0.4, now=2.0)
    music.tick(2.4)
    assert ("pause",) in fake.calls and fake.volume == 0.0
    assert music.state() is MusicState.PAUSED


def test_seek_while_paused_is_kept_for_resume(stream: Stream) -> None:
    music, fake = stream
    music.play(fade_in_s=0.0, start_s=10.0, loop=False, now=0.0)
    fake.pos_ms = 1500
    assert music.position() == pytest.approx(11.5)
    music.pause(fade_out_s=0.0, now=1.5)
    music.seek(42.0, now=2.0)
    assert music.position() == 42.0 and fake.calls[-1] == ("pause",)
    music.resume(fade_in_s=0.5, now=3.0)
    assert fake.calls[-1] == ("play", 0, 42.0) and music.state() is MusicState.PLAYING
    assert fake.volume == 0.0  # it restarts from silence, then rises
    music.tick(3.5)
    assert fake.volume == pytest.approx(MASTER_CAP)


def test_end_of_track_is_reported_once_and_during_a_fade_as_faded_out(stream: Stream) -> None:
    music, fake = stream
    music.play(fade_in_s=3.0, start_s=0.0, loop=False, now=0.0)
    assert music.tick(1.0) == []
    fake.busy = False  # SDL finished the file
    events = music.tick(1.05)
    assert [(e.kind, e.path) for e in events] == [("music_ended", music.path)]
    assert music.tick(1.1) == [] and music.state() is MusicState.STOPPED
    music.play(fade_in_s=0.0, start_s=0.0, loop=False, now=2.0)
    music.stop(fade_out_s=30.0, now=2.0)
    assert music.state() is MusicState.FADING
    fake.busy = False  # the track ended before the sleep fade did
    assert [e.kind for e in music.tick(5.0)] == ["music_faded_out"]


def test_a_voice_and_a_manual_duck_take_the_deeper_and_release_in_turn(stream: Stream) -> None:
    music, fake = stream
    music.play(fade_in_s=0.0, start_s=0.0, loop=False, now=0.0)
    music.duck(-3.0, attack_s=0.0, release_s=0.5, now=1.0)
    music.tick(1.0)
    assert fake.volume == pytest.approx(MASTER_CAP * 10 ** (-3 / 20))
    music.set_voice_busy(True, 2.0)
    music.tick(2.3)
    assert fake.volume == pytest.approx(MASTER_CAP * 10 ** (DEFAULT_DUCK_DB / 20))
    music.set_voice_busy(False, 3.0)  # back to the manual duck, not to full
    music.tick(4.5)
    assert fake.volume == pytest.approx(MASTER_CAP * 10 ** (-3 / 20))
    music.unduck(now=5.0)
    music.tick(5.5)
    assert fake.volume == pytest.approx(MASTER_CAP)
