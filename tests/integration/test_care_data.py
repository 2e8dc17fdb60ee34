"""The care plan and observer ratings in a real history file: kept, read back, apart from the
patient's own ratings, migrated from version 3, removed by "Delete all my data"."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.care.observer import PAINAD_KEYS, ObserverRating
from companion.core.care.plan import Approval, CarePlan, Suggestion
from companion.core.sessions import Activity, Rating, SessionRecord, Who
from companion.services import store as store_module
from companion.services.care.observer_data import ObserverData, ObserverFilter
from companion.services.care.plan_data import CarePlanData
from companion.services.history.backup import backup, restore
from companion.services.history.data import HistoryData
from companion.services.store import SCHEMA_VERSION, Store

TZ = timezone(timedelta(hours=1))
MARKER = "quokka-marker-51c9"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


@pytest.fixture
def store(db_path: Path):
    store = Store.open(db_path)
    yield store
    store.close()


def session(store: Store, when: datetime, activity: Activity = Activity.BREATHING) -> int:
    return store.add(SessionRecord(activity, "calm", when, duration_s=300))


def test_the_plan_is_kept_whole_and_read_back(store: Store, db_path: Path) -> None:
    plans = CarePlanData(store)
    assert not plans.saved() and plans.load() == CarePlan()
    plan = CarePlan(
        approvals={"massage": Approval("not-approved", "Ask us first: low platelets")},
        suggestion=Suggestion("breathing", 10),
        symptom="  Breathlessness\nat night ",
    )
    kept = plans.save(plan)
    assert kept.symptom == "Breathlessness at night"
    store.close()
    again = Store.open(db_path)
    assert CarePlanData(again).load() == kept and CarePlanData(again).saved()
    again.close()


def test_a_damaged_plan_is_read_as_far_as_it_goes(store: Store) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO care_plan (id, plan, updated_at) VALUES (1, ?, '')",
            ('{"symptom": "Pain", "restriction": "no-toes"}',),
        )
    plans = CarePlanData(store)
    assert plans.load().symptom == "Pain" and plans.problems == ["restriction"]
    with store.transaction() as conn:
        conn.execute("UPDATE care_plan SET plan = '{not json'")
    assert plans.load() == CarePlan() and plans.problems == ["(whole plan)"]


def test_observer_ratings_keep_could_not_rate_and_who_rated(store: Store) -> None:
    sid = session(store, datetime(2026, 11, 20, 10, 0, tzinfo=TZ))
    observers = ObserverData(store)
    before = ObserverRating(
        datetime(2026, 11, 20, 9, 58, tzinfo=TZ),
        Who.FAMILY,
        {**dict.fromkeys(PAINAD_KEYS, 1), "painad_face": None, "carer_breathlessness": 6},
        "before",
        sid,
        "Anna",
    )
    observers.set_for_session(before)
    alone = ObserverRating(datetime(2026, 11, 21, 3, 0, tzinfo=TZ), Who.CAREGIVER,
                           {"carer_breathlessness": None})  # fmt: skip
    observers.add(alone)
    found = observers.ratings()
    assert [r.moment for r in found] == ["before", "alone"]
    assert found[0].answers["painad_face"] is None and found[0].name == "Anna"
    assert found[0].observer is Who.FAMILY and found[0].painad_total is None
    assert found[1].answers == {"carer_breathlessness": None} and found[1].session_id is None
    assert observers.last_observer() == (Who.CAREGIVER, "")
    assert observers.for_sessions([sid])[sid][0].answers == found[0].answers
    # the patient's own ratings never hear of them
    assert HistoryData(store).rating_count() == 0


def test_a_session_has_one_observer_set_per_moment_and_empty_removes_it(store: Store) -> None:
    sid = session(store, datetime(2026, 11, 20, 10, 0, tzinfo=TZ))
    observers = ObserverData(store)
    when = datetime(2026, 11, 20, 10, 20, tzinfo=TZ)
    for value in (3, 4):
        observers.set_for_session(
            ObserverRating(when, Who.FAMILY, {"carer_breathlessness": value}, "after", sid)
        )
    [kept] = observers.ratings()
    assert kept.answers == {"carer_breathlessness": 4}
    observers.set_for_session(ObserverRating(when, Who.FAMILY, {}, "after", sid))
    assert observers.count() == 0


def test_observer_ratings_follow_the_days_and_the_activity(store: Store) -> None:
    observers = ObserverData(store)
    for day, activity in ((18, Activity.BREATHING), (19, Activity.MASSAGE), (20, None)):
        when = datetime(2026, 11, day, 23, 30, tzinfo=TZ)
        sid = session(store, when, activity) if activity else None
        observers.add(
            ObserverRating(when, Who.FAMILY, {"painad_face": 1}, "before" if sid else "alone", sid)
        )
    assert observers.count(ObserverFilter(date(2026, 11, 19), date(2026, 11, 20))) == 2
    assert observers.count(ObserverFilter(activity="massage")) == 1
    assert observers.count(ObserverFilter(last=date(2026, 11, 18))) == 1


def test_deleting_a_session_deletes_the_ratings_around_it(store: Store) -> None:
    sid = session(store, datetime(2026, 11, 20, 10, 0, tzinfo=TZ))
    observers = ObserverData(store)
    when = datetime(2026, 11, 20, 10, 0, tzinfo=TZ)
    observers.set_for_session(ObserverRating(when, Who.FAMILY, {"painad_body": 2}, "before", sid))
    HistoryData(store).delete_session(sid)
    assert observers.count() == 0
    assert store.query("SELECT COUNT(*) FROM observer_answers")[0][0] == 0


def test_delete_all_removes_the_plan_and_observer_ratings_for_good(
    store: Store, db_path: Path
) -> None:
    old_id = store.query("SELECT value FROM history_choices WHERE key = 'export_id'")[0][0]
    CarePlanData(store).save(CarePlan(outcome=MARKER))
    ObserverData(store).add(
        ObserverRating(datetime.now(TZ), Who.FAMILY, {"painad_face": 0}, name=MARKER)
    )
    HistoryData(store).delete_all()
    assert not CarePlanData(store).saved() and ObserverData(store).count() == 0
    [new_id] = store.query("SELECT value FROM history_choices WHERE key = 'export_id'")[0]
    assert len(new_id) == 32 and new_id != old_id  # later exports are not linkable to old ones
    for suffix in ("", "-wal"):
        file = Path(f"{db_path}{suffix}")
        if file.exists():
            assert MARKER.encode() not in file.read_bytes()


def test_a_version_3_history_gains_the_care_tables_and_keeps_its_sessions(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    for script in store_module.MIGRATIONS[:3]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 3")
    conn.execute(
        "INSERT INTO sessions (activity, item, started_at, started_ts, updated_at)"
        " VALUES ('breathing', 'calm', '2026-01-02T10:00:00+01:00', 0, '')"
    )
    conn.commit()
    conn.close()
    store = Store.open(db_path)
    assert store.schema_version == SCHEMA_VERSION and store.count() == 1
    assert CarePlanData(store).load() == CarePlan()
    [[export_id]] = store.query("SELECT value FROM history_choices WHERE key = 'export_id'")
    assert len(export_id) == 32
    store.close()


def test_a_backup_carries_the_plan_and_the_observer_ratings(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    CarePlanData(store).save(CarePlan(symptom="Pain"))
    sid = session(store, datetime(2026, 11, 20, 10, 0, tzinfo=TZ))
    HistoryData(store).set_ratings(sid, "before", [Rating("before", "pain", 5)])
    ObserverData(store).add(ObserverRating(datetime.now(TZ), Who.FAMILY, {"painad_face": 2}))
    copy = tmp_path / "backup.db"
    backup(db_path, copy)
    HistoryData(store).delete_all()
    restore(db_path, copy)
    assert CarePlanData(store).load().symptom == "Pain"
    assert ObserverData(store).count() == 1
