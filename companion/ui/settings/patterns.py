"""The patterns of one's own, in Settings: choose one to change, make a new one, delete one.

"My pattern" is always there (it can be renamed and changed); up to seven more can be made,
each with its own name. Saving a pattern chooses it in Breathe.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QLineEdit, QVBoxLayout, QWidget

from companion.core.breathing import MAX_HOLD_S, MAX_PHASE_S, MIN_PHASE_S, PatternError
from companion.core.preferences import MAX_OWN_PATTERNS, CustomPattern
from companion.sessions.state import AppState
from companion.ui.common.controls import Stepper
from companion.ui.common.flow import flow_row
from companion.ui.common.messages import error_text
from companion.ui.common.widgets import make_button, make_label

Confirm = Callable[[str, str, str], bool]  # (title, text, action) -> yes


class OwnPatterns(QWidget):
    """Edits ``custom`` and ``own_patterns``; ``confirm`` asks before one is deleted."""

    def __init__(self, state: AppState, confirm: Confirm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._confirm = confirm
        self.editing = "custom"  # the id of the pattern shown in the fields
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(
            make_label(
                self.tr(
                    "Holding the breath is optional and off unless you set it here. "
                    "The out-breath is never shorter than the in-breath."
                ),
                "muted",
            )
        )
        layout.addWidget(make_label(self.tr("Your patterns"), "muted"))
        self.group = QButtonGroup(self)
        ids = ["custom", *(f"custom-{n}" for n in range(2, MAX_OWN_PATTERNS + 1))]
        for pattern_id in ids:
            button = make_button("", checkable=True)
            button.setProperty("pattern", pattern_id)
            self.group.addButton(button)
        self.new_button = make_button(
            self.tr("New pattern"), self.tr("Make another pattern of your own, with its name")
        )
        layout.addWidget(flow_row([*self.group.buttons(), self.new_button], []))

        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.name.setAccessibleName(self.tr("Pattern name"))
        self.name.setAccessibleDescription(self.tr("What Breathe calls this pattern"))
        layout.addWidget(make_label(self.tr("Name")))
        layout.addWidget(self.name)
        self.fields: dict[str, Stepper] = {}
        for key, text, low, high in (
            ("inhale", self.tr("Breathe in"), MIN_PHASE_S, MAX_PHASE_S),
            ("hold_in", self.tr("Hold after breathing in"), 0.0, MAX_HOLD_S),
            ("exhale", self.tr("Breathe out"), MIN_PHASE_S, MAX_PHASE_S),
            ("hold_out", self.tr("Rest after breathing out"), 0.0, MAX_HOLD_S),
        ):
            stepper = Stepper(text, low, high, 0.5, 1, self.tr("s"))
            self.fields[key] = stepper
            layout.addWidget(make_label(text))
            layout.addWidget(stepper)
        self.message = make_label("", "muted")
        layout.addWidget(self.message)
        self.delete_button = make_button(
            self.tr("Delete this pattern"), self.tr("Remove this pattern from Breathe")
        )
        self.delete_button.setProperty("role", "danger")
        self.save_button = make_button(
            self.tr("Save this pattern"),
            self.tr("Keep this pattern and choose it in Breathe"),
            role="primary",
        )
        layout.addWidget(flow_row([self.delete_button], [self.save_button]))

        self.group.buttonClicked.connect(lambda b: self.show_pattern(b.property("pattern")))
        self.new_button.clicked.connect(self.new_pattern)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        state.changed.connect(lambda _prefs: self.refresh())
        self.refresh()
        self.show_pattern("custom")

    def refresh(self) -> None:
        """Show the patterns there are (and one being made, not yet saved)."""
        prefs = self._state.prefs
        for button in self.group.buttons():
            pattern_id = button.property("pattern")
            own = prefs.own_pattern(pattern_id)
            button.setVisible(own is not None or pattern_id == self.editing)
            name = own.name if own is not None else self.tr("New pattern")
            button.setText(name)
            button.setAccessibleName(self.tr("Your pattern: {0}").format(name))
            button.setChecked(pattern_id == self.editing)
        self.new_button.setEnabled(prefs.new_own_id() is not None)
        saved = prefs.own_pattern(self.editing) is not None
        self.delete_button.setVisible(self.editing != "custom" and saved)

    def show_pattern(self, pattern_id: str) -> None:
        """Put that pattern in the fields to be changed."""
        own = self._state.prefs.own_pattern(pattern_id) or CustomPattern(id=pattern_id)
        self.editing = pattern_id
        self.name.setText(own.name)
        for key, stepper in self.fields.items():
            stepper.set_value(getattr(own, key))
        self.message.setText("")
        self.refresh()

    def new_pattern(self) -> None:
        """Fields for one more pattern (4-6 to begin with); saved when Save is pressed."""
        prefs = self._state.prefs
        pattern_id = prefs.new_own_id()
        if pattern_id is None:
            return
        count = len(prefs.patterns_of_my_own()) + 1
        self.show_pattern(pattern_id)
        self.name.setText(self.tr("My pattern {0}").format(count))
        self.name.setFocus()
        self.name.selectAll()

    def save(self) -> None:
        """Keep the pattern in the fields, and choose it in Breathe."""
        name = self.name.text().strip() or self.tr("My pattern")
        values = {key: stepper.value() for key, stepper in self.fields.items()}
        own = CustomPattern(name=name, id=self.editing, **values)
        try:
            pattern = own.pattern()
        except PatternError as exc:
            self.message.setText(error_text(exc))
            return
        prefs = self._state.prefs.with_own_pattern(own)
        self._state.update(custom=prefs.custom, own_patterns=prefs.own_patterns, preset=own.id)
        self.message.setText(
            self.tr("Saved “{0}” ({1}); it is now chosen in Breathe.").format(name, pattern.label())
        )

    def delete(self) -> None:
        """Delete the pattern shown (after asking); "My pattern" cannot be deleted."""
        prefs = self._state.prefs
        own = prefs.own_pattern(self.editing)
        if own is None or own.id == "custom":
            return
        if not self._confirm(
            self.tr("Delete “{0}”?").format(own.name),
            self.tr("Breathe will no longer offer it. Your history keeps its sessions."),
            self.tr("Delete the pattern"),
        ):
            return
        after = prefs.without_own_pattern(own.id)
        self.editing = "custom"
        self._state.update(own_patterns=after.own_patterns, preset=after.preset)
        self.show_pattern("custom")
