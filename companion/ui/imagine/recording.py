"""Imagine's recorder: a loved one reads a script aloud, line by line, in their own voice.

Each sentence is a line to record: record, hear it back, record again. A line without a
recording is read by the voice chosen for the script, so a half-recorded script still plays
whole. The takes are kept with the history (private, in backups) and can be saved out as
ordinary audio files for the family to keep.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from companion.core.imagine.scripts import Script, Speech
from companion.services.recordings import LINE, export, file_name, words_key
from companion.ui.common.flow import flow_row
from companion.ui.common.page import Services
from companion.ui.common.recorder import RecordPanel
from companion.ui.common.widgets import MIN_TARGET, make_button, make_label

LINE_PX = 26  # the line to read, at 100 % text size


class ScriptRecording(QWidget):
    """Records one script's lines.

    Signals:
        done(): back to where the recorder was opened from.
    """

    done = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.script: Script | None = None
        self.sentences: list[str] = []
        layout = QVBoxLayout(self)
        layout.setSpacing(16)  # no two targets close together (tremor)
        self.heading = make_label(self.tr("Record in your own voice"), "title")
        layout.addWidget(self.heading)
        layout.addWidget(
            make_label(
                self.tr(
                    "Choose a line, press Record and read it aloud, then press Stop. Hear it "
                    "back, and record it again if you like. Lines you do not record are read "
                    "by the chosen voice, so the script always plays whole."
                ),
                "muted",
            )
        )
        layout.addWidget(make_label(self.tr("Whose voice is this?")))
        self.who = QLineEdit()
        self.who.setMaxLength(40)
        self.who.setMinimumHeight(MIN_TARGET)
        self.who.setAccessibleName(self.tr("Whose voice is this?"))
        self.who.setAccessibleDescription(self.tr("A name, such as Anna or Grandad"))
        layout.addWidget(self.who)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lines"))
        self.list.setAccessibleDescription(self.tr("Each line of the script, recorded or not"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMinimumHeight(200)
        layout.addWidget(self.list, 1)
        self.line = make_label("")
        self.line.setAccessibleName(self.tr("The line to read"))
        self.line.setStyleSheet(f"font-size: {LINE_PX}px;")
        layout.addWidget(self.line)
        self.panel = RecordPanel(services, who=lambda: self.who.text())
        layout.addWidget(self.panel)
        self.previous_button = make_button(self.tr("Previous line"), self.tr("The line before"))
        self.next_button = make_button(self.tr("Next line"), self.tr("The line after"))
        self.export_button = make_button(
            self.tr("Save as audio files…"),
            self.tr("Copy the recordings into a folder, to keep or share"),
        )
        self.done_button = make_button(self.tr("Done"), self.tr("Back to the scripts (Esc)"))
        self.export_status = make_label("", "muted")
        layout.addWidget(
            flow_row(
                [self.previous_button, self.next_button, self.export_button], [self.done_button]
            )
        )
        layout.addWidget(self.export_status)
        self.list.currentRowChanged.connect(self._on_row)
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.export_button.clicked.connect(self.export)
        self.done_button.clicked.connect(self.done)
        self.panel.saved.connect(lambda _r: self._refresh_rows())
        self.panel.deleted.connect(self._refresh_rows)

    def open(self, script: Script) -> None:
        """Record this script's lines (its recorded ones are shown as such)."""
        self.script = script
        self.heading.setText(self.tr("Record “{0}” in your own voice").format(script.title))
        self.sentences = list(
            dict.fromkeys(words_key(s.text) for s in script.items if isinstance(s, Speech))
        )
        store = self.services.recordings
        kept = store.lines(script.id) if store is not None else {}
        if not self.who.text():
            self.who.setText(next((r.who for r in kept.values() if r.who), ""))
        self.export_status.setText("")
        self._refresh_rows()
        first_missing = next((i for i, s in enumerate(self.sentences) if s not in kept), 0)
        self.list.setCurrentRow(first_missing)
        self._on_row(self.list.currentRow())

    def _refresh_rows(self) -> None:
        script = self.script
        if script is None:
            return
        store = self.services.recordings
        kept = store.lines(script.id) if store is not None else {}
        row = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for number, words in enumerate(self.sentences, start=1):
            found = kept.get(words)
            mark = (
                self.tr("recorded ({0:.1f} s)").format(found.seconds)
                if found
                else self.tr("read by the voice")
            )
            text = f"{number}. {words}\n{mark}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", " — "))
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
        self.list.blockSignals(False)
        done = sum(1 for words in self.sentences if words in kept)
        self.export_button.setEnabled(done > 0)
        self.export_status.setText(
            self.tr("%n of the lines recorded.", "", done) if self.sentences else ""
        )

    def _on_row(self, row: int) -> None:
        if self.script is None or not 0 <= row < len(self.sentences):
            return
        words = self.sentences[row]
        self.line.setText(words)
        self.line.setAccessibleName(self.tr("The line to read: {0}").format(words))
        self.panel.set_slot(LINE, self.script.id, words)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.sentences) - 1)

    def _move(self, step: int) -> None:
        row = self.list.currentRow() + step
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def export(self) -> None:
        """Save the recorded lines into a folder the user picks, as WAV files in order."""
        store, script = self.services.recordings, self.script
        if store is None or script is None:
            return
        folder = self.services.dialogs.open_folder(self, self.tr("Save the recordings in a folder"))
        if folder is None:
            return
        kept = store.lines(script.id)
        items = [
            (file_name(n, kept[words]), store.audio(kept[words].id))
            for n, words in enumerate(self.sentences, start=1)
            if words in kept
        ]
        try:
            written = export(items, folder)
        except OSError as exc:
            self.export_status.setText(
                self.tr("The recordings could not be saved there ({0}).").format(exc.strerror)
            )
            return
        self.export_status.setText(
            self.tr("Saved %n recording(s) in “{0}”.", "", len(written)).format(folder.name)
        )

    def shutdown(self) -> None:
        """Let the microphone go."""
        self.panel.shutdown()
