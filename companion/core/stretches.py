"""Gentle movements, routines and the caregiver hand-massage guide, as validated data.

The library lives in JSON files in ``assets/stretches/`` (schema: ``assets/stretches/README.md``):
one file per movement named ``<id>.json``, plus ``routines.json`` and ``massage.json``.
The ``parse_*`` functions are pure: they turn parsed JSON into frozen dataclasses or raise
:class:`StretchDataError` naming the file and the field. Only :func:`load_library` reads files.

Restrictions (e.g. "no neck", "arms only") mark or hide movements. :func:`schedule_routine`
lays a routine out on a steady breath: each repetition starts on an in-breath ("move"), ends
on an out-breath ("return") and "stays" for any breaths between; one "rest" of a few breaths
separates stretches. :meth:`RoutineSchedule.at` answers for an elapsed time passed in.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal, NoReturn

SCHEMA_VERSION = 1
BODY_AREAS = frozenset(("hands", "wrists", "arms", "shoulders", "neck", "back", "legs", "ankles"))
POSITIONS = ("seated", "in-bed", "both")
REQUIRED_PRECAUTIONS = (
    "low-platelets",
    "fragile-bones",
    "swelling",
    "blood-clot",
    "broken-skin",
    "surgery-or-radiation",
    "iv-lines",
)
ROUTINES_FILE = "routines.json"
MASSAGE_FILE = "massage.json"
REPETITIONS = (1, 20)
BREATHS_PER_REPETITION = (1, 4)
REST_BREATHS = (0, 4)
MASSAGE_STEP_S = (10, 600)
MASSAGE_TOTAL_S = (600, 900)
MAX_TEXT = 300
DEFAULT_BREATH_CYCLE_S = 10.0
DEFAULT_INHALE_FRACTION = 0.4
_EPS = 1e-9

Position = Literal["seated", "in-bed", "both"]
Phase = Literal["move", "stay", "return", "rest", "done"]
Parser = Callable[[Any, str, str], Any]
_NONE: Mapping[str, Any] = {}


class StretchDataError(ValueError):
    """Malformed stretch data; ``source`` is the file and ``field`` the path inside it."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        super().__init__(f"{source}: {field}: {problem}")
        self.source = source
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Tempo:
    """How a repetition follows the breath, with the cue for each part."""

    breaths_per_repetition: int
    move_cue: str
    return_cue: str
    stay_cue: str | None = None


@dataclass(frozen=True)
class Stretch:
    """One seated or in-bed movement."""

    id: str
    title: str
    summary: str
    body_areas: tuple[str, ...]
    position: Position
    steps: tuple[str, ...]
    repetitions: int
    tempo: Tempo
    easier: str
    cautions: tuple[str, ...]
    illustration: str
    language: str = "en"


@dataclass(frozen=True)
class RoutineItem:
    """A stretch in a routine and how many times to repeat it."""

    stretch_id: str
    repetitions: int


@dataclass(frozen=True)
class Routine:
    """An ordered set of stretches with a short rest (in breaths) between them."""

    id: str
    title: str
    summary: str
    position: Position
    items: tuple[RoutineItem, ...]
    rest_breaths: int = 1
    language: str = "en"


@dataclass(frozen=True)
class Precaution:
    """A yes/no question to ask before a massage, and what to avoid on a "yes"."""

    id: str
    question: str
    if_yes: str


@dataclass(frozen=True)
class MassageStep:
    """One timed step of the massage guide."""

    title: str
    instructions: tuple[str, ...]
    duration_s: int
    illustration: str
    optional: bool = False


@dataclass(frozen=True)
class MassageGuide:
    """The caregiver's guided hand massage with its precautions check."""

    id: str
    title: str
    summary: str
    tips: tuple[str, ...]
    precautions: tuple[Precaution, ...]
    steps: tuple[MassageStep, ...]
    language: str = "en"

    @property
    def total_s(self) -> int:
        """Length of all steps, optional ones included, in seconds."""
        return sum(step.duration_s for step in self.steps)


@dataclass(frozen=True)
class StretchLibrary:
    """Every bundled stretch, routine and the massage guide."""

    stretches: tuple[Stretch, ...]
    routines: tuple[Routine, ...]
    massage: MassageGuide

    @property
    def by_id(self) -> dict[str, Stretch]:
        """The stretches keyed by id."""
        return {stretch.id: stretch for stretch in self.stretches}

    def catalogue(self) -> list[tuple[str, str]]:
        """(id, title) of every routine, then every single stretch: what ``--list`` prints."""
        return [(r.id, r.title) for r in self.routines] + [(s.id, s.title) for s in self.stretches]

    def routine(self, item_id: str) -> Routine:
        """A routine by id, or a one-stretch routine for a stretch id; KeyError if neither."""
        for routine in self.routines:
            if routine.id == item_id:
                return routine
        return single_stretch_routine(self.by_id[item_id])


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
    spec = {"id": _choice(REQUIRED_PRECAUTIONS), "question": _text, "if_yes": _text}
    return Precaution(**_fields(value, src, field, spec))


def _step(value: Any, src: str, field: str) -> MassageStep:
    spec = {"title": _text, "instructions": _texts, "duration_s": _int_in(MASSAGE_STEP_S)}
    spec["illustration"] = _key
    return MassageStep(**_fields(value, src, field, spec, {"optional": (_flag, False)}))


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


def load_library(folder: Path) -> StretchLibrary:
    """Read every ``*.json`` in ``folder`` and validate it; any problem is a StretchDataError."""
    documents: dict[str, Any] = {}
    try:
        paths = sorted(Path(folder).glob("*.json"))
    except OSError as error:
        _fail(str(folder), "(folder)", f"cannot be read ({error})")
    for path in paths:
        try:
            documents[path.name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as error:
            _fail(path.name, "(file)", f"is not readable JSON ({error})")
    return parse_library(documents)


def single_stretch_routine(stretch: Stretch) -> Routine:
    """A routine of just one stretch, so a single movement is guided like a routine."""
    item = RoutineItem(stretch.id, stretch.repetitions)
    return Routine(
        stretch.id, stretch.title, stretch.summary, stretch.position, (item,), 0, stretch.language
    )


@dataclass(frozen=True)
class Restrictions:
    """The care team's limits: body areas to avoid, and optionally the only areas allowed."""

    avoid: frozenset[str] = frozenset()
    only: frozenset[str] | None = None

    def __post_init__(self) -> None:
        """Reject body areas outside the vocabulary."""
        unknown = (self.avoid | (self.only or frozenset())) - BODY_AREAS
        if unknown:
            raise ValueError(f"unknown body areas: {', '.join(sorted(unknown))}")

    def reasons(self, stretch: Stretch) -> tuple[str, ...]:
        """The stretch's body areas these restrictions rule out (empty when it is allowed)."""
        only = BODY_AREAS if self.only is None else self.only
        return tuple(a for a in stretch.body_areas if a in self.avoid or a not in only)

    def allows(self, stretch: Stretch) -> bool:
        """True when none of the stretch's body areas is ruled out."""
        return not self.reasons(stretch)


RESTRICTION_PRESETS: Mapping[str, Restrictions] = {
    "none": Restrictions(),
    "no-neck": Restrictions(avoid=frozenset({"neck"})),
    "no-back": Restrictions(avoid=frozenset({"back"})),
    "arms-only": Restrictions(only=frozenset({"hands", "wrists", "arms", "shoulders"})),
    "legs-only": Restrictions(only=frozenset({"legs", "ankles"})),
}


@dataclass(frozen=True)
class ItemCheck:
    """A routine item, whether the restrictions allow it, and the body areas that rule it out."""

    item: RoutineItem
    stretch: Stretch
    allowed: bool
    reasons: tuple[str, ...]


def check_routine(
    routine: Routine, stretches: Mapping[str, Stretch], restrictions: Restrictions
) -> tuple[ItemCheck, ...]:
    """Every item of the routine, in order, marked allowed or not (for "mark" mode)."""
    checks = []
    for item in routine.items:
        reasons = restrictions.reasons(stretches[item.stretch_id])
        checks.append(ItemCheck(item, stretches[item.stretch_id], not reasons, reasons))
    return tuple(checks)


def restrict_routine(
    routine: Routine, stretches: Mapping[str, Stretch], restrictions: Restrictions
) -> Routine:
    """The routine without the items the restrictions rule out (for "hide" mode)."""
    kept = tuple(c.item for c in check_routine(routine, stretches, restrictions) if c.allowed)
    return replace(routine, items=kept)


@dataclass(frozen=True)
class StretchSlot:
    """Where one stretch of a routine sits on the timeline (seconds and whole breaths)."""

    index: int
    stretch_id: str
    start_s: float
    end_s: float
    repetitions: int
    breaths_per_repetition: int
    repetition_starts: tuple[float, ...]
    start_breath: int


@dataclass(frozen=True)
class SchedulePoint:
    """What happens at one elapsed time; in a rest, ``slot`` is the stretch coming next."""

    phase: Phase
    slot: int | None
    stretch_id: str | None
    repetition: int
    phase_start_s: float
    phase_end_s: float
    progress: float


@dataclass(frozen=True)
class RoutineSchedule:
    """A routine laid out on a steady breath; ask :meth:`at` for any elapsed time."""

    routine_id: str
    breath_cycle_s: float
    inhale_fraction: float
    slots: tuple[StretchSlot, ...]
    total_breaths: int
    rest_breaths: int

    @property
    def total_s(self) -> float:
        """Length of the whole routine in seconds."""
        return self.total_breaths * self.breath_cycle_s

    def _point(
        self, phase: Phase, slot: StretchSlot | None, rep: int, span: tuple[float, float], t: float
    ) -> SchedulePoint:
        start, end = span[0] * self.breath_cycle_s, span[1] * self.breath_cycle_s
        progress = min(1.0, max(0.0, (t - start) / (end - start))) if end > start else 1.0
        index, stretch_id = (None, None) if slot is None else (slot.index, slot.stretch_id)
        return SchedulePoint(phase, index, stretch_id, rep, start, end, progress)

    def at(self, elapsed_s: float) -> SchedulePoint:
        """The stretch, repetition (1-based; 0 in a rest) and phase at ``elapsed_s`` seconds."""
        if not 0 <= elapsed_s < math.inf:
            raise ValueError(f"elapsed time must be a finite number >= 0, not {elapsed_s}")
        position = elapsed_s / self.breath_cycle_s
        breath = math.floor(position + _EPS)
        if breath >= self.total_breaths:
            return self._point("done", None, 0, (self.total_breaths,) * 2, elapsed_s)
        inhale = self.inhale_fraction
        breathing_in = position - breath + _EPS < inhale
        for slot in self.slots:
            n = slot.breaths_per_repetition
            span: tuple[float, float]
            if breath < slot.start_breath:
                span = (slot.start_breath - self.rest_breaths, slot.start_breath)
                return self._point("rest", slot, 0, span, elapsed_s)
            if breath < slot.start_breath + slot.repetitions * n:
                rep, within = divmod(breath - slot.start_breath, n)
                first = slot.start_breath + rep * n
                if within == 0 and breathing_in:
                    return self._point("move", slot, rep + 1, (first, first + inhale), elapsed_s)
                if within == n - 1 and not breathing_in:
                    span = (first + n - 1 + inhale, first + n)
                    return self._point("return", slot, rep + 1, span, elapsed_s)
                span = (first + inhale, first + n - 1 + inhale)
                return self._point("stay", slot, rep + 1, span, elapsed_s)
        raise AssertionError("a breath inside the routine must fall in a slot or a rest")


def schedule_routine(
    routine: Routine,
    stretches: Mapping[str, Stretch],
    breath_cycle_s: float = DEFAULT_BREATH_CYCLE_S,
    inhale_fraction: float = DEFAULT_INHALE_FRACTION,
) -> RoutineSchedule:
    """Lay the routine out on a breath of ``breath_cycle_s`` seconds (default 10 s = 4-6)."""
    if not 0 < breath_cycle_s < math.inf:
        raise ValueError(f"breath cycle must be a positive number of seconds, not {breath_cycle_s}")
    if not 0 < inhale_fraction < 1:
        raise ValueError(f"inhale fraction must be between 0 and 1, not {inhale_fraction}")
    slots: list[StretchSlot] = []
    breath = 0
    for index, item in enumerate(routine.items):
        breath += routine.rest_breaths if index else 0
        if item.stretch_id not in stretches:
            _fail(f"routine {routine.id}", f"items[{index}].stretch", "unknown stretch")
        n = stretches[item.stretch_id].tempo.breaths_per_repetition
        starts = tuple((breath + r * n) * breath_cycle_s for r in range(item.repetitions))
        end = breath + item.repetitions * n
        start_s, end_s = breath * breath_cycle_s, end * breath_cycle_s
        slots.append(
            StretchSlot(index, item.stretch_id, start_s, end_s, item.repetitions, n, starts, breath)
        )
        breath = end
    return RoutineSchedule(
        routine.id, breath_cycle_s, inhale_fraction, tuple(slots), breath, routine.rest_breaths
    )
