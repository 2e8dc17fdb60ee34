"""The quick way through the exports (issue 16: 100,000 sessions in a few seconds) and the
checked way give the same files: a row of values Companion writes is read in one pass
(``core.sessions._clean_record``) and its CSV row put down in one go (``csvrows.ordinary``);
anything else is checked field by field. Here both ways run over a history with a bit of
everything, odd rows included (tests/helpers/varied_history), and must agree byte for byte.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.history import csvrows
from companion.core.history.ratings import ITEMS
from companion.core.sessions import (
    SESSION_FIELDS,
    Activity,
    Rating,
    Who,
    checked_session_from_row,
    session_from_row,
)
from companion.services.care.observer_data import ObserverData
from companion.services.history.data import HistoryData, HistoryFilter, read_only
from companion.services.history.exports import write_csv
from companion.services.history.fhir_export import write_fhir
from companion.services.history.report import build_report
from companion.services.store import Store
from tests.helpers import history_sample, varied_history

FILTERS = (
    HistoryFilter(),
    HistoryFilter(first=date(2026, 9, 1), last=date(2026, 11, 22)),
    HistoryFilter(activity="stretch"),
    HistoryFilter(first=history_sample.NOW.date() - timedelta(days=200)),
)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("varied") / "history.db"
    store = Store.open(path)
    varied_history.fill(HistoryData(store))
    store.close()
    return path


def _exports(database: Path, folder: Path) -> dict[str, bytes | str]:
    """Every export of every filter, as the History page's worker writes them."""
    found: dict[str, bytes | str] = {}
    folder.mkdir()
    with read_only(database) as history:
        observers = ObserverData(history.store).for_sessions
        for n, filt in enumerate(FILTERS):
            write_csv(folder / f"{n}.csv", history.iter_sessions(filt), {"stretch": "="}, observers)
            write_fhir(folder / f"{n}.json", history, filt, history_sample.NOW)
            found[f"{n}.report"] = repr(build_report(history, filt, history_sample.NOW))
            found[f"{n}.page"] = repr(history.page(filt, limit=1000).records)
            found[f"{n}.flagged"] = str(history.flagged(filt))
    for path in folder.iterdir():
        found[path.name] = path.read_bytes()
    return found


def test_the_quick_and_the_checked_way_write_the_same_exports(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = _exports(database, tmp_path / "quick")
    with monkeypatch.context() as m:
        m.setattr("companion.core.sessions._clean_record", lambda *args: None)
        m.setattr(csvrows, "ordinary", lambda record: False)
        checked = _exports(database, tmp_path / "checked")
    assert quick.keys() == checked.keys()
    for name, text in quick.items():
        assert text == checked[name], name
    # the history holds what it should: odd rows among the ordinary ones, of every kind
    rows = list(csv.DictReader(io.StringIO(quick["0.csv"].decode())))  # type: ignore[union-attr]
    flagged = {name for row in rows for name in row["flagged"].split("; ") if name}
    assert flagged == {
        "activity", "item", "started_at", "duration_s", "planned_s", "completed", "who", "note",
        "ratings",
    }  # fmt: skip
    assert 15 < int(quick["0.flagged"]) < len(rows) - 300
    # the count said beside an export is the number of rows the export marks
    assert int(quick["0.flagged"]) == sum(1 for row in rows if row["flagged"])
    assert {"'=SUM(A1)", "Zoë's song", "tab\tand\nline"} <= {row["item"] for row in rows}


def test_the_quick_way_is_taken_for_ordinary_rows(database: Path) -> None:
    """Not a stand-in that always says no: the ordinary sessions take the quick way."""
    from companion.core import sessions

    taken = 0
    with read_only(database) as history:
        rows = history.store.query(
            "SELECT id, activity, item, started_at, duration_s, planned_s, completed, who, note,"
            " started_ts FROM sessions"
        )
        ratings = history.store.ratings_for([r[0] for r in rows])
        for row in rows:
            given_ = ratings.get(row[0], ())
            quick = sessions._clean_record(row, given_, ())
            if quick is not None:
                taken += 1
                assert csvrows.ordinary(quick)
    assert taken > 300 and taken < len(rows)


# -- one row at a time: an ordinary row, some of its values spoiled ------------------------

_ODD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=8),
    st.binary(max_size=4),
)
_LENGTH = st.one_of(st.floats(min_value=0, max_value=1e9), st.integers(0, 10**9))
_NEAR_LENGTH = st.sampled_from(
    [-0.0, -1e-300, 1e9 + 1e-6, 10**9 + 1, math.nan, math.inf, True, "60", b"60", 60j]
)
_ZONE = st.sampled_from([timezone.utc, timezone(timedelta(hours=-9, minutes=-30))])
_WHEN = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30))
_SPEC = st.sampled_from(["seconds", "microseconds", "minutes", "auto"])
_MOMENT = st.builds(
    lambda t, z, spec: t.replace(tzinfo=z).isoformat(timespec=spec), _WHEN, _ZONE, _SPEC
)
_CLEAN = {
    "id": st.integers(min_value=1, max_value=2**62),
    "activity": st.sampled_from([a.value for a in Activity]),
    "item": st.text(max_size=6),
    "started_at": _MOMENT,
    "duration_s": _LENGTH,
    "planned_s": st.one_of(st.none(), _LENGTH),
    "completed": st.sampled_from([0, 1]),
    "who": st.one_of(st.none(), st.sampled_from([w.value for w in Who])),
    "note": st.text(max_size=6),
}
_NEAR: dict[str, list[object]] = {  # values a hair away from ordinary ones
    "id": [True, "1", 1.0, None, 2**63],
    "activity": ["Breathing", "juggling", "", b"massage", None],
    "item": [b"calm", None, 5],
    "started_at": [
        "2026-11-20 09:30:00+01:00",  # a space for the T: read as well
        "2026-11-20T09:30:00",  # no offset
        "2026-11-20T09:30:00Z",
        "2026-11-20T09:30:00.123456-09:30",
        "2026-13-20T09:30:00+01:00",
        "2026-02-30T09:30:00+01:00",
        "2026-11-20T24:00:00+01:00",
        "2026-11-20T09:30:00+24:00",
        "0000-11-20T09:30:00+01:00",
        "yesterday",
        "",
        b"2026-11-20T09:30:00+01:00",
        20261120,
    ],
    "duration_s": [0, 0.0, -0.0, -1e-300, 1e9, 10**9, 1e9 + 1e-6, 10**9 + 1, math.nan, math.inf,
                   -math.inf, True, False, "60", b"60", 60j, None],
    "completed": [True, False, 2, -1, 1.0, 0.0, "1", None, b"\x01"],
    "who": ["", "Family", "intruder", b"patient", 0, None],
    "note": [None, b"note", 3, ""],
}  # fmt: skip
_NEAR["planned_s"] = _NEAR["duration_s"]
_BASE = (7, "massage", "calm", "2026-11-20T09:30:00+01:00", 95.5, 120, 1, "family", "", 1.7e9)
_GOOD_RATING = st.builds(
    Rating, st.sampled_from(["before", "after"]), st.sampled_from(list(ITEMS)), st.integers(0, 10)
)
_ODD_RATINGS = [
    *(Rating(when, "pain", 3) for when in ("during", "", None, b"after")),  # type: ignore[arg-type]
    *(Rating("after", item, 3) for item in (5, None, b"pain")),  # type: ignore[arg-type]
    *(Rating("before", "pain", value) for value in (-1, 11, True, 3.0, "3")),  # type: ignore[arg-type]
]


@st.composite
def _rows(draw: st.DrawFn) -> tuple[tuple[object, ...], tuple[Rating, ...]]:
    values = {name: draw(_CLEAN[name]) for name in SESSION_FIELDS}
    for name in draw(st.lists(st.sampled_from(SESSION_FIELDS), max_size=2, unique=True)):
        values[name] = draw(st.one_of(st.sampled_from(_NEAR[name]), _ODD))
    ratings = draw(st.lists(_GOOD_RATING, max_size=3))
    if draw(st.booleans()) and draw(st.booleans()):
        ratings.insert(draw(st.integers(0, len(ratings))), draw(st.sampled_from(_ODD_RATINGS)))
    stand_in = draw(st.one_of(st.floats(allow_nan=True, allow_infinity=True), _ODD))
    return (*values.values(), stand_in), tuple(ratings)


@settings(max_examples=600, deadline=None)
@given(_rows())
def test_any_row_reads_the_same_either_way(drawn: tuple) -> None:
    row, ratings = drawn
    quick, checked = session_from_row(row, ratings), checked_session_from_row(row, ratings)
    assert repr(quick) == repr(checked)
    assert quick.started_at.utcoffset() == checked.started_at.utcoffset()
    names = {"breathing": "Breathing", "massage": "=massage"}
    if csvrows.ordinary(quick):  # and its CSV row: the ordinary cells are the checked ones
        [one] = csvrows.csv_rows([quick], names)
        assert one == csvrows._row(quick, names, (), "esas-r-en")  # csv_rows' default


_ONE_SPOILED = [(name, value) for name in SESSION_FIELDS for value in _NEAR[name]] + [
    ("ratings", rating) for rating in _ODD_RATINGS
]


@pytest.mark.parametrize(("name", "value"), _ONE_SPOILED)
def test_a_row_a_hair_away_from_ordinary_reads_the_same_either_way(
    name: str, value: object
) -> None:
    row = list(_BASE)
    ratings = [Rating("before", "pain", 4), Rating("after", "pain", 10)]
    if name == "ratings":
        ratings.append(value)  # type: ignore[arg-type]
    else:
        row[SESSION_FIELDS.index(name)] = value
    quick = session_from_row(row, tuple(ratings))
    checked = checked_session_from_row(row, tuple(ratings))
    assert repr(quick) == repr(checked)
    assert session_from_row(_BASE, tuple(ratings[:2])).flags == ()  # the base is ordinary


def test_a_shape_makes_an_entry_format_with_every_slot_given() -> None:
    from companion.core.history.fhir import Shape, literal, slot

    shape = Shape({"a": slot("x"), "b": "100 %", "c": [slot("y")]})
    entry = shape.entry(x='"%s"', y=literal("{5 %}"))
    assert entry % ("urn:1", "one", ',"d":2') == (
        '{"fullUrl":"urn:1","resource":{"a":"one","b":"100 %","c":[{5 %}],"d":2}}'
    )
    with pytest.raises(ValueError):
        shape.entry(x="%s")
