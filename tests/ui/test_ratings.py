"""Optional ratings: the reusable panel, and before/after around a real breathing session."""

from __future__ import annotations

from companion.core.breathing import Pattern
from companion.core.sessions import Rating, Who
from companion.services.history.data import HistoryData
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.common.ratings import RatingPanel
from tests.helpers.services import make_services


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
