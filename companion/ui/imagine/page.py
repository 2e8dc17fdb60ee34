"""The Imagine page: choose a script → listen with captions → a short summary; and the editor.

Spoken guidance comes from the speech service (rendered off the GUI thread, the first
sentence first); with no speech engine the script runs as timed captions and the page says
why. The background soundscape is the audio engine's music stream, ducked under the voice.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from companion.core.breathing import PacerState, Phase
from companion.core.imagine.scripts import Breathe, Pause, Speech, format_duration
from companion.services.audio.output import AudioOutput
from companion.services.script_library import (
    ScriptEntry,
    ScriptLibrary,
    load_library,
    personal_copy_text,
    read_script_text,
    save_user_script,
    soundscapes,
)
from companion.services.speech import Voice
from companion.services.store import Store
from companion.sessions.imagine import VOICE_VOLUME, ImagineSession
from companion.sessions.speech_queue import Renderer, if_alive, wav_seconds
from companion.sessions.state import AppState
from companion.sessions.worker import run_in_background
from companion.ui.common.breath_circle import BreathCircle
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import ScrollView, make_button, make_label, session_controls
from companion.ui.imagine.chooser import ImagineChooser, ui_language
from companion.ui.imagine.editor import ScriptEditor

CAPTION_PX = 34  # at 100 % text size; scales with the user's text size
REFRESH_MS = 200
CHOOSE, PLAY, SUMMARY, EDIT = range(4)


class SpeechService(Renderer, Protocol):
    """The speech service as the page uses it (``SpeechRenderer`` or a test fake)."""

    def voices(self, language: str | None = None) -> list[Voice]: ...

    @property
    def reason(self) -> str: ...


class ImaginePage(QWidget):
    """Guided imagery, read aloud.

    Signals:
        home_requested(): leave the page.
        history_changed(): a session was saved or updated.
        notice(str): something the user should know.
        music_claimed(): this page started its background sound (others should stop theirs).
    """

    home_requested = Signal()
    history_changed = Signal()
    notice = Signal(str)
    music_claimed = Signal()

    def __init__(
        self,
        state: AppState,
        store: Store | None,
        data_dir: Path | None,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._store = store
        self._data_dir = data_dir
        self._now = now
        self.audio: AudioOutput | None = None
        self.speech: SpeechService | None = None
        self.speech_reason = ""
        self.no_music = False  # set by ``companion imagine --no-music``
        self.session: ImagineSession | None = None
        self.library = ScriptLibrary()
        self._loaded = False
        self._pending_play: str | None = None
        self._wanted = self._probed = False  # the page has been used / the speech probed
        self._tracks = {track_id: path for track_id, _title, path in soundscapes()}

        self.stack = QStackedWidget()
        self.chooser = ImagineChooser(state)
        self.chooser.set_tracks([(t, title) for t, title, _p in soundscapes()])
        self.editor = ScriptEditor()
        views = (self.chooser, self._build_play_view(), self._build_summary_view(), self.editor)
        for view in views:  # at 200 % text a view may need more than the window: it scrolls
            self.stack.addWidget(ScrollView(view))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh)

        self.chooser.play_requested.connect(self.play)
        self.chooser.home_requested.connect(self.home_requested)
        self.chooser.new_requested.connect(lambda: self._edit("", None))
        self.chooser.edit_requested.connect(self._edit_user_script)
        self.chooser.copy_requested.connect(self._copy_script)
        self.chooser.import_requested.connect(self._import_new)
        self.editor.save_requested.connect(self._save)
        self.editor.preview_requested.connect(self.preview)
        self.editor.import_requested.connect(self._import_into_editor)
        self.editor.cancelled.connect(lambda: self.stack.setCurrentIndex(CHOOSE))
        add_shortcut(self, Qt.Key.Key_Space, self._on_space)
        add_shortcut(self, Qt.Key.Key_Escape, self._on_esc)
        state.changed.connect(lambda _prefs: self._apply_text_size())
        self._apply_text_size()

    # -- views -------------------------------------------------------------------------

    def _build_play_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        top = QHBoxLayout()
        self.title_label = make_label("", "muted")
        self.remaining_label = make_label("", "muted", wrap=False)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.remaining_label)
        layout.addLayout(top)
        layout.addStretch(1)
        self.caption = make_label("")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setAccessibleName(self.tr("Caption"))
        layout.addWidget(self.caption)
        self.circle = BreathCircle()
        self.circle.setVisible(False)
        layout.addWidget(self.circle, 2)
        self.cue_label = make_label("", "muted")
        self.cue_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.cue_label)
        layout.addStretch(1)
        self.voice_status = make_label("", "muted")
        layout.addWidget(self.voice_status)
        self.again_line_button = make_button(
            self.tr("Say that again"), self.tr("Start the current sentence again")
        )
        controls, self.pause_button, self.stop_button = session_controls(
            [self.again_line_button], self.toggle_pause, self.stop
        )
        layout.addLayout(controls)
        self.again_line_button.clicked.connect(self.restart_line)
        return view

    def _build_summary_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        self.summary_title = make_label("", "title")
        self.summary_text = make_label("", "subtitle")
        self.summary_note = make_label("", "muted")
        layout.addStretch(1)
        for label in (self.summary_title, self.summary_text, self.summary_note):
            layout.addWidget(label)
        layout.addStretch(2)
        buttons = QHBoxLayout()
        home = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        choose = make_button(self.tr("Choose another"), self.tr("Back to the list of scripts"))
        self.again_button = make_button(self.tr("Listen again"), role="primary")
        home.clicked.connect(self.home_requested)
        choose.clicked.connect(lambda: self.stack.setCurrentIndex(CHOOSE))
        self.again_button.clicked.connect(self._again)
        buttons.addWidget(home)
        buttons.addStretch(1)
        buttons.addWidget(choose)
        buttons.addWidget(self.again_button)
        layout.addLayout(buttons)
        return view

    # -- services ----------------------------------------------------------------------

    def set_audio(self, audio: AudioOutput) -> None:
        """The audio output is open (the window calls this once)."""
        self.audio = audio

    def set_speech(self, speech: SpeechService | None) -> None:
        """The speech service (None: there is none); it warms up when the page is first used."""
        self.speech = speech
        self._probed = False
        if self._wanted:
            self._probe_speech()

    def _probe_speech(self) -> None:
        """Start the speech worker in the background and list the voices for the UI language."""
        self._wanted = True
        speech = self.speech
        if self._probed:
            return
        self._probed = True
        if speech is None:
            self._on_voices(([], self.tr("Spoken guidance is not available on this computer.")))
            return
        language = ui_language()

        def probe() -> tuple[list[Voice], str]:
            reason = speech.reason  # starts the worker, so the first Play speaks at once
            return ([] if reason else speech.voices(language)), reason

        run_in_background(probe, if_alive(self, self._on_voices))

    def _on_voices(self, result: tuple[list[Voice], str]) -> None:
        voices, self.speech_reason = result
        self.chooser.set_voices(voices, self.speech_reason)

    def refresh_library(self, select: str | None = None) -> None:
        """Read the scripts (off the GUI thread) and show them."""
        data_dir = self._data_dir

        def done(library: ScriptLibrary) -> None:
            self.library = library
            self._loaded = True
            self.chooser.set_library(library, select)
            if self._pending_play is not None:
                script_id, self._pending_play = self._pending_play, None
                self.play(script_id)

        run_in_background(lambda: load_library(data_dir), if_alive(self, done))

    # -- playing -----------------------------------------------------------------------

    def show_chooser(self) -> None:
        """Show the list (unless a session runs); loads the scripts the first time."""
        if self.session is None or self.session.done:
            self.stack.setCurrentIndex(CHOOSE)
        if not self._loaded:
            self.refresh_library()
        self._probe_speech()

    def play(self, script_id: str) -> None:
        """Start reading a script aloud (once the list is loaded, if it is not yet)."""
        self._probe_speech()
        if not self._loaded:
            self._pending_play = script_id
            self.refresh_library()
            return
        entry = self.library.get(script_id)
        if entry is None:
            self.notice.emit(self.tr("There is no script called “{0}”.").format(script_id))
            return
        if self.session is not None and not self.session.done:
            self.session.stop()
        prefs = self._state.prefs
        voice, pace = prefs.script_voice(entry.id)
        music = None
        if prefs.imagine_music and not self.no_music:
            music = self._tracks.get(prefs.imagine_track) or next(iter(self._tracks.values()), None)
        speech = None if self.speech_reason else self.speech
        session = ImagineSession(
            entry.script, speech, self.audio, self._store,
            voice=voice, pace_wpm=pace, music=music, now=self._now, parent=self,
        )  # fmt: skip
        self.session = session
        session.segment_changed.connect(self._on_segment)
        session.paused_changed.connect(self._on_paused)
        session.finished.connect(self._on_finished)
        session.speech_unavailable.connect(self._on_no_voice)
        session.music_claimed.connect(self.music_claimed)
        session.problem.connect(self.notice)
        self.title_label.setText(entry.script.title)
        self.caption.setText("")
        self.cue_label.setText("")
        self.voice_status.setText("")
        if self.speech_reason or self.speech is None:
            self._on_no_voice(self.speech_reason or self.tr("Spoken guidance is not available."))
        self.pause_button.setText(self.tr("Pause"))
        self.stack.setCurrentIndex(PLAY)
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        session.start()
        self._refresh_timer.start()
        self._refresh()
        self.history_changed.emit()

    def _again(self) -> None:
        if self.session is not None:
            self.play(self.session.script.id)

    def toggle_pause(self) -> None:
        """Pause or resume."""
        if self.session is not None and not self.session.done:
            self.session.toggle_pause()

    def restart_line(self) -> None:
        """Say the current sentence again."""
        if self.session is not None and not self.session.done:
            self.session.restart_line()

    def stop(self) -> None:
        """Stop the session (kept in history as not completed)."""
        if self.session is not None and not self.session.done:
            self.session.stop()

    def preview(self, text: str) -> None:
        """Say one line with the chosen voice (the editor's "preview this line")."""
        speech = self.speech
        if speech is None or self.speech_reason:
            reason = self.speech_reason or self.tr("Spoken guidance is not available.")
            self.editor.set_preview_status(reason)
            return
        prefs = self._state.prefs
        voice, pace = prefs.script_voice(self.editor.script_id or "")
        rate = pace or 140

        def render() -> Path:
            return speech.render(text, voice=voice or None, rate_wpm=rate)

        def done(path: Path) -> None:
            if self.audio is not None:
                self.audio.play_voice(path, VOICE_VOLUME)
            message = self.tr("Playing: “{0}” ({1:.1f} s)").format(text, wav_seconds(path))
            self.editor.set_preview_status(message)

        def failed(exc: BaseException) -> None:
            self.editor.set_preview_status(str(exc))

        run_in_background(render, if_alive(self, done), if_alive(self, failed))

    # -- reactions ---------------------------------------------------------------------

    def _on_segment(self, index: int) -> None:
        session = self.session
        assert session is not None
        segment = session.script.items[index]
        if isinstance(segment, Speech):
            self.caption.setText(segment.text)
            self.caption.setVisible(True)
            self.circle.setVisible(False)
            self.circle.set_animating(False)
            self.cue_label.setText("")
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.caption, QAccessible.Event.NameChanged)
            )
            self.caption.setAccessibleName(segment.text)
        elif isinstance(segment, Breathe):
            self.caption.setText(self.tr("Breathe with me"))
            self.circle.set_state_source(
                lambda: None if session.done else self._breath_pacer_state()
            )
            self.circle.setVisible(True)
            self.circle.set_reduced_motion(self._state.reduced_motion())
            self.circle.set_animating(True)
        elif isinstance(segment, Pause):
            self.cue_label.setText(self.tr("(a quiet moment)"))
        self._refresh()

    def _breath_pacer_state(self) -> PacerState | None:
        session = self.session
        if session is None:
            return None
        found = session.narration.breath_state(session.elapsed())
        return None if found is None else found[0]

    def _on_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.circle.set_animating(not paused and self.circle.isVisible())
        if paused:
            self.remaining_label.setText(self.tr("Paused"))

    def _on_no_voice(self, reason: str) -> None:
        self.voice_status.setText(
            self.tr("{0} The words appear on screen at a calm pace instead.").format(reason)
        )

    def _on_finished(self, completed: bool) -> None:
        session = self.session
        assert session is not None
        self._refresh_timer.stop()
        self.circle.set_animating(False)
        self.summary_title.setText(
            self.tr("That is the end of the script") if completed else self.tr("Stopped")
        )
        self.summary_text.setText(
            self.tr("{0}    Time: {1}").format(
                session.script.title, format_duration(session.elapsed())
            )
        )
        note = self.tr("Rest here for as long as you like.") if completed else ""
        if self._store is not None:
            note += " " + self.tr("It is saved in History.")
        self.summary_note.setText(note.strip())
        self.stack.setCurrentIndex(SUMMARY)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.history_changed.emit()

    def _refresh(self) -> None:
        session = self.session
        if session is None or session.done or session.paused:
            return
        self.remaining_label.setText(
            self.tr("about {0} left").format(format_duration(session.remaining()))
        )
        found = session.narration.breath_state(session.elapsed())
        if found is not None:
            state, number = found
            word = self.tr("Breathe in") if state.phase is Phase.INHALE else self.tr("Breathe out")
            total = session.narration.current.breaths  # type: ignore[union-attr]
            self.cue_label.setText(self.tr("{0}  ·  breath {1} of {2}").format(word, number, total))

    def _apply_text_size(self) -> None:
        px = round(CAPTION_PX * self._state.prefs.text_scale / 100)
        self.caption.setStyleSheet(f"font-size: {px}px; font-weight: 500;")

    def _on_space(self) -> None:
        index = self.stack.currentIndex()
        if index == PLAY:
            self.toggle_pause()
        elif index == CHOOSE and self.chooser.selected_id() is not None:
            self.play(str(self.chooser.selected_id()))

    def _on_esc(self) -> None:
        index = self.stack.currentIndex()
        if index == PLAY:
            self.stop()
        elif index == EDIT:
            self.stack.setCurrentIndex(CHOOSE)
        else:
            self.home_requested.emit()

    # -- editing -----------------------------------------------------------------------

    def _edit(self, text: str, script_id: str | None, heading: str = "") -> None:
        self.editor.open(text, script_id, heading)
        self.stack.setCurrentIndex(EDIT)

    def _edit_user_script(self, script_id: str) -> None:
        entry = self.library.get(script_id)
        if entry is None or entry.bundled:
            return
        self._read_then(
            entry.path, lambda text: self._edit(text, entry.id, self.tr("Edit your script"))
        )

    def _copy_script(self, script_id: str) -> None:
        entry = self.library.get(script_id)
        if entry is None:
            return
        mine = self.tr("my copy")
        self._read_then(
            entry.path,
            lambda text: self._edit(
                personal_copy_text(text, entry.script.title, mine),
                None,
                self.tr("Make it your own"),
            ),
        )

    def _import_new(self) -> None:
        path = self._ask_for_file()
        if path is not None:
            self._read_then(path, lambda text: self._edit(text, None, self.tr("Imported script")))

    def _import_into_editor(self) -> None:
        path = self._ask_for_file()
        if path is not None:
            self._read_then(path, self.editor.replace_text)

    def _ask_for_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a script"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        return Path(name) if name else None

    def _read_then(self, path: Path, use: Callable[[str], None]) -> None:
        def failed(exc: BaseException) -> None:
            message = getattr(exc, "strerror", None) or str(exc)
            self.notice.emit(self.tr("Cannot read {0}: {1}").format(path.name, message))

        run_in_background(
            lambda: read_script_text(path), if_alive(self, use), if_alive(self, failed)
        )

    def _save(self, text: str, script_id: str | None) -> None:
        data_dir, library = self._data_dir, self.library
        if data_dir is None:
            self.editor.set_preview_status(self.tr("Your scripts cannot be saved here."))
            return

        def saved(entry: ScriptEntry) -> None:
            self.stack.setCurrentIndex(CHOOSE)
            self.refresh_library(select=entry.id)

        def failed(exc: BaseException) -> None:
            message = getattr(exc, "strerror", None) or str(exc)
            self.editor.set_preview_status(self.tr("Not saved: {0}").format(message))

        def save() -> ScriptEntry:
            return save_user_script(data_dir, text, library, script_id)

        run_in_background(save, if_alive(self, saved), if_alive(self, failed))
