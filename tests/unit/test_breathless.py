""" "Breathless now" as pure rules: where a person is in the steps, the out-breath tone that
follows them, the care team's plan read from anything, and episodes counted apart."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from companion.core.breathless import (
    OUT_BREATH,
    PLAN,
    REPEAT_AFTER_S,
    STEPS,
    OutBreath,
    Place,
    back_place,
    next_place,
    plan_place,
)
from companion.core.breathless_plan import (
    MAX_CONTACTS,
    MAX_TEXT,
    BreathlessPlan,
    Contact,
    plan_from_dict,
    plan_problems,
    valid_number,
)
from companion.core.history.ratings import EPISODE_ITEM, higher_is_better
from companion.core.history.stats import (
    DayActivity,
    calendar,
    compare_weeks,
    day_part,
    per_activity,
    per_week,
    summarise_episodes,
)

TZ = timezone(timedelta(hours=1))


# -- the steps ----------------------------------------------------------------------------


def test_the_steps_end_with_the_plan_and_next_stops_there() -> None:
    assert STEPS[0] == "position" and STEPS[-1] == "plan" and len(STEPS) - 1 == PLAN
    assert STEPS.index("out-breath") == OUT_BREATH
    place = Place()
    seen = [place.step]
    while (following := next_place(place)) is not None:
        place = following
        seen.append(place.step)
    assert seen == list(STEPS) and place.last


def test_back_stops_at_the_first_step() -> None:
    assert back_place(Place(0)) == Place(0)
    assert back_place(Place(3)) == Place(2)
    assert Place().first and not Place(1).first


def test_the_plan_is_one_press_away_and_back_returns_to_where_the_person_was() -> None:
    opened = plan_place(Place(1))
    assert opened.index == PLAN and opened.came_from == 1
    assert not opened.first  # there is somewhere to go back to
    assert back_place(opened) == Place(1)
    reached = Place(PLAN)  # in turn: back is simply the step before
    assert plan_place(reached) is reached
    assert back_place(reached) == Place(PLAN - 1)
    assert next_place(opened) is None  # the plan is the last step, however it was reached


def test_the_out_breath_tone_sounds_when_asked_and_never_piles_up() -> None:
    breath = OutBreath()
    breath, sounds = breath.press(100.0)
    assert sounds and breath.tones == 1 and breath.words == 0
    same, sounds = breath.press(100.0 + REPEAT_AFTER_S / 2)  # a tremor, a double press
    assert not sounds and same == breath
    breath, sounds = breath.press(100.0 + REPEAT_AFTER_S)
    assert sounds and breath.tones == 2 and breath.last_tone_at == 100.0 + REPEAT_AFTER_S


def test_the_out_breath_words_go_round_longer_slower() -> None:
    breath = OutBreath()
    words = []
    for n in range(8):
        breath, _ = breath.press(10.0 * n)
        words.append(breath.words)
    assert words == [0, 1, 2, 3, 1, 2, 3, 1]  # never a count to keep up with


# -- the plan -----------------------------------------------------------------------------


def test_a_plan_round_trips_through_a_dict() -> None:
    plan = BreathlessPlan(
        medicine="Oramorph 2.5 mg when breathless at rest, up to every 4 hours.",
        contacts=(
            Contact("District nurses", "01234 567890"),
            Contact("Dr Okafor", "+44 20 7946 0000 ext 12"),
        ),
        emergency_when="If it does not ease after 20 minutes, or the lips turn blue.",
        emergency_number="999",
        written_by="Sam (palliative care nurse)",
        updated_on="2026-11-20",
    )  # fmt: skip
    again, problems = plan_from_dict(plan.to_dict())
    assert again == plan and problems == []
    assert not plan.empty and plan.updated_date == date(2026, 11, 20)
    assert BreathlessPlan().empty and BreathlessPlan(emergency_number="999").empty


@pytest.mark.parametrize(
    ("data", "reset"),
    [
        ({"medicine": 12}, ["medicine"]),
        ({"medicine": "x" * (MAX_TEXT + 1)}, ["medicine"]),
        ({"contacts": "call them"}, ["contacts"]),
        ({"contacts": [{"name": "Nurse", "number": "call them"}]}, ["contacts"]),
        ({"contacts": [{"name": "A\nB", "number": "1"}]}, ["contacts"]),
        ({"contacts": [{"name": "N", "number": "1"}] * (MAX_CONTACTS + 1)}, ["contacts"]),
        ({"emergency_number": "nine nine nine"}, ["emergency_number"]),
        ({"updated_on": "yesterday"}, ["updated_on"]),
        ({"written_by": "\x1b[31m"}, ["written_by"]),
    ],
)
def test_a_bad_field_is_left_empty_and_named(data, reset) -> None:
    plan, problems = plan_from_dict({"written_by": "Sam", **data})
    assert problems == reset
    assert getattr(plan, reset[0]) == getattr(BreathlessPlan(), reset[0])  # left empty
    assert plan.written_by == "Sam" or reset == ["written_by"]  # the rest is kept


def test_anything_that_is_not_a_plan_gives_an_empty_one() -> None:
    for data in (None, [], "plan", 3):
        plan, problems = plan_from_dict(data)
        assert plan == BreathlessPlan() and problems == ["(whole file)"]


def test_empty_contacts_are_dropped_and_numbers_checked() -> None:
    plan, problems = plan_from_dict({"contacts": [{"name": "", "number": ""}, {"name": "GP"}]})
    assert problems == [] and plan.contacts == (Contact("GP", ""),)
    assert valid_number("999") and valid_number("+44 (0)1234 567-890 ext 3")
    assert not valid_number("") and not valid_number("ext") and not valid_number("ring Sam")
    assert plan_problems(BreathlessPlan(emergency_number="help")) == ["emergency_number"]


# -- episodes are counted apart -----------------------------------------------------------


def test_breathlessness_is_its_own_question_not_esas_r() -> None:
    assert EPISODE_ITEM.key == "breathlessness" and not EPISODE_ITEM.esas
    assert not higher_is_better("breathlessness")  # 0 = not breathless
    assert higher_is_better("sleep") and not higher_is_better("pain")


def test_episodes_are_never_counted_as_practice() -> None:
    today = date(2026, 11, 23)
    rows = [
        DayActivity(today, "breathing", 2, 360.0),
        DayActivity(today, "breathless", 3, 900.0),
        DayActivity(today - timedelta(days=8), "breathless", 1, 300.0),
    ]
    weeks = compare_weeks(rows, today)
    assert weeks.this_week.sessions == 2 and weeks.this_week.minutes == 6.0
    assert weeks.last_week.sessions == 0
    assert [t.activity for t in per_activity(rows)] == ["breathing"]
    assert calendar(rows, today)[-1][0].sessions == 2  # the Monday: breathing only
    assert all(
        "breathless" not in w.sessions for w in per_week(rows, today - timedelta(days=14), today)
    )


def test_episodes_per_week_and_time_of_day() -> None:
    monday = date(2026, 11, 16)
    starts = [
        datetime(2026, 11, 16, 3, 10, tzinfo=TZ),  # night
        datetime(2026, 11, 18, 6, 0, tzinfo=TZ),  # morning (the hour it began, own offset)
        datetime(2026, 11, 23, 23, 59, tzinfo=TZ),  # evening, the next week
        datetime(2026, 10, 1, 12, 0, tzinfo=TZ),  # outside the period
    ]
    summary = summarise_episodes(starts, monday, date(2026, 11, 29), seconds=600.0)
    assert summary.count == 3 and summary.minutes == 10.0
    assert summary.weeks == [(monday, 2), (date(2026, 11, 23), 1)]
    assert summary.day_parts == {"night": 1, "morning": 1, "afternoon": 0, "evening": 1}
    later = summarise_episodes(starts, monday, date(2026, 11, 29), weeks_from=date(2026, 11, 25))
    assert later.count == 3 and later.weeks == [(date(2026, 11, 23), 1)]
    hours = (0, 5, 6, 11, 12, 17, 18, 23)
    assert [day_part(datetime(2026, 1, 1, h, tzinfo=TZ)) for h in hours] == [
        "night", "night", "morning", "morning", "afternoon", "afternoon", "evening", "evening",
    ]  # fmt: skip
