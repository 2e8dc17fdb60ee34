"""The main window: a notice area above the pages (home, breathe, listen, history, settings)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from companion.services.audio import AudioOutput
from companion.services.paths import AppPaths
from companion.services.playlist_store import PlaylistStore
from companion.services.store import Store
from companion.services.stretch_settings_store import StretchSettingsStore
from companion.ui.audio_pump import AudioPump
from companion.ui.breathing_page import BreathingPage
from companion.ui.help_page import HelpPage
from companion.ui.history_page import HistoryPage
from companion.ui.home_page import HomePage
from companion.ui.imagine_page import ImaginePage
from companion.ui.listen_page import ListenPage
from companion.ui.massage_page import MassagePage
from companion.ui.player import Player
from companion.ui.reminders import ReminderService
from companion.ui.settings_page import SettingsPage
from companion.ui.shortcuts import add_shortcut, shortcut_rows
from companion.ui.state import AppState
from companion.ui.stretch_page import StretchPage
from companion.ui.stretch_state import StretchState
from companion.ui.welcome_page import WelcomePage
from companion.ui.widgets import make_button, make_label


class _HasAudio(Protocol):
    def set_audio(self, audio: AudioOutput) -> None: ...


class NoticeArea(QWidget):
    """Plain-language messages about anything missing or repaired, each dismissible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.messages: list[str] = []

    def add(self, text: str) -> None:
        """Show ``text`` (once) until the user dismisses it."""
        if not text or text in self.messages:
            return
        self.messages.append(text)
        frame = QFrame()
        frame.setProperty("role", "notice")
        row = QHBoxLayout(frame)
        label = make_label(text)
        label.setAccessibleName(text)
        close = make_button(self.tr("OK"), self.tr("Dismiss this message"))

        def dismiss() -> None:
            self.messages.remove(text)
            frame.deleteLater()

        close.clicked.connect(dismiss)
        row.addWidget(label, 1)
        row.addWidget(close)
        self._layout.addWidget(frame)


class MainWindow(QMainWindow):
    """Companion's one window.

    Signals:
        closing(): the window is about to close (the running session has been saved).
        audio_ready(): the audio output has been handed to the pages (see set_audio).
    """

    closing = Signal()
    audio_ready = Signal()

    def __init__(
        self,
        state: AppState,
        store: Store | None,
        now: Callable[[], float] = time.monotonic,
        stretch_state: StretchState | None = None,
        parent: QWidget | None = None,
        data_dir: Path | None = None,
        paths: AppPaths | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Companion"))
        self.setMinimumSize(720, 560)
        self.resize(960, 760)
        self.state = state
        self.notices = NoticeArea()
        self.home = HomePage()
        self.breathing = BreathingPage(state, store, now=now)
        self.history = HistoryPage(store)
        self.settings = SettingsPage(state)
        self.pump = AudioPump(self)
        self.player = Player(store, now=now, parent=self)
        self.listen = ListenPage(state, PlaylistStore(store) if store else None, self.player)
        if stretch_state is None:  # the library loads off the GUI thread
            stretch_state = StretchState(StretchSettingsStore.default())
            stretch_state.load()
        self.stretch = StretchPage(state, store, stretch_state, now=now)
        self.massage = MassagePage(state, store, stretch_state, now=now)
        self.imagine = ImaginePage(state, store, data_dir, now=now)
        paths = paths or AppPaths.default()
        self.welcome = WelcomePage(paths)
        self.help = HelpPage(paths, shortcut_rows())
        self.reminders = ReminderService(state, parent=self)
        self.audio: AudioOutput | None = None
        # Pages that play sound get the audio output once it is open (see set_audio).
        self._audio_pages: list[_HasAudio] = [
            self.pump,
            self.listen,
            self.imagine,
            self.stretch,
            self.massage,
            self.reminders,
        ]
        # Every page but home has a way back to it.
        away_pages: list[Any] = [
            self.breathing,
            self.history,
            self.settings,
            self.imagine,
            self.listen,
            self.stretch,
            self.massage,
            self.help,
        ]
        self.pages = QStackedWidget()
        for page in (self.home, *away_pages, self.welcome):
            self.pages.addWidget(page)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.notices)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.home.breathe_requested.connect(self.show_breathing)
        self.home.history_requested.connect(self.show_history)
        self.home.settings_requested.connect(self.show_settings)
        self.home.imagine_requested.connect(self.show_imagine)
        self.home.help_requested.connect(self.show_help)
        self.help.welcome_requested.connect(self.show_welcome)
        self.welcome.done.connect(self._welcome_done)
        self.reminders.reminded.connect(self.notices.add)
        self.reminders.open_requested.connect(self._bring_to_front)
        self.reminders.breathe_requested.connect(self._tray_breathe)
        self.reminders.music_requested.connect(self._tray_music)
        add_shortcut(self, Qt.Key.Key_F1, self.show_help, Qt.ShortcutContext.WindowShortcut)
        self.home.listen_requested.connect(self.show_listen)
        self.home.calm_music_requested.connect(self.play_calm_music)
        self.home.stretch_requested.connect(self.show_stretch)
        self.stretch.massage_requested.connect(self.show_massage)
        for page in away_pages:
            page.home_requested.connect(self.show_home)
        for page in (
            self.breathing,
            self.history,
            self.imagine,
            self.listen,
            self.stretch,
            self.massage,
        ):
            page.notice.connect(self.notices.add)
        # One music stream: when Imagine starts its soundscape, the Listen player stops.
        self.imagine.music_claimed.connect(self.player.release)
        self.pump.reported.connect(self.player.on_audio_event)
        self.player.state_changed.connect(lambda _state: self.pump.wake())
        self.player.track_changed.connect(lambda _index: self.home.show_playing(self.player))
        state.notice.connect(self.notices.add)

    def set_audio(self, audio: AudioOutput) -> None:
        """The audio output is open (or known to be silent): hand it to every page that sounds."""
        self.audio = audio
        for page in self._audio_pages:
            page.set_audio(audio)
        self.audio_ready.emit()

    def show_welcome(self) -> None:
        """The first-run welcome (also from Help)."""
        self._show(self.welcome)
        self.welcome.begin_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_help(self) -> None:
        """Questions and answers, the keyboard, where data lives."""
        self._show(self.help)

    def _welcome_done(self) -> None:
        self.state.update(welcome_done=True)
        self.show_home()

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _tray_breathe(self) -> None:
        self._bring_to_front()
        self.show_breathing()

    def _tray_music(self) -> None:
        self._bring_to_front()
        self.play_calm_music()

    def show_home(self) -> None:
        """Back to the tiles."""
        self._show(self.home)
        self.home.breathe_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_breathing(self) -> None:
        """The breathing page (its setup, unless a session runs)."""
        self.breathing.show_setup()
        self._show(self.breathing)

    def show_imagine(self) -> None:
        """The Imagine page (its list of scripts, unless one is being read)."""
        self.imagine.show_chooser()
        self._show(self.imagine)

    def show_stretch(self, item_id: str | None = None) -> None:
        """The Stretch page; with ``item_id``, start that routine or movement (once loaded)."""
        self._show(self.stretch)
        if item_id:
            self.stretch.open(item_id)
        else:
            self.stretch.show_setup()

    def show_massage(self) -> None:
        """The caregiver's hand-massage guide (its precautions check, unless one runs)."""
        self.massage.show_check()
        self._show(self.massage)

    def show_history(self) -> None:
        """History, freshly loaded."""
        self.history.refresh()
        self._show(self.history)

    def show_listen(self) -> None:
        """Playlists and the player."""
        self.listen.refresh()
        self._show(self.listen)

    def play_calm_music(self) -> None:
        """The home screen's one press: calming music, faded in, and the player shown."""
        self.show_listen()
        self.listen.play_calm()

    def show_settings(self) -> None:
        """Settings."""
        self._show(self.settings)

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def changeEvent(self, event: QEvent) -> None:
        # A minimised window draws nothing: stop the animation, keep the session and sound.
        if event.type() == QEvent.Type.WindowStateChange:
            session = self.breathing.session
            running = session is not None and session.running
            self.breathing.circle.set_animating(running and not self.isMinimized())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.breathing.stop()  # a running session is kept as partial
        self.imagine.stop()
        self.stretch.stop()
        self.massage.stop()
        self.player.shutdown()  # and so is the listening
        self.pump.stop()
        self.reminders.stop()
        self.closing.emit()
        super().closeEvent(event)
