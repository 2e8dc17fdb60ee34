"""Every test runs with its own XDG folders, offscreen Qt and a silent SDL audio driver."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The machine is small and sometimes busy: no per-example deadlines, no speed health checks.
settings.register_profile(
    "companion", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.load_profile("companion")

# Set before anything imports Qt or pygame.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SDL_AUDIODRIVER"] = os.environ.get("COMPANION_TEST_AUDIODRIVER", "dummy")
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point platformdirs (XDG on Linux) at folders inside ``tmp_path``."""
    dirs = {
        "data": tmp_path / "xdg-data",
        "config": tmp_path / "xdg-config",
        "cache": tmp_path / "xdg-cache",
    }
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["data"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs["config"]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(dirs["cache"]))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return dirs


@pytest.fixture
def app_env(isolated_dirs: dict[str, Path]) -> dict[str, str]:
    """Environment for running the app in a subprocess, isolated like the test."""
    env = dict(os.environ)
    env.update(
        XDG_DATA_HOME=str(isolated_dirs["data"]),
        XDG_CONFIG_HOME=str(isolated_dirs["config"]),
        XDG_CACHE_HOME=str(isolated_dirs["cache"]),
        QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        SDL_AUDIODRIVER="dummy",
        PYTHONPATH=str(REPO),
    )
    return env


@pytest.fixture(autouse=True)
def delete_services_on_the_gui_thread():
    """Delete the Qt objects a test's services made, here on the main thread, when it ends.

    Left to Python's collector, they could be destroyed on a worker thread (a speech render,
    a file read), and their timers would then fire on freed memory.
    """
    yield
    services = sys.modules.get("tests.helpers.services")  # only where a test used them
    if services is not None:
        services.delete_made()


@pytest.fixture(scope="session")
def qapp(qapp):  # pytest-qt's application, with the app's translations (English plurals)
    from companion.ui.common.translations import install_translations

    install_translations(qapp, "en")  # the tests read English, whatever the machine speaks
    return qapp


@pytest.fixture
def keeper(qapp):
    """A parent for the Qt objects a test makes itself; they are deleted with it, here.

    Give it to every QObject with a timer that is not owned by a widget under test.
    """
    import shiboken6
    from PySide6.QtCore import QObject

    parent = QObject()
    yield parent
    if shiboken6.isValid(parent):
        shiboken6.delete(parent)


@pytest.fixture
def restore_signals() -> Iterator[None]:
    """run_gui installs SIGINT/SIGTERM handlers and a wake-up fd: put them back afterwards."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    signal.set_wakeup_fd(-1)
    for sig, handler in handlers.items():
        signal.signal(sig, handler)
