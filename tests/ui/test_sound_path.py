"""The one sound path: late binding, the cue rules, spoken cues, one ticker, a lost device."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import pytest

from companion.core.breathing import Pattern
from companion.core.loudness import level_gain
from companion.core.preferences import DEFAULT_CUE_VOLUME, MAX_CUE_VOLUME
from companion.services.audio.output import AudioEvent, MusicState
from companion.services.audio.soundscapes import cue_loudness
from companion.services.speech import SpeechRenderer
from companion.sessions.breathing import BreathingSession
from companion.sessions.sound import CUE_DIR, SoundPath, breathing_phrases
from tests.helpers.fakes import RecordingAudio


@pytest.fixture
def sound(qtbot, state, clock, keeper) -> SoundPath:
    return SoundPath(state, now=clock, parent=keeper)


def breathing(store, clock, sound: SoundPath) -> BreathingSession:
    return BreathingSession(Pattern(4, 6), "calm", 60.0, store, now=clock, parent=sound)


def test_the_first_breath_cue_plays_when_the_device_opens_late(sound, store, clock) -> None:
    session = breathing(store, clock, sound)
    sound.follow_breathing(session)
    session.start()  # "breathe in" is due now, but the device is still opening
    clock.advance(0.4)
    audio = RecordingAudio()
    sound.bind(audio)
    assert [name for name, _ in audio.played] == ["inhale"]  # not lost
    session.stop()


def test_a_cue_that_no_longer_applies_is_not_played_late(sound, store, clock) -> None:
    session = breathing(store, clock, sound)
    sound.follow_breathing(session)
    session.start()
    clock.advance(4.5)  # the in-breath is over before the device opens
    session.poll()
    audio = RecordingAudio()
    sound.bind(audio)
    assert [name for name, _ in audio.played] == ["exhale"]  # only what is true now
    session.stop()


def test_cues_follow_the_settings(sound, state, clock) -> None:
    audio = RecordingAudio()
    sound.bind(audio)
    state.update(cue_volume=0.1)
    sound.cue("inhale")
    state.update(cues_enabled=False)
    sound.cue("exhale")
    state.update(cues_enabled=True, cue_volume=MAX_CUE_VOLUME + 0.4)  # above the cap
    sound.cue("end")
    levels = cue_loudness(CUE_DIR)
    inhale = level_gain(levels["inhale"], "tone") * 0.1 / DEFAULT_CUE_VOLUME
    end = min(1.0, level_gain(levels["end"], "chime") * MAX_CUE_VOLUME / DEFAULT_CUE_VOLUME)
    assert audio.played == [("inhale", pytest.approx(inhale)), ("end", pytest.approx(end))]


def test_a_voice_asked_for_before_the_device_opens_is_said_if_still_wanted(sound) -> None:
    wanted = {"first": True, "second": False}
    sound.voice(Path("first.wav"), lambda: wanted["first"])
    sound.voice(Path("second.wav"), lambda: wanted["second"])
    audio = RecordingAudio()
    sound.bind(audio)
    assert [c[1] for c in audio.calls if c[0] == "play_voice"] == ["first"]


def test_one_ticker_reports_each_music_event_once(sound) -> None:
    audio = RecordingAudio()
    sound.bind(audio)
    seen: list[str] = []
    sound.music_event.connect(lambda event: seen.append(event.kind))
    audio.state = MusicState.PLAYING
    audio.events = [AudioEvent("music_ended")]
    sound.tick()
    sound.tick()
    assert seen == ["music_ended"]


def test_a_lost_device_is_reported_whatever_is_playing(sound) -> None:
    audio = RecordingAudio()
    sound.bind(audio)
    problems: list[str] = []
    sound.problem.connect(problems.append)
    sound.tick()
    audio._reason = "device-gone"  # e.g. unplugged during Imagine or breathing
    sound.tick()
    sound.tick()
    assert problems == ["device-gone"]


def test_no_device_is_said_once_at_bind(sound) -> None:
    problems: list[str] = []
    sound.problem.connect(problems.append)
    sound.bind(RecordingAudio(reason="no-device"))
    assert problems == ["no-device"] and not sound.available


def test_turning_spoken_cues_on_renders_them_with_the_real_engine(
    qtbot, state, tmp_path, keeper
) -> None:
    speech = SpeechRenderer(tmp_path / "speech")
    sound = SoundPath(state, speech, parent=keeper)
    sound.bind(RecordingAudio())
    words = breathing_phrases()
    assert not any(sound.spoken_ready(text) for text in words.values())  # off by default
    problems: list[str] = []
    sound.problem.connect(problems.append)
    state.update(spoken_cues=True)
    try:
        qtbot.waitUntil(
            lambda: all(sound.spoken_ready(t) for t in words.values()) or bool(problems),
            timeout=30000,
        )
        assert problems == []
        for text in words.values():
            path = sound._spoken[text]
            with wave.open(str(path)) as handle:
                assert handle.getnframes() / handle.getframerate() > 0.3
    finally:
        speech.close()


# -- "Breathless now": a note per step, the long out-breath when asked, never a pace --------


def breathless(store, clock, sound: SoundPath):  # type: ignore[no-untyped-def]
    from companion.sessions.breathless import BreathlessSession

    return BreathlessSession(store, now=clock, parent=sound)


def test_breathless_steps_and_tones_sit_at_the_breath_tone_level(sound, store, clock) -> None:
    from companion.core.breathless import OUT_BREATH
    from companion.core.loudness import target_lufs

    session = breathless(store, clock, sound)
    sound.follow_breathless(session, {0: "Find a position", 1: "Turn on the fan"})
    session.start()  # the first step's note is asked for before the device opens
    clock.advance(0.8)
    audio = RecordingAudio()
    sound.bind(audio)
    assert [name for name, _ in audio.played] == ["step"]  # waited for the device, not lost
    for _ in range(OUT_BREATH):
        session.next()
    assert [name for name, _ in audio.played] == ["step", "step", "long-out-breath"]
    levels = cue_loudness(CUE_DIR)
    for name, gain in audio.played:
        heard = levels[name] + 20 * math.log10(gain)
        assert abs(heard - target_lufs("tone")) < 0.05, name  # 6 LU under the reference
    clock.advance(120)  # two minutes: no tone by itself
    session.poll()
    assert len(audio.played) == 3
    assert session.ask_out_breath() and len(audio.played) == 4
    session.stop()


def test_breathless_says_each_step_when_spoken_cues_are_chosen(
    qtbot, state, store, clock, tmp_path, keeper
) -> None:
    from tests.helpers.speech_fakes import FakeSpeech

    state.update(spoken_cues=True)
    sound = SoundPath(state, FakeSpeech(tmp_path / "speech"), now=clock, parent=keeper)
    audio = RecordingAudio()
    sound.bind(audio)
    session = breathless(store, clock, sound)
    words = {0: "Find a position that helps.", 1: "Turn on the fan."}
    sound.follow_breathless(session, words)
    qtbot.waitUntil(lambda: all(sound.spoken_ready(t) for t in words.values()))
    session.start()
    session.next()
    session.next()  # the out-breath: its tone, never words
    said = [sound._spoken[words[0]].stem, sound._spoken[words[1]].stem]
    assert [name for name, _ in audio.played] == [*said, "long-out-breath"]  # words, then tone
    session.stop()
