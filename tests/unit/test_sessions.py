"""Session records, day summaries and CSV rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from companion.core.history.csvrows import CSV_COLUMNS, csv_rows
from companion.core.sessions import (
    Activity,
    Rating,
    SessionRecord,
    Who,
    format_duration,
    per_day,
)

TZ = timezone(timedelta(hours=1))


def record(day: int, hour: int = 10, seconds: float = 180, **kw) -> SessionRecord:
    started = datetime(2026, 11, day, hour, 0, tzinfo=TZ)
    return SessionRecord(Activity.BREATHING, "calm", started, duration_s=seconds, **kw)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        SessionRecord(Activity.BREATHING, "calm", datetime(2026, 1, 1))


def test_per_day_includes_empty_days_newest_first() -> None:
    days = per_day(
        [record(20), record(20, 22), record(22, seconds=60)], date(2026, 11, 19), date(2026, 11, 23)
    )
    assert [d.day.day for d in days] == [23, 22, 21, 20, 19]
    assert [d.sessions for d in days] == [0, 1, 0, 2, 0]
    assert days[3].minutes == pytest.approx(6.0)


def test_csv_rows_have_the_contract_columns() -> None:
    for column in ("activity", "item", "started_at", "duration_s", "completed"):
        assert column in CSV_COLUMNS
    rec = record(
        21,
        completed=True,
        who=Who.FAMILY,
        note="calmer, ça va",
        ratings=(Rating("before", "anxiety", 6), Rating("after", "anxiety", 3)),
        planned_s=180,
    )
    row = dict(zip(CSV_COLUMNS, next(csv_rows([rec])), strict=True))
    assert row["started_at"] == "2026-11-21T10:00:00+01:00"
    assert row["completed"] == "true" and row["who"] == "family"
    assert row["ratings_before"] == "anxiety=6" and row["ratings_after"] == "anxiety=3"
    assert row["note"] == "calmer, ça va"


@pytest.mark.parametrize(
    ("s", "text"), [(0, "0:00"), (59.6, "1:00"), (185, "3:05"), (3725, "1:02:05")]
)
def test_format_duration(s, text) -> None:
    assert format_duration(s) == text


def test_csv_text_that_looks_like_a_formula_stays_text() -> None:
    from companion.core.history.csvrows import CSV_COLUMNS, csv_rows, safe_cell

    record = SessionRecord(
        Activity.LISTENING,
        '=HYPERLINK("http://x")',
        datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc),
        note="+1 felt calmer",
    )
    [row] = list(csv_rows([record]))
    cells = dict(zip(CSV_COLUMNS, row, strict=True))
    assert cells["item"] == '\'=HYPERLINK("http://x")'
    assert cells["note"] == "'+1 felt calmer"
    assert safe_cell("Calm") == "Calm" and safe_cell("") == ""
