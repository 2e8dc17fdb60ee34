"""The massage timeline, precautions answers, the series and the stretch settings file data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from companion.core.stretch.massage import (
    MassageTimeline,
    all_answered,
    chosen_steps,
    concerns,
    plan_massage,
    recent_days,
)
from companion.core.stretch.settings import StretchSettings, stretch_settings_from_dict
from companion.services.stretch.library import load_library

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "stretches"


@pytest.fixture(scope="module")
def guide():  # type: ignore[no-untyped-def]
    return load_library(ASSETS).massage


def test_timeline_steps_and_remaining_times(guide) -> None:  # type: ignore[no-untyped-def]
    steps = chosen_steps(guide, include_optional=False)
    assert len(steps) == len(guide.steps) - 2 and not any(s.optional for s in steps)
    timeline = MassageTimeline(steps)
    assert 600 <= timeline.total_s <= 900
    first = timeline.at(0.0)
    assert (first.index, first.step_remaining_s) == (0, steps[0].duration_s)
    second = timeline.at(steps[0].duration_s + 5.0)
    assert second.index == 1 and second.step_elapsed_s == pytest.approx(5.0)
    assert second.total_remaining_s == pytest.approx(timeline.total_s - steps[0].duration_s - 5)
    assert timeline.at(timeline.total_s).index is None
    assert timeline.start_of(2) == steps[0].duration_s + steps[1].duration_s
    with pytest.raises(ValueError):
        timeline.at(-1.0)


def test_a_yes_or_not_sure_raises_a_concern(guide) -> None:  # type: ignore[no-untyped-def]
    answers = {p.id: "no" for p in guide.precautions}
    assert all_answered(guide, answers) and concerns(guide, answers) == ()
    answers["blood-clot"] = "yes"
    answers["iv-lines"] = "unsure"
    assert [p.id for p in concerns(guide, answers)] == ["blood-clot", "iv-lines"]
    del answers["swelling"]
    assert not all_answered(guide, answers)


def test_series_shows_the_last_three_days_oldest_first() -> None:
    today = date(2026, 11, 23)
    days = recent_days([date(2026, 11, 21), date(2026, 11, 23), date(2026, 11, 1)], today)
    assert days == ((date(2026, 11, 21), True), (date(2026, 11, 22), False), (today, True))


def test_settings_round_trip_and_bad_values_reset() -> None:
    settings = StretchSettings(giver="caregiver", include_forearms=False)
    back, problems = stretch_settings_from_dict(settings.to_dict())
    assert back == settings and problems == []
    bad = {"giver": "robot", "user_routines": "x", "include_forearms": 1}
    reset, problems = stretch_settings_from_dict(bad)
    assert reset == StretchSettings()
    assert sorted(problems) == sorted(bad)
    assert stretch_settings_from_dict([])[1] == ["(whole file)"]


def _plan(guide, **answers):  # type: ignore[no-untyped-def]
    every = {p.id: "no" for p in guide.precautions}
    every.update({key.replace("_", "-"): value for key, value in answers.items()})
    return plan_massage(guide, every, include_forearms=True)


def test_no_concern_plans_every_step_at_the_usual_touch(guide) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(guide)
    assert plan.touch == "gentle" and not plan.one_hand and plan.can_start
    assert plan.steps == guide.steps and plan.reminders == () and plan.forearms_possible


def test_the_lightest_touch_asked_for_wins(guide) -> None:  # type: ignore[no-untyped-def]
    assert _plan(guide, fragile_bones="yes").touch == "featherlight"
    both = _plan(guide, fragile_bones="yes", low_platelets="unsure")
    assert both.touch == "resting" and not both.forearms_possible
    assert all("circles" not in " ".join(s.instructions) for s in both.steps)
    assert both.reminders  # fragile bones still reminds on every step


def test_one_hand_takes_the_time_of_both(guide) -> None:  # type: ignore[no-untyped-def]
    two = _plan(guide)
    one = _plan(guide, iv_lines="yes")
    assert one.one_hand and all(s.hand != 2 for s in one.steps)
    first = [s for s in two.steps if s.hand == 1]
    assert [s.duration_s for s in one.steps if s.hand == 1] == [2 * s.duration_s for s in first]


def test_ask_first_blocks_the_start_whatever_else_is_answered(guide) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(guide, blood_clot="unsure", swelling="yes")
    assert not plan.can_start and [p.id for p in plan.ask_first] == ["blood-clot"]


def test_forearms_are_left_out_unless_asked_for(guide) -> None:  # type: ignore[no-untyped-def]
    answers = {p.id: "no" for p in guide.precautions}
    without = plan_massage(guide, answers, include_forearms=False)
    assert without.forearms_possible and not any(s.optional for s in without.steps)
