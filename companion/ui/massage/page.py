"""The caregiver's hand-massage guide: precautions check first, then timed steps, then a summary."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.clock import SessionClock
from companion.core.preferences import MAX_CUE_VOLUME
from companion.core.sessions import Activity, Who, format_duration
from companion.core.stretch.massage import (
    MassageTimeline,
    all_answered,
    chosen_steps,
    concerns,
    recent_days,
)
from companion.services.audio.cues import CUE_DIR
from companion.services.audio.output import AudioOutput
from companion.services.store import Store, StoreError
from companion.sessions.recorder import SessionRecorder, local_now
from companion.sessions.state import AppState
from companion.sessions.stretch_state import StretchState
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import (
    ScrollView,
    make_button,
    make_checkbox,
    make_label,
    session_controls,
)
from companion.ui.massage.figure import MassageFigure

CHECK, RUN, SUMMARY = range(3)
REFRESH_MS = 250


class MassagePage(QWidget):
    """Precautions → guided steps → summary. Who gave the massage is recorded.

    Signals:
        home_requested(), history_changed(), notice(str)
    """

    home_requested = Signal()
    history_changed = Signal()
    notice = Signal(str)

    def __init__(
        self,
        state: AppState,
        store: Store | None,
        stretch_state: StretchState,
        now: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._store = store
        self.stretch_state = stretch_state
        self._now = now
        self._today = today
        self.audio: AudioOutput | None = None
        self.clock = SessionClock(now)
        self._skipped = 0.0
        self.timeline: MassageTimeline | None = None
        self._step: int | None = None
        self.recorder: SessionRecorder | None = None
        self.answer_groups: dict[str, QButtonGroup] = {}

        self.stack = QStackedWidget()
        self.check = QWidget()
        self.check_scroll = ScrollView(self.check)  # each view scrolls at 200 % text
        self.stack.addWidget(self.check_scroll)
        self.stack.addWidget(ScrollView(self._build_run_view()))
        self.stack.addWidget(ScrollView(self._build_summary_view()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        row = QHBoxLayout()
        self.home_button = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        self.home_button.clicked.connect(self.home_requested)
        row.addWidget(self.home_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.poll)
        add_shortcut(self, Qt.Key.Key_Space, self._on_space)
        add_shortcut(self, Qt.Key.Key_Escape, self._on_escape)
        stretch_state.ready.connect(self.show_check)
        state.changed.connect(lambda _p: self.figure.set_reduced_motion(state.reduced_motion()))
        self.figure.set_reduced_motion(state.reduced_motion())
        self.show_check()

    # -- the precautions check ---------------------------------------------------------

    def show_check(self) -> None:
        """Build (or rebuild) the check view from the guide and the remembered answers."""
        if self.running:
            return
        old = self.check.layout()
        if old is not None:
            QWidget().setLayout(old)  # re-parent the old layout and its widgets away
        layout = QVBoxLayout(self.check)
        layout.setSpacing(12)
        guide = self.stretch_state.library.massage if self.stretch_state.library else None
        if guide is None:
            layout.addWidget(make_label(self.tr("Gentle hand massage"), "title"))
            layout.addWidget(make_label(self.stretch_state.problem or self.tr("Loading…"), "muted"))
            self.stack.setCurrentIndex(CHECK)
            return
        settings = self.stretch_state.settings
        layout.addWidget(make_label(guide.title, "title"))
        layout.addWidget(make_label(guide.summary, "subtitle"))
        layout.addWidget(make_label("".join(f"• {tip}<br>" for tip in guide.tips)))
        self.series_label = make_label("", "muted")
        layout.addWidget(self.series_label)
        self._refresh_series()

        layout.addWidget(make_label(self.tr("Who is giving the massage?"), "muted"))
        self.giver_group = QButtonGroup(self)
        givers = QHBoxLayout()
        for key, text in (
            ("family", self.tr("Family member or friend")),
            ("caregiver", self.tr("Carer or nurse")),
        ):
            button = make_button(text, checkable=True)
            button.setProperty("key", key)
            button.setChecked(settings.giver == key)
            self.giver_group.addButton(button)
            givers.addWidget(button)
        layout.addLayout(givers)
        self.giver_group.buttonClicked.connect(
            lambda b: self.stretch_state.update(giver=b.property("key"))
        )

        layout.addWidget(make_label(self.tr("Before you start"), "subtitle"))
        when = settings.answered_date
        self.answered_label = make_label(
            self.tr("You answered these on {0}. Please check they are still right.").format(
                when.isoformat()
            )
            if when
            else self.tr("Please answer each question. If you are not sure, say so."),
            "muted",
        )
        layout.addWidget(self.answered_label)
        grid = QGridLayout()
        self.answer_groups = {}
        for row, precaution in enumerate(guide.precautions):
            grid.addWidget(make_label(precaution.question), row, 0)
            group = QButtonGroup(self)
            for col, (key, text) in enumerate(
                (("yes", self.tr("Yes")), ("no", self.tr("No")), ("unsure", self.tr("Not sure")))
            ):
                button = make_button(text, checkable=True)
                button.setAccessibleName(f"{text}: {precaution.question}")
                button.setProperty("key", key)
                button.setChecked(settings.answers.get(precaution.id) == key)
                group.addButton(button)
                grid.addWidget(button, row, 1 + col)
            group.buttonClicked.connect(lambda _b: self._answers_changed())
            self.answer_groups[precaution.id] = group
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.advice = QFrame()
        self.advice.setProperty("role", "notice")
        advice_layout = QVBoxLayout(self.advice)
        self.advice_label = make_label("")
        self.advice_label.setTextFormat(Qt.TextFormat.RichText)
        advice_layout.addWidget(self.advice_label)
        layout.addWidget(self.advice)
        self.forearm_box = make_checkbox(
            self.tr("Include the forearms (if welcome)"), self.tr("Two optional steps")
        )
        self.forearm_box.setChecked(settings.include_forearms)
        self.forearm_box.toggled.connect(lambda on: self.stretch_state.update(include_forearms=on))
        layout.addWidget(self.forearm_box)
        actions = QHBoxLayout()
        self.start_button = make_button(
            self.tr("Start"), self.tr("Begin the guided massage"), role="primary"
        )
        self.start_button.clicked.connect(self.start)
        actions.addStretch(1)
        actions.addWidget(self.start_button)
        layout.addLayout(actions)
        layout.addStretch(1)
        self._show_advice()
        self.stack.setCurrentIndex(CHECK)

    def answers(self) -> dict[str, str]:
        """The answers ticked now."""
        out = {}
        for pid, group in self.answer_groups.items():
            button = group.checkedButton()
            if button is not None:
                out[pid] = str(button.property("key"))
        return out

    def _answers_changed(self) -> None:
        self.stretch_state.update(answers=self.answers(), answered_on=self._today().isoformat())
        self._show_advice()

    def _show_advice(self) -> None:
        guide = self.stretch_state.library.massage if self.stretch_state.library else None
        if guide is None:
            return
        answers = self.answers()
        ready = all_answered(guide, answers)
        self.start_button.setEnabled(ready)
        found = concerns(guide, answers)
        if found:
            items = "".join(f"<li>{p.if_yes}</li>" for p in found)
            self.advice_label.setText(
                "<b>"
                + self.tr("Please take care:")
                + f"</b><ul>{items}</ul>"
                + self.tr("If you are unsure about any of this, ask the care team before starting.")
            )
        elif ready:
            self.advice_label.setText(
                self.tr("Nothing to avoid from these questions. Begin when you are both ready.")
            )
        else:
            self.advice_label.setText(self.tr("Answer every question to begin."))
        self.start_button.setText(
            self.tr("Start, avoiding those areas") if found else self.tr("Start")
        )

    def _refresh_series(self) -> None:
        today = self._today()
        days: list[date] = []
        if self._store is not None:
            since = datetime.combine(today - timedelta(days=2), datetime.min.time()).astimezone()
            try:
                days = [r.local_day for r in self._store.sessions(since, None, Activity.MASSAGE)]
            except StoreError:
                days = []
        marks = []
        for day, given in recent_days(days, today):
            name = self.tr("Today") if day == today else day.strftime("%a")
            marks.append(f"{name} {'●' if given else '○'}")
        self.series_label.setText(
            self.tr("Recent days: {0}").format("   ".join(marks))
            + "<br>"
            + self.tr("Some people find that three days in a row works well. Any day is fine.")
        )
        self.series_label.setAccessibleName(
            self.tr("Massage given on {0} of the last 3 days").format(
                sum(g for _d, g in recent_days(days, today))
            )
        )

    # -- the guide ---------------------------------------------------------------------

    def _build_run_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        top = QHBoxLayout()
        self.step_count = make_label("", "muted", wrap=False)
        self.total_left = make_label("", "muted", wrap=False)
        top.addWidget(self.step_count)
        top.addStretch(1)
        top.addWidget(self.total_left)
        layout.addLayout(top)
        middle = QHBoxLayout()
        self.figure = MassageFigure()
        middle.addWidget(self.figure, 2)
        words = QVBoxLayout()
        self.step_title = make_label("", "subtitle")
        self.step_text = make_label("")
        self.step_left = make_label("", "count", wrap=False)
        words.addWidget(self.step_title)
        words.addWidget(self.step_text)
        words.addWidget(self.step_left)
        words.addStretch(1)
        middle.addLayout(words, 3)
        layout.addLayout(middle, 1)
        layout.addWidget(
            make_label(
                self.tr("Keep your touch light. Stop if anything is uncomfortable."), "muted"
            )
        )
        self.back_button = make_button(self.tr("Back"), self.tr("The step before"))
        self.next_button = make_button(self.tr("Next step"), self.tr("Go on to the next step"))
        controls, self.pause_button, self.stop_button = session_controls(
            [self.back_button, self.next_button], self.toggle_pause, self.stop
        )
        layout.addLayout(controls)
        self.back_button.clicked.connect(lambda: self.go_to_step(-1))
        self.next_button.clicked.connect(lambda: self.go_to_step(+1))
        return view

    def _build_summary_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        self.summary_title = make_label("", "title")
        self.summary_text = make_label("", "subtitle")
        again = make_button(self.tr("Back to the start"), role="primary")
        again.clicked.connect(self.show_check)
        layout.addStretch(1)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_text)
        layout.addStretch(2)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignRight)
        return view

    @property
    def running(self) -> bool:
        """A massage is being guided (paused or not)."""
        return self.recorder is not None and self.recorder.active

    def position(self) -> float:
        """Seconds into the chosen steps (time spent plus steps moved over)."""
        return max(0.0, self.clock.elapsed() + self._skipped)

    def start(self) -> None:
        """Begin the guide with the remembered choices; recorded with who gives it."""
        library = self.stretch_state.library
        if library is None or self.running:
            return
        settings = self.stretch_state.settings
        steps = chosen_steps(library.massage, settings.include_forearms)
        self.timeline = MassageTimeline(steps)
        self.clock = SessionClock(self._now)
        self._skipped = 0.0
        self._step = None
        self.recorder = SessionRecorder(self._store, self.clock.elapsed, local_now, parent=self)
        self.recorder.problem.connect(self.notice)
        self.clock.start()
        who = Who.CAREGIVER if settings.giver == "caregiver" else Who.FAMILY
        self.recorder.begin(Activity.MASSAGE, library.massage.id, self.timeline.total_s, who)
        self.stack.setCurrentIndex(RUN)
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._timer.start()
        self.figure.set_animating(True)
        self.poll()
        self.history_changed.emit()

    def go_to_step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) step."""
        if not self.running or self.timeline is None or self._step is None:
            return
        target = max(0, self._step + delta)
        self._skipped += self.timeline.start_of(target) - self.position()
        self.poll()

    def toggle_pause(self) -> None:
        """Pause or resume the timer."""
        if not self.running:
            return
        if self.clock.paused:
            self.clock.resume()
            self.pause_button.setText(self.tr("Pause"))
            self.figure.set_animating(True)
        else:
            self.clock.pause()
            self.pause_button.setText(self.tr("Resume"))
            self.figure.set_animating(False)
            if self.recorder is not None:
                self.recorder.checkpoint()

    def stop(self) -> None:
        """End now; kept in history as partial."""
        if self.running:
            self._finish(False)

    def set_audio(self, audio: AudioOutput) -> None:
        """The audio output is open (or known to be silent)."""
        self.audio = audio

    def poll(self) -> None:
        """Update the step, its words and timers from the clock."""
        if not self.running or self.timeline is None:
            return
        point = self.timeline.at(self.position())
        if point.index is None:
            self._finish(True)
            return
        step = self.timeline.steps[point.index]
        if point.index != self._step:
            if self._step is not None:
                self._cue("inhale")
            self._step = point.index
            start = self.timeline.start_of(point.index)
            self.figure.set_step(step.illustration, lambda: self.position() - start)
            self.step_title.setText(step.title)
            self.step_text.setText("\n".join(step.instructions))
            self.step_count.setText(
                self.tr("Step {0} of {1}").format(point.index + 1, len(self.timeline.steps))
            )
            self.back_button.setEnabled(point.index > 0)
        self.step_left.setText(format_duration(point.step_remaining_s))
        self.total_left.setText(
            self.tr("{0} left in all").format(format_duration(point.total_remaining_s))
        )

    def _cue(self, name: str) -> None:
        prefs = self._state.prefs
        if self.audio is not None and self.audio.available and prefs.cues_enabled:
            self.audio.play_file(CUE_DIR / f"{name}.wav", min(prefs.cue_volume, MAX_CUE_VOLUME))

    def _finish(self, completed: bool) -> None:
        self._timer.stop()
        self.figure.set_animating(False)
        assert self.recorder is not None
        duration = self.clock.elapsed()
        self.recorder.finish(completed, duration)
        if completed:
            self._cue("end")
        self.summary_title.setText(
            self.tr("Massage complete") if completed else self.tr("Massage stopped")
        )
        self.summary_text.setText(
            self.tr("Time: {0}. Rest together for a while if that feels right.").format(
                format_duration(duration)
            )
        )
        self.stack.setCurrentIndex(SUMMARY)
        self.history_changed.emit()

    def _on_space(self) -> None:
        if self.stack.currentIndex() == RUN:
            self.toggle_pause()

    def _on_escape(self) -> None:
        if self.stack.currentIndex() == RUN:
            self.stop()
        else:
            self.home_requested.emit()
