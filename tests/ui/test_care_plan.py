"""The care plan, written by pressing and typing as the team would, and what the app does with
it: Home's suggestion with one press, unapproved activities marked or named, the team's note
on each activity's page, the limits and precautions in one place."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.core.care.plan import Approval, Suggestion
from companion.services.care.plan_data import CarePlanData
from companion.services.stretch.library import load_library
from companion.services.stretch.settings_store import StretchSettingsStore
from companion.sessions.stretch_state import StretchState
from companion.ui.breathe.page import BreathingPage
from companion.ui.careplan.page import CarePlanPage
from companion.ui.home.page import HomePage
from companion.ui.listen.page import ListenPage
from companion.ui.massage.page import MassagePage
from companion.ui.shell.window import MainWindow
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton
LIBRARY = load_library(Path(__file__).resolve().parents[2] / "assets" / "stretches")
TODAY = date(2026, 11, 23)


@pytest.fixture
def services(state, store, clock, tmp_path):
    stretch = StretchState(StretchSettingsStore(tmp_path / "stretch.json"), LIBRARY)
    return make_services(state, store, clock, tmp_path, stretch=stretch)


@pytest.fixture
def window(qtbot, services):
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, LEFT)


def type_in(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_plan_is_written_by_pressing_and_typing_and_kept(qtbot, services, store) -> None:
    page = CarePlanPage(services, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    assert page.updated_label.text() == "Nothing written yet."
    type_in(qtbot, page.symptom, "Breathlessness at night")
    type_in(qtbot, page.outcome, "To sleep through")
    type_in(qtbot, page.time_energy, "Ten minutes after lunch")
    press(qtbot, page.status_chips["breathing"].buttons["approved"])
    press(qtbot, page.status_chips["stretch"].buttons["not-approved"])
    type_in(qtbot, page.note_fields["stretch"], "Not until the fracture heals")
    press(qtbot, page.unapproved_chips.buttons["hide"])
    press(qtbot, page.suggestion_chips.buttons["breathing"])
    press(qtbot, page.minutes.plus)
    press(qtbot, page.minutes.plus)
    press(qtbot, page.limit_chips.buttons["no-neck"])
    press(qtbot, page.limit_mode_chips.buttons["hide"])
    for chips in page.precaution_chips.values():
        press(qtbot, chips.buttons["no"])
    press(qtbot, page.precaution_chips["iv-lines"].buttons["yes"])
    type_in(qtbot, page.written_by, "Nurse Okafor")
    plan = CarePlanData(store).load()
    assert (plan.symptom, plan.outcome, plan.time_energy) == (
        "Breathlessness at night",
        "To sleep through",
        "Ten minutes after lunch",
    )
    assert plan.approval("breathing") == Approval("approved")
    assert plan.approval("stretch") == Approval("not-approved", "Not until the fracture heals")
    assert plan.unapproved == "hide" and plan.suggestion == Suggestion("breathing", 12)
    assert plan.restriction == "no-neck" and plan.restriction_mode == "hide"
    assert plan.precautions["iv-lines"] == "yes" and plan.precautions["swelling"] == "no"
    assert plan.precautions_on == "2026-11-23" and plan.updated_on == date.today().isoformat()
    assert plan.written_by == "Nurse Okafor"
    assert page.updated_label.text() == f"Last changed on {plan.updated_on}."


def test_home_offers_todays_suggestion_and_starts_it_with_one_press(
    qtbot, window, services, clock
) -> None:
    home = window.page(HomePage)
    assert not home.plan.card.isVisible()  # no plan: nothing asked of anyone
    services.care.update(suggestion=Suggestion("breathing", 10, "sitting up"))
    assert home.plan.card.isVisible()
    assert home.plan.words.text() == "Paced breathing, 10 min"
    assert home.plan.note.text() == "sitting up"
    press(qtbot, home.plan.start_button)
    breathing = window.page(BreathingPage)
    assert window.current() is breathing and breathing.session is not None
    assert breathing.session.record.planned_s == 600
    breathing.stop()
    window.open("home")
    words = home.plan.card.findChildren(type(home.plan.words))
    text = " ".join(w.text() for w in words).lower()
    assert not any(word in text for word in ("streak", "missed", "days in a row", "done"))


def test_music_as_the_suggestion_plays_at_once(qtbot, window, services) -> None:
    services.care.update(suggestion=Suggestion("listening", 15))
    home = window.page(HomePage)
    press(qtbot, home.plan.start_button)
    assert services.player.playlist is not None and services.player.playlist.bundled
    services.player.stop()


def test_the_suggestion_of_what_is_not_approved_is_not_offered(window, services) -> None:
    services.care.update(
        suggestion=Suggestion("stretch"),
        approvals={"stretch": Approval("not-approved", "Ask us first")},
    )
    assert not window.page(HomePage).plan.card.isVisible()


def test_what_is_not_approved_is_marked_with_the_note_or_named_never_silently_gone(
    qtbot, window, services
) -> None:
    home = window.page(HomePage)
    services.care.set_approval("visualization", "not-approved", "Too tiring this week")
    mark = home.plan.marks[home.imagine_button]
    assert home.imagine_button.isVisible() and mark.isVisible()
    assert mark.text() == "Not approved by your care team: Guided imagery — Too tiring this week"
    assert "Too tiring this week" in home.imagine_button.accessibleDescription()
    assert not home.plan.left_off.isVisible()
    services.care.update(unapproved="hide")
    assert not home.imagine_button.isVisible()
    assert home.plan.left_off.isVisible()
    assert home.plan.left_off_label.text() == "Left off Home by your care plan: Guided imagery."
    with qtbot.waitSignal(home.open_requested) as opened:
        press(qtbot, home.plan.plan_button)
    assert opened.args == ["careplan", None]
    window.open("home")
    services.care.set_approval("massage", "not-approved")  # one of the tile's two activities
    assert home.stretch_button.isVisible()  # stretches are still there: marked, not hidden
    assert "Hand massage" in home.plan.marks[home.stretch_button].text()
    services.care.set_approval("visualization", "approved")
    assert home.imagine_button.isVisible() and not mark.isVisible()


def test_each_activity_page_shows_the_teams_word(qtbot, window, services) -> None:
    breathing = window.page(BreathingPage)
    window.open("breathe")
    assert not breathing.plan_note.isVisible()
    services.care.set_approval("breathing", "approved", "Twice a day, sitting up")
    assert breathing.plan_note.isVisible()
    assert breathing.plan_note.label.text() == (
        "Approved by your care team. Twice a day, sitting up"
    )
    services.care.set_approval("listening", "not-approved", "Keep it quiet at night")
    listen = window.open("listen")
    assert isinstance(listen, ListenPage)
    assert listen.plan_note.label.text() == (
        "Your care team has not approved this. Their note: Keep it quiet at night"
    )


def test_precautions_answered_in_the_plan_are_the_massage_checks_answers(
    qtbot, window, services
) -> None:
    plan_page = window.open("careplan")
    assert isinstance(plan_page, CarePlanPage)
    for chips in plan_page.precaution_chips.values():
        press(qtbot, chips.buttons["no"])
    press(qtbot, plan_page.precaution_chips["blood-clot"].buttons["unsure"])
    massage = window.open("massage")
    assert isinstance(massage, MassagePage)
    assert massage.answers()["blood-clot"] == "unsure"
    assert not massage.start_button.isEnabled()  # a possible clot: ask the team first
    [no] = [b for b in massage.answer_groups["blood-clot"].buttons() if b.property("key") == "no"]
    press(qtbot, no)
    window.open("careplan")
    assert plan_page.precaution_chips["blood-clot"].current() == "no"  # one set of answers
