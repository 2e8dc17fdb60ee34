"""Quiet time, pressed as a person would: one press from Home, the bells on time (or none),
the time left hidden and shown, Space and Esc, a soundscape under it, kept in history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from companion.core.loudness import level_gain
from companion.core.sessions import Activity
from companion.services.audio.soundscapes import cue_loudness, soundscapes
from companion.sessions.sound import CUE_DIR
from companion.ui.common.session_page import RUN, SETUP, SUMMARY
from companion.ui.meditate.page import MeditationPage
from companion.ui.shell.window import MainWindow
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def window(qtbot, state, store, clock, audio, tmp_path):
    win = MainWindow(make_services(state, store, clock, tmp_path, audio))
    qtbot.addWidget(win)
    win.resize(960, 760)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()


def sit(page: MeditationPage, clock, seconds: float, step: float = 0.25) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        assert page.session is not None
        page.session.poll()


def bells(audio: RecordingAudio) -> list[str]:
    return [name for name, _gain in audio.played]


def test_one_press_from_home_rings_the_start_interval_and_end_bells(
    qtbot, window, state, clock, audio, store
) -> None:
    state.update(meditation_minutes=1.0, meditation_interval=0.25 * 2, meditation_bell="bowl")
    assert window.home.quiet_button.findChildren(type(window.home.greeting))[-1].text() == (
        "1 min · soft bells"
    )
    qtbot.mouseClick(window.home.quiet_button, LEFT)
    page = window.current()
    assert isinstance(page, MeditationPage) and page.stack.currentIndex() == RUN
    assert bells(audio) == ["bell-bowl"]  # at once: the start bell is the first moment
    gain = level_gain(cue_loudness(CUE_DIR)["bell-bowl"], "chime")
    assert audio.played[0][1] == pytest.approx(gain)  # at the chime level
    sit(page, clock, 29.5)
    assert bells(audio) == ["bell-bowl"]  # nothing between
    sit(page, clock, 1.0)
    assert bells(audio) == ["bell-bowl", "bell-bowl"]  # at 30 s
    qtbot.waitUntil(lambda: page.time_label.text() == "0:30")  # the words refresh
    sit(page, clock, 30.0)
    assert bells(audio) == ["bell-bowl", "bell-bowl", "bell-bowl-end"]
    assert page.stack.currentIndex() == SUMMARY
    assert page.summary_title.text() == "Your quiet time is complete"
    [record] = store.sessions()
    assert record.activity is Activity.MEDITATION and record.completed
    assert record.item == "bowl every 0.5 min" and record.planned_s == 60.0


def test_no_bell_is_silent_and_the_screen_says_when_it_is_over(
    qtbot, window, state, clock, audio
) -> None:
    page = window.open("meditate")
    assert isinstance(page, MeditationPage) and page.stack.currentIndex() == SETUP
    qtbot.mouseClick(page.setup.length_chips.buttons[1.0], LEFT)
    qtbot.mouseClick(page.setup.bell_chips.buttons["none"], LEFT)
    assert not page.setup.hear_button.isEnabled()
    assert state.prefs.meditation_bell == "none" and state.prefs.meditation_minutes == 1.0
    qtbot.mouseClick(page.start_button, LEFT)
    assert "screen will say" in page.words.text()
    sit(page, clock, 61)
    assert bells(audio) == [] and page.stack.currentIndex() == SUMMARY


def test_the_time_left_can_be_hidden_and_shown_again(qtbot, window, state, clock) -> None:
    page = window.open("meditate")
    qtbot.mouseClick(page.start_button, LEFT)
    assert page.time_label.isVisible()
    qtbot.waitUntil(lambda: page.time_label.text() == "10:00")
    assert page.time_button.text() == "Hide the time"
    qtbot.mouseClick(page.time_button, LEFT)
    assert not page.time_label.isVisible() and not state.prefs.meditation_show_time
    qtbot.mouseClick(page.time_button, LEFT)
    assert page.time_label.isVisible()
    page.stop()


def test_space_pauses_and_escape_ends_it_early(qtbot, window, clock, audio, store) -> None:
    page = window.open("meditate")
    qtbot.keyClick(page, Qt.Key.Key_Space)  # Start
    assert page.stack.currentIndex() == RUN
    sit(page, clock, 5)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.session is not None and page.session.paused
    assert page.pause_button.text() == "Resume"
    clock.advance(120)  # paused: the time does not pass
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.session.remaining() == pytest.approx(595)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == SUMMARY and page.summary_title.text() == "Stopped"
    assert bells(audio) == ["bell-bowl"]  # no end bell for a sit cut short
    [record] = store.sessions()
    assert not record.completed and record.duration_s == pytest.approx(5)


def test_open_ended_is_complete_when_the_person_ends_it(
    qtbot, window, state, clock, audio, store
) -> None:
    state.update(meditation_minutes=0.0, meditation_interval=5.0, meditation_bell="deep-bowl")
    page = window.open("meditate")
    qtbot.mouseClick(page.setup.length_chips.buttons[0.0], LEFT)
    qtbot.mouseClick(page.start_button, LEFT)
    assert "as long as you like" in page.words.text()
    qtbot.waitUntil(lambda: page.time_label.text() == "0:00")
    sit(page, clock, 600)
    assert bells(audio) == ["bell-deep-bowl"] * 3  # start, 5 and 10 minutes
    qtbot.mouseClick(page.stop_button, LEFT)
    assert bells(audio)[-1] == "bell-deep-bowl-end"
    assert page.summary_title.text() == "Your quiet time is complete"
    [record] = store.sessions()
    assert record.completed and record.planned_s is None
    assert record.duration_s == pytest.approx(600)


def test_a_soundscape_plays_softly_under_it_pauses_and_fades(
    qtbot, window, state, clock, audio
) -> None:
    rain = next(s for s in soundscapes() if s.id == "rain")
    page = window.open("meditate")
    qtbot.mouseClick(page.setup.sound_chips.buttons["rain"], LEFT)
    qtbot.mouseClick(page.start_button, LEFT)
    calls = [c[0] for c in audio.calls]
    assert ("load_music", rain.path) in audio.calls
    volume = next(c[1] for c in audio.calls if c[0] == "set_music_volume")
    assert volume == pytest.approx(window.services.sound.bed_gain(rain.path))
    assert level_gain(rain.loudness_lufs, "bed") == pytest.approx(volume)
    assert "play_music" in calls
    qtbot.mouseClick(page.pause_button, LEFT)
    assert audio.calls[-1][0] == "pause_music"
    qtbot.mouseClick(page.pause_button, LEFT)
    assert audio.calls[-1][0] == "resume_music"
    sit(page, clock, 601)
    assert ("stop_music", 6.0) in audio.calls  # after the end bell, slowly


def test_hear_the_bell_rings_the_chosen_one(qtbot, window, audio) -> None:
    page = window.open("meditate")
    qtbot.mouseClick(page.setup.bell_chips.buttons["small-bowl"], LEFT)
    qtbot.mouseClick(page.setup.hear_button, LEFT)
    assert bells(audio) == ["bell-small-bowl"]


def test_the_choice_to_show_the_time_is_on_the_set_up_too(qtbot, window, state) -> None:
    page = window.open("meditate")
    box = page.setup.time_box
    qtbot.mouseClick(box, LEFT, pos=QPoint(12, box.height() // 2))
    assert not state.prefs.meditation_show_time
