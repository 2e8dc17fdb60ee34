"""The Listen page with a real store, real tag reading and a recording audio output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mutagen.oggvorbis import OggVorbis
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from companion.cli.listen import sync_bundled
from companion.core.listen.playlists import Playlist, Track
from companion.core.sessions import Activity
from companion.services.audio.output import MusicState
from companion.services.audio.soundscapes import CALM_PLAYLIST, soundscapes
from companion.services.listen.library import import_m3u
from companion.services.listen.playlist_store import PlaylistStore
from companion.ui.common.messages import problem_text
from companion.ui.listen.page import ListenPage
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

SOUNDS = soundscapes()
LEFT = Qt.MouseButton.LeftButton


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
    widget.show_request()
    widget.show()
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


def test_the_calm_playlist_is_there_and_read_only(page: ListenPage) -> None:
    assert page.playlist_list.count() == 1
    assert page.shown is not None and page.shown.name == CALM_PLAYLIST
    assert [t.title for t in page.shown.tracks] == [s.title for s in SOUNDS]
    assert page.copy_button.isVisible()
    assert not page.add_files_button.isVisible() and not page.rename_button.isEnabled()


def test_play_calm_plays_the_first_soundscape_faded_in(page: ListenPage, audio) -> None:
    page.play_calm()
    assert ("load_music", SOUNDS[0].path) in audio.calls
    play = next(c for c in audio.calls if c[0] == "play_music")
    assert play[1] >= 2.0  # a gentle fade-in, not a jump
    assert page.tracks.item(0).text().startswith("▶")
    assert page.bar.play_button.text() == "Pause"


def test_space_pauses_and_resumes(page: ListenPage, qtbot, audio) -> None:
    page.play_calm()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.bar.volume, Qt.Key.Key_Space)
    assert page.player.state is MusicState.PAUSED
    qtbot.keyClick(page.bar.volume, Qt.Key.Key_Space)
    assert page.player.state is MusicState.PLAYING


def test_new_playlist_add_a_folder_reorder_and_it_is_saved(
    page: ListenPage, answers, playlists, music: Path, qtbot
) -> None:
    seen = notices(page)
    answers.answer("Anna's favourites")
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.shown is not None and page.shown.name == "Anna's favourites"
    answers.answer(music)
    qtbot.mouseClick(page.add_folder_button, LEFT)
    qtbot.waitUntil(lambda: page.shown is not None and len(page.shown.tracks) == 3)
    assert [t.title for t in page.shown.tracks] == ["Soft rain", "Ocean breath", "Warm pad"]
    assert all(t.duration_s and t.duration_s > 100 for t in page.shown.tracks)
    assert any("04 Broken.mp3" in text for text in seen)  # told what was passed over
    assert not any("notes.txt" in text for text in seen)
    page.tracks.setFocus()
    page.tracks.setCurrentRow(0)
    qtbot.keyClick(page.tracks, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    stored = playlists.find("Anna's favourites")
    assert stored is not None
    assert [t.title for t in stored.tracks] == ["Ocean breath", "Soft rain", "Warm pad"]
    assert page.tracks.currentRow() == 1


def test_dropping_files_adds_them(page: ListenPage, answers, playlists, music: Path, qtbot) -> None:
    answers.answer("Dropped")
    qtbot.mouseClick(page.new_button, LEFT)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(music / "02 Waves.ogg"))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.tracks.dropEvent(drop)
    qtbot.waitUntil(lambda: len(playlists.find("Dropped").tracks) == 1)
    assert playlists.find("Dropped").tracks[0].title == "Ocean breath"


def test_rename_delete_and_a_clashing_name_is_refused(
    page: ListenPage, answers, playlists, qtbot
) -> None:
    seen = notices(page)
    answers.answer("Evening", "Morning", "calm")
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.mouseClick(page.rename_button, LEFT)  # "Morning" -> "calm": the bundled one's name
    assert any("already a playlist" in text for text in seen)
    assert playlists.find("Morning") is not None
    qtbot.mouseClick(page.delete_button, LEFT)  # asked, and the answer is no
    assert playlists.find("Morning") is not None
    answers.answer(True)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert playlists.find("Morning") is None
    assert playlists.find("Evening") is not None
    assert page.shown is not None and page.shown.name == CALM_PLAYLIST


def test_a_copy_of_calm_can_be_edited(page: ListenPage, answers, playlists, qtbot) -> None:
    answers.answer("My calm")
    qtbot.mouseClick(page.copy_button, LEFT)
    mine = playlists.find("My calm")
    assert mine is not None and not mine.bundled and len(mine.tracks) == len(SOUNDS)
    page.tracks.setCurrentRow(0)
    qtbot.mouseClick(page.remove_button, LEFT)
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
    assert "1 missing" in page.playlist_info.text()
    page.play_shown()
    assert page.player.current == 1  # the missing one was skipped
    page.player.stop()
    page.tracks.setCurrentRow(0)
    answers.answer(music / "02 Waves.ogg")
    qtbot.mouseClick(page.relink_button, LEFT)
    stored = playlists.find("Favourites")
    assert stored.tracks[0].path == str(music / "02 Waves.ogg")
    assert "missing" not in page.tracks.item(0).text()


def test_import_and_export_m3u(
    page: ListenPage, playlists, music: Path, tmp_path: Path, qtbot, answers
) -> None:
    m3u = tmp_path / "Road trip.m3u"
    m3u.write_bytes(
        b"#EXTM3U\r\n#EXTINF:132,Someone - Rain\r\nMusic/01 Rain.ogg\r\nhttp://radio/x\r\n"
    )
    seen = notices(page)
    answers.answer(m3u)
    qtbot.mouseClick(page.import_button, LEFT)
    qtbot.waitUntil(lambda: playlists.find("Road trip") is not None)
    imported = playlists.find("Road trip")
    assert [Path(t.path) for t in imported.tracks] == [music / "01 Rain.ogg"]
    assert any("line 4" in text for text in seen)  # the web address was reported
    out = tmp_path / "out.m3u8"
    page.refresh(select="Road trip")
    answers.answer(out)
    qtbot.mouseClick(page.export_button, LEFT)
    assert any("out.m3u8" in text for text in seen)  # told where it went
    again = import_m3u(out)
    assert [t.path for t in again.tracks] == [t.path for t in imported.tracks]


def test_listening_is_recorded_in_history(page: ListenPage, store, clock) -> None:
    page.play_calm()
    clock.advance(125)
    page.player.stop()
    [record] = store.sessions()
    assert record.activity is Activity.LISTENING and record.item == CALM_PLAYLIST
    assert record.duration_s == pytest.approx(125.0)


def test_without_a_store_the_page_says_playlists_are_unavailable(
    qtbot, state, clock, tmp_path
) -> None:
    widget = ListenPage(make_services(state, None, clock, tmp_path))
    qtbot.addWidget(widget)
    widget.refresh()
    assert "unavailable" in widget.playlist_title.text()
    assert not widget.new_button.isEnabled()
