"""What a screen reader is told, at the Qt level: breath phases, captions, steps and notices
politely, safety messages assertively, and nothing twice when Companion's own sound says it.

Every announcement is a real ``QAccessibleAnnouncementEvent`` handed to Qt
(``QAccessible.updateAccessibility``); the announcer's ``announced`` signal carries the same
words and politeness. tests/e2e/test_screen_reader.py hears them through AT-SPI.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.core.breathing import Pattern
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.imagine.page import ImaginePage
from companion.ui.massage.page import MassagePage
from companion.ui.shell.window import MainWindow
from companion.ui.stretch.page import StretchPage
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    win = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def heard(window):
    said: list[tuple[str, str]] = []
    window.services.announcer.announced.connect(lambda text, how: said.append((text, how)))
    return said


def breathe_for(window: MainWindow, clock, seconds: float) -> BreathingPage:
    page = window.page(BreathingPage)
    window.open("breathe", BreathingRequest(Pattern(4, 6), "calm", 60.0))
    assert page.session is not None
    for _ in range(round(seconds * 2)):
        clock.advance(0.5)
        page.session.poll()
    return page


def test_breath_phases_are_announced_politely_when_no_sound_marks_them(
    window, heard, state, clock
) -> None:
    state.update(cues_enabled=False)
    page = breathe_for(window, clock, 10)
    assert heard == [("Breathe in", "polite"), ("Breathe out", "polite"), ("Breathe in", "polite")]
    page.stop()


def test_phases_are_not_said_twice_when_the_cues_sound_unless_asked(
    window, heard, state, clock
) -> None:
    assert state.prefs.cues_enabled and window.services.sound.available
    page = breathe_for(window, clock, 10)
    assert heard == []  # the tones mark each phase: no double speech
    page.stop()
    state.update(announce_with_sound=True)
    page = breathe_for(window, clock, 5)
    assert [text for text, _ in heard] == ["Breathe in", "Breathe out"]
    page.stop()


def test_a_notice_is_announced_politely(window, heard) -> None:
    window.notices.add("Sound is off: no sound device was found.")
    assert heard == [("Sound is off: no sound device was found.", "polite")]


def test_imagine_captions_are_announced_when_there_is_no_voice(qtbot, window, heard) -> None:
    page = window.page(ImaginePage)
    window.open("imagine")
    qtbot.waitUntil(lambda: page._loaded and page.chooser.list.count() > 0)
    page.play(page.library.entries[0].id)  # no speech service here: captions only
    assert page.session is not None
    qtbot.waitUntil(lambda: bool(page.caption.text()))
    assert heard and heard[0] == (page.caption.text(), "polite")
    page.stop()


def test_stretch_steps_are_announced_with_the_movement_named_once(
    qtbot, window, heard, state, clock
) -> None:
    state.update(cues_enabled=False)
    page = window.page(StretchPage)
    window.open("stretch")
    qtbot.waitUntil(lambda: page.stretch_state.loaded)
    assert page.start("whole-body-5min")
    assert page.session is not None
    for _ in range(40):
        clock.advance(0.5)
        page.session.poll()
    assert len(heard) >= 3 and all(how == "polite" for _, how in heard)
    first = heard[0][0]
    title = page.session.stretches[page.session.routine.items[0].stretch_id].title
    assert first.startswith(title)
    assert not heard[1][0].startswith(title)  # the cues that follow are said alone
    page.stop()


def test_a_massage_that_should_not_start_is_said_assertively(qtbot, window, heard) -> None:
    page = window.page(MassagePage)
    window.open("massage")
    qtbot.waitUntil(lambda: bool(page.answer_groups))
    groups = list(page.answer_groups.values())
    for group in groups:
        [no] = [b for b in group.buttons() if b.property("key") == "no"]
        qtbot.mouseClick(no, LEFT)
    assert not [h for h in heard if h[1] == "assertive"]
    library = page.stretch_state.library
    assert library is not None
    stop = next(p for p in library.massage.precautions if p.adapt == "ask-first")  # a clot
    [yes] = [b for b in page.answer_groups[stop.id].buttons() if b.property("key") == "yes"]
    qtbot.mouseClick(yes, LEFT)
    [(words, _how)] = [h for h in heard if h[1] == "assertive"]
    assert words.startswith("Please do not start a massage now.")
    assert " ".join(stop.if_yes.split()) in words
    qtbot.mouseClick(yes, LEFT)  # the same answer again: not said again
    assert len([h for h in heard if h[1] == "assertive"]) == 1
