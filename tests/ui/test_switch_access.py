"""One switch, nothing else: the ring steps through the controls, a press chooses, a long
press goes back. Every kind of control is worked with the one key, in the real window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.core.preferences import Preferences
from companion.services.settings import SettingsStore
from companion.sessions.state import AppState
from companion.ui.breathe.page import BreathingPage
from companion.ui.common.sheet import Sheet, text_sheet
from companion.ui.help.page import HelpPage
from companion.ui.history.page import HistoryPage
from companion.ui.imagine.page import ImaginePage
from companion.ui.listen.page import ListenPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.scan_items import Kind
from companion.ui.shell.scan_panels import ScanPanel
from companion.ui.shell.scan_ring import ScanRing
from companion.ui.shell.window import MainWindow
from tests.helpers import history_sample
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services
from tests.helpers.speech_fakes import FakeSpeech
from tests.helpers.switch import hold, on_widget, press, ring_to

LEFT = Qt.MouseButton.LeftButton


def open_window(qtbot, state, store, clock, tmp_path, **kwargs) -> MainWindow:  # type: ignore[no-untyped-def]
    state.update(switch_access=True)
    win = MainWindow(make_services(state, store, clock, tmp_path, **kwargs))
    qtbot.addWidget(win)
    win.scanner.stepping = False  # the test takes the ring's steps itself
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.scanner.sync()
    return win


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    win = open_window(qtbot, state, store, clock, tmp_path)
    yield win
    win.close()


def test_a_breathing_session_is_started_paused_and_stopped_with_one_key(qtbot, window) -> None:
    scanner = window.scanner
    assert scanner.current is not None
    assert scanner.current.widget is window.home.breathe_button  # Home opens on its first tile
    ring = window.findChild(ScanRing)
    assert ring is not None and ring.isVisible()
    assert ring.target() == scanner.current.rect()
    press(qtbot, window)  # Breathe now
    page = window.page(BreathingPage)
    qtbot.waitUntil(lambda: page.session is not None and page.session.running)
    assert [item.widget for item in scanner.items()] == [page.pause_button]  # only Pause
    for _ in range(3):
        scanner.advance()  # scanning rests while the session runs: nothing else is offered
        assert scanner.current is not None and scanner.current.widget is page.pause_button
    press(qtbot, window)
    assert page.session is not None and page.session.paused
    assert [item.widget for item in scanner.items()] == [page.pause_button, page.stop_button]
    assert page.pause_button.text() == "Resume"
    ring_to(scanner, on_widget(page.stop_button))
    press(qtbot, window)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 2)  # stopped: the summary
    assert page.session is not None and not page.session.running
    assert scanner.current is not None and scanner.current.widget is page.again_button


def test_a_long_press_stops_a_session_and_goes_back(qtbot, window) -> None:
    scanner = window.scanner
    press(qtbot, window)  # Breathe now
    page = window.page(BreathingPage)
    qtbot.waitUntil(lambda: page.session is not None and page.session.running)
    hold(qtbot, window, lambda: page.stack.currentIndex() == 2)  # held: stop at once
    assert page.session is not None and page.session.done
    hold(qtbot, window, lambda: window.current() is window.home)  # held again: Home
    assert scanner.current is not None and scanner.current.widget is window.home.breathe_button


def test_the_ring_steps_by_itself_at_the_chosen_speed(qtbot, window, state) -> None:
    state.update(scan_seconds=1.0)
    scanner = window.scanner
    scanner.stepping = True
    start = scanner.current
    with qtbot.waitSignal(scanner.moved, timeout=3000) as moved:
        pass
    assert moved.args[0] is not None and not moved.args[0].same_as(start)
    assert scanner._timer.interval() == 1000
    state.update(scan_seconds=3.0)
    assert scanner._timer.interval() == 3000
    state.update(switch_access=False)
    assert not scanner._timer.isActive() and not window.findChild(ScanRing).isVisible()


def test_a_group_is_gone_into_and_a_choice_made_in_it(qtbot, window, state) -> None:
    window.open("settings")
    page = window.page(SettingsPage)
    scanner = window.scanner
    scanner.sync()
    looks = page.theme_chips.parentWidget()
    assert looks is not None and looks.property("role") == "card"
    group = ring_to(scanner, lambda i: i.kind is Kind.GROUP and i.widget is looks)
    assert group.name == "How Companion looks"
    press(qtbot, window)
    assert scanner.depth == 1
    chips = ring_to(scanner, lambda i: i.widget is page.theme_chips)
    assert chips.kind is Kind.GROUP  # a row of choices is a group of its own
    press(qtbot, window)
    ring_to(scanner, on_widget(page.theme_chips.buttons["night"]))
    press(qtbot, window)
    assert state.prefs.theme == "night"
    assert scanner.depth == 2  # still among the choices: another press may follow
    leave = ring_to(scanner, lambda i: i.kind is Kind.LEAVE)
    assert leave.name == "Leave “Theme”"
    press(qtbot, window)
    assert scanner.depth == 1 and scanner.current is not None and scanner.current.same_as(chips)
    hold(qtbot, window, lambda: scanner.depth == 0)  # a long press comes out too
    assert scanner.current is not None and scanner.current.same_as(group)
    hold(qtbot, window, lambda: window.current() is window.home)  # and then, as Esc: Home


def test_a_slider_is_moved_with_less_and_more(qtbot, window) -> None:
    window.open("listen")
    page = window.page(ListenPage)
    scanner = window.scanner
    scanner.sync()
    volume = page.view.volume
    before = volume.value()
    ring_to(scanner, on_widget(volume))
    press(qtbot, window)
    panel = window.findChild(ScanPanel)
    assert panel is not None and panel.isVisible() and scanner.depth == 1
    [less, _more, done] = panel.buttons()
    assert scanner.current is not None and scanner.current.widget is less
    scanner.advance()
    press(qtbot, window)  # More
    assert volume.value() == before + volume.pageStep()
    assert window.services.state.prefs.music_volume == pytest.approx(volume.value() / 100)
    ring_to(scanner, on_widget(done))
    press(qtbot, window)
    qtbot.waitUntil(lambda: scanner.depth == 0)
    assert not [p for p in window.findChildren(ScanPanel) if p.isVisible()]
    assert scanner.current is not None and scanner.current.widget is volume


def test_a_drop_down_offers_its_options(qtbot, state, store, clock, tmp_path) -> None:
    from companion.services.history.data import HistoryData

    history_sample.fill(HistoryData(store))
    window = open_window(qtbot, state, store, clock, tmp_path)
    window.open("history")
    page = window.page(HistoryPage)
    scanner = window.scanner
    scanner.sync()
    box = page.activity_box
    item = ring_to(scanner, lambda i: on_widget(box)(i) or i.widget.isAncestorOf(box))
    if item.widget is not box:  # the filters are a group: one press goes into it
        press(qtbot, window)
        ring_to(scanner, on_widget(box))
    depth = scanner.depth
    press(qtbot, window)
    panel = window.findChild(ScanPanel)
    assert panel is not None
    assert [b.text() for b in panel.buttons()][: box.count()] == [
        box.itemText(i) for i in range(box.count())
    ]
    listening = box.findData("listening")
    ring_to(scanner, on_widget(panel.buttons()[listening]))
    press(qtbot, window)
    qtbot.waitUntil(lambda: scanner.depth == depth)
    assert box.currentData() == "listening"
    rows = [page.model.record(i) for i in range(page.model.rowCount())]
    assert rows and all(r.activity.value == "listening" for r in rows)
    window.close()


def test_a_text_field_is_typed_with_the_scanning_keyboard(qtbot, window) -> None:
    window.open("settings")
    page = window.page(SettingsPage)
    scanner = window.scanner
    scanner.sync()
    field = page.patterns.name
    field.clear()
    ring_to(scanner, lambda i: i.kind is Kind.GROUP and i.widget.isAncestorOf(field))
    press(qtbot, window)
    ring_to(scanner, on_widget(field))
    press(qtbot, window)  # the keyboard opens
    panel = window.findChild(ScanPanel)
    assert panel is not None and scanner.current is not None
    for letters in ("hijklmn", "abcdefg"):
        ring_to(scanner, lambda i, k=letters: i.kind is Kind.GROUP and i.name == " ".join(k))
        press(qtbot, window)  # into the row
        ring_to(scanner, lambda i, k=letters: i.name == k[0])
        press(qtbot, window)  # its first letter
        hold(qtbot, window, lambda k=letters: scanner.current is not None
             and scanner.current.kind is Kind.GROUP)  # fmt: skip
    assert field.text() == "Ha"  # a capital to begin with
    ring_to(scanner, lambda i: i.name == "Done")
    press(qtbot, window)
    qtbot.waitUntil(lambda: scanner.depth == 1)


def test_a_list_row_is_chosen(qtbot, window) -> None:
    page = window.page(ImaginePage)
    window.open("imagine")
    qtbot.waitUntil(lambda: page._loaded and page.chooser.list.count() > 1)
    scanner = window.scanner
    scanner.sync()
    scripts = page.chooser.list
    ring_to(scanner, on_widget(scripts))
    press(qtbot, window)
    assert scanner.depth == 1 and scanner.current is not None
    assert scanner.current.kind is Kind.ROW
    first = scanner.current.index
    assert first is not None
    scanner.advance()
    press(qtbot, window)
    assert scripts.currentRow() == (first.row() + 1) % scripts.count()
    assert scanner.depth == 0 and scanner.current is not None
    assert scanner.current.widget is scripts


def test_text_that_scrolls_is_read_a_page_at_a_time(qtbot, window, state) -> None:
    state.update(text_scale=200)
    window.open("help")
    page = window.page(HelpPage)
    scanner = window.scanner
    scanner.sync()
    item = ring_to(scanner, lambda i: i.kind is Kind.SCROLL)
    bar = item.widget.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    press(qtbot, window)
    assert bar.value() > 0
    del page


def test_a_sheet_is_scanned_and_a_long_press_cancels_it(qtbot, window) -> None:
    sheet, field = text_sheet(window, "Name the new playlist", "Name", "", "Create playlist")
    assert isinstance(sheet, Sheet)
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)
    scanner = window.scanner
    scanner.sync()
    assert {i.widget for i in scanner.items()} == {field, sheet.cancel_button, sheet.action_button}
    assert ScanRing.on(sheet).isVisible()
    hold(qtbot, sheet, lambda: not sheet.isVisible())
    assert sheet.result() == 0


def test_each_name_is_said_when_chosen(qtbot, state, store, clock, tmp_path) -> None:
    speech = FakeSpeech(tmp_path / "speech")
    audio = RecordingAudio()
    state.update(scan_speak=True)
    window = open_window(qtbot, state, store, clock, tmp_path, audio=audio, speech=speech)
    scanner = window.scanner
    scanner.advance()
    name = scanner.current.name if scanner.current is not None else ""
    assert name
    qtbot.waitUntil(lambda: any(text == name for text, _v, _r in speech.requests))
    qtbot.waitUntil(lambda: any(call[0] == "play_voice" for call in audio.calls))
    assert QApplication.instance() is not None
    window.close()


def test_settings_turn_scanning_on_and_set_its_speed(qtbot, state, store, clock, tmp_path) -> None:
    window = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.open("settings")
    assert isinstance(page, SettingsPage)
    access = page.access
    assert not window.scanner.on
    qtbot.mouseClick(access.speed_chips.buttons[3.0], LEFT)
    qtbot.mouseClick(access.speak_box, LEFT)
    qtbot.mouseClick(access.repeat_chips.buttons[0.5], LEFT)
    qtbot.mouseClick(access.announce_box, LEFT)
    qtbot.mouseClick(access.switch_box, LEFT)
    prefs = state.prefs
    assert (prefs.switch_access, prefs.scan_seconds, prefs.scan_speak) == (True, 3.0, True)
    assert (prefs.repeat_guard_s, prefs.announce_with_sound) == (0.5, True)
    assert window.scanner.on and window.scanner._timer.interval() == 3000
    qtbot.waitUntil(lambda: window.scanner.current is not None)
    assert window.press_guard.window_s == 0.5
    window.close()


@pytest.mark.parametrize("theme", ["light", "night", "contrast"])
def test_the_ring_is_large_and_stands_out_in_every_theme(
    qtbot, state, store, clock, tmp_path, theme
) -> None:
    """Drawn in the focus colour, 6 px wide, edged with the page colour, so it shows at 3:1
    or more whatever lies beside it (a card, a filled button, a tile's edge): in pixels."""
    from companion.ui.common.theme import THEMES, apply_theme, contrast_ratio
    from companion.ui.shell.scan_ring import ring_width

    app = QApplication.instance()
    saved = app.palette(), app.font(), app.styleSheet()
    apply_theme(app, theme, 100)
    try:
        state.update(theme=theme)
        window = open_window(qtbot, state, store, clock, tmp_path)
        scanner = window.scanner
        item = scanner.current
        assert item is not None
        rect = item.rect()
        width = ring_width(100)
        assert width >= 6
        picture = window.grab().toImage()
        colours = THEMES[theme]
        middle = 2 + width // 2  # the ring's middle line, outside the tile's own edge
        for x, y in (
            (rect.center().x(), rect.top() - middle),
            (rect.left() - middle, rect.center().y()),
        ):
            drawn = picture.pixelColor(x, y).name().upper()
            assert drawn == colours.focus.upper(), (theme, x, y, drawn)
        halo = picture.pixelColor(rect.center().x(), rect.top() - 1).name().upper()
        assert halo == colours.page.upper()  # a page-coloured edge between ring and tile
        assert contrast_ratio(colours.focus, colours.page) >= 3.0  # so the ring always shows
        window.close()
    finally:
        app.setStyleSheet(saved[2])
        app.setPalette(saved[0])
        app.setFont(saved[1])


def test_the_tremor_guard_leaves_the_switch_to_the_scanner_whichever_came_first(
    qtbot, window, state, clock
) -> None:
    """Scanning on, then the guard: the switch's key is the scanner's, held to the guard's rule
    by the scanner alone; the guard does not also count it as a press of the control under the
    ring (as it did not when it was on first)."""
    state.update(repeat_guard_s=1.0)
    assert window.press_guard.watching
    window.open("settings")
    window.scanner.sync()
    group = ring_to(window.scanner, lambda i: i.kind is Kind.GROUP and "reminders" in i.name)
    more = next(c.widget for c in group.children if c.name.startswith("More"))
    press(qtbot, window)  # into the group
    clock.advance(1.1)
    ring_to(window.scanner, on_widget(more))
    assert QApplication.focusWidget() is more
    presses: list[bool] = []
    more.clicked.connect(lambda *_: presses.append(True))
    qtbot.mouseClick(more, LEFT)  # a hand presses it; at once the switch does
    press(qtbot, window)
    assert len(presses) == 2
    assert window.press_guard.dropped == 0


@pytest.mark.parametrize(
    "key",
    [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select],
    ids=["Return", "Enter", "Select"],
)
def test_enter_is_a_switch_too(qtbot, window, key) -> None:
    """USB switch interfaces send Space or Enter (some a Select key): each is the switch."""
    target = QApplication.focusWidget() or window
    modifiers = Qt.KeyboardModifier.KeypadModifier if key == Qt.Key.Key_Enter else None
    if modifiers is None:
        qtbot.keyClick(target, key)
    else:
        qtbot.keyClick(target, key, modifiers)
    page = window.page(BreathingPage)
    qtbot.waitUntil(lambda: page.session is not None and page.session.running)
    page.stop()


def test_a_closed_window_s_scanner_leaves_another_window_alone(
    qtbot, state, store, clock, tmp_path
) -> None:
    """A window that was closed (or sits in the tray) scans nothing: its ring does not step
    and its switch does not press in another window of the process. (An earlier window kept
    alive scanned the next one too: every press worked twice, and its timer moved the focus,
    so the ring sat on a control scrolled out of sight.)"""
    old = open_window(qtbot, state, store, clock, tmp_path / "old")
    old.scanner.stepping = True  # its own timer, as in the app
    old.close()
    assert not old.scanner._timer.isActive()
    other_state = AppState(Preferences(), SettingsStore(tmp_path / "new" / "settings.json"))
    new = open_window(qtbot, other_state, store, clock, tmp_path / "new")
    assert old.scanner.active_window() is None
    assert old.scanner.items() == []
    first = new.scanner.current
    assert first is not None
    QApplication.focusWidget().setFocus()  # a focus change: the old scanner must not follow
    new.scanner.advance()
    second = new.scanner.current
    assert second is not None and not second.same_as(first)
    assert not old.scanner._timer.isActive()
    tile = new.home.breathe_button
    ring_to(new.scanner, on_widget(tile))
    presses: list[bool] = []
    tile.clicked.connect(lambda: presses.append(True))
    press(qtbot, new)
    assert presses == [True]  # the new window's scanner took the press, and only it
    new.page(BreathingPage).stop()
    ring = old.findChild(ScanRing)
    assert ring is None or not ring.isVisible()
    old.show()  # back from the tray: it scans again
    qtbot.waitExposed(old)
    assert old.scanner._timer.isActive()
    old.close()
    new.close()
