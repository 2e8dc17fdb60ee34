"""Ratings by an observer, pressed as a carer would: around a session (before and after) and on
their own; always with who rated, kept apart from the patient's own answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from companion.core.breathing import Pattern
from companion.core.care.observer import PAINAD_KEYS
from companion.core.sessions import Rating, Who
from companion.services.care.observer_data import ObserverData
from companion.services.history.data import HistoryData
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.careplan.observe import ObservePage
from companion.ui.common.observer import ObserverPanel, rated_by, rating_summary
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton
TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 14, 5, tzinfo=TZ)


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, LEFT)


def score(qtbot, panel: ObserverPanel, answers: dict[str, int | None]) -> None:  # type: ignore[no-untyped-def]
    for key, value in answers.items():
        row = panel.rows[key]
        press(qtbot, row.not_rated_button if value is None else row.buttons[value])


def test_the_panel_totals_painad_only_when_complete_and_clears_on_a_second_press(qtbot) -> None:
    panel = ObserverPanel("alone", "Observed now", now=lambda: NOW)
    qtbot.addWidget(panel)
    assert panel.rating() is None  # nobody named as the observer: nothing can be kept
    score(qtbot, panel, dict.fromkeys(PAINAD_KEYS, 1))
    assert panel.total_label.text() == "PAINAD total: 5 of 10"
    assert panel.who_hint.isVisibleTo(panel)  # it says why nothing is kept yet
    press(qtbot, panel.rows["painad_face"].buttons[1])  # the same answer again: cleared
    assert "shown once all five" in panel.total_label.text()
    press(qtbot, panel.rows["painad_face"].not_rated_button)
    press(qtbot, panel.who_chips.buttons[Who.CAREGIVER])
    assert not panel.who_hint.isVisibleTo(panel)
    rating = panel.rating()
    assert rating is not None and rating.observer is Who.CAREGIVER
    assert rating.answers["painad_face"] is None and rating.painad_total is None
    assert rating.moment == "alone" and rating.taken_at == NOW
    breathing = panel.rows["painad_breathing"].buttons[2]
    assert "Cheyne-Stokes" in breathing.accessibleDescription()


@pytest.mark.parametrize("with_self_report", (False, True))
def test_observer_ratings_around_a_session_are_kept_with_it_apart_from_self_report(
    qtbot, state, store, clock, tmp_path, with_self_report: bool
) -> None:
    page = BreathingPage(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    ratings = page.ratings
    observer = ratings.observer
    assert not observer.before.isVisibleTo(page)  # never in the way unless asked for
    press(qtbot, observer.before_toggle)
    assert observer.before.isVisibleTo(page)
    before = observer.before
    press(qtbot, before.who_chips.buttons[Who.FAMILY])
    qtbot.keyClicks(before.name_field, "Anna")
    qtbot.keyClick(before.name_field, Qt.Key.Key_Return)
    score(qtbot, before, {"painad_breathing": 2, "painad_face": None,
                          "carer_breathlessness": 7})  # fmt: skip
    if with_self_report:
        press(qtbot, ratings.before_toggle)
        press(qtbot, ratings.before.rows[0].buttons[5])
    page.show_request(BreathingRequest(Pattern(4, 6), "calm", 20.0))
    clock.advance(21)
    page.session.poll()
    assert page.stack.currentIndex() == 2
    after = observer.after
    assert after.isVisibleTo(page)  # the carer who rated before is offered the after rating
    assert after.observer() is Who.FAMILY and after.name_field.text() == "Anna"
    score(qtbot, after, {"carer_breathlessness": 5})
    score(qtbot, after, {"carer_breathlessness": 4})  # changed their mind: the last counts
    sid = page.session.record.id
    [kept_before, kept_after] = ObserverData(store).for_sessions([sid])[sid]
    assert kept_before.moment == "before" and kept_before.name == "Anna"
    assert kept_before.answers == {
        "painad_breathing": 2,
        "painad_face": None,
        "carer_breathlessness": 7,
    }
    assert kept_after.moment == "after" and kept_after.answers == {"carer_breathlessness": 4}
    own = HistoryData(store).get(sid).ratings
    assert own == ((Rating("before", "anxiety", 5),) if with_self_report else ())


def test_a_rating_on_its_own_is_saved_with_one_press_and_who_rated(
    qtbot, state, store, clock, tmp_path
) -> None:
    page = ObservePage(make_services(state, store, clock, tmp_path), now=lambda: NOW)
    qtbot.addWidget(page)
    page.show()
    page.show_request()
    press(qtbot, page.save_button)
    assert page.saved_label.text() == "Choose who is rating first."
    press(qtbot, page.panel.who_chips.buttons[Who.CAREGIVER])
    press(qtbot, page.save_button)
    assert page.saved_label.text() == "Nothing is answered yet."
    score(qtbot, page.panel, {**dict.fromkeys(PAINAD_KEYS, 0), "painad_body": 2})
    press(qtbot, page.save_button)
    assert page.saved_label.text().startswith("Saved at 14:05.")
    [kept] = ObserverData(store).ratings()
    assert kept.moment == "alone" and kept.session_id is None and kept.painad_total == 2
    assert rated_by(kept) == "Observer-rated by Professional caregiver"
    assert rating_summary(kept) == "PAINAD 2 of 10"
    assert page.panel.answers() == {}  # ready for the next one
    page.show_request()  # the last observer is offered again
    assert page.panel.observer() is Who.CAREGIVER
