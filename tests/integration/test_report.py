"""The care-team PDF: its text (extracted with pypdf) and its first page as an image, compared
with a small reference (tests/data/report-page1.png) within a tolerance.

Set COMPANION_UPDATE_REFERENCE=1 to rewrite the reference after an intended change of layout.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.report import build_report
from companion.services.store import Store
from companion.ui.history.report_pdf import write_pdf
from tests.helpers import history_sample

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "report-page1.png"
SCALE = 0.5  # 72 dpi * 0.5: about 300 x 420 px, enough to see the layout


@pytest.fixture
def report_pdf(qapp, tmp_path: Path) -> Path:
    store = Store.in_memory()
    history = HistoryData(store)
    history_sample.fill(history)
    report = build_report(history, HistoryFilter(), history_sample.NOW)
    path = tmp_path / "report.pdf"
    assert write_pdf(path, report) in (1, 2)
    store.close()
    return path


def text_of(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def first_page_grey(path: Path) -> np.ndarray:
    document = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = document[0].render(scale=SCALE, grayscale=True)
        return bitmap.to_numpy().reshape(bitmap.height, bitmap.width).copy()
    finally:
        document.close()


def load_grey(path: Path) -> np.ndarray:
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    stride = image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * image.height())
    return data.reshape(image.height(), stride)[:, : image.width()].copy()


def save_grey(array: np.ndarray, path: Path) -> None:
    h, w = array.shape
    image = QImage(array.tobytes(), w, h, w, QImage.Format.Format_Grayscale8)
    assert image.save(str(path))


def test_report_text_has_what_the_care_team_needs(report_pdf: Path) -> None:
    pages = text_of(report_pdf)
    assert 1 <= len(pages) <= 2
    text = " ".join(pages)
    first = pages[0]
    assert "Companion: sessions report" in first
    assert "Period: 30 Sep 2026 to 23 Nov 2026" in first
    assert "37 sessions" in first and "Sessions per week" in first
    assert "Breathing" in first and "Listening" in first
    assert "Anxiety" in text and "Shortness of Breath" in text
    assert "1 point or more" in text and "Hui 2015" in text
    assert "Alberta Health Services" in text  # ESAS-r credited
    assert "Not part of ESAS-r" in text  # sleep and mood kept apart
    assert "New pain medication started" in text and "Felt calmer afterwards" in text


def test_an_empty_period_still_makes_a_plain_report(qapp, tmp_path: Path) -> None:
    store = Store.in_memory()
    filt = HistoryFilter(first=date(2020, 1, 1), last=date(2020, 1, 31))
    report = build_report(HistoryData(store), filt, history_sample.NOW)
    path = tmp_path / "empty.pdf"
    assert write_pdf(path, report) == 1
    text = text_of(path)[0]
    assert "0 sessions" in text and "No notes in this period" in text


def test_first_page_looks_like_the_reference(report_pdf: Path) -> None:
    page = first_page_grey(report_pdf)
    if os.environ.get("COMPANION_UPDATE_REFERENCE"):
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        save_grey(page, REFERENCE)
    reference = load_grey(REFERENCE)
    assert page.shape == reference.shape
    diff = np.abs(page.astype(np.int16) - reference.astype(np.int16))
    # Font hinting and anti-aliasing differ a little between machines; layout must not.
    assert diff.mean() < 4.0, diff.mean()
    assert (diff > 96).mean() < 0.03, (diff > 96).mean()
    assert page.mean() > 200  # mostly paper: readable printed in black and white
