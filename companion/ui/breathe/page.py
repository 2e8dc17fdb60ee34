"""The Breathe page: set up, follow the circle (eyes open or closed), then a short summary.

The session's phases reach the screen here and the sound path (cues, music following the
breath) through :meth:`SoundPath.follow_breathing`; the page never plays anything itself.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSlider, QVBoxLayout, QWidget

from companion.core.breathing import Pattern, Phase
from companion.core.preferences import MAX_CUE_VOLUME, pattern_for
from companion.core.sessions import format_duration
from companion.sessions.breathing import BreathingRequest, BreathingSession
from companion.ui.breathe.safety import SafetyDialog
from companion.ui.breathe.setup import BreathingSetup, preset_title
from companion.ui.breathe.taps import TapView
from companion.ui.common.breath_circle import BreathCircle
from companion.ui.common.messages import sound_problem_text
from companion.ui.common.page import Services
from companion.ui.common.session_page import SessionPage
from companion.ui.common.widgets import make_button, make_checkbox, make_label

FIVE_MINUTES_S = 5 * 60
TAPS = 3  # the fourth view: start where you are, tapping one's own rhythm


class BreathingPage(SessionPage[BreathingSession]):
    """Setup → (start where you are: taps →) session → summary."""

    name = "breathe"
    waits_for_sound = True  # its first cue marks the first in-breath

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self._state = services.state
        self._safety: SafetyDialog | None = None
        super().__init__(services, parent)
        self.start_button.setAccessibleDescription(self.tr("Start the breathing session (Space)"))
        self.setup.safety_requested.connect(self.show_safety)
        self.again_button.setText(self.tr("Breathe again"))
        self.choose_button.setText(self.tr("Change…"))
        self.sound_box.toggled.connect(lambda on: self._state.update(cues_enabled=on))
        self.breath_sync_box.toggled.connect(lambda on: self._state.update(breath_sync=on))
        self.volume_slider.valueChanged.connect(lambda v: self._state.update(cue_volume=v / 100.0))
        services.sound.bound.connect(self._show_sound_status)
        self._state.changed.connect(lambda _prefs: self._apply_preferences())
        self._asked: BreathingRequest | None = None  # what the taps will start
        self.taps = TapView(services.now)
        self.stack.insertWidget(TAPS, self.taps)
        self.taps.measured.connect(self._measured)
        self.taps.cancelled.connect(self.show_setup)
        self.taps.skipped.connect(self._skip_taps)
        self._apply_preferences()
        self._show_sound_status()

    # -- views -------------------------------------------------------------------------

    def build_setup(self) -> QWidget:
        self.setup = BreathingSetup(self._state)
        return self.setup

    def build_run(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)  # no two targets close together (tremor)
        layout.addWidget(make_label(self.tr("Breathe softly, not deeply."), "muted"))
        self.circle = BreathCircle()
        layout.addWidget(self.circle, 1)
        self.phase_label = make_label("", "phase", wrap=False)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setAccessibleName(self.tr("Breathing phase"))
        layout.addWidget(self.phase_label)
        self.count_label = make_label("", "count", wrap=False)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.count_label)
        self.hint_label = make_label("", "muted")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint_label)
        self.pace_label = make_label("", "muted")
        self.pace_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pace_label.setAccessibleName(self.tr("Pace"))
        layout.addWidget(self.pace_label)

        sound = QHBoxLayout()
        self.sound_box = make_checkbox(self.tr("Sound cues"))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, round(MAX_CUE_VOLUME * 100))
        self.volume_slider.setAccessibleName(self.tr("Cue volume"))
        self.volume_slider.setAccessibleDescription(self.tr("How loud the breathing sounds are"))
        sound.addWidget(self.sound_box)
        sound.addSpacing(24)
        sound.addWidget(make_label(self.tr("Volume"), wrap=False))
        sound.addWidget(self.volume_slider, 1)
        layout.addLayout(sound)
        self.breath_sync_box = make_checkbox(
            self.tr("Music follows my breath"),
            self.tr(
                "When music is playing, it rises a little as you breathe in "
                "and softens as you breathe out"
            ),
        )
        layout.addWidget(self.breath_sync_box)
        self.sound_status = make_label("", "muted")
        layout.addWidget(self.sound_status)
        return view

    def run_buttons(self) -> list[QPushButton]:
        self.safety_button = make_button(
            self.tr("Comfort && safety"), self.tr("Tips for comfort and when to stop")
        )
        self.safety_button.clicked.connect(self.show_safety)
        self.change_button = make_button(
            self.tr("Change…"), self.tr("Stop and choose another pattern or length")
        )
        self.change_button.setProperty("role", "quiet")
        self.change_button.clicked.connect(self.change)
        self.stay_button = make_button(
            self.tr("Stay at this pace"),
            self.tr("Keep breathing at the pace of this breath; it leads no further"),
        )
        self.stay_button.clicked.connect(self.stay_at_this_pace)
        self.stay_button.hide()
        return [self.stay_button, self.safety_button, self.change_button]

    def change(self) -> None:
        """Stop this session (it is kept as partial) and show the set-up."""
        self.stop()
        self.session = None
        self.show_setup()

    # -- sessions ----------------------------------------------------------------------

    def setup_request(self) -> BreathingRequest:
        """The pattern and length chosen on the set-up (and remembered)."""
        prefs = self._state.prefs
        preset_id, pattern = pattern_for(prefs)
        minutes = prefs.session_minutes or None
        planned = None if minutes is None else minutes * 60.0
        return BreathingRequest(pattern, preset_id, planned, prefs.start_where_you_are)

    def last_request(self) -> BreathingRequest:
        session = self.session
        if session is not None:  # again: tapping again, if it started where they were
            return BreathingRequest(
                session.pattern, self._preset_id, session.planned_s, session.leading
            )
        return self.setup_request()

    def start(self, request: object | None = None) -> bool:
        """Start now; to start where the person is, first ask for their taps."""
        if request is None:
            request = self.setup_request()
        if (
            isinstance(request, BreathingRequest)
            and request.start_where_you_are
            and request.lead_from is None
        ):
            if self.busy:
                self.stop()
            self._asked = request
            self.taps.begin(request.pattern)
            self.stack.setCurrentIndex(TAPS)
            self.taps.pad.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().start(request)

    def _measured(self, rhythm: Pattern) -> None:
        """Three even breaths were tapped: the circle begins at their pace, this in-breath."""
        asked = self._asked
        if asked is not None and self.stack.currentIndex() == TAPS:
            super().start(dataclasses.replace(asked, lead_from=rhythm))

    def _skip_taps(self) -> None:
        asked = self._asked
        if asked is not None:
            super().start(dataclasses.replace(asked, start_where_you_are=False))

    def stay_at_this_pace(self) -> None:
        """Keep the pace of the breath running now; the circle leads no further."""
        session = self.session
        if session is not None and session.leading and not session.done:
            session.stay_at_this_pace()
            self.refresh_run(session)  # the end moves to this pace's out-breath: say so now
            self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_space(self) -> None:
        """Space taps while the rhythm is being read; elsewhere as on every session page."""
        if self.stack.currentIndex() == TAPS:
            self.taps.press()
        else:
            super().on_space()

    def on_escape(self) -> None:
        """Esc leaves the taps for the set-up; elsewhere as on every session page."""
        if self.stack.currentIndex() == TAPS:
            self.show_setup()
        else:
            super().on_escape()

    def make_session(self, request: object | None) -> BreathingSession:
        if not isinstance(request, BreathingRequest):
            request = self.setup_request()
        self._preset_id = request.preset_id
        services = self.services
        return BreathingSession(
            request.pattern, request.item, request.planned_s, services.store,
            now=services.now, parent=self, lead_from=request.lead_from,
        )  # fmt: skip

    def on_session(self, session: BreathingSession) -> None:
        own = self._state.prefs.own_pattern(self._preset_id)
        name = preset_title(self, self._preset_id, own.name if own is not None else "")
        self.run_title.setText(f"{name}  {session.pattern.label()}")
        self.circle.set_state_source(lambda: None if session.done else session.state())
        session.phase_changed.connect(self._on_phase)
        session.pace_changed.connect(lambda _pace: self._show_pace(session))
        self.stay_button.setVisible(session.leading)
        self._show_pace(session)
        session.paused_changed.connect(self._on_paused)
        session.finished.connect(lambda _completed: self.circle.set_animating(False))
        session.started.connect(lambda: self.circle.set_animating(True))
        self.services.sound.follow_breathing(session)

    def refresh_run(self, session: BreathingSession) -> None:
        show = self._state.prefs.show_numbers
        state = session.state()
        self.count_label.setText(str(int(state.phase_elapsed) + 1) if show else "")
        remaining = session.remaining()
        if not show:
            self.run_time.setText("")
        elif remaining is None:
            self.run_time.setText(format_duration(session.elapsed()))
        else:
            self.run_time.setText(self.tr("{0} left").format(format_duration(remaining)))

    def summary_words(self, session: BreathingSession, completed: bool) -> tuple[str, str]:
        heading, _time = super().summary_words(session, completed)
        words = self.tr("Time: {0}    Full breaths: {1}").format(
            format_duration(session.elapsed()), session.breaths()
        )
        started = session.started_from()
        if started is not None:
            words += "\n" + self.tr("Your pace: started at {0}, ended at {1}").format(
                started.label(), session.pace().label()
            )
        return heading, words

    def _show_pace(self, session: BreathingSession) -> None:
        """Where a led session is: its pace now, and where it goes (or that it stays)."""
        if not session.leading:
            self.pace_label.setText("")
            return
        self.stay_button.setVisible(not session.held)
        numbers = self._state.prefs.show_numbers
        pace, target = session.pace().label(), session.pattern.label()
        if session.held:
            words = (
                self.tr("Staying at your pace, {0}").format(pace)
                if numbers
                else self.tr("Staying at your pace")
            )
        elif session.pace() == session.pattern:
            words = self.tr("At {0} now").format(target) if numbers else ""
        elif numbers:
            words = self.tr("Your pace {0}, slowly toward {1}").format(pace, target)
        else:
            words = self.tr("Slowly leading from your own pace")
        self.pace_label.setText(words)

    def summary_note_text(self, session: BreathingSession, completed: bool) -> str:
        note = super().summary_note_text(session, completed)
        if completed and session.elapsed() < FIVE_MINUTES_S:
            note += " " + self.tr(
                "When it feels right, some people like longer sessions of five minutes or more."
            )
        return note.strip()

    # -- the guidance --------------------------------------------------------------------

    def show_safety(self) -> None:
        """Open the comfort and safety guidance (the session keeps going)."""
        if self._safety is None:
            self._safety = SafetyDialog(self)
        self._safety.show()
        self._safety.raise_()

    def _on_phase(self, phase: Phase) -> None:
        words = {
            Phase.INHALE: self.tr("Breathe in"),
            Phase.HOLD_IN: self.tr("Hold gently"),
            Phase.EXHALE: self.tr("Breathe out"),
            Phase.HOLD_OUT: self.tr("Rest"),
        }
        self.phase_label.setText(words[phase])
        if phase is Phase.EXHALE and self._state.prefs.pursed_lip_cue:
            self.hint_label.setText(self.tr("Lips softly pursed, as if blowing out a candle."))
        else:
            self.hint_label.setText("")
        prefs, sound = self._state.prefs, self.services.sound
        sounded = prefs.cues_enabled and sound.available and phase in (Phase.INHALE, Phase.EXHALE)
        self.services.announcer.guidance(self.phase_label, words[phase], sounded)
        if self.session is not None:
            self.refresh_run(self.session)

    def _on_paused(self, paused: bool) -> None:
        self.circle.set_animating(not paused)
        if paused:
            self.phase_label.setText(self.tr("Paused"))
            self.count_label.setText("")

    def _apply_preferences(self) -> None:
        prefs = self._state.prefs
        for widget, value in (
            (self.sound_box, prefs.cues_enabled),
            (self.breath_sync_box, prefs.breath_sync),
        ):
            widget.blockSignals(True)
            widget.setChecked(value)
            widget.blockSignals(False)
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(round(prefs.cue_volume * 100))
        self.volume_slider.blockSignals(False)
        self.volume_slider.setEnabled(prefs.cues_enabled)
        self.circle.set_reduced_motion(self._state.reduced_motion())

    def _show_sound_status(self) -> None:
        """Say plainly when sound is unavailable; the visual guidance carries on."""
        sound = self.services.sound
        reason = "" if not sound.is_bound or sound.available else sound.reason
        self.sound_status.setText(sound_problem_text(reason) if reason else "")
        self.sound_box.setEnabled(not reason)
