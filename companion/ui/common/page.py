"""What every page is, and what it is handed: the one interface the shell builds pages by.

A page is a :class:`Page`: the shell builds it the first time it is shown (with
:class:`Services`), connects its three signals, shows it with an optional request, and asks
it to shut down when the window closes. Pages never build services themselves, never reach
for another page, and never touch the audio output or the database directly.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from companion.ui.common.dialogs import Dialogs, SystemDialogs

if TYPE_CHECKING:  # the services themselves are imported where they are built or first used
    from companion.services.audio.capture import Capture
    from companion.services.breathless_plan import BreathlessPlanStore
    from companion.services.history.data import HistoryData
    from companion.services.listen.playlist_store import PlaylistStore
    from companion.services.paths import AppPaths
    from companion.services.recordings import RecordingStore
    from companion.services.store import Store
    from companion.sessions.care_state import CarePlanState
    from companion.sessions.history_events import HistoryEvents
    from companion.sessions.player import Player
    from companion.sessions.sound import SoundPath
    from companion.sessions.speech_queue import SpeechService
    from companion.sessions.state import AppState
    from companion.sessions.stretch_state import StretchState
    from companion.ui.common.announce import Announcer


def open_capture() -> Capture:
    """The microphone (SDL's first capture device), opened when a recording begins."""
    from companion.services.audio.capture import open_capture as opened

    return opened()


@dataclass
class Services:
    """Everything a page may use, built once by the wiring (``companion.app``) and handed in.

    ``store`` is for the sessions' own records; pages read and change history through
    ``history`` and refresh when ``history_events.changed`` says so. ``announcer`` tells a
    screen reader what changed (phases, captions, steps, notices, safety messages).
    """

    state: AppState
    sound: SoundPath
    player: Player
    history_events: HistoryEvents
    paths: AppPaths
    announcer: Announcer
    store: Store | None = None
    speech: SpeechService | None = None
    dialogs: Dialogs = field(default_factory=SystemDialogs)
    now: Callable[[], float] = time.monotonic
    make_stretch_state: Callable[[], StretchState] | None = None
    known_pages: frozenset[str] = frozenset()  # the pages the window can open (registry)
    open_capture: Callable[[], Capture] = open_capture  # the microphone (tests feed a file)
    _stretch: StretchState | None = None
    _care: CarePlanState | None = None

    @property
    def history(self) -> HistoryData | None:
        """History queries and changes (None when the history file is unavailable)."""
        from companion.services.history.data import HistoryData

        return HistoryData(self.store) if self.store is not None else None

    @property
    def recordings(self) -> RecordingStore | None:
        """A loved one's recorded voice (None when the history file is unavailable)."""
        from companion.services.recordings import RecordingStore

        return RecordingStore(self.store) if self.store is not None else None

    @property
    def playlists(self) -> PlaylistStore | None:
        """The playlists (None when the history file is unavailable)."""
        from companion.services.listen.playlist_store import PlaylistStore

        return PlaylistStore(self.store) if self.store is not None else None

    @property
    def breathless_plan(self) -> BreathlessPlanStore:
        """The breathlessness action plan's file (the care team's words for "Breathless now")."""
        from companion.services.breathless_plan import BreathlessPlanStore

        return BreathlessPlanStore(self.paths.breathless_plan)

    @property
    def care(self) -> CarePlanState:
        """The care team's plan (in the history file; for this run only without one)."""
        if self._care is None:
            from companion.sessions.care_state import CarePlanState

            self._care = CarePlanState(self.store)
        return self._care

    @property
    def stretch(self) -> StretchState:
        """The stretch library and settings, loaded (off the GUI thread) on first use."""
        if self._stretch is None:
            if self.make_stretch_state is not None:
                self._stretch = self.make_stretch_state()
            else:
                from companion.sessions.stretch_state import StretchState
                from companion.ui.common.translations import current_language

                self._stretch = StretchState(None)
                self._stretch.load(current_language())
        stretch = self._stretch
        if not stretch.care_followed:  # once: limits an older stretch.json held join the plan
            stretch.care_followed = True
            care = self.care
            stretch.ready.connect(lambda: care.adopt(stretch.legacy))
            if stretch.loaded:
                care.adopt(stretch.legacy)
        return stretch


@dataclass(frozen=True)
class SessionKeys:
    """A session running on a page: its Pause (or Resume) and Stop, and whether it is paused.

    One-switch scanning offers only these two while a session runs (and rests on Pause while
    it runs, so nothing moves but the guide).
    """

    pause: QPushButton
    stop: QPushButton
    paused: bool


class Page(QWidget):
    """The base of every page.

    Signals:
        home_requested(): go back to Home.
        open_requested(str, object): show another page (its ``name``), with a request for it.
        notice(object): tell the person something: a sentence, or a
            :class:`~companion.core.problems.Problem` the window puts into words.
    """

    name: ClassVar[str] = ""

    home_requested = Signal()
    open_requested = Signal(str, object)
    notice = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services

    def show_request(self, request: object | None = None) -> None:
        """The page is being shown; ``request`` says what to open (from the command line,
        the tray or another page), or None for the page as it stands."""

    def shutdown(self) -> None:
        """The window is closing: stop whatever runs (it is kept in history as partial)."""

    def release(self) -> None:
        """The page is replaced by a new one (the language changed) while the app runs on:
        let go of what it alone holds (a microphone); what it shares (the music) goes on."""
        self.shutdown()

    @property
    def busy(self) -> bool:
        """Whether a session runs here (paused or not)."""
        return False

    def running_session(self) -> SessionKeys | None:
        """The running session's two controls, while one is on screen (else None)."""
        return None
