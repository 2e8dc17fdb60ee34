"""The care team's parts of the report: the plan and the answers to its three questions (the
report opens with them), and ratings by an observer in a section of their own, labelled with
who rated and never averaged with the patient's own ratings.

Written with the report's page cursor (its ``text`` and ``heading`` only), so the report's
layout stays the report's.
"""

from __future__ import annotations

from typing import Protocol

from companion.core.care.observer import PAINAD_CREDIT, ObserverRating
from companion.core.care.plan import PLAN_ACTIVITIES, CarePlan
from companion.ui.common.core_texts import core_text
from companion.ui.common.observer import rated_by, rating_summary
from companion.ui.common.plan_words import (
    activity_title,
    answer_title,
    precaution_title,
    restriction_title,
    status_title,
    suggestion_text,
)
from companion.ui.history import words as history_words
from companion.ui.history.charts import activity_name, tr

MAX_OBSERVED = 20  # the latest observer ratings printed; the CSV and FHIR export hold them all


class Cursor(Protocol):
    """What the report's page cursor offers (``report_pdf._Page``)."""

    def text(self, text: str, points: float = 10, bold: bool = False, gap: float = 6) -> None:
        """A paragraph."""

    def heading(self, text: str) -> None:
        """A section's heading."""


def plan_section(page: Cursor, plan: CarePlan) -> None:
    """The care plan, as the team wrote it, with the answers to its three questions."""
    page.heading(tr("Care plan"))
    if plan.written_by:
        page.text(tr("Written with {0}.").format(plan.written_by), 10, gap=3)
    for question, answer in (
        (tr("Most distressing symptom now"), plan.symptom),
        (tr("The outcome that matters most"), plan.outcome),
        (tr("Time and energy each day"), plan.time_energy),
    ):
        page.text(f"{question}: {answer or '–'}", 10, gap=3)
    lines = []
    for activity in PLAN_ACTIVITIES:
        approval = plan.approval(activity)
        if approval.status == "unset" and not approval.note:
            continue
        line = f"{activity_title(activity)}: {status_title(approval.status)}"
        lines.append(line + (f" — {approval.note}" if approval.note else ""))
    if lines:
        page.text(tr("Activities:") + "\n" + "\n".join(lines), 10, gap=3)
    suggestion = suggestion_text(plan)
    if suggestion:
        page.text(tr("Daily suggestion: {0}").format(suggestion), 10, gap=3)
    page.text(tr("Movement limits: {0}").format(restriction_title(plan.restriction)), 10, gap=3)
    concerns = [
        f"{precaution_title(pid)} ({answer_title(answer)})"
        for pid, answer in plan.precautions.items()
        if answer != "no"
    ]
    if plan.precautions:
        when = plan.precautions_on or "–"
        page.text(
            tr("Massage precautions (answered {0}): {1}").format(
                when, ", ".join(concerns) if concerns else tr("none of concern")
            ),
            10,
            gap=3,
        )
    page.text(tr("Companion shows what the care team wrote; it never decides a treatment."), 8)


def observer_section(page: Cursor, ratings: list[ObserverRating]) -> None:
    """Ratings by an observer, apart: each with when, around what, the scores and who rated."""
    page.heading(tr("Ratings by an observer (not the patient's own)"))
    page.text(
        tr(
            "Given by a carer when the patient could not answer. They are never averaged with "
            "the patient's own ratings above."
        ),
        9,
    )
    for rating in ratings[-MAX_OBSERVED:]:
        when = history_words.when_text(rating.taken_at)
        if rating.moment == "alone":
            around = tr("on its own")
        else:
            what = activity_name(rating.activity) if rating.activity else tr("a session")
            around = (tr("before {0}") if rating.moment == "before" else tr("after {0}")).format(
                what
            )
        summary = rating_summary(rating) or tr("nothing scored")
        page.text(f"{when}  ({around})  {summary}. {rated_by(rating)}.", 10, gap=3)
    if len(ratings) > MAX_OBSERVED:
        page.text(
            tr("{0} earlier observer ratings are in the CSV and FHIR exports.").format(
                len(ratings) - MAX_OBSERVED
            ),
            9,
        )
    page.text(core_text(PAINAD_CREDIT), 8)
