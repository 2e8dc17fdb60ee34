"""The pacer: phase as a pure function of elapsed time, exact over very long sessions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.breathing import (
    PRESETS,
    Pacer,
    Pattern,
    PatternError,
    Phase,
    ease,
    parse_pattern,
    session_seconds,
)

CALM = Pattern(inhale=4, exhale=6)


def test_default_preset_is_4_6_without_holds() -> None:
    calm = PRESETS["calm"].pattern
    assert (calm.inhale, calm.exhale, calm.hold_in, calm.hold_out) == (4, 6, 0, 0)
    assert calm.breaths_per_minute == pytest.approx(6.0)


@pytest.mark.parametrize("preset", list(PRESETS.values()), ids=list(PRESETS))
def test_every_preset_breathes_out_at_least_as_long_as_in_and_never_holds(preset) -> None:
    assert preset.pattern.exhale >= preset.pattern.inhale
    assert not preset.pattern.has_holds


def test_gentle_presets_have_shorter_cycles_than_calm() -> None:
    gentle = [p for p in PRESETS.values() if p.gentle]
    assert gentle
    assert all(p.pattern.cycle_s < CALM.cycle_s for p in gentle)


@pytest.mark.parametrize(
    ("elapsed", "phase", "cycle", "phase_elapsed"),
    [
        (0.0, Phase.INHALE, 0, 0.0),
        (3.999, Phase.INHALE, 0, 3.999),
        (4.0, Phase.EXHALE, 0, 0.0),
        (9.999, Phase.EXHALE, 0, 5.999),
        (10.0, Phase.INHALE, 1, 0.0),
        (25.0, Phase.EXHALE, 2, 1.0),
    ],
)
def test_state_at_known_times(elapsed, phase, cycle, phase_elapsed) -> None:
    state = Pacer(CALM).state_at(elapsed)
    assert state.phase is phase
    assert state.cycle == cycle
    assert state.phase_elapsed == pytest.approx(phase_elapsed, abs=1e-9)


def test_fullness_rises_over_the_in_breath_and_falls_over_the_out_breath() -> None:
    pacer = Pacer(CALM)
    rising = [pacer.state_at(t / 10).fullness for t in range(0, 40)]
    falling = [pacer.state_at(4 + t / 10).fullness for t in range(0, 60)]
    assert rising == sorted(rising) and rising[0] == pytest.approx(0.0)
    assert falling == sorted(falling, reverse=True) and falling[0] == pytest.approx(1.0)
    # Continuous at the turn: no jump between the end of the in-breath and the out-breath.
    assert pacer.state_at(3.9999).fullness == pytest.approx(pacer.state_at(4.0).fullness, abs=1e-3)


def test_holds_keep_the_circle_still() -> None:
    pacer = Pacer(Pattern(inhale=4, hold_in=2, exhale=6, hold_out=1))
    assert pacer.state_at(5.0).phase is Phase.HOLD_IN
    assert pacer.state_at(5.0).fullness == 1.0
    assert pacer.state_at(12.5).phase is Phase.HOLD_OUT
    assert pacer.state_at(12.5).fullness == 0.0
    assert pacer.state_at(13.0).phase is Phase.INHALE


def test_no_drift_over_a_ten_hour_session() -> None:
    """Every boundary over ten hours falls exactly on the pattern's grid."""
    pacer = Pacer(CALM)
    ten_hours = 10 * 3600.0
    boundaries = pacer.boundaries(ten_hours)
    assert len(boundaries) == 2 * 3600 + 1
    worst = 0.0
    for t, phase in boundaries:
        cycle, offset = divmod(t, CALM.cycle_s)
        expected = 0.0 if phase is Phase.INHALE else 4.0
        worst = max(worst, abs(offset - expected))
        # Just after each boundary, state_at agrees with it.
        assert pacer.state_at(t + 1e-6).phase is phase
        assert pacer.state_at(t + 1e-6).cycle == int(cycle)
    assert worst < 1e-6
    late = pacer.state_at(ten_hours - 3.0)
    assert late.phase is Phase.EXHALE and late.phase_elapsed == pytest.approx(3.0, abs=1e-6)


@given(st.floats(min_value=0, max_value=36_000 * 10, allow_nan=False))
def test_state_is_always_consistent(elapsed: float) -> None:
    state = Pacer(Pattern(inhale=3, hold_in=1, exhale=5, hold_out=0.5)).state_at(elapsed)
    assert 0.0 <= state.phase_elapsed <= state.phase_length
    assert 0.0 <= state.fullness <= 1.0
    assert 0.0 <= state.progress <= 1.0


@pytest.mark.parametrize(
    ("planned", "expected"),
    [(180.0, 180.0), (60.0, 60.0), (15.0, 20.0), (1.0, 10.0), (176.0, 180.0), (181.0, 190.0)],
)
def test_sessions_end_on_a_complete_out_breath(planned, expected) -> None:
    assert Pacer(CALM).end_time(planned) == pytest.approx(expected)


def test_end_with_a_rest_after_the_out_breath_skips_the_trailing_rest() -> None:
    pacer = Pacer(Pattern(inhale=4, exhale=6, hold_out=2))  # cycle 12 s, out-breath ends at 10
    assert pacer.end_time(60.0) == pytest.approx(70.0)
    assert pacer.end_time(10.0) == pytest.approx(10.0)


def test_open_ended_session_has_no_end() -> None:
    assert Pacer(CALM).end_time(None) is None
    assert session_seconds(None) is None


def test_breath_count() -> None:
    pacer = Pacer(CALM)
    assert pacer.breaths_in(9.9) == 0
    assert pacer.breaths_in(10.0) == 1
    assert pacer.breaths_in(180.0) == 18


@pytest.mark.parametrize(
    ("text", "expected"),
    [("4-6", (4, 0, 6, 0)), ("4-0-6-0", (4, 0, 6, 0)), (" 3.5 - 2 - 5 - 1 ", (3.5, 2, 5, 1))],
)
def test_parse_pattern(text, expected) -> None:
    p = parse_pattern(text)
    assert (p.inhale, p.hold_in, p.exhale, p.hold_out) == expected


@pytest.mark.parametrize("text", ["", "4", "4-6-8", "a-b", "4--6", "-4-6", "4-6-"])
def test_parse_pattern_rejects_malformed_text(text) -> None:
    with pytest.raises(PatternError):
        parse_pattern(text)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"inhale": 6, "exhale": 4},  # out-breath shorter than in-breath
        {"inhale": 0.5, "exhale": 6},
        {"inhale": 4, "exhale": 30},
        {"inhale": 4, "exhale": 6, "hold_in": 20},
        {"inhale": 4, "exhale": 6, "hold_out": -1},
        {"inhale": float("nan"), "exhale": 6},
    ],
)
def test_unsafe_patterns_are_refused(kwargs) -> None:
    with pytest.raises(PatternError):
        Pattern(**kwargs)


def test_label() -> None:
    assert CALM.label() == "4-6"
    assert Pattern(inhale=4, hold_in=2, exhale=6).label() == "4-2-6-0"


def test_ease_is_smooth_and_clamped() -> None:
    assert ease(-1) == 0.0 and ease(2) == 1.0
    assert ease(0.5) == pytest.approx(0.5)


@pytest.mark.parametrize("minutes", [0, -1, float("inf")])
def test_session_seconds_rejects_nonsense(minutes) -> None:
    with pytest.raises(ValueError):
        session_seconds(minutes)


def test_fractional_minutes() -> None:
    assert session_seconds(0.25) == 15.0
