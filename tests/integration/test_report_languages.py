"""The PDF report and the CSV in the chosen language; ESAS-r's wording never mixed silently."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from companion.core.history.csvrows import CSV_COLUMNS
from companion.core.wording import ratings_wording
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.exports import write_csv
from companion.services.history.report import build_report
from companion.services.store import Store
from companion.ui.common.translations import install_translations
from companion.ui.history.report_pdf import write_pdf
from tests.helpers import history_sample
from tests.integration.test_report import text_of

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))


@pytest.fixture
def history():
    store = Store.in_memory()
    data = HistoryData(store)
    history_sample.fill(data)
    yield data
    store.close()


@pytest.mark.parametrize(
    ("language", "heading", "unvalidated"),
    [("es", "Informe", "No es una traducción validada"), ("de", "Bericht", "Keine validierte")],
)
def test_the_report_is_in_the_chosen_language_and_says_esas_is_unvalidated(
    qapp, tmp_path: Path, history, language: str, heading: str, unvalidated: str
) -> None:
    english = tmp_path / "en.pdf"
    write_pdf(english, build_report(history, HistoryFilter(), history_sample.NOW))
    install_translations(qapp, language, again=True)
    try:
        path = tmp_path / f"{language}.pdf"
        write_pdf(path, build_report(history, HistoryFilter(), history_sample.NOW))
        ours = " ".join(text_of(path))
        assert QCoreApplication.translate("CoreTexts", "Anxiety") in ours
    finally:
        install_translations(qapp, "en", again=True)
    theirs = " ".join(text_of(english))
    assert unvalidated in ours and unvalidated not in theirs
    assert "Not a validated translation" not in theirs
    assert heading.lower() in ours.lower()
    for sentence in ("Sessions per week", "How sessions felt", "Minutes by activity"):
        assert sentence not in ours, sentence


def test_the_csv_says_which_wording_of_esas_r_the_ratings_were_shown_in(
    tmp_path: Path, history
) -> None:
    path = tmp_path / "history.csv"
    records = list(history.iter_sessions(HistoryFilter()))
    write_csv(path, records, wording=ratings_wording("es"))
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CSV_COLUMNS) and CSV_COLUMNS[-1] == "ratings_wording"
    rated = [r for r in rows if r["ratings_before"] or r["ratings_after"]]
    assert rated and all(r["ratings_wording"] == "esas-r-es-unvalidated" for r in rated)
    assert all(r["ratings_wording"] == "" for r in rows if r not in rated)
    assert ratings_wording("en") == "esas-r-en" and ratings_wording("de-AT").startswith("esas-r-de")
