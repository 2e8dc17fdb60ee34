"""Fixtures for the fault-tolerance tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def data_dir(isolated_dirs: dict[str, Path]) -> Path:
    """The app's data folder (history.db, scripts/)."""
    return isolated_dirs["data"] / "companion"


@pytest.fixture
def config_dir(isolated_dirs: dict[str, Path]) -> Path:
    """The app's config folder (settings.json, stretch.json)."""
    return isolated_dirs["config"] / "companion"
