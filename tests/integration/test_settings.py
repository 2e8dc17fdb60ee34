"""Settings on disk: saved privately, and a damaged file never stops the app."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from companion.core.preferences import Preferences
from companion.core.stretch.settings import StretchSettings
from companion.services.settings import SettingsStore
from companion.services.stretch.settings_store import StretchSettingsStore


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


def test_deeply_nested_file_is_treated_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000 + "]" * 100_000)  # the decoder gives up (RecursionError)
    store = SettingsStore(path)
    assert store.load() == Preferences()
    assert "file was damaged" in store.notices[0]
    assert list(tmp_path.glob("settings.json.corrupt-*")) and not path.exists()


def test_stretch_settings_are_repaired_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "stretch.json"
    store = StretchSettingsStore(path)
    assert store.load() == StretchSettings() and store.notices == []

    path.write_text(json.dumps({"include_forearms": False, "giver": "robot", "restriction": "x"}))
    settings = store.load()
    assert not settings.include_forearms and settings.giver == "family"
    assert store.notices == ["Some stretch settings were not valid and were reset: giver."]
    assert store.legacy == {"restriction": "x"}  # for the care plan to judge and adopt

    path.write_bytes(b"\xff not json")
    assert store.load() == StretchSettings()
    [kept] = list(tmp_path.glob("stretch.json.corrupt-*"))
    assert store.notices[0].startswith("Your stretch settings file was damaged")
    assert kept.name in store.notices[0] and not path.exists()


def test_unreadable_stretch_settings_give_defaults_and_say_so(tmp_path: Path) -> None:
    path = tmp_path / "stretch.json"
    path.mkdir()  # unreadable as a file, even for root
    store = StretchSettingsStore(path)
    assert store.load() == StretchSettings()
    assert "stretch settings could not be read" in store.notices[0]
    assert path.exists()  # not moved: it may be readable again later
