"""The care-team PDF: its text (extracted with pypdf), where its letters are (pypdfium2: none on
top of another, none outside the margins), and its first page as an image, compared with a
small reference (tests/data/report-page1.png) within a tolerance.

Set COMPANION_UPDATE_REFERENCE=1 to rewrite the reference after an intended change of layout.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from companion.core.sessions import Activity, SessionRecord
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.report import build_report, set_patient_name
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
    assert "Patient:" in first  # a line to write the name on, as none was entered
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
    assert "No sessions in this period" in text and "No notes in this period" in text


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


# -- laid out for any number of activities and any lengths (issue 11, point 10) ---------------

MM = 72 / 25.4  # PDF points in a millimetre
NOW = datetime(2026, 11, 23, 18).astimezone()


def letter_boxes(path: Path) -> list[np.ndarray]:
    """Per page, the box (left, bottom, right, top, in points) of every printed letter."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            text = page.get_textpage()
            boxes = [
                text.get_charbox(i)
                for i in range(text.count_chars())
                if not text.get_text_range(i, 1).isspace()
            ]
            pages.append(np.array(boxes, dtype=float).reshape(-1, 4))
        return pages
    finally:
        document.close()


def assert_laid_out(path: Path) -> None:
    """No letter prints over another, and every letter is inside the page's margins."""
    for number, boxes in enumerate(letter_boxes(path), start=1):
        assert len(boxes), f"page {number} is empty"
        assert boxes[:, 0].min() >= 16 * MM - 1 and boxes[:, 2].max() <= (210 - 16) * MM + 1, (
            f"page {number}: letters outside the side margins"
        )
        shrunk = boxes + np.array([0.6, 0.6, -0.6, -0.6])  # touching letters are fine
        for i, (left, bottom, right, top) in enumerate(shrunk[:-2]):
            rest = shrunk[i + 2 :]  # the next letter may overlap it: a ligature ("fi"), kerning
            over = (
                (rest[:, 0] < right)
                & (rest[:, 2] > left)
                & (rest[:, 1] < top)
                & (rest[:, 3] > bottom)
            )
            assert not over.any(), f"page {number}: letters on top of each other near {boxes[i]}"


def history_of_every_activity(weeks: int) -> HistoryData:
    """Every activity, long and short sessions, over ``weeks`` weeks."""
    store = Store.in_memory()
    for day in range(weeks * 7):
        for k, activity in enumerate(Activity):
            if (day + k) % 3 == 0:
                started = NOW - timedelta(days=day, hours=k + 1)
                store.add(SessionRecord(activity, "x", started, 25 + 1500 * k, 600, completed=True))
    return HistoryData(store)


def test_every_activity_fits_its_table_without_overlap(qapp, tmp_path: Path) -> None:
    history = history_of_every_activity(12)
    filt = HistoryFilter(first=NOW.date() - timedelta(weeks=12) + timedelta(1), last=NOW.date())
    path = tmp_path / "all.pdf"
    write_pdf(path, build_report(history, filt, NOW))
    assert_laid_out(path)
    text = " ".join(text_of(path))
    for name in ("Breathing", "Guided imagery", "Stretch", "Listening", "Hand massage"):
        assert text.count(name) >= 3, name  # the sessions table, the legend, the week table


def test_one_short_session_reads_in_words(qapp, tmp_path: Path) -> None:
    """ "1 session, 25 seconds … on 1 day": never "1 sessions", "0 minutes" or "1 days"."""
    store = Store.in_memory()
    started = NOW - timedelta(hours=2)
    store.add(SessionRecord(Activity.MASSAGE, "hand", started, 25, 300, completed=True))
    history = HistoryData(store)
    filt = HistoryFilter(first=NOW.date() - timedelta(6), last=NOW.date())
    path = tmp_path / "one.pdf"
    assert write_pdf(path, build_report(history, filt, NOW)) == 1
    assert_laid_out(path)
    text = text_of(path)[0]
    assert "1 session, 25 seconds in all, on 1 day." in text
    assert "Hand massage 1 25 seconds" in text  # the activity table: a length in words
    for wrong in ("1 sessions", "0 minutes", "1 days", "(s)"):
        assert wrong not in text, wrong
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), "no ISO dates"


def test_the_patients_name_is_printed_when_they_gave_it(qapp, tmp_path: Path) -> None:
    store = Store.in_memory()
    history = HistoryData(store)
    history_sample.fill(history)
    set_patient_name(history, "Ann Example")
    path = tmp_path / "named.pdf"
    write_pdf(path, build_report(history, HistoryFilter(), history_sample.NOW))
    assert "Patient: Ann Example" in text_of(path)[0]


@pytest.mark.parametrize("weeks", [1, 2, 4, 8, 12])
def test_no_page_holds_only_a_line_or_two(qapp, tmp_path: Path, weeks: int) -> None:
    """A page is never left with a heading and a line ("No notes"), whatever the period."""
    store = Store.in_memory()
    history = HistoryData(store)
    history_sample.fill(history)
    for days in (0, 3):  # and the same without any notes
        filt = HistoryFilter(first=history_sample.TODAY - timedelta(weeks=weeks, days=days))
        path = tmp_path / f"r{weeks}-{days}.pdf"
        write_pdf(path, build_report(history, filt, history_sample.NOW))
        assert_laid_out(path)
        for number, page in enumerate(text_of(path), start=1):
            assert len(page.split()) > 25, f"page {number} holds only: {page}"
