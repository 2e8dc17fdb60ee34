"""Listen's new choices pressed for real: the order chips (calm-ward beside shuffle), the
even-loudness switch, "How did that land?" after a track, the unsettled marks in the list
and the switch that brings twice-marked tracks back; a track added is measured then."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.cli.listen import sync_bundled
from companion.core.listen.playlists import Playlist, Track
from companion.core.listen.responses import Answer
from companion.core.loudness import LEVEL_CHANGE_S
from companion.services.audio.output import AudioEvent
from companion.services.listen.playlist_store import PlaylistStore
from companion.ui.listen.page import EDITOR, ListenPage
from tests.helpers.audio_files import track
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    return [
        track(tmp_path / "Music" / "Moon River.flac", -26.0, 3.0, pulses_per_s=0.5),
        track(tmp_path / "Music" / "Big Band.ogg", -9.0, 3.0, pulses_per_s=5.0),
    ]


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def answers() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def page(qtbot, state, store, clock, audio, answers, files, tmp_path) -> ListenPage:
    playlists, _ = sync_bundled(store)
    tracks = [Track(str(p), p.stem, "Grandad", 3.0) for p in files]
    playlists.save(Playlist("Family music", tracks))
    services = make_services(state, store, clock, tmp_path, audio, dialogs=answers)
    widget = ListenPage(services)
    qtbot.addWidget(widget)
    widget.resize(960, 760)
    widget.show_request("Family music")  # plays it, faded in
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    services.player.shutdown()


def rows(page: ListenPage) -> list[str]:
    return [page.tracks.item(i).text() for i in range(page.tracks.count())]


def hear_for(page: ListenPage, clock, seconds: float) -> None:  # type: ignore[no-untyped-def]
    """Let the playing track sound for ``seconds``, then end by itself."""
    clock.advance(seconds)
    page.player.on_audio_event(AudioEvent("music_ended"))


def test_after_a_track_one_press_says_how_it_landed(page: ListenPage, qtbot, clock, store) -> None:
    prompt, play = page.view.prompt, page.view.play_button

    def play_at() -> int:
        QApplication.processEvents()
        return play.mapTo(page, play.rect().topLeft()).y()

    assert not prompt.isVisible()
    before = play_at()
    hear_for(page, clock, 40.0)
    assert prompt.isVisible() and "Moon River" in prompt.question.text()
    assert not page.view.scroller.widget().isAncestorOf(prompt)  # in the fixed footer
    assert play_at() == before  # the transport keeps its place; the prompt sits above it
    qtbot.mouseClick(prompt.buttons[Answer.CALMER], LEFT)
    assert not prompt.isVisible()
    assert QApplication.focusWidget() is play
    hear_for(page, clock, 30.0)  # the second track ends: the playlist is over
    assert "Big Band" in prompt.question.text()
    qtbot.mouseClick(prompt.not_now, LEFT)
    assert not prompt.isVisible()
    [record] = store.sessions()
    assert [(r.title, r.answer) for r in record.responses] == [("Moon River", Answer.CALMER)]


def test_in_a_short_window_the_question_scrolls_instead_of_cutting_the_footer(
    page: ListenPage, qtbot, clock, themed
) -> None:
    """Large text in a window kept small: the question and its answers would leave the
    transport no room in the fixed footer, so they go to the top of the scrolling part
    (brought into sight), and come back above the transport when the window grows."""
    view, prompt = page.view, page.view.prompt
    themed("light", 200)
    page.resize(960, 560)  # short for 200 %: the footer would take more than its share
    QApplication.processEvents()
    hear_for(page, clock, 40.0)
    qtbot.waitUntil(lambda: not view.prompt_in_footer())
    assert prompt.isVisible() and view.scroller.widget().isAncestorOf(prompt)
    QApplication.processEvents()
    top = prompt.mapTo(view.scroller.viewport(), prompt.rect().topLeft()).y()
    assert 0 <= top < view.scroller.viewport().height()  # in sight where it now sits
    qtbot.mouseClick(prompt.not_now, LEFT)  # its answers still work there
    assert not prompt.isVisible()
    page.resize(960, 1400)
    qtbot.waitUntil(view.prompt_in_footer)
    assert not prompt.isVisible()  # put aside: moving back does not bring it back
    hear_for(page, clock, 30.0)
    assert prompt.isVisible() and not view.scroller.widget().isAncestorOf(prompt)


def test_unsettled_twice_is_flagged_left_out_and_can_be_brought_back(
    page: ListenPage, qtbot, clock, audio, state
) -> None:
    prompt = page.view.prompt
    for time in range(2):
        hear_for(page, clock, 25.0)
        qtbot.mouseClick(prompt.buttons[Answer.UNSETTLED], LEFT)
        if time == 0:
            assert rows(page)[0].endswith("· marked “unsettled” once")
            page.player.stop()
            qtbot.mouseClick(page.view.play_button, LEFT)  # from the top again
    assert "marked “unsettled” 2 times, left out" in rows(page)[0]
    assert "marked unsettled twice (left out)" in page.view.playlist_info.text()
    page.player.stop()
    qtbot.mouseClick(page.view.play_button, LEFT)
    loaded = [c[1].stem for c in audio.calls if c[0] == "load_music"]
    assert loaded[-1] == "Big Band"  # Moon River is passed over
    page.player.stop()
    qtbot.mouseClick(page.view.edit_button, LEFT)
    assert page.stack.currentIndex() == EDITOR
    page.edit.play_unsettled.ensurePolished()
    qtbot.mouseClick(page.edit.play_unsettled, LEFT)
    assert state.prefs.play_unsettled
    assert "left out" not in page.edit.tracks.item(0).text()
    qtbot.mouseClick(page.edit.done_button, LEFT)
    qtbot.mouseClick(page.view.play_button, LEFT)
    loaded = [c[1].stem for c in audio.calls if c[0] == "load_music"]
    assert loaded[-1] == "Moon River"


def test_calmward_beside_shuffle_and_the_loudness_switch(
    page: ListenPage, qtbot, audio, state
) -> None:
    qtbot.mouseClick(page.view.edit_button, LEFT)
    edit = page.edit
    assert edit.levelling.isChecked() and not edit.order_note.isVisible()
    qtbot.mouseClick(edit.order.buttons["calmward"], LEFT)
    assert state.prefs.calmward and not state.prefs.shuffle and edit.order_note.isVisible()
    levels = page.player.levels
    assert levels is not None
    qtbot.waitUntil(
        lambda: all((lv := levels.level(t)) and lv.energy for t in page.shown.tracks),
        timeout=60000,
    )
    assert page.player.order.sequence == [1, 0]  # the big band first, Moon River last
    qtbot.mouseClick(edit.order.buttons["shuffle"], LEFT)
    assert state.prefs.shuffle and not state.prefs.calmward and not page.player.calmward
    qtbot.mouseClick(edit.levelling, LEFT)
    assert state.prefs.level_music is False
    assert [c for c in audio.calls if c[0] == "set_music_level"][-1] == (
        "set_music_level", 1.0, 1.0, LEVEL_CHANGE_S
    )  # fmt: skip


def test_a_track_added_is_measured_then(
    page: ListenPage, qtbot, answers, tmp_path: Path, store
) -> None:
    new = track(tmp_path / "Music" / "Lullaby.wav", -20.0, 2.0)
    qtbot.mouseClick(page.view.edit_button, LEFT)
    answers.answer([new])
    qtbot.mouseClick(page.edit.add_files_button, LEFT)
    levels = page.player.levels
    assert levels is not None
    qtbot.waitUntil(lambda: levels.level(Track(str(new))) is not None, timeout=30000)
    assert levels.level(Track(str(new))).lufs == pytest.approx(-20.0, abs=0.3)
    assert len(PlaylistStore(store).find("Family music").tracks) == 3


def test_a_chosen_chip_has_room_for_its_bold_words(qtbot) -> None:
    """The chosen chip's words are bolder (its style); Qt sized it for the plain ones, so
    "From lively to calm" lost its first and last letters."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QPushButton

    from companion.ui.common.controls import ChoiceChips

    chips = ChoiceChips("Order", [("own", "In this order"), ("calm", "From lively to calm")])
    qtbot.addWidget(chips)
    chips.set_current("calm")
    chips.show()
    qtbot.waitExposed(chips)
    button = chips.buttons["calm"]
    bold = QFont(button.font())
    bold.setWeight(QFont.Weight.DemiBold)
    plain = QPushButton(button.text())  # the room the style gives around plain words
    plain.setFont(button.font())
    padding = plain.sizeHint().width() - QFontMetrics(button.font()).horizontalAdvance(plain.text())
    assert button.width() >= QFontMetrics(bold).horizontalAdvance(button.text()) + padding
