"""History queries and edits on a real SQLite file; delete-all; backup and restore."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.sessions import Activity, Rating, SessionRecord, Who
from companion.services.history.backup import BackupError, backup, check_backup, restore
from companion.services.history.data import Checkin, HistoryData, HistoryFilter
from companion.services.store import Store

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
MARKER = "zebra-marker-7f3a"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


@pytest.fixture
def data(db_path: Path):
    store = Store.open(db_path)
    yield HistoryData(store)
    store.close()


def add(data: HistoryData, when: datetime, activity=Activity.BREATHING, **kw) -> int:
    return data.store.add(SessionRecord(activity, "calm", when, duration_s=300, **kw))


def test_day_rows_use_the_lived_day_across_dst(data: HistoryData) -> None:
    add(data, datetime(2026, 3, 28, 23, 30, tzinfo=CET))
    add(data, datetime(2026, 3, 29, 0, 30, tzinfo=CET))
    add(data, datetime(2026, 3, 29, 23, 45, tzinfo=CEST))
    add(data, datetime(2026, 3, 30, 0, 15, tzinfo=CEST), Activity.LISTENING)
    rows = data.day_rows()
    assert [(r.day, r.activity, r.sessions) for r in rows] == [
        (date(2026, 3, 28), "breathing", 1),
        (date(2026, 3, 29), "breathing", 2),
        (date(2026, 3, 30), "listening", 1),
    ]
    only = HistoryFilter(first=date(2026, 3, 29), last=date(2026, 3, 29))
    assert data.count(only) == 2
    assert data.count(HistoryFilter(activity="listening")) == 1


def test_pages_are_newest_first_and_continue_by_key(data: HistoryData) -> None:
    start = datetime(2026, 12, 30, 8, 0, tzinfo=CET)
    for i in range(7):
        add(data, start + timedelta(hours=12 * i))
    first = data.page(limit=3)
    second = data.page(after=first.next_key, limit=3)
    rest = data.page(after=second.next_key, limit=3)
    assert first.more and second.more and not rest.more
    times = [r.started_at for r in first.records + second.records + rest.records]
    assert len(times) == 7 and times == sorted(times, reverse=True)
    assert [r.started_at for r in data.iter_sessions()] == sorted(times)


def test_ratings_notes_and_who_are_stored(data: HistoryData) -> None:
    sid = add(data, datetime(2026, 5, 1, 10, 0, tzinfo=CEST))
    data.set_ratings(sid, "before", [Rating("before", "anxiety", 7)], Who.FAMILY)
    data.set_ratings(sid, "after", [Rating("after", "anxiety", 5)])
    data.set_ratings(sid, "after", [Rating("after", "anxiety", 4)])  # replaces
    data.set_session_note(sid, "  slept after  ")
    data.set_day_note(date(2026, 5, 1), "A visit from her sister")
    record = data.get(sid)
    assert record is not None and record.who is Who.FAMILY and record.note == "slept after"
    assert sorted(record.ratings, key=lambda r: r.when) == [
        Rating("after", "anxiety", 4),
        Rating("before", "anxiety", 7),
    ]
    [change] = data.rating_changes()
    assert (change.before, change.after) == (7, 4)
    notes = data.notes()
    assert [n.text for n in notes] == ["A visit from her sister", "slept after"]
    data.set_day_note(date(2026, 5, 1), "")
    assert data.day_note(date(2026, 5, 1)) == ""


def test_checkin_replaces_the_same_day(data: HistoryData) -> None:
    day = date(2026, 5, 2)
    taken = datetime(2026, 5, 2, 9, 0, tzinfo=CEST)
    data.add_checkin(Checkin(day, taken, Who.PATIENT, {"pain": 3, "anxiety": 6}, {"sleep": 4}))
    data.add_checkin(Checkin(day, taken, Who.PATIENT, {"pain": 2}, {"mood": 7}, "itching"))
    found = data.checkin_on(day)
    assert found is not None and found.esas == {"pain": 2} and found.extra == {"mood": 7}
    assert found.other_problem == "itching" and len(data.checkins()) == 1
    with pytest.raises(ValueError):
        data.add_checkin(Checkin(day, taken, None, {"made_up": 1}, {}))


def test_quick_items_are_remembered_at_most_three(data: HistoryData) -> None:
    data.set_quick_items(["pain", "nope", "anxiety", "wellbeing", "nausea"])
    assert data.quick_items() == ("pain", "anxiety", "wellbeing")


def test_delete_one_session_keeps_the_others(data: HistoryData) -> None:
    keep = add(data, datetime(2026, 5, 1, 10, 0, tzinfo=CEST))
    gone = add(data, datetime(2026, 5, 1, 11, 0, tzinfo=CEST))
    data.set_ratings(gone, "before", [Rating("before", "pain", 4)])
    data.delete_session(gone)
    assert [r.id for r in data.page().records] == [keep]
    assert data.rating_count() == 0


def test_delete_all_really_removes_the_data(data: HistoryData, db_path: Path) -> None:
    for i in range(50):
        sid = add(data, datetime(2026, 5, 1, 10, 0, tzinfo=CEST) + timedelta(hours=i))
        data.set_session_note(sid, f"{MARKER} {i}")
        data.set_ratings(sid, "after", [Rating("after", "pain", 3)])
    data.set_day_note(date(2026, 5, 1), MARKER)
    data.add_checkin(Checkin(date(2026, 5, 1), datetime.now(CEST), None, {"pain": 1}, {}))
    data.delete_all()
    assert data.count() == 0 and data.rating_count() == 0 and data.checkins() == []
    assert data.notes() == []
    for suffix in ("", "-wal"):
        file = Path(f"{db_path}{suffix}")
        if file.exists():
            assert MARKER.encode() not in file.read_bytes()


def test_backup_and_restore_round_trip(data: HistoryData, db_path: Path, tmp_path: Path) -> None:
    sid = add(data, datetime(2026, 5, 1, 10, 0, tzinfo=CEST), note="kept in the backup")
    data.set_ratings(sid, "before", [Rating("before", "anxiety", 6)])
    copy = tmp_path / "backup.companion"
    backup(db_path, copy)
    assert (copy.stat().st_mode & 0o777) == 0o600
    assert check_backup(copy).sessions == 1
    add(data, datetime(2026, 5, 2, 10, 0, tzinfo=CEST), note="after the backup")
    kept, summary = restore(db_path, copy)
    assert summary.sessions == 1
    assert kept.exists() and check_backup(kept).sessions == 2  # the replaced history, kept
    assert [r.note for r in data.page().records] == ["kept in the backup"]  # the open store sees it
    assert data.get(sid).ratings == (Rating("before", "anxiety", 6),)  # type: ignore[union-attr]
    data.set_day_note(date(2026, 5, 3), "still writable")
    assert data.day_note(date(2026, 5, 3)) == "still writable"


def test_restore_refuses_a_bad_file_and_changes_nothing(
    data: HistoryData, db_path: Path, tmp_path: Path
) -> None:
    add(data, datetime(2026, 5, 1, 10, 0, tzinfo=CEST))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    for bad in (junk, other, tmp_path / "missing.db"):
        with pytest.raises(BackupError):
            restore(db_path, bad)
    assert data.count() == 1
    assert not list(db_path.parent.glob("*before-restore*"))
