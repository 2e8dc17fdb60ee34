"""The History page: figures from fixed data, filters, lazy list, notes, deleting, exports,
backup and restore, all through the page's own buttons."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QAbstractButton

from companion.core.sessions import Activity, SessionRecord
from companion.services.history.data import HistoryData
from companion.ui.history.dialogs import ExportDialog, NoteDialog
from companion.ui.history.page import HistoryPage
from tests.helpers import history_sample
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.services import make_services


@pytest.fixture
def history(store) -> HistoryData:
    data = HistoryData(store)
    history_sample.fill(data)
    return data


@pytest.fixture
def answers() -> AnsweringDialogs:
    return AnsweringDialogs()


def history_page(state, store, clock, tmp_path, today, answers=None) -> HistoryPage:
    services = make_services(state, store, clock, tmp_path, dialogs=answers)
    return HistoryPage(services, today=today)


@pytest.fixture
def page(qtbot, state, store, clock, tmp_path, history, answers):
    widget = history_page(state, store, clock, tmp_path, lambda: history_sample.NOW, answers)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.refresh()
    return widget


def test_figures_on_fixed_data(page: HistoryPage, history: HistoryData) -> None:
    assert "Last 7 days: 5 sessions" in page.summary.text()
    assert "The 7 days before: 4 sessions" in page.summary.text()
    assert "streak" not in page.summary.text().lower()
    assert "missed" not in page.kind_words.text().lower()
    assert "Anxiety" in page.ratings_text.text() and "before →" in page.ratings_text.text()
    assert "1 point" in page.meaningful_note.text()
    assert "33 sessions in the last 8 weeks" in page.calendar_view.accessibleDescription()
    assert "Breathing" in page.minutes_view.accessibleDescription()
    assert page.model.rowCount() == history.count(page.current_filter())
    assert page.model.record(0).started_at.date() == history_sample.TODAY  # newest first


def test_filters_narrow_the_list(page: HistoryPage) -> None:
    listening = page.activity_box.findData("listening")
    page.activity_box.setCurrentIndex(listening)
    rows = [page.model.record(i) for i in range(page.model.rowCount())]
    assert rows and all(r.activity is Activity.LISTENING for r in rows)
    page.activity_box.setCurrentIndex(0)
    page.from_edit.setDate(page.to_edit.date())
    assert page.model.rowCount() == 1


def test_the_list_loads_lazily(qtbot, state, store, clock, tmp_path) -> None:
    start = datetime(2026, 1, 1, 9, 0).astimezone()
    with store.transaction() as conn:
        for i in range(450):
            when = start + timedelta(minutes=10 * i)
            conn.execute(
                "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
                " completed, updated_at) VALUES ('breathing', 'calm', ?, ?, 60, 1, '')",
                (when.isoformat(timespec="seconds"), when.timestamp()),
            )
    page = history_page(state, store, clock, tmp_path, lambda: start + timedelta(days=3))
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 100  # one page, not 450 rows
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
    times = [page.model.record(i).started_at for i in range(page.model.rowCount())]
    assert len(times) == 450 and times == sorted(times, reverse=True)


def test_edit_note_and_delete_one_session(page: HistoryPage, history, monkeypatch, answers) -> None:
    page.table.selectRow(0)
    assert page.note_button.isEnabled()
    chosen = page.selected_record()
    monkeypatch.setattr(NoteDialog, "exec", lambda self: 1)
    monkeypatch.setattr(NoteDialog, "text", lambda self: "Dozed off, peaceful")
    page.note_button.click()
    assert history.get(chosen.id).note == "Dozed off, peaceful"
    assert page.model.record(0).note == "Dozed off, peaceful"
    before = history.count()
    answers.answer(False)
    page.table.selectRow(0)
    page.delete_button.click()
    assert history.count() == before
    answers.answer(True)
    page.table.selectRow(0)
    page.delete_button.click()
    assert history.count() == before - 1 and history.get(chosen.id) is None


def test_delete_all_asks_then_removes_everything(page: HistoryPage, history, answers) -> None:
    answers.answer(False)
    page.delete_all_button.click()
    assert history.count() > 0 and answers.asked == [("confirm", "Delete all my data?")]
    answers.answer(True)
    page.delete_all_button.click()
    assert history.count() == 0 and history.checkins() == [] and history.notes() == []
    assert page.model.rowCount() == 0 and page.empty_label.isVisibleTo(page)


def export_via_dialog(
    qtbot, page: HistoryPage, monkeypatch, kind: str, target: Path, answers
) -> str:
    shown: list[str] = []

    def accept(dialog: ExportDialog) -> int:
        (dialog.csv_choice if kind == "csv" else dialog.pdf_choice).setChecked(True)
        shown.append(dialog.contents.toPlainText())
        return 1

    monkeypatch.setattr(ExportDialog, "exec", accept)
    answers.answer(target)
    with qtbot.waitSignal(page.notice, timeout=20000) as blocker:
        page.export_button.click()
        assert page.working  # the file is written on a worker; the page stays responsive
    assert not page.working and target.name in blocker.args[0]
    return shown[0]


def test_export_shows_what_is_included_then_writes_csv(
    qtbot, page, monkeypatch, tmp_path, answers
) -> None:
    target = tmp_path / "out.csv"
    shown = export_via_dialog(qtbot, page, monkeypatch, "csv", target, answers)
    assert "ratings_before" in shown and "Sessions: 37" in shown
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 37
    rated = [r for r in rows if r["ratings_before"]]
    assert rated and "anxiety=" in rated[0]["ratings_before"]
    assert rated[0]["ratings_after"].count("=") == 2 and rated[0]["who"] == "patient"


def test_export_pdf_from_the_page(qtbot, page, monkeypatch, tmp_path, answers) -> None:
    target = tmp_path / "report.pdf"
    shown = export_via_dialog(qtbot, page, monkeypatch, "pdf", target, answers)
    assert "New pain medication started" in shown  # the notes, in full, before saving
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "sessions report" in text and "New pain medication started" in text
    assert (target.stat().st_mode & 0o777) == 0o600


def test_backup_then_restore_through_the_page(qtbot, page, history, tmp_path, answers) -> None:
    copy = tmp_path / "backup.db"
    answers.answer(copy)
    with qtbot.waitSignal(page.notice, timeout=20000):
        page.backup_button.click()
    count = history.count()
    answers.answer(True)
    page.delete_all_button.click()
    assert history.count() == 0
    answers.answer(copy, True)
    with qtbot.waitSignal(page.notice, timeout=20000) as blocker:
        page.restore_button.click()
    assert "restored" in blocker.args[0]
    assert history.count() == count and page.model.rowCount() > 0


def test_a_bad_backup_is_refused_kindly(qtbot, page, history, tmp_path, answers) -> None:
    bad = tmp_path / "photo.db"
    bad.write_bytes(b"\x89PNG not a database")
    answers.answer(bad, True)
    with qtbot.waitSignal(page.notice, timeout=20000) as blocker:
        page.restore_button.click()
    assert "not a Companion history backup" in blocker.args[0]
    assert history.count() > 0


def test_checkin_and_day_note(page: HistoryPage, history, monkeypatch) -> None:
    from companion.ui.history.checkin import CheckinDialog

    def answer(dialog: CheckinDialog) -> int:
        dialog.rows["pain"].buttons[3].click()
        dialog.extra_rows["sleep"].buttons[8].click()
        return 1

    monkeypatch.setattr(CheckinDialog, "exec", answer)
    page.checkin_button.click()
    saved = history.checkin_on(history_sample.TODAY)
    assert saved is not None and saved.esas == {"pain": 3} and saved.extra == {"sleep": 8}
    assert "saved" in page.checkin_status.text()
    monkeypatch.setattr(NoteDialog, "exec", lambda self: 1)
    monkeypatch.setattr(NoteDialog, "text", lambda self: "Good day")
    page.day_note_button.click()
    assert history.day_note(history_sample.TODAY) == "Good day"


def test_without_a_store_the_page_says_so(qtbot, state, clock, tmp_path) -> None:
    page = history_page(state, None, clock, tmp_path, lambda: history_sample.NOW)
    qtbot.addWidget(page)
    page.refresh()
    assert "unavailable" in page.summary.text()


def test_every_control_is_named_and_large(qtbot, page: HistoryPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    seen = 0
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page):
            continue
        seen += 1
        assert button.accessibleName(), button.text()
        assert button.height() >= 44 and button.width() >= 44, button.accessibleName()
    assert seen >= 10


def test_empty_history_says_so(qtbot, state, store, clock, tmp_path) -> None:
    today = datetime(2026, 11, 23, 12).astimezone()
    page = history_page(state, store, clock, tmp_path, lambda: today)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0 and "No sessions yet" in page.empty_label.text()
    store.add(SessionRecord(Activity.BREATHING, "calm", datetime(2026, 11, 23, 9).astimezone()))
    page.refresh()
    assert page.model.rowCount() == 1 and page.model.record(0).local_day == date(2026, 11, 23)
