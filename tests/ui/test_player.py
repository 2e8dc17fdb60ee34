"""The player's behaviour on a fake clock and a recording audio output."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.listen.playlists import Playlist, Repeat, Track
from companion.core.listen.sleep_timer import SleepTimer
from companion.core.preferences import Preferences
from companion.core.sessions import Activity
from companion.services.audio.output import AudioEvent, AudioFileError, MusicState
from companion.sessions.player import (
    CHANGE_IN_S,
    CHANGE_OUT_S,
    PAUSE_FADE_S,
    RESUME_FADE_S,
    START_FADE_S,
    STOP_FADE_S,
    Player,
)
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


def test_pause_resume_and_stop_fade_as_the_design_says(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    player.play(playlist)
    player.pause()
    player.resume()
    player.stop(fade_s=STOP_FADE_S)
    assert audio.calls[-3:] == [
        ("pause_music", PAUSE_FADE_S),
        ("resume_music", RESUME_FADE_S),
        ("stop_music", STOP_FADE_S),
    ]
    assert (PAUSE_FADE_S, RESUME_FADE_S, STOP_FADE_S, START_FADE_S) == (0.6, 1.0, 2.0, 3.0)
    assert player.state is MusicState.FADING
    player.toggle_pause()  # Play pressed while it is still fading out: it carries on
    assert audio.calls[-1] == ("resume_music", RESUME_FADE_S)
    assert player.state is MusicState.PLAYING


def test_a_second_play_of_what_plays_never_restarts_it(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    player.play(playlist)
    audio.position = 42.0
    calls = len(audio.calls)
    assert player.play(playlist)  # "Play calming music" pressed again
    assert audio.calls[calls:] == [] and player.position() == 42.0
    player.pause()
    assert player.play(playlist)  # paused: it resumes, from the same place
    assert audio.calls[-1] == ("resume_music", RESUME_FADE_S)
    assert audio.loaded() == ["one.ogg"] and player.state is MusicState.PLAYING


def test_changing_track_fades_the_old_one_out_then_the_new_one_in(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    changed: list[int | None] = []
    player.track_changed.connect(changed.append)
    player.play(playlist)
    audio.position = 50.0
    player.next()
    assert audio.calls[-1] == ("stop_music", CHANGE_OUT_S)  # the old one falls first
    assert player.state is MusicState.PLAYING and player.current == 1 and changed[-1] == 1
    assert player.position() == 0.0  # the new one has not begun
    player.next()  # pressed again during the fade: it goes on to the one after
    assert audio.calls[-1] == ("stop_music", CHANGE_OUT_S) and player.current == 2
    player.on_audio_event(AudioEvent("music_faded_out"))  # the old one reached silence
    assert audio.loaded() == ["one.ogg", "three.ogg"]
    assert audio.calls[-1] == ("play_music", CHANGE_IN_S, 0.0, False)
    assert pytest.approx(3.0) == CHANGE_OUT_S + CHANGE_IN_S
    assert player.state is MusicState.PLAYING


def test_pausing_while_a_track_changes_starts_the_new_one_on_resume(
    player: Player, audio: Audio, playlist: Playlist
) -> None:
    player.play(playlist)
    player.next()
    player.pause()
    assert audio.calls[-1] == ("pause_music", PAUSE_FADE_S)
    assert player.state is MusicState.PAUSED and player.current == 1
    player.resume()
    assert audio.loaded() == ["one.ogg", "two.ogg"]
    assert audio.calls[-1] == ("play_music", RESUME_FADE_S, 0.0, False)


def test_another_playlist_takes_over_with_a_fade_through(
    player: Player, audio: Audio, playlist: Playlist, store, clock
) -> None:
    player.play(playlist)
    clock.advance(20)
    other = Playlist("Calm", list(reversed(playlist.tracks)), id=8)
    player.play(other)
    assert audio.calls[-1] == ("stop_music", CHANGE_OUT_S)
    player.on_audio_event(AudioEvent("music_faded_out"))
    assert audio.loaded() == ["one.ogg", "three.ogg"]
    assert [s.item for s in store.sessions()] == ["Calm", "Evening"]


def test_play_calm_finds_the_bundled_playlist_and_never_restarts_it(
    player: Player, audio: Audio, store
) -> None:
    from companion.cli.listen import sync_bundled

    sync_bundled(store)
    assert player.play_calm()
    assert player.playlist is not None and player.playlist.name == "Calm"
    calls = len(audio.calls)
    assert player.play_calm()
    assert audio.calls[calls:] == []


def test_play_calm_without_a_history_file_still_plays(qtbot, clock, keeper) -> None:
    sound = SoundPath(AppState(Preferences(music_volume=0.4), None), now=clock, parent=keeper)
    player = Player(None, sound, now=clock, parent=sound)
    audio = Audio()
    sound.bind(audio)
    assert player.play_calm() and player.state is MusicState.PLAYING
    assert ("set_music_volume", 0.4) in audio.calls  # the person's volume, not full
    calls = len(audio.calls)
    assert player.play_calm()
    assert audio.calls[calls:] == []
    player.shutdown()


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
    assert audio.calls[-1] == ("stop_music", CHANGE_OUT_S) and player.current == 1
    player.on_audio_event(AudioEvent("music_faded_out"))
    assert audio.loaded() == ["two.ogg", "two.ogg"]  # from its start, rising again
    audio.position = 1.0
    player.previous()
    assert player.current == 0


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
    assert player.state is MusicState.PLAYING and player.sleep_fading  # softening, still heard
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


def _into_the_sleep_fade(player: Player, playlist: Playlist, clock) -> None:
    player.play(playlist)
    player.set_sleep(SleepTimer.after_minutes(15, clock()))
    clock.advance(15 * 60 - 20)
    player._check_sleep()
    assert player.sleep_fading and player.state is MusicState.PLAYING


def test_pause_during_the_sleep_fade_pauses_and_ends_the_timer(
    player: Player, audio: Audio, playlist: Playlist, clock
) -> None:
    _into_the_sleep_fade(player, playlist, clock)
    player.toggle_pause()  # the main button, which reads "Pause"
    assert audio.calls[-1] == ("pause_music", PAUSE_FADE_S)
    assert player.state is MusicState.PAUSED and not player.sleep_fading
    assert player.sleep is None  # someone is awake: the timer is over
    clock.advance(60)
    player._check_sleep()
    player.toggle_pause()
    assert audio.calls[-1] == ("resume_music", RESUME_FADE_S)
    assert player.state is MusicState.PLAYING


def test_turning_the_sleep_timer_off_during_its_fade_brings_the_music_back(
    player: Player, audio: Audio, playlist: Playlist, clock
) -> None:
    _into_the_sleep_fade(player, playlist, clock)
    player.set_sleep(None)
    assert audio.calls[-1] == ("resume_music", RESUME_FADE_S)
    assert player.state is MusicState.PLAYING and not player.sleep_fading


def test_next_during_the_sleep_fade_ends_the_timer_and_changes_track(
    player: Player, audio: Audio, playlist: Playlist, clock
) -> None:
    _into_the_sleep_fade(player, playlist, clock)
    player.next()
    assert player.sleep is None and not player.sleep_fading
    player.on_audio_event(AudioEvent("music_faded_out"))
    assert audio.loaded() == ["one.ogg", "two.ogg"] and player.state is MusicState.PLAYING


def test_a_stop_by_hand_ends_the_sleep_timer(
    player: Player, audio: Audio, playlist: Playlist, clock
) -> None:
    player.play(playlist)
    player.set_sleep(SleepTimer.after_minutes(30, clock()))
    player.stop(fade_s=STOP_FADE_S)
    assert player.sleep is None
