"""The Breathe page: set up, follow the circle (eyes open or closed), then a short summary."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.breathing import Pattern, Phase
from companion.core.preferences import MAX_CUE_VOLUME, pattern_for
from companion.core.sessions import format_duration
from companion.services.audio.cues import BreathCues
from companion.services.store import Store
from companion.sessions.breathing import BreathingSession
from companion.sessions.state import AppState
from companion.ui.breathe.safety import SafetyDialog
from companion.ui.breathe.setup import BreathingSetup, preset_title
from companion.ui.common.breath_circle import BreathCircle
from companion.ui.common.ratings import SessionRatings
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import (
    ScrollView,
    make_button,
    make_checkbox,
    make_label,
    session_controls,
)

TEXT_REFRESH_MS = 200


class BreathingPage(QWidget):
    """Setup → session → summary.

    Signals:
        home_requested(): leave the page.
        history_changed(): a session was saved or updated.
        notice(str): something the user should know.
    """

    home_requested = Signal()
    history_changed = Signal()
    notice = Signal(str)

    def __init__(
        self,
        state: AppState,
        store: Store | None,
        cues: BreathCues | None = None,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._store = store
        self.cues = cues
        self._now = now
        self.session: BreathingSession | None = None
        self._safety: SafetyDialog | None = None

        self.stack = QStackedWidget()
        self.setup = BreathingSetup(state)
        self.ratings = SessionRatings(store, parent=self)  # optional before/after ratings
        self.ratings.problem.connect(self.notice)
        setup_view = QWidget()
        setup_column = QVBoxLayout(setup_view)
        setup_column.addWidget(self.setup)
        setup_column.addWidget(self.ratings.before_box)
        # At 200 % text each view may need more than the window: it scrolls.
        self.stack.addWidget(ScrollView(setup_view))
        self.stack.addWidget(ScrollView(self._build_run_view()))
        self.stack.addWidget(ScrollView(self._build_summary_view()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._text_timer = QTimer(self)
        self._text_timer.setInterval(TEXT_REFRESH_MS)
        self._text_timer.timeout.connect(self._refresh_text)

        self.setup.start_requested.connect(self.start_from_preferences)
        self.setup.safety_requested.connect(self.show_safety)
        add_shortcut(self, Qt.Key.Key_Space, self._on_space)
        add_shortcut(self, Qt.Key.Key_Escape, self._on_escape)
        state.changed.connect(lambda _prefs: self._apply_preferences())
        self._apply_preferences()

    # -- views -------------------------------------------------------------------------

    def _build_run_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        top = QHBoxLayout()
        self.pattern_label = make_label("", "muted", wrap=False)
        self.remaining_label = make_label("", "muted", wrap=False)
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.pattern_label)
        top.addStretch(1)
        top.addWidget(self.remaining_label)
        layout.addLayout(top)
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

        sound = QHBoxLayout()
        self.sound_box = make_checkbox(self.tr("Sound cues"))
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, round(MAX_CUE_VOLUME * 100))
        self.volume_slider.setAccessibleName(self.tr("Cue volume"))
        self.volume_slider.setAccessibleDescription(self.tr("How loud the breathing sounds are"))
        self.sound_status = make_label("", "muted")
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
        layout.addWidget(self.sound_status)

        self.safety_button = make_button(
            self.tr("Comfort && safety"), self.tr("Tips for comfort and when to stop")
        )
        controls, self.pause_button, self.stop_button = session_controls(
            [self.safety_button], self.toggle_pause, self.stop
        )
        layout.addLayout(controls)

        self.safety_button.clicked.connect(self.show_safety)
        self.sound_box.toggled.connect(lambda on: self._state.update(cues_enabled=on))
        self.breath_sync_box.toggled.connect(lambda on: self._state.update(breath_sync=on))
        self.volume_slider.valueChanged.connect(lambda v: self._state.update(cue_volume=v / 100.0))
        return view

    def _build_summary_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        self.summary_title = make_label("", "title")
        self.summary_text = make_label("", "subtitle")
        self.summary_note = make_label("", "muted")
        again = make_button(self.tr("Breathe again"), role="primary")
        home = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        again.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        home.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(home)
        buttons.addStretch(1)
        buttons.addWidget(again)
        layout.addStretch(1)
        for widget in (self.summary_title, self.summary_text, self.summary_note):
            layout.addWidget(widget)
        layout.addWidget(self.ratings.after_panel)
        layout.addStretch(2)
        layout.addLayout(buttons)
        self.again_button = again
        return view

    # -- session control ---------------------------------------------------------------

    def show_setup(self) -> None:
        """Show the choices (unless a session is running)."""
        if self.session is None or self.session.done:
            self.stack.setCurrentIndex(0)

    def start_from_preferences(self) -> None:
        """Start a session with the pattern and length the user chose."""
        prefs = self._state.prefs
        preset_id, pattern = pattern_for(prefs)
        minutes = prefs.session_minutes or None
        self.start(pattern, preset_id, None if minutes is None else minutes * 60.0)

    def start(self, pattern: Pattern, preset_id: str, planned_s: float | None) -> None:
        """Start a session now."""
        if self.session is not None and not self.session.done:
            self.session.stop()
        item = pattern.label() if preset_id in ("custom", "pattern") else preset_id
        session = BreathingSession(
            pattern, item, planned_s, self._store, now=self._now, parent=self
        )
        self.session = session
        name = preset_title(self, preset_id, self._state.prefs.custom.name)
        self.pattern_label.setText(f"{name}  {pattern.label()}")
        self.circle.set_state_source(lambda: None if session.done else session.state())
        session.phase_changed.connect(self._on_phase)
        session.finished.connect(self._on_finished)
        session.paused_changed.connect(self._on_paused)
        session.problem.connect(self.notice)
        if self.cues is not None:
            session.phase_changed.connect(self.cues.on_phase)
        self.stack.setCurrentIndex(1)
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        session.start()
        self.ratings.session_started(session.record)
        self.circle.set_animating(True)
        self._text_timer.start()
        self._refresh_text()
        self.history_changed.emit()

    def toggle_pause(self) -> None:
        """Pause or resume the running session."""
        if self.session is not None and not self.session.done:
            self.session.toggle_pause()

    def stop(self) -> None:
        """Stop the running session (kept as partial)."""
        if self.session is not None and not self.session.done:
            self.session.stop()

    def show_safety(self) -> None:
        """Open the comfort and safety guidance (the session keeps going)."""
        if self._safety is None:
            self._safety = SafetyDialog(self)
        self._safety.show()
        self._safety.raise_()

    # -- reactions ---------------------------------------------------------------------

    def _on_space(self) -> None:
        index = self.stack.currentIndex()
        if index == 1:
            self.toggle_pause()
        elif index == 0:
            self.start_from_preferences()

    def _on_escape(self) -> None:
        if self.stack.currentIndex() == 1:
            self.stop()
        else:
            self.home_requested.emit()

    def _on_phase(self, phase: Phase) -> None:
        words = {
            Phase.INHALE: self.tr("Breathe in"),
            Phase.HOLD_IN: self.tr("Hold gently"),
            Phase.EXHALE: self.tr("Breathe out"),
            Phase.HOLD_OUT: self.tr("Rest"),
        }
        self.phase_label.setText(words[phase])
        self.phase_label.setAccessibleName(words[phase])
        if phase is Phase.EXHALE and self._state.prefs.pursed_lip_cue:
            self.hint_label.setText(self.tr("Lips softly pursed, as if blowing out a candle."))
        else:
            self.hint_label.setText("")
        QAccessible.updateAccessibility(
            QAccessibleEvent(self.phase_label, QAccessible.Event.NameChanged)
        )
        self._follow_breath(phase)
        self._refresh_text()

    def _follow_breath(self, phase: Phase | None) -> None:
        """Breath-synced listening: music rises over the in-breath, softens over the out-breath.

        ``None`` (session over, or the setting switched off) brings the music back to level.
        """
        audio = self.cues.audio if self.cues is not None else None
        if audio is None:
            return
        session = self.session
        if phase is None or session is None or not self._state.prefs.breath_sync:
            audio.set_breath_factor(1.0, over_s=2.0)
        elif phase is Phase.INHALE:
            audio.set_breath_factor(1.0, over_s=session.pattern.inhale)
        elif phase is Phase.EXHALE:
            audio.set_breath_factor(0.0, over_s=session.pattern.exhale)

    def _on_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.circle.set_animating(not paused)
        if paused:
            self.phase_label.setText(self.tr("Paused"))
            self.count_label.setText("")

    def _on_finished(self, completed: bool) -> None:
        session = self.session
        assert session is not None
        self._text_timer.stop()
        self.circle.set_animating(False)
        self._follow_breath(None)
        if completed and self.cues is not None:
            self.cues.on_finished()
        duration = session.elapsed()
        breaths = session.breaths()
        if completed:
            self.summary_title.setText(self.tr("Session complete"))
        else:
            self.summary_title.setText(self.tr("Session stopped"))
        self.summary_text.setText(
            self.tr("Time: {0}    Full breaths: {1}").format(format_duration(duration), breaths)
        )
        saved = self._store is not None
        note = self.tr("It is saved in History.") if saved else ""
        if completed and duration < 5 * 60:
            note += " " + self.tr(
                "When it feels right, some people like longer sessions of five minutes or more."
            )
        self.summary_note.setText(note.strip())
        self.ratings.session_finished(session.record)
        self.stack.setCurrentIndex(2)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.history_changed.emit()

    def _refresh_text(self) -> None:
        session = self.session
        if session is None or session.done or session.paused:
            return
        show = self._state.prefs.show_numbers
        state = session.state()
        self.count_label.setText(str(int(state.phase_elapsed) + 1) if show else "")
        remaining = session.remaining()
        if not show:
            self.remaining_label.setText("")
        elif remaining is None:
            self.remaining_label.setText(format_duration(session.elapsed()))
        else:
            self.remaining_label.setText(self.tr("{0} left").format(format_duration(remaining)))

    def _apply_preferences(self) -> None:
        prefs = self._state.prefs
        if not prefs.breath_sync:
            self._follow_breath(None)
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
        if self.cues is not None:
            self.cues.options.enabled = prefs.cues_enabled
            self.cues.options.volume = prefs.cue_volume
            self.cues.options.spoken = prefs.spoken_cues
        self.circle.set_reduced_motion(self._state.reduced_motion())

    def set_cues(self, cues: BreathCues) -> None:
        """Attach the cue player once audio is ready (it loads after the window shows)."""
        self.cues = cues
        self._apply_preferences()
        if self.session is not None and not self.session.done:
            self.session.phase_changed.connect(cues.on_phase)
        self.set_sound_status(cues.audio.reason)

    def set_sound_status(self, reason: str) -> None:
        """Say plainly when sound is unavailable; the visual guidance carries on."""
        self.sound_status.setText(reason)
        self.sound_box.setEnabled(not reason)
