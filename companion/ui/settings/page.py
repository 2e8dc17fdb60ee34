"""Settings: how Companion looks (theme, text size, motion), your own breathing patterns,
gentle reminders, access, and the voices. Everything applies at once and is saved."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.language import NATIVE_NAMES, SYSTEM, interface_language
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.flow import flow_row
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import footed_view, make_button, make_label
from companion.ui.settings.access import AccessSettings, SimpleHomeSettings
from companion.ui.settings.family_cues import FamilyCues
from companion.ui.settings.patterns import OwnPatterns
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

        system = NATIVE_NAMES[interface_language(os.environ)]
        self.language_chips = ChoiceChips(
            self.tr("Language"),
            [
                (SYSTEM, self.tr("As the computer ({0})").format(system)),
                *NATIVE_NAMES.items(),  # each language in its own words
            ],
        )
        layout.addWidget(
            section(
                self.tr("Language"),
                make_label(
                    self.tr("The words of every page, the spoken guidance and the report."),
                    "muted",
                ),
                self.language_chips,
            )
        )
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

        self.patterns = OwnPatterns(
            state,
            lambda title, text, action: services.dialogs.confirm(
                self, title, text, action, self.tr("Keep it")
            ),
        )
        layout.addWidget(section(self.tr("My breathing patterns"), self.patterns))
        self.reminders = ReminderSettings(state)
        layout.addWidget(section(self.tr("Gentle reminders"), self.reminders))
        self.breathless_plan_button = make_button(
            self.tr("Write the breathlessness plan…"),
            self.tr("The care team's words, shown as the last step of Breathless now"),
        )
        self.breathless_plan_button.clicked.connect(
            lambda: self.open_requested.emit("breathless-plan", None)
        )
        layout.addWidget(
            section(
                self.tr("Breathlessness plan"),
                make_label(
                    self.tr(
                        "Write it with the care team: when to use the medicine they prescribed "
                        "for breathlessness, who to call, and when to call the emergency number."
                    ),
                    "muted",
                ),
                flow_row([self.breathless_plan_button], []),
            )
        )
        self.access = AccessSettings(state)
        access = self.tr("One switch, a screen reader, a shaking hand")
        layout.addWidget(section(access, self.access))
        self.simple_home = SimpleHomeSettings(state)
        layout.addWidget(section(self.tr("A simple Home"), self.simple_home))
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
        self.language_chips.chosen.connect(lambda key: state.update(language=key))
        self.theme_chips.chosen.connect(lambda key: state.update(theme=key))
        self.scale_chips.chosen.connect(lambda size: state.update(text_scale=int(size)))
        self.motion_chips.chosen.connect(lambda key: state.update(motion=key))
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
        self.language_chips.set_current(prefs.language)
        self.theme_chips.set_current(prefs.theme)
        nearest = min(TEXT_SIZES, key=lambda size: abs(size - prefs.text_scale))
        self.scale_chips.set_current(nearest)
        self.motion_chips.set_current(prefs.motion)
