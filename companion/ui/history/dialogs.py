"""History's dialogs: write a note; see exactly what an export will contain before it is made."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.history.csvrows import CSV_COLUMNS
from companion.services.history.fhir_export import FhirCounts
from companion.services.history.report import ReportData
from companion.ui.common.widgets import make_button, make_label
from companion.ui.history.charts import activity_name
from companion.ui.history.fhir_preview import fhir_contents
from companion.ui.history.report_pdf import MAX_NOTES


class NoteDialog(QDialog):
    """Write or change a note (on a session or a day); empty removes it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(title, "subtitle"))
        self.editor = QPlainTextEdit(text)
        self.editor.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setAccessibleDescription(
            self.tr("Anything worth remembering; empty removes it")
        )
        layout.addWidget(self.editor, 1)
        buttons = QHBoxLayout()
        cancel = make_button(self.tr("Cancel"), self.tr("Close without saving (Esc)"))
        save = make_button(self.tr("Save note"), self.tr("Keep this note"), "primary")
        cancel.clicked.connect(self.reject)
        save.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout.addLayout(buttons)
        self.resize(640, 360)

    def text(self) -> str:
        """The note as written."""
        return self.editor.toPlainText().strip()


class ExportDialog(QDialog):
    """Shows what an export will include, lets the user pick CSV, PDF or FHIR, then goes on."""

    def __init__(
        self, report: ReportData, parent: QWidget | None = None, fhir: FhirCounts | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export history"))
        self.report = report
        self.fhir = fhir
        layout = QVBoxLayout(self)
        layout.addWidget(make_label(self.tr("Export history"), "title"))
        self.group = QButtonGroup(self)
        self.pdf_choice = QRadioButton(self.tr("A report for the care team (PDF, 1–2 pages)"))
        self.csv_choice = QRadioButton(self.tr("Every session as a table (CSV)"))
        self.fhir_choice = QRadioButton(self.tr("For the care team's systems (FHIR R4, JSON)"))
        choices = [self.pdf_choice, self.csv_choice]
        if fhir is not None:
            choices.append(self.fhir_choice)
        for i, choice in enumerate(choices):
            choice.setAccessibleName(choice.text())
            self.group.addButton(choice, i)
            layout.addWidget(choice)
        self.pdf_choice.setChecked(True)
        self.contents = QPlainTextEdit()
        self.contents.setReadOnly(True)
        self.contents.setAccessibleName(self.tr("What the file will contain"))
        layout.addWidget(make_label(self.tr("The file will contain exactly this:"), "subtitle"))
        layout.addWidget(self.contents, 1)
        layout.addWidget(
            make_label(
                self.tr("It is saved only where you choose. Companion sends nothing anywhere."),
                "muted",
            )
        )
        buttons = QHBoxLayout()
        cancel = make_button(self.tr("Cancel"), self.tr("Close without exporting (Esc)"))
        self.go = make_button(
            self.tr("Choose where to save…"), self.tr("Pick a file name"), "primary"
        )
        cancel.clicked.connect(self.reject)
        self.go.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.go)
        layout.addLayout(buttons)
        self.group.idToggled.connect(lambda _i, _on: self._describe())
        self._describe()
        self.resize(760, max(640, layout.totalHeightForWidth(760)))  # room for 200 % text

    @property
    def kind(self) -> str:
        """``pdf``, ``csv`` or ``fhir``."""
        if self.fhir is not None and self.fhir_choice.isChecked():
            return "fhir"
        return "pdf" if self.pdf_choice.isChecked() else "csv"

    def _describe(self) -> None:
        r = self.report
        if self.kind == "fhir" and self.fhir is not None:
            period = self.tr("Period: {0} to {1}").format(r.first.isoformat(), r.last.isoformat())
            self.contents.setPlainText("\n".join([period, *fhir_contents(self.fhir)]))
            return
        lines = [
            self.tr("Period: {0} to {1}").format(r.first.isoformat(), r.last.isoformat()),
            self.tr("Activity: {0}").format(
                activity_name(r.activity) if r.activity else self.tr("all")
            ),
            self.tr("Sessions: {0} ({1} minutes)").format(
                r.totals.sessions, round(r.totals.minutes)
            ),
            self.tr("Ratings: {0}").format(r.rating_count),
        ]
        if self.kind == "csv":
            lines += [
                self.tr("One row per session with these columns:"),
                "  " + ", ".join(CSV_COLUMNS),
                self.tr("Notes on sessions: {0} (in full)").format(
                    sum(1 for n in r.notes if n.session_id is not None)
                ),
                self.tr("Daily check-ins and day notes are not in the CSV."),
                self.tr(
                    "Ratings by an observer around a session are in their own columns "
                    "(observer_before, observer_after), apart from the patient's own; those "
                    "given on their own are in the PDF and the FHIR file."
                ),
            ]
        else:
            shown = r.notes[-MAX_NOTES:]
            if r.plan is not None:
                lines.append(
                    self.tr(
                        "First, the care plan: the three questions and their answers, what the "
                        "team approves, the daily suggestion, the limits and precautions."
                    )
                )
            lines += [
                self.tr(
                    "Sessions and minutes per activity and per week, average ratings before "
                    "and after, and their weekly trend."
                ),
                self.tr("Daily check-ins: {0} (the first and the latest are shown)").format(
                    len(r.checkins)
                ),
                self.tr("Ratings by an observer, apart from the patient's own: {0}").format(
                    len(r.observer)
                ),
                self.tr("Notes, in full ({0} of {1}):").format(len(shown), len(r.notes)),
            ]
            lines += [f"  {n.day.isoformat()}  {n.text}" for n in shown]
        self.contents.setPlainText("\n".join(lines))
