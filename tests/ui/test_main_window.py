"""The window: title, home tiles, navigation, notices, settings and history pages."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from companion.core.breathing import Pattern
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.common.theme import THEMES, apply_theme, contrast_ratio
from companion.ui.history.page import HistoryPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.registry import PAGES
from companion.ui.shell.window import MainWindow
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    win = MainWindow(make_services(state, store, clock, tmp_path, RecordingAudio()))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()  # ends any session before the store closes


def test_title_and_home_tiles(window) -> None:
    assert "Companion" in window.windowTitle()
    assert window.pages.currentWidget() is window.home
    assert window.home.breathe_button.accessibleName() == "Breathe now"
    tiles = [b for b in window.home.findChildren(QAbstractButton) if b.property("role") == "tile"]
    assert sorted(t.accessibleName() for t in tiles) == [
        "Breathe now",
        "Imagine",
        "Listen",
        "Play calming music",
        "Quiet time",
        "Stretch & massage",
    ]


def test_every_button_has_a_name_and_a_large_target(window) -> None:
    for name in (
        "home",
        "breathe",
        "history",
        "settings",
        "listen",
        "stretch",
        "massage",
        "meditate",
    ):
        page = window.open(name)
        for button in page.findChildren(QAbstractButton):
            if not button.isVisibleTo(window):
                continue
            assert button.accessibleName(), button.text()
            assert button.height() >= 44 and button.width() >= 44, button.accessibleName()


def test_navigation_round_trip(window, qtbot) -> None:
    qtbot.mouseClick(window.home.breathe_button, Qt.MouseButton.LeftButton)
    breathing = window.page(BreathingPage)
    assert window.current() is breathing
    assert breathing.session is not None and breathing.session.running  # one press: breathing
    qtbot.mouseClick(breathing.change_button, Qt.MouseButton.LeftButton)  # set-up, one press
    assert breathing.stack.currentIndex() == 0 and breathing.session is None
    qtbot.mouseClick(breathing.setup_home_button, Qt.MouseButton.LeftButton)
    assert window.current() is window.home
    window.home.history_button.click()
    assert window.current() is window.page(HistoryPage)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.page(HistoryPage), Qt.Key.Key_Escape)
    assert window.current() is window.home
    window.home.settings_button.click()
    assert window.current() is window.page(SettingsPage)


def test_closing_during_a_session_keeps_it_as_partial(window, store, clock) -> None:
    window.open("breathe", BreathingRequest(Pattern(4, 6), "calm", 180.0))
    clock.advance(30)
    window.close()
    [record] = store.sessions()
    assert not record.completed and record.duration_s == pytest.approx(30.0)


def test_notices_show_once_and_can_be_dismissed(window) -> None:
    window.notices.add("Sound is off: no audio device was found.")
    window.notices.add("Sound is off: no audio device was found.")
    assert window.notices.messages == ["Sound is off: no audio device was found."]
    [ok] = [b for b in window.notices.findChildren(QAbstractButton) if b.text() == "OK"]
    ok.click()
    assert window.notices.messages == []


def test_settings_apply_and_persist(window, state, settings_path, qtbot) -> None:
    settings = window.open("settings")
    qtbot.mouseClick(settings.theme_chips.buttons["night"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(settings.scale_chips.buttons[150], Qt.MouseButton.LeftButton)
    saved = json.loads(settings_path.read_text())
    assert saved["theme"] == "night" and saved["text_scale"] == 150
    assert state.prefs.theme == "night"


def test_custom_pattern_is_validated(window, state, qtbot) -> None:
    page = window.open("settings")
    assert isinstance(page, SettingsPage)
    own = page.patterns

    def press(button, times: int = 1) -> None:  # type: ignore[no-untyped-def]
        for _ in range(times):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    press(own.fields["inhale"].plus, 4)  # 4 → 6 s
    press(own.fields["exhale"].minus, 4)  # 6 → 4 s
    assert own.fields["inhale"].text() == "6.0 s"
    press(own.save_button)
    assert "out-breath" in own.message.text()
    assert state.prefs.preset == "calm"
    own.name.setText("Evening")
    press(own.fields["exhale"].plus, 8)  # 4 → 8 s
    press(own.fields["hold_out"].plus, 2)  # 0 → 1 s
    press(own.save_button)
    assert state.prefs.preset == "custom" and state.prefs.custom.name == "Evening"
    assert state.prefs.custom.pattern().label() == "6-0-8-1"


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_theme_contrast_meets_wcag(theme) -> None:
    minimum = 7.0 if theme.name == "contrast" else 4.5
    for fg, bg in (
        (theme.text, theme.window),
        (theme.text, theme.surface),
        (theme.muted, theme.window),
        (theme.muted, theme.surface),
        (theme.on_accent, theme.accent),
        (theme.on_notice, theme.notice),
    ):
        assert contrast_ratio(fg, bg) >= minimum, (theme.name, fg, bg)


def test_text_scale_enlarges_fonts(qtbot) -> None:
    app = QApplication.instance()
    apply_theme(app, "light", 100)
    small = app.font().pixelSize()
    apply_theme(app, "light", 200)
    assert app.font().pixelSize() == 2 * small
    apply_theme(app, "light", 100)


def test_imagine_taking_the_music_ends_the_listening(window, store, qtbot) -> None:
    from companion.cli.listen import sync_bundled

    sync_bundled(store)
    player = window.services.player
    window.play_calm_music()
    assert player.state.value == "playing"
    window.services.sound.claim_music(object())  # what an Imagine session does
    assert player.state.value == "stopped"


def test_start_up_builds_only_home_and_pages_come_when_asked(
    qtbot, state, store, clock, tmp_path
) -> None:
    win = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(win)
    assert [name for name in PAGES if win.made(name)] == ["home"]
    win.home.breathe_button.click()
    assert win.made("breathe") and not win.made("history")
    win.close()
