"""The care plan's words, shared by the pages that show it (the plan, Home, Stretch, the
activities): names of activities and limits, and what the team said of an activity."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.care.plan import CarePlan


def _tr(text: str) -> str:
    return QCoreApplication.translate("CarePlan", text)


def restriction_title(key: str) -> str:
    """The user-facing name of a movement limit preset."""
    titles = {
        "none": _tr("No limits"),
        "no-neck": _tr("No neck movements"),
        "no-back": _tr("No back movements"),
        "arms-only": _tr("Arms and hands only"),
        "legs-only": _tr("Legs and feet only"),
    }
    return titles.get(key, key)


def activity_title(key: str) -> str:
    """An activity as the care plan names it."""
    names = {
        "breathing": _tr("Paced breathing"),
        "visualization": _tr("Guided imagery"),
        "stretch": _tr("Gentle stretches"),
        "massage": _tr("Hand massage"),
        "listening": _tr("Calming music"),
    }
    return names.get(key, key)


def precaution_title(key: str) -> str:
    """A massage precaution in a few words (the guide asks it as a full question)."""
    return {
        "low-platelets": _tr("low platelets or easy bruising"),
        "fragile-bones": _tr("fragile bones or bone metastases"),
        "swelling": _tr("a swollen arm or lymphoedema"),
        "blood-clot": _tr("a possible blood clot"),
        "broken-skin": _tr("broken skin"),
        "surgery-or-radiation": _tr("recent surgery or radiotherapy"),
        "iv-lines": _tr("a drip or line in the arm"),
    }.get(key, key)


def answer_title(answer: str) -> str:
    """A precaution's answer in a word."""
    return {"yes": _tr("yes"), "no": _tr("no"), "unsure": _tr("not sure")}.get(answer, answer)


def status_title(status: str) -> str:
    """What the team said of an activity, in a word or two."""
    return {
        "unset": _tr("Not discussed"),
        "approved": _tr("Approved"),
        "not-approved": _tr("Not approved"),
    }.get(status, status)


def plan_note(plan: CarePlan, activity: str) -> str:
    """The line an activity's page shows from the plan ("" when the team said nothing)."""
    approval = plan.approval(activity)
    if approval.status == "not-approved":
        text = _tr("Your care team has not approved this.")
        if approval.note:
            text += " " + _tr("Their note: {0}").format(approval.note)
        return text
    if approval.status == "approved":
        text = _tr("Approved by your care team.")
        if approval.note:
            text += " " + approval.note
        return text
    return ""


def suggestion_text(plan: CarePlan) -> str:
    """The daily suggestion in words ("" when there is none)."""
    s = plan.today_suggestion
    if s is None:
        return ""
    text = _tr("{0}, {1} min").format(activity_title(s.activity), s.minutes)
    return f"{text} — {s.note}" if s.note else text
