"""Fixtures for the fault-tolerance tests."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def restore_signals() -> Iterator[None]:
    """run_gui installs SIGINT/SIGTERM handlers and a wake-up fd: put them back afterwards."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    signal.set_wakeup_fd(-1)
    for sig, handler in handlers.items():
        signal.signal(sig, handler)


@pytest.fixture
def data_dir(isolated_dirs: dict[str, Path]) -> Path:
    """The app's data folder (history.db, scripts/)."""
    return isolated_dirs["data"] / "companion"


@pytest.fixture
def config_dir(isolated_dirs: dict[str, Path]) -> Path:
    """The app's config folder (settings.json, stretch.json)."""
    return isolated_dirs["config"] / "companion"
