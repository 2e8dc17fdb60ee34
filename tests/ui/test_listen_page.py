"""The Listen page with a real store, real tag reading and a recording audio output; every
action through the real button or key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mutagen.oggvorbis import OggVorbis
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from companion.cli.listen import sync_bundled
from companion.core.listen.playlists import Playlist, Track
from companion.core.sessions import Activity
from companion.services.audio.output import AudioEvent, MusicState
from companion.services.audio.soundscapes import CALM_PLAYLIST, soundscapes
from companion.services.listen.library import import_m3u
from companion.services.listen.playlist_store import PlaylistStore
from companion.sessions.player import CHANGE_OUT_S, START_FADE_S
from companion.ui.common.messages import problem_text
from companion.ui.listen.page import EDITOR, PLAYER, ListenPage
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

SOUNDS = soundscapes()
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def playlists(store) -> PlaylistStore:
    found, notices = sync_bundled(store)
    assert notices == []
    return found


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def answers() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def page(qtbot, state, store, playlists, clock, audio, answers, tmp_path) -> ListenPage:
    services = make_services(state, store, clock, tmp_path, audio, dialogs=answers)
    widget = ListenPage(services)
    qtbot.addWidget(widget)
    widget.resize(960, 760)
    widget.show_request()
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    services.player.shutdown()


@pytest.fixture
def music(tmp_path: Path) -> Path:
    """A folder of real, tagged music files (the bundled OGGs, renamed and tagged)."""
    folder = tmp_path / "Music"
    (folder / "Disc 2").mkdir(parents=True)
    for sound, name in zip(
        SOUNDS, ("01 Rain.ogg", "02 Waves.ogg", "Disc 2/03 Pad.ogg"), strict=False
    ):
        shutil.copy(sound.path, folder / name)
        tagged = OggVorbis(folder / name)
        tagged["title"] = sound.title
        tagged["artist"] = "Anna"
        tagged.save()
    (folder / "notes.txt").write_text("not music")  # passed over without a word
    (folder / "04 Broken.mp3").write_bytes(b"\x00" * 64)  # damaged: reported
    return folder


def notices(page: ListenPage) -> list[str]:
    seen: list[str] = []
    page.notice.connect(lambda notice: seen.append(problem_text(notice)))
    return seen


def last_music_call(audio: RecordingAudio) -> tuple[object, ...]:
    """The last request about the music (a preference change also re-sends the breath factor
    and the voice's volume)."""
    resent = ("set_breath_factor", "set_voice_volume")
    return [c for c in audio.calls if c[0] not in resent][-1]


def active(page: ListenPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)


def shown_buttons(widget: QWidget) -> set[str]:
    return {b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible()}


def new_playlist(page: ListenPage, answers: AnsweringDialogs, qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    answers.answer(name)
    qtbot.mouseClick(page.view.new_button, LEFT)
    assert page.shown is not None and page.shown.name == name


# -- the player first --------------------------------------------------------------------------


def test_the_player_comes_first_and_editing_is_one_press_away(page: ListenPage, qtbot) -> None:
    assert page.stack.currentIndex() == PLAYER
    on_screen = shown_buttons(page)
    assert {"Previous", "Play", "Next", "Stop", "Edit playlist"} <= on_screen
    assert not {"Add music…", "Rename…", "Import a playlist…", "Move up"} & on_screen
    assert not any("Stop after" in text for text in on_screen)  # the sleep timer covers it
    qtbot.mouseClick(page.view.edit_button, LEFT)
    assert page.stack.currentIndex() == EDITOR and page.edit.isVisible()
    qtbot.mouseClick(page.edit.done_button, LEFT)
    assert page.stack.currentIndex() == PLAYER


def test_the_bundled_playlist_hides_what_cannot_apply(page: ListenPage, qtbot) -> None:
    assert page.shown is not None and page.shown.name == CALM_PLAYLIST and page.shown.bundled
    assert [t.title for t in page.shown.tracks] == [s.title for s in SOUNDS]
    qtbot.mouseClick(page.view.edit_button, LEFT)
    on_screen = shown_buttons(page.edit)
    assert {"Make my own copy…", "Import a playlist…", "Export…", "Done"} <= on_screen
    hidden = {"Rename…", "Delete playlist…", "Add music…", "Add a folder…", "Move up", "Remove"}
    assert not hidden & on_screen
    assert page.edit.bundled_note.isVisible()
    assert not page.edit.tracks.grips  # no drag handles where nothing can be moved


def test_play_plays_the_shown_playlist_faded_in(page: ListenPage, audio, qtbot) -> None:
    qtbot.mouseClick(page.view.play_button, LEFT)
    assert ("load_music", SOUNDS[0].path) in audio.calls
    assert ("play_music", START_FADE_S, 0.0, False) in audio.calls  # music in over 3 s
    assert page.tracks.item(0).text().startswith("▶")
    assert page.view.play_button.text() == "Pause"
    qtbot.mouseClick(page.view.play_button, LEFT)
    assert page.player.state is MusicState.PAUSED and page.view.play_button.text() == "Resume"


def test_space_pauses_and_resumes(page: ListenPage, qtbot, audio) -> None:
    qtbot.mouseClick(page.view.play_button, LEFT)
    active(page, qtbot)
    qtbot.keyClick(page.view.volume, Qt.Key.Key_Space)
    assert page.player.state is MusicState.PAUSED
    qtbot.keyClick(page.view.volume, Qt.Key.Key_Space)
    assert page.player.state is MusicState.PLAYING


def test_next_changes_track_with_a_fade_through(page: ListenPage, qtbot, audio) -> None:
    qtbot.mouseClick(page.view.play_button, LEFT)
    qtbot.mouseClick(page.view.next_button, LEFT)
    assert audio.calls[-1] == ("stop_music", CHANGE_OUT_S)  # the old track falls first
    assert page.view.play_button.text() == "Pause"  # the music still sounds
    assert page.tracks.item(1).text().startswith("▶")


def test_the_volume_says_how_loud_in_words_and_a_number(page: ListenPage, qtbot, audio, state):
    assert page.view.volume_label.text() == "Volume: medium, 60 %"
    qtbot.mouseClick(page.view.play_button, LEFT)
    active(page, qtbot)
    page.view.volume.setFocus()
    qtbot.keyClick(page.view.volume, Qt.Key.Key_PageDown)
    qtbot.keyClick(page.view.volume, Qt.Key.Key_Left)
    assert page.view.volume_label.text() == "Volume: soft, 45 %"
    assert state.prefs.music_volume == pytest.approx(0.45)
    assert last_music_call(audio) == ("set_music_volume", pytest.approx(0.45))


def test_the_sleep_timer_chips_set_and_clear_it(page: ListenPage, qtbot, clock) -> None:
    qtbot.mouseClick(page.view.play_button, LEFT)
    qtbot.mouseClick(page.view.sleep.buttons["30"], LEFT)
    assert page.player.sleep is not None and page.player.sleep.minutes == 30
    page.view.refresh()
    assert page.view.sleep_left.text() == "Stops in 30:00."
    qtbot.mouseClick(page.view.sleep.buttons["track"], LEFT)
    assert page.player.sleep is not None and page.player.sleep.end_of_track
    qtbot.mouseClick(page.view.sleep.buttons["off"], LEFT)
    assert page.player.sleep is None


def test_playing_another_playlist_is_one_press_while_music_plays(
    page: ListenPage, playlists, music: Path, qtbot, audio
) -> None:
    playlists.save(Playlist("Family", [Track(str(music / "01 Rain.ogg"), "Rain")]))
    page.refresh()
    qtbot.mouseClick(page.view.play_button, LEFT)  # Calm
    family = next(b for b in page.view.chips.buttons.values() if b.text() == "Family")
    qtbot.mouseClick(family, LEFT)
    assert page.shown is not None and page.shown.name == "Family"
    assert page.view.play_button.text() == "Pause"  # it still says what is heard: Calm
    assert page.view.play_shown_button.isVisible()
    qtbot.mouseClick(page.view.play_shown_button, LEFT)
    assert last_music_call(audio) == ("stop_music", CHANGE_OUT_S)  # Calm falls, Family rises
    assert page.player.playlist is not None and page.player.playlist.name == "Family"
    assert not page.view.play_shown_button.isVisible()


def test_asking_for_what_already_plays_never_restarts_it(page: ListenPage, audio) -> None:
    page.show_request(CALM_PLAYLIST)  # "Play calming music", from the tray
    loads = [c for c in audio.calls if c[0] == "load_music"]
    audio.position = 37.0
    page.show_request(CALM_PLAYLIST)  # and again
    assert [c for c in audio.calls if c[0] == "load_music"] == loads
    assert page.player.position() == 37.0 and page.player.state is MusicState.PLAYING


# -- editing -----------------------------------------------------------------------------------


def test_new_playlist_add_a_folder_reorder_and_it_is_saved(
    page: ListenPage, answers, playlists, music: Path, qtbot
) -> None:
    seen = notices(page)
    new_playlist(page, answers, qtbot, "Anna's favourites")
    assert page.editing  # an empty playlist: the editor opens, adding music comes next
    answers.answer(music)
    qtbot.mouseClick(page.edit.add_folder_button, LEFT)
    qtbot.waitUntil(lambda: page.shown is not None and len(page.shown.tracks) == 3)
    assert [t.title for t in page.shown.tracks] == ["Soft rain", "Ocean breath", "Warm pad"]
    assert all(t.duration_s and t.duration_s > 100 for t in page.shown.tracks)
    assert any("04 Broken.mp3" in text for text in seen)  # told what was passed over
    assert not any("notes.txt" in text for text in seen)
    page.edit.tracks.setCurrentRow(0)
    qtbot.keyClick(page.edit.tracks, Qt.Key.Key_Down, CTRL)
    stored = playlists.find("Anna's favourites")
    assert [t.title for t in stored.tracks] == ["Ocean breath", "Soft rain", "Warm pad"]
    assert page.edit.tracks.currentRow() == 1
    qtbot.mouseClick(page.edit.down_button, LEFT)
    stored = playlists.find("Anna's favourites")
    assert [t.title for t in stored.tracks] == ["Ocean breath", "Warm pad", "Soft rain"]
    assert page.edit.tracks.currentRow() == 2 and not page.edit.down_button.isEnabled()


def test_after_adding_or_moving_the_focus_stays_on_the_rows_never_the_seek_slider(
    page: ListenPage, answers, music: Path, qtbot, audio
) -> None:
    new_playlist(page, answers, qtbot, "Evening")
    active(page, qtbot)
    answers.answer([music / "01 Rain.ogg", music / "02 Waves.ogg"])
    qtbot.mouseClick(page.edit.add_files_button, LEFT)  # it greys out while files are read
    assert QApplication.focusWidget() is page.edit.tracks
    qtbot.waitUntil(lambda: page.shown is not None and len(page.shown.tracks) == 2)
    assert QApplication.focusWidget() is page.edit.tracks
    assert page.edit.tracks.currentRow() == 0  # the first track added
    qtbot.mouseClick(page.edit.down_button, LEFT)  # to the bottom: the button greys out
    assert not page.edit.down_button.isEnabled()
    assert QApplication.focusWidget() is page.edit.tracks
    qtbot.keyClick(page.edit.tracks, Qt.Key.Key_Up, CTRL)
    qtbot.mouseClick(page.edit.remove_button, LEFT)
    assert QApplication.focusWidget() is page.edit.tracks and page.edit.tracks.currentRow() == 0
    qtbot.mouseClick(page.edit.done_button, LEFT)
    assert QApplication.focusWidget() is page.view.play_button  # the player's main action
    qtbot.mouseClick(page.view.play_button, LEFT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert not [c for c in audio.calls if c[0] == "seek"]  # the arrow keys did not seek


def test_dropping_files_adds_them(page: ListenPage, answers, playlists, music: Path, qtbot) -> None:
    new_playlist(page, answers, qtbot, "Dropped")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(music / "02 Waves.ogg"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.edit.tracks.dropEvent(drop)
    qtbot.waitUntil(lambda: len(playlists.find("Dropped").tracks) == 1)
    assert playlists.find("Dropped").tracks[0].title == "Ocean breath"


def test_rename_delete_and_a_clashing_name_is_refused(
    page: ListenPage, answers, playlists, qtbot
) -> None:
    seen = notices(page)
    new_playlist(page, answers, qtbot, "Evening")
    qtbot.mouseClick(page.edit.done_button, LEFT)
    new_playlist(page, answers, qtbot, "Morning")
    answers.answer("calm")
    qtbot.mouseClick(page.edit.rename_button, LEFT)  # "Morning" -> "calm": the bundled name
    assert any("already a playlist" in text for text in seen)
    assert playlists.find("Morning") is not None
    qtbot.mouseClick(page.edit.delete_button, LEFT)  # asked, and the answer is no
    assert playlists.find("Morning") is not None
    assert ("confirm", "Delete this playlist?") in answers.asked
    answers.answer(True)
    qtbot.mouseClick(page.edit.delete_button, LEFT)
    assert playlists.find("Morning") is None and playlists.find("Evening") is not None
    assert page.shown is not None and page.shown.name == CALM_PLAYLIST
    assert not page.editing  # nothing left to edit: back to the player
    answers.answer("Evenings")
    page.refresh(select="Evening")
    qtbot.mouseClick(page.view.edit_button, LEFT)
    qtbot.mouseClick(page.edit.rename_button, LEFT)
    assert playlists.find("Evenings") is not None
    assert "Evenings" in {b.text() for b in page.view.chips.buttons.values()}


def test_a_copy_of_calm_can_be_edited(page: ListenPage, answers, playlists, qtbot) -> None:
    qtbot.mouseClick(page.view.edit_button, LEFT)
    answers.answer("My calm")
    qtbot.mouseClick(page.edit.copy_button, LEFT)
    mine = playlists.find("My calm")
    assert mine is not None and not mine.bundled and len(mine.tracks) == len(SOUNDS)
    assert page.editing and page.edit.remove_button.isVisible() and page.edit.tracks.grips
    page.edit.tracks.setCurrentRow(0)
    qtbot.mouseClick(page.edit.remove_button, LEFT)
    assert len(playlists.find("My calm").tracks) == len(SOUNDS) - 1
    assert len(playlists.find(CALM_PLAYLIST).tracks) == len(SOUNDS)


def test_a_missing_file_is_marked_skipped_and_can_be_relinked(
    page: ListenPage, playlists, music: Path, tmp_path: Path, answers, qtbot
) -> None:
    gone = tmp_path / "usb" / "Clair de lune.ogg"
    tracks = [Track(str(gone), "Clair de lune", None, 300.0), Track(str(music / "01 Rain.ogg"))]
    playlists.save(Playlist("Favourites", tracks))
    page.refresh(select="Favourites")
    assert "missing" in page.tracks.item(0).text()
    assert "1 missing" in page.view.playlist_info.text()
    qtbot.mouseClick(page.view.play_button, LEFT)
    assert page.player.current == 1  # the missing one was skipped
    qtbot.mouseClick(page.view.stop_button, LEFT)
    qtbot.mouseClick(page.view.edit_button, LEFT)
    page.edit.tracks.setCurrentRow(0)
    answers.answer(music / "02 Waves.ogg")
    qtbot.mouseClick(page.edit.relink_button, LEFT)
    stored = playlists.find("Favourites")
    assert stored.tracks[0].path == str(music / "02 Waves.ogg")
    assert "missing" not in page.edit.tracks.item(0).text()


def test_import_and_export_m3u(
    page: ListenPage, playlists, music: Path, tmp_path: Path, qtbot, answers
) -> None:
    m3u = tmp_path / "Road trip.m3u"
    m3u.write_bytes(
        b"#EXTM3U\r\n#EXTINF:132,Someone - Rain\r\nMusic/01 Rain.ogg\r\nhttp://radio/x\r\n"
    )
    seen = notices(page)
    qtbot.mouseClick(page.view.edit_button, LEFT)
    answers.answer(m3u)
    qtbot.mouseClick(page.edit.import_button, LEFT)
    qtbot.waitUntil(lambda: playlists.find("Road trip") is not None)
    imported = playlists.find("Road trip")
    assert [Path(t.path) for t in imported.tracks] == [music / "01 Rain.ogg"]
    assert any("line 4" in text for text in seen)  # the web address was reported
    assert page.shown is not None and page.shown.name == "Road trip"
    out = tmp_path / "out.m3u8"
    answers.answer(out)
    qtbot.mouseClick(page.edit.export_button, LEFT)
    assert any("out.m3u8" in text for text in seen)  # told where it went
    again = import_m3u(out)
    assert [t.path for t in again.tracks] == [t.path for t in imported.tracks]


def test_shuffle_and_repeat_are_kept(page: ListenPage, qtbot, state) -> None:
    qtbot.mouseClick(page.view.edit_button, LEFT)
    qtbot.mouseClick(page.edit.order.buttons["shuffle"], LEFT)
    qtbot.mouseClick(page.edit.repeat.buttons["one"], LEFT)
    assert state.prefs.shuffle is True and state.prefs.repeat == "one"
    assert page.player.order.shuffle and page.player.order.repeat.value == "one"


def test_esc_leaves_the_editor_then_goes_home(page: ListenPage, qtbot) -> None:
    active(page, qtbot)
    went_home: list[bool] = []
    page.home_requested.connect(lambda: went_home.append(True))
    qtbot.mouseClick(page.view.edit_button, LEFT)
    qtbot.keyClick(page.edit.tracks, Qt.Key.Key_Escape)
    assert not page.editing and not went_home
    qtbot.keyClick(page.view.play_button, Qt.Key.Key_Escape)
    assert went_home


def test_listening_is_recorded_in_history(page: ListenPage, store, clock, qtbot) -> None:
    qtbot.mouseClick(page.view.play_button, LEFT)
    clock.advance(125)
    qtbot.mouseClick(page.view.stop_button, LEFT)  # the music falls over 2 s, then stops
    page.player.on_audio_event(AudioEvent("music_faded_out"))
    assert page.player.state is MusicState.STOPPED
    [record] = store.sessions()
    assert record.activity is Activity.LISTENING and record.item == CALM_PLAYLIST
    assert record.duration_s == pytest.approx(125.0)


def test_without_a_store_the_page_says_playlists_are_unavailable(
    qtbot, state, clock, tmp_path
) -> None:
    widget = ListenPage(make_services(state, None, clock, tmp_path))
    qtbot.addWidget(widget)
    widget.refresh()
    assert "unavailable" in widget.view.playlist_info.text()
    assert not widget.view.new_button.isEnabled()
