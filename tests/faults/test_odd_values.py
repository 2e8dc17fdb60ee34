"""Class 4, values that are readable but wrong: a history holding values Companion never
writes (an activity or a person it does not know, a date it cannot read, a negative or
infinite length, text where a number belongs, a rating of 42, a schema from a newer version)
opens in the window, on the History page and in every export. Such sessions are shown and
exported as they are, marked (⚠ in the list, a ``flagged`` column in the CSV), and counted
in one message.

Before: an unknown activity or person raised ``ValueError`` while reading and a bad date
raised from ``fromisoformat``: the History page stayed empty, ``companion export`` printed a
traceback; a negative length was summed into the minutes.
"""

from __future__ import annotations

import csv
import io
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from companion.core.sessions import Activity, SessionRecord
from companion.services.store import Store
from companion.ui.history.page import HistoryPage
from companion.ui.history.sessions import SessionText
from companion.ui.shell.window import MainWindow
from tests.faults.kit import companion, run_app

NOW = datetime.now().astimezone().replace(microsecond=0)

# Each odd session: the column set to a value Companion never writes, and that value.
ODD = {
    "unknown-activity": ("activity", "juggling"),
    "bad-date": ("started_at", "yesterday"),
    "negative-length": ("duration_s", -60),
    "text-length": ("duration_s", "long"),
    "infinite-length": ("duration_s", float("inf")),
    "unknown-person": ("who", "intruder"),
    "completed-7": ("completed", 7),
}


def _odd_history(db: Path, version: int | None = None) -> None:
    """Two ordinary sessions, one of each :data:`ODD` kind, and one rated 42 out of 10."""
    store = Store.open(db)
    for note in ("good one", "good two"):
        store.add(SessionRecord(Activity.BREATHING, "calm", NOW, 120.0, 120.0, True, note=note))
    store.close()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")  # another program, or damage
    for case, (column, value) in ODD.items():
        conn.execute(
            "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
            " completed, note, updated_at) VALUES ('breathing', 'calm', ?, ?, 60, 1, ?, ?)",
            (NOW.isoformat(), NOW.timestamp(), case, NOW.isoformat()),
        )
        conn.execute(f"UPDATE sessions SET {column} = ? WHERE note = ?", (value, case))
    conn.execute(
        "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s, completed,"
        " note, updated_at) VALUES ('breathing', 'calm', ?, ?, 60, 1, 'rated 42', ?)",
        (NOW.isoformat(), NOW.timestamp(), NOW.isoformat()),
    )
    conn.execute(
        "INSERT INTO ratings (session_id, moment, item, value)"
        " SELECT id, 'before', 'pain', 42 FROM sessions WHERE note = 'rated 42'"
    )
    if version is not None:
        conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


ODD_NOTES = {*ODD, "rated 42"}
COUNTED = f"{len(ODD_NOTES)} sessions hold values Companion does not write"  # the window's
COUNTED_CLI = f"{len(ODD_NOTES)} session(s) hold values Companion does not write"  # English


def _history_page(window: MainWindow) -> HistoryPage:
    page = window.current()
    assert isinstance(page, HistoryPage)
    return page


@pytest.mark.parametrize("version", [None, 99], ids=["current-schema", "newer-schema"])
def test_the_history_page_shows_odd_sessions_marked_and_counted(
    qapp, restore_signals, data_dir: Path, version: int | None
) -> None:
    _odd_history(data_dir / "history.db", version)
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        page = _history_page(window)
        model = page.model
        shown = {}
        for row in range(model.rowCount()):
            record = model.record(row)
            assert record is not None
            shown[record.note] = model.text(row)
        seen["shown"] = shown
        seen["notices"] = list(window.notices.messages)

    assert run_app(["history"], look, ready=lambda w: _history_page(w).model.rowCount() > 0) == 0
    shown: dict[str, SessionText] = seen["shown"]  # type: ignore[assignment]
    assert set(shown) == ODD_NOTES | {"good one", "good two"}  # every session, none lost
    for note in ODD_NOTES:
        assert shown[note].when.startswith("⚠"), (note, shown[note])
    for note in ("good one", "good two"):
        assert not shown[note].when.startswith("⚠")
    assert "juggling" in shown["unknown-activity"].what.lower()  # as it is
    assert "(activity)" in shown["unknown-activity"].details  # and why it is marked
    assert shown["bad-date"].when == "⚠ yesterday"
    assert shown["negative-length"].length == "-60.0" and shown["text-length"].length == "long"
    assert "intruder" in shown["unknown-person"].details.lower()
    notices: list[str] = seen["notices"]  # type: ignore[assignment]
    assert [n for n in notices if COUNTED in n], notices
    if version is not None:
        assert [n for n in notices if "newer version of Companion" in n], notices


def test_the_csv_export_keeps_odd_values_as_they_are_and_flags_them(
    app_env, data_dir: Path, tmp_path: Path
) -> None:
    _odd_history(data_dir / "history.db")
    done = companion("export", "--csv", "-", env=app_env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and COUNTED_CLI in done.stderr
    rows = {r["note"]: r for r in csv.DictReader(io.StringIO(done.stdout))}
    assert set(rows) == ODD_NOTES | {"good one", "good two"}
    assert rows["unknown-activity"]["activity"] == "juggling"
    assert rows["bad-date"]["started_at"] == "yesterday"
    assert rows["negative-length"]["duration_s"] == "-60"
    assert rows["text-length"]["duration_s"] == "long"
    assert rows["infinite-length"]["duration_s"] == "inf"
    assert rows["unknown-person"]["who"] == "intruder"
    assert rows["completed-7"]["completed"] == "7"
    assert rows["rated 42"]["ratings_before"] == "pain=42"
    for note in ODD_NOTES:
        assert rows[note]["flagged"], note
    assert rows["unknown-activity"]["flagged"] == "activity"
    assert rows["good one"]["flagged"] == "" and rows["good two"]["flagged"] == ""


def test_the_pdf_report_of_odd_values_is_written_and_counts_them(
    app_env, data_dir: Path, tmp_path: Path
) -> None:
    _odd_history(data_dir / "history.db")
    target = tmp_path / "report.pdf"
    done = companion("export", "--pdf", str(target), env=app_env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and COUNTED_CLI in done.stderr
    assert target.read_bytes().startswith(b"%PDF")
    assert f"of {len(ODD_NOTES) + 2} session(s)" in done.stdout


def test_odd_lengths_are_not_summed_into_the_minutes(data_dir: Path) -> None:
    from companion.services.history.data import HistoryData

    _odd_history(data_dir / "history.db")
    store = Store.open(data_dir / "history.db")
    try:
        history = HistoryData(store)
        seconds = sum(d.seconds for d in history.day_rows())
        # two good sessions of 120 s, and 60 s for each odd one whose length is readable
        readable = len(ODD_NOTES) - 3  # not -60, "long" or infinity
        assert seconds == 240 + 60 * readable
        assert history.flagged() == len(ODD_NOTES)
    finally:
        store.close()
