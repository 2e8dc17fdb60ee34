"""Optional ratings: the reusable panel, and before/after around a real breathing session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from companion.core.breathing import Pattern
from companion.core.sessions import Rating, Who
from companion.services.history.data import HistoryData
from companion.services.stretch.library import load_library
from companion.services.stretch.settings_store import StretchSettingsStore
from companion.sessions.breathing import BreathingRequest
from companion.sessions.stretch_state import StretchState
from companion.ui.breathe.page import BreathingPage
from companion.ui.common.ratings import RatingPanel
from companion.ui.common.session_page import SUMMARY, SessionPage
from companion.ui.common.theme import apply_theme
from companion.ui.imagine.page import ImaginePage
from companion.ui.massage.page import MassagePage
from companion.ui.shell.window import FIRST_SIZE, MainWindow
from companion.ui.stretch.page import StretchPage
from tests.helpers.services import make_services
from tests.helpers.speech_fakes import FakeSpeech

LIBRARY = load_library(Path(__file__).resolve().parents[2] / "assets" / "stretches")


@pytest.fixture
def themed(qapp):
    """Apply a theme and text size to the application; put Qt's look back afterwards."""
    app = QApplication.instance()
    saved = app.palette(), app.font(), app.styleSheet()
    yield lambda name, scale: apply_theme(app, name, scale)
    app.setStyleSheet(saved[2])
    app.setPalette(saved[0])
    app.setFont(saved[1])


def test_panel_gives_only_answered_items_and_clears_on_second_press(qtbot) -> None:
    panel = RatingPanel("before", ["anxiety", "pain"], "How do you feel NOW?")
    qtbot.addWidget(panel)
    assert panel.ratings() == ()  # skipping is the default
    anxiety, pain = panel.rows
    with qtbot.waitSignal(panel.changed):
        anxiety.buttons[7].click()
    assert panel.ratings() == (Rating("before", "anxiety", 7),)
    anxiety.buttons[7].click()  # the same number again: cleared
    assert panel.ratings() == ()
    pain.buttons[0].click()
    pain.buttons[10].click()
    assert panel.ratings() == (Rating("before", "pain", 10),)
    panel.who_row.buttons[Who.FAMILY].click()
    assert panel.who() is Who.FAMILY
    assert "Worst Possible Pain" in pain.buttons[3].accessibleDescription()


def test_at_most_three_items_can_be_picked(qtbot) -> None:
    panel = RatingPanel("after", ["anxiety"], "Now?")
    qtbot.addWidget(panel)
    picked: list[tuple] = []
    panel.items_picked.connect(picked.append)
    for key in ("pain", "nausea", "wellbeing"):
        panel.pick_buttons[key].click()
    assert set(panel.items()) == {"anxiety", "pain", "nausea"}  # the fourth is not taken
    assert not panel.pick_buttons["wellbeing"].isChecked()
    assert picked[-1] == panel.items()


def test_before_and_after_ratings_are_stored_with_the_session(
    qtbot, state, store, clock, tmp_path
) -> None:
    page = BreathingPage(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(page)
    ratings = page.ratings
    assert not ratings.before.isVisibleTo(page)  # never in the way unless asked for
    ratings.before_toggle.click()
    ratings.before.rows[0].buttons[6].click()  # anxiety 6
    ratings.before.who_row.buttons[Who.PATIENT].click()
    page.show_request(BreathingRequest(Pattern(4, 6), "calm", 20.0))
    clock.advance(21)
    page.session.poll()
    assert page.stack.currentIndex() == 2
    after = ratings.after_panel
    assert after.who() is Who.PATIENT and after.ratings() == ()
    after.rows[0].buttons[3].click()
    after.rows[0].buttons[4].click()  # changed their mind: the last answer counts
    record = HistoryData(store).get(page.session.record.id)
    assert record.who is Who.PATIENT
    assert set(record.ratings) == {Rating("after", "anxiety", 4), Rating("before", "anxiety", 6)}
    [change] = HistoryData(store).rating_changes()
    assert (change.before, change.after) == (6, 4)
    assert ratings.before.ratings() == ()  # ready for the next session


def test_a_session_without_ratings_stores_none(qtbot, state, store, clock, tmp_path) -> None:
    page = BreathingPage(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(page)
    page.show_request(BreathingRequest(Pattern(4, 6), "calm", 10.0))
    clock.advance(11)
    page.session.poll()
    assert HistoryData(store).rating_count() == 0


# -- every activity: before and after, pressed as a person would, in the first window ------

LEFT = Qt.MouseButton.LeftButton


def _start_breathe(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.page(BreathingPage)
    qtbot.mouseClick(page.start_button, LEFT)


def _start_imagine(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.page(ImaginePage)
    qtbot.waitUntil(lambda: page.chooser.list.count() > 0)
    page.chooser.list.setCurrentRow(0)
    qtbot.mouseClick(page.start_button, LEFT)


def _start_stretch(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.page(StretchPage)
    qtbot.waitUntil(lambda: bool(page.setup.routine_buttons))
    qtbot.mouseClick(page.setup.routine_buttons["hands-2min"], LEFT)


def _start_massage(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.page(MassagePage)
    qtbot.waitUntil(lambda: bool(page.answer_groups))
    for group in page.answer_groups.values():
        [no] = [b for b in group.buttons() if b.property("key") == "no"]
        qtbot.mouseClick(no, LEFT)
    qtbot.mouseClick(page.start_button, LEFT)


STARTS = {
    "breathe": _start_breathe,
    "imagine": _start_imagine,
    "stretch": _start_stretch,
    "massage": _start_massage,
}


def _in_sight(widget: QWidget) -> bool:
    """The top of ``widget`` (its first rating row at least) is on screen in its window."""
    region = widget.visibleRegion().boundingRect()
    return not region.isEmpty() and region.top() == 0 and region.height() >= 80


@pytest.mark.parametrize("scale", (100, 200))
@pytest.mark.parametrize("activity", list(STARTS))
def test_every_activity_offers_ratings_before_and_after_in_sight(
    qtbot, state, store, clock, tmp_path, themed, activity: str, scale: int
) -> None:
    themed("light", scale)
    stretch = StretchState(StretchSettingsStore(tmp_path / "stretch.json"), LIBRARY)
    services = make_services(
        state, store, clock, tmp_path, speech=FakeSpeech(tmp_path / "speech"), stretch=stretch
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*FIRST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.open(activity)
    page = window.page_named(activity)
    assert isinstance(page, SessionPage)
    ratings = page.ratings
    assert ratings.before_toggle.isVisible()
    qtbot.mouseClick(ratings.before_toggle, LEFT)
    qtbot.waitUntil(lambda: _in_sight(ratings.before))  # it opens where it can be seen
    qtbot.mouseClick(ratings.before.rows[0].buttons[7], LEFT)
    STARTS[activity](window, qtbot)
    qtbot.waitUntil(lambda: page.session is not None and page.session.clock.started)
    session = page.session
    for _ in range(400):  # every activity here lasts under 20 minutes
        if session.done:
            break
        clock.advance(3.0)
        session.poll()
    assert session.done and page.stack.currentIndex() == SUMMARY
    after = ratings.after_panel
    qtbot.waitUntil(lambda: _in_sight(after))
    qtbot.mouseClick(after.rows[0].buttons[3], LEFT)
    record = HistoryData(store).get(session.record.id)
    first = after.rows[0].item.key
    assert set(record.ratings) == {Rating("before", first, 7), Rating("after", first, 3)}
