"""The care plan: a page for the care team, or a carer with them. What they approve (with
their note), a daily suggestion, the movement limits and the massage precautions, and the
seed's three questions. Every change is saved at once; Companion never decides a treatment.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from companion.core.care.plan import (
    MAX_MINUTES,
    MAX_NOTE,
    MIN_MINUTES,
    PLAN_ACTIVITIES,
    STATUSES,
    Suggestion,
)
from companion.core.stretch.restrictions import RESTRICTION_PRESETS
from companion.ui.common.controls import ChoiceChips, Stepper
from companion.ui.common.flow import flow_row
from companion.ui.common.page import Page, Services
from companion.ui.common.plan_words import activity_title, restriction_title, status_title
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import footed_view, make_button, make_label
from companion.ui.history import words as history_words

BREATHLESS_PAGE = "breathless_plan"  # issue 15's action plan for breathlessness, when present


def card(title: str, *widgets: QWidget) -> QFrame:
    """A card: a heading and what it holds, one above another."""
    frame = QFrame()
    frame.setProperty("role", "card")
    column = QVBoxLayout(frame)
    column.setContentsMargins(24, 24, 24, 24)
    column.setSpacing(12)
    column.addWidget(make_label(title, "heading"))
    for widget in widgets:
        column.addWidget(widget)
    return frame


def text_field(name: str, placeholder: str) -> QLineEdit:
    """A one-line answer, saved when the person leaves it or presses Enter."""
    field = QLineEdit()
    field.setMaxLength(MAX_NOTE)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    return field


class CarePlanPage(Page):
    """The care team's plan, every part of it changed in place and saved at once."""

    name = "careplan"

    def __init__(
        self,
        services: Services,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._today = today
        self._care = care = services.care
        self._stretch = services.stretch
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(20)
        layout.addWidget(make_label(self.tr("Care plan"), "title"))
        layout.addWidget(
            make_label(
                self.tr(
                    "For the care team, or a carer with them. Companion shows what the team "
                    "wrote here; it never decides a treatment."
                ),
                "subtitle",
            )
        )
        layout.addWidget(self._questions_card())
        layout.addWidget(self._approvals_card())
        layout.addWidget(self._suggestion_card())
        layout.addWidget(self._limits_card())
        self.precautions_box = QVBoxLayout()
        self.precaution_chips: dict[str, ChoiceChips] = {}
        self.precautions_date = make_label("", "muted")
        holder = QWidget()
        holder.setProperty("role", "row")  # no background of its own inside the card
        holder.setLayout(self.precautions_box)
        self.precautions_box.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            card(
                self.tr("Before a hand massage"),
                make_label(
                    self.tr(
                        "The questions the massage guide asks every time. Answers given here "
                        "or before a massage are the same answers."
                    ),
                    "muted",
                ),
                holder,
                self.precautions_date,
            )
        )
        if BREATHLESS_PAGE in services.known_pages:  # the team's plan for an attack, its own page
            self.breathless_button = make_button(
                self.tr("Breathlessness action plan…"),
                self.tr("What to do in an attack of breathlessness, written with the team"),
            )
            self.breathless_button.clicked.connect(
                lambda: self.open_requested.emit(BREATHLESS_PAGE, None)
            )
            layout.addWidget(card(self.tr("An attack of breathlessness"), self.breathless_button))
        self.observe_button = make_button(
            self.tr("Rate as an observer…"),
            self.tr("PAINAD and a carer's estimate of breathlessness, for a patient who cannot "
                    "answer"),
        )  # fmt: skip
        self.observe_button.clicked.connect(lambda: self.open_requested.emit("observe", None))
        layout.addWidget(
            card(
                self.tr("When the patient cannot answer"),
                make_label(
                    self.tr(
                        "A carer can rate what they see, before or after any session or on its "
                        "own. It is always labelled as observer-rated."
                    )
                ),
                self.observe_button,
            )
        )
        self.written_by = text_field(
            self.tr("Written with"), self.tr("The nurse or doctor this plan was written with")
        )
        self.updated_label = make_label("", "muted")
        layout.addWidget(card(self.tr("Written with"), self.written_by, self.updated_label))
        layout.addStretch(1)

        home = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        home.clicked.connect(self.home_requested)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        view, self.body_scroll = footed_view(body, flow_row([home], []))
        outer.addWidget(view)
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested)

        for field, name in (
            (self.symptom, "symptom"),
            (self.outcome, "outcome"),
            (self.time_energy, "time_energy"),
            (self.written_by, "written_by"),
        ):
            field.editingFinished.connect(lambda f=field, n=name: care.update(**{n: f.text()}))
        care.changed.connect(self.refresh)
        self._stretch.ready.connect(self._build_precautions)
        self._build_precautions()
        self.refresh()

    # -- the cards -------------------------------------------------------------------------

    def _questions_card(self) -> QFrame:
        self.symptom = text_field(
            self.tr("What symptom is most distressing now?"),
            self.tr("For example: breathlessness at night"),
        )
        self.outcome = text_field(
            self.tr("What outcome matters most?"),
            self.tr("For example: to sleep through the night"),
        )
        self.time_energy = text_field(
            self.tr("How much time and energy is there each day?"),
            self.tr("For example: ten minutes in the afternoon"),
        )
        widgets: list[QWidget] = [
            make_label(self.tr("The three questions to answer before starting."), "muted")
        ]
        for field in (self.symptom, self.outcome, self.time_energy):
            label = make_label(field.accessibleName(), "lead")
            label.setBuddy(field)
            widgets += [label, field]
        return card(self.tr("Three questions"), *widgets)

    def _approvals_card(self) -> QFrame:
        self.status_chips: dict[str, ChoiceChips] = {}
        self.note_fields: dict[str, QLineEdit] = {}
        widgets: list[QWidget] = [
            make_label(
                self.tr("Which activities the care team approves, with their note."), "muted"
            )
        ]
        for activity in PLAN_ACTIVITIES:
            title = activity_title(activity)
            chips = ChoiceChips(title, [(s, status_title(s)) for s in STATUSES], "unset")
            chips.chosen.connect(lambda s, a=activity: self._care.set_approval(a, status=str(s)))
            note = text_field(
                self.tr("The care team's note on {0}").format(title),
                self.tr("Their note (optional), e.g. how often or what to avoid"),
            )
            note.editingFinished.connect(
                lambda a=activity, f=note: self._care.set_approval(a, note=f.text())
            )
            self.status_chips[activity] = chips
            self.note_fields[activity] = note
            widgets += [make_label(title, "lead"), chips, note]
        self.unapproved_chips = ChoiceChips(
            self.tr("What is not approved"),
            [
                ("mark", self.tr("Show it, marked with the note")),
                ("hide", self.tr("Leave it off Home (and say so)")),
            ],
            "mark",
        )
        self.unapproved_chips.chosen.connect(lambda m: self._care.update(unapproved=str(m)))
        widgets += [make_label(self.tr("What is not approved"), "lead"), self.unapproved_chips]
        return card(self.tr("Approved activities"), *widgets)

    def _suggestion_card(self) -> QFrame:
        self.suggestion_chips = ChoiceChips(
            self.tr("Today's suggestion"),
            [("", self.tr("None")), *[(a, activity_title(a)) for a in PLAN_ACTIVITIES]],
            "",
        )
        self.suggestion_chips.chosen.connect(lambda a: self._suggest(activity=str(a)))
        self.minutes = Stepper(
            self.tr("Minutes a day"), MIN_MINUTES, MAX_MINUTES, 1, unit=self.tr("min")
        )
        self.minutes.value_changed.connect(lambda v: self._suggest(minutes=round(v)))
        self.suggestion_note = text_field(
            self.tr("When or how"), self.tr("Optional, e.g. after lunch, sitting up")
        )
        self.suggestion_note.editingFinished.connect(
            lambda: self._suggest(note=self.suggestion_note.text())
        )
        return card(
            self.tr("Today's suggestion"),
            make_label(
                self.tr(
                    "Begin small: one technique, ten minutes a day. Home offers it with one "
                    "press, and never counts days."
                ),
                "muted",
            ),
            self.suggestion_chips,
            make_label(self.tr("Minutes a day"), "lead"),
            self.minutes,
            self.suggestion_note,
        )

    def _limits_card(self) -> QFrame:
        self.limit_chips = ChoiceChips(
            self.tr("Movement limits"),
            [(key, restriction_title(key)) for key in RESTRICTION_PRESETS],
            "none",
        )
        self.limit_chips.chosen.connect(lambda k: self._care.update(restriction=str(k)))
        self.limit_mode_chips = ChoiceChips(
            self.tr("Movements outside the limits"),
            [("mark", self.tr("Show them, marked")), ("hide", self.tr("Hide them"))],
            "mark",
        )
        self.limit_mode_chips.chosen.connect(lambda m: self._care.update(restriction_mode=str(m)))
        return card(
            self.tr("Movement limits"),
            make_label(
                self.tr("Stretch marks or hides the movements these limits rule out."), "muted"
            ),
            self.limit_chips,
            make_label(self.tr("Movements outside the limits"), "lead"),
            self.limit_mode_chips,
        )

    def _build_precautions(self) -> None:
        """The massage guide's questions (once the guide is loaded)."""
        while self.precautions_box.count():
            item = self.precautions_box.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.precaution_chips = {}
        library = self._stretch.library
        if library is None:
            self.precautions_box.addWidget(
                make_label(self._stretch.problem or self.tr("Loading the questions…"), "muted")
            )
            return
        for precaution in library.massage.precautions:
            question = make_label(precaution.question)
            chips = ChoiceChips(
                precaution.question,
                [("yes", self.tr("Yes")), ("no", self.tr("No")), ("unsure", self.tr("Not sure"))],
            )
            chips.chosen.connect(lambda _k: self._precautions_changed())
            self.precaution_chips[precaution.id] = chips
            self.precautions_box.addWidget(question)
            self.precautions_box.addWidget(chips)
        self.refresh()

    # -- changes ---------------------------------------------------------------------------

    def _suggest(self, **changes: object) -> None:
        s = self._care.plan.suggestion
        values = {"activity": s.activity, "minutes": s.minutes, "note": s.note, **changes}
        self._care.update(suggestion=Suggestion(**values))  # type: ignore[arg-type]

    def _precautions_changed(self) -> None:
        answers = {
            pid: str(chips.current())
            for pid, chips in self.precaution_chips.items()
            if chips.current() is not None
        }
        self._care.update(precautions=answers, precautions_on=self._today().isoformat())

    def show_request(self, request: object | None = None) -> None:
        """The plan as it stands."""
        self.refresh()

    def refresh(self) -> None:
        """Show the plan as it stands (a field being edited is left alone)."""
        plan = self._care.plan
        for field, text in (
            (self.symptom, plan.symptom),
            (self.outcome, plan.outcome),
            (self.time_energy, plan.time_energy),
            (self.written_by, plan.written_by),
            (self.suggestion_note, plan.suggestion.note),
        ):
            _show_text(field, text)
        for activity, chips in self.status_chips.items():
            approval = plan.approval(activity)
            chips.set_current(approval.status)
            _show_text(self.note_fields[activity], approval.note)
        self.unapproved_chips.set_current(plan.unapproved)
        self.suggestion_chips.set_current(plan.suggestion.activity)
        self.minutes.set_value(plan.suggestion.minutes)
        self.limit_chips.set_current(plan.restriction)
        self.limit_mode_chips.set_current(plan.restriction_mode)
        for pid, chips in self.precaution_chips.items():
            answer = plan.precautions.get(pid)
            if answer is None:
                chips.clear()
            else:
                chips.set_current(answer)
        when = plan.precautions_date
        self.precautions_date.setText(
            self.tr("Last answered on {0}.").format(history_words.day_text(when)) if when else ""
        )
        self.updated_label.setText(
            self.tr("Last changed on {0}.").format(plan.updated_on)
            if plan.updated_on
            else self.tr("Nothing written yet.")
        )


def _show_text(field: QLineEdit, text: str) -> None:
    if not field.hasFocus() and field.text() != text:
        field.setText(text)
