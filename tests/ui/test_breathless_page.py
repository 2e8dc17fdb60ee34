""" "Breathless now" in the real window, pressed as a person would: the Home tile, F2 and the
tray open it at once; one key (Space) or the keyboard alone walks every step; the tone
follows the person; the plan is one press away; the episode lands in History, the CSV and the
PDF, never as practice."""

from __future__ import annotations

import csv
import re
import stat
from datetime import datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from companion.core.breathless import OUT_BREATH, PLAN, STEPS
from companion.core.reminders import Reminder
from companion.core.sessions import Activity, Rating, Who
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.exports import write_csv
from companion.services.history.report import build_report
from companion.ui.breathless.page import AFTER, CARER, EDIT, ROUTINE, BreathlessPage
from companion.ui.breathless.plan_page import BreathlessPlanPage
from companion.ui.breathless.words import every_text, urgent_help
from companion.ui.common.widgets import ScrollView
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.window import FIRST_SIZE, MainWindow
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def dialogs() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path, audio, dialogs):
    win = MainWindow(make_services(state, store, clock, tmp_path, audio, dialogs=dialogs))
    qtbot.addWidget(win)
    win.resize(*FIRST_SIZE)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    win.close()  # a running episode is kept as partial before the store closes


def page_of(window: MainWindow) -> BreathlessPage:
    return window.page(BreathlessPage)


def episodes(store) -> list:
    return [r for r in HistoryData(store).iter_sessions() if r.activity is Activity.BREATHLESS]


def shown_step(page: BreathlessPage) -> int:
    [index] = [n for n, step in enumerate(page._steps) if step is not None and step.isVisible()]
    return index


def focus(qtbot, widget) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(widget.hasFocus)


def enter(qtbot, widget, until) -> None:  # type: ignore[no-untyped-def]
    """Press Enter on ``widget`` (Enter presses the focused button, a moment later)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(until)


# -- one press opens it, straight on its first step -----------------------------------------


def test_the_home_tile_opens_the_first_step_at_once_and_starts_the_record(
    window, qtbot, store, audio
) -> None:
    tile = window.home.breathless_button
    assert tile.property("role") == "tile-urgent" and tile.accessibleName() == "Breathless now"
    qtbot.mouseClick(tile, LEFT)
    page = page_of(window)
    assert window.current() is page and page.stack_index == ROUTINE
    assert shown_step(page) == 0 and page.steps[0].title == "Find a position that helps"
    assert page.next_button.hasFocus()  # no set-up, no ratings first: Next is the one action
    [record] = episodes(store)
    assert (record.item, record.planned_s, record.completed) == ("episode", None, False)
    assert [name for name, _ in audio.played] == ["step"]  # the step's soft note


def test_the_tile_is_always_in_sight_and_first_in_tab_order(
    qtbot, state, store, clock, tmp_path, themed_200
) -> None:
    window = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(window)
    window.resize(*FIRST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    home = window.home
    tile = home.breathless_button
    [view] = home.findChildren(ScrollView)
    assert not view.isAncestorOf(tile)  # pinned above what scrolls: never scrolled away
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert tile.visibleRegion().boundingRect().height() == tile.height()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    home.careplan_button.setFocus(Qt.FocusReason.TabFocusReason)  # Home's last control
    qtbot.keyClick(home.careplan_button, Qt.Key.Key_Tab)  # round again to the first stop
    assert tile.hasFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert home.careplan_button.hasFocus()  # nothing comes before it
    qtbot.keyClick(home.careplan_button, Qt.Key.Key_Tab)
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current() is page_of(window))
    window.close()


def test_f2_opens_it_from_anywhere_and_keeps_an_episode_going(window, qtbot, store) -> None:
    window.open("settings")
    qtbot.keyClick(window.current(), Qt.Key.Key_F2)
    page = page_of(window)
    assert window.current() is page and shown_step(page) == 0
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    qtbot.keyClick(window.current(), Qt.Key.Key_F1)  # Help, in the middle of an episode
    assert window.current() is not page and page.busy
    qtbot.keyClick(window.current(), Qt.Key.Key_F2)
    assert window.current() is page and shown_step(page) == 1  # where the person was
    assert len(episodes(store)) == 1


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_tray_menu_has_it_first(window, qtbot, state) -> None:
    window.reminders._tray_available = lambda: True
    state.update(reminders_on=True, reminders=(Reminder(time(9, 0), "Morning"),))
    tray = window.reminders.tray
    assert tray is not None
    first = window.reminders._menu.actions()[0]
    assert first.text() == "Breathless now"
    window.open("history")
    first.trigger()
    assert window.current() is page_of(window) and page_of(window).busy
    state.update(reminders_on=False)


# -- walking it ---------------------------------------------------------------------------


def test_one_key_walks_every_step_and_ends_the_episode(window, qtbot, clock, store, audio) -> None:
    qtbot.keyClick(window.home, Qt.Key.Key_F2)
    page = page_of(window)
    seen = []
    for _ in STEPS:
        seen.append(page.steps[shown_step(page)].title if page.busy else "")
        clock.advance(20)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert seen == [page.steps[n].title for n in range(len(STEPS))]
    assert page.stack_index == AFTER  # Space on the plan finished it: rest now
    [record] = episodes(store)
    assert record.completed and record.duration_s == pytest.approx(120.0)
    assert page._after_view().done_button.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Done, the same key
    qtbot.waitUntil(lambda: window.current() is window.home)
    heard = [name for name, _ in audio.played]
    assert heard == ["step", "step", "long-out-breath", "step", "step", "step"]


def test_the_keyboard_alone_reaches_everything(
    window, qtbot, clock, store, audio, state, tmp_path
) -> None:
    qtbot.keyClick(window.home, Qt.Key.Key_F2)
    page = page_of(window)
    qtbot.keyClick(page.next_button, Qt.Key.Key_Right)  # → the fan
    qtbot.keyClick(page.next_button, Qt.Key.Key_Left)  # ← back to the position
    assert shown_step(page) == 0
    enter(qtbot, page.next_button, lambda: shown_step(page) == 1)
    enter(qtbot, page.next_button, lambda: shown_step(page) == OUT_BREATH)  # Enter: Next
    tone = page.out_breath_step.tone_button
    focus(qtbot, tone)  # its one action has the focus
    clock.advance(3)
    enter(qtbot, tone, lambda: [n for n, _ in audio.played].count("long-out-breath") == 2)
    assert page.out_breath_step.changing.text() == "Longer…"
    # For the carer: Tab to it, Enter, Esc back to the same step
    qtbot.keyClick(tone, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    widget = QApplication.focusWidget()
    for _ in range(20):
        if widget is page.carer_button:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    assert widget is page.carer_button
    enter(qtbot, widget, lambda: page.stack_index == CARER)
    assert page.carer_back_button.hasFocus()
    qtbot.keyClick(page.carer_back_button, Qt.Key.Key_Escape)
    assert page.stack_index == ROUTINE and shown_step(page) == OUT_BREATH
    # The plan, one press away; writing it with the keyboard
    enter(qtbot, page.plan_button, lambda: shown_step(page) == PLAN)
    assert page.plan_view.missing.isVisible()  # no plan yet: ask the care team for one
    enter(qtbot, page.plan_view.edit_button, lambda: page.stack_index == EDIT)
    editor = page._editor_view()
    assert editor.medicine.hasFocus()
    qtbot.keyClicks(editor.medicine, "Morphine 2.5 mg; wait 20 minutes")
    qtbot.keyClick(editor.medicine, Qt.Key.Key_Tab)  # Tab leaves the text box
    assert editor.contact_rows[0][0].hasFocus()
    qtbot.keyClicks(editor.contact_rows[0][0], "District nurses")
    qtbot.keyClick(editor.contact_rows[0][0], Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.contact_rows[0][1], "01234 567890")
    editor.emergency_number.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(editor.emergency_number, "999")
    enter(qtbot, editor.save_button, lambda: page.stack_index == ROUTINE)
    assert shown_step(page) == PLAN and not page.plan_view.missing.isVisible()
    assert "District nurses" in page.plan_view.contacts.text()
    assert page.urgent_label.text() == urgent_help("999")
    # Back returns to where the plan was opened from; Esc finishes
    enter(qtbot, page.back_button, lambda: shown_step(page) == OUT_BREATH)
    clock.advance(30)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.stack_index == AFTER
    after = page._after_view()
    # Ratings, who was there, a note: Tab and Enter only
    enter(qtbot, after.began.buttons[8], lambda: after.began.value() == 8)
    qtbot.keyClick(after.began.buttons[8], Qt.Key.Key_Tab)
    for _ in range(30):
        widget = QApplication.focusWidget()
        if widget is after.now.buttons[3]:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert after.now.buttons[3].hasFocus()  # reached with Tab alone
    enter(qtbot, after.now.buttons[3], lambda: after.now.value() == 3)
    enter(qtbot, after.who.buttons[Who.FAMILY], lambda: after.who.who() is Who.FAMILY)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if after.note.hasFocus():
            break
    assert after.note.hasFocus()
    qtbot.keyClicks(after.note, "The fan helped most")
    qtbot.keyClick(after.note, Qt.Key.Key_Tab)
    qtbot.keyClick(after.note, Qt.Key.Key_Escape)  # Esc on the rest: Done, home
    qtbot.waitUntil(lambda: window.current() is window.home)
    [record] = episodes(store)
    assert record.completed and record.who is Who.FAMILY and record.note == "The fan helped most"
    assert set(record.ratings) == {
        Rating("before", "breathlessness", 8),
        Rating("after", "breathlessness", 3),
    }
    plan_file = tmp_path / "config" / "breathless_plan.json"
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o600


def test_the_tone_follows_the_person_and_never_sounds_on_a_timer(
    window, qtbot, clock, audio
) -> None:
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    for _ in range(OUT_BREATH):
        qtbot.mouseClick(page.next_button, LEFT)
    tones = lambda: [n for n, _ in audio.played].count("long-out-breath")  # noqa: E731
    assert tones() == 1  # one as the step opens
    for _ in range(12):  # a minute passes: nothing sounds by itself
        clock.advance(5)
        page.session.poll()
        QApplication.processEvents()
    assert tones() == 1
    tone = page.out_breath_step.tone_button
    qtbot.mouseClick(tone, LEFT)
    qtbot.mouseClick(tone, LEFT)  # a second press at once is the same breath
    assert tones() == 2
    clock.advance(7)
    qtbot.mouseClick(tone, LEFT)
    assert tones() == 3
    assert page.out_breath_step.changing.text() == "Slower…"
    [played] = {v for n, v in audio.played if n == "long-out-breath"}
    assert 0 < played < 1  # at the breath-tone level, well under full scale


def test_steps_show_urgent_help_and_their_pictures_hold_still_with_reduced_motion(
    window, qtbot, state
) -> None:
    state.update(motion="reduce")
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    for n in range(len(STEPS)):
        assert page.urgent.isVisible() and "emergency number" in page.urgent_label.text()
        step = page.steps[shown_step(page)]
        for picture in getattr(step, "pictures", []):
            assert picture.reduced_motion and not picture.animating
        if n < PLAN:
            qtbot.mouseClick(page.next_button, LEFT)
    state.update(motion="full")
    for _ in range(PLAN - OUT_BREATH):
        qtbot.mouseClick(page.back_button, LEFT)
    assert shown_step(page) == OUT_BREATH
    moving = [p for p in page.steps[shown_step(page)].pictures if p.moves()]
    assert moving and all(p.animating for p in moving)


def test_a_bad_number_is_said_and_nothing_typed_is_lost(window, qtbot) -> None:
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    qtbot.mouseClick(page.plan_button, LEFT)
    qtbot.mouseClick(page.plan_view.edit_button, LEFT)
    editor = page._editor_view()
    editor.medicine.setPlainText("As the nurse said")
    editor.contact_rows[1][1].setText("ring Sam")
    qtbot.mouseClick(editor.save_button, LEFT)
    assert page.stack_index == EDIT and editor.problem.isVisible()
    assert "“ring Sam” is not a telephone number." in editor.problem.text()
    assert editor.medicine.toPlainText() == "As the nurse said"
    qtbot.mouseClick(editor.cancel_button, LEFT)
    assert page.stack_index == ROUTINE and page.plan_view.missing.isVisible()


def test_do_not_keep_this_removes_the_episode_after_asking(
    window, qtbot, clock, store, dialogs
) -> None:
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    clock.advance(5)
    qtbot.mouseClick(page.finish_button, LEFT)
    after = page._after_view()
    qtbot.mouseClick(after.forget_button, LEFT)  # asked, and kept (the default answer)
    assert dialogs.asked == [("confirm", "Remove this episode from History?")]
    assert len(episodes(store)) == 1 and page.stack_index == AFTER
    dialogs.answer(True)
    qtbot.mouseClick(after.forget_button, LEFT)
    assert episodes(store) == [] and window.current() is window.home


def test_closing_the_window_keeps_the_episode_as_partial(window, clock, store) -> None:
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    clock.advance(40)
    window.close()
    [record] = episodes(store)
    assert not record.completed and record.duration_s == pytest.approx(40.0)


def test_settings_opens_the_plan_form_on_its_own_page(window, qtbot, store) -> None:
    settings = window.open("settings")
    assert isinstance(settings, SettingsPage)
    qtbot.mouseClick(settings.breathless_plan_button, LEFT)
    plan_page = window.current()
    assert isinstance(plan_page, BreathlessPlanPage)
    plan_page.editor.emergency_number.setText("112")
    plan_page.editor.written_by.setText("Dr Okafor")
    qtbot.mouseClick(plan_page.editor.save_button, LEFT)
    assert window.current() is window.home
    assert episodes(store) == []  # writing the plan is not an episode
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    assert page.urgent_label.text() == urgent_help("112")


# -- in History, the CSV and the PDF --------------------------------------------------------


def test_an_episode_is_in_the_csv_and_the_pdf_but_not_counted_as_practice(
    window, qtbot, clock, store, tmp_path
) -> None:
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    clock.advance(300)
    qtbot.mouseClick(page.finish_button, LEFT)
    qtbot.mouseClick(page._after_view().now.buttons[2], LEFT)
    history = HistoryData(store)
    out = tmp_path / "history.csv"
    write_csv(out, history.iter_sessions())
    with out.open(encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert (row["activity"], row["item"], row["completed"]) == ("breathless", "episode", "true")
    assert row["ratings_after"] == "breathlessness=2"
    report = build_report(history, HistoryFilter(), datetime.now().astimezone())
    assert report.totals.sessions == 0 and report.episodes is not None
    assert report.episodes.count == 1 and report.episodes.minutes == pytest.approx(5.0)


def _themed(scale: int):  # type: ignore[no-untyped-def]
    from companion.ui.common.theme import apply_theme

    app = QApplication.instance()
    saved = app.palette(), app.font(), app.styleSheet()
    apply_theme(app, "light", scale)
    yield
    app.setStyleSheet(saved[2])
    app.setPalette(saved[0])
    app.setFont(saved[1])


@pytest.fixture
def themed_200(qapp):
    yield from _themed(200)


@pytest.fixture
def themed_100(qapp):
    yield from _themed(100)


# -- its words ------------------------------------------------------------------------------

CLAIMS = re.compile(
    r"\b(treat\w*|cures?|heal\w*|therap\w*|relieves?|fix\w*|guarantee\w*|will stop|prevents?)\b",
    re.IGNORECASE,
)


def test_nothing_it_says_claims_to_treat(window) -> None:
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    texts = every_text()
    for widget in (page, window.open("breathless-plan")):
        texts += [label.text() for label in widget.findChildren(QLabel)]
        texts += [
            b.text() + " " + b.accessibleDescription() for b in widget.findChildren(QPushButton)
        ]
    page.show_carer()
    texts += [label.text() for label in page.findChildren(QLabel)]
    claims = [t for t in texts if CLAIMS.search(t)]
    assert not claims, claims
    assert CLAIMS.search("This will cure it")  # the check itself can fail


def test_help_credits_the_sources_and_says_what_it_is(window) -> None:
    help_page = window.open("help")
    sources = help_page.sources_label.text()
    for source in (
        "Breathing, Thinking, Functioning",
        "Spathis",
        "Cambridge Breathlessness Intervention Service",
        "Luckett",
        "Bausewein",
        "calming hand",
        "NHS Scotland",
    ):
        assert source in sources, source
    questions = dict(help_page.questions)
    assert "F2" in questions["What is Breathless now?"]
    keys = help_page.keys_label.text()
    assert "Breathless now" in keys and "F2" in keys


def test_a_chosen_answer_keeps_room_for_its_bold_words(themed_100, window, qtbot, clock) -> None:
    """Chosen, a button's words turn bold (the theme's :checked): they must still fit."""
    from PySide6.QtGui import QFont, QFontMetrics

    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    clock.advance(10)
    qtbot.mouseClick(page.finish_button, LEFT)
    after = page._after_view()
    button = after.who.buttons[Who.FAMILY]
    qtbot.mouseClick(button, LEFT)
    QApplication.processEvents()
    bold = QFont(button.font())
    bold.setWeight(QFont.Weight.DemiBold)
    needed = QFontMetrics(bold).horizontalAdvance(button.text()) + 2 * 23  # its padding
    assert button.isChecked() and button.width() >= needed


def test_tab_goes_from_a_step_to_its_footer_in_reading_order(window, qtbot) -> None:
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage)
    for _ in range(OUT_BREATH):
        qtbot.mouseClick(page.next_button, LEFT)
    tone = page.out_breath_step.tone_button
    focus(qtbot, tone)
    qtbot.keyClick(tone, Qt.Key.Key_Tab)
    assert page.back_button.hasFocus()  # a step, built late, still comes before its footer
    qtbot.keyClick(page.back_button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert tone.hasFocus()


def test_a_damaged_plan_is_said_in_words_and_the_steps_still_open(window, tmp_path) -> None:
    plan_file = tmp_path / "config" / "breathless_plan.json"
    plan_file.parent.mkdir(parents=True, exist_ok=True)
    plan_file.write_text("{ this is not a plan")
    page = window.open("breathless")
    assert isinstance(page, BreathlessPage) and page.busy and shown_step(page) == 0
    [said] = [m for m in window.notices.messages if "breathlessness plan" in m]
    assert said.startswith("The breathlessness plan could not be read, so it is empty for now.")
    assert "breathless_plan.json.damaged-" in said  # the old file is kept, and named
    kept = [p.name for p in plan_file.parent.iterdir()]
    assert any(name.startswith("breathless_plan.json.damaged-") for name in kept)
    page.open_plan()
    assert page.plan_view.missing.isVisible()  # no plan: ask the care team for one
