"""The player levels every track, orders calm-ward, asks how a track landed and leaves out a
track marked unsettled twice: real files measured for real (on a worker thread), a real
SQLite file, a recording audio output on a fake clock."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from companion.core.listen.playlists import Playlist, Track
from companion.core.listen.responses import Answer
from companion.core.loudness import LEVEL_CHANGE_S, UNMEASURED_MUSIC_LUFS, music_level
from companion.core.preferences import Preferences
from companion.services.audio.output import AudioEvent, MusicState
from companion.services.listen.measure import InProcessMeasurer
from companion.services.listen.track_data import TrackData
from companion.sessions.levels import TrackLevels
from companion.sessions.player import Player
from companion.sessions.sound import SoundPath
from companion.sessions.state import AppState
from tests.helpers.audio_files import track
from tests.helpers.fakes import RecordingAudio


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    """A loud, lively track, a quiet slow one and a still one (20 dB apart, at most)."""
    return [
        track(tmp_path / "quiet.flac", -28.0, 4.0, pulses_per_s=0.5),
        track(tmp_path / "loud.ogg", -8.0, 4.0, pulses_per_s=6.0),
        track(tmp_path / "still.wav", -20.0, 4.0, pulses_per_s=0.0),
    ]


@pytest.fixture
def playlist(files: list[Path]) -> Playlist:
    return Playlist("Family", [Track(str(p), p.stem, None, 4.0) for p in files], id=3)


@pytest.fixture
def state(settings_path) -> AppState:
    return AppState(Preferences(), None)


@pytest.fixture
def parts(qtbot, store, clock, keeper, state):
    sound = SoundPath(state, now=clock, parent=keeper)
    levels = TrackLevels(store, InProcessMeasurer)
    player = Player(store, sound, now=clock, levels=levels, parent=sound)
    levels.setParent(player)
    audio = RecordingAudio()
    sound.bind(audio)
    yield player, levels, audio
    player.shutdown()


def level_calls(audio: RecordingAudio) -> list[tuple[float, float, float]]:
    return [(c[1], c[2], c[3]) for c in audio.calls if c[0] == "set_music_level"]


def loaded(audio: RecordingAudio) -> list[str]:
    return [c[1].stem for c in audio.calls if c[0] == "load_music"]


def test_an_unmeasured_track_starts_cautious_and_rises_to_its_level(
    qtbot, parts, playlist: Playlist
) -> None:
    player, levels, audio = parts
    assert player.play(playlist, 0)  # the quiet one, never measured
    first = level_calls(audio)[-1]
    assert first[0] == pytest.approx(music_level(UNMEASURED_MUSIC_LUFS)) and first[2] == 0.0
    qtbot.waitUntil(lambda: levels.level(playlist.tracks[0]) is not None, timeout=30000)
    qtbot.waitUntil(lambda: level_calls(audio)[-1][2] == LEVEL_CHANGE_S, timeout=5000)
    gain, ceiling, _over = level_calls(audio)[-1]
    assert gain == pytest.approx(music_level(-28.0), rel=0.06) and gain > first[0]
    assert 0 < ceiling <= 1


def test_every_track_is_levelled_and_the_switch_plays_them_as_they_are(
    qtbot, parts, playlist: Playlist, state: AppState
) -> None:
    player, levels, audio = parts
    levels.request(playlist.tracks)
    qtbot.waitUntil(lambda: not levels.busy, timeout=60000)
    player.play(playlist, 1)  # the loud one
    gain = level_calls(audio)[-1][0]
    assert 20 * math.log10(gain * state.prefs.music_volume) == pytest.approx(-24 + 8, abs=0.6)
    state.update(level_music=False)
    player.levelling_changed()
    assert level_calls(audio)[-1] == (1.0, 1.0, LEVEL_CHANGE_S)  # gently back to the file's


def test_calmward_plays_from_the_liveliest_to_the_calmest(qtbot, parts, playlist: Playlist) -> None:
    player, levels, audio = parts
    player.play(playlist)
    player.set_calmward(True)
    qtbot.waitUntil(
        lambda: all((lv := levels.level(t)) and lv.energy for t in playlist.tracks),
        timeout=60000,
    )
    assert player.order.sequence == [1, 0, 2]  # loud and lively, quiet and slow, still
    player.stop()
    player.play(playlist)
    for _ in range(2):
        player.on_audio_event(AudioEvent("music_ended"))
    assert loaded(audio)[-3:] == ["loud", "quiet", "still"]
    player.set_shuffle(True)
    assert not player.calmward and player.order.shuffle


def test_a_track_heard_is_asked_about_and_the_answer_is_kept(
    qtbot, parts, playlist: Playlist, store, clock
) -> None:
    player, _levels, audio = parts
    asked = []
    player.questions.asked.connect(asked.append)
    player.play(playlist, 0)
    clock.advance(5)
    player.next()  # heard 5 s: not worth a question
    assert asked == []
    audio.state = MusicState.PLAYING
    player.on_audio_event(AudioEvent("music_faded_out"))
    clock.advance(40)
    player.stop()  # the music stops: how did that one land?
    question = asked[-1]
    assert question is not None and question.title == "loud"
    assert player.questions.answer(Answer.UNSETTLED)
    assert asked[-1] is None and player.questions.question is None
    [record] = store.sessions()
    assert [(r.title, r.answer) for r in record.responses] == [("loud", Answer.UNSETTLED)]
    assert player.questions.unsettled(playlist.tracks[1]) == 1


def test_a_track_marked_unsettled_twice_is_left_out_unless_chosen_back(
    parts, playlist: Playlist, store, state: AppState
) -> None:
    player, _levels, audio = parts
    from datetime import datetime, timezone

    from companion.core.sessions import Activity, SessionRecord

    session = store.add(SessionRecord(Activity.LISTENING, "Family", datetime.now(timezone.utc)))
    data = TrackData(store)
    for _ in range(2):
        data.add_response(session, str(playlist.tracks[0].path), "quiet", Answer.UNSETTLED)
    player.questions.reload()
    assert player.skipped(playlist.tracks[0])
    player.play(playlist)
    assert loaded(audio)[-1] == "loud"  # the first track is passed over
    player.stop()
    state.update(play_unsettled=True)
    player.unsettled_choice_changed()
    player.play(playlist)
    assert loaded(audio)[-1] == "quiet"
