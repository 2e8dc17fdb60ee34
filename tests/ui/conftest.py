"""Fixtures for widget tests: preferences in a temp folder, a store, a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.preferences import Preferences
from companion.services.settings import SettingsStore
from companion.services.store import Store
from companion.sessions.state import AppState
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
