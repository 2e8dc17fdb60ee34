"""A tour of every page and every view of the real main window, for the accessibility checks.

``tour(window, qtbot, clock, store)`` puts the window in each state in turn (setup, running
and summary views, the editor, the dialogs) and yields what to check there. Dialogs are shown
modeless, checked, and closed again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from companion.cli.listen import sync_bundled
from companion.core.breathing import Pattern
from companion.core.listen.playlists import Playlist, Track
from companion.services.audio.soundscapes import soundscapes
from companion.services.history.data import HistoryFilter
from companion.services.history.report import build_report
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.history.checkin import CheckinDialog
from companion.ui.history.dialogs import ExportDialog, NoteDialog
from companion.ui.history.page import HistoryPage
from companion.ui.imagine.page import ImaginePage
from companion.ui.listen.page import ListenPage
from companion.ui.massage.page import MassagePage
from companion.ui.shell.window import MainWindow
from companion.ui.stretch.page import StretchPage
from tests.helpers.a11y import View
from tests.helpers.fakes import FakeClock


def _settle(qtbot, window: QDialog | MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(3):  # layout requests post further layout requests (scroll areas)
        QApplication.processEvents()


def _dialog(qtbot, dialog: QDialog, name: str) -> Iterator[View]:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot, dialog)
    yield View(name, dialog)
    dialog.reject()


def tour(window: MainWindow, qtbot, clock: FakeClock, store) -> Iterator[View]:  # type: ignore[no-untyped-def]
    """Every view of the window, each made current before it is yielded."""
    playlists, _ = sync_bundled(store)
    sounds = soundscapes()
    playlists.save(
        Playlist("Evening", [Track(str(s.path), s.title, "Companion", s.length_s) for s in sounds])
    )

    def here(name: str, root: QWidget | None = None) -> View:
        _settle(qtbot, window)
        return View(name, root or window)

    window.notices.add("Sound is off: no audio device was found.")
    window.open("home")
    yield here("home, with a notice")

    breathing = window.page(BreathingPage)
    window.open("breathe")
    yield here("breathe: setup")
    breathing.ratings.before_toggle.setChecked(True)
    breathing.ratings.before.pick_button.setChecked(True)
    yield here("breathe: setup, rating before, choosing what to rate")
    breathing.ratings.before.pick_button.setChecked(False)
    breathing.ratings.before_toggle.setChecked(False)
    breathing.show_request(BreathingRequest(Pattern(4, 6), "calm", 60.0))
    clock.advance(2)
    yield here("breathe: running")
    breathing.show_safety()
    assert breathing._safety is not None
    yield from _dialog(qtbot, breathing._safety, "breathe: comfort and safety")
    clock.advance(60)
    assert breathing.session is not None
    breathing.session.poll()
    qtbot.waitUntil(lambda: breathing.stack.currentIndex() == 2)
    yield here("breathe: summary, rating after")

    history = window.page(HistoryPage)
    window.open("history")
    history.table.selectRow(0)
    yield here("history")
    yield from _dialog(qtbot, NoteDialog("Note on this session", "", history), "history: note")
    assert history.history is not None
    report = build_report(history.history, HistoryFilter(), datetime.now().astimezone())
    yield from _dialog(qtbot, ExportDialog(report, history), "history: export")
    checkin = CheckinDialog(lambda: datetime.now().astimezone(), None, history)
    yield from _dialog(qtbot, checkin, "history: daily check-in")

    window.open("settings")
    yield here("settings")

    imagine = window.page(ImaginePage)
    window.open("imagine")
    qtbot.waitUntil(lambda: imagine._loaded and imagine.chooser.list.count() > 0)
    qtbot.waitUntil(lambda: bool(imagine.chooser.speech_status.text()))
    yield here("imagine: choose a script")
    imagine.play(imagine.library.entries[0].id)
    yield here("imagine: listening (captions only)")
    imagine.stop()
    qtbot.waitUntil(lambda: imagine.stack.currentIndex() == 2)
    yield here("imagine: summary")
    imagine.chooser.new_requested.emit()
    imagine.editor.text.setPlainText("title: Broken\n---\n[pause for a while]\n")
    imagine.editor.check()
    yield here("imagine: editor, with a problem")
    imagine.editor.cancelled.emit()

    listen = window.page(ListenPage)
    window.open("listen")
    yield here("listen: the bundled playlist")
    listen.refresh(select="Evening")
    listen.tracks.setCurrentRow(1)
    yield here("listen: the family's playlist")

    stretch = window.page(StretchPage)
    window.open("stretch")
    qtbot.waitUntil(lambda: stretch.stretch_state.loaded)
    yield here("stretch: choose")
    stretch.setup.compose_button.setChecked(True)
    yield here("stretch: making a routine")
    stretch.setup.compose_button.setChecked(False)
    assert stretch.start("whole-body-5min")
    clock.advance(3)
    assert stretch.session is not None
    stretch.session.poll()
    yield here("stretch: guiding")
    stretch.stop()
    yield here("stretch: summary")

    massage = window.page(MassagePage)
    window.open("massage")
    for group in massage.answer_groups.values():
        [no] = [b for b in group.buttons() if b.property("key") == "no"]
        no.click()
    yield here("massage: precautions check")
    massage.start_button.click()
    clock.advance(5)
    massage.poll()
    yield here("massage: guiding")
    massage.stop()
    yield here("massage: summary")
    window.open("welcome")
    yield here("welcome")
    window.open("help")
    yield here("help")
    window.open("home")
