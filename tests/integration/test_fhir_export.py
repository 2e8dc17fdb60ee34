"""The FHIR R4 export over a real history file: validated by a FHIR model library
(fhir.resources, R4B models) and by our own checks of what it cannot see; its promises (no
name unless entered, observer ratings labelled and apart, "could not rate" kept) kept."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from companion.core.history.fhir_questionnaires import questionnaires
from companion.core.history.ratings import ESAS_CREDIT, ESAS_ITEMS
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.fhir_export import fhir_counts, write_fhir
from companion.services.store import Store
from tests.helpers import care_sample, history_sample, varied_history
from tests.helpers.fhir_checks import problems, validate

DOCS = Path(__file__).resolve().parents[2] / "docs" / "fhir"


@pytest.fixture
def history(tmp_path: Path):
    store = Store.open(tmp_path / "history.db")
    history = HistoryData(store)
    history_sample.fill(history)
    care_sample.fill(history)
    yield history
    store.close()


def export(history: HistoryData, path: Path, filt: HistoryFilter | None = None) -> dict:
    filt = filt or HistoryFilter()
    write_fhir(path, history, filt, history_sample.NOW)
    return json.loads(path.read_text(encoding="utf-8"))


def resources(bundle: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def test_the_bundle_is_valid_fhir_and_passes_our_own_checks(history, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    counts = write_fhir(path, history, HistoryFilter(), history_sample.NOW)
    parsed = validate(path.read_bytes())  # the FHIR model library
    assert parsed.type == "collection" and len(parsed.entry) == sum(counts.values())
    bundle = json.loads(path.read_text(encoding="utf-8"))
    assert problems(bundle) == []
    assert (path.stat().st_mode & 0o777) == 0o600
    assert counts["Procedure"] == history.count() and counts["Patient"] == 1
    assert counts["Questionnaire"] == 4


def test_the_preview_counts_exactly_what_the_file_holds(history, tmp_path: Path) -> None:
    for filt in (
        HistoryFilter(),
        HistoryFilter(first=date(2026, 11, 1), last=date(2026, 11, 22)),
        HistoryFilter(activity="breathing"),
    ):
        written = write_fhir(tmp_path / "c.json", history, filt, history_sample.NOW)
        assert fhir_counts(history, filt).resources == written, filt


def test_the_patient_has_no_name_or_identifier_unless_one_was_entered(
    history, tmp_path: Path
) -> None:
    [patient] = resources(export(history, tmp_path / "a.json"), "Patient")
    assert patient == {"resourceType": "Patient", "active": True}
    with history.store.transaction() as conn:
        conn.execute("INSERT INTO history_choices VALUES ('report_patient_name', 'Ada Lovelace')")
    [named] = resources(export(history, tmp_path / "b.json"), "Patient")
    assert named["name"] == [{"text": "Ada Lovelace"}] and "identifier" not in named


def test_esas_r_is_published_unchanged_and_credited(history, tmp_path: Path) -> None:
    exported = resources(export(history, tmp_path / "q.json"), "Questionnaire")
    forms = {q["url"].rsplit("/", 1)[-1]: q for q in exported}
    esas = forms["esas-r"]
    assert esas["copyright"] == ESAS_CREDIT
    texts = [i["text"] for i in esas["item"] if i["type"] == "integer"]
    assert texts[:9] == [i.name for i in ESAS_ITEMS]
    pain = esas["item"][0]
    assert [c["text"] for c in pain["item"]] == ["0 = No Pain", "10 = Worst Possible Pain"]
    assert "Warden" in forms["painad-observer"]["copyright"]
    painad = next(i for i in forms["painad-observer"]["item"] if i["linkId"] == "painad")
    face = next(i for i in painad["item"] if i["linkId"] == "painad_face")
    assert [c["text"] for c in face["item"]] == [
        "0 = Smiling or inexpressive",
        "1 = Sad. Frightened. Frown.",
        "2 = Facial grimacing.",
    ]
    assert "not part of ESAS-r" in forms["daily-extra"]["title"]


def test_each_rating_set_is_a_response_with_its_source_and_an_observation_per_item(
    history, tmp_path: Path
) -> None:
    bundle = export(history, tmp_path / "r.json")
    by_url = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    responses = resources(bundle, "QuestionnaireResponse")
    session_sets = [r for r in responses if r["questionnaire"].endswith("session-rating|1")]
    rated = sum(1 for r in history.iter_sessions() if r.ratings)
    assert rated and len(session_sets) == 2 * rated  # each rated before and after
    first = session_sets[0]
    assert by_url[first["source"]["reference"]]["resourceType"] == "Patient"
    assert by_url[first["partOf"][0]["reference"]]["resourceType"] == "Procedure"
    assert first["item"][0]["answer"][0]["valueCoding"]["code"] == "before"
    derived = [
        o for o in resources(bundle, "Observation")
        if o["derivedFrom"][0]["reference"] in {u for u, r in by_url.items() if r is first}
    ]  # fmt: skip
    assert sorted(o["code"]["coding"][0]["code"] for o in derived) == [
        "anxiety",
        "shortness_of_breath",
    ]
    checkins = [r for r in responses if r["questionnaire"].endswith("esas-r|1")]
    extras = [r for r in responses if r["questionnaire"].endswith("daily-extra|1")]
    assert len(checkins) == len(extras) == 2


def test_observer_ratings_are_labelled_apart_and_could_not_rate_is_kept(
    history, tmp_path: Path
) -> None:
    bundle = export(history, tmp_path / "o.json")
    by_url = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    observed = [
        r for r in resources(bundle, "QuestionnaireResponse")
        if r["questionnaire"].endswith("painad-observer|1")
    ]  # fmt: skip
    assert len(observed) == 3
    sources = [by_url[r["source"]["reference"]] for r in observed]
    assert [s["resourceType"] for s in sources] == [
        "RelatedPerson",
        "RelatedPerson",
        "Practitioner",
    ]
    assert sources[0]["name"] == [{"text": "Anna"}] and sources[0] is sources[1]
    assert "partOf" not in observed[2]  # the one given on its own
    observations = [o for o in resources(bundle, "Observation") if o.get("method")]
    assert all(o["method"]["text"] == "Observer-rated" for o in observations)
    assert all("(observer-rated)" in o["code"]["text"] for o in observations)
    [missed] = [o for o in observations if "dataAbsentReason" in o]
    assert missed["code"]["coding"][0]["code"] == "painad_face"
    assert missed["dataAbsentReason"]["coding"][0]["code"] == "asked-unknown"
    totals = [o for o in observations if o["code"]["coding"][0]["code"] == "painad_total"]
    assert [t["valueInteger"] for t in totals] == [5]  # none from the incomplete PAINAD
    painad = next(i for i in observed[1]["item"] if i["linkId"] == "painad")
    face = next(i for i in painad["item"] if i["linkId"] == "painad_face")
    assert "answer" not in face and face["extension"][0]["valueCode"] == "asked-unknown"
    # the patient's own responses hold no observer item, and no observation mixes them
    own = [r for r in resources(bundle, "QuestionnaireResponse") if r not in observed]
    assert not any("painad" in json.dumps(r) or "carer" in json.dumps(r) for r in own)


def test_sessions_are_procedures_with_their_activity_times_and_duration(
    history, tmp_path: Path
) -> None:
    bundle = export(history, tmp_path / "p.json", HistoryFilter(first=date(2026, 11, 23)))
    [procedure] = resources(bundle, "Procedure")
    [record] = history.page().records[:1]
    assert procedure["code"]["coding"][0]["code"] == record.activity.value
    assert procedure["performedPeriod"]["start"] == record.started_at.isoformat()
    assert procedure["status"] == ("completed" if record.completed else "stopped")
    durations = {e["url"].rsplit("/", 1)[-1]: e for e in procedure["extension"]}
    assert durations["duration"]["valueDuration"]["value"] == record.duration_s
    assert durations["session-item"]["valueString"] == record.item


def test_exporting_again_gives_the_same_identities(history, tmp_path: Path) -> None:
    one = export(history, tmp_path / "1.json")
    two = export(history, tmp_path / "2.json")
    assert [e["fullUrl"] for e in one["entry"]] == [e["fullUrl"] for e in two["entry"]]
    history.delete_all()  # and a new history is not linkable to the old one
    three = export(history, tmp_path / "3.json")
    assert three["entry"][0]["fullUrl"] != one["entry"][0]["fullUrl"]


def test_our_checks_catch_what_the_library_lets_through(history, tmp_path: Path) -> None:
    """A check that cannot fail is a defect: each of these faults passes the library."""
    bundle = export(history, tmp_path / "f.json")
    faults = {
        "dangling": lambda b: b["entry"][-1]["resource"].__setitem__(
            "subject", {"reference": "urn:uuid:00000000-0000-0000-0000-000000000000"}
        ),
        "twice": lambda b: b["entry"][2].__setitem__("fullUrl", b["entry"][1]["fullUrl"]),
        "status": lambda b: next(
            r for r in (e["resource"] for e in b["entry"]) if r["resourceType"] == "Procedure"
        ).__setitem__("status", "done"),
        "range": lambda b: next(
            r for r in (e["resource"] for e in b["entry"])
            if r["resourceType"] == "QuestionnaireResponse"
        )["item"][1]["answer"][0].__setitem__("valueInteger", 11),
        "unlabelled": lambda b: next(
            r for r in (e["resource"] for e in b["entry"]) if r.get("method")
        ).pop("method"),
    }  # fmt: skip
    for name, fault in faults.items():
        broken = copy.deepcopy(bundle)
        fault(broken)
        validate(json.dumps(broken))  # the library accepts it
        assert problems(broken), name


def test_the_published_questionnaires_are_the_ones_exported() -> None:
    """docs/fhir/ holds Companion's canonical Questionnaires (tools/fhir_questionnaires.py)."""
    for form in questionnaires():
        name = form["url"].rsplit("/", 1)[-1]
        published = json.loads((DOCS / f"Questionnaire-{name}.json").read_text(encoding="utf-8"))
        assert published == form, f"run tools/fhir_questionnaires.py ({name} differs)"


def test_ratings_companion_could_not_have_written_are_left_out_not_fatal(tmp_path: Path) -> None:
    """A history another program or damage touched (a rating of "x", 42, 2.5, at "during"):
    the export still comes out, valid, with every good answer and none of the odd ones."""
    store = Store.open(tmp_path / "history.db")
    try:
        history = HistoryData(store)
        varied_history.fill(history, count=30)
        path = tmp_path / "odd.json"
        write_fhir(path, history, HistoryFilter(), history_sample.NOW)
        validate(path.read_bytes())
        bundle = json.loads(path.read_text(encoding="utf-8"))
        assert problems(bundle) == []
        values = [
            o["valueInteger"]
            for o in resources(bundle, "Observation")
            if "valueInteger" in o and o["code"]["coding"][0]["code"] in ("anxiety", "pain")
        ]
        assert values and all(isinstance(v, int) and 0 <= v <= 10 for v in values)
        assert 4 in values  # the good "before: pain 4" beside each odd one is kept
    finally:
        store.close()
