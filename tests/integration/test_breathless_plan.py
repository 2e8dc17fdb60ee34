"""The breathlessness plan's file, on a real disk: owner-only, never lost, hostile files refused;
and episodes in the care-team report, counted apart from the sessions."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from companion.core.breathless_plan import BreathlessPlan, Contact
from companion.core.problems import Problem
from companion.core.sessions import Activity, Rating, SessionRecord
from companion.services.breathless_plan import MAX_BYTES, BreathlessPlanStore
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.report import build_report
from companion.services.store import Store
from companion.ui.history.report_pdf import write_pdf

PLAN = BreathlessPlan(
    medicine="Morphine solution 2.5 mg when breathless at rest; wait 20 minutes.",
    contacts=(Contact("District nurses", "01234 567890"),),
    emergency_when="Lips or face blue or grey; it does not ease.",
    emergency_number="999",
    written_by="Sam, palliative care nurse",
)
TZ = timezone(timedelta(hours=1))


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "breathless_plan.json"


def test_a_saved_plan_is_read_back_owner_only_and_dated(plan_file) -> None:
    store = BreathlessPlanStore(plan_file)
    assert store.load() == BreathlessPlan() and store.problems == []  # none yet: quietly empty
    written = store.save(PLAN, date(2026, 11, 20))
    assert written.updated_on == "2026-11-20"
    assert BreathlessPlanStore(plan_file).load() == written
    assert stat.S_IMODE(plan_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(plan_file.parent.stat().st_mode) == 0o700
    assert [p.name for p in plan_file.parent.iterdir()] == ["breathless_plan.json"]  # no temp


@pytest.mark.parametrize(
    "content", [b"{not json", b"[1, 2]", b"\xff\xfe", b"[" * 100_000, b"x" * (MAX_BYTES + 1)]
)
def test_a_damaged_plan_is_set_aside_never_deleted(plan_file, content) -> None:
    plan_file.parent.mkdir(parents=True)
    plan_file.write_bytes(content)
    store = BreathlessPlanStore(plan_file)
    assert store.load() == BreathlessPlan()
    [problem] = store.problems
    assert problem.code == "breathless-plan.set-aside"
    [kept] = plan_file.parent.iterdir()
    assert kept.name == problem.args[0] and kept.read_bytes() == content
    assert not plan_file.exists()


def test_a_link_or_a_fifo_is_not_read(plan_file, tmp_path) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps(PLAN.to_dict()))
    plan_file.parent.mkdir(parents=True)
    plan_file.symlink_to(secret)
    store = BreathlessPlanStore(plan_file)
    assert store.load() == BreathlessPlan()
    assert store.problems[0].code == "breathless-plan.set-aside"
    assert secret.exists() and not plan_file.is_symlink()  # the link moved aside, not followed
    os.mkfifo(plan_file)
    assert store.load() == BreathlessPlan()  # no hang on a FIFO
    assert store.problems[0].code == "breathless-plan.set-aside"


def test_a_field_that_cannot_be_read_is_left_empty_and_said(plan_file) -> None:
    plan_file.parent.mkdir(parents=True)
    plan_file.write_text(json.dumps({**PLAN.to_dict(), "emergency_number": "ring ring"}))
    store = BreathlessPlanStore(plan_file)
    plan = store.load()
    assert plan.medicine == PLAN.medicine and plan.emergency_number == ""
    assert store.problems == [Problem("breathless-plan.reset", ("emergency_number",))]


def test_episodes_go_in_the_report_apart_from_sessions(qapp, tmp_path) -> None:
    store = Store.open(tmp_path / "history.db")
    history = HistoryData(store)
    monday = datetime(2026, 11, 16, 9, 0, tzinfo=TZ)
    store.add(SessionRecord(Activity.BREATHING, "calm", monday, 180.0, 180.0, True))
    for when, seconds in (
        (monday.replace(hour=3), 420.0),
        (monday + timedelta(days=8, hours=10), 300.0),
    ):
        sid = store.add(SessionRecord(Activity.BREATHLESS, "episode", when, seconds, None, True))
        history.set_ratings(sid, "before", [Rating("before", "breathlessness", 8)])
        history.set_ratings(sid, "after", [Rating("after", "breathlessness", 3)])
    now = datetime(2026, 11, 29, 20, 0, tzinfo=TZ)
    report = build_report(history, HistoryFilter(), now)
    assert report.totals.sessions == 1 and report.totals.minutes == 3.0  # practice only
    assert [a.activity for a in report.activities] == ["breathing"]
    assert report.active_days == 1
    episodes = report.episodes
    assert episodes is not None and episodes.count == 2 and episodes.minutes == 12.0
    assert episodes.weeks == [(date(2026, 11, 16), 1), (date(2026, 11, 23), 1)]
    assert episodes.day_parts == {"night": 1, "morning": 0, "afternoon": 0, "evening": 1}
    assert [s.item for s in report.ratings] == ["breathlessness"]  # its own question
    breathing_only = build_report(history, HistoryFilter("breathing"), now)
    assert breathing_only.episodes is None
    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Breathless now: episodes of breathlessness" in text
    assert "Episodes in this period: 2, 12 minutes in all" in text
    assert "Per week (week of): 16 Nov 2026: 1 · 23 Nov 2026: 1" in text
    assert "night (0–6 h) 1" in text and "evening (18–24 h) 1" in text
    assert "1 session" in text and "in all, on 1 day." in text  # practice, apart
    store.close()
