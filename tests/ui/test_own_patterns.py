"""Several named patterns of one's own: made and deleted in Settings, offered in Breathe,
breathed, kept in the settings file (and an older file's single pattern is kept)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from companion.core.preferences import (
    MAX_OWN_PATTERNS,
    CustomPattern,
    Preferences,
    pattern_for,
    preferences_from_dict,
)
from companion.ui.breathe.page import BreathingPage
from companion.ui.settings.page import SettingsPage
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialogs() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def services(state, store, clock, tmp_path, dialogs):
    return make_services(state, store, clock, tmp_path, dialogs=dialogs)


@pytest.fixture
def settings(qtbot, services):
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    qtbot.waitExposed(page)
    return page


def press(qtbot, button, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.mouseClick(button, LEFT)


def test_a_second_pattern_is_made_offered_in_breathe_and_breathed(
    qtbot, settings, services, state, settings_path
) -> None:
    own = settings.patterns
    press(qtbot, own.new_button)
    assert own.editing == "custom-2" and own.name.text() == "My pattern 2"
    assert not own.delete_button.isVisible()  # nothing to delete until it is saved
    own.name.setText("Before sleep")
    press(qtbot, own.fields["exhale"].plus, 4)  # 6 → 8 s
    press(qtbot, own.save_button)
    assert state.prefs.preset == "custom-2"
    assert [p.name for p in state.prefs.patterns_of_my_own()] == ["My pattern", "Before sleep"]
    saved = json.loads(settings_path.read_text())
    assert saved["own_patterns"][0]["name"] == "Before sleep"
    assert own.delete_button.isVisible()

    breathe = BreathingPage(services)
    qtbot.addWidget(breathe)
    breathe.show()
    chips = {b.property("preset"): b for b in breathe.setup.pattern_group.buttons()}
    assert chips["custom-2"].isVisible() and chips["custom-2"].text() == "Before sleep  4-8"
    assert chips["custom"].isVisible() and not chips["custom-3"].isVisible()
    press(qtbot, chips["custom"])
    assert state.prefs.preset == "custom"
    press(qtbot, chips["custom-2"])
    press(qtbot, breathe.start_button)
    assert breathe.session is not None and breathe.session.pattern.label() == "4-8"
    assert breathe.run_title.text() == "Before sleep  4-8"
    breathe.stop()


def test_a_pattern_is_deleted_after_asking(qtbot, settings, state, dialogs) -> None:
    own = settings.patterns
    press(qtbot, own.new_button)
    press(qtbot, own.save_button)
    dialogs.answer(False)
    press(qtbot, own.delete_button)
    assert state.prefs.own_pattern("custom-2") is not None  # kept: the answer was no
    dialogs.answer(True)
    press(qtbot, own.delete_button)
    assert state.prefs.own_pattern("custom-2") is None
    assert state.prefs.preset == "calm"  # it was chosen; Calm is chosen instead
    assert [kind for kind, _title in dialogs.asked] == ["confirm", "confirm"]
    assert own.editing == "custom" and not own.delete_button.isVisible()


def test_there_may_be_eight(qtbot, settings, state) -> None:
    own = settings.patterns
    for _ in range(MAX_OWN_PATTERNS - 1):
        press(qtbot, own.new_button)
        press(qtbot, own.save_button)
    assert len(state.prefs.patterns_of_my_own()) == MAX_OWN_PATTERNS
    assert not own.new_button.isEnabled()


def test_patterns_round_trip_and_an_older_file_keeps_its_one_pattern() -> None:
    prefs = Preferences().with_own_pattern(CustomPattern("Walk", 3, 0, 5, 0, id="custom-3"))
    again, problems = preferences_from_dict(prefs.to_dict())
    assert again == prefs and problems == []
    older, problems = preferences_from_dict(
        {"custom": {"name": "Mine", "inhale": 3, "exhale": 5}, "preset": "custom"}
    )
    assert problems == [] and older.custom.name == "Mine"
    assert pattern_for(older)[0] == "custom" and older.own_patterns == ()


def test_a_bad_own_pattern_is_left_out_alone() -> None:
    prefs, problems = preferences_from_dict(
        {
            "own_patterns": [
                {"id": "custom-2", "name": "Good", "inhale": 3, "exhale": 4},
                {"id": "custom-3", "name": "Unsafe", "inhale": 6, "exhale": 2},
                {"id": "elsewhere", "name": "Odd", "inhale": 3, "exhale": 4},
                "not a pattern",
            ],
            "preset": "custom-3",
        }
    )
    assert [p.name for p in prefs.own_patterns] == ["Good"] and problems == []
    assert pattern_for(prefs)[0] == "calm"  # the chosen one is gone: Calm
