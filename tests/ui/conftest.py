"""Fixtures for widget tests: preferences in a temp folder, a store, a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.core.preferences import Preferences
from companion.services.settings import SettingsStore
from companion.services.store import Store
from companion.sessions.state import AppState
from companion.ui.common import theme
from tests.helpers.fakes import FakeClock


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def state(settings_path: Path) -> AppState:
    return AppState(Preferences(), SettingsStore(settings_path))


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "data" / "history.db")
    yield s
    s.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def themed(qapp):
    """Apply a theme and text size to the application, as the app does at start (without
    it a window is drawn in Qt's own look); Qt's look is put back afterwards."""
    app = QApplication.instance()
    saved = app.palette(), app.font(), app.styleSheet()
    current = theme.current_theme(), theme.current_scale()
    yield lambda name, scale: theme.apply_theme(app, name, scale)
    app.setStyleSheet(saved[2])
    app.setPalette(saved[0])
    app.setFont(saved[1])
    theme._current[0], theme._scale[0] = current
