"""History's sheets: write a note; see exactly what an export will contain before it is made.

Both are in-window sheets (:class:`~companion.ui.common.sheet.Sheet`) in the theme's colours:
the primary action on the right, Esc cancels, focus starts in the field.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QMargins, QSize
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from companion.core.history.csvrows import CSV_COLUMNS
from companion.services.history.data import HistoryData
from companion.services.history.fhir_export import FhirCounts
from companion.services.history.report import (
    MAX_NAME,
    MAX_NOTES,
    ReportData,
    clean_name,
    patient_name,
    set_patient_name,
)
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.core_texts import short_name
from companion.ui.common.sheet import Sheet
from companion.ui.common.widgets import ScrollView, make_label
from companion.ui.history import words
from companion.ui.history.fhir_preview import fhir_contents
from companion.ui.history.words import activity_name, tr

MAX_NOTE_CHARS = 4000


class SheetBody(ScrollView):
    """A sheet's sentence and fields, as tall as they need at the card's width, scrolling
    within the card when the window is shorter (the heading and buttons stay in view)."""

    def __init__(self, sheet: Sheet, sentence: str) -> None:
        self.content = QWidget()
        self.content.setProperty("role", "row")
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(16)
        super().__init__(self.content)
        self.setProperty("role", "row")
        self.viewport().setProperty("role", "row")
        self._sheet = sheet
        if sentence:
            self.column.addWidget(make_label(sentence))
        sheet.add(self)

    def add(self, widget: QWidget) -> None:
        """Put ``widget`` below the others."""
        self.column.addWidget(widget)

    def sizeHint(self) -> QSize:
        card = self._sheet.card
        layout = card.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        width = max(100, card.width() - margins.left() - margins.right())
        if self.content.hasHeightForWidth():
            height = self.content.heightForWidth(width)
        else:
            height = self.content.sizeHint().height()
        return QSize(width, height + 2)


def _lines(editor: QPlainTextEdit, lines: int) -> None:
    """Make ``editor`` about ``lines`` lines of text high."""
    editor.setMinimumHeight(round(editor.fontMetrics().lineSpacing() * lines) + 24)


class NoteSheet(Sheet):
    """Write or change a note (on a session or a day); empty removes it."""

    def __init__(self, parent: QWidget, heading: str, text: str) -> None:
        super().__init__(parent, heading, "", tr("Save note"))
        body = SheetBody(self, tr("Anything worth remembering. Leave it empty to remove the note."))
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        self.editor.setAccessibleName(tr("Note"))
        self.editor.setAccessibleDescription(tr("Anything worth remembering; empty removes it"))
        _lines(self.editor, 4)
        body.add(self.editor)
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def written(self) -> str:
        """The note as written."""
        return self.editor.toPlainText().strip()[:MAX_NOTE_CHARS]


class ExportSheet(Sheet):
    """Shows what an export will include, lets the person pick the report or the table (and
    put their name on the report), then goes on to choose where to save it."""

    def __init__(self, report: ReportData, parent: QWidget, fhir: FhirCounts | None = None) -> None:
        super().__init__(parent, tr("Export history"), "", tr("Save…"))
        body = SheetBody(
            self, tr("It is saved only where you choose. Companion sends nothing anywhere.")
        )
        self.report = report
        self.fhir = fhir
        kinds = [("pdf", tr("Care-team report (PDF)")), ("csv", tr("Table of sessions (CSV)"))]
        if fhir is not None:
            kinds.append(("fhir", tr("For care systems (FHIR)")))
        self.choice = ChoiceChips(tr("What to make"), kinds, "pdf")
        body.add(self.choice)
        self.name_label = make_label(tr("Patient's name on the report (optional):"))
        self.name_field = QLineEdit(report.patient)
        self.name_field.setMaxLength(MAX_NAME)
        self.name_field.setAccessibleName(tr("Patient's name on the report"))
        self.name_field.setAccessibleDescription(
            tr("Optional. It is printed at the top of the report and kept for the next one.")
        )
        self.name_label.setBuddy(self.name_field)
        body.add(self.name_label)
        body.add(self.name_field)
        body.add(make_label(tr("The file will contain exactly this:"), "lead"))
        self.contents = QPlainTextEdit()
        self.contents.setReadOnly(True)
        self.contents.setTabChangesFocus(True)
        self.contents.setAccessibleName(tr("What the file will contain"))
        self.contents.setAccessibleDescription(tr("Read only: the export, in words"))
        _lines(self.contents, 6)
        body.add(self.contents)
        self.choice.chosen.connect(lambda _key: self._describe())
        self.name_field.textChanged.connect(lambda _text: self._describe())
        self._describe()
        self.name_field.setFocus()

    @property
    def kind(self) -> str:
        """``pdf``, ``csv`` or ``fhir``."""
        chosen = self.choice.current()
        return chosen if chosen in ("csv", "fhir") else "pdf"

    def patient(self) -> str:
        """The name to print on the report ("" for none)."""
        return clean_name(self.name_field.text())

    def keep_choices(self, history: HistoryData) -> None:
        """Keep the name for the report about to be made and the next ones."""
        if self.kind == "pdf" and self.patient() != patient_name(history):
            set_patient_name(history, self.patient())

    def preview(self) -> ReportData:
        """The report as it will be made, with the name as typed."""
        return dataclasses.replace(self.report, patient=self.patient())

    def _describe(self) -> None:
        pdf = self.kind == "pdf"
        self.name_label.setVisible(pdf)
        self.name_field.setVisible(pdf)
        if self.kind == "fhir" and self.fhir is not None:
            period = tr("Period: {0}").format(
                words.period_text(self.report.first, self.report.last)
            )
            self.contents.setPlainText("\n".join([period, *fhir_contents(self.fhir)]))
            return
        self.contents.setPlainText("\n".join(report_contents(self.preview(), self.kind)))


def report_contents(r: ReportData, kind: str) -> list[str]:
    """What the file of ``kind`` (``pdf`` or ``csv``) made from ``r`` will contain, in words."""
    lines = []
    if kind == "pdf" and r.patient:
        lines.append(tr("Patient: {0}").format(r.patient))
    lines += [
        tr("Period: {0}").format(words.period_text(r.first, r.last)),
        tr("Activity: {0}").format(activity_name(r.activity) if r.activity else tr("all")),
        tr("{0} in all, on {1}.").format(
            words.sessions_time(r.totals.sessions, r.totals.minutes), words.days(r.active_days)
        )
        if r.totals.sessions
        else tr("No sessions in this period."),
    ]
    if r.episodes is not None:
        lines.append(
            tr("Episodes of breathlessness (Breathless now): {0}").format(r.episodes.count)
        )
    if kind == "csv":
        return [
            *lines,
            tr("One row per session with these columns:"),
            "  " + ", ".join(CSV_COLUMNS),
            tr("Activities are written as identifiers: {0}.").format(
                ", ".join(f"{key} = {activity_name(key)}" for key in words.ACTIVITY_ORDER)
            ),
            tr("Ratings: {0}").format(words.ratings(r.rating_count)),
            tr("Notes on sessions, in full: {0}").format(
                words.notes(sum(1 for n in r.notes if n.session_id is not None))
            ),
            tr("Daily check-ins and day notes are not in the table."),
            tr(
                "Ratings by an observer around a session are in their own columns "
                "(observer_before, observer_after), apart from the patient's own; those "
                "given on their own are in the PDF and the FHIR file."
            ),
        ]
    if r.plan is not None:
        lines.append(
            tr(
                "First, the care plan: the three questions and their answers, what the "
                "team approves, the daily suggestion, the limits and precautions."
            )
        )
    for a in r.activities:
        lines.append(
            "  "
            + tr("{0}: {1}, {2}").format(
                activity_name(a.activity),
                words.sessions(a.sessions),
                words.minutes_length(a.minutes),
            )
        )
    if r.totals.sessions:
        lines.append(tr("Sessions per week, as a chart and a table."))
    if r.episodes is not None:
        lines.append(tr("Episodes of breathlessness per week and by time of day."))
    if r.ratings:
        lines.append(tr("Ratings before and after, on average:"))
        for s in r.ratings:
            lines.append(
                "  "
                + tr("{0}: {1} before → {2} after ({3})").format(
                    short_name(s.item), words.decimal(s.mean_before), words.decimal(s.mean_after),
                    words.sessions(s.sessions),
                )
            )  # fmt: skip
    else:
        lines.append(tr("No session in this period was rated both before and after."))
    if r.observer:
        lines.append(
            tr("Ratings by an observer, apart from the patient's own: {0}").format(len(r.observer))
        )
    if r.checkins:
        lines.append(
            tr("Daily check-ins: {0} (the first and the latest are shown)").format(
                words.checkins(len(r.checkins))
            )
        )
    shown = r.notes[-MAX_NOTES:]
    if not shown:
        lines.append(tr("Notes: none in this period."))
    else:
        lines.append(tr("Notes, in full:"))
        lines += [f"  {words.day_text(n.day)}  {n.text}" for n in shown]
        if len(r.notes) > len(shown):
            lines.append(words.earlier_notes(len(r.notes) - len(shown)))
    return lines
