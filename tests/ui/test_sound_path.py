"""The one sound path: late binding, the cue rules, spoken cues, one ticker, a lost device."""

from __future__ import annotations

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
