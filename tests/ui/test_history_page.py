"""The History page: figures from fixed data in words (plurals, lengths, dates), period presets,
the lazy two-line list, notes, the check-in, deleting, exports, backup and restore — all
through the page's own buttons, keys and sheets."""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication

from companion.core.sessions import Activity, Rating, SessionRecord, Who
from companion.services.history.data import HistoryData
from companion.services.history.report import patient_name
from companion.ui.common.sheet import Sheet
from companion.ui.history import words
from companion.ui.history.checkin import CheckinSheet
from companion.ui.history.dialogs import ExportSheet, NoteSheet
from companion.ui.history.page import HistoryPage
from companion.ui.history.sessions import layout_row, session_text
from tests.helpers import history_sample
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.services import make_services
from tests.helpers.sheets import on_next_sheet

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
LEFT = Qt.MouseButton.LeftButton


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
    widget.show()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def texts(page: HistoryPage) -> str:
    """Every label's words, and the list's."""
    from PySide6.QtWidgets import QLabel

    shown = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    shown += [page.model.text(r).sentence() for r in range(page.model.rowCount())]
    return "\n".join(shown)


def click_row(qtbot, page: HistoryPage, row: int) -> None:
    page.list.scrollTo(page.model.index(row, 0))
    rect = page.list.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.list.viewport(), LEFT, pos=rect.center())


# -- figures and words ----------------------------------------------------------------------


def test_figures_on_fixed_data(page: HistoryPage, history: HistoryData) -> None:
    assert page.summary.text() == (
        "Last 7 days: 5 sessions, 36 minutes. The 7 days before: 4 sessions, 29 minutes."
    )
    assert "streak" not in texts(page).lower() and "missed" not in texts(page).lower()
    assert page.period_summary.text().startswith("Last 8 weeks, all activities: 37 sessions,")
    assert (
        "Anxiety: 5.5 before → 3.5 after on average (18 sessions; 18 changed by 1 point"
        in page.ratings_text.text()
    )
    assert "1 point" in page.meaningful_note.text()
    assert "Breathing: " in page.minutes_view.accessibleDescription()
    assert page.model.rowCount() == history.count(page.current_filter())
    assert page.model.record(0).started_at.date() == history_sample.TODAY  # newest first
    assert page.sessions_count.text() == "37 sessions, newest first."
    assert not ISO_DATE.search(texts(page)), "no ISO dates on screen"


def test_one_of_everything_reads_in_the_singular(qtbot, state, store, clock, tmp_path) -> None:
    """Point 9: "1 sessions", "0 minutes" for a 25 s massage, "on 1 days" never appear."""
    now = datetime(2026, 11, 23, 18).astimezone()
    store.add(
        SessionRecord(Activity.MASSAGE, "hand", now - timedelta(hours=2), 25, 300, completed=True)
    )
    page = history_page(state, store, clock, tmp_path, lambda: now)
    qtbot.addWidget(page)
    page.refresh()
    shown = texts(page)
    assert page.summary.text().startswith("Last 7 days: 1 session, 25 seconds.")
    assert "1 session, 25 seconds, on 1 day." in page.period_summary.text()
    assert page.sessions_count.text() == "1 session, newest first."
    assert "Hand massage: 25 seconds, 1 session" in page.minutes_view.accessibleDescription()
    for wrong in ("1 sessions", "1 days", "0 minutes", "(s)"):
        assert wrong not in shown + page.minutes_view.accessibleDescription(), wrong


def test_lengths_and_dates_are_words_in_the_interface_language(qapp) -> None:
    assert [words.length(s) for s in (0, 1, 25, 59.4, 89, 90, 3600, 3900, 7260)] == [
        "0 minutes", "1 second", "25 seconds", "59 seconds", "1 minute", "2 minutes",
        "1 hour", "1 hour 5 minutes", "2 hours 1 minute",
    ]  # fmt: skip
    moment = datetime(2026, 12, 1, 14, 5).astimezone()
    assert words.when_text(moment, date(2026, 12, 2)) == "Tue 1 Dec, 14:05"
    assert words.when_text(moment, date(2027, 1, 2)) == "Tue 1 Dec 2026, 14:05"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert "Dez" in words.when_text(moment, date(2026, 12, 2))
        assert words.day_text(date(2026, 12, 1)) == "1 Dez. 2026"
        assert words.decimal(6.8) == "6,8"
    finally:
        QLocale.setDefault(QLocale.c())


def test_imagery_has_one_name_in_the_list_the_report_and_the_csv(
    qtbot, page: HistoryPage, store, tmp_path, answers
) -> None:
    """Point 14: "Guided imagery" wherever a person reads it, the CSV included (its
    ``activity_name`` column); ``activity`` keeps the stable identifier ``visualization``."""
    started = history_sample.NOW - timedelta(minutes=30)
    store.add(SessionRecord(Activity.VISUALIZATION, "warm-light", started, 300, 300, True))
    page.refresh()
    assert page.model.text(0).what == "Guided imagery, Warm light"
    assert page.activity_box.itemText(page.activity_box.findData("visualization")) == (
        "Guided imagery"
    )
    target = tmp_path / "out.csv"
    export_through_the_sheet(qtbot, page, "csv", target, answers)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    imagery = [r for r in rows if r["activity"] == "visualization"]
    assert [r["activity_name"] for r in imagery] == ["Guided imagery"]
    assert {r["activity_name"] for r in rows} == {"Guided imagery", "Breathing", "Listening"}
    report = tmp_path / "report.pdf"
    export_through_the_sheet(qtbot, page, "pdf", report, answers)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report).pages)
    assert "Guided imagery" in text and "isualization" not in text


# -- the list -------------------------------------------------------------------------------


def test_the_charts_grow_with_the_text(page: HistoryPage) -> None:
    """At 200 % text the rating trend keeps its 0–10 scale readable and its legend whole."""
    from PySide6.QtGui import QFontMetricsF

    heights = []
    for pixels in (19, 38):
        font = QFont(page.font())
        font.setPixelSize(pixels)
        for view in (page.trend_view, page.trend_legend, page.calendar_view):
            view.setFont(font)
        line = QFontMetricsF(font).height()
        assert page.trend_view.heightForWidth(800) >= 9 * line
        assert page.trend_legend.heightForWidth(800) >= 1.4 * line
        heights.append(page.trend_view.heightForWidth(800))
    assert heights[1] > heights[0]


def test_rows_have_two_lines_and_become_cards_when_narrow(qapp) -> None:
    record = SessionRecord(
        Activity.BREATHING,
        "calm",
        datetime(2026, 12, 1, 14, 5).astimezone(),
        duration_s=185,
        completed=False,
        who=Who.PATIENT,
        note="felt calmer",
        ratings=(Rating("before", "anxiety", 6), Rating("after", "anxiety", 3)),
    )
    text = session_text(record, date(2026, 12, 3))
    assert (text.when, text.what, text.length) == (
        "Tue 1 Dec, 14:05",
        "Breathing, Calm 4-6",
        "3 minutes",
    )
    assert text.ratings == "Anxiety 6\u00a0→\u00a03"
    assert text.details == "Ended early · rated by the patient · “felt calmer”"
    font = QFont()
    font.setPixelSize(19)
    blocks, height, card = layout_row(text, font, 880)
    assert not card and len(blocks) == 5 and height >= 72  # a first line and a second line
    assert blocks[4].rect.top() > blocks[0].rect.bottom()  # the details below the first line
    big = QFont()
    big.setPixelSize(38)
    blocks, height, card = layout_row(text, big, 820)  # 200 %: a card, one part a line
    assert card and [b.text for b in blocks][:3] == [text.when, text.what, text.length]
    for block in blocks:  # nothing cut: each part's box holds its wrapped words
        assert block.rect.right() <= 820 and block.rect.bottom() <= height


def test_the_list_loads_lazily_as_it_scrolls(qtbot, state, store, clock, tmp_path) -> None:
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
    page.resize(1000, 900)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    assert page.model.rowCount() == 100  # one page, not 450 rows
    bar = page.list.verticalScrollBar()
    for _ in range(10):
        bar.setValue(bar.maximum())  # the person scrolls to the end of the list
        QApplication.processEvents()
    times = [page.model.record(i).started_at for i in range(page.model.rowCount())]
    assert len(times) == 450 and times == sorted(times, reverse=True)


def test_period_presets_and_the_activity_narrow_the_list(
    qtbot, page: HistoryPage, history: HistoryData
) -> None:
    qtbot.mouseClick(page.period.buttons["7d"], LEFT)
    rows = [page.model.record(i) for i in range(page.model.rowCount())]
    assert len(rows) == 5 and all(r.local_day > history_sample.TODAY - timedelta(7) for r in rows)
    assert page.period_summary.text().startswith("Last 7 days, all activities: 5 sessions")
    qtbot.mouseClick(page.period.buttons["all"], LEFT)
    assert page.model.rowCount() == 37
    page.activity_box.setFocus()
    while page.activity_box.currentData() != "listening":
        qtbot.keyClick(page.activity_box, Qt.Key.Key_Down)
    rows = [page.model.record(i) for i in range(page.model.rowCount())]
    assert rows and all(r.activity is Activity.LISTENING for r in rows)
    assert page.period.current() == "all"  # the period stays as chosen
    while page.activity_box.currentData() != "massage":
        qtbot.keyClick(page.activity_box, Qt.Key.Key_Down)
    assert page.model.rowCount() == 0 and page.empty_label.isVisibleTo(page)
    assert page.empty_label.text().startswith("No sessions in this period.")  # not "yet"
    assert not page.note_button.isVisibleTo(page)  # nothing to choose: nothing to edit
    assert not page.delete_button.isVisibleTo(page)
    assert page.current_filter().first == history.first_day() < history_sample.TODAY - timedelta(50)


# -- sheets ---------------------------------------------------------------------------------


def test_edit_note_in_a_sheet_then_delete_one_session(
    qtbot, page: HistoryPage, history, answers
) -> None:
    click_row(qtbot, page, 0)
    assert page.note_button.isEnabled()
    chosen = page.selected_record()

    def write(sheet: Sheet) -> None:
        assert isinstance(sheet, NoteSheet)
        assert QApplication.focusWidget() is sheet.editor  # focus starts in the field
        qtbot.keyClicks(sheet.editor, "Dozed off, peaceful")
        qtbot.mouseClick(sheet.action_button, LEFT)

    answering = on_next_sheet(write)
    qtbot.mouseClick(page.note_button, LEFT)
    answering.check()
    assert history.get(chosen.id).note == "Dozed off, peaceful"
    assert "“Dozed off, peaceful”" in page.model.text(0).details
    assert page.selected_record().id == chosen.id  # still chosen, the focus on its row
    assert page.window().focusWidget() is page.list  # where the focus is when it comes back
    before = history.count()
    answers.answer(False)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert history.count() == before
    answers.answer(True)
    next_one = page.model.record(1)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert history.count() == before - 1 and history.get(chosen.id) is None
    assert page.selected_record().id == next_one.id  # the next session takes its place
    assert page.window().focusWidget() is page.list


def test_esc_cancels_a_sheet_and_its_primary_action_is_on_the_right(qtbot, page, history) -> None:
    def leave(sheet: Sheet) -> None:
        qtbot.keyClicks(sheet.editor, "not kept")
        cancel, save = sheet.cancel_button, sheet.action_button
        assert save.mapTo(sheet, QPoint(0, 0)).x() > cancel.mapTo(sheet, QPoint(0, 0)).x()
        qtbot.keyClick(sheet.editor, Qt.Key.Key_Escape)

    answering = on_next_sheet(leave)
    qtbot.mouseClick(page.day_note_button, LEFT)
    answering.check()
    assert history.day_note(history_sample.TODAY) == ""
    answering = on_next_sheet(
        lambda s: (qtbot.keyClicks(s.editor, "Good day"), qtbot.mouseClick(s.action_button, LEFT))
    )
    qtbot.mouseClick(page.day_note_button, LEFT)
    answering.check()
    assert history.day_note(history_sample.TODAY) == "Good day"


def test_checkin_in_a_sheet(qtbot, page: HistoryPage, history) -> None:
    def answer(sheet: Sheet) -> None:
        assert isinstance(sheet, CheckinSheet)
        assert QApplication.focusWidget() is sheet.rows["pain"].buttons[0]
        qtbot.mouseClick(sheet.rows["pain"].buttons[3], LEFT)
        qtbot.mouseClick(sheet.extra_rows["sleep"].buttons[8], LEFT)
        qtbot.mouseClick(sheet.action_button, LEFT)

    answering = on_next_sheet(answer)
    qtbot.mouseClick(page.checkin_button, LEFT)
    answering.check()
    saved = history.checkin_on(history_sample.TODAY)
    assert saved is not None and saved.esas == {"pain": 3} and saved.extra == {"sleep": 8}
    assert "saved" in page.checkin_status.text()


def test_delete_all_asks_then_removes_everything(
    qtbot, page: HistoryPage, history, answers
) -> None:
    answers.answer(False)
    qtbot.mouseClick(page.delete_all_button, LEFT)
    assert history.count() > 0 and answers.asked == [("confirm", "Delete all my data?")]
    answers.answer(True)
    qtbot.mouseClick(page.delete_all_button, LEFT)
    assert history.count() == 0 and history.checkins() == [] and history.notes() == []
    assert page.model.rowCount() == 0 and page.empty_label.isVisibleTo(page)


# -- exports --------------------------------------------------------------------------------


def export_through_the_sheet(
    qtbot, page: HistoryPage, kind: str, target: Path, answers, name: str | None = None
) -> str:
    shown: list[str] = []

    def choose(sheet: Sheet) -> None:
        assert isinstance(sheet, ExportSheet)
        qtbot.mouseClick(sheet.choice.buttons[kind], LEFT)
        if name is not None:
            sheet.name_field.clear()
            qtbot.keyClicks(sheet.name_field, name)
        shown.append(sheet.contents.toPlainText())
        qtbot.mouseClick(sheet.action_button, LEFT)

    answering = on_next_sheet(choose)
    answers.answer(target)
    with qtbot.waitSignal(page.notice, timeout=20000) as blocker:
        qtbot.mouseClick(page.export_button, LEFT)
        assert page.working  # the file is written on a worker; the page stays responsive
    answering.check()
    assert not page.working and target.name in blocker.args[0]
    return shown[0]


def test_export_shows_what_is_included_then_writes_csv(qtbot, page, tmp_path, answers) -> None:
    target = tmp_path / "out.csv"
    shown = export_through_the_sheet(qtbot, page, "csv", target, answers)
    assert "ratings_before" in shown and "37 sessions" in shown
    assert "visualization = Guided imagery" in shown  # the identifiers, explained
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 37
    rated = [r for r in rows if r["ratings_before"]]
    assert rated and "anxiety=" in rated[0]["ratings_before"]
    assert rated[0]["ratings_after"].count("=") == 2 and rated[0]["who"] == "patient"


def test_export_pdf_with_the_patients_name(qtbot, page, history, tmp_path, answers) -> None:
    """Point 10: the name is asked for in the sheet, printed, and kept for the next report."""
    target = tmp_path / "report.pdf"
    shown = export_through_the_sheet(qtbot, page, "pdf", target, answers, name="Ann Example")
    assert "Patient: Ann Example" in shown
    assert "New pain medication started" in shown  # the notes, in full, before saving
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Ann Example" in text and "New pain medication started" in text
    assert (target.stat().st_mode & 0o777) == 0o600
    assert patient_name(history) == "Ann Example"
    again = tmp_path / "again.pdf"
    shown = export_through_the_sheet(qtbot, page, "pdf", again, answers)
    assert "Patient: Ann Example" in shown  # kept from last time


def test_the_preview_says_exactly_what_the_report_holds(qtbot, page, tmp_path, answers) -> None:
    target = tmp_path / "report.pdf"
    shown = export_through_the_sheet(qtbot, page, "pdf", target, answers)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    for line in shown.splitlines():
        line = line.strip()
        if line.startswith(("Period:", "Patient:")) or " in all, on " in line:
            assert " ".join(line.split()) in text, line


def test_backup_then_restore_through_the_page(qtbot, page, history, tmp_path, answers) -> None:
    copy = tmp_path / "backup.db"
    answers.answer(copy)
    with qtbot.waitSignal(page.notice, timeout=20000):
        qtbot.mouseClick(page.backup_button, LEFT)
    count = history.count()
    answers.answer(True)
    qtbot.mouseClick(page.delete_all_button, LEFT)
    assert history.count() == 0
    answers.answer(copy, True)
    with qtbot.waitSignal(page.notice, timeout=20000) as blocker:
        qtbot.mouseClick(page.restore_button, LEFT)
    assert "restored" in blocker.args[0]
    assert history.count() == count and page.model.rowCount() > 0


def test_a_bad_backup_is_refused_kindly(qtbot, page, history, tmp_path, answers) -> None:
    bad = tmp_path / "photo.db"
    bad.write_bytes(b"\x89PNG not a database")
    answers.answer(bad, True)
    with qtbot.waitSignal(page.notice, timeout=20000) as blocker:
        qtbot.mouseClick(page.restore_button, LEFT)
    assert "not a Companion history backup" in blocker.args[0]
    assert history.count() > 0


# -- the page as a whole --------------------------------------------------------------------


def test_without_a_store_the_page_says_so(qtbot, state, clock, tmp_path) -> None:
    page = history_page(state, None, clock, tmp_path, lambda: history_sample.NOW)
    qtbot.addWidget(page)
    page.refresh()
    assert "unavailable" in page.summary.text()


def test_every_control_is_named_and_large(qtbot, page: HistoryPage) -> None:
    seen = 0
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page):
            continue
        seen += 1
        assert button.accessibleName(), button.text()
        assert button.height() >= 44 and button.width() >= 44, button.accessibleName()
    assert seen >= 12


def test_empty_history_says_so(qtbot, state, store, clock, tmp_path) -> None:
    today = datetime(2026, 11, 23, 12).astimezone()
    page = history_page(state, store, clock, tmp_path, lambda: today)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 0 and "No sessions yet" in page.empty_label.text()
    store.add(SessionRecord(Activity.BREATHING, "calm", datetime(2026, 11, 23, 9).astimezone()))
    page.refresh()
    assert page.model.rowCount() == 1 and page.model.record(0).local_day == date(2026, 11, 23)


def test_a_refresh_keeps_the_chosen_session(page: HistoryPage) -> None:
    """A session saved meanwhile refreshes the list: the one the person chose stays chosen,
    and Edit note… and Delete session… stay at hand."""
    page.select_row(2)
    chosen = page.selected_record()
    assert chosen is not None and page.delete_button.isEnabled()
    page.refresh()
    again = page.selected_record()
    assert again is not None and again.id == chosen.id
    assert page.note_button.isEnabled() and page.delete_button.isEnabled()
