"""History as CSV rows: the columns other tools rely on (see ARCHITECTURE.md's data rules)."""

from __future__ import annotations

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
    activity's identifier to the name people read (else the identifier is repeated)."""
    names = names or {}
    for r in records:
        yield [
            str(r.id if r.id is not None else ""),
            r.activity.value,
            safe_cell(r.item),
            r.started_at.isoformat(timespec="seconds"),
            f"{r.duration_s:.0f}",
            "" if r.planned_s is None else f"{r.planned_s:.0f}",
            "true" if r.completed else "false",
            r.who.value if r.who else "",
            _ratings(r.ratings, "before"),
            _ratings(r.ratings, "after"),
            safe_cell(r.note),
            safe_cell(names.get(r.activity.value, r.activity.value)),
        ]
