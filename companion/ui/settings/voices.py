"""Settings → Voices: every voice with its engine, language and licence; hear one; add a
Piper voice the user has (checked in the speech worker, off the GUI thread); remove it."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from companion.core.problems import Problem
from companion.services.speech import NO_ENGINE, NOT_SPOKEN, SpeechUnavailable, Voice
from companion.services.speech.user_voices import add_voice, remove_voice
from companion.services.speech.voices import VoiceFileError
from companion.sessions.speech_queue import if_alive
from companion.sessions.worker import run_in_background
from companion.ui.common.flow import flow_row
from companion.ui.common.language import ui_language as interface_language
from companion.ui.common.messages import problem_text
from companion.ui.common.page import Services
from companion.ui.common.voice_words import engine_name, licence_text
from companion.ui.common.widgets import make_button, make_checkbox, make_label


class VoiceSettings(QWidget):
    """The voices card.

    Signals:
        changed(): the list was read again (after loading, adding or removing).
    """

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.voices: list[Voice] = []
        self.default: Voice | None = None
        self.reason = ""
        self.busy = False
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(
            make_label(
                self.tr(
                    "A natural voice reads English. The standard voices (espeak-ng) read "
                    "every language, and speak whenever the natural voice cannot. You can "
                    "add a Piper voice you have: its .onnx file, with its .onnx.json beside it."
                ),
                "muted",
            )
        )
        self.every_language = make_checkbox(
            self.tr("Show the voices of every language"),
            self.tr("Otherwise only the voices for the language Companion speaks"),
        )
        layout.addWidget(self.every_language)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Voices"))
        self.list.setAccessibleDescription(
            self.tr("Each voice with its engine, language and licence")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(4)
        self.list.setMinimumHeight(240)
        layout.addWidget(self.list)
        self.status = make_label("", "muted")
        self.status.setAccessibleName(self.tr("Voice status"))
        layout.addWidget(self.status)
        self.hear_button = make_button(
            self.tr("Hear this voice"), self.tr("Say a line with the chosen voice")
        )
        self.add_button = make_button(
            self.tr("Add a voice…"), self.tr("Add a Piper voice (.onnx and .onnx.json)")
        )
        self.remove_button = make_button(
            self.tr("Remove this voice"), self.tr("Delete a voice you added")
        )
        layout.addWidget(flow_row([self.hear_button, self.remove_button], [self.add_button]))
        self.every_language.toggled.connect(lambda _on: self._show())
        self.list.currentItemChanged.connect(lambda *_: self._on_selection())
        self.hear_button.clicked.connect(self.hear)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self._show()

    # -- reading the voices ----------------------------------------------------------------

    def load(self) -> None:
        """Read the voices (the speech worker starts if needed), off the GUI thread."""
        speech = self.services.speech
        if speech is None:
            self._listed(([], None, NO_ENGINE, ""))
            return
        self._loaded = True
        language = interface_language()

        def read() -> tuple[list[Voice], Voice | None, str, str]:
            reason = speech.reason
            if reason:
                return [], None, reason, ""
            return speech.voices(), speech.default_voice(language), "", speech.natural_problem

        run_in_background(read, if_alive(self, self._listed))

    def ensure_loaded(self) -> None:
        """Load the voices the first time the card is seen."""
        if not self._loaded:
            self.load()

    def _listed(self, found: tuple[list[Voice], Voice | None, str, str]) -> None:
        self.voices, self.default, self.reason, natural = found
        self._show()
        if self.reason:
            self.status.setText(problem_text(Problem(self.reason)))
        elif natural and not self.busy:
            self.status.setText(problem_text(Problem(natural)))
        self.changed.emit()

    def _show(self, select: str | None = None) -> None:
        keep = select or self.selected_id()
        language = interface_language()
        shown = [
            v
            for v in self.voices
            if self.every_language.isChecked() or v.natural or _speaks(v, language)
        ]
        shown.sort(key=lambda v: (not v.natural, v.mine, v.language.lower(), v.name.lower()))
        self.list.clear()
        for voice in shown:
            text = self._describe(voice)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, voice.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            self.list.addItem(item)
            if voice.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._on_selection()

    def _describe(self, voice: Voice) -> str:
        first = voice.name
        if self.default is not None and voice.id == self.default.id:
            first = self.tr("{0} — speaks when no voice is chosen").format(voice.name)
        elif voice.mine:
            first = self.tr("{0} — added by you").format(voice.name)
        details = self.tr("{0} · language {1} · licence: {2}").format(
            engine_name(voice), voice.language or "-", licence_text(voice)
        )
        return f"{first}\n{details}"

    def selected_id(self) -> str | None:
        """The id of the voice chosen in the list."""
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> Voice | None:
        """The voice chosen in the list."""
        wanted = self.selected_id()
        return next((v for v in self.voices if v.id == wanted), None)

    def _on_selection(self) -> None:
        voice = self.selected()
        ready = self.services.speech is not None and not self.reason and not self.busy
        self.hear_button.setEnabled(ready and voice is not None)
        self.remove_button.setEnabled(ready and voice is not None and voice.mine)
        self.add_button.setEnabled(ready)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if text:
            self.status.setText(text)
        self._on_selection()

    # -- actions -------------------------------------------------------------------------

    def hear(self) -> None:
        """Say a line with the chosen voice."""
        voice, speech = self.selected(), self.services.speech
        if voice is None or speech is None:
            return
        line = self.tr("Breathe in gently, and let the breath go by itself.")
        self._set_busy(True, self.tr("Preparing “{0}”…").format(voice.name))

        def done(path: Path) -> None:
            self._set_busy(False, self.tr("Playing “{0}”.").format(voice.name))
            self.services.sound.voice(path)

        def failed(exc: BaseException) -> None:
            code = exc.code if isinstance(exc, SpeechUnavailable) else NOT_SPOKEN
            self._set_busy(False, problem_text(Problem(code)))

        language = voice.language or None
        run_in_background(
            lambda: speech.render(line, voice=voice.id, rate_wpm=140, language=language),
            if_alive(self, done),
            if_alive(self, failed),
        )

    def add(self) -> None:
        """Ask for a Piper voice file, check it in the worker, keep a copy, play its test line."""
        speech = self.services.speech
        if speech is None or self.busy:
            return
        chosen = self.services.dialogs.open_file(
            self,
            self.tr("Add a Piper voice"),
            self.tr("Piper voices (*.onnx);;All files (*)"),
        )
        if chosen is None:
            return
        folder = self.services.paths.voices
        sample = self.services.paths.cache / f"voice-test-{uuid.uuid4().hex}.wav"
        self._set_busy(
            True, self.tr("Checking “{0}”: loading it and saying a test line…").format(chosen.name)
        )

        def work() -> Voice:
            sample.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            return add_voice(speech, chosen, folder, sample)

        def done(voice: Voice) -> None:
            self._set_busy(
                False,
                self.tr("Added “{0}”. It is saying a test line; choose it in Imagine.").format(
                    voice.name
                ),
            )
            self.services.sound.voice(sample)
            self._reload(select=voice.id)

        def failed(exc: BaseException) -> None:
            sample.unlink(missing_ok=True)
            code = exc.code if isinstance(exc, VoiceFileError) else "voice.does-not-load"
            words = problem_text(Problem(code))
            self._set_busy(False, self.tr("“{0}” was not added. {1}").format(chosen.name, words))

        run_in_background(work, if_alive(self, done), if_alive(self, failed))

    def remove(self) -> None:
        """Delete the chosen voice, if the user added it (after asking)."""
        voice, speech = self.selected(), self.services.speech
        if voice is None or speech is None or not voice.mine:
            return
        if not self.services.dialogs.confirm(
            self,
            self.tr("Remove this voice?"),
            self.tr("“{0}” will be deleted from Companion. Your own copy is not touched.").format(
                voice.name
            ),
            self.tr("Remove"),
            self.tr("Keep it"),
        ):
            return
        folder = self.services.paths.voices
        self._set_busy(True)

        def done(_result: object) -> None:
            self._set_busy(False, self.tr("“{0}” was removed.").format(voice.name))
            self._reload()

        def failed(exc: BaseException) -> None:
            self._set_busy(False, self.tr("“{0}” could not be removed.").format(voice.name))

        run_in_background(
            lambda: remove_voice(speech, voice, folder),
            if_alive(self, done),
            if_alive(self, failed),
        )

    def _reload(self, select: str | None = None) -> None:
        speech = self.services.speech
        if speech is None:
            return
        language = interface_language()

        def read() -> tuple[list[Voice], Voice | None]:
            return speech.voices(), speech.default_voice(language)

        def done(found: tuple[list[Voice], Voice | None]) -> None:
            self.voices, self.default = found
            self._show(select)
            self.changed.emit()

        run_in_background(read, if_alive(self, done))


def _speaks(voice: Voice, language: str) -> bool:
    tag = voice.language.lower().replace("_", "-")
    return tag == language or tag.startswith(language + "-")
