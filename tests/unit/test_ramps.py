"""Volume ramps and the mix-down: exact gains at given times, no sound needed."""

from __future__ import annotations

import math

import pytest

from companion.core.ramps import (
    BREATH_DEPTH_DB,
    MASTER_CAP,
    Curve,
    Mixdown,
    Ramp,
    db_to_gain,
    gain_to_db,
)


def exactly(value: float) -> object:
    """Equal up to floating-point rounding."""
    return pytest.approx(value, rel=1e-12, abs=1e-15)


def test_decibels_and_gains() -> None:
    assert db_to_gain(0) == 1.0
    assert db_to_gain(-6) == exactly(0.5011872336272722)
    assert db_to_gain(-12) == exactly(0.251188643150958)
    assert gain_to_db(0.5) == exactly(-6.020599913279624)
    assert gain_to_db(0.0) == -math.inf


def test_equal_power_fade_in_follows_a_quarter_sine() -> None:
    ramp = Ramp(0.0, 1.0, began=10.0, duration=2.0, curve=Curve.EQUAL_POWER)
    assert ramp.value_at(9.0) == 0.0  # before it begins
    assert ramp.value_at(10.0) == 0.0
    assert ramp.value_at(11.0) == exactly(math.sqrt(0.5))  # half the time: -3 dB, equal power
    assert ramp.value_at(10.5) == exactly(math.sin(math.pi / 8))
    assert ramp.value_at(12.0) == 1.0 and ramp.value_at(99.0) == 1.0
    assert not ramp.done(11.9) and ramp.done(12.0)


def test_equal_power_fade_out_follows_a_quarter_cosine() -> None:
    ramp = Ramp(1.0, 0.0, began=0.0, duration=2.0, curve=Curve.EQUAL_POWER)
    assert ramp.value_at(1.0) == exactly(math.sqrt(0.5))
    assert ramp.value_at(0.5) == exactly(math.cos(math.pi / 8))
    assert ramp.value_at(2.0) == 0.0
    # Fade-in and fade-out at the same moment keep the power constant (a crossfade).
    rise = Ramp(0.0, 1.0, 0.0, 2.0)
    for t in (0.3, 0.9, 1.7):
        assert rise.value_at(t) ** 2 + ramp.value_at(t) ** 2 == exactly(1.0)


def test_cosine_and_linear_curves() -> None:
    cosine = Ramp(1.0, 0.25, began=0.0, duration=1.0, curve=Curve.COSINE)
    assert cosine.value_at(0.5) == exactly(0.625)  # half-way in value at half-time
    assert cosine.value_at(0.25) == exactly(1.0 - 0.75 * (1 - math.cos(math.pi / 4)) / 2)
    linear = Ramp(0.2, 0.6, began=1.0, duration=4.0, curve=Curve.LINEAR)
    assert linear.value_at(2.0) == exactly(0.3)
    assert linear.value_at(4.0) == exactly(0.5)


def test_cosine_starts_and_ends_without_a_jump_in_slope() -> None:
    ramp = Ramp(1.0, 0.0, 0.0, 1.0, Curve.COSINE)
    eps = 1e-4
    assert (ramp.value_at(0.0) - ramp.value_at(eps)) / eps < 0.001
    assert (ramp.value_at(1.0 - eps) - ramp.value_at(1.0)) / eps < 0.001


def test_zero_duration_and_steady_ramps_sit_at_the_target() -> None:
    assert Ramp(0.0, 0.7, began=5.0, duration=0.0).value_at(4.0) == 0.7
    steady = Ramp.steady(0.4)
    assert steady.value_at(-1e9) == 0.4 and steady.done(0.0)


def test_retarget_starts_from_where_the_ramp_stands() -> None:
    ramp = Ramp(0.0, 1.0, 0.0, 2.0, Curve.LINEAR)
    turned = ramp.retarget(1.0, 0.0, 4.0, Curve.LINEAR)
    assert turned.start == exactly(0.5) and turned.began == 1.0
    assert turned.value_at(1.0) == exactly(ramp.value_at(1.0))  # no jump: no click
    assert turned.value_at(3.0) == exactly(0.25)
    assert ramp.retarget(0.5, 1.0, -3.0, Curve.LINEAR).duration == 0.0


def test_mixdown_multiplies_everything_under_the_cap() -> None:
    mix = Mixdown()
    assert mix.gain(0.0) == exactly(MASTER_CAP) == exactly(0.8)
    mix.master, mix.music = 0.5, 0.5
    assert mix.gain(0.0) == exactly(0.2)
    assert mix.master_gain() == exactly(0.4)
    assert Mixdown(master=7.0, music=3.0).gain(0.0) == exactly(MASTER_CAP)  # clamped


def test_mixdown_fade_in_and_fade_out() -> None:
    mix = Mixdown()
    mix.fade_in(100.0, 3.0)
    assert mix.gain(100.0) == 0.0
    assert mix.gain(101.5) == exactly(0.8 * math.sqrt(0.5))
    assert mix.gain(103.0) == exactly(0.8)
    mix.fade_out(110.0, 2.0)  # a stop: equal power
    assert mix.gain(111.0) == exactly(0.8 * math.sqrt(0.5))
    assert mix.faded_out(112.0) and mix.gain(112.0) == 0.0


def test_a_long_fade_falls_evenly_in_decibels_to_minus_sixty_then_stops() -> None:
    mix = Mixdown()
    mix.fade_out(110.0, 30.0)  # a sleep-timer fade
    steps = [gain_to_db(mix.gain(110.0 + t) / 0.8) for t in (0.0, 7.5, 15.0, 22.5, 29.99)]
    assert steps[:4] == [exactly(0.0), exactly(-15.0), exactly(-30.0), exactly(-45.0)]
    assert steps[4] == pytest.approx(-60.0, abs=0.05)
    assert not mix.faded_out(139.9)
    assert mix.faded_out(140.0) and mix.gain(140.0) == 0.0
    at = mix.gain(125.0)  # caught half way (a press of Pause): a short fade from there
    mix.fade_out(125.0, 0.6)
    assert mix.gain(125.0) == exactly(at) and mix.gain(125.6) == 0.0


def test_a_fade_out_caught_half_way_turns_back_without_a_jump() -> None:
    mix = Mixdown()
    mix.fade_out(0.0, 2.0)
    at = mix.gain(1.0)
    mix.fade_in(1.0, 0.5, from_silence=False)
    assert mix.gain(1.0) == exactly(at)
    assert mix.gain(1.5) == exactly(0.8)


def test_mixdown_duck_and_release() -> None:
    mix = Mixdown()
    mix.duck_to(0.0, -12.0, attack_s=0.3)
    assert mix.gain(0.15) == exactly(0.8 * (1 + db_to_gain(-12)) / 2)  # cosine half-way
    assert mix.gain(0.3) == exactly(0.8 * 0.251188643150958)
    assert gain_to_db(mix.gain(5.0) / mix.master_gain()) == exactly(-12.0)
    mix.release(5.0, release_s=1.0)
    assert mix.gain(5.5) == exactly(0.8 * (1 + db_to_gain(-12)) / 2)
    assert mix.gain(6.0) == exactly(0.8)
    mix.duck_to(7.0, +6.0, attack_s=0.0)  # a "duck" never makes music louder
    assert mix.gain(7.0) == exactly(0.8)


def test_breath_factor_swings_six_decibels() -> None:
    mix = Mixdown()
    assert BREATH_DEPTH_DB == -6.0
    mix.set_breath(0.0, 0.0, over_s=4.0)  # the out-breath
    assert mix.gain(4.0) == exactly(0.8 * db_to_gain(-6.0))
    mix.set_breath(4.0, 0.5, over_s=0.0)
    assert mix.gain(4.0) == exactly(0.8 * db_to_gain(-3.0))
    mix.set_breath(4.0, 2.0, over_s=0.0)  # clamped to the in-breath top
    assert mix.gain(4.0) == exactly(0.8)


def test_all_factors_combine() -> None:
    mix = Mixdown(master=0.5, music=0.8)
    mix.fade_in(0.0, 2.0)
    mix.duck_to(0.0, -6.0, 0.0)
    mix.set_breath(0.0, 0.0, 0.0)
    expected = MASTER_CAP * 0.5 * 0.8 * math.sqrt(0.5) * db_to_gain(-6) * db_to_gain(-6)
    assert mix.gain(1.0) == exactly(expected)
