"""The composition root in-process: damaged files are set aside and the user is told."""

from __future__ import annotations

from pathlib import Path

from companion.ui.breathe.page import BreathingPage
from companion.ui.help.welcome import WelcomePage
from companion.ui.history.page import HistoryPage
from companion.ui.listen.page import ListenPage
from companion.ui.shell.window import MainWindow
from tests.helpers.inprocess import run_app


def run_and_inspect(argv: list[str], inspect) -> int:
    """Run the app until ``inspect(window)`` has looked at the window."""
    return run_app(argv, inspect)


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
        page = window.page(BreathingPage)
        session = page.session
        state["pattern"] = session.pattern.label() if session else None
        state["running"] = bool(session and session.running)
        state["page"] = window.current() is page

    assert run_and_inspect(["breathe", "--pattern", "3-5", "--minutes", "2"], inspect) == 0
    assert state == {"pattern": "3-5", "running": True, "page": True}


def test_history_command_opens_history(qapp, restore_signals) -> None:
    pages: list[bool] = []
    run_and_inspect(["history"], lambda w: pages.append(w.current() is w.page(HistoryPage)))
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
        player = window.services.player
        seen["page"] = window.current() is window.page(ListenPage)
        seen["state"] = player.state.value
        seen["playlist"] = player.playlist.name if player.playlist else None

    assert run_and_inspect(["listen"], inspect) == 0
    assert seen == {"page": True, "state": "playing", "playlist": "Calm"}


def test_the_welcome_shows_on_first_run_only(qapp, restore_signals) -> None:
    pages: list[bool] = []

    def first(window: MainWindow) -> None:
        pages.append(window.current() is window.page(WelcomePage))
        window.page(WelcomePage).begin_button.click()

    run_and_inspect([], first)
    run_and_inspect([], lambda w: pages.append(w.current() is w.page(WelcomePage)))
    assert pages == [True, False]


def test_switch_access_starts_scanning_for_this_run_only(
    qapp, isolated_dirs, restore_signals
) -> None:
    """``companion --switch-access breathe``: the ring rests on Pause, one key pauses it; the
    settings file keeps its own choice (scanning off) even when another setting is saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        page = window.page(BreathingPage)
        scanner = window.scanner
        scanner.sync()
        seen["on"] = scanner.on
        seen["ring on"] = scanner.current.name if scanner.current else None
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
        QApplication.processEvents()
        seen["paused"] = bool(page.session and page.session.paused)
        window.services.state.update(theme="night")  # another choice is saved meanwhile

    def ready(window: MainWindow) -> bool:
        session = window.page(BreathingPage).session
        return session is not None and session.running

    code = run_app(["--switch-access", "breathe", "--minutes", "1"], inspect, ready)
    assert code == 0
    assert seen == {"on": True, "ring on": "Pause", "paused": True}
    saved = (isolated_dirs["config"] / "companion" / "settings.json").read_text()
    assert '"theme": "night"' in saved and '"switch_access": false' in saved
