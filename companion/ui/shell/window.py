"""The main window: a notice area above the pages (home, breathe, listen, history, settings)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from companion.services.audio.output import AudioOutput
from companion.services.paths import AppPaths
from companion.services.store import Store
from companion.sessions.audio_pump import AudioPump
from companion.sessions.player import Player
from companion.sessions.state import AppState
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import make_button, make_label
from companion.ui.home.page import HomePage
from companion.ui.shell.reminders import ReminderService

if TYPE_CHECKING:
    from companion.services.audio.cues import BreathCues
    from companion.services.speech import SpeechRenderer
    from companion.sessions.stretch_state import StretchState
    from companion.ui.breathe.page import BreathingPage
    from companion.ui.help.page import HelpPage
    from companion.ui.help.welcome import WelcomePage
    from companion.ui.history.page import HistoryPage
    from companion.ui.imagine.page import ImaginePage
    from companion.ui.listen.page import ListenPage
    from companion.ui.massage.page import MassagePage
    from companion.ui.settings.page import SettingsPage
    from companion.ui.stretch.page import StretchPage


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
        self._store = store
        self._now = now
        self._stretch_state = stretch_state
        self._data_dir = data_dir
        self._paths = paths or AppPaths.default()
        self.audio: AudioOutput | None = None
        self._cues: BreathCues | None = None
        self._speech: SpeechRenderer | None = None
        self._colours: tuple[str, str] | None = None
        # Pages are built the first time they are shown (start-up builds home only).
        self._made: dict[str, QWidget] = {}
        self.notices = NoticeArea()
        self.home = HomePage()
        self.pump = AudioPump(self)
        self.player = Player(store, now=now, parent=self)
        self.reminders = ReminderService(state, parent=self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.home)
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
        self.home.listen_requested.connect(self.show_listen)
        self.home.calm_music_requested.connect(self.play_calm_music)
        self.home.stretch_requested.connect(self.show_stretch)
        self.reminders.reminded.connect(self.notices.add)
        self.reminders.open_requested.connect(self._bring_to_front)
        self.reminders.breathe_requested.connect(self._tray_breathe)
        self.reminders.music_requested.connect(self._tray_music)
        add_shortcut(self, Qt.Key.Key_F1, self.show_help, Qt.ShortcutContext.WindowShortcut)
        self.pump.reported.connect(self.player.on_audio_event)
        self.player.state_changed.connect(lambda _state: self.pump.wake())
        self.player.track_changed.connect(lambda _index: self.home.show_playing(self.player))
        state.notice.connect(self.notices.add)

    # -- pages, built when first needed -------------------------------------------------

    def _page(self, name: str) -> Any:
        page = self._made.get(name)
        if page is not None:
            return page
        page = getattr(self, f"_build_{name}")()
        self._made[name] = page
        self.pages.addWidget(page)
        if hasattr(page, "home_requested"):
            page.home_requested.connect(self.show_home)
        if hasattr(page, "notice"):
            page.notice.connect(self.notices.add)
        if self.audio is not None and hasattr(page, "set_audio"):
            page.set_audio(self.audio)
        self._paint(name, page)
        return page

    PAGE_NAMES = (
        "breathing",
        "history",
        "settings",
        "listen",
        "stretch",
        "massage",
        "imagine",
        "welcome",
        "help",
    )

    def build_all_pages(self) -> None:
        """Build every page now (the accessibility walk and the screenshots want them all)."""
        for name in self.PAGE_NAMES:
            self._page(name)

    def made(self, name: str) -> bool:
        """Whether the page called ``name`` has been built yet."""
        return name in self._made

    def _build_breathing(self) -> BreathingPage:
        from companion.ui.breathe.page import BreathingPage

        page = BreathingPage(self.state, self._store, cues=self._cues, now=self._now)
        return page

    def _build_history(self) -> HistoryPage:
        from companion.ui.history.page import HistoryPage

        return HistoryPage(self._store)

    def _build_settings(self) -> SettingsPage:
        from companion.ui.settings.page import SettingsPage

        return SettingsPage(self.state)

    def _build_listen(self) -> ListenPage:
        from companion.services.listen.playlist_store import PlaylistStore
        from companion.ui.listen.page import ListenPage

        playlists = PlaylistStore(self._store) if self._store else None
        return ListenPage(self.state, playlists, self.player)

    def _stretch_library(self) -> StretchState:
        if self._stretch_state is None:  # the library loads off the GUI thread
            from companion.services.stretch.settings_store import StretchSettingsStore
            from companion.sessions.stretch_state import StretchState

            self._stretch_state = StretchState(StretchSettingsStore.default())
            self._stretch_state.load()
        return self._stretch_state

    def _build_stretch(self) -> StretchPage:
        from companion.ui.stretch.page import StretchPage

        page = StretchPage(self.state, self._store, self._stretch_library(), now=self._now)
        page.massage_requested.connect(self.show_massage)
        if self._speech is not None:
            speech = self._speech
            page.set_speech(lambda text: speech.render(text, rate_wpm=120))
        return page

    def _build_massage(self) -> MassagePage:
        from companion.ui.massage.page import MassagePage

        return MassagePage(self.state, self._store, self._stretch_library(), now=self._now)

    def _build_imagine(self) -> ImaginePage:
        from companion.ui.imagine.page import ImaginePage

        page = ImaginePage(self.state, self._store, self._data_dir, now=self._now)
        # One music stream: when Imagine starts its soundscape, the Listen player stops.
        page.music_claimed.connect(self.player.release)
        if self._speech is not None:
            page.set_speech(self._speech)
        return page

    def _build_welcome(self) -> WelcomePage:
        from companion.ui.help.welcome import WelcomePage

        page = WelcomePage(self._paths)
        page.done.connect(self._welcome_done)
        return page

    def _build_help(self) -> HelpPage:
        from companion.ui.common.shortcuts import shortcut_rows
        from companion.ui.help.page import HelpPage

        page = HelpPage(self._paths, shortcut_rows())
        page.welcome_requested.connect(self.show_welcome)
        return page

    @property
    def breathing(self) -> BreathingPage:
        """The breathing page."""
        return cast("BreathingPage", self._page("breathing"))

    @property
    def history(self) -> HistoryPage:
        """The history page."""
        return cast("HistoryPage", self._page("history"))

    @property
    def settings(self) -> SettingsPage:
        """The settings page."""
        return cast("SettingsPage", self._page("settings"))

    @property
    def listen(self) -> ListenPage:
        """Playlists and the player."""
        return cast("ListenPage", self._page("listen"))

    @property
    def stretch(self) -> StretchPage:
        """The stretch guide."""
        return cast("StretchPage", self._page("stretch"))

    @property
    def massage(self) -> MassagePage:
        """The caregiver's hand-massage guide."""
        return cast("MassagePage", self._page("massage"))

    @property
    def imagine(self) -> ImaginePage:
        """Spoken guided imagery."""
        return cast("ImaginePage", self._page("imagine"))

    @property
    def welcome(self) -> WelcomePage:
        """The first-run welcome."""
        return cast("WelcomePage", self._page("welcome"))

    @property
    def help(self) -> HelpPage:
        """Help."""
        return cast("HelpPage", self._page("help"))

    # -- services handed over once they are ready ----------------------------------------

    def set_cues(self, cues: BreathCues) -> None:
        """The breathing cues (made once the audio output is open)."""
        self._cues = cues
        if self.made("breathing"):
            self.breathing.set_cues(cues)

    def set_speech(self, speech: SpeechRenderer) -> None:
        """The speech renderer Imagine and spoken stretch cues use."""
        self._speech = speech
        if self.made("imagine"):
            self.imagine.set_speech(speech)
        if self.made("stretch"):
            self.stretch.set_speech(lambda text: speech.render(text, rate_wpm=120))

    def set_colours(self, fill: str, edge: str) -> None:
        """The theme's colours for the breathing circle and the figures."""
        self._colours = (fill, edge)
        for name, page in self._made.items():
            self._paint(name, page)

    def _paint(self, name: str, page: Any) -> None:
        if self._colours is None:
            return
        drawing = {"breathing": "circle", "imagine": "circle", "stretch": "figure"}
        drawing["massage"] = "figure"
        if name in drawing:
            getattr(page, drawing[name]).set_colours(*self._colours)

    def set_audio(self, audio: AudioOutput) -> None:
        """The audio output is open (or known to be silent): hand it to every page that sounds."""
        self.audio = audio
        self.pump.set_audio(audio)
        self.reminders.set_audio(audio)
        for page in self._made.values():
            if hasattr(page, "set_audio"):
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
        if event.type() == QEvent.Type.WindowStateChange and self.made("breathing"):
            session = self.breathing.session
            running = session is not None and session.running
            self.breathing.circle.set_animating(running and not self.isMinimized())
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for name in ("breathing", "imagine", "stretch", "massage"):
            if self.made(name):
                self._made[name].stop()  # type: ignore[attr-defined]  # kept as partial
        self.player.shutdown()  # and so is the listening
        self.pump.stop()
        self.reminders.stop()
        self.closing.emit()
        super().closeEvent(event)
