"""A shaking hand: a second press of the same control within the chosen time counts once;
removing a session, a playlist or all the data takes a second, deliberate step (a sheet
that takes no "yes" in its first moment), and what can be put back has an Undo.

Real presses throughout: mouse clicks and keys on the real window, real in-window sheets.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from companion.core.breathing import Pattern
from companion.core.listen.playlists import Playlist, Track
from companion.services.history.data import HistoryData
from companion.services.listen.playlist_store import PlaylistStore
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.common.sheet import Sheet, SheetDialogs
from companion.ui.history.page import HistoryPage
from companion.ui.listen.page import ListenPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.window import MainWindow
from tests.helpers import history_sample
from tests.helpers.services import make_services, shown_window

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    services = make_services(state, store, clock, tmp_path)
    services.dialogs = SheetDialogs()  # the real in-window sheets
    win = shown_window(qtbot, services)
    yield win
    win.close()


def test_a_second_press_of_the_same_button_within_the_time_counts_once(
    qtbot, window, state, clock
) -> None:
    page = window.open("settings")
    assert isinstance(page, SettingsPage)
    stepper = page.patterns.fields["inhale"]
    start = stepper.value()
    qtbot.mouseClick(stepper.plus, LEFT)
    qtbot.mouseClick(stepper.plus, LEFT)  # the guard is off by default: both count
    assert stepper.value() == start + 1.0
    state.update(repeat_guard_s=0.5)  # (Settings shows the saved pattern again)
    start = stepper.value()
    qtbot.mouseClick(stepper.plus, LEFT)
    qtbot.mouseClick(stepper.plus, LEFT)  # a tremor's second press
    qtbot.mouseDClick(stepper.plus, LEFT)  # and a third, fast enough to be a double click
    assert stepper.value() == start + 0.5
    qtbot.mouseClick(stepper.minus, LEFT)  # another control counts at once
    assert stepper.value() == start
    clock.advance(0.6)
    qtbot.mouseClick(stepper.plus, LEFT)  # once the time has passed, a press counts again
    assert stepper.value() == start + 0.5
    stepper.plus.setFocus()
    qtbot.keyClick(stepper.plus, Qt.Key.Key_Space)  # a key is a press too
    qtbot.keyClick(stepper.plus, Qt.Key.Key_Space)
    assert stepper.value() == start + 0.5  # both too soon after the click
    clock.advance(0.6)
    qtbot.keyClick(stepper.plus, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: stepper.value() == start + 1.0)


def test_a_double_space_pauses_once(qtbot, window, state, clock) -> None:
    state.update(repeat_guard_s=1.0)
    page = window.page(BreathingPage)
    window.open("breathe", BreathingRequest(Pattern(4, 6), "calm", 60.0))
    assert page.session is not None
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)  # not "pause, then resume at once"
    assert page.session.paused
    clock.advance(1.1)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
    assert not page.session.paused
    page.stop()


def in_sheet(qtbot, *steps: Callable[[Sheet], None]) -> list[str]:
    """Run ``steps`` on the sheet the next press opens (it runs its own event loop)."""
    seen: list[str] = []

    def run() -> None:
        sheet = QApplication.activeModalWidget()
        assert isinstance(sheet, Sheet)
        seen.append(sheet.heading.text())
        for step in steps:
            step(sheet)

    QTimer.singleShot(0, run)
    return seen


def too_soon(qtbot) -> Callable[[Sheet], None]:
    """The shaking hand presses again at once: on the sheet's delete button, as it appears."""

    def press(sheet: Sheet) -> None:
        qtbot.mouseClick(sheet.action_button, LEFT)
        assert sheet.isVisible(), "a press in the sheet's first moment must not confirm"

    return press


def keep(qtbot) -> Callable[[Sheet], None]:
    return lambda sheet: qtbot.mouseClick(sheet.cancel_button, LEFT)


def confirm(qtbot) -> Callable[[Sheet], None]:
    def press(sheet: Sheet) -> None:
        qtbot.waitUntil(sheet.settled)
        qtbot.mouseClick(sheet.action_button, LEFT)

    return press


def undo_button(qtbot, window: MainWindow) -> QPushButton:
    """The Undo in the notice just shown (it appears once the layout has run)."""
    found: list[QPushButton] = []

    def shown() -> bool:
        found[:] = [b for b in window.notices.findChildren(QPushButton, "undo") if b.isVisible()]
        return len(found) == 1

    qtbot.waitUntil(shown)
    return found[0]


def test_deleting_a_session_takes_a_second_step_and_can_be_undone(
    qtbot, window, store, clock
) -> None:
    history = HistoryData(store)
    history_sample.fill(history)
    before = history.count()
    page = window.open("history")
    assert isinstance(page, HistoryPage)
    page.list.setCurrentIndex(page.model.index(0, 0))
    chosen = page.selected_record()
    assert chosen is not None
    seen = in_sheet(qtbot, too_soon(qtbot), keep(qtbot))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert seen == ["Delete this session?"] and history.count() == before
    in_sheet(qtbot, too_soon(qtbot), confirm(qtbot))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert history.count() == before - 1 and history.get(chosen.id) is None
    qtbot.mouseClick(undo_button(qtbot, window), LEFT)
    assert history.count() == before
    back = [r for r in history.iter_sessions() if r.started_at == chosen.started_at]
    assert [(r.item, r.ratings, r.note) for r in back] == [
        (chosen.item, chosen.ratings, chosen.note)
    ]


def test_deleting_a_playlist_takes_a_second_step_and_can_be_undone(
    qtbot, window, store, tmp_path
) -> None:
    playlists = PlaylistStore(store)
    tracks = [Track(str(tmp_path / f"{n}.ogg"), f"Song {n}", "Band", 60.0) for n in range(3)]
    playlists.save(Playlist("Family music", tracks))
    page = window.open("listen")
    assert isinstance(page, ListenPage)
    page.refresh(select="Family music")
    qtbot.mouseClick(page.view.edit_button, LEFT)
    seen = in_sheet(qtbot, too_soon(qtbot), keep(qtbot))
    qtbot.mouseClick(page.edit.delete_button, LEFT)
    assert seen == ["Delete this playlist?"] and playlists.find("Family music") is not None
    in_sheet(qtbot, confirm(qtbot))
    qtbot.mouseClick(page.edit.delete_button, LEFT)
    assert playlists.find("Family music") is None
    qtbot.mouseClick(undo_button(qtbot, window), LEFT)
    found = playlists.find("Family music")
    assert found is not None and [t.title for t in found.tracks] == ["Song 0", "Song 1", "Song 2"]


def test_deleting_all_my_data_takes_a_second_step(qtbot, window, store) -> None:
    history = HistoryData(store)
    history_sample.fill(history)
    page = window.open("history")
    assert isinstance(page, HistoryPage)
    seen = in_sheet(qtbot, too_soon(qtbot), keep(qtbot))
    qtbot.mouseClick(page.delete_all_button, LEFT)
    assert seen == ["Delete all my data?"] and history.count() > 0
    in_sheet(qtbot, confirm(qtbot))
    qtbot.mouseClick(page.delete_all_button, LEFT)
    assert history.count() == 0
