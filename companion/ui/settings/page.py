"""Settings: theme, text size, motion, and the user's own breathing pattern."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from companion.core.breathing import MAX_HOLD_S, MAX_PHASE_S, MIN_PHASE_S, PatternError
from companion.core.preferences import CustomPattern
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import ScrollView, make_button, make_label
from companion.ui.settings.reminders import ReminderSettings


class SettingsPage(Page):
    """Every preference, applied at once and saved."""

    name = "settings"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._state = state = services.state
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(make_label(self.tr("Settings"), "title"))

        layout.addWidget(make_label(self.tr("Theme"), "muted"))
        self.theme_group = QButtonGroup(self)
        themes = QHBoxLayout()
        for key, text, description in (
            ("light", self.tr("Light"), self.tr("Soft light colours for the day")),
            ("night", self.tr("Night"), self.tr("Dim and warm, for a dark room")),
            ("contrast", self.tr("High contrast"), self.tr("Strongest contrast for low vision")),
        ):
            button = make_button(text, description, checkable=True)
            button.setProperty("key", key)
            self.theme_group.addButton(button)
            themes.addWidget(button)
        layout.addLayout(themes)

        self.scale_label = make_label("", "muted")
        layout.addWidget(self.scale_label)
        self.scale_slider = QSlider(Qt.Orientation.Horizontal)
        self.scale_slider.setRange(4, 8)  # ×25 %: 100–200 %
        self.scale_slider.setPageStep(1)
        self.scale_slider.setAccessibleName(self.tr("Text size"))
        self.scale_slider.setAccessibleDescription(self.tr("From 100 to 200 percent"))
        layout.addWidget(self.scale_slider)

        layout.addWidget(make_label(self.tr("Motion"), "muted"))
        self.motion_group = QButtonGroup(self)
        motions = QHBoxLayout()
        for key, text, description in (
            ("system", self.tr("Follow the system"), self.tr("Use the computer's setting")),
            ("reduce", self.tr("Reduce motion"), self.tr("The circle glows instead of growing")),
            ("full", self.tr("Full motion"), self.tr("The circle grows and shrinks")),
        ):
            button = make_button(text, description, checkable=True)
            button.setProperty("key", key)
            self.motion_group.addButton(button)
            motions.addWidget(button)
        layout.addLayout(motions)

        layout.addWidget(make_label(self.tr("My breathing pattern"), "muted"))
        layout.addWidget(
            make_label(
                self.tr(
                    "Holding the breath is optional and off unless you set it here. "
                    "The out-breath is never shorter than the in-breath."
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.custom_name = QLineEdit()
        self.custom_name.setMaxLength(60)
        self.custom_name.setAccessibleName(self.tr("Pattern name"))
        form.addRow(self.tr("Name"), self.custom_name)
        self.custom_fields: dict[str, QDoubleSpinBox] = {}
        for key, text, low, high in (
            ("inhale", self.tr("Breathe in (seconds)"), MIN_PHASE_S, MAX_PHASE_S),
            ("hold_in", self.tr("Hold after in (seconds)"), 0.0, MAX_HOLD_S),
            ("exhale", self.tr("Breathe out (seconds)"), MIN_PHASE_S, MAX_PHASE_S),
            ("hold_out", self.tr("Rest after out (seconds)"), 0.0, MAX_HOLD_S),
        ):
            spin = QDoubleSpinBox()
            spin.setRange(low, high)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setAccessibleName(text)
            self.custom_fields[key] = spin
            form.addRow(text, spin)
        layout.addLayout(form)
        self.custom_message = make_label("", "muted")
        layout.addWidget(self.custom_message)
        self.save_custom = make_button(
            self.tr("Save my pattern"), self.tr("Keep this pattern as “My pattern” in Breathe")
        )
        layout.addWidget(self.save_custom)
        self.reminders = ReminderSettings(state)
        layout.addWidget(self.reminders)
        layout.addStretch(1)

        scroll = ScrollView(body)
        back = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        back.clicked.connect(self.home_requested)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        outer.addLayout(row)

        self.refresh()
        self.theme_group.buttonClicked.connect(lambda b: state.update(theme=b.property("key")))
        self.motion_group.buttonClicked.connect(lambda b: state.update(motion=b.property("key")))
        # Restyling every page takes up to a second: while the slider is dragged only the label
        # follows; the size is applied when it is let go (keys apply at once).
        self.scale_slider.valueChanged.connect(self._scale_moved)
        self.scale_slider.sliderReleased.connect(self._scale_moved)
        self.save_custom.clicked.connect(self._save_custom)
        state.changed.connect(lambda _prefs: self.refresh())
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested)

    def _scale_moved(self) -> None:
        percent = self.scale_slider.value() * 25
        if self.scale_slider.isSliderDown():
            self.scale_label.setText(self.tr("Text size: {0}%").format(percent))
        else:
            self._state.update(text_scale=percent)

    def refresh(self) -> None:
        """Show the current preferences."""
        prefs = self._state.prefs
        for button in self.theme_group.buttons():
            button.setChecked(button.property("key") == prefs.theme)
        for button in self.motion_group.buttons():
            button.setChecked(button.property("key") == prefs.motion)
        self.scale_slider.blockSignals(True)
        self.scale_slider.setValue(prefs.text_scale // 25)
        self.scale_slider.blockSignals(False)
        self.scale_label.setText(self.tr("Text size: {0}%").format(prefs.text_scale))
        self.custom_name.setText(prefs.custom.name)
        for key, spin in self.custom_fields.items():
            spin.setValue(getattr(prefs.custom, key))

    def _save_custom(self) -> None:
        name = self.custom_name.text().strip() or self.tr("My pattern")
        values = {key: spin.value() for key, spin in self.custom_fields.items()}
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
