"""The Imagine page: choose a script → listen with captions → a short summary; and the editor.

Spoken guidance comes from the speech service (rendered off the GUI thread, the first
sentence first); with no speech engine the script runs as timed captions and the page says
why. The voice and the background soundscape go through the sound path, which also waits
for a sound device that opens after the session began.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.breathing import PacerState, Phase
from companion.core.imagine.narration import NO_AUDIO
from companion.core.imagine.scripts import (
    Breathe,
    Pause,
    ScriptError,
    Speech,
    format_duration,
    parse_script,
)
from companion.core.loudness import VOICE_LEVEL_MAX_DB, VOICE_LEVEL_MIN_DB
from companion.core.problems import Problem
from companion.services.recordings import MESSAGE
from companion.services.script_library import (
    ScriptLibrary,
    load_library,
    soundscapes,
)
from companion.services.speech import NO_ENGINE, NOT_SPOKEN, SpeechUnavailable, Voice
from companion.services.store import StoreError
from companion.sessions.imagine import ImagineSession, Message
from companion.sessions.speech_queue import if_alive, wav_seconds
from companion.sessions.worker import run_in_background
from companion.ui.common.breath_circle import BreathCircle
from companion.ui.common.controls import LevelSlider
from companion.ui.common.messages import problem_text, unspoken_text
from companion.ui.common.page import Services
from companion.ui.common.session_page import RUN, SETUP, SUMMARY, SessionPage
from companion.ui.common.widgets import ScrollView, make_button, make_label
from companion.ui.imagine.chooser import ImagineChooser, ui_language
from companion.ui.imagine.editor import ScriptEditor
from companion.ui.imagine.files import ScriptFiles
from companion.ui.imagine.recording import ScriptRecording

CAPTION_PX = 34  # at 100 % text size; scales with the user's text size
CHOOSE, PLAY, EDIT, RECORD = SETUP, RUN, SUMMARY + 1, SUMMARY + 2

__all__ = ["CHOOSE", "EDIT", "PLAY", "RECORD", "SUMMARY", "ImaginePage", "ImagineRequest"]


@dataclass(frozen=True)
class ImagineRequest:
    """A script to read aloud, and whether to leave out the background sound."""

    script_id: str | None
    no_music: bool = False


class ImaginePage(SessionPage[ImagineSession]):
    """Guided imagery, read aloud."""

    name = "imagine"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self._state = services.state
        self._data_dir = services.paths.data
        self.speech_reason = ""
        self.no_music = False  # set by ``companion imagine --no-music``
        self.library = ScriptLibrary()
        self._loaded = False
        self._pending_play: ImagineRequest | None = None
        self._probed = False  # the speech worker has been asked to start
        self._tracks = {track_id: path for track_id, _title, path in soundscapes()}
        super().__init__(services, parent)
        self.editor = ScriptEditor()
        self.stack.addWidget(ScrollView(self.editor))
        self.recording = ScriptRecording(services)
        self.stack.addWidget(ScrollView(self.recording))
        self._record_from = CHOOSE
        self.recording.done.connect(self._leave_recording)
        self.chooser.record_requested.connect(self._record_script)
        self.editor.record_requested.connect(self._record_edited)
        self.files = ScriptFiles(self._data_dir, self)
        self.files.opened.connect(self._opened)
        self.files.saved.connect(self._saved)
        self.files.read_failed.connect(self.notice.emit)
        self.files.save_failed.connect(self.editor.set_preview_status)
        self.start_button.setText(self.tr("Play"))
        self.start_button.setAccessibleName(self.tr("Play"))
        self.start_button.setAccessibleDescription(self.tr("Read the chosen script aloud (Space)"))
        self.again_button.setText(self.tr("Listen again"))
        self.chooser.play_requested.connect(lambda script_id: self.play(script_id))
        self.chooser.selection_changed.connect(self._on_selection)
        self.chooser.new_requested.connect(lambda: self._edit("", None))
        self.chooser.edit_requested.connect(self._edit_user_script)
        self.chooser.copy_requested.connect(self._copy_script)
        self.chooser.import_requested.connect(self._import_new)
        self.editor.save_requested.connect(self._save)
        self.editor.preview_requested.connect(self.preview)
        self.editor.import_requested.connect(self._import_into_editor)
        self.editor.cancelled.connect(lambda: self.stack.setCurrentIndex(CHOOSE))
        self._state.changed.connect(lambda _prefs: self._apply_preferences())
        self._apply_preferences()
        self._on_selection()

    # -- views -------------------------------------------------------------------------

    def build_setup(self) -> QWidget:
        self.chooser = ImagineChooser(self._state)
        self.chooser.set_tracks([(t, title) for t, title, _p in soundscapes()])
        return self.chooser

    def build_run(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
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
        self.voice_level = LevelSlider(
            self.tr("Voice"),
            round(VOICE_LEVEL_MIN_DB),
            round(VOICE_LEVEL_MAX_DB),
            0,
            self.tr("How loud the voice is. The mark is level with the music."),
        )
        self.voice_level.value_changed.connect(
            lambda level: self._state.update(voice_level_db=float(level))
        )
        layout.addWidget(self.voice_level)
        self.voice_status = make_label("", "muted")
        self._unspoken_shown = False  # voice_status tells of one passage shown as words
        layout.addWidget(self.voice_status)
        return view

    def run_buttons(self) -> list[QPushButton]:
        self.again_line_button = make_button(
            self.tr("Say that again"), self.tr("Start the current sentence again")
        )
        self.again_line_button.clicked.connect(self.restart_line)
        return [self.again_line_button]

    # -- speech ------------------------------------------------------------------------

    def _probe_speech(self) -> None:
        """Start the speech worker in the background, list the voices for the UI language,
        then load the voice that will speak (so the first Play speaks at once)."""
        if self._probed:
            return
        self._probed = True
        speech = self.services.speech
        if speech is None:
            self._on_voices(([], NO_ENGINE, None))
            return
        language = ui_language()
        voice = self._state.prefs.imagine_voice or None

        def probe() -> tuple[list[Voice], str, Voice | None]:
            reason = speech.reason  # starts the worker
            if reason:
                return [], reason, None
            return speech.voices(language), reason, speech.default_voice(language)

        def listed(result: tuple[list[Voice], str, Voice | None]) -> None:
            self._on_voices(result)
            if not result[1]:  # a thread of its own: the pool's two stay free for the page
                threading.Thread(
                    target=speech.prepare,
                    args=(voice, language),
                    name="speech-prepare",
                    daemon=True,
                ).start()

        run_in_background(probe, if_alive(self, listed))

    def _on_voices(self, result: tuple[list[Voice], str, Voice | None]) -> None:
        voices, self.speech_reason, default = result
        reason = problem_text(Problem(self.speech_reason)) if self.speech_reason else ""
        self.chooser.set_voices(voices, reason, default)

    def refresh_library(self, select: str | None = None) -> None:
        """Read the scripts (off the GUI thread) and show them."""
        data_dir = self._data_dir

        def done(library: ScriptLibrary) -> None:
            self.library = library
            self._loaded = True
            self.chooser.set_library(library, select)
            if self._pending_play is not None:
                request, self._pending_play = self._pending_play, None
                self.start(request)

        run_in_background(lambda: load_library(data_dir), if_alive(self, done))

    # -- the page interface --------------------------------------------------------------

    def show_request(self, request: object | None = None) -> None:
        """Show the list (loading the scripts the first time), or play ``request``."""
        self._probe_speech()
        if isinstance(request, ImagineRequest):
            self.no_music = request.no_music
            if request.script_id is not None:
                self.start(request)
                return
        if not self._loaded:
            self.refresh_library()
        self.show_setup()

    def show_chooser(self) -> None:
        """Show the list (unless a session runs); loads the scripts the first time."""
        self.show_request(None)

    def _on_selection(self) -> None:
        self.start_button.setEnabled(self.chooser.selected_id() is not None)

    def setup_request(self) -> ImagineRequest | None:
        script_id = self.chooser.selected_id()
        return None if script_id is None else ImagineRequest(script_id, self.no_music)

    def last_request(self) -> ImagineRequest | None:
        if self.session is not None:
            return ImagineRequest(self.session.script.id, self.no_music)
        return self.setup_request()

    def play(self, script_id: str) -> None:
        """Start reading a script aloud (once the list is loaded, if it is not yet)."""
        self.start(ImagineRequest(script_id, self.no_music))

    # -- sessions ----------------------------------------------------------------------

    def make_session(self, request: object | None) -> ImagineSession | None:
        if not isinstance(request, ImagineRequest) or request.script_id is None:
            return None
        self._probe_speech()
        if not self._loaded:
            self._pending_play = request
            self.refresh_library()
            return None
        entry = self.library.get(request.script_id)
        if entry is None:
            self.notice.emit(self.tr("There is no script called “{0}”.").format(request.script_id))
            return None
        prefs = self._state.prefs
        voice, pace = prefs.script_voice(entry.id)
        recorded, opening, closing = self._family_voice(entry.id)
        music = None
        if prefs.imagine_music and not request.no_music:
            music = self._tracks.get(prefs.imagine_track) or next(iter(self._tracks.values()), None)
        services = self.services
        speech = None if self.speech_reason else services.speech
        return ImagineSession(
            entry.script, speech, services.sound, services.store,
            voice=voice, pace_wpm=pace, music=music, recorded=recorded, opening=opening,
            closing=closing, now=services.now, parent=self,
        )  # fmt: skip

    def _family_voice(
        self, script_id: str
    ) -> tuple[dict[str, tuple[bytes, float]], Message | None, Message | None]:
        """A loved one's takes of this script's lines, and the messages that open and close
        a session (as chosen), read from the history file."""
        store = self.services.recordings
        if store is None:
            return {}, None, None
        try:
            lines = store.lines(script_id)
            recorded = {w: (store.audio(r.id), r.seconds) for w, r in lines.items()}
            messages = {r.words: r for r in store.listed(MESSAGE)}
        except StoreError:
            return {}, None, None
        prefs = self._state.prefs

        def message(title: str) -> Message | None:
            found = messages.get(title) if title else None
            if found is None:
                return None
            return Message(found.words, store.audio(found.id), found.seconds)

        return recorded, message(prefs.opening_message), message(prefs.closing_message)

    def on_session(self, session: ImagineSession) -> None:
        session.segment_changed.connect(self._on_segment)
        session.paused_changed.connect(self._on_paused)
        session.finished.connect(lambda _completed: self.circle.set_animating(False))
        session.speech_unavailable.connect(self._on_no_voice)
        session.line_unspoken.connect(self._on_unspoken)
        session.speaking.connect(self._on_speaking)
        session.music_failed.connect(
            lambda _kind: self.notice.emit(self.tr("The background sound cannot be played."))
        )
        self.run_title.setText(session.script.title)
        self.caption.setText("")
        self.cue_label.setText("")
        self.voice_status.setText("")
        if self.speech_reason or self.services.speech is None:
            self._on_no_voice(self.speech_reason or NO_ENGINE)

    def refresh_run(self, session: ImagineSession) -> None:
        self.run_time.setText(
            self.tr("about {0} left").format(format_duration(session.remaining()))
        )
        found = session.narration.breath_state(session.elapsed())
        if found is not None:
            state, number = found
            word = self.tr("Breathe in") if state.phase is Phase.INHALE else self.tr("Breathe out")
            total = session.narration.current.breaths  # type: ignore[union-attr]
            self.cue_label.setText(self.tr("{0}  ·  breath {1} of {2}").format(word, number, total))

    def summary_words(self, session: ImagineSession, completed: bool) -> tuple[str, str]:
        heading = self.tr("That is the end of the script") if completed else self.tr("Stopped")
        words = self.tr("{0}    Time: {1}").format(
            session.script.title, format_duration(session.elapsed())
        )
        return heading, words

    def summary_note_text(self, session: ImagineSession, completed: bool) -> str:
        rest = self.tr("Rest here for as long as you like.") if completed else ""
        return f"{rest} {super().summary_note_text(session, completed)}".strip()

    def toggle_pause(self) -> None:
        """Pause or resume."""
        super().toggle_pause()

    def restart_line(self) -> None:
        """Say the current sentence again."""
        if self.session is not None and not self.session.done:
            self.session.restart_line()

    def preview(self, text: str) -> None:
        """Say one line with the chosen voice (the editor's "preview this line")."""
        speech = self.services.speech
        if speech is None or self.speech_reason:
            self.editor.set_preview_status(problem_text(Problem(self.speech_reason or NO_ENGINE)))
            return
        prefs = self._state.prefs
        voice, pace = prefs.script_voice(self.editor.script_id or "")
        rate = pace or 140

        def render() -> Path:
            return speech.render(text, voice=voice or None, rate_wpm=rate)

        def done(path: Path) -> None:
            self.services.sound.voice(path)
            message = self.tr("Playing: “{0}” ({1:.1f} s)").format(text, wav_seconds(path))
            self.editor.set_preview_status(message)

        def failed(exc: BaseException) -> None:
            code = exc.code if isinstance(exc, SpeechUnavailable) else NOT_SPOKEN
            self.editor.set_preview_status(problem_text(Problem(code)))

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
            voiced = session.queue.length(index) != NO_AUDIO and not self.speech_reason
            said = voiced and self.services.sound.available  # the voice reads this caption
            self.services.announcer.guidance(self.caption, segment.text, said)
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
        self.refresh_run(session)

    def _breath_pacer_state(self) -> PacerState | None:
        session = self.session
        if session is None:
            return None
        found = session.narration.breath_state(session.elapsed())
        return None if found is None else found[0]

    def _on_paused(self, paused: bool) -> None:
        self.circle.set_animating(not paused and self.circle.isVisible())
        if paused:
            self.run_time.setText(self.tr("Paused"))

    def _on_unspoken(self, code: str) -> None:
        self.voice_status.setText(unspoken_text(code))
        self._unspoken_shown = True

    def _on_speaking(self, _index: int) -> None:
        """The voice goes on: a passage shown as words before is no longer the news."""
        if self._unspoken_shown:
            self.voice_status.setText("")
            self._unspoken_shown = False

    def _on_no_voice(self, reason: str) -> None:
        self.voice_status.setText(
            self.tr("{0} The words appear on screen at a calm pace instead.").format(
                problem_text(Problem(reason))
            )
        )

    def _apply_preferences(self) -> None:
        self.voice_level.set_value(round(self._state.prefs.voice_level_db))
        self._apply_text_size()

    def _apply_text_size(self) -> None:
        px = round(CAPTION_PX * self._state.prefs.text_scale / 100)
        self.caption.setStyleSheet(f"font-size: {px}px; font-weight: 500;")

    def on_escape(self) -> None:
        """Esc: stop a session, leave the editor or the recorder, or go home."""
        if self.stack.currentIndex() == EDIT:
            self.stack.setCurrentIndex(CHOOSE)
        elif self.stack.currentIndex() == RECORD:
            self._leave_recording()
        else:
            super().on_escape()

    def on_space(self) -> None:
        """Space: play the chosen script; pause or resume one that plays."""
        if self.stack.currentIndex() in (CHOOSE, PLAY):
            super().on_space()

    # -- recording in a loved one's voice ----------------------------------------------

    def _record_script(self, script_id: str) -> None:
        entry = self.library.get(script_id)
        if entry is not None:
            self._record_from = CHOOSE
            self.recording.open(entry.script)
            self.stack.setCurrentIndex(RECORD)

    def _record_edited(self, text: str, script_id: str) -> None:
        try:
            script = parse_script(text, script_id=script_id)
        except ScriptError:
            self.editor.set_preview_status(
                self.tr("Fix the script first (see the line shown), then record it.")
            )
            return
        self._record_from = EDIT
        self.recording.open(script)
        self.stack.setCurrentIndex(RECORD)

    def _leave_recording(self) -> None:
        self.recording.panel.recorder.stop()
        self.stack.setCurrentIndex(self._record_from)

    def shutdown(self) -> None:
        """Stop the session and let the microphone go."""
        super().shutdown()
        self.recording.shutdown()

    # -- editing -----------------------------------------------------------------------

    def _edit(self, text: str, script_id: str | None, heading: str = "") -> None:
        self.editor.open(text, script_id, heading)
        self.stack.setCurrentIndex(EDIT)

    def _edit_user_script(self, script_id: str) -> None:
        entry = self.library.get(script_id)
        if entry is not None and not entry.bundled:
            self.files.read(entry.path, self.tr("Edit your script"), entry.id)

    def _copy_script(self, script_id: str) -> None:
        entry = self.library.get(script_id)
        if entry is not None:
            self.files.read(entry.path, self.tr("Make it your own"), copy_of=entry.script.title)

    def _import_new(self) -> None:
        path = self._ask_for_file()
        if path is not None:
            self.files.read(path, self.tr("Imported script"))

    def _import_into_editor(self) -> None:
        path = self._ask_for_file()
        if path is not None:
            self.files.read(path, into_editor=True)

    def _ask_for_file(self) -> Path | None:
        return self.services.dialogs.open_file(
            self, self.tr("Import a script"), self.tr("Text files (*.txt);;All files (*)")
        )

    def _opened(self, text: str, heading: str, script_id: str, into_editor: bool) -> None:
        if into_editor:
            self.editor.replace_text(text)
        else:
            self._edit(text, script_id or None, heading)

    def _save(self, text: str, script_id: str | None) -> None:
        self.files.save(text, self.library, script_id)

    def _saved(self, script_id: str) -> None:
        self.stack.setCurrentIndex(CHOOSE)
        self.refresh_library(select=script_id)
