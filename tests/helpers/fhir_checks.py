"""Checks of an exported Bundle that a FHIR model library does not make: the Bundle's own
rules, references, required code sets, answers against their Questionnaire, and our own
promises (observer ratings labelled, never in the patient's own responses).

The model library (fhir.resources, its R4B models) checks structure, cardinality and the
primitive types; see :func:`validate`.
"""

from __future__ import annotations

import re
from typing import Any

URN = re.compile(r"^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
STATUS = {  # R4's required bindings
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                    "entered-in-error", "unknown"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                  "entered-in-error", "unknown"},
    "QuestionnaireResponse": {"in-progress", "completed", "amended", "entered-in-error",
                              "stopped"},
    "Questionnaire": {"draft", "active", "retired", "unknown"},
}  # fmt: skip
TARGETS = {  # (resource, element): the target types R4 allows there (None: any)
    ("QuestionnaireResponse", "subject"): None,
    ("QuestionnaireResponse", "source"): {"Patient", "Practitioner", "PractitionerRole",
                                          "RelatedPerson"},
    ("QuestionnaireResponse", "partOf"): {"Observation", "Procedure"},
    ("Observation", "subject"): {"Patient", "Group", "Device", "Location"},
    ("Observation", "performer"): {"Practitioner", "PractitionerRole", "Organization",
                                   "CareTeam", "Patient", "RelatedPerson"},
    ("Observation", "derivedFrom"): {"DocumentReference", "ImagingStudy", "Media",
                                     "QuestionnaireResponse", "Observation",
                                     "MolecularSequence"},
    ("Observation", "partOf"): {"MedicationAdministration", "MedicationDispense",
                                "MedicationStatement", "Procedure", "Immunization",
                                "ImagingStudy"},
    ("Procedure", "subject"): {"Patient", "Group"},
    ("RelatedPerson", "patient"): {"Patient"},
}  # fmt: skip
ITEM_TYPES = {"group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
              "string", "text", "url", "choice", "open-choice", "attachment", "reference",
              "quantity"}  # fmt: skip
LIMIT = "http://hl7.org/fhir/StructureDefinition/"


def validate(bundle_json: str | bytes) -> Any:
    """The Bundle parsed by the FHIR model library (raises on any structural fault)."""
    from fhir.resources.R4B.bundle import Bundle

    return Bundle.model_validate_json(bundle_json)


def _refs(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        ref = item.get("actor", item) if isinstance(item, dict) else {}
        if isinstance(ref, dict) and "reference" in ref:
            out.append(ref["reference"])
    return out


def _question_items(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for item in items:
        found[item["linkId"]] = item
        found.update(_question_items(item.get("item", [])))
    return found


def _limits(item: dict[str, Any]) -> tuple[int | None, int | None]:
    ext = {e["url"]: e.get("valueInteger") for e in item.get("extension", [])}
    return ext.get(LIMIT + "minValue"), ext.get(LIMIT + "maxValue")


def _answers(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for item in items:
        out.append(item)
        out += _answers(item.get("item", []))
    return out


def problems(bundle: dict[str, Any]) -> list[str]:
    """What is wrong with ``bundle`` beyond its structure (empty: nothing)."""
    out: list[str] = []
    if bundle.get("type") != "collection":
        out.append(f"Bundle.type {bundle.get('type')!r}")
    by_url: dict[str, dict[str, Any]] = {}
    for n, entry in enumerate(bundle.get("entry", [])):
        url = entry.get("fullUrl", "")
        if not URN.match(url):
            out.append(f"entry {n}: fullUrl {url!r} is not a urn:uuid")
        elif url in by_url:
            out.append(f"entry {n}: fullUrl {url} twice (bdl-7)")
        by_url[url] = entry["resource"]
        if "request" in entry or "response" in entry:
            out.append(f"entry {n}: request/response in a collection")
    forms = {
        f"{r['url']}|{r['version']}": r
        for r in by_url.values()
        if r["resourceType"] == "Questionnaire"
    }
    for url, r in by_url.items():
        kind = r["resourceType"]
        if kind in STATUS and r.get("status") not in STATUS[kind]:
            out.append(f"{url}: {kind}.status {r.get('status')!r}")
        for (owner, element), allowed in TARGETS.items():
            if owner != kind or element not in r:
                continue
            for ref in _refs(r[element]):
                target = by_url.get(ref)
                if target is None:
                    out.append(f"{url}: {kind}.{element} -> {ref} is not in the Bundle")
                elif allowed is not None and target["resourceType"] not in allowed:
                    out.append(f"{url}: {kind}.{element} -> a {target['resourceType']}")
        if kind == "Procedure" and "performer" in r:
            for ref in _refs(r["performer"]):
                if ref not in by_url:
                    out.append(f"{url}: Procedure.performer -> {ref} is not in the Bundle")
        if kind == "Questionnaire":
            for item in _question_items(r.get("item", [])).values():
                if item.get("type") not in ITEM_TYPES:
                    out.append(f"{url}: item {item['linkId']} of type {item.get('type')!r}")
        if kind == "QuestionnaireResponse":
            out += _check_response(url, r, forms, by_url)
        if kind == "Observation":
            if ("valueInteger" in r) == ("dataAbsentReason" in r):
                out.append(f"{url}: an Observation needs a value or a reason it has none")
            observed = r.get("method", {}).get("text") == "Observer-rated"
            source = (
                by_url.get(_refs(r.get("derivedFrom", []))[0]) if r.get("derivedFrom") else None
            )
            from_observer = source is not None and source.get("questionnaire", "").startswith(
                "https://companionapp.org/fhir/Questionnaire/painad-observer"
            )
            if observed != from_observer:
                out.append(f"{url}: observer-rated is said if and only if an observer rated")
            if observed and "observer-rated" not in r["code"]["text"]:
                out.append(f"{url}: an observer's Observation must say so in its name")
    return out


def _check_response(
    url: str, r: dict[str, Any], forms: dict[str, dict[str, Any]], by_url: dict[str, Any]
) -> list[str]:
    out = []
    form = forms.get(r.get("questionnaire", ""))
    if form is None:
        return [f"{url}: answers {r.get('questionnaire')!r}, which is not in the Bundle"]
    questions = _question_items(form["item"])
    for answer in _answers(r.get("item", [])):
        question = questions.get(answer["linkId"])
        if question is None:
            out.append(f"{url}: {answer['linkId']} is not a question of {form['url']}")
            continue
        low, high = _limits(question)
        for value in answer.get("answer", []):
            v = value.get("valueInteger")
            if v is not None and ((low is not None and v < low) or (high is not None and v > high)):
                out.append(f"{url}: {answer['linkId']} = {v} is outside {low}–{high}")
            if "valueCoding" in value and question.get("type") == "choice":
                options = [o["valueCoding"]["code"] for o in question.get("answerOption", [])]
                if value["valueCoding"]["code"] not in options:
                    out.append(f"{url}: {answer['linkId']} answered outside its options")
    source = by_url.get(r.get("source", {}).get("reference", ""))
    observer = form["url"].endswith("/painad-observer")
    if observer and (source is None or source["resourceType"] == "Patient"):
        out.append(f"{url}: an observer's rating names who rated (not the patient)")
    return out
