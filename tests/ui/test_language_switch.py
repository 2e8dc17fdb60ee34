"""Settings → Language: the whole window changes language at once, without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from companion.core.breathing import Pattern
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.common.translations import current_language, install_translations
from companion.ui.home.page import HomePage
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.window import MainWindow
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, qapp, state, store, clock, tmp_path):
    w = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    install_translations(qapp, "en", again=True)


def _texts(page) -> set[str]:  # type: ignore[no-untyped-def]
    return {label.text() for label in page.findChildren(QLabel)}


def test_choosing_deutsch_shows_every_page_in_german(qtbot, window, state) -> None:
    settings = window.open("settings")
    assert isinstance(settings, SettingsPage) and "Settings" in _texts(settings)
    home_before = window.home
    qtbot.mouseClick(settings.language_chips.buttons["de"], LEFT)
    assert state.prefs.language == "de" and current_language() == "de"
    now = window.current()
    assert isinstance(now, SettingsPage) and now is not settings  # built again, still here
    assert "Einstellungen" in _texts(now) and "Settings" not in _texts(now)
    assert now.language_chips.current() == "de"
    home = window.open("home")
    assert isinstance(home, HomePage) and home is not home_before
    shown = _texts(home) | {b.text() for b in home.findChildren(QAbstractButton)}
    assert "Jetzt atmen" in " ".join(shown) or QCoreApplication.translate(
        "HomePage", "Breathe now"
    ) in " ".join(shown)
    assert "Breathe now" not in " ".join(shown)
    assert window.windowTitle() == "Companion"
    qtbot.mouseClick(window.open("settings").language_chips.buttons["en"], LEFT)
    assert current_language() == "en" and "Settings" in _texts(window.current())


def test_the_choice_is_kept_and_read_at_the_next_start(qtbot, window, state, settings_path) -> None:
    settings = window.open("settings")
    qtbot.mouseClick(settings.language_chips.buttons["es"], LEFT)
    assert '"language": "es"' in settings_path.read_text("utf-8")
    qtbot.mouseClick(window.current().language_chips.buttons["system"], LEFT)
    assert state.prefs.language == "system" and current_language() == "en"  # tests: no LANGUAGE


def test_a_running_session_is_kept_and_its_page_changes_when_it_is_free(
    qtbot, window, clock
) -> None:
    breathing = window.page(BreathingPage)
    window.open("breathe")
    breathing.show_request(BreathingRequest(Pattern(4, 6), "calm", 60.0))
    clock.advance(2)
    assert breathing.busy
    settings = window.open("settings")
    qtbot.mouseClick(settings.language_chips.buttons["es"], LEFT)
    assert window.page(BreathingPage) is breathing and breathing.busy  # not cut short
    breathing.stop()
    again = window.open("breathe")
    assert again is not breathing
    assert QCoreApplication.translate("SessionPage", "Start") in {
        b.text() for b in again.findChildren(type(again.start_button))
    }


@pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface")  # offscreen: no tray
def test_the_tray_menu_speaks_the_language_and_changes_with_it(qtbot, qapp, state, keeper) -> None:
    from datetime import time

    from companion.core.reminders import Reminder
    from companion.ui.shell.reminders import ReminderService

    install_translations(qapp, "de", again=True)
    try:
        service = ReminderService(state, tray_available=lambda: True, parent=keeper)
        state.update(reminders_on=True, reminders=(Reminder(time(9, 0), "Morgens"),))
        assert service.tray is not None and service._menu is not None
        german = [a.text() for a in service._menu.actions()]
        assert german[0] == QCoreApplication.translate("ReminderService", "Breathless now")
        assert "Breathless now" not in german and "Companion" in service.tray.toolTip()
        install_translations(qapp, "es", again=True)
        service.retranslate()
        spanish = [a.text() for a in service._menu.actions()]
        assert spanish != german and "Breathless now" not in spanish
    finally:
        install_translations(qapp, "en", again=True)
    service.retranslate()
    assert service._menu.actions()[0].text() == "Breathless now"
