"""A quiet time and a breathing session that started where the person was, both run for real
(on a fake clock) into a real history file: named in History, in the CSV and in the PDF."""

from __future__ import annotations

import csv

import pytest
from pypdf import PdfReader

from companion.core.breathing import Pattern
from companion.core.meditation import MeditationPlan
from companion.services.history.data import HistoryFilter
from companion.services.history.exports import write_csv
from companion.services.history.report import build_report
from companion.sessions.breathing import BreathingSession
from companion.sessions.meditation import MeditationRequest, MeditationSession
from companion.ui.history.page import HistoryPage
from companion.ui.history.report_pdf import write_pdf
from tests.helpers.services import make_services


def run(session, clock, seconds: float, step: float = 0.5) -> None:  # type: ignore[no-untyped-def]
    for _ in range(round(seconds / step)):
        clock.advance(step)
        session.poll()


@pytest.fixture
def sessions(qtbot, store, clock, keeper):
    plan = MeditationPlan.from_minutes(5, 1, "bowl")
    sit = MeditationSession(MeditationRequest(plan), store, now=clock, parent=keeper)
    sit.start()
    run(sit, clock, 301)
    led = BreathingSession(
        Pattern(4, 6), "calm", 180.0, store, now=clock, parent=keeper, lead_from=Pattern(3, 3)
    )
    led.start()
    run(led, clock, 190)
    assert sit.completed and led.completed
    return sit, led


def test_history_names_both(qtbot, sessions, state, store, clock, tmp_path) -> None:
    _sit, led = sessions
    page = HistoryPage(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    model = page.model
    assert model.rowCount() == 2
    what = {model.text(row).what for row in range(2)}
    reached = led.pace().label()
    assert what == {
        "Meditation, Bowl, every 1 min",
        f"Breathing, calm, from your own pace 3-3 to {reached}",
    }
    labels = [page.activity_box.itemText(i) for i in range(page.activity_box.count())]
    assert "Meditation" in labels


def test_the_csv_keeps_both(sessions, store, tmp_path) -> None:
    _sit, led = sessions
    out = tmp_path / "history.csv"
    assert write_csv(out, store.sessions()) == 2
    with out.open(encoding="utf-8") as handle:
        rows = {r["activity"]: r for r in csv.DictReader(handle)}
    assert rows["meditation"]["item"] == "bowl every 1 min"
    assert rows["meditation"]["completed"] in ("1", "true", "True", "yes")
    assert float(rows["meditation"]["duration_s"]) == pytest.approx(300)
    assert rows["breathing"]["item"] == f"calm from 3-3 to {led.pace().label()}"


def test_the_pdf_counts_the_quiet_time(qapp, sessions, store, clock, tmp_path) -> None:
    from companion.services.history.data import HistoryData

    report = build_report(HistoryData(store), HistoryFilter(), store.sessions()[0].started_at)
    out = tmp_path / "report.pdf"
    write_pdf(out, report)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Meditation" in text and "Breathing" in text
