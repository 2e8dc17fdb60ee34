"""The history as FHIR R4 resources, one Bundle entry at a time (so years of history stream).

A Bundle of type ``collection``: a Patient (no name or identifier unless the person entered
one), the Questionnaires (:mod:`fhir_questionnaires`), a QuestionnaireResponse per check-in
and per rating set (its ``source`` the Patient, or a RelatedPerson or Practitioner for a
family or professional caregiver), an Observation per rated item derived from it, and a
Procedure per session (its activity, times and duration). Observer ratings are labelled
observer-rated in their method and never share a resource with the patient's own answers.

Codes are text with Companion's own code systems beside them: no LOINC or SNOMED CT code
could be verified for ESAS-r, PAINAD or these activities (docs/fhir/README.md). Every entry
has a stable ``urn:uuid`` fullUrl (uuid5 of the history's export identity and the record),
so exporting again gives the same identities. Pure: no I/O; the caller writes the text.

Entries come out as JSON text. A session and its ratings, which a long history has by the
hundred thousand, are filled into shapes encoded once (:class:`Shape`); everything else is
built as a dict and encoded.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import uuid
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from json.encoder import encode_basestring
from typing import Any, Protocol

from companion.core.care.observer import OBSERVER_ITEMS, PAINAD_KEYS, ObserverRating
from companion.core.history.fhir_questionnaires import (
    ESAS_URL,
    EXTRA_URL,
    FHIR_BASE,
    MOMENT_SYSTEM,
    MOMENTS,
    OBSERVER_URL,
    OTHER,
    OTHER_NAME,
    PAINAD_TOTAL_TEXT,
    SESSION_URL,
    canonical,
    questionnaires,
)
from companion.core.history.ratings import ESAS_ITEMS, EXTRA_ITEMS, ITEMS
from companion.core.sessions import Rating, SessionRecord, Unknown, Who, rating_ok

ITEM_SYSTEM = f"{FHIR_BASE}/CodeSystem/item"
ACTIVITY_SYSTEM = f"{FHIR_BASE}/CodeSystem/activity"
SESSION_ITEM = f"{FHIR_BASE}/StructureDefinition/session-item"
PLANNED = f"{FHIR_BASE}/StructureDefinition/planned-duration"
DURATION = f"{FHIR_BASE}/StructureDefinition/duration"
MOMENT = f"{FHIR_BASE}/StructureDefinition/moment"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
ABSENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
CATEGORY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/observation-category",
            "code": "survey",
            "display": "Survey",
        }
    ]
}
ESAS_KEYS = tuple(i.key for i in ESAS_ITEMS)
EXTRA_KEYS = tuple(i.key for i in EXTRA_ITEMS)
NAMESPACE = uuid.UUID("6f1d3c52-2b1e-5c8e-9a43-6a0b8e7c2d11")  # Companion's, fixed
ACTIVITY_DISPLAY = {
    "breathing": "Paced breathing (Companion)",
    "visualization": "Guided imagery (Companion)",
    "stretch": "Gentle stretches (Companion)",
    "listening": "Listening to calming music (Companion)",
    "massage": "Hand massage by a carer (Companion)",
}
WHO_TEXT = {
    Who.FAMILY: "Family caregiver",
    Who.CAREGIVER: "Professional caregiver",
}


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_SLOT = re.compile('"§(\\w+)§"')
_VARIANT = "89ab" * 4  # a hex digit with its top two bits set to 10


def slot(name: str) -> str:
    """A place in a :class:`Shape`'s skeleton, filled with a JSON fragment."""
    return f"§{name}§"


class Shape:
    """A resource's JSON, encoded once with slots, then filled with JSON fragments."""

    def __init__(self, skeleton: dict[str, Any]) -> None:
        pieces = _SLOT.split(_dumps(skeleton))
        self.slots = tuple(pieces[1::2])
        self._texts = pieces[0::2]  # the JSON around the slots
        self._format = "%s".join(t.replace("%", "%%") for t in self._texts)

    def fill(self, **fragments: str) -> str:
        """The JSON text with every slot filled (each fragment is already JSON)."""
        return self._format % tuple(fragments[name] for name in self.slots)

    def entry(self, **formats: str) -> str:
        """A ``%`` format of a whole Bundle entry holding this resource, for the hot path.

        Every slot is given a piece of ``%`` format (``%s`` where a value goes, ``%%`` for a
        percent sign: see :func:`literal`). The format's arguments are the entry's fullUrl,
        then each slot's values in the skeleton's order, then text added at the end of the
        resource (``,…`` members, or ""). Raises ValueError unless every slot is given.
        """
        if set(formats) != set(self.slots):
            raise ValueError(f"slots {self.slots}, given {tuple(formats)}")
        parts = [literal(self._texts[0])]
        for name, text in zip(self.slots, self._texts[1:], strict=True):
            parts += [formats[name], literal(text)]
        resource = "".join(parts)
        return '{"fullUrl":"%s","resource":' + resource[:-1] + "%s}}"


def literal(text: str) -> str:
    """``text`` as a piece of ``%`` format that writes it as it is."""
    return text.replace("%", "%%")


def _str(text: str) -> str:
    return encode_basestring(text)  # as the encoder writes a string (non-ASCII kept)


def _ref(url: str) -> str:
    return '{"reference":"' + url + '"}'


class CheckinLike(Protocol):
    """A daily check-in as history keeps it (``services.history.data.Checkin``)."""

    @property
    def day(self) -> date: ...
    @property
    def taken_at(self) -> datetime: ...
    @property
    def who(self) -> Who | None: ...
    @property
    def esas(self) -> dict[str, int]: ...
    @property
    def extra(self) -> dict[str, int]: ...
    @property
    def other_problem(self) -> str: ...
    @property
    def id(self) -> int | None: ...


def _when(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _seconds(value: float) -> dict[str, Any]:
    return {
        "value": round(value, 1) if math.isfinite(value) else 0.0,
        "unit": "s",
        "system": "http://unitsofmeasure.org",
        "code": "s",
    }


_SECONDS_UNIT = ',"unit":"s","system":"http://unitsofmeasure.org","code":"s"}}'
_ITEM_EXTENSION = '{"url":"' + SESSION_ITEM + '","valueString":'
_DURATION_EXTENSION = '{"url":"' + DURATION + '","valueDuration":'
_PLANNED_EXTENSION = ',{"url":"' + PLANNED + '","valueDuration":'


def _duration(seconds: float) -> str:
    """``{"value": …}`` in seconds, and the extension's closing brace (as :func:`_seconds`,
    written out: a float's repr is how JSON writes it)."""
    value = round(seconds, 1) if math.isfinite(seconds) else 0.0
    return '{"value":' + repr(float(value)) + _SECONDS_UNIT


_PROCEDURE = Shape(
    {
        "resourceType": "Procedure",
        "extension": slot("extension"),
        "status": slot("status"),
        "code": slot("code"),
        "subject": slot("subject"),
        "performedPeriod": {"start": slot("start"), "end": slot("end")},
    }
)
_SESSION_RESPONSE = Shape(
    {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": canonical(SESSION_URL),
        "status": "completed",
        "subject": slot("subject"),
        "authored": slot("when"),
        "partOf": [slot("session")],
        "item": slot("items"),
    }
)
_SESSION_OBSERVATION = Shape(
    {
        "resourceType": "Observation",
        "extension": [{"url": MOMENT, "valueCode": slot("moment")}],
        "partOf": [slot("session")],
        "status": "final",
        "category": [CATEGORY],
        "code": slot("code"),
        "subject": slot("subject"),
        "effectiveDateTime": slot("when"),
        "valueInteger": slot("value"),
        "derivedFrom": [slot("response")],
    }
)
_ACTIVITY_CODE = {
    key: _dumps(
        {"coding": [{"system": ACTIVITY_SYSTEM, "code": key, "display": text}], "text": text}
    )
    for key, text in ACTIVITY_DISPLAY.items()
}
_ITEM_CODE = {
    key: _dumps({"coding": [{"system": ITEM_SYSTEM, "code": key}], "text": item.name})
    for key, item in ITEMS.items()
}
_ITEM_ANSWER = {  # the answer's text up to its value
    key: _dumps({"linkId": key, "text": item.name})[:-1] + ',"answer":[{"valueInteger":'
    for key, item in ITEMS.items()
}


class BundleBuilder:
    """Entries for one export; call the ``*_entries`` methods in any order, each once per
    record, and :meth:`start` first. People (caregivers who answered or rated) are entered
    the first time they are referred to."""

    def __init__(self, export_id: str, generated: datetime, patient_name: str = "") -> None:
        self._ns = uuid.uuid5(NAMESPACE, export_id or "companion")
        self._hash = hashlib.sha1(self._ns.bytes)  # uuid5 is SHA-1 of namespace and name
        self.generated = generated
        self.patient_name = patient_name.strip()
        self.patient = self.urn("patient")
        self._people: dict[tuple[str, str], str] = {}
        self.counts: dict[str, int] = {}
        # A session's entries, the patient written in once (see session_entries)
        subject = _ref(self.patient)
        subject, quoted, ref = literal(_ref(self.patient)), '"%s"', '{"reference":"%s"}'
        self._procedure_entry = _PROCEDURE.entry(  # fullUrl, item, length, planned, …
            extension="[%s" + literal(_DURATION_EXTENSION)
            + '{"value":%s' + literal(_SECONDS_UNIT) + "%s]",
            status=quoted,
            code="%s",
            subject=subject,
            start=quoted,
            end=quoted,
        )  # fmt: skip
        self._response_entry = _SESSION_RESPONSE.entry(
            subject=subject, when=quoted, session=ref, items="%s"
        )
        self._observation_entry = _SESSION_OBSERVATION.entry(
            moment=quoted,
            session=ref,
            code="%s",
            subject=subject,
            when=quoted,
            value="%s",
            response=ref,
        )

    @property
    def people(self) -> list[tuple[str, str]]:
        """The caregivers entered so far, as (role, name)."""
        return list(self._people)

    def urn(self, key: str) -> str:
        """The stable ``urn:uuid:`` of a record of this history (``uuid5(namespace, key)``,
        computed without building a UUID object: an export makes hundreds of thousands)."""
        digest = self._hash.copy()
        digest.update(key.encode())
        x = digest.hexdigest()
        variant = _VARIANT[int(x[16], 16)]  # RFC 4122's, in the 17th digit; version 5 the 13th
        return f"urn:uuid:{x[:8]}-{x[8:12]}-5{x[13:16]}-{variant}{x[17:20]}-{x[20:32]}"

    def envelope(self) -> str:
        """The Bundle without its entries, as JSON text up to its ``entry`` list."""
        return (
            _dumps(
                {
                    "resourceType": "Bundle",
                    "identifier": {"system": f"{FHIR_BASE}/export", "value": self.urn("bundle")},
                    "type": "collection",
                    "timestamp": _when(self.generated),
                }
            )[:-1]
            + ',"entry":['
        )

    def _entry(self, url: str, resource: dict[str, Any]) -> str:
        return self._text(url, resource["resourceType"], _dumps(resource))

    def _text(self, url: str, kind: str, resource: str) -> str:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return '{"fullUrl":"' + url + '","resource":' + resource + "}"

    # -- the patient, the forms, the people ------------------------------------------------

    def start(self) -> Iterator[str]:
        """The Patient and the Questionnaires."""
        patient: dict[str, Any] = {"resourceType": "Patient", "active": True}
        if self.patient_name:
            patient["name"] = [{"text": self.patient_name}]
        yield self._entry(self.patient, patient)
        for q in questionnaires():
            yield self._entry(self.urn(f"questionnaire/{q['url']}"), q)

    def _person(self, who: Who | Unknown | None, name: str = "") -> tuple[str | None, list[str]]:
        """The reference for who answered (None when unknown) and any new entry for them."""
        if not isinstance(who, Who):  # nobody said, or a value Companion never writes
            return None, []
        if who is Who.PATIENT:
            return self.patient, []
        key = (who.value, name)
        url = self._people.get(key)
        if url is not None:
            return url, []
        url = self._people[key] = self.urn(f"person/{who.value}/{name}")
        resource: dict[str, Any]
        if who is Who.FAMILY:
            resource = {
                "resourceType": "RelatedPerson",
                "active": True,
                "patient": {"reference": self.patient},
                "relationship": [{"text": WHO_TEXT[who]}],
            }
        else:
            resource = {"resourceType": "Practitioner", "active": True}
        if name:
            resource["name"] = [{"text": name}]
        return url, [self._entry(url, resource)]

    # -- sessions --------------------------------------------------------------------------

    def session_entries(
        self, record: SessionRecord, observed: Sequence[ObserverRating] = ()
    ) -> list[str]:
        """The session as a Procedure, then its rating sets and their Observations.

        A history has these by the hundred thousand: the text is put together from formats
        made once per export (:meth:`Shape.entry`), and they are counted at the end.
        """
        url = self.urn(f"session/{record.id}")
        seconds = record.duration_s
        started = record.started_at
        finite = math.isfinite(seconds)
        start = started.isoformat(timespec="seconds")
        end = started + timedelta(seconds=seconds if finite and seconds > 0 else 0.0)
        end_text = end.isoformat(timespec="seconds")
        length = repr(float(round(seconds, 1))) if finite else "0.0"  # as JSON writes it
        planned = record.planned_s
        activity = record.activity.value
        found: list[str] = []
        more = ""
        if activity == "massage" and record.who is not None:
            giver, people = self._person(record.who)
            found += people
            more = ',"performer":[{"actor":' + _ref(str(giver)) + "}]"
        if record.note:
            more += ',"note":[{"text":' + encode_basestring(record.note) + "}]"
        found.append(
            self._procedure_entry
            % (
                url,
                # an empty string is no FHIR value: a session without a name has none
                _ITEM_EXTENSION + encode_basestring(record.item) + "}," if record.item else "",
                length,
                "" if planned is None else _PLANNED_EXTENSION + _duration(planned),
                "completed" if record.completed else "stopped",
                _ACTIVITY_CODE.get(activity) or _dumps({"text": activity}),
                start,
                end_text,
                more,
            )
        )
        counts = self.counts
        counts["Procedure"] = counts.get("Procedure", 0) + 1
        if record.ratings:
            for moment, when in (("before", start), ("after", end_text)):
                given = {  # the last counts; one Companion could not have written is left out
                    r.item: r
                    for r in record.ratings
                    if r.when == moment and rating_ok(r.when, r.item, r.value)
                }
                answers = [given[k] for k in ESAS_KEYS if k in given]  # in the form's order
                if answers:
                    self._session_rating(found, record, url, moment, when, answers)
        for rating in observed:
            found += self.observer_entries(rating, url)
        return found

    def _session_rating(
        self,
        found: list[str],
        record: SessionRecord,
        session: str,
        moment: str,
        when: str,
        answers: list[Rating],
    ) -> None:
        """Add one rating set of a session, and an Observation per item, to ``found``."""
        source, people = self._person(record.who)
        found += people
        key = f"session/{record.id}/{moment}"
        url = self.urn(key)
        items = [_MOMENT_ANSWER[moment]]
        items += [_ITEM_ANSWER[r.item] + str(int(r.value)) + "}]}" for r in answers]
        source_text = performer = ""
        if source is not None:
            source_text = ',"source":' + _ref(source)
            performer = ',"performer":[' + _ref(source) + "]"
        items_text = "[" + ",".join(items) + "]"
        found.append(self._response_entry % (url, when, session, items_text, source_text))
        observation = self._observation_entry
        for r in answers:
            found.append(
                observation
                % (
                    self.urn(f"{key}/{r.item}"),
                    moment,
                    session,
                    _ITEM_CODE[r.item],
                    when,
                    str(int(r.value)),
                    url,
                    performer,
                )
            )
        counts = self.counts
        counts["QuestionnaireResponse"] = counts.get("QuestionnaireResponse", 0) + 1
        counts["Observation"] = counts.get("Observation", 0) + len(answers)

    # -- check-ins -------------------------------------------------------------------------

    def checkin_entries(self, checkin: CheckinLike) -> Iterator[str]:
        """A check-in's ESAS-r answers (and, apart, the extra block) with their Observations."""
        source, people = self._person(checkin.who)
        yield from people
        key = f"checkin/{checkin.id}/{checkin.day.isoformat()}"
        when = checkin.taken_at
        esas = {  # in the form's order; the free line only with the problem's name
            k: checkin.esas[k]
            for k in (*ESAS_KEYS, OTHER.key)
            if k in checkin.esas and (k != OTHER.key or checkin.other_problem)
        }
        if esas:
            url = self.urn(key)
            items = []
            for k, v in esas.items():
                if k == OTHER.key:
                    items.append(
                        {"linkId": OTHER_NAME, "answer": [{"valueString": checkin.other_problem}]}
                    )
                items.append(_integer_answer(k, _name(k), v))
            yield self._entry(url, self._response(ESAS_URL, when, source, items))
            for k, v in esas.items():
                text = checkin.other_problem if k == OTHER.key else _name(k)
                yield self._entry(
                    self.urn(f"{key}/{k}"), self._observation(k, text, v, when, source, url)
                )
        extra = {k: checkin.extra[k] for k in EXTRA_KEYS if k in checkin.extra}
        if extra:
            url = self.urn(f"{key}/extra")
            items = [_integer_answer(k, _name(k), v) for k, v in extra.items()]
            yield self._entry(url, self._response(EXTRA_URL, when, source, items))
            for k, v in extra.items():
                yield self._entry(
                    self.urn(f"{key}/extra/{k}"),
                    self._observation(k, _name(k), v, when, source, url),
                )

    # -- observer ratings --------------------------------------------------------------------

    def observer_entries(
        self, rating: ObserverRating, session_url: str | None = None
    ) -> Iterator[str]:
        """One observer's rating set and an Observation per item (and PAINAD's total)."""
        if rating.empty:
            return
        source, people = self._person(rating.observer, rating.name)
        yield from people
        key = f"observer/{rating.id}"
        url = self.urn(key)
        when = rating.taken_at
        painad = [_observed_answer(k, v) for k, v in rating.answers.items() if k in PAINAD_KEYS]
        total = rating.painad_total
        if total is not None:
            painad.append(_integer_answer("painad_total", PAINAD_TOTAL_TEXT, total))
        items: list[dict[str, Any]] = [_moment_answer(rating.moment)]
        if painad:
            items.append({"linkId": "painad", "item": painad})
        estimate = next((k for k in rating.answers if k not in PAINAD_KEYS), None)
        if estimate is not None:
            items.append(_observed_answer(estimate, rating.answers[estimate]))
        yield self._entry(url, self._response(OBSERVER_URL, when, source, items, session_url))
        scored: dict[str, int | None] = dict(rating.answers)
        if total is not None:
            scored["painad_total"] = total
        for k, v in scored.items():
            name = "PAINAD total" if k == "painad_total" else OBSERVER_ITEMS[k].name
            observation = self._observation(
                k, f"{name} (observer-rated)", v, when, source, url, session_url, rating.moment
            )
            observation["method"] = {"text": "Observer-rated"}
            yield self._entry(self.urn(f"{key}/{k}"), observation)

    # -- the shapes ------------------------------------------------------------------------

    def _response(
        self,
        questionnaire: str,
        when: datetime,
        source: str | None,
        items: list[dict[str, Any]],
        part_of: str | None = None,
    ) -> dict[str, Any]:
        response: dict[str, Any] = {
            "resourceType": "QuestionnaireResponse",
            "questionnaire": canonical(questionnaire),
            "status": "completed",
            "subject": {"reference": self.patient},
            "authored": _when(when),
        }
        if part_of is not None:
            response["partOf"] = [{"reference": part_of}]
        if source is not None:
            response["source"] = {"reference": source}
        response["item"] = items
        return response

    def _observation(
        self,
        key: str,
        text: str,
        value: int | None,
        when: datetime,
        performer: str | None,
        derived_from: str,
        part_of: str | None = None,
        moment: str = "",
    ) -> dict[str, Any]:
        observation: dict[str, Any] = {"resourceType": "Observation"}
        if moment:
            observation["extension"] = [{"url": MOMENT, "valueCode": moment}]
        if part_of is not None:
            observation["partOf"] = [{"reference": part_of}]
        observation.update(
            status="final",
            category=[CATEGORY],
            code={"coding": [{"system": ITEM_SYSTEM, "code": key}], "text": text},
            subject={"reference": self.patient},
            effectiveDateTime=_when(when),
        )
        if performer is not None:
            observation["performer"] = [{"reference": performer}]
        if value is None:
            observation["dataAbsentReason"] = _absent()
        else:
            observation["valueInteger"] = value
        observation["derivedFrom"] = [{"reference": derived_from}]
        return observation


def _name(key: str) -> str:
    return OTHER.name if key == OTHER.key else ITEMS[key].name


def _integer_answer(key: str, text: str, value: int) -> dict[str, Any]:
    return {"linkId": key, "text": text, "answer": [{"valueInteger": value}]}


def _observed_answer(key: str, value: int | None) -> dict[str, Any]:
    """An observer's answer; "could not rate" is kept: no answer, and the reason why."""
    name = OBSERVER_ITEMS[key].name
    if value is None:
        return {
            "extension": [{"url": DATA_ABSENT, "valueCode": "asked-unknown"}],
            "linkId": key,
            "text": name,
        }
    return _integer_answer(key, name, value)


def _moment_answer(moment: str) -> dict[str, Any]:
    coding = {"system": MOMENT_SYSTEM, "code": moment, "display": MOMENTS[moment]}
    return {"linkId": "moment", "answer": [{"valueCoding": coding}]}


_MOMENT_ANSWER = {m: _dumps(_moment_answer(m)) for m in MOMENTS}


def _absent() -> dict[str, Any]:
    return {
        "coding": [
            {"system": ABSENT_SYSTEM, "code": "asked-unknown", "display": "Asked But Unknown"}
        ],
        "text": "Could not rate",
    }


def count_summary(counts: Mapping[str, int]) -> dict[str, int]:
    """Resources by type, in a fixed order (for the preview and the command's last line)."""
    order = ("Patient", "Questionnaire", "RelatedPerson", "Practitioner", "Procedure",
             "QuestionnaireResponse", "Observation")  # fmt: skip
    return {kind: counts.get(kind, 0) for kind in order}
