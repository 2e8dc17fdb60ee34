"""Choosing a breathing session: pattern, length and how to be guided."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QVBoxLayout,
    QWidget,
)

from companion.core.breathing import PRESETS, PatternError
from companion.core.preferences import MAX_OWN_PATTERNS, SESSION_MINUTES_CHOICES
from companion.sessions.state import AppState
from companion.ui.common.flow import flow_row
from companion.ui.common.names import preset_title

__all__ = ["BreathingSetup", "preset_title"]
from companion.ui.common.widgets import make_button, make_checkbox, make_label


class BreathingSetup(QWidget):
    """Pattern, length and guidance choices, remembered in the preferences.

    Signals:
        safety_requested(): the user asked for comfort and safety guidance.
    """

    safety_requested = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(make_label(self.tr("Breathe"), "title"))
        layout.addWidget(
            make_label(
                self.tr(
                    "Breathe softly, not deeply. Follow the circle, or close your eyes "
                    "and follow the sounds."
                ),
                "subtitle",
            )
        )

        layout.addWidget(make_label(self.tr("Pattern"), "muted"))
        self.pattern_group = QButtonGroup(self)
        own = ["custom", *(f"custom-{n}" for n in range(2, MAX_OWN_PATTERNS + 1))]
        for preset_id in [*PRESETS, *own]:  # own patterns not made yet stay hidden
            button = make_button("", checkable=True)
            button.setProperty("preset", preset_id)
            self.pattern_group.addButton(button)
        layout.addWidget(flow_row(self.pattern_group.buttons(), []))

        layout.addWidget(make_label(self.tr("Length"), "muted"))
        self.length_group = QButtonGroup(self)
        for minutes in SESSION_MINUTES_CHOICES:
            text = (
                self.tr("{0} min").format(f"{minutes:g}")
                if minutes
                else self.tr("As long as I like")
            )
            button = make_button(text, checkable=True)
            button.setProperty("minutes", minutes)
            self.length_group.addButton(button)
        layout.addWidget(flow_row(self.length_group.buttons(), []))

        self.lead_box = make_checkbox(
            self.tr("Start where you are: tap my own breathing first"),
            self.tr(
                "The circle starts at your own pace and leads it slowly, by small steps, "
                "toward the pattern"
            ),
        )
        layout.addWidget(self.lead_box)
        layout.addWidget(
            make_label(
                self.tr(
                    "The circle starts at your own pace, then lengthens the out-breath a "
                    "little at a time, never faster than you can follow."
                ),
                "muted",
            )
        )

        self.cues_box = make_checkbox(self.tr("Soft sound at each breath (for closed eyes)"))
        self.spoken_box = make_checkbox(self.tr("Spoken cues: “breathe in”, “breathe out”"))
        self.numbers_box = make_checkbox(self.tr("Show counting numbers"))
        self.candle_box = make_checkbox(self.tr("Pursed-lip reminder on the out-breath"))
        for box in (self.cues_box, self.spoken_box, self.numbers_box, self.candle_box):
            layout.addWidget(box)

        self.safety_button = make_button(
            self.tr("Comfort && safety"), self.tr("Tips for comfort and when to stop")
        )
        layout.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.refresh()
        self.pattern_group.buttonClicked.connect(
            lambda b: state.update(preset=b.property("preset"))
        )
        self.length_group.buttonClicked.connect(
            lambda b: state.update(session_minutes=float(b.property("minutes")))
        )
        self.lead_box.toggled.connect(lambda on: state.update(start_where_you_are=on))
        self.cues_box.toggled.connect(lambda on: state.update(cues_enabled=on))
        self.spoken_box.toggled.connect(lambda on: state.update(spoken_cues=on))
        self.numbers_box.toggled.connect(lambda on: state.update(show_numbers=on))
        self.candle_box.toggled.connect(lambda on: state.update(pursed_lip_cue=on))
        self.safety_button.clicked.connect(self.safety_requested)
        state.changed.connect(lambda _prefs: self.refresh())

    def refresh(self) -> None:
        """Show the current preferences."""
        prefs = self._state.prefs
        for button in self.pattern_group.buttons():
            preset_id = button.property("preset")
            own = prefs.own_pattern(preset_id)
            button.setVisible(preset_id in PRESETS or own is not None)
            if own is not None:
                try:
                    label = own.pattern().label()
                except PatternError:
                    label = "?"
                title = f"{preset_title(self, preset_id, own.name)}  {label}"
            elif preset_id not in PRESETS:
                continue
            else:
                pattern = PRESETS[preset_id].pattern
                title = f"{preset_title(self, preset_id)}  {pattern.label()}"
            button.setText(title)
            button.setAccessibleName(title)
            button.setChecked(preset_id == prefs.preset)
        for button in self.length_group.buttons():
            button.setChecked(float(button.property("minutes")) == prefs.session_minutes)
        for box, value in (
            (self.lead_box, prefs.start_where_you_are),
            (self.cues_box, prefs.cues_enabled),
            (self.spoken_box, prefs.spoken_cues),
            (self.numbers_box, prefs.show_numbers),
            (self.candle_box, prefs.pursed_lip_cue),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
