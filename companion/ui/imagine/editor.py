"""The script editor: write or personalise a script, hear a line, see friendly errors.

The text is checked by the same parser that plays it, a moment after each change; a
problem is shown with its line number, that line is highlighted, and one button jumps to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from companion.core.imagine.narration import Narration
from companion.core.imagine.scripts import (
    Script,
    ScriptError,
    Speech,
    format_duration,
    parse_script,
)
from companion.ui.common.flow import flow_row
from companion.ui.common.widgets import make_button, make_label
from companion.ui.imagine.script_words import script_problem_text

CHECK_DELAY_MS = 400
TEMPLATE = """title: My calm place
description: A quiet place of my own.
pace: 140
---
Let your eyes close, if you like.
Breathe softly, not deeply.

[pause 4]

Picture a place where you feel safe and at ease.

[pause 6]
"""


def sentence_at(text: str, line: int) -> str:
    """What "preview this line" says for a 1-based line: its sentences, or the line itself."""
    try:
        script: Script | None = parse_script(text, script_id="preview")
    except ScriptError:
        script = None
    if script is not None:
        found = [s.text for s in script.items if isinstance(s, Speech) and s.line == line]
        if found:
            return " ".join(found)
    lines = text.splitlines()
    raw = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    body_starts = next((i for i, x in enumerate(lines) if x.strip().startswith("---")), None)
    if body_starts is None or line - 1 <= body_starts:
        return ""  # the header is not read aloud
    if not raw or raw.startswith(("#", "[")):
        return ""
    return raw


class ScriptEditor(QWidget):
    """Edits one script's text.

    Signals:
        save_requested(str, object): save this text (as the user script with that id, or new).
        preview_requested(str): say this text aloud with the chosen voice.
        import_requested(): load the text from a file.
        record_requested(str, str): record this text (a saved script: its id) in a voice.
        cancelled(): leave without saving.
    """

    save_requested = Signal(str, object)
    preview_requested = Signal(str)
    import_requested = Signal()
    record_requested = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.script_id: str | None = None
        self.error: ScriptError | None = None
        layout = QVBoxLayout(self)
        self.heading = make_label(self.tr("Write a script"), "title")
        layout.addWidget(self.heading)
        layout.addWidget(
            make_label(
                self.tr(
                    "Start with a title, then a line with just ---, then the words to read. "
                    "[pause 5] is five seconds of quiet; [breathe 3] is three slow breaths "
                    "together. Change names and places to ones you love."
                ),
                "muted",
            )
        )
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Script text"))
        self.text.setAccessibleDescription(self.tr("The script, one sentence after another"))
        self.text.setTabChangesFocus(True)  # keyboard users can leave the box with Tab
        font = QFont(self.text.font())
        font.setStyleHint(QFont.StyleHint.SansSerif)
        self.text.setFont(font)
        layout.addWidget(self.text, 1)

        status_row = QHBoxLayout()
        self.status = make_label("", "muted")
        self.status.setAccessibleName(self.tr("Script check"))
        self.go_button = make_button(self.tr("Go to the line"), self.tr("Show the line to fix"))
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.go_button)
        layout.addLayout(status_row)
        self.preview_status = make_label("", "muted")
        layout.addWidget(self.preview_status)

        self.cancel_button = make_button(self.tr("Cancel"), self.tr("Leave without saving (Esc)"))
        self.import_button = make_button(
            self.tr("Import…"), self.tr("Replace this text with a text file's")
        )
        self.preview_button = make_button(
            self.tr("Preview this line"), self.tr("Hear the sentence where the cursor is")
        )
        self.save_button = make_button(
            self.tr("Save"), self.tr("Keep this script in your list"), role="primary"
        )
        self.record_button = make_button(
            self.tr("Record in your voice"),
            self.tr("A loved one reads this script aloud, line by line"),
        )
        # A wrapping row, 16 px between buttons (a shaking hand never hits two at once)
        layout.addWidget(
            flow_row(
                [self.cancel_button, self.import_button],
                [self.record_button, self.preview_button, self.save_button],
                primary=self.save_button,
            )
        )

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self.text.textChanged.connect(self._check_timer.start)
        self.go_button.clicked.connect(self.go_to_error)
        self.preview_button.clicked.connect(self.preview_line)
        self.record_button.clicked.connect(self.record)
        self.save_button.clicked.connect(self.save)
        self.import_button.clicked.connect(self.import_requested)
        self.cancel_button.clicked.connect(self.cancelled)

    def open(self, text: str, script_id: str | None, heading: str = "") -> None:
        """Edit ``text``; ``script_id`` is the user script it came from (None: a new one)."""
        self.script_id = script_id
        self.heading.setText(heading or self.tr("Write a script"))
        self.text.setPlainText(text or TEMPLATE)
        self.preview_status.setText("")
        self.check()
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def replace_text(self, text: str) -> None:
        """Put imported text in the box (kept as one undo step)."""
        cursor = self.text.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        self.check()

    def check(self) -> bool:
        """Parse the text now; show what is wrong (with its line) or that it is fine."""
        self._check_timer.stop()
        try:
            script = parse_script(self.text.toPlainText(), script_id=self.script_id or "new")
        except ScriptError as exc:
            self.error = exc
            self.status.setText(self.tr("Line {0}: {1}").format(exc.line, script_problem_text(exc)))
            self.go_button.setVisible(True)
            self._highlight(exc.line)
            self.save_button.setEnabled(False)
            return False
        self.error = None
        length = format_duration(Narration(script).total())
        self.status.setText(
            self.tr("Ready to save: “{0}”, about {1} to read aloud.").format(script.title, length)
        )
        self.go_button.setVisible(False)
        self._highlight(None)
        self.save_button.setEnabled(True)
        return True

    def go_to_error(self) -> None:
        """Put the cursor on the line with the problem."""
        if self.error is not None:
            self._move_to_line(self.error.line)
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def cursor_line(self) -> int:
        """The 1-based line the cursor is on."""
        return self.text.textCursor().blockNumber() + 1

    def preview_line(self) -> None:
        """Ask for the sentence at the cursor to be said aloud."""
        said = sentence_at(self.text.toPlainText(), self.cursor_line())
        if not said:
            self.preview_status.setText(
                self.tr("There is nothing to say on this line. Put the cursor on a sentence.")
            )
            return
        self.preview_status.setText(self.tr("Preparing: “{0}”").format(said))
        self.preview_requested.emit(said)

    def record(self) -> None:
        """Ask to record the script in a loved one's voice (it must be saved first)."""
        if self.script_id is None:
            self.preview_status.setText(
                self.tr("Save the script first; then it can be recorded in your voice.")
            )
            return
        self.record_requested.emit(self.text.toPlainText(), self.script_id)

    def set_preview_status(self, text: str) -> None:
        """Tell the user how the preview went."""
        self.preview_status.setText(text)

    def save(self) -> None:
        """Ask for the text to be saved, if it is a usable script."""
        if self.check():
            self.save_requested.emit(self.text.toPlainText(), self.script_id)

    def _move_to_line(self, line: int) -> None:
        block = self.text.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            block = self.text.document().lastBlock()
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def _highlight(self, line: int | None) -> None:
        if line is None:
            self.text.setExtraSelections([])
            return
        block = self.text.document().findBlockByNumber(max(0, line - 1))
        if not block.isValid():
            block = self.text.document().lastBlock()
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(QColor(self.palette().highlight().color()).lighter(170))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        selection.cursor = QTextCursor(block)
        self.text.setExtraSelections([selection])
