"""How the music landed, kept with its listening session: in the history queries, the
History list, the care-team PDF, and gone with the session (or with "delete all")."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt

from companion.core.listen.levels import Source, TrackLevel
from companion.core.listen.responses import Answer
from companion.core.sessions import Activity, SessionRecord
from companion.services.history.data import HistoryData, HistoryFilter, Landing
from companion.services.history.report import build_report
from companion.services.listen.track_data import TrackData
from companion.services.store import Store
from companion.ui.history.report_pdf import write_pdf
from companion.ui.history.sessions import SessionListModel

NOW = datetime(2026, 11, 30, 21, 0, tzinfo=timezone(timedelta(hours=1)))


def listening(store: Store, answers: list[tuple[str, Answer]], days_ago: int = 0) -> int:
    record = SessionRecord(Activity.LISTENING, "Family music", NOW - timedelta(days=days_ago))
    record.duration_s = 1200
    session = store.add(record)
    for title, answer in answers:
        TrackData(store).add_response(session, f"/music/{title}.flac", title, answer)
    return session


def test_answers_travel_with_their_session(qapp, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "history.db")
    history = HistoryData(store)
    first = listening(store, [("Moon River", Answer.CALMER), ("Big Band", Answer.UNSETTLED)])
    listening(store, [("Moon River", Answer.CALMER), ("Big Band", Answer.SAME)], days_ago=1)
    [newest, _older] = history.page(HistoryFilter()).records
    assert [(r.title, r.answer) for r in newest.responses] == [
        ("Moon River", Answer.CALMER),
        ("Big Band", Answer.UNSETTLED),
    ]
    assert history.get(first).responses == newest.responses
    assert [r.responses for r in history.iter_sessions()][-1] == newest.responses
    assert history.landings() == [Landing("Big Band", 0, 1, 1), Landing("Moon River", 2, 0, 0)]
    assert history.landings(HistoryFilter(first=NOW.date())) == [
        Landing("Big Band", 0, 0, 1),
        Landing("Moon River", 1, 0, 0),
    ]

    model = SessionListModel(history)
    model.set_filter(HistoryFilter())
    assert "Music: calmer 1, unsettled 1" in model.text(0).details
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and tip.endswith("Moon River: calmer; Big Band: unsettled")

    report = build_report(history, HistoryFilter(), NOW)
    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "How the music landed" in text
    assert "Moon River 2 0 0" in text and "Big Band 0 1 1" in text

    history.delete_session(first)
    assert TrackData(store).unsettled_marks() == {}  # the answer went with its session
    TrackData(store).put_level("/music/a.flac", 1, 2, TrackLevel(-20.0, 0.5, Source.MEASURED))
    history.delete_all()
    assert store.query("SELECT COUNT(*) FROM track_responses") == [(0,)]
    assert store.query("SELECT COUNT(*) FROM track_levels") == [(0,)]
    store.close()


def test_a_report_without_answers_has_no_music_section(qapp, tmp_path: Path) -> None:
    store = Store.in_memory()
    listening(store, [])
    report = build_report(HistoryData(store), HistoryFilter(), NOW)
    pdf = tmp_path / "report.pdf"
    write_pdf(pdf, report)
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "How the music landed" not in text
