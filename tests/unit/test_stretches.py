"""Tests for the stretch library: bundled data, validation, restrictions and breath timing."""

from __future__ import annotations

import contextlib
import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.stretch.model import (
    BODY_AREAS,
    MASSAGE_FILE,
    REQUIRED_PRECAUTIONS,
    ROUTINES_FILE,
    Routine,
    RoutineItem,
    Stretch,
    StretchDataError,
    single_stretch_routine,
)
from companion.core.stretch.restrictions import (
    RESTRICTION_PRESETS,
    Restrictions,
    check_routine,
    restrict_routine,
)
from companion.core.stretch.schema import (
    parse_library,
    parse_massage,
    parse_routine,
    parse_routines,
    parse_stretch,
)
from companion.core.stretch.timing import schedule_routine
from companion.services.stretch.library import load_library

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets" / "stretches"
STRETCH_FILES = sorted(
    p for p in ASSETS.glob("*.json") if p.name not in (ROUTINES_FILE, MASSAGE_FILE)
)
NAMED = [
    "wrist-circles", "shoulder-rolls", "hand-open-close", "finger-spreads", "neck-side-tilts",
    "chin-tucks", "ankle-pumps", "ankle-circles", "seated-marching", "seated-twist",
    "arm-raises", "side-reach",
]  # fmt: skip
CLAIMS = re.compile(r"\b(cures?|heals?|healing|treats?|treatment|therapeutic|guaranteed?)\b", re.I)


def _doc(name: str) -> Any:
    return json.loads((ASSETS / name).read_text(encoding="utf-8"))


def _library() -> Any:
    return load_library(ASSETS)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


# --- the bundled data ------------------------------------------------------------------------


@pytest.mark.parametrize("path", STRETCH_FILES, ids=lambda p: p.name)
def test_every_stretch_file_validates(path: Path) -> None:
    stretch = parse_stretch(_doc(path.name), path.name)
    assert stretch.id == path.stem
    assert stretch.steps and stretch.cautions and stretch.easier
    assert 1 <= stretch.tempo.breaths_per_repetition <= 4
    assert stretch.tempo.move_cue and stretch.tempo.return_cue
    assert set(stretch.body_areas) <= BODY_AREAS
    assert all(len(step) <= 120 for step in stretch.steps), "steps should be short sentences"


def test_library_has_the_named_stretches_and_routines() -> None:
    library = _library()
    ids = {s.id for s in library.stretches}
    assert len(library.stretches) >= 12
    assert set(NAMED) <= ids
    assert [r.id for r in library.routines][:3] == ["hands-2min", "whole-body-5min", "in-bed"]
    illustrations = [s.illustration for s in library.stretches]
    assert len(set(illustrations)) == len(illustrations), "each movement has its own animation"
    assert library.routine("in-bed").title == "In-bed routine"
    assert library.routine("wrist-circles").items == (RoutineItem("wrist-circles", 4),)
    listed = [item_id for item_id, _ in library.catalogue()]
    assert len(listed) == len(set(listed)) == len(library.stretches) + len(library.routines)


def test_every_movement_is_seated_or_in_bed_and_in_bed_routine_fits() -> None:
    library = _library()
    assert {s.position for s in library.stretches} <= {"seated", "in-bed", "both"}
    for item in library.routine("in-bed").items:
        assert library.by_id[item.stretch_id].position in ("in-bed", "both")


@pytest.mark.parametrize(
    ("routine_id", "seconds"),
    [("hands-2min", 120.0), ("whole-body-5min", 300.0), ("in-bed", 240.0)],
)
def test_bundled_routine_durations_at_the_default_breath(routine_id: str, seconds: float) -> None:
    library = _library()
    assert schedule_routine(library.routine(routine_id), library.by_id).total_s == seconds


def test_neck_movements_carry_a_neck_caution() -> None:
    for stretch in _library().stretches:
        if "neck" in stretch.body_areas:
            assert any("neck surgery" in c for c in stretch.cautions), stretch.id


def test_massage_guide_lasts_10_to_15_minutes_with_all_seven_precautions() -> None:
    guide = _library().massage
    assert 600 <= guide.total_s <= 900
    assert sum(s.duration_s for s in guide.steps if not s.optional) >= 600
    assert sorted(p.id for p in guide.precautions) == sorted(REQUIRED_PRECAUTIONS)
    assert len(REQUIRED_PRECAUTIONS) == 7
    for precaution in guide.precautions:
        assert precaution.question.endswith("?") and precaution.if_yes
    clot = next(p for p in guide.precautions if p.id == "blood-clot")
    assert "Never massage a leg" in clot.if_yes
    assert all(step.duration_s > 0 and step.instructions for step in guide.steps)


def test_no_clinical_claims_in_any_text() -> None:
    for path in sorted(ASSETS.glob("*.json")):
        for text in _strings(_doc(path.name)):
            assert not CLAIMS.search(text), f"{path.name}: {text}"


def test_readme_documents_every_field() -> None:
    readme = (ASSETS / "README.md").read_text(encoding="utf-8")
    keys: set[str] = set()
    for path in ASSETS.glob("*.json"):
        stack = [_doc(path.name)]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                keys |= set(value)
                stack.extend(value.values())
            elif isinstance(value, list):
                stack.extend(value)
    assert not [k for k in sorted(keys) if f"`{k}`" not in readme]


# --- malformed data --------------------------------------------------------------------------


def _stretch_doc() -> dict[str, Any]:
    return _doc("neck-side-tilts.json")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d.pop("steps"), "steps"),
        (lambda d: d.update(steps=[]), "steps"),
        (lambda d: d.update(steps=["Lift.", "  "]), "steps[1]"),
        (lambda d: d.pop("cautions"), "cautions"),
        (lambda d: d.update(cautions="Be careful."), "cautions"),
        (lambda d: d.pop("tempo"), "tempo"),
        (lambda d: d["tempo"].pop("breaths_per_repetition"), "tempo.breaths_per_repetition"),
        (lambda d: d["tempo"].update(breaths_per_repetition=0), "tempo.breaths_per_repetition"),
        (lambda d: d["tempo"].update(breaths_per_repetition=5), "tempo.breaths_per_repetition"),
        (lambda d: d["tempo"].update(breaths_per_repetition=2.0), "tempo.breaths_per_repetition"),
        (lambda d: d["tempo"].update(breaths_per_repetition=True), "tempo.breaths_per_repetition"),
        (lambda d: d["tempo"].pop("stay_cue"), "tempo.stay_cue"),
        (lambda d: d.update(body_areas=["neck", "elbows"]), "body_areas[1]"),
        (lambda d: d.update(body_areas=["neck", "neck"]), "body_areas[1]"),
        (lambda d: d.update(body_areas=[]), "body_areas"),
        (lambda d: d.update(position="standing"), "position"),
        (lambda d: d.update(repetitions=0), "repetitions"),
        (lambda d: d.update(repetitions="4"), "repetitions"),
        (lambda d: d.update(id="Neck Tilts"), "id"),
        (lambda d: d.update(id="chin-tucks"), "id"),
        (lambda d: d.update(illustration="Neck Tilt"), "illustration"),
        (lambda d: d.update(repetitons=4), "repetitons"),
        (lambda d: d.update(schema=2), "schema"),
        (lambda d: d.update(language="English"), "language"),
        (lambda d: d.update(title="x" * 301), "title"),
    ],
)
def test_malformed_stretch_names_the_field(change: Any, field: str) -> None:
    doc = _stretch_doc()
    change(doc)
    with pytest.raises(StretchDataError) as caught:
        parse_stretch(doc, "neck-side-tilts.json")
    assert caught.value.field == field
    assert str(caught.value).startswith(f"neck-side-tilts.json: {field}: ")


def test_a_stretch_that_is_not_an_object_is_reported() -> None:
    with pytest.raises(StretchDataError, match="top level"):
        parse_stretch([], "x.json")


def test_routine_pointing_to_an_unknown_stretch() -> None:
    doc = _doc(ROUTINES_FILE)
    doc["routines"][0]["items"].append("toe-wiggles")
    with pytest.raises(StretchDataError) as caught:
        parse_routines(doc, ROUTINES_FILE, _library().by_id)
    assert caught.value.field == "routines[0].items[3]"
    assert "toe-wiggles" in caught.value.problem


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda r: r["items"][0].update(stretch="nope"), "routines[2].items[0].stretch"),
        (lambda r: r["items"].append("seated-marching"), "routines[2].items[7]"),
        (lambda r: r["items"][1].update(repetitions=21), "routines[2].items[1].repetitions"),
        (lambda r: r.update(id="hands-2min"), "routines[2].id"),
        (lambda r: r.update(id="ankle-pumps"), "routines[2].id"),
        (lambda r: r.update(rest_breaths=-1), "routines[2].rest_breaths"),
        (lambda r: r.update(items=[]), "routines[2].items"),
        (lambda r: r.pop("position"), "routines[2].position"),
    ],
)
def test_malformed_routine_names_the_field(change: Any, field: str) -> None:
    doc = _doc(ROUTINES_FILE)
    change(doc["routines"][2])
    with pytest.raises(StretchDataError) as caught:
        parse_routines(doc, ROUTINES_FILE, _library().by_id)
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["precautions"].pop(3), "precautions"),
        (lambda d: d["precautions"].append(dict(d["precautions"][0])), "precautions[7].id"),
        (lambda d: d["precautions"][0].update(id="allergies"), "precautions[0].id"),
        (lambda d: d["precautions"][0].pop("if_yes"), "precautions[0].if_yes"),
        (lambda d: d["steps"][1].update(duration_s=600), "steps"),
        (lambda d: d.update(steps=d["steps"][:3]), "steps"),
        (lambda d: d["steps"][0].update(duration_s=5), "steps[0].duration_s"),
        (lambda d: d["steps"][0].update(optional="yes"), "steps[0].optional"),
        (lambda d: d["steps"][0].pop("instructions"), "steps[0].instructions"),
    ],
)
def test_malformed_massage_names_the_field(change: Any, field: str) -> None:
    doc = _doc(MASSAGE_FILE)
    change(doc)
    with pytest.raises(StretchDataError) as caught:
        parse_massage(doc, MASSAGE_FILE)
    assert caught.value.field == field


def test_load_library_reports_bad_json_and_missing_files(tmp_path: Path) -> None:
    for path in ASSETS.glob("*.json"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    assert len(load_library(tmp_path).stretches) == len(STRETCH_FILES)
    (tmp_path / "chin-tucks.json").write_text('{"schema": 1,', encoding="utf-8")
    with pytest.raises(StretchDataError, match=r"^chin-tucks\.json: \(file\): "):
        load_library(tmp_path)
    (tmp_path / "chin-tucks.json").unlink()
    (tmp_path / MASSAGE_FILE).unlink()
    with pytest.raises(StretchDataError, match=r"^massage\.json: "):
        load_library(tmp_path)
    with pytest.raises(StretchDataError, match="no stretch files"):
        parse_library({ROUTINES_FILE: {}, MASSAGE_FILE: {}})


# --- hypothesis: mutate valid documents; only StretchDataError may come out -------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 30) | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _field(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _check_mutations(data: st.DataObject, original: Any, parse: Any) -> None:
    doc = copy.deepcopy(original)
    path = data.draw(st.sampled_from(_paths(doc)))
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    deleted = isinstance(parent, dict) and data.draw(st.booleans())
    if deleted:
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(JSON)
    try:
        parse(doc)
    except StretchDataError as error:
        first = re.split(r"[.\[]", _field(path))[0]
        assert error.field.startswith(first), (error.field, path)
        if deleted:
            assert error.field == _field(path)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_stretch_raises_only_stretch_data_error(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from([p.name for p in STRETCH_FILES]))
    _check_mutations(data, _doc(name), lambda doc: parse_stretch(doc, name))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_routines_raise_only_stretch_data_error(data: st.DataObject) -> None:
    stretches = _library().by_id
    _check_mutations(data, _doc(ROUTINES_FILE), lambda d: parse_routines(d, "r.json", stretches))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_massage_raises_only_stretch_data_error(data: st.DataObject) -> None:
    _check_mutations(data, _doc(MASSAGE_FILE), lambda doc: parse_massage(doc, MASSAGE_FILE))


@given(JSON)
def test_any_json_as_a_whole_file_raises_only_stretch_data_error(value: Any) -> None:
    for parse in (lambda v: parse_stretch(v, "x.json"), lambda v: parse_massage(v, "m.json")):
        with contextlib.suppress(StretchDataError):
            parse(value)


# --- restrictions ----------------------------------------------------------------------------


def test_no_neck_marks_and_hides_neck_movements() -> None:
    library = _library()
    routine = library.routine("whole-body-5min")
    checks = check_routine(routine, library.by_id, RESTRICTION_PRESETS["no-neck"])
    assert [c.item for c in checks] == list(routine.items)
    blocked = [(c.stretch.id, c.reasons) for c in checks if not c.allowed]
    assert blocked == [("neck-side-tilts", ("neck",))]
    hidden = restrict_routine(routine, library.by_id, RESTRICTION_PRESETS["no-neck"])
    assert [i.stretch_id for i in hidden.items] == [
        i.stretch_id for i in routine.items if i.stretch_id != "neck-side-tilts"
    ]
    # two tilts of two breaths each, plus the one-breath rest before the next stretch
    assert schedule_routine(hidden, library.by_id).total_s == 300.0 - 50.0


def test_arms_only_is_an_allow_list() -> None:
    library = _library()
    arms = RESTRICTION_PRESETS["arms-only"]
    allowed = {s.id for s in library.stretches if arms.allows(s)}
    assert allowed == {
        "wrist-circles", "shoulder-rolls", "hand-open-close", "finger-spreads", "arm-raises",
    }  # fmt: skip
    assert arms.reasons(library.by_id["side-reach"]) == ("back",)
    checks = check_routine(library.routine("hands-2min"), library.by_id, arms)
    assert all(c.allowed and c.reasons == () for c in checks)


def test_restrictions_combine_and_reject_unknown_areas() -> None:
    library = _library()
    both = Restrictions(avoid=frozenset({"shoulders"}), only=frozenset({"arms", "shoulders"}))
    assert both.reasons(library.by_id["arm-raises"]) == ("shoulders",)
    assert both.reasons(library.by_id["wrist-circles"]) == ("wrists",)
    assert Restrictions().allows(library.by_id["neck-side-tilts"])
    with pytest.raises(ValueError, match="elbows"):
        Restrictions(avoid=frozenset({"elbows"}))
    everything = Restrictions(avoid=BODY_AREAS)
    empty = restrict_routine(library.routine("in-bed"), library.by_id, everything)
    schedule = schedule_routine(empty, library.by_id)
    assert empty.items == () and schedule.total_s == 0 and schedule.at(0).phase == "done"


# --- routine timing --------------------------------------------------------------------------


def _tiny() -> tuple[Routine, dict[str, Stretch]]:
    library = _library()
    stretches = library.by_id  # hand-open-close: 1 breath per rep; side-reach: 2 breaths per rep
    data = {"id": "tiny", "title": "Tiny", "summary": "Two stretches.", "position": "seated",
            "items": [{"stretch": "hand-open-close", "repetitions": 2},
                      {"stretch": "side-reach", "repetitions": 1}]}  # fmt: skip
    return parse_routine(data, "user", stretches), stretches


@pytest.mark.parametrize(
    ("elapsed", "phase", "slot", "repetition", "start", "end", "progress"),
    [
        (0.0, "move", 0, 1, 0.0, 4.0, 0.0),
        (2.0, "move", 0, 1, 0.0, 4.0, 0.5),
        (4.0, "return", 0, 1, 4.0, 10.0, 0.0),
        (7.0, "return", 0, 1, 4.0, 10.0, 0.5),
        (10.0, "move", 0, 2, 10.0, 14.0, 0.0),
        (14.0, "return", 0, 2, 14.0, 20.0, 0.0),
        (20.0, "rest", 1, 0, 20.0, 30.0, 0.0),
        (25.0, "rest", 1, 0, 20.0, 30.0, 0.5),
        (30.0, "move", 1, 1, 30.0, 34.0, 0.0),
        (34.0, "stay", 1, 1, 34.0, 44.0, 0.0),
        (40.0, "stay", 1, 1, 34.0, 44.0, 0.6),
        (44.0, "return", 1, 1, 44.0, 50.0, 0.0),
        (50.0, "done", None, 0, 50.0, 50.0, 1.0),
        (900.0, "done", None, 0, 50.0, 50.0, 1.0),
    ],
)
def test_schedule_at_exact_boundaries(
    elapsed: float, phase: str, slot: int | None, repetition: int, start: float, end: float,
    progress: float,
) -> None:  # fmt: skip
    routine, stretches = _tiny()
    point = schedule_routine(routine, stretches).at(elapsed)
    assert (point.phase, point.slot, point.repetition) == (phase, slot, repetition)
    assert (point.phase_start_s, point.phase_end_s) == (start, end)
    assert point.progress == pytest.approx(progress)
    expected_id = None if slot is None else routine.items[slot].stretch_id
    assert point.stretch_id == expected_id


def test_schedule_slots_and_repetition_starts() -> None:
    routine, stretches = _tiny()
    schedule = schedule_routine(routine, stretches)
    assert schedule.total_s == 50.0
    first, second = schedule.slots
    assert (first.start_s, first.end_s, first.repetition_starts) == (0.0, 20.0, (0.0, 10.0))
    assert (second.start_s, second.end_s, second.repetition_starts) == (30.0, 50.0, (30.0,))
    assert schedule.at(49.999).phase == "return"
    assert schedule.at(49.999).progress == pytest.approx(1.0, abs=1e-3)


def test_schedule_follows_another_breath_length() -> None:
    routine, stretches = _tiny()
    schedule = schedule_routine(routine, stretches, breath_cycle_s=7.5, inhale_fraction=0.4)
    assert schedule.total_s == 37.5
    assert schedule.at(3.0).phase == "return"
    assert schedule.at(2.999).phase == "move"
    assert schedule.at(15.0).phase == "rest"
    assert schedule.at(22.5).phase == "move"
    gentle = schedule_routine(routine, stretches, breath_cycle_s=0.1)
    assert gentle.at(0.3).phase == "move" and gentle.at(0.3).repetition == 1


def test_single_stretch_schedule_has_no_rest() -> None:
    stretch = _library().by_id["seated-twist"]
    schedule = schedule_routine(single_stretch_routine(stretch), {stretch.id: stretch})
    assert schedule.total_s == stretch.repetitions * 2 * 10.0
    assert [schedule.at(t).repetition for t in (0, 20, 40, 60)] == [1, 2, 3, 4]


@pytest.mark.parametrize("bad", [0.0, -10.0, float("nan"), float("inf")])
def test_schedule_rejects_bad_breath_cycles(bad: float) -> None:
    routine, stretches = _tiny()
    with pytest.raises(ValueError):
        schedule_routine(routine, stretches, breath_cycle_s=bad)


@pytest.mark.parametrize("bad", [-0.001, float("nan"), float("inf")])
def test_schedule_rejects_bad_elapsed_times(bad: float) -> None:
    routine, stretches = _tiny()
    with pytest.raises(ValueError):
        schedule_routine(routine, stretches).at(bad)


@given(st.floats(0, 49.99), st.sampled_from([4.0, 7.5, 10.0, 12.0]))
def test_any_time_inside_a_routine_has_a_sensible_phase(elapsed: float, cycle: float) -> None:
    routine, stretches = _tiny()
    schedule = schedule_routine(routine, stretches, breath_cycle_s=cycle)
    t = elapsed * schedule.total_s / 50.0
    point = schedule.at(t)
    assert point.phase != "done"
    assert 0.0 <= point.progress <= 1.0
    assert point.phase_start_s - 1e-6 <= t <= point.phase_end_s + 1e-6
    assert (point.repetition == 0) == (point.phase == "rest")


def test_the_breath_rises_over_each_in_breath_and_falls_over_the_out_breath() -> None:
    library = _library()
    schedule = schedule_routine(library.routine("hands-2min"), library.by_id)
    cycle, inhale = schedule.breath_cycle_s, schedule.inhale_fraction
    assert schedule.breath_at(0.0) == pytest.approx(0.0)
    assert schedule.breath_at(cycle * inhale) == pytest.approx(1.0)
    assert schedule.breath_at(cycle * (inhale / 2)) == pytest.approx(0.5)
    rising = [schedule.breath_at(cycle * inhale * k / 10) for k in range(11)]
    assert rising == sorted(rising)
    falling = [schedule.breath_at(cycle * (inhale + (1 - inhale) * k / 10)) for k in range(11)]
    assert falling == sorted(falling, reverse=True) and falling[-1] == pytest.approx(0.0)
    assert schedule.breath_at(7 * cycle + 0.3) == pytest.approx(schedule.breath_at(0.3))
