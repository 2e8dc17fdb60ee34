"""First-run welcome, Help, and gentle reminders (tray message or notice, quiet at night)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from companion.core.reminders import Reminder
from companion.sessions.sound import SoundPath
from companion.ui.help.page import HelpPage
from companion.ui.help.welcome import WelcomePage
from companion.ui.settings.reminders import ReminderSettings
from companion.ui.shell.reminders import ReminderService
from companion.ui.shell.window import MainWindow
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

TZ = timezone(timedelta(hours=1))


class WallClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    win = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_welcome_says_what_it_is_and_is_not_and_is_remembered(window, state, qtbot) -> None:
    welcome = window.open("welcome")
    text = " ".join(label.text() for label in welcome.findChildren(QLabel))
    assert "not a replacement for your care team" in text
    assert "care team" in text and "history.db" in text
    qtbot.mouseClick(window.page(WelcomePage).skip_button, Qt.MouseButton.LeftButton)
    assert state.prefs.welcome_done is True
    assert window.current() is window.home


def test_help_opens_with_f1_lists_questions_and_keys_and_shows_the_welcome(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_page = window.page(HelpPage)
    assert window.current() is help_page
    assert len(help_page.questions) >= 8
    assert "Ctrl+Up" in help_page.keys_label.text()
    qtbot.mouseClick(help_page.welcome_button, Qt.MouseButton.LeftButton)
    assert window.current() is window.page(WelcomePage)
    window.open("home")
    qtbot.mouseClick(window.home.help_button, Qt.MouseButton.LeftButton)
    assert window.current() is help_page


def test_a_due_reminder_becomes_a_notice_without_a_tray_and_sounds_only_by_day(
    qtbot, state, keeper
) -> None:
    wall = WallClock(datetime(2026, 11, 23, 14, 59, tzinfo=TZ))
    sound = SoundPath(state, parent=keeper)
    audio = RecordingAudio()
    sound.bind(audio)
    service = ReminderService(state, sound, now=wall, tray_available=lambda: False, parent=keeper)
    seen: list[str] = []
    service.reminded.connect(seen.append)
    tea = Reminder(time(15, 0), "Tea and a rest", sound=True)
    sleep = Reminder(time(21, 30), "Before sleep", sound=True)
    state.update(reminders_on=True, reminders=(tea, sleep))
    assert service.active and service.tray is None
    wall.now += timedelta(minutes=2)
    assert service.check() == [tea]
    assert seen == ["Reminder: Tea and a rest"]
    assert [stem for stem, _ in audio.played] == ["end"]
    wall.now = datetime(2026, 11, 23, 21, 31, tzinfo=TZ)
    service._last = wall.now - timedelta(minutes=2)
    assert service.check() == [sleep]
    assert len(audio.played) == 1  # night: silent unless asked
    state.update(reminders_on=False)
    assert not service.active


# The offscreen platform has no tray; Qt says so while the icon is made anyway.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_reminders_are_off_by_default_and_use_the_tray_when_there_is_one(
    qtbot, state, keeper
) -> None:
    service = ReminderService(state, tray_available=lambda: True, parent=keeper)
    assert not service.active and service.tray is None
    state.update(reminders_on=True, reminders=(Reminder(time(9, 0), "Morning"),))
    assert service.tray is not None and service.tray.isVisible()
    state.update(reminders_on=False)
    assert not service.tray.isVisible()


def test_reminder_settings_add_and_remove(qtbot, state) -> None:
    widget = ReminderSettings(state)
    qtbot.addWidget(widget)
    widget.label_edit.setText("  ")
    widget.add()
    assert "needs a few words" in widget.message.text()
    for _ in range(2):  # 21:00 → 21:30, a quarter of an hour a press
        qtbot.mouseClick(widget.time_edit.plus, Qt.MouseButton.LeftButton)
    widget.label_edit.setText("Before   sleep")
    widget.sound.setChecked(True)
    widget.add()
    assert state.prefs.reminders == (Reminder(time(21, 30), "Before sleep", True),)
    assert state.prefs.reminders_on is True
    assert widget.times.count() == 1 and "21:30" in widget.times.item(0).text()
    widget.times.setCurrentRow(0)
    widget.remove()
    assert state.prefs.reminders == ()


def test_help_about_shows_the_licences(qtbot, state, store, clock, tmp_path) -> None:
    page = HelpPage(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(page)
    text = page.about_label.text()
    assert "GPL-3.0-or-later" in text and "no warranty" in text
    assert "espeak-ng" in text and "LGPL-3.0-only" in text and "mutagen" in text
