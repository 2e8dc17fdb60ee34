"""The stretch figure, the Stretch page and the hand-massage page, with a fake clock."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.core.sessions import Activity, Who
from companion.services.care.plan_data import CarePlanData
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


def _figure_height(image) -> int:  # type: ignore[no-untyped-def]
    """Rows of ``image`` holding any of the figure (anything darker than the background)."""
    rows = [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < 200 for x in range(0, image.width(), 2))
    ]
    return rows[-1] - rows[0] + 1


@pytest.mark.parametrize("key", sorted(POSES))
def test_the_body_breathes_gently_even_while_a_movement_is_held(key: str, qapp) -> None:
    """In a rest or a held position the limbs are still, but the chest still rises on the
    in-breath: the figure is never frozen, and the rise stays small (at most 2 %)."""
    out = render_frame(key, Motion(1.0, 0.5, 0, breath=0.0), 300, 300)
    full = render_frame(key, Motion(1.0, 0.5, 0, breath=1.0), 300, 300)
    assert out != full
    low, high = _figure_height(out), _figure_height(full)
    assert 0 <= high - low <= 0.02 * low


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


def test_restrictions_mark_or_hide_and_are_never_guided(page, services, store, qtbot) -> None:
    services.care.update(restriction="no-neck")  # the care plan holds the limits
    assert page.setup.limits_label.text() == "Limits from the care team: No neck movements."
    neck = page.setup.stretch_buttons["neck-side-tilts"]
    assert not neck.isEnabled() and "not advised" in neck.text()
    assert page.setup.stretch_buttons["wrist-circles"].isEnabled()
    services.care.update(restriction_mode="hide")
    assert "neck-side-tilts" not in page.setup.stretch_buttons
    assert not page.start("chin-tucks")
    page.start("whole-body-5min")
    slots = [s.stretch_id for s in page.session.schedule.slots]
    assert "neck-side-tilts" not in slots and len(slots) == 7
    assert CarePlanData(store).load().restriction == "no-neck"  # kept in the history file


def test_the_limits_are_one_press_from_the_care_plan(page, qtbot) -> None:
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(page.setup.plan_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["careplan", None]


def test_limits_an_older_stretch_file_held_join_the_care_plan(
    qtbot, state, store, clock, tmp_path
) -> None:
    old = tmp_path / "old-stretch.json"
    old.write_text(
        '{"restriction": "arms-only", "restriction_mode": "hide",'
        ' "answers": {"swelling": "yes"}, "answered_on": "2026-11-01", "giver": "caregiver"}'
    )
    stretch = StretchState(StretchSettingsStore(old))
    services = make_services(state, store, clock, tmp_path, stretch=stretch)
    assert services.stretch is stretch
    stretch.load()
    qtbot.waitUntil(lambda: stretch.loaded)
    plan = CarePlanData(store).load()
    assert plan.restriction == "arms-only" and plan.restriction_mode == "hide"
    assert plan.precautions == {"swelling": "yes"} and plan.precautions_on == "2026-11-01"
    assert stretch.settings.giver == "caregiver"
    stretch.update(giver="family")  # the stretch file no longer keeps the plan's fields
    assert "restriction" not in old.read_text() and "swelling" not in old.read_text()


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


def _answer(page: MassagePage, qtbot, answers: dict[str, str]) -> None:
    """Press the answer buttons a caregiver would: "no" unless ``answers`` says otherwise."""
    for pid, group in page.answer_groups.items():
        [button] = [b for b in group.buttons() if b.property("key") == answers.get(pid, "no")]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _every_step(page: MassagePage, qtbot) -> list[tuple[str, str, str, str, str]]:
    """Start, then press Next through every step: (where, heading, words, reminders, drawing)."""
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == RUN
    seen = []
    session = page.session
    assert session is not None
    while page.stack.currentIndex() == RUN:
        reminders = page.step_reminders.text() if page.step_reminders.isVisible() else ""
        seen.append(
            (
                page.run_title.text(),
                page.step_heading.text(),
                page.step_text.text(),
                reminders,
                page.figure.illustration,
            )
        )
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    return seen


# what a step must never ask for once the answers rule it out
RUBBING = re.compile(r"\b(circles?|glide|knead|thumbs? (?:press|make)|stroke)\b", re.I)
MOVING_JOINTS = re.compile(r"\b(turn the hand|lift (?:it|their)|bend|pull|twist)\b", re.I)
NEGATED = re.compile(r"\b(?:never|do not|don't|no)\b[^.]*", re.I)


def _asks_for(pattern: re.Pattern[str], words: str) -> bool:
    """Whether the words ask for what ``pattern`` names (a "never…"/"do not…" clause is fine)."""
    return bool(pattern.search(NEGATED.sub("", words)))


def test_precautions_must_be_answered_and_a_yes_explains(massage, services, qtbot) -> None:
    assert massage.stack.currentIndex() == CHECK
    assert not massage.start_button.isEnabled()
    _answer(massage, qtbot, {"broken-skin": "yes"})
    assert massage.start_button.isEnabled()
    text = massage.advice_label.text()
    assert "Massage only where the skin is whole" in text and "care team" in text
    assert services.care.plan.precautions["broken-skin"] == "yes"  # the care plan's answers
    assert services.care.plan.precautions_date is not None
    # remembered: a fresh page shows the same answers for review
    massage.show_check()
    assert massage.answers()["broken-skin"] == "yes"
    assert "in the care plan since" in massage.answered_label.text()


def test_with_no_concerns_every_step_of_both_hands_is_guided(massage, qtbot) -> None:
    _answer(massage, qtbot, {})
    assert "What you will do" in massage.plan_label.text()
    seen = _every_step(massage, qtbot)
    assert [s[1] for s in seen][:3] == ["Settle in", "Hold", "Back of the hand"]
    assert any("first hand" in s[0] for s in seen) and any("second hand" in s[0] for s in seen)
    assert "massage_palm" in {s[4] for s in seen}
    assert massage.stack.currentIndex() == SUMMARY


@pytest.mark.parametrize("answer", ["yes", "unsure"])
def test_low_platelets_leave_only_a_still_resting_touch(massage, qtbot, answer) -> None:
    _answer(massage, qtbot, {"low-platelets": answer})
    assert "still, resting touch" in massage.advice_label.text()
    assert not massage.forearm_box.isEnabled()  # no forearm strokes at a resting touch
    seen = _every_step(massage, qtbot)
    assert any(s[1] == "Resting touch" for s in seen)
    for where, heading, words, _reminders, drawing in seen:
        assert not _asks_for(RUBBING, f"{heading}. {words}"), (where, heading, words)
        assert STROKES.get(drawing) is None, (heading, drawing)  # the drawing does not rub
    # and the drawing of the resting touch is still: the same picture at any second
    assert render_massage("massage_rest", 0.0) == render_massage("massage_rest", 7.0)


def test_fragile_bones_keep_every_joint_still(massage, qtbot) -> None:
    _answer(massage, qtbot, {"fragile-bones": "yes"})
    assert "feather-light" in massage.advice_label.text()
    seen = _every_step(massage, qtbot)
    assert "Palm" not in {s[1] for s in seen}  # turning the hand over is left out
    for where, heading, words, reminders, _drawing in seen:
        assert not _asks_for(MOVING_JOINTS, words), (where, heading, words)
        assert "Never bend, pull or twist a joint" in reminders


def test_a_swollen_arm_is_left_alone_and_the_other_hand_has_the_time(massage, qtbot) -> None:
    _answer(massage, qtbot, {"swelling": "yes"})
    plan = massage.plan()
    assert plan is not None and plan.one_hand
    assert "one hand only" in massage.advice_label.text()
    seen = _every_step(massage, qtbot)
    assert not any("hand" in s[0] for s in seen)  # neither "first hand" nor "second hand"
    assert [s[1] for s in seen].count("Hold") == 1
    assert all("hand and arm without swelling" in s[3] for s in seen)
    assert 600 <= plan.total_s <= 900  # still a 10-15 minute massage


def test_broken_skin_is_kept_clear_of_on_every_step(massage, qtbot) -> None:
    _answer(massage, qtbot, {"broken-skin": "unsure", "surgery-or-radiation": "yes"})
    seen = _every_step(massage, qtbot)
    for _where, heading, _words, reminders, _drawing in seen:
        assert "broken skin" in reminders and "operation site" in reminders, heading


def test_a_possible_clot_means_no_massage_today(massage, qtbot) -> None:
    _answer(massage, qtbot, {"blood-clot": "yes", "low-platelets": "yes"})
    assert not massage.start_button.isEnabled()
    text = massage.advice_label.text()
    assert "Please do not start a massage now" in text and "care team" in text
    assert massage.plan_label.text() == ""
    qtbot.mouseClick(massage.start_button, Qt.MouseButton.LeftButton)
    assert massage.stack.currentIndex() == CHECK and massage.session is None
    # changing the answer back lets them begin
    _answer(massage, qtbot, {"low-platelets": "yes"})
    assert massage.start_button.isEnabled()


def test_a_massage_is_timed_step_by_step_and_records_who(massage, clock, store, qtbot) -> None:
    _answer(massage, qtbot, {})
    [carer] = [b for b in massage.giver_group.buttons() if b.property("key") == "caregiver"]
    qtbot.mouseClick(carer, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(massage.start_button, Qt.MouseButton.LeftButton)
    assert massage.stack.currentIndex() == RUN and massage.step_heading.text() == "Settle in"
    steps = len(massage.session.steps)
    assert massage.run_title.text() == f"Step 1 of {steps}"
    clock.advance(61)
    massage.poll()
    assert massage.step_heading.text() == "Hold"
    assert massage.run_title.text() == f"Step 2 of {steps} · first hand"
    qtbot.mouseClick(massage.next_button, Qt.MouseButton.LeftButton)
    assert massage.step_heading.text() == "Back of the hand"
    qtbot.mouseClick(massage.back_button, Qt.MouseButton.LeftButton)
    assert massage.step_heading.text() == "Hold"
    qtbot.mouseClick(massage.pause_button, Qt.MouseButton.LeftButton)
    clock.advance(500)
    qtbot.mouseClick(massage.pause_button, Qt.MouseButton.LeftButton)
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


@pytest.mark.parametrize("scale", (100, 200))
def test_the_hand_massage_is_in_sight_as_stretch_opens(
    qtbot, state, store, clock, tmp_path, stretch_state, scale
) -> None:
    from PySide6.QtWidgets import QApplication

    from companion.ui.common.theme import apply_theme
    from companion.ui.shell.window import FIRST_SIZE, MainWindow

    app = QApplication.instance()
    saved = app.palette(), app.font(), app.styleSheet()
    try:
        apply_theme(app, "light", scale)
        window = MainWindow(make_services(state, store, clock, tmp_path, stretch=stretch_state))
        qtbot.addWidget(window)
        window.resize(*FIRST_SIZE)
        window.show()
        window.open("stretch")
        page = window.page(StretchPage)
        qtbot.waitUntil(lambda: bool(page.setup.routine_buttons))
        for _ in range(3):
            QApplication.processEvents()
        button = page.setup.massage_button
        shown = button.visibleRegion().boundingRect()
        assert shown.size() == button.size(), "the massage entry is not wholly in sight"
        # and the keyboard starts on the first routine, in sight too
        first = next(iter(page.setup.routine_buttons.values()))
        assert QApplication.focusWidget() is first and not first.visibleRegion().isEmpty()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert window.current().name == "massage"
    finally:
        app.setStyleSheet(saved[2])
        app.setPalette(saved[0])
        app.setFont(saved[1])
