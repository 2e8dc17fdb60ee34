"""History as CSV rows: the columns other tools rely on (see ARCHITECTURE.md's data rules)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from companion.core.care.observer import ObserverRating
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
    # Ratings by an observer (PAINAD, the carer's estimate), apart from the patient's own.
    "observer_before",
    "observer_after",
)
NOT_RATED = "could-not-rate"


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Text a spreadsheet will show as text: a leading ``'`` stops ``=…`` being run as a formula.

    Applied to the free-text columns (item, note), which may hold names a person typed.
    """
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _ratings(ratings: Iterable[Rating], when: str) -> str:
    return "; ".join(f"{r.item}={r.value}" for r in ratings if r.when == when)


def observer_cell(rating: ObserverRating | None) -> str:
    """``observer=family; name=Anna; painad_breathing=1; …; painad_total=4``: who rated first,
    then each item (``could-not-rate`` kept as an answer), then PAINAD's total if complete."""
    if rating is None:
        return ""
    parts = [f"observer={rating.observer.value}"]
    if rating.name:
        parts.append("name=" + rating.name.replace(";", ",").replace("=", "-"))
    parts += [f"{k}={NOT_RATED if v is None else v}" for k, v in rating.answers.items()]
    if rating.painad_total is not None:
        parts.append(f"painad_total={rating.painad_total}")
    return "; ".join(parts)


def _observed(ratings: Sequence[ObserverRating], moment: str) -> ObserverRating | None:
    return next((r for r in ratings if r.moment == moment), None)


def csv_rows(
    records: Iterable[SessionRecord],
    observers: Mapping[int, Sequence[ObserverRating]] | None = None,
) -> Iterator[list[str]]:
    """One row of strings per record, in :data:`CSV_COLUMNS` order; ``observers`` holds the
    observer ratings around the records, by session id."""
    for r in records:
        observed = (observers or {}).get(r.id or 0, ())
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
            observer_cell(_observed(observed, "before")),
            observer_cell(_observed(observed, "after")),
        ]
