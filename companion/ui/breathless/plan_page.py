"""The breathlessness plan's form on its own page (from Settings), for the care team to write
with the person at a calm time, without starting an episode of "Breathless now"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.ui.breathless.plan import PlanEditor
from companion.ui.breathless.words import tr
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut, enter_presses
from companion.ui.common.widgets import footed_view


class BreathlessPlanPage(Page):
    """The plan's form; saving or cancelling goes back home."""

    name = "breathless-plan"

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(services, parent)
        self.store = services.breathless_plan
        self.editor = PlanEditor(self.store, today)
        self.editor.saved.connect(self._saved)
        self.editor.cancelled.connect(self.home_requested)
        view, self.form_scroll = footed_view(self.editor, self.editor.footer)
        self.editor.reveal = self.form_scroll.reveal
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(view)
        add_shortcut(self, Qt.Key.Key_Escape, self.editor.cancel)
        enter_presses(self)

    def show_request(self, request: object | None = None) -> None:
        """The form, filled with the plan on file."""
        plan = self.store.load()
        for problem in self.store.problems:
            self.notice.emit(problem)
        self.editor.set_plan(plan)
        self.form_scroll.verticalScrollBar().setValue(0)
        self.editor.medicine.setFocus(Qt.FocusReason.OtherFocusReason)

    def _saved(self, _plan: object) -> None:
        self.notice.emit(
            tr("The breathlessness plan is saved. It is the last step of Breathless now.")
        )
        self.home_requested.emit()
