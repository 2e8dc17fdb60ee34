"""The stretch figure, the Stretch page and the hand-massage page, with a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.sessions import Activity, Who
from companion.services.stretch.library import load_library
from companion.services.stretch.settings_store import StretchSettingsStore
from companion.sessions.stretch_state import StretchState
from companion.ui.massage.figure import STROKES, render_massage
from companion.ui.massage.page import CHECK, RUN, SUMMARY, MassagePage
from companion.ui.stretch.figure import POSES, Motion, render_frame
from companion.ui.stretch.page import StretchPage
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "stretches"
LIBRARY = load_library(ASSETS)


@pytest.fixture
def stretch_state(tmp_path: Path) -> StretchState:
    return StretchState(StretchSettingsStore(tmp_path / "stretch.json"), LIBRARY)


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def services(state, store, clock, stretch_state, audio, tmp_path):
    return make_services(state, store, clock, tmp_path, audio, stretch=stretch_state)


@pytest.fixture
def page(qtbot, services):
    widget = StretchPage(services)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.stop()


def advance(page, clock, seconds: float, step: float = 0.5) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        page.session.poll()


# -- illustrations ----------------------------------------------------------------------------


def test_every_movement_has_its_own_pose() -> None:
    assert {s.illustration for s in LIBRARY.stretches} <= set(POSES)


@pytest.mark.parametrize("key", sorted(POSES))
def test_each_illustration_moves_between_frames(key: str, qapp) -> None:
    previous = render_frame(key, Motion(0.2, 0.1), 160, 160)
    later = render_frame(key, Motion(0.7, 0.35), 160, 160)
    assert previous != later
    assert render_frame(key, Motion(0.7, 0.35), 160, 160) == later  # drawing is deterministic


@pytest.mark.parametrize("key", sorted(k for k, v in STROKES.items() if v is not None))
def test_each_massage_stroke_moves(key: str, qapp) -> None:
    assert render_massage(key, 1.0, 120) != render_massage(key, 2.0, 120)
    assert {s.illustration for s in LIBRARY.massage.steps} <= set(STROKES)


# -- the Stretch page -------------------------------------------------------------------------


def test_a_routine_moves_with_the_breath_and_is_recorded(page, clock, store, qtbot, audio) -> None:
    assert page.start("hands-2min")
    assert page.stack.currentIndex() == 1
    assert page.cue_label.text() == "Circle halfway round as you breathe in."
    assert page.rep_label.text() == "1 of 3"
    assert "comfortable" in page.comfort_label.text() and page.comfort_label.isVisible()
    assert page.figure.animating
    advance(page, clock, 4.0)
    assert page.cue_label.text() == "Finish the circle as you breathe out."
    advance(page, clock, 6.0)
    assert page.rep_label.text() == "2 of 3"
    assert [name for name, _ in audio.played] == ["inhale", "exhale", "inhale"]
    [record] = store.sessions()
    assert (record.activity, record.item, record.planned_s) == (Activity.STRETCH, "hands-2min", 120)
    with qtbot.waitSignal(page.session.finished) as finished:
        advance(page, clock, 111.0)
    assert finished.args == [True] and page.stack.currentIndex() == 2
    assert audio.played[-1][0] == "end"
    [record] = store.sessions()
    assert record.completed and record.duration_s == pytest.approx(120.0)


def test_pause_skip_easier_and_stop(page, clock, store) -> None:
    page.start("hands-2min")
    page.easier_button.click()
    assert page.easier_label.text().startswith("Easier: One hand at a time")
    page.toggle_pause()
    assert page.session.paused and page.cue_label.text() == "Paused"
    assert not page.figure.animating
    clock.advance(100)
    page.toggle_pause()
    assert page.session.elapsed() == pytest.approx(0.0)
    page.skip()
    assert page.title_label.text() == "Hand open and close"
    assert page.run_time.text() == "Movement 2 of 3"
    clock.advance(3)
    page.stop()
    [record] = store.sessions()
    assert not record.completed and record.duration_s == pytest.approx(3.0)


def test_restrictions_mark_or_hide_and_are_never_guided(page, stretch_state) -> None:
    stretch_state.update(restriction="no-neck")
    neck = page.setup.stretch_buttons["neck-side-tilts"]
    assert not neck.isEnabled() and "not advised" in neck.text()
    assert page.setup.stretch_buttons["wrist-circles"].isEnabled()
    stretch_state.update(restriction_mode="hide")
    assert "neck-side-tilts" not in page.setup.stretch_buttons
    assert not page.start("chin-tucks")
    page.start("whole-body-5min")
    slots = [s.stretch_id for s in page.session.schedule.slots]
    assert "neck-side-tilts" not in slots and len(slots) == 7
    # remembered in the settings file
    assert StretchSettingsStore(stretch_state._store.path).load().restriction == "no-neck"


def test_compose_save_and_remove_a_routine(page, stretch_state) -> None:
    page.setup.compose_button.click()
    page.setup.save_button.click()
    assert "Tick at least one" in page.setup.compose_message.text()
    widgets = [
        page.setup.compose_list.itemAt(i).widget() for i in range(page.setup.compose_list.count())
    ]
    boxes = {box.property("stretch"): box for box in widgets}
    boxes["shoulder-rolls"].setChecked(True)
    boxes["ankle-pumps"].setChecked(True)
    page.setup.name_edit.setText("Morning")
    page.setup.save_button.click()
    assert "my-morning" in page.setup.routine_buttons
    assert page.start("my-morning")
    slots = [s.stretch_id for s in page.session.schedule.slots]
    assert slots == ["ankle-pumps", "shoulder-rolls"]  # in list order
    page.stop()
    stretch_state.remove_routine("my-morning")
    assert "my-morning" not in page.setup.routine_buttons


def test_reduced_motion_holds_the_figure_still(page, state) -> None:
    state.update(motion="reduce")
    page.start("shoulder-rolls")
    assert page.figure.reduced_motion and not page.figure.animating


def test_an_unknown_item_is_a_kind_notice(page, qtbot) -> None:
    with qtbot.waitSignal(page.notice) as notice:
        assert not page.start("cartwheels")
    assert "cartwheels" in str(notice.args[0])


# -- the massage page -------------------------------------------------------------------------


@pytest.fixture
def massage(qtbot, services):
    widget = MassagePage(services)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.stop()


def _answer(page: MassagePage, answers: dict[str, str]) -> None:
    for pid, group in page.answer_groups.items():
        [button] = [b for b in group.buttons() if b.property("key") == answers.get(pid, "no")]
        button.click()


def test_precautions_must_be_answered_and_a_yes_explains(massage, stretch_state) -> None:
    assert massage.stack.currentIndex() == CHECK
    assert not massage.start_button.isEnabled()
    _answer(massage, {"blood-clot": "yes"})
    assert massage.start_button.isEnabled()
    text = massage.advice_label.text()
    assert "Never massage a leg that might have a clot" in text and "care team" in text
    assert stretch_state.settings.answers["blood-clot"] == "yes"
    assert stretch_state.settings.answered_date is not None
    # remembered: a fresh page shows the same answers for review
    massage.show_check()
    assert massage.answers()["blood-clot"] == "yes"
    assert "You answered these on" in massage.answered_label.text()


def test_a_massage_is_timed_step_by_step_and_records_who(massage, clock, store, qtbot) -> None:
    _answer(massage, {})
    [carer] = [b for b in massage.giver_group.buttons() if b.property("key") == "caregiver"]
    carer.click()
    massage.start_button.click()
    assert massage.stack.currentIndex() == RUN and massage.step_title.text() == "Settle in"
    clock.advance(61)
    massage.poll()
    assert massage.step_title.text() == "First hand: hold"
    massage.go_to_step(+1)
    assert massage.step_title.text() == "First hand: back of the hand"
    massage.toggle_pause()
    clock.advance(500)
    massage.toggle_pause()
    clock.advance(2000)
    massage.poll()
    assert massage.stack.currentIndex() == SUMMARY
    [record] = store.sessions()
    assert (record.activity, record.who, record.completed) == (
        Activity.MASSAGE,
        Who.CAREGIVER,
        True,
    )
    massage.show_check()
    assert "Today ●" in massage.series_label.text()
    assert "streak" not in massage.series_label.text().lower()
