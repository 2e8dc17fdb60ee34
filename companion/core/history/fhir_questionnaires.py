"""Companion's FHIR R4 Questionnaires: what was asked, as it was asked.

There is no public FHIR Questionnaire for ESAS-r (nor a LOINC panel we could verify), so
Companion publishes its own canonical one (``docs/fhir/``) with the items' wording unchanged
and credited to Alberta Health Services. Items carry their 0–10 range in FHIR's core
``minValue``/``maxValue`` extensions, and the words at each end of the scale as display items
under the question, exactly as the form prints them. The other Questionnaires hold the
session ratings (ESAS-r items, unchanged, 1–3 of them around a session), our own extra daily
questions (kept apart from ESAS-r), and the observer's rating: PAINAD as published
(Warden, Hurley & Volicer 2003, credited) and a carer's estimate of breathlessness.
"""

from __future__ import annotations

from typing import Any

from companion.core.care.observer import (
    BREATHLESSNESS,
    PAINAD_CREDIT,
    PAINAD_HOW,
    PAINAD_ITEMS,
    PAINAD_MAX,
    PAINAD_TITLE,
)
from companion.core.history.ratings import (
    ESAS_CREDIT,
    ESAS_ITEMS,
    ESAS_PROMPT,
    EXTRA_ITEMS,
    RatingItem,
)

FHIR_BASE = "https://companionapp.org/fhir"
VERSION = "1"
MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue"
MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue"
MOMENT_SYSTEM = f"{FHIR_BASE}/CodeSystem/moment"
MOMENTS = {"before": "Before the session", "after": "After the session", "alone": "On its own"}
# ESAS-r's free line, as the form prints it (ui/history/checkin.py asks it the same way).
OTHER_NAME = "other_problem"
OTHER = RatingItem(
    "other", "Other Problem (for example constipation)", "No Other Problem", "Worst Possible"
)

PAINAD_TOTAL_TEXT = f"Total (0–{PAINAD_MAX}), given only when all five items are scored"
ESAS_URL = f"{FHIR_BASE}/Questionnaire/esas-r"
SESSION_URL = f"{FHIR_BASE}/Questionnaire/session-rating"
EXTRA_URL = f"{FHIR_BASE}/Questionnaire/daily-extra"
OBSERVER_URL = f"{FHIR_BASE}/Questionnaire/painad-observer"


def canonical(url: str) -> str:
    """``url|version``: how a QuestionnaireResponse names the Questionnaire it answers."""
    return f"{url}|{VERSION}"


def _range(low: int, high: int) -> list[dict[str, Any]]:
    return [{"url": MIN_VALUE, "valueInteger": low}, {"url": MAX_VALUE, "valueInteger": high}]


def _scale_item(item: RatingItem) -> dict[str, Any]:
    """A 0–10 question with its words at 0 and at 10 as display items under it."""
    return {
        "linkId": item.key,
        "text": item.name,
        "type": "integer",
        "extension": _range(0, 10),
        "item": [
            {"linkId": f"{item.key}.0", "text": f"0 = {item.low}", "type": "display"},
            {"linkId": f"{item.key}.10", "text": f"10 = {item.high}", "type": "display"},
        ],
    }


def _moment_item(moments: tuple[str, ...]) -> dict[str, Any]:
    return {
        "linkId": "moment",
        "text": "When these answers were given",
        "type": "choice",
        "answerOption": [
            {"valueCoding": {"system": MOMENT_SYSTEM, "code": m, "display": MOMENTS[m]}}
            for m in moments
        ],
    }


def _questionnaire(
    url: str, name: str, title: str, description: str, copyright_: str, items: list[Any]
) -> dict[str, Any]:
    return {
        "resourceType": "Questionnaire",
        "url": url,
        "version": VERSION,
        "name": name,
        "title": title,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": "Companion",
        "description": description,
        "copyright": copyright_,
        "item": items,
    }


def esas_questionnaire() -> dict[str, Any]:
    """The full ESAS-r, as the daily check-in asks it: nine items and the free line."""
    return _questionnaire(
        ESAS_URL,
        "CompanionESASr",
        "Revised Edmonton Symptom Assessment System (ESAS-r)",
        f"{ESAS_PROMPT}. Companion's FHIR form of ESAS-r, its wording unchanged; there is no "
        "public FHIR Questionnaire for ESAS-r.",
        ESAS_CREDIT,
        [
            *(_scale_item(i) for i in ESAS_ITEMS),
            {
                "linkId": OTHER_NAME,
                "text": "Other Problem: its name",
                "type": "string",
            },
            _scale_item(OTHER),
        ],
    )


def session_questionnaire() -> dict[str, Any]:
    """The quick ratings before and after a session: ESAS-r items, unchanged, 1–3 of them."""
    return _questionnaire(
        SESSION_URL,
        "CompanionSessionRating",
        "Ratings around a session (items from ESAS-r)",
        f"{ESAS_PROMPT}. One to three ESAS-r items the person chose, asked before or after a "
        "session; not the whole ESAS-r.",
        ESAS_CREDIT,
        [_moment_item(("before", "after")), *(_scale_item(i) for i in ESAS_ITEMS)],
    )


def extra_questionnaire() -> dict[str, Any]:
    """Companion's own daily questions, kept apart from ESAS-r (0 = worst, 10 = best)."""
    return _questionnaire(
        EXTRA_URL,
        "CompanionDailyExtra",
        "Companion's extra daily questions (not part of ESAS-r)",
        "Asked after the daily ESAS-r check-in, in a block of their own. Here 0 is the worst "
        "and 10 the best.",
        "Companion's own questions.",
        [_scale_item(i) for i in EXTRA_ITEMS],
    )


def observer_questionnaire() -> dict[str, Any]:
    """PAINAD as published, and a carer's estimate of breathlessness: observer-rated."""
    painad: list[dict[str, Any]] = [
        {
            "linkId": item.key,
            "text": item.name,
            "type": "integer",
            "extension": _range(0, item.maximum),
            "item": [
                {"linkId": f"{item.key}.{score}", "text": f"{score} = {words}", "type": "display"}
                for score, words in enumerate(item.levels)
            ],
        }
        for item in PAINAD_ITEMS
    ]
    painad.append(
        {
            "linkId": "painad_total",
            "text": PAINAD_TOTAL_TEXT,
            "type": "integer",
            "readOnly": True,
            "extension": _range(0, PAINAD_MAX),
        }
    )
    estimate = {
        "linkId": BREATHLESSNESS.key,
        "text": BREATHLESSNESS.name,
        "type": "integer",
        "extension": _range(0, BREATHLESSNESS.maximum),
        "item": [
            {"linkId": f"{BREATHLESSNESS.key}.0", "text": f"0 = {BREATHLESSNESS.low}",
             "type": "display"},
            {"linkId": f"{BREATHLESSNESS.key}.10", "text": f"10 = {BREATHLESSNESS.high}",
             "type": "display"},
        ],
    }  # fmt: skip
    return _questionnaire(
        OBSERVER_URL,
        "CompanionPAINADObserver",
        "PAINAD and a carer's estimate of breathlessness (observer-rated)",
        "For a patient who cannot answer: a carer rates what they see. " + PAINAD_HOW + " An "
        "item that could not be rated is kept with the data-absent-reason 'asked-unknown'. "
        "Never averaged with the patient's own ratings.",
        PAINAD_CREDIT,
        [
            _moment_item(("before", "after", "alone")),
            {"linkId": "painad", "text": PAINAD_TITLE, "type": "group", "item": painad},
            estimate,
        ],
    )


def questionnaires() -> list[dict[str, Any]]:
    """Every Questionnaire an export refers to, in the order the export lists them."""
    return [
        esas_questionnaire(),
        session_questionnaire(),
        extra_questionnaire(),
        observer_questionnaire(),
    ]
