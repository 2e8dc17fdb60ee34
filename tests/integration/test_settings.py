"""Settings on disk: saved privately, and a damaged file never stops the app."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from companion.core.preferences import Preferences
from companion.services.settings import SettingsStore


def test_missing_file_gives_defaults_quietly(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "cfg" / "settings.json")
    assert store.load() == Preferences() and store.notices == []


def test_save_and_load_round_trip_privately(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    store = SettingsStore(path)
    prefs = Preferences(theme="night", text_scale=175, cues_enabled=False)
    store.save(prefs)
    assert SettingsStore(path).load() == prefs
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    assert not list(path.parent.glob(".*.tmp"))


def test_corrupt_file_is_kept_aside_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"theme": "night", \xff\xfe broken')
    store = SettingsStore(path)
    assert store.load() == Preferences()
    [kept] = list(tmp_path.glob("settings.json.corrupt-*"))
    assert kept.read_bytes().startswith(b'{"theme"')
    assert kept.name in store.notices[0]
    assert not path.exists()


def test_partly_wrong_file_keeps_the_good_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"theme": "night", "text_scale": 999}))
    store = SettingsStore(path)
    prefs = store.load()
    assert prefs.theme == "night" and prefs.text_scale == 100
    assert "text_scale" in store.notices[0]
