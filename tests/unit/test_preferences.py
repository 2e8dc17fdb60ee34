"""Preferences from stored data: every bad value falls back alone, the rest survive."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.core.preferences import (
    HOME_TILES,
    MAX_CUE_VOLUME,
    MAX_REPEAT_GUARD_S,
    MAX_SCAN_SECONDS,
    MIN_SCAN_SECONDS,
    CustomPattern,
    Preferences,
    pattern_for,
    preferences_from_dict,
)


def test_round_trip() -> None:
    prefs = Preferences(theme="night", text_scale=150, custom=CustomPattern("Mine", 3, 1, 5, 0))
    again, problems = preferences_from_dict(prefs.to_dict())
    assert again == prefs and problems == []


def test_bad_values_reset_alone() -> None:
    prefs, problems = preferences_from_dict(
        {"theme": "purple", "text_scale": 150, "cue_volume": "loud", "show_numbers": False}
    )
    assert prefs.theme == "light" and prefs.cue_volume == Preferences().cue_volume
    assert prefs.text_scale == 150 and prefs.show_numbers is False
    assert sorted(problems) == ["cue_volume", "theme"]


def test_volume_is_capped() -> None:
    prefs, _ = preferences_from_dict({"cue_volume": 1.0})
    assert prefs.cue_volume == MAX_CUE_VOLUME


def test_unsafe_custom_pattern_is_refused() -> None:
    prefs, problems = preferences_from_dict(
        {"custom": {"name": "x", "inhale": 6, "exhale": 2}, "preset": "custom"}
    )
    assert problems == ["custom"]
    assert pattern_for(prefs)[1].exhale >= pattern_for(prefs)[1].inhale


def test_access_settings_round_trip_and_refuse_what_cannot_work() -> None:
    prefs = Preferences(
        switch_access=True, scan_seconds=3.0, scan_speak=True, repeat_guard_s=0.5,
        announce_with_sound=True, simple_home=True, home_tiles=("calm", "breathe", "stretch"),
    )  # fmt: skip
    again, problems = preferences_from_dict(prefs.to_dict())
    assert again == prefs and problems == []
    bad, problems = preferences_from_dict(
        {
            "scan_seconds": 0.2,  # a ring that flickers past faster than anyone can press
            "repeat_guard_s": -1,
            "home_tiles": ["breathe", "breathe"],
            "switch_access": "yes",
        }
    )
    assert sorted(problems) == ["home_tiles", "repeat_guard_s", "scan_seconds", "switch_access"]
    assert bad == Preferences()
    for tiles in ([], ["breathe", "calm", "imagine", "listen"], ["history"], "breathe"):
        assert preferences_from_dict({"home_tiles": tiles})[1] == ["home_tiles"], tiles


def test_not_a_dict() -> None:
    prefs, problems = preferences_from_dict(["theme"])
    assert prefs == Preferences() and problems


scalars = st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=5)
json_values = (
    scalars
    | st.lists(scalars, max_size=3)
    | st.dictionaries(
        st.sampled_from(["name", "inhale", "exhale", "hold_in", "hold_out", "x"]), scalars
    )
)


@given(st.dictionaries(st.sampled_from(list(Preferences().to_dict())), json_values))
def test_any_stored_data_gives_valid_preferences(data) -> None:
    prefs, _ = preferences_from_dict(data)
    assert 100 <= prefs.text_scale <= 200
    assert 0 <= prefs.cue_volume <= MAX_CUE_VOLUME
    pattern_for(prefs)  # never raises
    assert MIN_SCAN_SECONDS <= prefs.scan_seconds <= MAX_SCAN_SECONDS
    assert 0 <= prefs.repeat_guard_s <= MAX_REPEAT_GUARD_S
    assert 1 <= len(prefs.home_tiles) <= 3 and set(prefs.home_tiles) <= set(HOME_TILES)
