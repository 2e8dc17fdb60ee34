"""The caregiver's hand-massage guide: precautions check first, then timed steps, then a summary.

The precautions are asked first, every time (the answers are the care plan's: set there by
the care team, or here, and checked each time); the steps run
on the session clock as a :class:`MassageSession`, and the sound path gives a soft tone at
each new step. Who gave the massage is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.sessions import Activity, Who, format_duration
from companion.core.stretch.massage import (
    SERIES_DAYS,
    MassagePlan,
    all_answered,
    concerns,
    plan_massage,
    recent_days,
)
from companion.core.stretch.model import MassageStep
from companion.services.history.data import HistoryFilter
from companion.services.store import StoreError
from companion.sessions.massage import MassageSession
from companion.ui.common.page import Services
from companion.ui.common.session_page import RUN, SETUP, SUMMARY, SessionPage
from companion.ui.common.widgets import make_button, make_checkbox, make_label
from companion.ui.history import words as history_words
from companion.ui.massage.figure import MassageFigure

CHECK = SETUP
__all__ = ["CHECK", "RUN", "SUMMARY", "MassagePage"]


class MassagePage(SessionPage[MassageSession]):
    """Precautions → guided steps → summary."""

    name = "massage"

    def __init__(
        self,
        services: Services,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        self._state = services.state
        self.stretch_state = services.stretch
        self._care = services.care
        self._today = today
        self._answering = False  # our own answer is being saved: no rebuild under the press
        self.answer_groups: dict[str, QButtonGroup] = {}
        self._warned = False  # the screen reader has heard "do not start a massage now"
        super().__init__(services, parent)
        self.start_button.setAccessibleDescription(self.tr("Begin the guided massage"))
        self.again_button.setText(self.tr("Back to the start"))
        self.again_button.clicked.disconnect()
        self.again_button.clicked.connect(self.show_check)
        self.choose_button.hide()
        self.back_button.clicked.connect(lambda: self.go_to_step(-1))
        self.next_button.clicked.connect(lambda: self.go_to_step(+1))
        self.stretch_state.ready.connect(self.show_check)
        self._care.changed.connect(self._plan_changed)
        self._state.changed.connect(
            lambda _p: self.figure.set_reduced_motion(self._state.reduced_motion())
        )
        self.figure.set_reduced_motion(self._state.reduced_motion())
        self.show_check()

    # -- the precautions check ---------------------------------------------------------

    def build_setup(self) -> QWidget:
        self.check = QWidget()
        return self.check

    def show_request(self, request: object | None = None) -> None:
        """The precautions check (unless a massage is being guided)."""
        self.show_check()

    def show_check(self) -> None:
        """Build (or rebuild) the check view from the guide and the remembered answers."""
        if self.busy:
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
            self.start_button.setEnabled(False)
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
        plan = self._care.plan
        when = plan.precautions_date
        self.answered_label = make_label(
            self.tr(
                "These answers are in the care plan since {0}. Please check they are still right."
            ).format(history_words.day_text(when))
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
                button.setChecked(plan.precautions.get(precaution.id) == key)
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
        self.forearm_box.toggled.connect(self._forearms_toggled)
        layout.addWidget(self.forearm_box)
        self.plan_label = make_label("", "muted")
        self.plan_label.setAccessibleName(self.tr("The steps you will be guided through"))
        layout.addWidget(self.plan_label)
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
        self._answering = True
        try:
            self._care.update(precautions=self.answers(), precautions_on=self._today().isoformat())
        finally:
            self._answering = False
        self._show_advice()

    def _plan_changed(self) -> None:
        """The plan changed elsewhere (the care plan page): show its answers."""
        if not self._answering and not self.isVisible():
            self.show_check()

    def _forearms_toggled(self, on: bool) -> None:
        self.stretch_state.update(include_forearms=on)
        self._show_advice()

    def plan(self) -> MassagePlan | None:
        """The massage the answers ticked now allow (None until the guide is read)."""
        library = self.stretch_state.library
        if library is None:
            return None
        include = self.stretch_state.settings.include_forearms
        return plan_massage(library.massage, self.answers(), include)

    def hand_words(self, step: MassageStep, plan: MassagePlan) -> str:
        """Which hand a step is for ("" when there is only one, or it is for neither)."""
        if step.hand == 0 or plan.one_hand:
            return ""
        return self.tr("first hand") if step.hand == 1 else self.tr("second hand")

    def _show_advice(self) -> None:
        guide = self.stretch_state.library.massage if self.stretch_state.library else None
        plan = self.plan()
        if guide is None or plan is None:
            return
        answers = self.answers()
        ready = all_answered(guide, answers)
        self.start_button.setEnabled(ready and plan.can_start)
        found = concerns(guide, answers)
        items = "".join(f"<li>{p.if_yes}</li>" for p in found)
        if plan.ask_first and not self._warned:  # a safety message: said at once, once
            self.services.announcer.assertive(
                self.advice_label,
                " ".join(
                    [
                        self.tr("Please do not start a massage now."),
                        *(p.if_yes for p in found),
                        self.tr("Ask the care team first. Simply being together is enough today."),
                    ]
                ),
            )
        self._warned = bool(plan.ask_first)
        if plan.ask_first:
            self.advice_label.setText(
                "<b>"
                + self.tr("Please do not start a massage now.")
                + f"</b><ul>{items}</ul>"
                + self.tr("Ask the care team first. Simply being together is enough today.")
            )
        elif found:
            self.advice_label.setText(
                "<b>"
                + self.tr("Please take care:")
                + f"</b><ul>{items}</ul>"
                + self._touch_words(plan)
                + " "
                + self.tr("If you are unsure about any of this, ask the care team before starting.")
            )
        elif ready:
            self.advice_label.setText(
                self.tr("Nothing to avoid from these questions. Begin when you are both ready.")
            )
        else:
            self.advice_label.setText(self.tr("Answer every question to begin."))
        self.forearm_box.setEnabled(plan.forearms_possible)
        self.forearm_box.setAccessibleDescription(
            self.tr("Two optional steps")
            if plan.forearms_possible
            else self.tr("Not with the lighter touch these answers ask for")
        )
        if ready and plan.can_start:
            titles = " · ".join(dict.fromkeys(step.title for step in plan.steps))
            text = self.tr("What you will do ({0}): {1}.").format(
                format_duration(plan.total_s), titles
            )
            if not plan.one_hand:
                text += " " + self.tr("The steps between are given to each hand in turn.")
            self.plan_label.setText(text)
        else:
            self.plan_label.setText("")
        self.start_button.setText(self.tr("Start"))

    def _touch_words(self, plan: MassagePlan) -> str:
        """What the answers changed in the steps, in one or two sentences."""
        words = []
        if plan.touch == "resting":
            words.append(self.tr("The steps below use a still, resting touch only."))
        elif plan.touch == "featherlight":
            words.append(
                self.tr("The steps below use a feather-light touch and leave every joint still.")
            )
        if plan.one_hand:
            words.append(self.tr("They are for one hand only."))
        if plan.reminders and not words:
            words.append(self.tr("Each step reminds you what to keep clear of."))
        return " ".join(words)

    def _refresh_series(self) -> None:
        today = self._today()
        days: list[date] = []
        history = self.services.history
        if history is not None:
            first = today - timedelta(days=SERIES_DAYS - 1)
            try:
                rows = history.day_rows(HistoryFilter(Activity.MASSAGE.value, first, today))
                days = [row.day for row in rows]
            except StoreError:
                days = []
        marks = []
        weekdays = history_words.weekday_names()  # Monday first, in the interface language
        for day, given in recent_days(days, today):
            name = self.tr("Today") if day == today else weekdays[day.weekday()]
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

    def build_run(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        middle = QHBoxLayout()
        self.figure = MassageFigure()
        middle.addWidget(self.figure, 2)
        words = QVBoxLayout()
        self.step_heading = make_label("", "subtitle")
        self.step_text = make_label("")
        self.step_left = make_label("", "count", wrap=False)
        words.addWidget(self.step_heading)
        words.addWidget(self.step_text)
        self.step_reminders = make_label("", "muted")
        self.step_reminders.setAccessibleName(self.tr("Keep in mind"))
        words.addWidget(self.step_reminders)
        words.addWidget(self.step_left)
        words.addStretch(1)
        middle.addLayout(words, 3)
        layout.addLayout(middle, 1)
        layout.addWidget(
            make_label(
                self.tr("Keep your touch light. Stop if anything is uncomfortable."), "muted"
            )
        )
        return view

    def run_buttons(self) -> list[QPushButton]:
        self.back_button = make_button(self.tr("Back"), self.tr("The step before"))
        self.next_button = make_button(self.tr("Next step"), self.tr("Go on to the next step"))
        return [self.back_button, self.next_button]

    @property
    def running(self) -> bool:
        """A massage is being guided (paused or not)."""
        return self.busy

    def make_session(self, request: object | None) -> MassageSession | None:
        library = self.stretch_state.library
        plan = self.plan()
        if library is None or plan is None or not plan.can_start:
            return None
        self._plan = plan
        settings = self.stretch_state.settings
        who = Who.CAREGIVER if settings.giver == "caregiver" else Who.FAMILY
        services = self.services
        return MassageSession(
            library.massage.id, plan.steps, who, services.store, now=services.now, parent=self
        )

    def on_session(self, session: MassageSession) -> None:
        session.step_changed.connect(self._on_step)
        session.paused_changed.connect(lambda paused: self.figure.set_animating(not paused))
        session.started.connect(lambda: self.figure.set_animating(True))
        session.finished.connect(lambda _completed: self.figure.set_animating(False))
        self.services.sound.follow_massage(session)

    def go_to_step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) step."""
        if self.session is not None:
            self.session.go_to_step(delta)

    def poll(self) -> None:
        """Bring the step and its timers up to date with the clock (as the session's timer does)."""
        if self.session is not None and not self.session.done:
            self.session.poll()
            if not self.session.done:
                self.refresh_run(self.session)

    def _on_step(self, index: int) -> None:
        session = self.session
        assert session is not None
        step = session.steps[index]
        start = session.timeline.start_of(index)
        self.figure.set_step(step.illustration, lambda: session.position() - start)
        self.step_heading.setText(step.title)
        self.step_text.setText("\n".join(step.instructions))
        self.step_reminders.setText("\n".join(self._plan.reminders))
        self.step_reminders.setVisible(bool(self._plan.reminders))
        where = self.tr("Step {0} of {1}").format(index + 1, len(session.steps))
        hand = self.hand_words(step, self._plan)
        self.run_title.setText(f"{where} · {hand}" if hand else where)
        self.back_button.setEnabled(index > 0)
        # The tone only marks that a step began: its words go to the screen reader.
        self.services.announcer.guidance(
            self.step_heading, f"{self.run_title.text()}. {step.title}", sounded=False
        )
        self.refresh_run(session)

    def refresh_run(self, session: MassageSession) -> None:
        point = session.point()
        self.step_left.setText(format_duration(point.step_remaining_s))
        self.run_time.setText(
            self.tr("{0} left in all").format(format_duration(point.total_remaining_s))
        )

    def summary_words(self, session: MassageSession, completed: bool) -> tuple[str, str]:
        heading = self.tr("Massage complete") if completed else self.tr("Massage stopped")
        words = self.tr("Time: {0}. Rest together for a while if that feels right.").format(
            format_duration(session.elapsed())
        )
        return heading, words

    def on_space(self) -> None:
        """Space pauses or resumes the guide."""
        if self.stack.currentIndex() == RUN:
            self.toggle_pause()
