"""Start where you are: the rhythm read from taps, and the lead from it to the chosen pattern."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.breathing import Pattern, Phase
from companion.core.leading import (
    MAX_CHANGE_PER_MIN,
    LeadingPacer,
    RhythmProblem,
    Tap,
    allowed_factor,
    measure,
)
from tests.helpers.fakes import FakeClock

CALM = Pattern(4, 6)
TOLERANCE = 1e-9


def tapped(clock: FakeClock, inhale: float, exhale: float, breaths: int = 3) -> list[Tap]:
    """A person tapping as each in-breath begins, holding the tap while breathing in."""
    taps = []
    for _ in range(breaths):
        pressed = clock()
        clock.advance(inhale)
        taps.append(Tap(pressed, clock()))
        clock.advance(exhale)
    taps.append(Tap(clock()))  # the fourth in-breath begins: the circle starts here
    return taps


def steps(pacer: LeadingPacer) -> list[tuple[Pattern, Pattern]]:
    return list(zip(pacer.patterns, pacer.patterns[1:], strict=False))


def within_limit(before: Pattern, after: Pattern) -> bool:
    """No length changed by more than 5 % a minute over the breath ``before`` lasted."""
    grow = allowed_factor(before.cycle_s) * (1 + TOLERANCE)
    return all(
        1 / grow <= b / a <= grow
        for a, b in (
            (before.inhale, after.inhale),
            (before.exhale, after.exhale),
            (before.cycle_s, after.cycle_s),
        )
    )


def test_a_tapped_3_in_3_out_is_led_to_4_6_with_no_step_over_the_limit() -> None:
    """The issue's "done means": taps on a fake clock, 3 s in and 3 s out, reach 4-6."""
    clock = FakeClock()
    start = measure(tapped(clock, 3.0, 3.0))
    assert start == Pattern(3, 3)
    pacer = LeadingPacer(start, CALM)
    assert pacer.state_at(0.0).phase is Phase.INHALE  # the circle starts with their in-breath
    assert pacer.patterns[0] == Pattern(3, 3) and pacer.patterns[-1] == CALM
    assert all(within_limit(a, b) for a, b in steps(pacer))
    # The out-breath doubles, at 5 % a minute: it takes a little over 14 minutes, not less.
    arrived = pacer.arrived_at
    assert arrived is not None
    assert math.log(2) / math.log(1 + MAX_CHANGE_PER_MIN) * 60 <= arrived + 10 < 16 * 60
    assert pacer.pattern_at(arrived + 1) == CALM
    assert pacer.pattern_at(3 * 3600) == CALM
    # After 1 minute the out-breath has grown by (about) 5 % and no more.
    assert pacer.pattern_at(60.0).exhale <= 3.0 * 1.05 * (1 + TOLERANCE)
    assert pacer.pattern_at(60.0).exhale > 3.0 * 1.04


def test_taps_only_split_the_breath_evenly() -> None:
    taps = [Tap(t) for t in (0.0, 5.0, 10.2, 15.0)]
    assert measure(taps) == Pattern(2.5, 2.5)


def test_a_held_tap_gives_the_in_breath() -> None:
    clock = FakeClock()
    assert measure(tapped(clock, 2.0, 3.5)) == Pattern(2.0, 3.5)


def test_an_out_breath_shorter_than_the_in_breath_starts_even() -> None:
    clock = FakeClock()
    assert measure(tapped(clock, 4.0, 2.0)) == Pattern(3.0, 3.0)


def test_very_fast_breathing_starts_at_the_fastest_pattern() -> None:
    taps = [Tap(t * 1.5) for t in range(4)]
    assert measure(taps) == Pattern(1, 1)


def test_uneven_taps_ask_for_more() -> None:
    taps = [Tap(t) for t in (0.0, 2.0, 8.0, 11.0)]
    assert measure(taps) is RhythmProblem.UNEVEN
    taps.append(Tap(14.0))  # a few more even breaths and the last four are used
    taps.append(Tap(17.0))
    assert measure(taps) == Pattern(1.5, 1.5)


def test_fewer_than_four_taps_cannot_be_measured() -> None:
    with pytest.raises(ValueError):
        measure([Tap(0.0), Tap(4.0), Tap(8.0)])


def test_staying_at_this_pace_holds_the_breath_running_then() -> None:
    pacer = LeadingPacer(Pattern(3, 3), CALM)
    at = 200.0
    held = pacer.held(at)
    now = pacer.pattern_at(at)
    assert held.pattern_at(at) == now
    assert held.pattern_at(at + 600) == now and held.pattern_at(at + 6000) == now
    assert held.arrived_at is None
    for t in (0.0, 50.0, 123.4, at):  # the same lead up to then: nothing jumps
        assert held.state_at(t) == pacer.state_at(t)


def test_a_slower_rhythm_is_led_faster_as_gently() -> None:
    pacer = LeadingPacer(Pattern(6, 9), CALM)
    assert pacer.patterns[-1] == CALM
    assert all(within_limit(a, b) for a, b in steps(pacer))


def test_holds_are_never_led_into() -> None:
    pacer = LeadingPacer(Pattern(3, 3), Pattern(4, 6, hold_in=2, hold_out=1))
    assert all(not p.has_holds for p in pacer.patterns)
    assert pacer.target == CALM


def test_the_end_falls_on_a_whole_out_breath() -> None:
    pacer = LeadingPacer(Pattern(3, 3), CALM)
    end = pacer.end_time(180.0)
    assert end is not None and end >= 180.0
    k, began, pattern = pacer.breath_at(end - 1e-6)
    assert began + pattern.cycle_s == pytest.approx(end)
    assert pacer.breaths_in(end) == k + 1
    assert pacer.end_time(None) is None
    far = pacer.end_time(3600.0)
    assert far is not None and 0 <= far - 3600.0 < CALM.cycle_s + 1e-6


patterns = st.builds(
    lambda i, extra: Pattern(round(i, 1), round(i + extra, 1)),
    st.floats(min_value=1.0, max_value=8.0),
    st.floats(min_value=0.0, max_value=7.0),
)


@given(patterns, patterns, st.none() | st.floats(min_value=0.0, max_value=4000.0))
def test_no_breath_changes_more_than_five_percent_a_minute(start, target, hold_at) -> None:
    pacer = LeadingPacer(start, target, hold_at=hold_at)
    assert all(within_limit(a, b) for a, b in steps(pacer))
    # Over any span, from one breath's start to a later one's: at most 5 % a minute.
    starts, ps = pacer.starts, pacer.patterns
    for i in range(0, len(ps), max(1, len(ps) // 12)):
        for j in range(i + 1, len(ps), max(1, len(ps) // 12)):
            allowed = (1 + MAX_CHANGE_PER_MIN) ** ((starts[j] - starts[i]) / 60) * (1 + 1e-6)
            for a, b in ((ps[i].exhale, ps[j].exhale), (ps[i].cycle_s, ps[j].cycle_s)):
                assert 1 / allowed <= b / a <= allowed
    if hold_at is None:
        assert pacer.patterns[-1] == Pattern(target.inhale, target.exhale)


@given(patterns, patterns, st.floats(min_value=0.0, max_value=3000.0))
def test_the_phase_is_continuous(start, target, t) -> None:
    """No jump in the circle: over a short step the fullness moves no faster than an eased
    phase of the shortest length allows, across breaths and changes of pace too."""
    pacer = LeadingPacer(start, target)
    dt = 0.01
    a, b = pacer.state_at(t), pacer.state_at(t + dt)
    shortest = min(start.inhale, target.inhale)
    assert abs(b.fullness - a.fullness) <= dt * math.pi / (2 * shortest) + 1e-9
    assert b.cycle in (a.cycle, a.cycle + 1)
    assert 0.0 <= a.phase_elapsed <= a.phase_length


@given(patterns, patterns, st.floats(min_value=0.0, max_value=20_000.0))
def test_state_agrees_with_the_breath_it_is_in(start, target, t) -> None:
    pacer = LeadingPacer(start, target)
    k, began, pattern = pacer.breath_at(t)
    state = pacer.state_at(t)
    assert state.cycle == k and began <= t + 1e-9 < began + pattern.cycle_s + 1e-9
    expected = Phase.INHALE if t - began < pattern.inhale else Phase.EXHALE
    if abs((t - began) - pattern.inhale) > 1e-6:
        assert state.phase is expected
