"""The care team's breathlessness action plan: shown as the routine's last step, and written
(by the team, or a carer with them) in a plain form.

Companion keeps their words and shows them; it never adds advice of its own. Without a plan,
the step asks the person to get one from their care team.
"""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.breathless_plan import (
    MAX_CONTACTS,
    MAX_LINE,
    MAX_NUMBER,
    BreathlessPlan,
    Contact,
    plan_problems,
    valid_number,
)
from companion.services.breathless_plan import BreathlessPlanStore
from companion.ui.breathless.words import not_treatment, tr
from companion.ui.common.flow import flow_row
from companion.ui.common.widgets import make_button, make_label
from companion.ui.history import words as history_words

log = logging.getLogger(__name__)

CONTACT_ROWS = 4  # rows for people to call on the form (the file may hold up to six)


def _paragraphs(text: str) -> str:
    """The team's words as rich text, their line breaks kept, nothing of theirs run as markup."""
    return "<br>".join(html.escape(line) for line in text.splitlines())


class PlanView(QWidget):
    """The plan, in the team's words, as the routine's last step.

    Signals:
        edit_requested(): the person wants to write or change the plan.
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Your plan from the care team"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        title = make_label(tr("Your plan from the care team"), "display")
        title.setObjectName("step-title")
        layout.addWidget(title)
        self.missing = make_label(
            tr(
                "There is no plan here yet. Ask your care team for a breathlessness action "
                "plan, and write it here with them."
            ),
            "caption",
        )
        layout.addWidget(self.missing)
        self.sections: list[tuple[QLabel, QLabel]] = []
        self.medicine = self._section(layout, tr("Your medicine for breathlessness"))
        self.contacts = self._section(layout, tr("Who to call"))
        self.emergency = self._section(layout, tr("When to call the emergency number"))
        self.written = make_label("", "muted")
        layout.addWidget(self.written)
        layout.addWidget(make_label(not_treatment(), "muted"))
        self.edit_button = make_button(
            tr("Write the plan"), tr("The care team's words: medicine, who to call, when to call")
        )
        self.edit_button.setProperty("role", "quiet")
        self.edit_button.clicked.connect(self.edit_requested)
        layout.addWidget(flow_row([self.edit_button], []))
        layout.addStretch(1)

    @property
    def title(self) -> str:
        """The step's title."""
        return tr("Your plan from the care team")

    def _section(self, layout: QVBoxLayout, heading: str) -> QLabel:
        head = make_label(heading, "heading")
        words = make_label("")
        words.setTextFormat(Qt.TextFormat.RichText)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.setAccessibleName(heading)
        layout.addWidget(head)
        layout.addWidget(words)
        self.sections.append((head, words))
        return words

    def show_plan(self, plan: BreathlessPlan) -> None:
        """Show ``plan`` (an empty one asks for a plan from the care team)."""
        self.missing.setVisible(plan.empty)
        for (head, words), text in zip(
            self.sections,
            (
                _paragraphs(plan.medicine),
                "<br>".join(
                    f"{html.escape(c.name)}&nbsp;&nbsp;<b>{html.escape(c.number)}</b>"
                    for c in plan.contacts
                ),
                _paragraphs(plan.emergency_when),
            ),
            strict=True,
        ):
            words.setText(text)
            head.setVisible(bool(text))
            words.setVisible(bool(text))
        when = plan.updated_date
        if plan.written_by and when:
            written = tr("Written on {1} with {0}.").format(plan.written_by, _day(when))
        elif when:
            written = tr("Written on {0}.").format(_day(when))
        else:
            written = ""
        self.written.setText(written)
        self.written.setVisible(bool(written))
        self.edit_button.setText(tr("Write the plan") if plan.empty else tr("Change the plan"))
        self.edit_button.setAccessibleName(self.edit_button.text())


def _day(day: date) -> str:
    return history_words.day_text(day)


def field_name(key: str) -> str:
    """What the form calls a field of the plan (for a message naming it)."""
    return {
        "medicine": tr("Medicine"),
        "contacts": tr("Who to call"),
        "emergency_when": tr("When to call the emergency number"),
        "emergency_number": tr("The emergency number"),
        "written_by": tr("Written with"),
        "updated_on": tr("Date"),
    }.get(key, key)


def _text_box(name: str, description: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on: a text box is never a keyboard trap
    box.setAccessibleName(name)
    box.setAccessibleDescription(description)
    box.setMinimumHeight(96)
    return box


def _line_box(name: str, description: str, limit: int) -> QLineEdit:
    line = QLineEdit()
    line.setAccessibleName(name)
    line.setAccessibleDescription(description)
    line.setMaxLength(limit)
    line.setMinimumHeight(48)
    return line


class PlanEditor(QWidget):
    """The form the care team (or a carer with them) writes the plan in.

    Signals:
        saved(object): the plan was written to its file (the :class:`BreathlessPlan`).
        cancelled(): closed without saving.
    """

    saved = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        store: BreathlessPlanStore,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(make_label(tr("The breathlessness plan"), "title"))
        layout.addWidget(
            make_label(
                tr(
                    "For the care team to write, or a carer with them, in their own words. It "
                    "is shown as the last step of Breathless now."
                ),
                "subtitle",
            )
        )
        layout.addWidget(make_label(tr("When to use the medicine prescribed for breathlessness")))
        self.medicine = _text_box(
            tr("Medicine"), tr("Which medicine, how much and when, as the care team said")
        )
        layout.addWidget(self.medicine)
        layout.addWidget(make_label(tr("Who to call, and their numbers")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.contact_rows: list[tuple[QLineEdit, QLineEdit]] = []
        for row in range(CONTACT_ROWS):
            name = _line_box(
                tr("Who to call {0}").format(row + 1),
                tr("A name or a role, such as the district nurses"),
                MAX_LINE,
            )
            number = _line_box(
                tr("Their number {0}").format(row + 1), tr("A telephone number"), MAX_NUMBER
            )
            grid.addWidget(name, row, 0)
            grid.addWidget(number, row, 1)
            self.contact_rows.append((name, number))
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addWidget(make_label(tr("When to call the emergency number")))
        self.emergency = _text_box(
            tr("When to call the emergency number"), tr("The signs the care team named")
        )
        layout.addWidget(self.emergency)
        layout.addWidget(make_label(tr("The emergency number (such as 999, 112 or 911)")))
        self.emergency_number = _line_box(
            tr("The emergency number"), tr("The number to call in an emergency"), MAX_NUMBER
        )
        layout.addWidget(self.emergency_number)
        layout.addWidget(make_label(tr("Written with (a name or a role)")))
        self.written_by = _line_box(
            tr("Written with"), tr("Who in the care team wrote it with you"), MAX_LINE
        )
        layout.addWidget(self.written_by)
        self.problem = make_label("", "danger")
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        self.cancel_button = make_button(tr("Cancel"), tr("Close the form without saving"))
        self.save_button = make_button(tr("Save the plan"), role="primary")
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save)
        self.footer = flow_row([self.cancel_button], [self.save_button], self.save_button)
        self._kept = BreathlessPlan()
        self.reveal: Callable[[QWidget], object] = lambda _widget: None  # its scroll view's

    def set_plan(self, plan: BreathlessPlan) -> None:
        """Fill the form with ``plan`` (the one on file)."""
        self._kept = plan
        self.medicine.setPlainText(plan.medicine)
        self.emergency.setPlainText(plan.emergency_when)
        self.emergency_number.setText(plan.emergency_number)
        self.written_by.setText(plan.written_by)
        contacts = list(plan.contacts)
        for n, (name, number) in enumerate(self.contact_rows):
            contact = contacts[n] if n < len(contacts) else Contact("", "")
            name.setText(contact.name)
            number.setText(contact.number)
        self.problem.setVisible(False)
        self.medicine.setFocus(Qt.FocusReason.OtherFocusReason)

    def plan(self) -> BreathlessPlan:
        """What the form says now (the contacts beyond its rows kept as they were)."""
        contacts = [
            Contact(name.text().strip(), number.text().strip())
            for name, number in self.contact_rows
            if name.text().strip() or number.text().strip()
        ]
        contacts += list(self._kept.contacts[CONTACT_ROWS:MAX_CONTACTS])
        return dataclasses.replace(
            self._kept,
            medicine=self.medicine.toPlainText().strip(),
            contacts=tuple(contacts),
            emergency_when=self.emergency.toPlainText().strip(),
            emergency_number=self.emergency_number.text().strip(),
            written_by=self.written_by.text().strip(),
        )

    def problems(self) -> list[str]:
        """What stops the form being saved, in words (empty when it can be)."""
        plan = self.plan()
        words = [
            tr("“{0}” is not a telephone number.").format(c.number)
            for c in plan.contacts
            if c.number and not valid_number(c.number)
        ]
        if plan.emergency_number and not valid_number(plan.emergency_number):
            words.append(tr("“{0}” is not a telephone number.").format(plan.emergency_number))
        fields = [f for f in plan_problems(plan) if f not in ("contacts", "emergency_number")]
        words += [tr("{0} is too long.").format(field_name(f)) for f in fields]
        return words

    def save(self) -> None:
        """Write the plan to its file, or say what stops it (nothing typed is lost)."""
        words = self.problems()
        if not words:
            try:
                written = self.store.save(self.plan(), self._today())
            except OSError as exc:
                log.warning("cannot save the breathlessness plan: %s", exc)
                words = [
                    tr(
                        "The plan could not be saved on this computer ({0}). What you typed "
                        "is still here."
                    ).format(exc.strerror or exc)
                ]
            else:
                self._kept = written
                self.problem.setVisible(False)
                self.saved.emit(written)
                return
        self.problem.setText("\n".join(words))
        self.problem.setVisible(True)
        self.reveal(self.problem)  # in sight, however far down the form the person was

    def cancel(self) -> None:
        """Close the form; the plan on file stays as it was."""
        self.problem.setVisible(False)
        self.cancelled.emit()
