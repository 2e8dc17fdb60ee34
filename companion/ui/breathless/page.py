""" "Breathless now": help in an attack of breathlessness, open at once, one press per step.

No set-up and no ratings first: the page opens straight on the first step (a recovery
position) and the episode's record starts with it. Each step stays until moved: Space, →, or
Next goes on; ←, or Back goes back; the plan the care team wrote and a screen for the carer
are one press away from every step; when to get urgent help is always on screen. Finish (or
Esc) ends the episode: rest first, then, if wanted, a few words for the record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from companion.core.breathless import OUT_BREATH, PLAN, STEPS
from companion.core.breathless_plan import BreathlessPlan
from companion.services.store import StoreError
from companion.sessions.breathless import BreathlessSession
from companion.ui.breathless.steps import STEP_BUILDERS, OutBreathStep, StepView
from companion.ui.breathless.words import carer_lines, reassurance, step_words, tr, urgent_help
from companion.ui.common.flow import FlowRow, flow_row
from companion.ui.common.messages import error_problem
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut, enter_presses
from companion.ui.common.widgets import SESSION_GAP, footed_view, make_button, make_label

if TYPE_CHECKING:  # built when first wanted: the first step needs neither
    from companion.ui.breathless.after import AfterView
    from companion.ui.breathless.plan import PlanEditor, PlanView

ROUTINE, CARER, EDIT, AFTER = range(4)


class RoutineView(QWidget):
    """The steps, one at a time, between a top line and a footer that never scrolls away.

    It owns the routine's keys: Space and → for the next step, ← for the step before.
    """


class BreathlessPage(Page):
    """The routine, the carer's screen, the plan's form, and the rest after an episode."""

    name = "breathless"

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, parent)
        self._today = today
        self.session: BreathlessSession | None = None
        self.plan_store = services.breathless_plan
        self.plan = BreathlessPlan()
        self.views: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._view_column = layout
        self._add_view(self._build_routine())
        self._carer: QWidget | None = None
        self._editor: PlanEditor | None = None
        self._after: AfterView | None = None
        # Only the routine's frame is built before the first step shows (it must be on screen
        # within a second); the carer's screen, the plan's form and the rest after an
        # episode are built when first asked for, and each step just before it is needed.
        self._add_view(QWidget())
        self._add_view(QWidget())
        self._add_view(QWidget())
        self._show_view(ROUTINE)
        add_shortcut(self, Qt.Key.Key_Escape, self.on_escape)
        enter_presses(self)  # Enter presses the focused button on every screen here
        state = services.state
        state.changed.connect(lambda _prefs: self._apply_motion())
        self._apply_motion()

    # -- building ------------------------------------------------------------------------

    def _add_view(self, view: QWidget) -> None:
        self.views.append(view)
        self._view_column.addWidget(view)

    def _replace_view(self, index: int, view: QWidget) -> None:
        old = self.views[index]
        self._view_column.replaceWidget(old, view)
        old.deleteLater()
        self.views[index] = view

    def _build_routine(self) -> QWidget:
        self.routine = RoutineView()
        top = QHBoxLayout()
        top.addWidget(make_label(tr("Breathless now"), "muted"), 1)
        self.where = make_label("", "muted", wrap=False)
        top.addWidget(self.where)
        body = QWidget()
        self._steps_column = QVBoxLayout(body)
        self._steps_column.setContentsMargins(0, 0, 0, 0)
        self._steps: list[StepView | PlanView | None] = [None] * len(STEPS)
        self.urgent = QFrame()
        self.urgent.setProperty("role", "notice")
        urgent = QVBoxLayout(self.urgent)
        urgent.setContentsMargins(16, 8, 16, 8)
        self.urgent_label = make_label("")
        self.urgent_label.setObjectName("urgent-help")
        self.urgent_label.setAccessibleName(tr("When to get urgent help"))
        urgent.addWidget(self.urgent_label)
        self.back_button = make_button(tr("Back"), tr("The step before (←)"))
        self.carer_button = make_button(
            tr("For the carer"), tr("What the person helping can do and say")
        )
        self.plan_button = make_button(
            tr("The plan"), tr("The care team's plan: medicine, who to call, when to call")
        )
        self.finish_button = make_button(
            tr("Finish"), tr("End here, and rest; note how it went if you like (Esc)")
        )
        self.next_button = make_button(tr("Next"), tr("The next step (Space or →)"), role="primary")
        self.back_button.clicked.connect(self.back)
        self.carer_button.clicked.connect(self.show_carer)
        self.plan_button.clicked.connect(self.open_plan)
        self.finish_button.clicked.connect(self.finish)
        self.next_button.clicked.connect(self.next)
        buttons = QWidget()
        buttons.setProperty("role", "row")
        row = FlowRow(buttons, spacing=SESSION_GAP)
        for button in (self.back_button, self.carer_button, self.plan_button):
            row.add(button)
        row.add(self.finish_button, right=True)
        row.add(self.next_button, right=True, primary=True)
        policy = buttons.sizePolicy()
        policy.setHeightForWidth(True)
        buttons.setSizePolicy(policy)
        footer = QWidget()
        footer_column = QVBoxLayout(footer)
        footer_column.setContentsMargins(0, 8, 0, 0)
        footer_column.setSpacing(16)
        footer_column.addWidget(self.urgent)
        footer_column.addWidget(buttons)
        view, self.steps_scroll = footed_view(body, footer, top)
        inside = QVBoxLayout(self.routine)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(view)
        add_shortcut(self.routine, Qt.Key.Key_Space, self.next)
        add_shortcut(self.routine, Qt.Key.Key_Right, self.next)
        add_shortcut(self.routine, Qt.Key.Key_Left, self.back)
        return self.routine

    def step_view(self, index: int) -> StepView | PlanView:
        """The widget of step ``index``, built the first time it is wanted."""
        step = self._steps[index]
        if step is None:
            if index == PLAN:
                from companion.ui.breathless.plan import PlanView

                step = PlanView()
                step.edit_requested.connect(self.edit_plan)
                step.show_plan(self.plan)
            else:
                step = STEP_BUILDERS[STEPS[index]]()
                step.set_reduced_motion(self.services.state.reduced_motion())
                if isinstance(step, OutBreathStep):
                    step.tone_button.clicked.connect(self.ask_out_breath)
            step.setVisible(False)
            self._steps_column.addWidget(step)
            self._steps[index] = step
        return step

    @property
    def steps(self) -> list[StepView | PlanView]:
        """Every step's widget (building those not built yet)."""
        return [self.step_view(i) for i in range(len(STEPS))]

    @property
    def plan_view(self) -> PlanView:
        """The plan, as the last step."""
        from companion.ui.breathless.plan import PlanView

        view = self.step_view(PLAN)
        assert isinstance(view, PlanView)
        return view

    @property
    def out_breath_step(self) -> OutBreathStep:
        """The out-breath step."""
        view = self.step_view(OUT_BREATH)
        assert isinstance(view, OutBreathStep)
        return view

    def _build_carer(self) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(12)
        column.addWidget(make_label(tr("For the person helping"), "title"))
        for line in carer_lines():
            column.addWidget(make_label(line, "lead"))
        column.addWidget(make_label(tr("What you can say, softly, the same each time:"), "heading"))
        for line in (*reassurance(), tr("Breathe out slowly.")):
            column.addWidget(make_label(f"“{line}”", "lead"))
        column.addStretch(1)
        self.carer_back_button = make_button(
            tr("Back to the steps"), tr("The step you were on (Esc)"), role="primary"
        )
        self.carer_back_button.clicked.connect(self.show_routine)
        footer = flow_row([], [self.carer_back_button], self.carer_back_button)
        return footed_view(body, footer)[0]

    def _editor_view(self) -> PlanEditor:
        if self._editor is None:
            from companion.ui.breathless.plan import PlanEditor

            editor = PlanEditor(self.plan_store, self._today)
            editor.saved.connect(self._plan_saved)
            editor.cancelled.connect(self.show_routine)
            self._editor = editor
            view, self.editor_scroll = footed_view(editor, editor.footer)
            editor.reveal = self.editor_scroll.reveal
            self._replace_view(EDIT, view)
        return self._editor

    def _after_view(self) -> AfterView:
        if self._after is None:
            from companion.ui.breathless.after import AfterView

            after = AfterView()
            after.changed.connect(self._save_answers)
            after.done_button.clicked.connect(self.done)
            after.forget_button.clicked.connect(self.forget)
            self._after = after
            footer = flow_row([after.forget_button], [after.done_button], after.done_button)
            view, self.after_scroll = footed_view(after, footer)
            self._replace_view(AFTER, view)
        return self._after

    # -- the page interface ----------------------------------------------------------------

    def show_request(self, request: object | None = None) -> None:
        """Straight into the routine: a new episode, or the one still going on."""
        if self.busy:
            self._show_view(self.stack_index)
            self._focus_step()
            return
        self.start()

    def shutdown(self) -> None:
        if self.stack_index == AFTER:
            self._save_note()
        if self.session is not None:
            self.session.stop()

    @property
    def busy(self) -> bool:
        return self.session is not None and not self.session.done

    @property
    def stack_index(self) -> int:
        """Which view is shown: ROUTINE, CARER, EDIT or AFTER."""
        return next(i for i, view in enumerate(self.views) if not view.isHidden())

    # -- the episode -----------------------------------------------------------------------

    def start(self) -> BreathlessSession:
        """A new episode from its first step (the record starts with it)."""
        if self.session is not None and not self.session.done:
            self.session.stop()
        if self._after is not None and self.stack_index == AFTER:
            self._save_note()  # the last episode's note, before a new one begins
        services = self.services
        self.show_plan(self.plan_store.load())  # as written now (perhaps just, in Settings)
        for problem in self.plan_store.problems:
            self.notice.emit(problem)
        session = BreathlessSession(services.store, now=services.now, parent=self)
        self.session = session
        session.step_changed.connect(self._on_step)
        session.out_breath.connect(self._on_out_breath)
        session.finished.connect(self._on_finished)
        session.problem.connect(self.notice.emit)
        words = step_words()
        spoken = {i: words[key].spoken for i, key in enumerate(STEPS) if words[key].spoken}
        services.sound.follow_breathless(session, spoken)
        self._show_view(ROUTINE)
        session.start()
        return session

    def next(self) -> None:
        """The next step; on the last one, finish."""
        if self.session is None or self.session.done:
            return
        if not self.session.next():
            self.finish()

    def back(self) -> None:
        """The step before."""
        if self.busy:
            assert self.session is not None
            self.session.back()

    def open_plan(self) -> None:
        """The care team's plan, from any step."""
        if self.busy:
            assert self.session is not None
            self._show_view(ROUTINE)
            self.session.plan()

    def ask_out_breath(self) -> None:
        """The person is breathing out: the long soft tone, with them."""
        if self.busy:
            assert self.session is not None
            self.session.ask_out_breath()

    def finish(self) -> None:
        """The person says it is over (kept in History as completed)."""
        if self.busy:
            assert self.session is not None
            self.session.finish()

    def show_carer(self) -> None:
        """What the person helping can do and say."""
        if self._carer is None:
            self._carer = self._build_carer()
            self._replace_view(CARER, self._carer)
        self._show_view(CARER)
        self.carer_back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_routine(self) -> None:
        """Back to the step the person was on (or the rest, if the episode has ended)."""
        if self.busy:
            self._show_view(ROUTINE)
            self._focus_step()
        elif self._after is not None and self.session is not None:
            self._show_view(AFTER)
            self._after.done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.home_requested.emit()

    def on_escape(self) -> None:
        """Esc: finish the episode; on the other screens, go back (or home after the rest)."""
        index = self.stack_index
        if index == ROUTINE:
            self.finish()
        elif index == CARER:
            self.show_routine()
        elif index == EDIT and self._editor is not None:
            self._editor.cancel()
        elif index == AFTER:
            self.done()

    # -- the plan --------------------------------------------------------------------------

    def show_plan(self, plan: BreathlessPlan) -> None:
        """Show ``plan`` on its step and its emergency number in the urgent-help line."""
        self.plan = plan
        view = self._steps[PLAN]
        if view is not None and not isinstance(view, StepView):
            view.show_plan(plan)
        self.urgent_label.setText(urgent_help(plan.emergency_number))

    def edit_plan(self) -> None:
        """The form for the care team's words (the episode goes on meanwhile)."""
        editor = self._editor_view()
        editor.set_plan(self.plan)
        self._show_view(EDIT)
        editor.medicine.setFocus(Qt.FocusReason.OtherFocusReason)

    def _plan_saved(self, plan: BreathlessPlan) -> None:
        self.show_plan(plan)
        self.show_routine()

    # -- reactions -------------------------------------------------------------------------

    def _on_step(self, index: int) -> None:
        shown = self.step_view(index)
        for step in self._steps:
            if step is not None and step is not shown:
                step.setVisible(False)
                if isinstance(step, StepView):
                    step.set_animating(False)
        shown.setVisible(True)
        if isinstance(shown, StepView):
            session = self.session
            for picture in shown.pictures:
                if picture.key == "fan" and session is not None:
                    picture.set_time_source(session.elapsed)  # the air drifts on the clock
            shown.set_animating(True)
        self.steps_scroll.verticalScrollBar().setValue(0)
        self.where.setText(tr("{0} of {1}").format(index + 1, len(STEPS)))
        last = index == PLAN
        self.back_button.setEnabled(self.session is not None and not self.session.place.first)
        self.plan_button.setEnabled(not last)
        self.finish_button.setVisible(not last)
        self.next_button.setText(tr("Finish") if last else tr("Next"))
        self.next_button.setAccessibleName(self.next_button.text())
        self.next_button.setAccessibleDescription(
            tr("End here, and rest (Space)") if last else tr("The next step (Space or →)")
        )
        if index == OUT_BREATH:
            self.out_breath_step.show_tone(0, lambda: None)
        self._focus_step()
        if index + 1 < len(STEPS) and self._steps[index + 1] is None:
            # the next step is built once this one is on screen, ready for the next press
            QTimer.singleShot(0, self, lambda: self.step_view(index + 1))

    def _focus_step(self) -> None:
        """The step's one action has the focus: its tone on the out-breath, else Next."""
        if self.stack_index != ROUTINE or self.session is None:
            return
        if self.session.step == OUT_BREATH:
            self.out_breath_step.tone_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_out_breath(self, tones: int) -> None:
        session = self.session
        assert session is not None
        began = session.breath.last_tone_at
        now = self.services.now

        def since() -> float | None:
            return None if began is None else now() - began

        self.out_breath_step.show_tone(session.breath.words, since)

    def _on_finished(self, completed: bool) -> None:
        session = self.session
        assert session is not None
        for step in self._steps:
            if isinstance(step, StepView):
                step.set_animating(False)
        after = self._after_view()
        record = session.record
        kept = record is not None and record.id is not None and self.services.store is not None
        after.reset(session.elapsed(), kept)
        self._show_view(AFTER)
        self.after_scroll.verticalScrollBar().setValue(0)
        after.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _apply_motion(self) -> None:
        reduced = self.services.state.reduced_motion()
        for step in self._steps:
            if isinstance(step, StepView):
                step.set_reduced_motion(reduced)

    def _show_view(self, index: int) -> None:
        for n, view in enumerate(self.views):
            view.setVisible(n == index)

    # -- after the episode -------------------------------------------------------------------

    def _record_id(self) -> int | None:
        session = self.session
        record = session.record if session is not None else None
        return record.id if record is not None else None

    def _save_answers(self) -> None:
        history, session_id, after = self.services.history, self._record_id(), self._after
        if history is None or session_id is None or after is None:
            return
        began, now = after.ratings()
        try:
            history.set_ratings(session_id, "before", began)
            history.set_ratings(session_id, "after", now)
            history.set_session_who(session_id, after.who.who())
        except StoreError as exc:
            self.notice.emit(error_problem(exc))

    def _save_note(self) -> None:
        history, session_id, after = self.services.history, self._record_id(), self._after
        if history is None or session_id is None or after is None:
            return
        try:
            history.set_session_note(session_id, after.note_text())
        except StoreError as exc:
            self.notice.emit(error_problem(exc))

    def done(self) -> None:
        """Keep what was written and go home."""
        self._save_note()
        self.home_requested.emit()

    def forget(self) -> None:
        """Remove this episode from History, after asking."""
        history, session_id = self.services.history, self._record_id()
        if history is None or session_id is None:
            return
        if not self.services.dialogs.confirm(
            self,
            tr("Remove this episode from History?"),
            tr("It will not be kept anywhere. This cannot be undone."),
            tr("Remove it"),
            tr("Keep it"),
        ):
            return
        try:
            history.delete_session(session_id)
        except StoreError as exc:
            self.notice.emit(error_problem(exc))
            return
        assert self.session is not None and self.session.record is not None
        self.session.record.id = None
        self.home_requested.emit()


__all__ = ["AFTER", "CARER", "EDIT", "ROUTINE", "BreathlessPage"]
