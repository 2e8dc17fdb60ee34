"""The care team's word on an activity, at the top of its page: "not approved" with their
note, or "approved" with theirs; nothing when they said nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.sessions.care_state import CarePlanState
from companion.ui.common.plan_words import plan_note
from companion.ui.common.widgets import make_label

# The page each activity of the plan is done on.
PAGE_ACTIVITY = {
    "breathe": "breathing",
    "imagine": "visualization",
    "stretch": "stretch",
    "massage": "massage",
    "listen": "listening",
}


class PlanNote(QFrame):
    """A notice with the team's words on ``activity``, following the plan as it changes."""

    def __init__(self, care: CarePlanState, activity: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self._care = care
        self.activity = activity
        self.label = make_label("")
        column = QVBoxLayout(self)
        column.addWidget(self.label)
        care.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the plan's words (hidden when there are none)."""
        words = plan_note(self._care.plan, self.activity) if self.activity else ""
        self.label.setText(words)
        self.setVisible(bool(words))
        self.setAccessibleName(words)
