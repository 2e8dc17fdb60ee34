"""The player's behaviour on a fake clock and a recording audio output."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.listen.playlists import Playlist, Repeat, Track
from companion.core.listen.sleep_timer import SleepTimer
from companion.core.preferences import Preferences
from companion.core.sessions import Activity
from companion.services.audio.output import AudioEvent, AudioFileError, MusicState
from companion.sessions.player import START_FADE_S, Player
from companion.sessions.sound import SoundPath
from companion.sessions.state import AppState
from tests.helpers.fakes import RecordingAudio


class Audio(RecordingAudio):
    """Recording audio whose ``undecodable`` files fail to load, as damaged files do."""

    def __init__(self) -> None:
        super().__init__()
        self.undecodable: set[Path] = set()

    def load_music(self, path: Path) -> None:
        if path in self.undecodable:
            raise AudioFileError("undecodable", path)
        super().load_music(path)

    def loaded(self) -> list[str]:
        return [c[1].name for c in self.calls if c[0] == "load_music"]

    def end_track(self, player: Player) -> None:
        player.on_audio_event(AudioEvent("music_ended"))


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    paths = []
    for name in ("one.ogg", "two.ogg", "three.ogg"):
        path = tmp_path / name
        path.write_bytes(b"OggS")
        paths.append(path)
    return paths


@pytest.fixture
def playlist(files: list[Path]) -> Playlist:
    return Playlist("Evening", [Track(str(p), p.stem, None, 120.0) for p in files], id=7)


@pytest.fixture
def audio() -> Audio:
    return Audio()


@pytest.fixture
def sound(qtbot, clock, keeper) -> SoundPath:
    return SoundPath(AppState(Preferences(), None), now=clock, parent=keeper)


@pytest.fixture
def player(qtbot, store, clock, audio: Audio, sound: SoundPath) -> Player:
    p = Player(store, sound, now=clock, parent=sound)
    sound.bind(audio)
    yield p
    p.shutdown()


def test_play_before_the_device_opens_starts_when_it_does(
    qtbot, store, clock, playlist, keeper
) -> None:
    sound = SoundPath(AppState(Preferences(), None), now=clock, parent=keeper)
    player = Player(store, sound, now=clock, parent=sound)
    assert player.play(playlist)  # the device is still opening: the request waits
    assert player.pending and player.state is MusicState.STOPPED
    audio = Audio()
    sound.bind(audio)
    assert audio.loaded() == ["one.ogg"] and player.state is MusicState.PLAYING
    assert ("play_music", START_FADE_S, 0.0, False) in audio.calls
    player.shutdown()


def test_play_fades_in_from_silence_and_records_a_listening_session(
    player: Player, audio: Audio, playlist: Playlist, store, clock
) -> None:
    assert player.play(playlist)
    assert audio.loaded() == ["one.ogg"]
    assert ("play_music", START_FADE_S, 0.0, False) in audio.calls
    assert player.state is MusicState.PLAYING and player.current == 0
    clock.advance(90)
    player.pause()
    clock.advance(600)  # paused time is not listening time
    player.resume()
    clock.advance(30)
    player.stop()
    [record] = store.sessions()
    assert record.activity is Activity.LISTENING and record.item == "Evening"
    assert record.duration_s == pytest.approx(120.0)
    assert record.completed is False  # stopped by hand


def test_without_fade_in_the_music_starts_at_once(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    player.fade_in = False
    player.play(playlist)
    assert audio.calls[-1][0] == "play_music" and audio.calls[-1][1] < 1.0


def test_tracks_follow_each_other_and_the_playlist_ends_completed(
    player: Player, audio: Audio, playlist: Playlist, store, clock
) -> None:
    player.set_repeat(Repeat.NONE)
    player.play(playlist)
    for _ in range(3):
        clock.advance(120)
        audio.end_track(player)
    assert audio.loaded() == ["one.ogg", "two.ogg", "three.ogg"]
    assert player.state is MusicState.STOPPED and player.current is None
    [record] = store.sessions()
    assert record.completed is True
    assert record.duration_s == pytest.approx(360.0)


def test_repeat_all_wraps_and_repeat_one_replays(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    player.set_repeat(Repeat.ALL)
    player.play(playlist, 2)
    audio.end_track(player)
    assert player.current == 0
    player.set_repeat(Repeat.ONE)
    audio.end_track(player)
    assert player.current == 0
    assert audio.loaded() == ["three.ogg", "one.ogg", "one.ogg"]


def test_missing_and_undecodable_files_are_skipped_with_a_reason(
    player: Player, audio: Audio, playlist: Playlist, files: list[Path], qtbot
) -> None:
    files[0].unlink()  # the USB stick was removed
    audio.undecodable.add(files[1])
    failures: list[tuple[int, str]] = []
    player.track_failed.connect(lambda i, why: failures.append((i, why)))
    assert player.play(playlist)
    assert player.current == 2
    assert failures == [(1, "undecodable")]  # the missing one is passed over, marked
    assert str(files[1]) in player.failed
    assert len(playlist.tracks) == 3  # the playlist itself is untouched


def test_nothing_playable_says_so(player: Player, playlist: Playlist, files: list[Path]) -> None:
    for path in files:
        path.unlink()
    problems: list[object] = []
    player.problem.connect(problems.append)
    assert not player.play(playlist)
    assert player.state is MusicState.STOPPED
    assert [(p.code, p.args) for p in problems] == [("playlist.nothing-playable", ("Evening",))]


def test_previous_restarts_a_track_that_has_played_a_while(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    player.play(playlist, 1)
    audio.position = 42.0
    player.previous()
    assert ("seek", 0.0) in audio.calls and player.current == 1
    audio.position = 1.0
    player.previous()
    assert player.current == 0


def test_stop_after_this_track(player: Player, audio: Audio, playlist: Playlist) -> None:
    player.play(playlist)
    player.set_stop_after_current(True)
    audio.end_track(player)
    assert player.state is MusicState.STOPPED
    assert audio.loaded() == ["one.ogg"]


def test_sleep_timer_fades_out_over_half_a_minute_then_stops(
    player: Player, audio: Audio, playlist: Playlist, store, clock, qtbot
) -> None:
    player.set_repeat(Repeat.ALL)
    player.play(playlist)
    player.set_sleep(SleepTimer.after_minutes(15, clock()))
    clock.advance(15 * 60 - 31)
    player._check_sleep()
    assert player.state is MusicState.PLAYING
    clock.advance(1)
    player._check_sleep()
    assert audio.calls[-1] == ("stop_music", pytest.approx(30.0))
    assert player.state is MusicState.FADING
    clock.advance(30)
    player.on_audio_event(AudioEvent("music_faded_out"))
    assert player.state is MusicState.STOPPED
    assert player.sleep is None  # the timer is done
    [record] = store.sessions()
    assert record.completed is True


def test_sleep_at_end_of_track_stops_when_it_ends(
    player: Player, audio: Audio, playlist: Playlist, clock
) -> None:
    player.play(playlist)
    player.set_sleep(SleepTimer.at_end_of_track())
    audio.position = 100.0  # 20 s left of 120: inside the fade
    player._check_sleep()
    assert audio.calls[-1] == ("stop_music", pytest.approx(20.0))
    player.on_audio_event(AudioEvent("music_faded_out"))
    assert player.state is MusicState.STOPPED and audio.loaded() == ["one.ogg"]


def test_a_lost_device_stops_and_keeps_the_session(
    player: Player, audio: Audio, playlist: Playlist, store, clock
) -> None:
    player.play(playlist)
    clock.advance(10)
    player.on_audio_event(AudioEvent("device_lost"))  # the sound path tells the person
    assert player.state is MusicState.STOPPED
    assert store.sessions()[0].duration_s == pytest.approx(10.0)


def test_editing_the_playing_playlist_keeps_the_track_playing(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    player.play(playlist, 1)
    edited = Playlist("Evening", list(reversed(playlist.tracks)), id=playlist.id)
    player.playlist_edited(edited)
    assert player.current == 1  # "two" is still in the middle
    edited.tracks.pop(1)
    player.playlist_edited(edited)
    assert player.state is MusicState.STOPPED  # the playing track was removed


def test_release_ends_listening_without_touching_the_new_music(
    player: Player, audio: Audio, playlist: Playlist, store, clock
) -> None:
    player.play(playlist)
    clock.advance(40)
    calls = len(audio.calls)
    player.release()  # e.g. Imagine started its own soundscape
    assert audio.calls[calls:] == []
    assert player.state is MusicState.STOPPED
    assert store.sessions()[0].duration_s == pytest.approx(40.0)
