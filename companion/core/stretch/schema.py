"""Validation of the stretch library's JSON: parsed documents in, frozen dataclasses out.

The ``parse_*`` functions are pure: they turn parsed JSON into the dataclasses of
:mod:`companion.core.stretch.model` or raise :class:`StretchDataError` naming the file and field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NoReturn

from companion.core.stretch.model import (
    ADAPTS,
    BODY_AREAS,
    MASSAGE_FILE,
    POSITIONS,
    REQUIRED_PRECAUTIONS,
    ROUTINES_FILE,
    TOUCHES,
    MassageGuide,
    MassageStep,
    Precaution,
    Routine,
    RoutineItem,
    StepVariant,
    Stretch,
    StretchDataError,
    StretchLibrary,
    Tempo,
)

SCHEMA_VERSION = 1
REPETITIONS = (1, 20)
BREATHS_PER_REPETITION = (1, 4)
REST_BREATHS = (0, 4)
MASSAGE_STEP_S = (10, 600)
MASSAGE_TOTAL_S = (600, 900)
MAX_TEXT = 300

Parser = Callable[[Any, str, str], Any]
_NONE: Mapping[str, Any] = {}


def _fail(source: str, field: str, problem: str) -> NoReturn:
    raise StretchDataError(source, field or "(top level)", problem)


def _at(field: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{field}[{key}]"
    return f"{field}.{key}" if field else key


def _fields(
    value: Any,
    src: str,
    field: str,
    spec: Mapping[str, Parser],
    optional: Mapping[str, Any] = _NONE,
) -> dict[str, Any]:
    """Check an object's keys and parse each value; ``optional`` maps key -> (parser, default)."""
    if not isinstance(value, dict):
        _fail(src, field, "must be an object ({...})")
    for key in spec:
        if key not in value:
            _fail(src, _at(field, key), "missing")
    for key in value:
        if key not in spec and key not in optional:
            _fail(src, _at(field, str(key)), "unknown field (a typo?)")
    out = {key: parse(value[key], src, _at(field, key)) for key, parse in spec.items()}
    for key, (parse, default) in optional.items():
        out[key] = parse(value.get(key, default), src, _at(field, key))
    return out


def _as_is(value: Any, src: str, field: str) -> Any:
    return value


def _text(value: Any, src: str, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        _fail(src, field, "must be some text")
    if len(value) > MAX_TEXT:
        _fail(src, field, f"is too long (at most {MAX_TEXT} characters)")
    return value.strip()


def _maybe_text(value: Any, src: str, field: str) -> str | None:
    return None if value is None else _text(value, src, field)


def _list_of(parse: Parser) -> Parser:
    def parse_list(value: Any, src: str, field: str) -> tuple[Any, ...]:
        if not isinstance(value, list) or not value:
            _fail(src, field, "must be a list with at least one entry")
        return tuple(parse(item, src, _at(field, i)) for i, item in enumerate(value))

    return parse_list


def _int_in(limits: tuple[int, int]) -> Parser:
    def parse_int(value: Any, src: str, field: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            _fail(src, field, "must be a whole number")
        if not limits[0] <= value <= limits[1]:
            _fail(src, field, f"must be from {limits[0]} to {limits[1]}")
        return value

    return parse_int


def _matching(pattern: str, what: str) -> Parser:
    regex = re.compile(pattern)

    def parse_match(value: Any, src: str, field: str) -> str:
        if not isinstance(value, str) or not regex.fullmatch(value):
            _fail(src, field, f"must be {what}")
        return value

    return parse_match


def _choice(choices: tuple[Any, ...]) -> Parser:
    def parse_choice(value: Any, src: str, field: str) -> Any:
        if isinstance(value, bool) is not isinstance(choices[0], bool) or value not in choices:
            _fail(src, field, "must be one of: " + ", ".join(map(json.dumps, choices)))
        return value

    return parse_choice


_texts = _list_of(_text)
_id = _matching(r"[a-z0-9]+(-[a-z0-9]+)*", "lower-case words joined by hyphens, e.g. ankle-pumps")
_key = _matching(r"[a-z][a-z0-9_]*", "a lower-case key such as wrist_circle")
_position = _choice(POSITIONS)
_schema = _choice((SCHEMA_VERSION,))
_flag = _choice((False, True))
_area = _choice(tuple(sorted(BODY_AREAS)))
_HEADER = {"language": (_matching(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", "a tag such as en"), "en")}


def _areas(value: Any, src: str, field: str) -> tuple[str, ...]:
    areas: tuple[str, ...] = _list_of(_area)(value, src, field)
    for i, area in enumerate(areas):
        if areas.index(area) != i:
            _fail(src, _at(field, i), f"{area!r} is listed twice")
    return areas


def _tempo(value: Any, src: str, field: str) -> Tempo:
    spec = {"breaths_per_repetition": _int_in(BREATHS_PER_REPETITION), "move_cue": _text}
    spec["return_cue"] = _text
    tempo = Tempo(**_fields(value, src, field, spec, {"stay_cue": (_maybe_text, None)}))
    if tempo.breaths_per_repetition > 1 and tempo.stay_cue is None:
        _fail(src, _at(field, "stay_cue"), "needed when a repetition lasts more than one breath")
    return tempo


_STRETCH: dict[str, Parser] = {
    "schema": _schema, "id": _id, "title": _text, "summary": _text, "body_areas": _areas,
    "position": _position, "steps": _texts, "repetitions": _int_in(REPETITIONS),
    "tempo": _tempo, "easier": _text, "cautions": _texts, "illustration": _key,
}  # fmt: skip


def parse_stretch(data: Any, source: str) -> Stretch:
    """Validate one movement file's parsed JSON; its id must match the file name."""
    fields = _fields(data, source, "", _STRETCH, _HEADER)
    del fields["schema"]
    if source.endswith(".json") and Path(source).stem != fields["id"]:
        _fail(source, "id", f"must match the file name ({Path(source).stem})")
    return Stretch(**fields)


def parse_routine(
    data: Any, source: str, stretches: Mapping[str, Stretch], field: str = "", language: str = "en"
) -> Routine:
    """Validate one routine (bundled or composed by the user) against the known stretches."""
    spec = {"id": _id, "title": _text, "summary": _text, "position": _position}
    spec["items"] = _list_of(_as_is)
    fields = _fields(data, source, field, spec, {"rest_breaths": (_int_in(REST_BREATHS), 1)})
    items = []
    for i, raw in enumerate(fields["items"]):
        where = _at(_at(field, "items"), i)
        if isinstance(raw, str):
            stretch_id, reps, name = raw, None, where
        else:
            item = _fields(raw, source, where, {"stretch": _as_is}, {"repetitions": (_as_is, None)})
            stretch_id, reps, name = item["stretch"], item["repetitions"], _at(where, "stretch")
        if not isinstance(stretch_id, str) or stretch_id not in stretches:
            _fail(source, name, f"unknown stretch {stretch_id!r}")
        stretch = stretches[stretch_id]
        if stretch.position not in ("both", fields["position"]):
            _fail(source, name, f"is {stretch.position}; this routine is {fields['position']}")
        reps = stretch.repetitions if reps is None else reps
        reps = _int_in(REPETITIONS)(reps, source, _at(where, "repetitions"))
        items.append(RoutineItem(stretch_id, reps))
    return Routine(**(fields | {"items": tuple(items), "language": language}))


def parse_routines(data: Any, source: str, stretches: Mapping[str, Stretch]) -> tuple[Routine, ...]:
    """Validate ``routines.json``: ids unique and distinct from every stretch id."""
    spec = {"schema": _schema, "routines": _list_of(_as_is)}
    fields = _fields(data, source, "", spec, _HEADER)
    routines: list[Routine] = []
    for i, raw in enumerate(fields["routines"]):
        routine = parse_routine(raw, source, stretches, f"routines[{i}]", fields["language"])
        if routine.id in stretches or any(r.id == routine.id for r in routines):
            _fail(source, f"routines[{i}].id", f"{routine.id!r} is already used")
        routines.append(routine)
    return tuple(routines)


def _precaution(value: Any, src: str, field: str) -> Precaution:
    spec = {
        "id": _choice(REQUIRED_PRECAUTIONS),
        "question": _text,
        "if_yes": _text,
        "adapt": _choice(ADAPTS),
    }
    return Precaution(**_fields(value, src, field, spec, {"during": (_maybe_text, None)}))


def _maybe_seconds(value: Any, src: str, field: str) -> int | None:
    return None if value is None else _int_in(MASSAGE_STEP_S)(value, src, field)


def _variant(value: Any, src: str, field: str) -> StepVariant | None:
    if value is None:
        return None  # this touch leaves the step out
    spec = {"instructions": _texts, "illustration": _key}
    optional = {"title": (_maybe_text, None), "duration_s": (_maybe_seconds, None)}
    return StepVariant(**_fields(value, src, field, spec, optional))


def _variants(value: Any, src: str, field: str) -> tuple[tuple[str, StepVariant | None], ...]:
    if not isinstance(value, dict):
        _fail(src, field, "must be an object ({...})")
    out = []
    for touch, variant in value.items():
        if touch not in TOUCHES[1:]:
            _fail(src, _at(field, str(touch)), f"must be one of {', '.join(TOUCHES[1:])}")
        out.append((touch, _variant(variant, src, _at(field, touch))))
    return tuple(out)


def _step(value: Any, src: str, field: str) -> MassageStep:
    spec = {"title": _text, "instructions": _texts, "duration_s": _int_in(MASSAGE_STEP_S)}
    spec["illustration"] = _key
    optional = {
        "optional": (_flag, False),
        "hand": (_int_in((0, 2)), 0),
        "variants": (_variants, {}),
    }
    return MassageStep(**_fields(value, src, field, spec, optional))


_MASSAGE: dict[str, Parser] = {
    "schema": _schema, "id": _id, "title": _text, "summary": _text, "tips": _texts,
    "precautions": _list_of(_precaution), "steps": _list_of(_step),
}  # fmt: skip


def parse_massage(data: Any, source: str) -> MassageGuide:
    """Validate ``massage.json``: all seven precautions once each, steps of 10–15 minutes."""
    fields = _fields(data, source, "", _MASSAGE, _HEADER)
    del fields["schema"]
    ids = [p.id for p in fields["precautions"]]
    for i, pid in enumerate(ids):
        if ids.index(pid) != i:
            _fail(source, f"precautions[{i}].id", f"{pid!r} is asked twice")
    missing = [pid for pid in REQUIRED_PRECAUTIONS if pid not in ids]
    if missing:
        _fail(source, "precautions", "missing " + ", ".join(missing))
    guide = MassageGuide(**fields)
    low, high = MASSAGE_TOTAL_S
    if not low <= guide.total_s <= high:
        _fail(source, "steps", f"add up to {guide.total_s} s; must be {low}–{high} s")
    return guide


def parse_library(documents: Mapping[str, Any]) -> StretchLibrary:
    """Validate a whole library given as {file name: parsed JSON}."""
    for name in (ROUTINES_FILE, MASSAGE_FILE):
        if name not in documents:
            _fail(name, "(file)", "missing from the stretch library")
    names = sorted(set(documents) - {ROUTINES_FILE, MASSAGE_FILE})
    if not names:
        _fail("(library)", "(files)", "no stretch files found")
    stretches = tuple(parse_stretch(documents[name], name) for name in names)
    routines = parse_routines(documents[ROUTINES_FILE], ROUTINES_FILE, {s.id: s for s in stretches})
    return StretchLibrary(stretches, routines, parse_massage(documents[MASSAGE_FILE], MASSAGE_FILE))
