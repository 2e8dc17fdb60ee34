"""The care team's plan and the observer's ratings: pure rules."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest

from companion.core.care.observer import (
    BREATHLESSNESS,
    OBSERVER_ITEMS,
    PAINAD_CREDIT,
    PAINAD_ITEMS,
    PAINAD_MAX,
    ObserverRating,
    clean_name,
)
from companion.core.care.plan import (
    Approval,
    CarePlan,
    Suggestion,
    adopt_legacy,
    clean,
    plan_from_dict,
)
from companion.core.sessions import Who

TZ = timezone(timedelta(hours=1))
WHEN = datetime(2026, 11, 23, 14, 5, tzinfo=TZ)


def test_a_plan_round_trips_and_an_unset_activity_is_approved() -> None:
    plan = CarePlan(
        approvals={"stretch": Approval("not-approved", "Not until the fracture heals")},
        unapproved="hide",
        restriction="no-neck",
        precautions={"iv-lines": "yes"},
        precautions_on="2026-11-20",
        suggestion=Suggestion("breathing", 10, "after lunch"),
        symptom="Breathlessness at night",
        outcome="Sleep through",
        time_energy="Ten minutes in the afternoon",
    )
    back, problems = plan_from_dict(plan.to_dict())
    assert back == plan and problems == []
    assert back.approved("breathing") and not back.approved("stretch")
    assert back.hidden("stretch") and not dataclasses.replace(back, unapproved="mark").hidden(
        "stretch"
    )
    assert back.restrictions.reasons  # a real Restrictions, from the preset
    assert back.precautions_date == date(2026, 11, 20)
    assert back.today_suggestion == Suggestion("breathing", 10, "after lunch")
    assert back.written and not CarePlan().written


def test_the_suggestion_of_an_unapproved_activity_is_not_offered() -> None:
    plan = CarePlan(
        approvals={"breathing": Approval("not-approved")}, suggestion=Suggestion("breathing")
    )
    assert plan.today_suggestion is None
    assert CarePlan(suggestion=Suggestion("")).today_suggestion is None


def test_a_damaged_plan_keeps_what_it_can_and_names_the_rest() -> None:
    data = CarePlan(symptom="Pain").to_dict()
    data.update(
        approvals={"juggling": {"status": "approved"}},
        restriction="no-toes",
        suggestion={"activity": "breathing", "minutes": 600},
        precautions={"allergies": "yes"},
        updated_on="soon",
    )
    plan, problems = plan_from_dict(data)
    assert plan.symptom == "Pain" and plan.restriction == "none"
    assert sorted(problems) == [
        "approvals",
        "precautions",
        "restriction",
        "suggestion",
        "updated_on",
    ]
    assert plan_from_dict([1, 2]) == (CarePlan(), ["(whole plan)"])


def test_clean_trims_text_and_refuses_what_no_plan_holds() -> None:
    long = "word " * 200
    assert len(clean(CarePlan(outcome=long)).outcome) == 300
    assert clean(CarePlan(symptom="  pain \n at night ")).symptom == "pain at night"
    with pytest.raises(ValueError):
        clean(CarePlan(suggestion=Suggestion("breathing", 0)))


def test_old_stretch_settings_are_adopted_only_where_the_plan_is_silent() -> None:
    legacy = {
        "restriction": "arms-only",
        "answers": {"swelling": "unsure"},
        "answered_on": "2026-11-01",
        "restriction_mode": "bogus",
    }
    adopted = adopt_legacy(CarePlan(), legacy)
    assert adopted.restriction == "arms-only" and adopted.restriction_mode == "mark"
    assert adopted.precautions == {"swelling": "unsure"}
    assert adopted.precautions_on == "2026-11-01"
    kept = adopt_legacy(CarePlan(restriction="no-back"), legacy)
    assert kept.restriction == "no-back"


def test_painad_is_five_items_of_zero_to_two_with_the_published_words_credited() -> None:
    assert [i.name for i in PAINAD_ITEMS] == [
        "Breathing independent of vocalization",
        "Negative vocalization",
        "Facial expression",
        "Body language",
        "Consolability",
    ]
    assert all(i.maximum == 2 and len(i.levels) == 3 for i in PAINAD_ITEMS)
    assert PAINAD_ITEMS[2].levels == ("Smiling or inexpressive", "Sad. Frightened. Frown.",
                                      "Facial grimacing.")  # fmt: skip
    assert PAINAD_MAX == 10 and "Warden" in PAINAD_CREDIT and "2003" in PAINAD_CREDIT
    assert BREATHLESSNESS.maximum == 10 and "carer's estimate" in BREATHLESSNESS.name


def test_the_painad_total_needs_every_item_and_could_not_rate_is_kept() -> None:
    scored = {i.key: 1 for i in PAINAD_ITEMS}
    rating = ObserverRating(WHEN, Who.FAMILY, scored)
    assert rating.painad_total == 5 and rating.has_painad
    partial = ObserverRating(WHEN, Who.FAMILY, {**scored, "painad_face": None})
    assert partial.painad_total is None and partial.answers["painad_face"] is None
    only_breath = ObserverRating(WHEN, Who.CAREGIVER, {"carer_breathlessness": 6})
    assert not only_breath.has_painad and only_breath.painad_total is None


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"observer": Who.PATIENT}, "observer"),
        ({"answers": {"painad_face": 3}}, "0–2"),
        ({"answers": {"anxiety": 3}}, "unknown"),
        ({"moment": "before"}, "session"),
        ({"moment": "whenever"}, "moment"),
        ({"taken_at": datetime(2026, 1, 1)}, "zone"),
    ],
)
def test_an_observer_rating_refuses_what_it_cannot_be(changes: dict, words: str) -> None:
    fields = {"taken_at": WHEN, "observer": Who.FAMILY, **changes}
    with pytest.raises(ValueError, match=words):
        ObserverRating(**fields)


def test_observer_items_are_never_self_report_items() -> None:
    from companion.core.history.ratings import ITEMS

    assert not set(OBSERVER_ITEMS) & set(ITEMS)
    assert clean_name("  Anna \n Smith " + "x" * 100)[:10] == "Anna Smith"
    assert len(clean_name("y" * 100)) == 60


def test_the_export_identities_are_uuid5_of_the_history_and_the_record() -> None:
    import uuid

    from companion.core.history.fhir import NAMESPACE, BundleBuilder

    builder = BundleBuilder("0123abcd", WHEN)
    space = uuid.uuid5(NAMESPACE, "0123abcd")
    for key in ("patient", "session/1", "session/99/after/anxiety", "person/family/Zoë"):
        assert builder.urn(key) == f"urn:uuid:{uuid.uuid5(space, key)}"


def test_a_shape_fills_its_slots_with_json() -> None:
    from companion.core.history.fhir import Shape, slot

    shape = Shape({"a": slot("x"), "b": [{"c": slot("y")}], "d": "§ not a slot"})
    assert shape.fill(x='"one"', y="2") == '{"a":"one","b":[{"c":2}],"d":"§ not a slot"}'
