"""The composition root in-process: damaged files are set aside and the user is told."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from companion.app import build_parser, run_gui
from companion.ui.shell.window import MainWindow


@pytest.fixture
def restore_signals():
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    signal.set_wakeup_fd(-1)
    for sig, handler in handlers.items():
        signal.signal(sig, handler)


def run_and_inspect(argv: list[str], inspect) -> int:
    """Run the app's event loop until ``inspect(window)`` has looked at the window."""
    seen: list[MainWindow] = []

    def look() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows or not windows[0].breathing.cues:  # wait for audio to be attached
            QTimer.singleShot(50, look)
            return
        seen.append(windows[0])
        try:
            inspect(windows[0])
        finally:
            windows[0].close()

    QTimer.singleShot(0, look)
    code = run_gui(build_parser().parse_args(argv))
    assert seen, "the window never appeared"
    for window in seen:  # later tests must not find this window
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code


def test_damaged_settings_and_history_are_kept_and_reported(
    qapp, isolated_dirs, restore_signals
) -> None:
    config = isolated_dirs["config"] / "companion"
    data = isolated_dirs["data"] / "companion"
    config.mkdir(parents=True)
    data.mkdir(parents=True)
    (config / "settings.json").write_text("{ not json")
    (data / "history.db").write_bytes(b"garbage " * 512)
    messages: list[str] = []
    code = run_and_inspect([], lambda w: messages.extend(w.notices.messages))
    assert code == 0
    assert any("settings file was damaged" in m for m in messages)
    assert any("history file could not be read" in m for m in messages)
    assert list(config.glob("settings.json.corrupt-*"))
    assert list(data.glob("history.db.unreadable-*"))


def test_breathe_command_opens_a_running_session(qapp, restore_signals) -> None:
    state: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        session = window.breathing.session
        state["pattern"] = session.pattern.label() if session else None
        state["running"] = bool(session and session.running)
        state["page"] = window.pages.currentWidget() is window.breathing

    assert run_and_inspect(["breathe", "--pattern", "3-5", "--minutes", "2"], inspect) == 0
    assert state == {"pattern": "3-5", "running": True, "page": True}


def test_history_command_opens_history(qapp, restore_signals) -> None:
    pages: list[bool] = []
    run_and_inspect(["history"], lambda w: pages.append(w.pages.currentWidget() is w.history))
    assert pages == [True]


def test_unusable_data_folder_still_opens_the_window(qapp, isolated_dirs, restore_signals) -> None:
    blocker = isolated_dirs["data"]
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("a file where the data folder should be")
    messages: list[str] = []
    assert run_and_inspect([], lambda w: messages.extend(w.notices.messages)) == 0
    assert any("History is unavailable" in m for m in messages)
    assert Path(blocker).read_text().startswith("a file")


def test_listen_command_plays_calm_faded_in(qapp, restore_signals) -> None:
    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        seen["page"] = window.pages.currentWidget() is window.listen
        seen["state"] = window.player.state.value
        seen["playlist"] = window.player.playlist.name if window.player.playlist else None

    assert run_and_inspect(["listen"], inspect) == 0
    assert seen == {"page": True, "state": "playing", "playlist": "Calm"}


def test_the_welcome_shows_on_first_run_only(qapp, restore_signals) -> None:
    pages: list[bool] = []

    def first(window: MainWindow) -> None:
        pages.append(window.pages.currentWidget() is window.welcome)
        window.welcome.begin_button.click()

    run_and_inspect([], first)
    run_and_inspect([], lambda w: pages.append(w.pages.currentWidget() is w.welcome))
    assert pages == [True, False]
