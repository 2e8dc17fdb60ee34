"""Recording one thing in a loved one's voice: Record / Stop, a level meter, play it back,
record it again, delete it. Used for script lines (Imagine), cues (Settings) and messages
(Listen); what is recorded, and under which words, is set with :meth:`RecordPanel.set_slot`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from companion.services.recordings import Recording, RecordingStore
from companion.services.store import StoreError
from companion.sessions.voice_recorder import MAX_LINE_S, Take, TakeRecorder
from companion.ui.common.flow import flow_row
from companion.ui.common.messages import error_text, recording_problem_text
from companion.ui.common.page import Services
from companion.ui.common.widgets import MIN_TARGET, make_button, make_label


class RecordPanel(QWidget):
    """Records the take for one slot (kind, script, words) and keeps it.

    Signals:
        saved(object): a take was kept (the :class:`Recording`).
        deleted(): the slot's recording was deleted.
    """

    saved = Signal(object)
    deleted = Signal()

    def __init__(
        self,
        services: Services,
        who: Callable[[], str] = lambda: "",
        max_s: float = MAX_LINE_S,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._who = who
        self.slot: tuple[str, str, str] | None = None
        self.recording: Recording | None = None
        self.recorder = TakeRecorder(
            services.sound, services.open_capture, max_s, services.now, parent=self
        )
        self.recorder.started.connect(self._on_started)
        self.recorder.level.connect(self._on_level)
        self.recorder.finished.connect(self._on_take)
        self.recorder.failed.connect(self._on_failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)  # no two targets close together (tremor)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMinimumHeight(MIN_TARGET // 2)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.meter.setAccessibleDescription(self.tr("How loud the microphone hears you"))
        layout.addWidget(self.meter)
        self.status = make_label("", "muted")
        self.status.setAccessibleName(self.tr("Recording status"))
        layout.addWidget(self.status)
        self.record_button = make_button(
            self.tr("Record"), self.tr("Start recording; press again to stop"), role="primary"
        )
        self.play_button = make_button(self.tr("Play it back"), self.tr("Hear the recording"))
        self.delete_button = make_button(
            self.tr("Delete the recording"), self.tr("The voice you chose reads it instead")
        )
        layout.addWidget(flow_row([self.play_button, self.delete_button], [self.record_button]))
        self.record_button.clicked.connect(self.toggle)
        self.play_button.clicked.connect(self.play)
        self.delete_button.clicked.connect(self.delete)
        if services.recordings is None:
            self.status.setText(recording_problem_text("no-store"))
        self._update()

    @property
    def store(self) -> RecordingStore | None:
        """Where the takes are kept (None without a history file)."""
        return self.services.recordings

    def set_slot(self, kind: str, script: str, words: str) -> None:
        """Record these words from now on (the take already kept for them, if any, shows)."""
        if self.recorder.recording:
            self.recorder.stop()
        self.slot = (kind, script, words)
        store = self.store
        self.recording = store.find(kind, script, words) if store is not None else None
        if store is not None:
            self.status.setText(self._describe())
        self._update()

    def _describe(self) -> str:
        if self.recording is None:
            return self.tr("Not recorded yet.")
        who = self.recording.who
        if who:
            return self.tr("Recorded by {0} ({1:.1f} s).").format(who, self.recording.seconds)
        return self.tr("Recorded ({0:.1f} s).").format(self.recording.seconds)

    def _update(self) -> None:
        usable = self.store is not None and self.slot is not None
        recording, busy = self.recorder.recording, self.recorder.busy
        if recording:
            text = self.tr("Stop")
        elif self.recording is not None:
            text = self.tr("Record again")
        else:
            text = self.tr("Record")
        self.record_button.setText(text)
        self.record_button.setAccessibleName(text)
        self.record_button.setEnabled(usable and not busy)
        has = self.recording is not None and not recording and not busy
        self.play_button.setEnabled(usable and has)
        self.delete_button.setEnabled(usable and has)

    # -- actions -------------------------------------------------------------------------

    def toggle(self) -> None:
        """Record, or stop recording."""
        if self.slot is None or self.store is None:
            return
        if self.recorder.recording:
            self.recorder.stop()
            self.status.setText(self.tr("Keeping the recording…"))
        else:
            self.recorder.start()
            self.status.setText(self.tr("Getting the microphone ready…"))
        self._update()

    def play(self) -> None:
        """Hear the kept take."""
        store = self.store
        if self.recording is None or store is None:
            return
        wav = store.audio(self.recording.id)
        if wav:
            self.services.sound.voice(wav)
            self.status.setText(self.tr("Playing the recording."))

    def delete(self) -> None:
        """Forget the kept take (the voice reads these words again)."""
        store = self.store
        if self.recording is None or store is None:
            return
        try:
            store.delete(self.recording.id)
        except StoreError as exc:
            self.status.setText(error_text(exc))
            return
        self.recording = None
        self.status.setText(self.tr("The recording was deleted."))
        self._update()
        self.deleted.emit()

    def shutdown(self) -> None:
        """Let the microphone go."""
        self.recorder.close()

    # -- the recorder's news ---------------------------------------------------------------

    def _on_started(self) -> None:
        self.status.setText(self.tr("Recording… speak now, then press Stop."))
        self._update()

    def _on_level(self, level: float) -> None:
        self.meter.setValue(round(level * 100))

    def _on_take(self, take: Take) -> None:
        store, slot = self.store, self.slot
        if store is None or slot is None:
            return
        try:
            self.recording = store.save(*slot, self._who(), take.wav)
        except (StoreError, ValueError) as exc:
            self.status.setText(error_text(exc))
            self._update()
            return
        self.status.setText(
            self.tr("Kept ({0:.1f} s). Press Play it back to hear it.").format(take.seconds)
        )
        self._update()
        self.saved.emit(self.recording)

    def _on_failed(self, code: str) -> None:
        self.status.setText(recording_problem_text(code))
        self._update()
