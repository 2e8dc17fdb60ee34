"""The wiring: build the services, the window and its first page, then run the event loop.

The window is shown before pygame is imported and before the speech worker starts; the
sound device opens on a worker right after (already while the window is built, for
``companion listen``), and is bound to the sound path when it is ready: whatever asked for
sound before that waits there, nothing is lost.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_ID, __version__
from companion.cli.launch import BreatheLaunch, ImagineLaunch, Launch, MeditateLaunch
from companion.core.breathing import DEFAULT_PRESET, PRESETS, parse_pattern, session_seconds
from companion.core.preferences import Preferences
from companion.core.problems import Problem
from companion.services.paths import AppPaths, assets_dir
from companion.services.store import Store, StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from companion.services.audio.output import AudioOutput
    from companion.services.listen.measure import Measurer
    from companion.services.speech import SpeechRenderer
    from companion.sessions.breathing import BreathingRequest
    from companion.sessions.speech_queue import SpeechService
    from companion.sessions.state import AppState
    from companion.sessions.stretch_state import StretchState
    from companion.ui.common.dialogs import Dialogs
    from companion.ui.common.page import Services
    from companion.ui.shell.window import MainWindow

log = logging.getLogger("companion")

__all__ = ["Launch", "app_icon_path", "run_gui"]


def app_icon_path() -> Path:
    """The app's SVG icon (also installed as ``<APP_ID>.svg`` in the icon theme)."""
    return assets_dir() / "icons" / f"{APP_ID}.svg"


def breathing_request(launch: BreatheLaunch, prefs: Preferences) -> BreathingRequest:
    """The session ``companion breathe`` asked for (``custom``: the user's own pattern)."""
    from companion.sessions.breathing import BreathingRequest

    preset_id = launch.preset or ("pattern" if launch.pattern else DEFAULT_PRESET)
    if preset_id == "custom":
        pattern = prefs.custom.pattern()
    elif launch.pattern:
        pattern = parse_pattern(launch.pattern)
    else:
        pattern = PRESETS[preset_id].pattern
    return BreathingRequest(pattern, preset_id, session_seconds(launch.minutes))


def build_services(
    state: AppState,
    store: Store | None,
    paths: AppPaths,
    speech: SpeechService | None = None,
    now: Callable[[], float] = time.monotonic,
    dialogs: Dialogs | None = None,
    make_stretch_state: Callable[[], StretchState] | None = None,
    make_measurer: Callable[[], Measurer] | None = None,
) -> Services:
    """Everything the pages are handed, built in one place (the app, tests, tools).

    ``make_measurer`` makes what measures a family's music (by default a worker process).
    """
    from companion.services.listen.measure import WorkerMeasurer
    from companion.sessions.history_events import HistoryEvents
    from companion.sessions.levels import TrackLevels
    from companion.sessions.player import Player
    from companion.sessions.sound import SoundPath
    from companion.ui.common.announce import Announcer
    from companion.ui.common.page import Services
    from companion.ui.common.sheet import SheetDialogs
    from companion.ui.shell.registry import PAGES

    sound = SoundPath(state, speech, now=now)
    levels = TrackLevels(store, make_measurer or WorkerMeasurer)
    player = Player(store, sound, now=now, levels=levels)
    levels.setParent(player)
    if store is not None:
        sound.family_cues = lambda: _recorded_cues(store)
    return Services(
        state=state,
        sound=sound,
        player=player,
        history_events=HistoryEvents(store),
        paths=paths,
        announcer=Announcer(state),
        store=store,
        speech=speech,
        dialogs=dialogs or SheetDialogs(),
        now=now,
        make_stretch_state=make_stretch_state,
        known_pages=frozenset(PAGES),
    )


def _recorded_cues(store: Store) -> dict[str, bytes]:
    """The breathing cues a loved one recorded, by cue name."""
    from companion.services.recordings import CUE, RecordingStore

    recordings = RecordingStore(store)
    return {r.words: recordings.audio(r.id) for r in recordings.listed(CUE)}


def run_gui(launch: Launch) -> int:
    """Open the window (on the page the launch asks for) and run until it closes."""
    from companion.services.settings import SettingsStore
    from companion.services.speech import SpeechRenderer
    from companion.ui.source_reads import read_sources_lightly

    paths = AppPaths.default()
    settings = SettingsStore(paths.settings)
    prefs = settings.load()
    # one worker process, started on first use (or now, for a script asked for by name)
    speech = SpeechRenderer(paths.cache, voices_dir=paths.voices)
    if isinstance(launch.request, ImagineLaunch):
        _speak_ahead(speech, launch.request, prefs, paths)

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    read_sources_lightly()  # before the window's modules are imported
    from companion.sessions.state import AppState
    from companion.ui.common.theme import apply_theme
    from companion.ui.common.translations import install_translations
    from companion.ui.shell.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translations(app, prefs.language)
    app.setApplicationName("Companion")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    opening = _open_audio() if launch.open_audio_early else None

    notices: list[str | Problem] = list(settings.notices)
    store = _open_store(paths, notices)
    state = AppState(prefs, settings)
    if launch.switch_access:
        state.override(switch_access=True)  # for this run; Settings keeps its own choice
    services = build_services(state, store, paths, speech, make_stretch_state=_stretch_state)
    sound = services.sound
    # Asked for a page, the window opens straight on it: Home is built when first wanted.
    window = MainWindow(services, open_home=launch.page is None)
    undo_hook = _report_unexpected(window)
    _handle_termination(app, window.close)  # from here on, SIGTERM closes the window cleanly
    applied = [(prefs.theme, prefs.text_scale)]

    def restyle(new: Preferences) -> None:  # restyling every page is slow: only on a change
        if (new.theme, new.text_scale) != applied[0]:
            applied[0] = (new.theme, new.text_scale)
            apply_theme(app, new.theme, new.text_scale)

    state.changed.connect(restyle)
    # after building: styled before, each widget is styled as it is made (measured slower)
    apply_theme(app, prefs.theme, prefs.text_scale)
    for text in notices:
        window.notices.add(text)
    _open_first(window, launch, prefs)  # before showing: the window opens on the right page
    window.show()
    log.info("window shown at %.3f (monotonic) on %s", time.monotonic(), window.current().name)

    opened: list[AudioOutput] = []

    def bind(output: AudioOutput) -> None:
        opened.append(output)
        sound.bind(output)

    _when_audio_open(opening or _open_audio(), bind)
    code = app.exec()
    undo_hook()
    speech.close()
    for output in opened:
        output.close()
    if store is not None:
        store.close()
    return int(code)


def _speak_ahead(
    speech: SpeechRenderer, launch: ImagineLaunch, prefs: Preferences, paths: AppPaths
) -> None:
    """``companion imagine SCRIPT``: its voice is the point, as the sound device is. Start the
    worker (its natural voice loads at once) and render the first sentence on a thread, while
    the window is built: the session finds it cached. Plain ``companion`` never does this."""
    if launch.script is None:
        return
    script_id = launch.script

    def ahead() -> None:
        from companion.core.imagine.scripts import Speech
        from companion.services.script_library import load_library

        entry = load_library(paths.data).get(script_id)
        if entry is None:
            return
        first = next((s for s in entry.script.items if isinstance(s, Speech)), None)
        voice, pace = prefs.script_voice(entry.id)
        with contextlib.suppress(Exception):  # the session will meet and report any problem
            if first is not None:
                speech.render(
                    first.text,
                    voice=voice or None,
                    rate_wpm=pace or entry.script.pace_wpm,
                    language=entry.script.language,
                )

    threading.Thread(target=ahead, name="speech-ahead", daemon=True).start()


def _open_store(paths: AppPaths, notices: list[str | Problem]) -> Store | None:
    """The history (with the bundled Calm playlist up to date), or None if it cannot open.

    A history that cannot be opened now (a full disk, a lock, no permission) stays where it
    is, untouched; the app runs without saving and says why.
    """
    from companion.cli.listen import sync_bundled

    try:
        store = Store.open(paths.database)
    except StoreError as exc:
        log.error("history unavailable: %s (%s)", exc, exc.detail)
        notices.append(Problem("history.unavailable", (exc.code, exc.detail)))
        return None
    notices += store.notices
    if not store.read_only:
        notices += sync_bundled(store)[1]
    return store


def _report_unexpected(window: MainWindow) -> Callable[[], None]:
    """Uncaught exceptions (in slots, on threads) are logged and told in the window."""
    from PySide6.QtCore import QObject, Signal

    from companion.services.unexpected import install

    class Relay(QObject):
        problem = Signal(object)  # emitted from any thread, delivered on the GUI thread

    relay = Relay(window)
    relay.problem.connect(window.notices.add)
    return install(relay.problem.emit)


def _stretch_state() -> StretchState:
    from companion.services.stretch.settings_store import StretchSettingsStore
    from companion.sessions.stretch_state import StretchState
    from companion.ui.common.translations import current_language

    stretch = StretchState(StretchSettingsStore.default())
    stretch.load(current_language())  # off the GUI thread; ``ready`` follows
    return stretch


def _open_first(window: MainWindow, launch: Launch, prefs: Preferences) -> None:
    """The page the command asked for (or the welcome, once, on a first plain start)."""
    request = launch.request
    if isinstance(request, BreatheLaunch):
        request = breathing_request(request, prefs)
    elif isinstance(request, MeditateLaunch):
        from companion.sessions.meditation import request_from

        request = request_from(prefs, request.minutes, request.interval, request.bell)
    elif isinstance(request, ImagineLaunch):
        from companion.ui.imagine.page import ImagineRequest

        request = ImagineRequest(request.script, request.no_music)
    if launch.page is not None:
        window.open(launch.page, request)
    elif not prefs.welcome_done:
        window.open("welcome")


def _open_audio() -> Callable[[], AudioOutput]:
    """Start opening the sound device on a thread now; the result waits in the returned call."""
    from companion.services.audio.output import open_audio

    result: list[AudioOutput] = []
    thread = threading.Thread(target=lambda: result.append(open_audio()), daemon=True)
    thread.start()

    def wait() -> AudioOutput:
        thread.join()
        return result[0]

    return wait


def _when_audio_open(wait: Callable[[], AudioOutput], bind: Callable[[AudioOutput], None]) -> None:
    """Call ``bind(output)`` on the GUI thread once the device has opened (or failed to)."""
    from companion.sessions.worker import run_in_background

    run_in_background(wait, bind)


def _handle_termination(app: QApplication, close: Callable[[], object]) -> None:
    """SIGTERM and SIGINT close the window cleanly (the session is saved as partial)."""
    from PySide6.QtCore import QSocketNotifier, QTimer

    pipe = getattr(app, "_companion_signal_pipe", None)
    if pipe is None:  # one pipe per application, however often a window is opened in it
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

        def drain() -> None:
            with contextlib.suppress(BlockingIOError):
                reader.recv(256)

        notifier.activated.connect(drain)
        pipe = (reader, writer, notifier)
        app._companion_signal_pipe = pipe  # type: ignore[attr-defined]  # kept with the app
    # Python runs signal handlers only when the interpreter has control; the wake-up fd makes
    # Qt's event loop return to Python as soon as a signal arrives.
    signal.set_wakeup_fd(pipe[1].fileno())

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
