"""Start where you are, pressed as a person would: tick it, tap three breaths with the big
button or Space, follow the led circle, stay at a pace; and from Home in one press."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from companion.core.breathing import Pattern
from companion.core.leading import parse_led_item
from companion.ui.breathe.page import TAPS, BreathingPage
from companion.ui.common.session_page import RUN, SETUP
from companion.ui.home.page import HomePage
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton
SPACE = Qt.Key.Key_Space


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def page(qtbot, state, store, clock, audio, tmp_path):
    widget = BreathingPage(make_services(state, store, clock, tmp_path, audio))
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    widget.stop()


def tap_with_the_button(qtbot, page: BreathingPage, clock, inhale: float, exhale: float) -> None:
    """Three breaths: press as the in-breath begins, hold it, let go to breathe out."""
    pad = page.taps.pad
    centre = pad.rect().center()
    for _ in range(3):
        qtbot.mousePress(pad, LEFT, pos=centre)
        clock.advance(inhale)
        qtbot.mouseRelease(pad, LEFT, pos=centre)
        clock.advance(exhale)
    qtbot.mousePress(pad, LEFT, pos=centre)  # the fourth in-breath: the circle starts here
    qtbot.mouseRelease(pad, LEFT, pos=centre)


def test_tick_it_tap_three_breaths_and_the_circle_starts_at_that_pace(
    qtbot, page, clock, store, audio
) -> None:
    qtbot.mouseClick(page.setup.lead_box, LEFT, pos=QPoint(12, page.setup.lead_box.height() // 2))
    assert page._state.prefs.start_where_you_are
    qtbot.mouseClick(page.start_button, LEFT)
    assert page.stack.currentIndex() == TAPS and page.session is None
    assert page.taps.pad.hasFocus()
    tap_with_the_button(qtbot, page, clock, 3.0, 3.0)
    assert page.stack.currentIndex() == RUN
    session = page.session
    assert session is not None and session.leading
    assert session.started_from() == Pattern(3, 3)
    assert [name for name, _ in audio.played] == ["inhale"]  # at the fourth tap, at once
    assert page.pace_label.text() == "Your pace 3-3, slowly toward 4-6"
    assert page.stay_button.isVisible()
    [record] = store.sessions()
    assert record.item == "calm from 3-3 to 3-3"


def test_space_taps_too_and_its_release_ends_the_in_breath(qtbot, page, clock) -> None:
    page._state.update(start_where_you_are=True)
    page.show_setup()
    qtbot.keyClick(page, SPACE)  # Start
    assert page.stack.currentIndex() == TAPS
    for _ in range(3):
        qtbot.keyPress(page, SPACE)
        clock.advance(0.2)
        qtbot.keyPress(page, SPACE)  # a shaking hand pressed twice: still one tap
        clock.advance(1.8)
        qtbot.keyRelease(page.taps.pad, SPACE)  # to the focused pad, as a real key comes
        clock.advance(3.0)
    assert page.taps.progress.text() == "3 of 4"
    qtbot.keyPress(page, SPACE)
    assert page.stack.currentIndex() == RUN
    assert page.session is not None and page.session.started_from() == Pattern(2, 3)


def test_uneven_taps_ask_for_a_few_more(qtbot, page, clock) -> None:
    page._state.update(start_where_you_are=True)
    qtbot.mouseClick(page.start_button, LEFT)
    for wait in (1.5, 6.0, 3.0):
        qtbot.keyClick(page, SPACE)
        clock.advance(wait)
    qtbot.keyClick(page, SPACE)
    assert page.stack.currentIndex() == TAPS
    assert "quite different" in page.taps.message.text()
    clock.advance(3.0)
    qtbot.keyClick(page, SPACE)  # the last four: three even breaths of 3 s... and one of 6
    clock.advance(3.0)
    qtbot.keyClick(page, SPACE)
    assert page.stack.currentIndex() == RUN
    assert page.session is not None and page.session.started_from() == Pattern(1.5, 1.5)


def test_escape_and_back_leave_the_taps_and_start_instead_starts_at_the_pattern(
    qtbot, page, clock
) -> None:
    page._state.update(start_where_you_are=True)
    qtbot.mouseClick(page.start_button, LEFT)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == SETUP
    qtbot.mouseClick(page.start_button, LEFT)
    qtbot.mouseClick(page.taps.cancel_button, LEFT)
    assert page.stack.currentIndex() == SETUP
    qtbot.mouseClick(page.start_button, LEFT)
    assert page.taps.skip_button.text() == "Start at 4-6 instead"
    qtbot.mouseClick(page.taps.skip_button, LEFT)
    assert page.stack.currentIndex() == RUN
    assert page.session is not None and not page.session.leading
    assert not page.stay_button.isVisible() and page.pace_label.text() == ""


def test_stay_at_this_pace_is_pressed_and_kept(qtbot, page, clock, store) -> None:
    page._state.update(start_where_you_are=True)
    qtbot.mouseClick(page.start_button, LEFT)
    tap_with_the_button(qtbot, page, clock, 3.0, 3.0)
    session = page.session
    assert session is not None
    for _ in range(240):
        clock.advance(0.5)
        session.poll()
    held = session.pace()
    assert held.exhale > 3.0
    qtbot.mouseClick(page.stay_button, LEFT)
    assert session.held and not page.stay_button.isVisible()
    assert page.pace_label.text() == f"Staying at your pace, {held.label()}"
    for _ in range(240):
        clock.advance(0.5)
        session.poll()
    assert session.pace() == held
    qtbot.mouseClick(page.stop_button, LEFT)
    assert f"started at 3-3, ended at {held.label()}" in page.summary_text.text()
    [record] = store.sessions()
    assert parse_led_item(record.item) == ("calm", Pattern(3, 3), held)


def test_home_breathe_now_asks_for_the_taps_in_one_press(qtbot, state, store, clock, tmp_path):
    state.update(start_where_you_are=True)
    services = make_services(state, store, clock, tmp_path)
    home = HomePage(services)
    qtbot.addWidget(home)
    home.show()
    assert "from your own pace" in home.breathe_button.words.text()
    asked: list[object] = []
    home.open_requested.connect(lambda name, request: asked.append((name, request)))
    qtbot.mouseClick(home.breathe_button, LEFT)
    [(name, request)] = asked
    breathe = BreathingPage(services)
    qtbot.addWidget(breathe)
    breathe.show()
    breathe.show_request(request)
    assert name == "breathe" and breathe.stack.currentIndex() == TAPS
