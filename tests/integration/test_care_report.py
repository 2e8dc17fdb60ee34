"""The care team's parts of the exports: the PDF opens with the plan and its answers, observer
ratings have their own section and CSV columns, labelled with who rated, never averaged."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from companion.services.care.observer_data import ObserverData
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.exports import write_csv
from companion.services.history.report import build_report
from companion.services.store import Store
from companion.ui.history.report_pdf import write_pdf
from tests.helpers import care_sample, history_sample


@pytest.fixture
def history():
    store = Store.in_memory()
    history = HistoryData(store)
    history_sample.fill(history)
    care_sample.fill(history)
    yield history
    store.close()


def text_of(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_report_opens_with_the_plan_and_keeps_observer_ratings_apart(
    qapp, history, tmp_path: Path
) -> None:
    report = build_report(history, HistoryFilter(), history_sample.NOW)
    path = tmp_path / "report.pdf"
    write_pdf(path, report)
    text = text_of(path)
    plan_at, sessions_at = text.index("Care plan"), text.index("Sessions")
    assert plan_at < sessions_at  # the plan comes first
    for words in (
        "Written with Nurse Okafor.",
        "Most distressing symptom now: Breathlessness at night",
        "The outcome that matters most: To sleep through the night",
        "Time and energy each day: Ten minutes in the afternoon",
        "Paced breathing: Approved — Twice a day, sitting up",
        "Gentle stretches: Not approved — Not until the fracture heals",
        "Daily suggestion: Paced breathing, 10 min — after lunch",
        "Movement limits: Arms and hands only",
        "low platelets or easy bruising (yes)",
    ):
        assert words in text[plan_at:sessions_at], words
    observed = text[text.index("Ratings by an observer (not the patient's own)") :]
    assert "PAINAD 5 of 10" in observed and "breathlessness (carer's estimate) 7 of 10" in observed
    assert "could not rate: Facial expression" in observed
    assert "Observer-rated by Family caregiver (Anna)" in observed
    assert "Observer-rated by Professional caregiver" in observed and "(on its own)" in observed
    assert "Warden" in observed  # PAINAD is credited
    # the patient's own table knows nothing of them
    ratings = text[text.index("Ratings before and after sessions") : text.index("Ratings by")]
    assert "PAINAD" not in ratings and "carer" not in ratings


def test_without_a_plan_or_observer_ratings_the_report_says_nothing_of_them(
    qapp, tmp_path: Path
) -> None:
    store = Store.in_memory()
    history = HistoryData(store)
    history_sample.fill(history)
    report = build_report(history, HistoryFilter(), history_sample.NOW)
    assert report.plan is None and report.observer == []
    path = tmp_path / "plain.pdf"
    write_pdf(path, report)
    text = text_of(path)
    assert "Care plan" not in text and "observer" not in text
    store.close()


def test_the_csv_has_observer_columns_apart_from_the_patients_own(history, tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    write_csv(path, history.iter_sessions(), observers=ObserverData(history.store).for_sessions)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    observed = [r for r in rows if r["observer_before"]]
    [row] = observed
    assert row["observer_before"] == (
        "observer=family; name=Anna; painad_breathing=1; painad_vocalization=1; painad_face=1;"
        " painad_body=1; painad_consolability=1; carer_breathlessness=7; painad_total=5"
    )
    assert "painad_face=could-not-rate" in row["observer_after"]
    assert "painad_total" not in row["observer_after"]  # no total from an incomplete PAINAD
    assert "painad" not in row["ratings_before"] + row["ratings_after"]
    assert all(r["observer_after"] == "" for r in rows if r is not row)
