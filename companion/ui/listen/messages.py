"""Listen → messages from family: short recordings ("a message from Anna") to play on their
own, to open or close an Imagine session, or to save as audio files to keep."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.services.recordings import MESSAGE, Recording, export, file_name
from companion.services.store import StoreError
from companion.sessions.voice_recorder import MAX_MESSAGE_S
from companion.ui.common.flow import flow_row
from companion.ui.common.page import Services
from companion.ui.common.recorder import RecordPanel
from companion.ui.common.widgets import MIN_TARGET, make_button, make_label


class MessagesCard(QFrame):
    """The recorded messages, a way to record one, and when they play."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._state = services.state
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(make_label(self.tr("Messages from family"), "heading"))
        layout.addWidget(
            make_label(
                self.tr(
                    "A short message in a loved one's own voice, to hear any time, or to "
                    "open or close an Imagine session."
                ),
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Messages"))
        self.list.setAccessibleDescription(
            self.tr("Recorded messages; choose one with the arrow keys, then Play or Delete")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumHeight(120)
        layout.addWidget(self.list)
        self.play_button = make_button(self.tr("Play the message"), self.tr("Hear it now"))
        self.delete_button = make_button(self.tr("Delete"), self.tr("Delete this message"))
        self.export_button = make_button(
            self.tr("Save as audio files…"), self.tr("Copy the messages into a folder, to keep")
        )
        layout.addWidget(flow_row([self.play_button, self.delete_button], [self.export_button]))
        self.opening = self._choice(self.tr("Before an Imagine session"))
        self.closing = self._choice(self.tr("After an Imagine session"))
        for label, box in ((self.tr("Before an Imagine session"), self.opening),
                           (self.tr("After an Imagine session"), self.closing)):  # fmt: skip
            layout.addWidget(make_label(label))
            layout.addWidget(box)
        layout.addWidget(make_label(self.tr("Record a new message"), "heading"))
        layout.addWidget(make_label(self.tr("Its name")))
        self.title = QLineEdit()
        self.title.setMaxLength(80)
        self.title.setMinimumHeight(MIN_TARGET)
        self.title.setAccessibleName(self.tr("Name of the new message"))
        self.title.setPlaceholderText(self.tr("A message from Anna"))
        layout.addWidget(self.title)
        self.panel = RecordPanel(services, who=self._who, max_s=MAX_MESSAGE_S)
        layout.addWidget(self.panel)
        self.status = make_label("", "muted")
        layout.addWidget(self.status)
        self.title.textChanged.connect(self._title_changed)
        self.panel.saved.connect(lambda recording: self.refresh(select=recording.words))
        self.panel.deleted.connect(self.refresh)
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.play_button.clicked.connect(self.play)
        self.delete_button.clicked.connect(self.delete)
        self.export_button.clicked.connect(self.export)
        self.opening.activated.connect(
            lambda _i: self._state.update(opening_message=str(self.opening.currentData()))
        )
        self.closing.activated.connect(
            lambda _i: self._state.update(closing_message=str(self.closing.currentData()))
        )
        self._title_changed("")
        self.refresh()

    def _choice(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.setMinimumHeight(MIN_TARGET)
        return box

    def _who(self) -> str:
        words = self.title.text().strip()
        return words.rsplit(" from ", 1)[-1] if " from " in words else ""

    def _title_changed(self, text: str) -> None:
        title = " ".join(text.split()) or self.tr("A message from Anna")
        self.panel.set_slot(MESSAGE, "", title)

    def messages(self) -> list[Recording]:
        """The recorded messages, oldest first."""
        store = self.services.recordings
        if store is None:
            return []
        try:
            return store.listed(MESSAGE)
        except StoreError:
            return []

    def refresh(self, select: str | None = None) -> None:
        """Show the messages and the choices that use them."""
        found = self.messages()
        keep = select or self._selected_words()
        self.list.clear()
        for recording in found:
            text = self.tr("{0} ({1:.0f} s)").format(recording.words, recording.seconds)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, recording.words)
            self.list.addItem(item)
            if recording.words == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        prefs = self._state.prefs
        for box, chosen in ((self.opening, prefs.opening_message),
                            (self.closing, prefs.closing_message)):  # fmt: skip
            box.clear()
            box.addItem(self.tr("No message"), "")
            for recording in found:
                box.addItem(recording.words, recording.words)
            box.setCurrentIndex(max(0, box.findData(chosen)))
        self._update()

    def _selected_words(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _selected(self) -> Recording | None:
        words = self._selected_words()
        return next((r for r in self.messages() if r.words == words), None)

    def _update(self) -> None:
        has = self.list.currentItem() is not None
        self.play_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.export_button.setEnabled(self.list.count() > 0)

    def play(self) -> None:
        """Play the chosen message on its own."""
        store, found = self.services.recordings, self._selected()
        if store is not None and found is not None:
            self.services.sound.voice(store.audio(found.id))
            self.status.setText(self.tr("Playing “{0}”.").format(found.words))

    def delete(self) -> None:
        """Delete the chosen message (after asking)."""
        store, found = self.services.recordings, self._selected()
        if store is None or found is None:
            return
        if not self.services.dialogs.confirm(
            self,
            self.tr("Delete this message?"),
            self.tr("“{0}” will be deleted. Save it as an audio file first to keep it.").format(
                found.words
            ),
            self.tr("Delete"),
            self.tr("Keep it"),
        ):
            return
        store.delete(found.id)
        self.status.setText(self.tr("“{0}” was deleted.").format(found.words))
        self.refresh()
        self._title_changed(self.title.text())

    def export(self) -> None:
        """Save every message into a folder the user picks, as WAV files."""
        store = self.services.recordings
        if store is None:
            return
        folder = self.services.dialogs.open_folder(self, self.tr("Save the messages in a folder"))
        if folder is None:
            return
        items = [(file_name(0, r), store.audio(r.id)) for r in self.messages()]
        try:
            written = export(items, folder)
        except OSError as exc:
            self.status.setText(
                self.tr("The messages could not be saved there ({0}).").format(exc.strerror)
            )
            return
        self.status.setText(
            self.tr("Saved %n message(s) in “{0}”.", "", len(written)).format(folder.name)
        )

    def shutdown(self) -> None:
        """Let the microphone go."""
        self.panel.shutdown()
