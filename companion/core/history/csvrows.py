"""History as CSV rows: the columns other tools rely on (see ARCHITECTURE.md's data rules)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping

from companion.core.sessions import Rating, SessionRecord

CSV_COLUMNS = (
    "id",
    "activity",
    "item",
    "started_at",
    "duration_s",
    "planned_s",
    "completed",
    "who",
    "ratings_before",
    "ratings_after",
    "note",
    "flagged",  # the fields holding values Companion does not write (exported as they are)
    "activity_name",
)
"""The columns, in order. ``activity`` is a stable identifier (``visualization``) for other
tools; ``activity_name`` is the name the app and the report show for it ("Guided imagery"),
added last so that tools reading columns by position are not disturbed."""


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet will show as text: a leading ``'`` stops ``=…`` being run as a formula.

    Applied to the free-text columns (item, note), which may hold names a person typed.
    """
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _ratings(ratings: Iterable[Rating], when: str) -> str:
    return "; ".join(f"{r.item}={r.value}" for r in ratings if r.when == when)


def csv_rows(
    records: Iterable[SessionRecord], names: Mapping[str, str] | None = None
) -> Iterator[list[str]]:
    """One row of strings per record, in :data:`CSV_COLUMNS` order; ``names`` maps an
    activity's identifier to the name people read (else the identifier is repeated).

    A flagged value (an activity Companion does not know, a date it cannot read, a negative
    length) is written as it was stored, and its field is named in ``flagged``.
    """
    names = names or {}
    for r in records:
        yield [
            str(r.id if r.id is not None else ""),
            _cell(r.as_stored("activity")),
            safe_cell(r.item),
            _moment(r),
            _seconds(r.as_stored("duration_s")),
            _seconds(r.as_stored("planned_s")),
            _completed(r.as_stored("completed")),
            _cell(r.who) if r.who else "",
            _ratings(r.ratings, "before"),
            _ratings(r.ratings, "after"),
            safe_cell(r.note),
            "; ".join(r.flags),
            safe_cell(names.get(_cell(r.activity), _cell(r.activity))),
        ]


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = getattr(value, "value", value)  # an Activity, a Who, or an Unknown's raw text
    return safe_cell(text if isinstance(text, str) else str(text))


def _moment(r: SessionRecord) -> str:
    if "started_at" in r.raw:
        return _cell(r.raw["started_at"])
    return r.started_at.isoformat(timespec="seconds")


def _seconds(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return f"{value:.0f}"
    return _cell(value)


def _completed(value: object) -> str:
    if value is True or value == 1:
        return "true"
    if value is False or value == 0:
        return "false"
    return _cell(value)
