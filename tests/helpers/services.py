"""The services a page is handed, built for a test: a real store and state, a sound path
bound to a recording output (or to nothing yet), a fake clock, answering dialogs."""

from __future__ import annotations

from pathlib import Path

import shiboken6

from companion.app import build_services
from companion.services.audio.output import AudioOutput
from companion.services.listen.measure import InProcessMeasurer
from companion.services.paths import AppPaths
from companion.services.store import Store
from companion.sessions.speech_queue import SpeechService
from companion.sessions.state import AppState
from companion.sessions.stretch_state import StretchState
from companion.ui.common.page import Services
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import FakeClock, RecordingAudio

_made: list[Services] = []


def delete_made() -> None:
    """Stop and delete what :func:`make_services` built (a fixture calls this after a test)."""
    while _made:
        services = _made.pop()
        services.sound.stop()
        services.player.shutdown()
        owned_objects = (
            services.sound,
            services.player,
            services.history_events,
            services.announcer,
        )
        for owned in owned_objects:
            if shiboken6.isValid(owned) and owned.parent() is None:
                shiboken6.delete(owned)


def make_services(
    state: AppState,
    store: Store | None,
    clock: FakeClock,
    tmp_path: Path,
    audio: AudioOutput | None = None,
    speech: SpeechService | None = None,
    stretch: StretchState | None = None,
    dialogs: AnsweringDialogs | None = None,
    unbound: bool = False,
) -> Services:
    """Services for pages under test, the sound path bound at once to ``audio`` (by default a
    fresh :class:`RecordingAudio`); ``unbound`` leaves it waiting for a device, as at start-up.
    """
    paths = AppPaths(data=tmp_path / "data", config=tmp_path / "config", cache=tmp_path / "cache")
    services = build_services(
        state, store, paths, speech, clock, dialogs or AnsweringDialogs(),
        make_measurer=InProcessMeasurer,  # real decoding and measuring, on a pool thread
    )  # fmt: skip
    if not unbound:
        services.sound.bind(audio if audio is not None else RecordingAudio())
    if stretch is not None:
        services._stretch = stretch
    _made.append(services)
    return services


def shown_window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    """The real main window on these services, shown and active (keys reach its focus)."""
    from companion.ui.shell.window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
