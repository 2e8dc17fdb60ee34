"""A care plan and some observer ratings over the sample history (tests/helpers/history_sample)."""

from __future__ import annotations

from datetime import datetime, timedelta

from companion.core.care.observer import PAINAD_KEYS, ObserverRating
from companion.core.care.plan import Approval, CarePlan, Suggestion
from companion.core.sessions import Who
from companion.services.care.observer_data import ObserverData
from companion.services.care.plan_data import CarePlanData
from companion.services.history.data import HistoryData
from tests.helpers.history_sample import NOW, TZ

PLAN = CarePlan(
    approvals={
        "breathing": Approval("approved", "Twice a day, sitting up"),
        "stretch": Approval("not-approved", "Not until the fracture heals"),
    },
    restriction="arms-only",
    precautions={"low-platelets": "yes", "iv-lines": "no"},
    precautions_on="2026-11-20",
    suggestion=Suggestion("breathing", 10, "after lunch"),
    symptom="Breathlessness at night",
    outcome="To sleep through the night",
    time_energy="Ten minutes in the afternoon",
    written_by="Nurse Okafor",
    updated_on="2026-11-20",
)


def fill(history: HistoryData) -> list[ObserverRating]:
    """The plan, and three observer ratings: before and after the latest session, one alone."""
    CarePlanData(history.store).save(PLAN)
    latest = history.page(limit=1).records[0]
    assert latest.id is not None
    observers = ObserverData(history.store)
    ratings = [
        ObserverRating(
            latest.started_at - timedelta(minutes=2),
            Who.FAMILY,
            {**dict.fromkeys(PAINAD_KEYS, 1), "carer_breathlessness": 7},
            "before",
            latest.id,
            "Anna",
        ),
        ObserverRating(
            latest.started_at + timedelta(minutes=20),
            Who.FAMILY,
            {**dict.fromkeys(PAINAD_KEYS, 0), "painad_face": None, "carer_breathlessness": 4},
            "after",
            latest.id,
            "Anna",
        ),
        ObserverRating(
            datetime(2026, 11, 22, 3, 10, tzinfo=TZ), Who.CAREGIVER, {"carer_breathlessness": 8}
        ),
    ]
    for rating in ratings:
        if rating.session_id is None:
            observers.add(rating)
        else:
            observers.set_for_session(rating)
    assert ratings[-1].taken_at < NOW
    return ratings
