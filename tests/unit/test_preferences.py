"""Preferences from stored data: every bad value falls back alone, the rest survive."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.core.preferences import (
    MAX_CUE_VOLUME,
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
