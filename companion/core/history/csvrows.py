"""History as CSV rows: the columns other tools rely on (see ARCHITECTURE.md's data rules)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence

from companion.core.care.observer import ObserverRating
from companion.core.sessions import Activity, Rating, SessionRecord, Unknown, Who

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
    # Ratings by an observer (PAINAD, the carer's estimate), apart from the patient's own.
    "observer_before",
    "observer_after",
    # Which wording of ESAS-r the ratings were shown in (core/wording.ratings_wording):
    # ``esas-r-en`` the published English, ``esas-r-es-unvalidated`` Companion's translation.
    "ratings_wording",
)
"""The columns, in order. ``activity`` is a stable identifier (``visualization``) for other
tools; ``activity_name`` is the name the app and the report show for it ("Guided imagery"),
added after the first columns so that tools reading columns by position are not disturbed;
the observer ratings come last."""
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
    names: Mapping[str, str] | None = None,
    observers: Mapping[int, Sequence[ObserverRating]] | None = None,
    wording: str = "esas-r-en",
) -> Iterator[list[str]]:
    """One row of strings per record, in :data:`CSV_COLUMNS` order; ``names`` maps an
    activity's identifier to the name people read (else the identifier is repeated);
    ``observers`` holds the observer ratings around the records, by session id.

    A flagged value (an activity Companion does not know, a date it cannot read, a negative
    length) is written as it was stored, and its field is named in ``flagged``.
    """
    names = names or {}
    named: dict[Activity | Unknown, str] = {
        a: safe_cell(names.get(a.value, a.value)) for a in Activity
    }
    for r in records:
        observed = (observers or {}).get(r.id or 0, ())
        if ordinary(r):
            yield _ordinary_row(r, named[r.activity], observed, wording)
        else:
            yield _row(r, names, observed, wording)


def ordinary(record: SessionRecord) -> bool:
    """Whether a record holds only values Companion writes (its row can skip the checks)."""
    who = record.who
    return (
        type(record.activity) is Activity
        and (who is None or type(who) is Who)
        and not record.flags
        and not record.raw
    )


def _row(
    r: SessionRecord, names: Mapping[str, str], observed: Sequence[ObserverRating], wording: str
) -> list[str]:
    """Any record's row, each value as it was stored."""
    return [
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
        observer_cell(_observed(observed, "before")),
        observer_cell(_observed(observed, "after")),
        wording if r.ratings else "",
    ]


def _ordinary_row(
    r: SessionRecord, name: str, observed: Sequence[ObserverRating], wording: str
) -> list[str]:
    """:func:`_row` for an :func:`ordinary` record, the same cells put down in one go (a long
    history has them by the hundred thousand)."""
    ratings, who = r.ratings, r.who
    return [
        str(r.id if r.id is not None else ""),
        r.activity.value,  # a known activity's identifier is a plain word: no formula
        safe_cell(r.item),
        r.started_at.isoformat(timespec="seconds"),
        _seconds(r.duration_s),
        _seconds(r.planned_s),
        _completed(r.completed),
        who.value if who is not None else "",
        _ratings(ratings, "before") if ratings else "",
        _ratings(ratings, "after") if ratings else "",
        safe_cell(r.note),
        "",
        name,
        observer_cell(_observed(observed, "before")) if observed else "",
        observer_cell(_observed(observed, "after")) if observed else "",
        wording if ratings else "",
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
