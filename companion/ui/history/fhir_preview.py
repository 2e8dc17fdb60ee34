"""The FHIR export in words, for the preview: exactly what the file will contain."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.services.history.fhir_export import FhirCounts


def _tr(text: str) -> str:
    return QCoreApplication.translate("FhirPreview", text)


def fhir_contents(counts: FhirCounts) -> list[str]:
    """The lines the preview shows for a FHIR export."""
    r = counts.resources
    return [
        _tr("One FHIR R4 Bundle (a collection, JSON) with {0} resources:").format(counts.total),
        "  "
        + (
            _tr("1 Patient, with the name entered for the report")
            if counts.patient_named
            else _tr("1 Patient, with no name and no identifier")
        ),
        "  "
        + _tr(
            "{0} Questionnaires: ESAS-r (unchanged, credited), the session ratings, "
            "the extra daily questions, PAINAD with the carer's estimate"
        ).format(r["Questionnaire"]),
        "  "
        + _tr("{0} Procedures: one per session ({1}), with its times and length").format(
            r["Procedure"], counts.sessions
        ),
        "  "
        + _tr(
            "{0} QuestionnaireResponses: one per check-in ({1}) and per rating set, "
            "{2} of them by an observer"
        ).format(r["QuestionnaireResponse"], counts.checkins, counts.observer),
        "  "
        + _tr(
            "{0} Observations: one per rated item; an observer's are labelled "
            "observer-rated, and 'could not rate' is kept"
        ).format(r["Observation"]),
        "  "
        + _tr(
            "{0} RelatedPersons and {1} Practitioners: the family and professional "
            "caregivers who answered or rated"
        ).format(r["RelatedPerson"], r["Practitioner"]),
        _tr("Notes on sessions are included; day notes are not."),
    ]
