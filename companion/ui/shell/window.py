"""The main window: notices above one page at a time, pages built when first shown.

The window knows pages only through :class:`~companion.ui.common.page.Page` and the
registry; it builds none of the services (the wiring in ``companion.app`` hands them in).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from companion.core.preferences import Preferences
from companion.core.problems import Problem
from companion.ui.common.page import Page, Services
from companion.ui.common.press_guard import PressGuard
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.shell.notices import NoticeArea
from companion.ui.shell.registry import PAGES
from companion.ui.shell.reminders import ReminderService

if TYPE_CHECKING:
    from companion.core.preferences import Preferences
    from companion.ui.home.page import HomePage
    from companion.ui.shell.scanning import SwitchScanner

P = TypeVar("P", bound=Page)

FIRST_SIZE = (960, 760)
MINIMUM_SIZE = (720, 560)


class MainWindow(QMainWindow):
    """Companion's one window.

    Signals:
        closing(): the window is about to close (the running session has been saved).
    """

    closing = Signal()

    def __init__(
        self,
        services: Services,
        reminders: ReminderService | None = None,
        parent: QWidget | None = None,
        open_home: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Companion"))
        self.setMinimumSize(*MINIMUM_SIZE)
        self.resize(*FIRST_SIZE)
        self.services = services
        self.state = services.state
        # The window owns the long-lived sound, player and history objects: they are
        # destroyed with it, on the GUI thread (a Qt timer must never die on a worker).
        owned_objects = (
            services.sound,
            services.player,
            services.history_events,
            services.announcer,
        )
        for owned in owned_objects:
            owned.setParent(self)
        self._made: dict[str, Page] = {}
        # Tremor: one guard for every button and key of the app (off until chosen)
        self.press_guard = PressGuard(services.state, services.now, self)
        self.notices = NoticeArea(services.announcer)
        self.pages = QStackedWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.notices)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.reminders = reminders or ReminderService(services.state, services.sound, parent=self)
        self.reminders.reminded.connect(self.notices.add)
        self.reminders.open_requested.connect(self._bring_to_front)
        self.reminders.breathe_requested.connect(lambda: self._from_tray("breathe"))
        self.reminders.breathless_requested.connect(self.breathless_now)
        self.reminders.music_requested.connect(self.play_calm_music)
        services.sound.problem.connect(lambda code: self.notices.add(Problem(f"audio.{code}")))
        services.sound.speech_problem.connect(lambda code: self.notices.add(Problem(code)))
        services.state.notice.connect(self.notices.add)
        services.care.notice.connect(self.notices.add)
        for problem in services.care.problems:
            self.notices.add(problem)
        window_wide = Qt.ShortcutContext.WindowShortcut
        add_shortcut(self, Qt.Key.Key_F1, lambda: self.open("help"), window_wide)
        add_shortcut(self, Qt.Key.Key_F2, self.breathless_now, window_wide)
        # One switch: the ring steps through every control; made (with its 1,100 lines) only
        # once switch access is chosen, for this run or in Settings
        self._scanner: SwitchScanner | None = None
        services.state.changed.connect(self._follow_switch_access)
        self._follow_switch_access(services.state.prefs)
        self._language = services.state.prefs.language
        self._stale: set[str] = set()  # pages built in the language before (kept while busy)
        self._parked = QWidget(self)  # pages of a language before (see _drop), never shown
        self._parked.hide()
        self._parked_pages: list[Page] = []
        services.state.changed.connect(self._language_chosen)
        if open_home:  # else the caller opens the page it was asked for (the home comes later)
            self.open("home")

    @property
    def scanner(self) -> SwitchScanner:
        """One-switch scanning (made the first time it is wanted)."""
        if self._scanner is None:
            from companion.ui.shell.scanning import SwitchScanner

            self._scanner = SwitchScanner(self, self.services, self.press_guard, self.current, self)
        return self._scanner

    def _follow_switch_access(self, prefs: Preferences) -> None:
        if prefs.switch_access and self._scanner is None:
            _ = self.scanner  # it follows the preference itself from now on

    @property
    def home(self) -> HomePage:
        """The home page (built the first time it is wanted)."""
        return cast("HomePage", self.page_named("home"))

    # -- pages, built when first needed -------------------------------------------------

    def page_named(self, name: str) -> Page:
        """The page called ``name`` (see the registry), built and wired the first time."""
        page = self._made.get(name)
        if page is not None:
            return page
        page = PAGES[name]()(self.services)
        self._made[name] = page
        self.pages.addWidget(page)
        page.home_requested.connect(lambda: self.open("home"))
        page.open_requested.connect(self.open)
        page.notice.connect(self.notices.add)
        return page

    def page(self, cls: type[P]) -> P:
        """The page of class ``cls``, built if need be (typed access for tests and tools)."""
        return cast(P, self.page_named(cls.name))

    def made(self, name: str) -> bool:
        """Whether the page called ``name`` has been built yet."""
        return name in self._made

    def build_all_pages(self) -> None:
        """Build every page now (the accessibility walk and the screenshots want them all)."""
        for name in PAGES:
            self.page_named(name)

    def open(self, name: str, request: object | None = None) -> Page:
        """Show the page called ``name``; ``request`` says what to open there."""
        if name in self._stale and not self._made[name].busy:
            self._drop(name)  # built in the language before, and free now: built again
        page = self.page_named(name)
        self.pages.setCurrentWidget(page)
        page.show_request(request)
        return page

    # -- the language, switched without a restart ------------------------------------------

    def _language_chosen(self, prefs: Preferences) -> None:
        if prefs.language == self._language:
            return
        from PySide6.QtWidgets import QApplication

        from companion.ui.common.translations import install_translations

        self._language = prefs.language
        install_translations(QApplication.instance(), prefs.language, again=True)
        self.retranslate()

    def retranslate(self) -> None:
        """Show everything in the interface language installed now: the window's own words,
        the tray, and every page built again (the one on screen reopened where it was; a page
        running a session is kept until it is free, then built again when next opened)."""
        from companion.ui.common.translations import current_language

        self.setWindowTitle(self.tr("Companion"))
        self.reminders.retranslate()
        stretch = getattr(self.services, "_stretch", None)
        if stretch is not None and stretch.loaded:
            stretch.load(current_language())  # the guides in the new language (ready follows)
        current = self.current().name if self.pages.currentWidget() is not None else "home"
        for name in list(self._made):
            if self._made[name].busy:
                self._stale.add(name)
            else:
                self._drop(name)
        if current not in self._made:
            self.open(current)

    def _drop(self, name: str) -> None:
        page = self._made.pop(name)
        self._stale.discard(name)
        page.release()
        self.pages.removeWidget(page)
        page.hide()
        # Kept, not deleted: pages connect lambdas to long-lived objects (the preferences,
        # the player), which would then call into a deleted widget. A language is chosen
        # rarely, so the old pages' memory is the smaller cost.
        page.setParent(self._parked)
        self._parked_pages.append(page)

    def current(self) -> Page:
        """The page on screen."""
        return cast(Page, self.pages.currentWidget())

    def breathless_now(self) -> None:
        """The one press for an attack of breathlessness: "Breathless now", at once."""
        self._bring_to_front()
        self.open("breathless")

    def play_calm_music(self) -> None:
        """The one press for calming music: the Calm playlist, faded in, and the player shown."""
        from companion.services.audio.soundscapes import CALM_PLAYLIST

        self._bring_to_front()
        self.open("listen", CALM_PLAYLIST)

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _from_tray(self, name: str) -> None:
        self._bring_to_front()
        self.open(name)

    # -- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._made.values():
            page.shutdown()  # a running session is kept as partial
        self.services.player.shutdown()  # and so is the listening
        self.services.sound.stop()
        self.reminders.stop()
        if self._scanner is not None:
            self._scanner.shutdown()
        self.closing.emit()
        super().closeEvent(event)
