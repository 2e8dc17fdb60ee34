"""Settings: how Companion looks (theme, text size, motion), your own breathing pattern,
gentle reminders, and the voices. Everything applies at once and is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from companion.core.breathing import MAX_HOLD_S, MAX_PHASE_S, MIN_PHASE_S, PatternError
from companion.core.preferences import CustomPattern
from companion.ui.common.controls import ChoiceChips, Stepper
from companion.ui.common.flow import flow_row
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import footed_view, make_button, make_label
from companion.ui.settings.family_cues import FamilyCues
from companion.ui.settings.reminders import ReminderSettings
from companion.ui.settings.voices import VoiceSettings

TEXT_SIZES = (100, 125, 150, 175, 200)


def section(title: str, *widgets: QWidget) -> QFrame:
    """A card: a heading and what it holds, one above another."""
    card = QFrame()
    card.setProperty("role", "card")
    column = QVBoxLayout(card)
    column.setContentsMargins(24, 24, 24, 24)
    column.setSpacing(16)
    column.addWidget(make_label(title, "heading"))
    for widget in widgets:
        column.addWidget(widget)
    return card


class SettingsPage(Page):
    """Every preference, applied at once and saved."""

    name = "settings"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._state = state = services.state
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(24)
        layout.addWidget(make_label(self.tr("Settings"), "title"))

        self.theme_chips = ChoiceChips(
            self.tr("Theme"),
            [
                ("light", self.tr("Light")),
                ("night", self.tr("Night (dim and warm)")),
                ("contrast", self.tr("High contrast")),
            ],
        )
        self.scale_chips = ChoiceChips(
            self.tr("Text size"), [(size, self.tr("{0} %").format(size)) for size in TEXT_SIZES]
        )
        self.motion_chips = ChoiceChips(
            self.tr("Motion"),
            [
                ("system", self.tr("Follow the computer")),
                ("reduce", self.tr("Reduce motion")),
                ("full", self.tr("Full motion")),
            ],
        )
        layout.addWidget(
            section(
                self.tr("How Companion looks"),
                make_label(self.tr("Theme"), "muted"),
                self.theme_chips,
                make_label(self.tr("Text size"), "muted"),
                self.scale_chips,
                make_label(self.tr("Motion (the circle and the figures)"), "muted"),
                self.motion_chips,
            )
        )

        self.custom_name = QLineEdit()
        self.custom_name.setMaxLength(60)
        self.custom_name.setAccessibleName(self.tr("Pattern name"))
        self.custom_name.setAccessibleDescription(self.tr("What Breathe calls your pattern"))
        self.custom_fields: dict[str, Stepper] = {}
        steppers = []
        for key, text, low, high in (
            ("inhale", self.tr("Breathe in"), MIN_PHASE_S, MAX_PHASE_S),
            ("hold_in", self.tr("Hold after breathing in"), 0.0, MAX_HOLD_S),
            ("exhale", self.tr("Breathe out"), MIN_PHASE_S, MAX_PHASE_S),
            ("hold_out", self.tr("Rest after breathing out"), 0.0, MAX_HOLD_S),
        ):
            stepper = Stepper(text, low, high, 0.5, 1, self.tr("s"))
            self.custom_fields[key] = stepper
            steppers += [make_label(text), stepper]
        self.custom_message = make_label("", "muted")
        self.save_custom = make_button(
            self.tr("Save my pattern"),
            self.tr("Keep this pattern as “My pattern” in Breathe"),
            role="primary",
        )
        layout.addWidget(
            section(
                self.tr("My breathing pattern"),
                make_label(
                    self.tr(
                        "Holding the breath is optional and off unless you set it here. "
                        "The out-breath is never shorter than the in-breath."
                    ),
                    "muted",
                ),
                make_label(self.tr("Name")),
                self.custom_name,
                *steppers,
                self.custom_message,
                flow_row([], [self.save_custom]),
            )
        )
        self.reminders = ReminderSettings(state)
        layout.addWidget(section(self.tr("Gentle reminders"), self.reminders))
        self.voices = VoiceSettings(services)
        self.voices_card = section(self.tr("Voices"), self.voices)
        layout.addWidget(self.voices_card)
        self.family_cues = FamilyCues(services)
        layout.addWidget(
            section(self.tr("Breathing cues in a loved one's voice"), self.family_cues)
        )
        layout.addStretch(1)

        back = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        back.clicked.connect(self.home_requested)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        view, self.scroller = footed_view(body, flow_row([back], []))
        outer.addWidget(view)

        self.refresh()
        self.theme_chips.chosen.connect(lambda key: state.update(theme=key))
        self.scale_chips.chosen.connect(lambda size: state.update(text_scale=int(size)))
        self.motion_chips.chosen.connect(lambda key: state.update(motion=key))
        self.save_custom.clicked.connect(self._save_custom)
        state.changed.connect(lambda _prefs: self.refresh())
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested)

    def show_request(self, request: object | None = None) -> None:
        """Read the voices the first time; ``"voices"`` (``companion voices``) shows them."""
        self.voices.ensure_loaded()
        if request == "voices":
            self.scroller.reveal(self.voices_card)

    def shutdown(self) -> None:
        """Let the microphone go."""
        self.family_cues.shutdown()

    def refresh(self) -> None:
        """Show the current preferences."""
        prefs = self._state.prefs
        self.theme_chips.set_current(prefs.theme)
        nearest = min(TEXT_SIZES, key=lambda size: abs(size - prefs.text_scale))
        self.scale_chips.set_current(nearest)
        self.motion_chips.set_current(prefs.motion)
        self.custom_name.setText(prefs.custom.name)
        for key, stepper in self.custom_fields.items():
            stepper.set_value(getattr(prefs.custom, key))

    def _save_custom(self) -> None:
        name = self.custom_name.text().strip() or self.tr("My pattern")
        values = {key: stepper.value() for key, stepper in self.custom_fields.items()}
        custom = CustomPattern(name=name, **values)
        try:
            pattern = custom.pattern()
        except PatternError as exc:
            self.custom_message.setText(str(exc))
            return
        self._state.update(custom=custom, preset="custom")
        self.custom_message.setText(
            self.tr("Saved “{0}” ({1}); it is now chosen in Breathe.").format(name, pattern.label())
        )
