"""The Stretch page: choose, then follow the figure at the breath's pace, then a short summary."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from companion.core.preferences import MAX_CUE_VOLUME
from companion.core.sessions import format_duration
from companion.core.stretch.restrictions import restrict_routine
from companion.core.stretch.timing import SchedulePoint
from companion.services.audio.cues import CUE_DIR
from companion.services.audio.output import AudioOutput
from companion.services.store import Store
from companion.sessions.state import AppState
from companion.sessions.stretch import StretchSession
from companion.sessions.stretch_state import StretchState
from companion.sessions.worker import run_in_background
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import (
    ScrollView,
    make_button,
    make_checkbox,
    make_label,
    session_controls,
)
from companion.ui.stretch.figure import Motion, StretchFigure, motion_at
from companion.ui.stretch.setup import StretchSetup

log = logging.getLogger(__name__)
SETUP, RUN, SUMMARY = range(3)


class StretchPage(QWidget):
    """Setup → guide → summary, with the comfort line always in view.

    Signals:
        home_requested(): leave the page.
        massage_requested(): open the caregiver's hand-massage guide.
        history_changed(): a session was saved or updated.
        notice(str): something the user should know.
    """

    home_requested = Signal()
    massage_requested = Signal()
    history_changed = Signal()
    notice = Signal(str)

    def __init__(
        self,
        state: AppState,
        store: Store | None,
        stretch_state: StretchState,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._store = store
        self.stretch_state = stretch_state
        self._now = now
        self.session: StretchSession | None = None
        self.audio: AudioOutput | None = None
        self._speak: Callable[[str], Path] | None = None
        self.spoken: dict[str, Path] = {}
        self._pending: str | None = None

        self.setup = StretchSetup(stretch_state)
        self.stack = QStackedWidget()  # each view scrolls when 200 % text needs more room
        self.stack.addWidget(ScrollView(self.setup))
        self.stack.addWidget(ScrollView(self._build_run_view()))
        self.stack.addWidget(ScrollView(self._build_summary_view()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        self.comfort_label = make_label(
            self.tr("Move only as far as is comfortable; never into pain.")
        )
        comfort = QFrame()
        comfort.setProperty("role", "notice")
        row = QVBoxLayout(comfort)
        row.addWidget(self.comfort_label)
        layout.addWidget(comfort)
        home_row = QHBoxLayout()
        self.home_button = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        self.home_button.clicked.connect(self.home_requested)
        home_row.addWidget(self.home_button)
        home_row.addStretch(1)
        layout.addLayout(home_row)

        self.setup.start_requested.connect(self.start)
        self.setup.massage_requested.connect(self.massage_requested)
        stretch_state.ready.connect(self._on_ready)
        stretch_state.notice.connect(self.notice)
        add_shortcut(self, Qt.Key.Key_Space, self._on_space)
        add_shortcut(self, Qt.Key.Key_Escape, self._on_escape)
        state.changed.connect(lambda _prefs: self._apply_preferences())
        self._apply_preferences()

    # -- views -------------------------------------------------------------------------

    def _build_run_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        top = QHBoxLayout()
        self.routine_label = make_label("", "muted")
        self.progress_label = make_label("", "muted", wrap=False)
        top.addWidget(self.routine_label, 1)
        top.addWidget(self.progress_label)
        layout.addLayout(top)
        middle = QHBoxLayout()
        self.figure = StretchFigure()
        middle.addWidget(self.figure, 3)
        words = QVBoxLayout()
        self.title_label = make_label("", "subtitle")
        self.cue_label = make_label("", "phase")
        self.cue_label.setAccessibleName(self.tr("What to do now"))
        self.rep_label = make_label("", "count", wrap=False)
        self.steps_label = make_label("")
        self.easier_label = make_label("", "muted")
        self.cautions_label = make_label("", "muted")
        for widget in (self.title_label, self.cue_label, self.rep_label, self.steps_label):
            words.addWidget(widget)
        words.addWidget(self.easier_label)
        words.addWidget(self.cautions_label)
        words.addStretch(1)
        middle.addLayout(words, 4)
        layout.addLayout(middle, 1)
        self.sound_box = make_checkbox(self.tr("Sound cues"), self.tr("A soft sound as you move"))
        self.sound_status = make_label("", "muted")
        layout.addWidget(self.sound_box)
        layout.addWidget(self.sound_status)
        self.easier_button = make_button(
            self.tr("Easier"), self.tr("Show a gentler way to do this movement"), checkable=True
        )
        self.skip_button = make_button(self.tr("Skip"), self.tr("Go on to the next movement"))
        controls, self.pause_button, self.stop_button = session_controls(
            [self.easier_button, self.skip_button], self.toggle_pause, self.stop
        )
        layout.addLayout(controls)
        self.easier_button.toggled.connect(lambda _on: self._show_words())
        self.skip_button.clicked.connect(self.skip)
        self.sound_box.toggled.connect(lambda on: self._state.update(cues_enabled=on))
        return view

    def _build_summary_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        self.summary_title = make_label("", "title")
        self.summary_text = make_label("", "subtitle")
        self.summary_note = make_label("", "muted")
        self.again_button = make_button(self.tr("Choose another"), role="primary")
        self.again_button.clicked.connect(self.show_setup)
        layout.addStretch(1)
        for widget in (self.summary_title, self.summary_text, self.summary_note):
            layout.addWidget(widget)
        layout.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        layout.addLayout(row)
        return view

    # -- control -----------------------------------------------------------------------

    def show_setup(self) -> None:
        """Show the choices (unless a routine is being guided)."""
        if self.session is None or self.session.done:
            self.stack.setCurrentIndex(SETUP)

    def open(self, item_id: str) -> None:
        """Start ``item_id`` as soon as the library is loaded (used by the command line)."""
        if self.stretch_state.library is None and not self.stretch_state.loaded:
            self._pending = item_id
        else:
            self.start(item_id)

    def start(self, item_id: str) -> bool:
        """Guide a routine or a single movement now; False (and a notice) when it cannot be."""
        s = self.stretch_state
        routine = s.find(item_id)
        if routine is None or s.library is None:
            self.notice.emit(
                self.tr("There is no routine or movement called “{0}”.").format(item_id)
            )
            self.show_setup()
            return False
        kept = restrict_routine(routine, s.library.by_id, s.restrictions)
        if not kept.items:
            self.notice.emit(
                self.tr("“{0}” is not advised within the limits your care team set.").format(
                    routine.title
                )
            )
            self.show_setup()
            return False
        if self.session is not None and not self.session.done:
            self.session.stop()
        session = StretchSession(kept, s.library.by_id, self._store, now=self._now, parent=self)
        self.session = session
        self.routine_label.setText(routine.title)
        self.figure.set_motion_source(
            lambda: Motion() if session.done or session.paused else motion_at(session.point())
        )
        session.point_changed.connect(self._on_point)
        session.paused_changed.connect(self._on_paused)
        session.finished.connect(self._on_finished)
        session.problem.connect(self.notice)
        self.easier_button.setChecked(False)
        self.stack.setCurrentIndex(RUN)
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._render_spoken(session)
        session.start()
        self.figure.set_animating(True)
        self.history_changed.emit()
        return True

    def toggle_pause(self) -> None:
        """Pause or resume the guide."""
        if self.session is not None and not self.session.done:
            self.session.toggle_pause()

    def skip(self) -> None:
        """Go on to the next movement."""
        if self.session is not None and not self.session.done:
            self.session.skip()

    def stop(self) -> None:
        """End now (kept in history as partial)."""
        if self.session is not None and not self.session.done:
            self.session.stop()

    def set_audio(self, audio: AudioOutput) -> None:
        """The audio output is open (or known to be silent)."""
        self.audio = audio
        self.sound_status.setText(audio.reason)
        self.sound_box.setEnabled(audio.available)

    def set_speech(self, speak: Callable[[str], Path]) -> None:
        """A way to render text to a WAV (blocking; it is called off the GUI thread)."""
        self._speak = speak

    # -- reactions ---------------------------------------------------------------------

    def _on_ready(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.start(pending)

    def _on_space(self) -> None:
        if self.stack.currentIndex() == RUN:
            self.toggle_pause()

    def _on_escape(self) -> None:
        if self.stack.currentIndex() == RUN:
            self.stop()
        else:
            self.home_requested.emit()

    def _cue_text(self, point: SchedulePoint) -> str:
        if point.phase == "rest":
            return self.tr("Rest and breathe softly.")
        assert self.session is not None and point.stretch_id is not None
        tempo = self.session.stretches[point.stretch_id].tempo
        if point.phase == "move":
            return tempo.move_cue
        if point.phase == "stay":
            return tempo.stay_cue or self.tr("Stay there and breathe softly.")
        return tempo.return_cue

    def _on_point(self, point: SchedulePoint) -> None:
        session = self.session
        assert session is not None and point.stretch_id is not None and point.slot is not None
        stretch = session.stretches[point.stretch_id]
        slot = session.schedule.slots[point.slot]
        self.figure.set_illustration(stretch.illustration, stretch.summary)
        self.title_label.setText(
            self.tr("Next: {0}").format(stretch.title) if point.phase == "rest" else stretch.title
        )
        cue = self._cue_text(point)
        self.cue_label.setText(cue)
        self.cue_label.setAccessibleName(cue)
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.cue_label, QAccessible.Event.NameChanged)
        )
        self.rep_label.setText(
            self.tr("{0} of {1}").format(point.repetition, slot.repetitions)
            if point.repetition
            else ""
        )
        self.progress_label.setText(
            self.tr("Movement {0} of {1}").format(point.slot + 1, len(session.schedule.slots))
        )
        self._show_words()
        if point.phase == "move":
            self._sound("inhale", stretch.tempo.move_cue)
        elif point.phase == "return":
            self._sound("exhale", stretch.tempo.return_cue)

    def _show_words(self) -> None:
        session = self.session
        if session is None or session.done:
            return
        point = session.point()
        if point.stretch_id is None:
            return
        stretch = session.stretches[point.stretch_id]
        self.steps_label.setText("\n".join(stretch.steps))
        easier = self.easier_button.isChecked()
        self.easier_label.setText(self.tr("Easier: {0}").format(stretch.easier) if easier else "")
        self.cautions_label.setText("  ".join(stretch.cautions))

    def _sound(self, tone: str, text: str) -> None:
        prefs = self._state.prefs
        if self.audio is None or not self.audio.available or not prefs.cues_enabled:
            return
        volume = min(prefs.cue_volume, MAX_CUE_VOLUME)
        spoken = self.spoken.get(text) if prefs.spoken_cues else None
        if spoken is not None:
            self.audio.play_voice(spoken, volume)
        else:
            self.audio.play_file(CUE_DIR / f"{tone}.wav", volume)

    def _render_spoken(self, session: StretchSession) -> None:
        speak = self._speak
        if speak is None or not self._state.prefs.spoken_cues:
            return
        texts = {
            t
            for sid in {i.stretch_id for i in session.routine.items}
            for t in (
                session.stretches[sid].tempo.move_cue,
                session.stretches[sid].tempo.return_cue,
            )
        } - set(self.spoken)

        def work() -> dict[str, Path]:
            return {text: speak(text) for text in sorted(texts)}

        def failed(exc: BaseException) -> None:
            log.warning("spoken stretch cues unavailable: %s", exc)

        if texts:
            run_in_background(work, self.spoken.update, failed)

    def _on_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.figure.set_animating(not paused)
        if paused:
            self.cue_label.setText(self.tr("Paused"))

    def _on_finished(self, completed: bool) -> None:
        session = self.session
        assert session is not None
        self.figure.set_animating(False)
        if completed:
            self._sound("end", "")
        self.summary_title.setText(
            self.tr("Routine complete") if completed else self.tr("Routine stopped")
        )
        self.summary_text.setText(
            self.tr("{0}    Time: {1}").format(
                session.routine.title, format_duration(session.elapsed())
            )
        )
        self.summary_note.setText(self.tr("It is saved in History.") if self._store else "")
        self.stack.setCurrentIndex(SUMMARY)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.history_changed.emit()

    def _apply_preferences(self) -> None:
        prefs = self._state.prefs
        self.sound_box.blockSignals(True)
        self.sound_box.setChecked(prefs.cues_enabled)
        self.sound_box.blockSignals(False)
        reduced = self._state.reduced_motion()
        self.figure.set_reduced_motion(reduced)
        running = self.session is not None and self.session.running
        self.figure.set_animating(running)
