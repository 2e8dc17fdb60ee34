"""The quiet time's plan: when each bell rings, what history calls it, what it refuses."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.meditation import (
    MAX_MINUTES,
    Bell,
    BellKind,
    MeditationPlan,
    PlanError,
    PlanProblem,
)

START, INTERVAL, END = BellKind.START, BellKind.INTERVAL, BellKind.END


def test_half_a_minute_with_a_bell_every_quarter_rings_at_0_15_and_30() -> None:
    plan = MeditationPlan.from_minutes(0.5, 0.25, "bowl")
    assert plan.bells_until(1000) == [Bell(0, START), Bell(15, INTERVAL), Bell(30, END)]


def test_an_interval_bell_never_rings_on_top_of_the_end_bell() -> None:
    plan = MeditationPlan.from_minutes(10, 5, "bowl")
    assert [(b.at, b.kind) for b in plan.bells_until(1e9)] == [
        (0, START),
        (300, INTERVAL),
        (600, END),
    ]
    assert MeditationPlan.from_minutes(3, 5, "bowl").bells_until(1e9) == [
        Bell(0, START),
        Bell(180, END),
    ]


def test_open_ended_rings_the_start_and_interval_bells_for_ever() -> None:
    plan = MeditationPlan.from_minutes(0, 2, "small-bowl")
    assert plan.planned_s is None
    bells = plan.bells_until(3600 * 5)
    assert bells[0] == Bell(0, START) and all(b.kind is INTERVAL for b in bells[1:])
    assert [b.at for b in bells[1:4]] == [120, 240, 360] and len(bells) == 151
    assert MeditationPlan.from_minutes(0, 0, "bowl").bells_until(1e9) == [Bell(0, START)]


def test_what_history_calls_it() -> None:
    assert MeditationPlan.from_minutes(10, 0, "bowl").item == "bowl"
    assert MeditationPlan.from_minutes(20, 5, "deep-bowl").item == "deep-bowl every 5 min"
    assert MeditationPlan.from_minutes(0, 0.25, "none").item == "none every 0.25 min"
    assert not MeditationPlan.from_minutes(1, 0, "none").rings


@pytest.mark.parametrize(
    ("minutes", "interval", "bell", "problem"),
    [
        (-1, 0, "bowl", PlanProblem.MINUTES),
        (math.nan, 0, "bowl", PlanProblem.MINUTES),
        (MAX_MINUTES + 1, 0, "bowl", PlanProblem.MINUTES),
        (10, -2, "bowl", PlanProblem.INTERVAL),
        (10, math.inf, "bowl", PlanProblem.INTERVAL),
        (10, 0.1, "bowl", PlanProblem.INTERVAL),  # bells would ring into each other
        (10, 0, "gong", PlanProblem.BELL),
    ],
)
def test_what_cannot_be_used_is_refused_with_a_code(minutes, interval, bell, problem) -> None:
    with pytest.raises(PlanError) as refused:
        MeditationPlan.from_minutes(minutes, interval, bell)
    assert refused.value.problem is problem


@given(
    st.floats(min_value=0.05, max_value=60),
    st.just(0.0) | st.floats(min_value=0.25, max_value=20),
)
def test_bells_are_in_order_start_first_end_last(minutes: float, interval: float) -> None:
    plan = MeditationPlan.from_minutes(minutes, interval, "bowl")
    bells = plan.bells_until(1e9)
    assert bells[0] == Bell(0, START) and bells[-1] == Bell(minutes * 60, END)
    assert [b.at for b in bells] == sorted(b.at for b in bells)
    assert len({b.at for b in bells}) == len(bells)  # never two at once
    assert all(b.kind is INTERVAL for b in bells[1:-1])
