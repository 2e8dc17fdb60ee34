"""The Stretch page: choose, then follow the figure at the breath's pace, then a short summary.

The routine's phases reach the figure and words here, and the sound path (tones or the
movement's spoken words) through :meth:`SoundPath.follow_stretch`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.sessions import format_duration
from companion.core.stretch.restrictions import restrict_routine
from companion.core.stretch.timing import SchedulePoint
from companion.sessions.stretch import StretchSession
from companion.ui.common.messages import sound_problem_text
from companion.ui.common.page import Services
from companion.ui.common.session_page import RUN, SETUP, SUMMARY, SessionPage
from companion.ui.common.widgets import make_button, make_checkbox, make_label
from companion.ui.stretch.figure import Motion, StretchFigure, motion_at
from companion.ui.stretch.setup import StretchSetup


def _tr(text: str) -> str:
    return QCoreApplication.translate("StretchPage", text)


__all__ = ["SETUP", "SUMMARY", "StretchPage"]


def comfort_line(owner: QWidget) -> tuple[QFrame, QLabel]:
    """The words that are always in view while moving: the frame and its label."""
    frame = QFrame()
    frame.setProperty("role", "notice")
    row = QVBoxLayout(frame)
    label = make_label(_tr("Move only as far as is comfortable; never into pain."))
    row.addWidget(label)
    return frame, label


class StretchPage(SessionPage[StretchSession]):
    """Setup → guide → summary, with the comfort line always in view."""

    name = "stretch"
    waits_for_sound = True  # its first cue marks the first in-breath

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self._state = services.state
        self.stretch_state = services.stretch
        self._pending: str | None = None
        self._item_id = ""
        self._announced_title = ""  # the movement the screen reader last heard named
        super().__init__(services, parent)
        self.start_button.hide()  # each routine and movement is its own Start
        self.again_button.setText(self.tr("Again"))
        self.setup.start_requested.connect(self.start)
        self.setup.massage_requested.connect(lambda: self.open_requested.emit("massage", None))
        self.setup.plan_requested.connect(lambda: self.open_requested.emit("careplan", None))
        self.stretch_state.ready.connect(self._on_ready)
        self.stretch_state.notice.connect(self.notice.emit)
        self.sound_box.toggled.connect(lambda on: self._state.update(cues_enabled=on))
        self.easier_button.toggled.connect(lambda _on: self._show_words())
        services.sound.bound.connect(self._show_sound_status)
        self._state.changed.connect(lambda _prefs: self._apply_preferences())
        self._apply_preferences()
        self._show_sound_status()

    # -- views -------------------------------------------------------------------------

    def build_setup(self) -> QWidget:
        self.setup = StretchSetup(self.stretch_state, self.services.care)
        return self.setup

    def build_run(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
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
        comfort, self.comfort_label = comfort_line(self)
        layout.addWidget(comfort)
        self.sound_box = make_checkbox(self.tr("Sound cues"), self.tr("A soft sound as you move"))
        self.sound_status = make_label("", "muted")
        layout.addWidget(self.sound_box)
        layout.addWidget(self.sound_status)
        return view

    def run_buttons(self) -> list[QPushButton]:
        self.easier_button = make_button(
            self.tr("Easier"), self.tr("Show a gentler way to do this movement"), checkable=True
        )
        self.skip_button = make_button(self.tr("Skip"), self.tr("Go on to the next movement"))
        self.skip_button.clicked.connect(self.skip)
        return [self.easier_button, self.skip_button]

    # -- the page interface ------------------------------------------------------------

    def show_request(self, request: object | None = None) -> None:
        """Start the routine or movement ``request`` (an id) once the library is loaded."""
        if isinstance(request, str):
            self.open(request)
        else:
            self.show_setup()

    def open(self, item_id: str) -> None:
        """Start ``item_id`` as soon as the library is loaded (used by the command line)."""
        if self.stretch_state.library is None and not self.stretch_state.loaded:
            self._pending = item_id
        else:
            self.start(item_id)

    def last_request(self) -> str:
        return self._item_id

    # -- sessions ----------------------------------------------------------------------

    def make_session(self, request: object | None) -> StretchSession | None:
        s = self.stretch_state
        item_id = str(request or "")
        routine = s.find(item_id)
        if routine is None or s.library is None:
            self.notice.emit(
                self.tr("There is no routine or movement called “{0}”.").format(item_id)
            )
            self.show_setup()
            return None
        kept = restrict_routine(routine, s.library.by_id, self.services.care.plan.restrictions)
        if not kept.items:
            self.notice.emit(
                self.tr("“{0}” is not advised within the limits your care team set.").format(
                    routine.title
                )
            )
            self.show_setup()
            return None
        self._item_id = item_id
        services = self.services
        return StretchSession(kept, s.library.by_id, services.store, now=services.now, parent=self)

    def on_session(self, session: StretchSession) -> None:
        self.run_title.setText(session.routine.title)
        self._announced_title = ""
        self.figure.set_motion_source(
            lambda: (
                Motion()
                if session.done or session.paused
                else motion_at(session.point(), session.schedule.breath_at(session.position()))
            )
        )
        session.point_changed.connect(self._on_point)
        session.paused_changed.connect(self._on_paused)
        session.started.connect(lambda: self.figure.set_animating(True))
        session.finished.connect(lambda _completed: self.figure.set_animating(False))
        self.easier_button.setChecked(False)
        self.services.sound.follow_stretch(session)

    def summary_words(self, session: StretchSession, completed: bool) -> tuple[str, str]:
        heading = self.tr("Routine complete") if completed else self.tr("Routine stopped")
        words = self.tr("{0}    Time: {1}").format(
            session.routine.title, format_duration(session.elapsed())
        )
        return heading, words

    def skip(self) -> None:
        """Go on to the next movement."""
        if self.session is not None and not self.session.done:
            self.session.skip()

    # -- reactions ---------------------------------------------------------------------

    def _on_ready(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.start(pending)
        elif self.isVisible() and self.stack.currentIndex() == SETUP:
            self.setup.focus_first()  # the lists were rebuilt: the focus had nowhere to be

    def show_setup(self) -> None:
        """The list of routines and movements, with the focus on the first routine."""
        super().show_setup()
        if not self.busy:
            self.setup.focus_first()

    def on_space(self) -> None:
        """Space pauses or resumes a routine (each one is started with its own button)."""
        if self.stack.currentIndex() == RUN:
            self.toggle_pause()

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
        prefs, sound = self._state.prefs, self.services.sound
        spoken = prefs.cues_enabled and prefs.spoken_cues and sound.available
        said = spoken and point.phase in ("move", "return")  # the voice says these words
        heading = self.title_label.text()
        # The movement's name once, as it begins (or is next), then its cues alone.
        words = cue if heading == self._announced_title else f"{heading}. {cue}"
        self._announced_title = heading
        self.services.announcer.guidance(self.cue_label, words, said)
        self.rep_label.setText(
            self.tr("{0} of {1}").format(point.repetition, slot.repetitions)
            if point.repetition
            else ""
        )
        self.run_time.setText(
            self.tr("Movement {0} of {1}").format(point.slot + 1, len(session.schedule.slots))
        )
        self._show_words()

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

    def _on_paused(self, paused: bool) -> None:
        self.figure.set_animating(not paused)
        if paused:
            self.cue_label.setText(self.tr("Paused"))

    def _apply_preferences(self) -> None:
        prefs = self._state.prefs
        self.sound_box.blockSignals(True)
        self.sound_box.setChecked(prefs.cues_enabled)
        self.sound_box.blockSignals(False)
        self.figure.set_reduced_motion(self._state.reduced_motion())

    def _show_sound_status(self) -> None:
        sound = self.services.sound
        reason = "" if not sound.is_bound or sound.available else sound.reason
        self.sound_status.setText(sound_problem_text(reason) if reason else "")
        self.sound_box.setEnabled(not reason)
