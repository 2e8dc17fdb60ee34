"""The reminders section of Settings: on/off, the daily times with their words, night sounds."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from companion.core.preferences import Preferences
from companion.core.reminders import LABEL_MAX, MAX_REMINDERS, Reminder, ReminderError
from companion.sessions.state import AppState
from companion.ui.common.controls import Stepper
from companion.ui.common.flow import flow_row
from companion.ui.common.messages import error_text
from companion.ui.common.widgets import MIN_TARGET, make_button, make_checkbox, make_label


class ReminderSettings(QWidget):
    """Edits ``reminders_on``, ``reminders`` and ``reminder_sound_at_night``."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            make_label(
                self.tr(
                    "Off unless you turn them on. While Companion is open, a quiet message "
                    "appears at the times you choose (in the system tray where there is one). "
                    "Never a pop-up; a sound only if you ask for one."
                )
            )
        )
        self.enabled = make_checkbox(
            self.tr("Remind me at these times"), self.tr("Turn gentle reminders on or off")
        )
        layout.addWidget(self.enabled)
        self.times = QListWidget()
        self.times.setAccessibleName(self.tr("Reminder times"))
        self.times.setAccessibleDescription(
            self.tr("The daily reminders; choose one and press Remove to take it away")
        )
        self.times.setMaximumHeight(160)
        layout.addWidget(self.times)

        self.time_edit = Stepper(
            self.tr("Time of the new reminder"), 0, 23 * 60 + 45, 15,
            shown_as=lambda minutes: QTime(int(minutes) // 60, int(minutes) % 60).toString(
                QLocale().timeFormat(QLocale.FormatType.ShortFormat)
            ),
        )  # fmt: skip
        self.time_edit.set_value(21 * 60)
        self.label_edit = QLineEdit()
        self.label_edit.setMaxLength(LABEL_MAX)
        self.label_edit.setPlaceholderText(self.tr("e.g. Before sleep"))
        self.label_edit.setAccessibleName(self.tr("Words of the new reminder"))
        self.label_edit.setMinimumHeight(MIN_TARGET)
        self.sound = make_checkbox(
            self.tr("With a soft sound"), self.tr("Play a quiet chime with this reminder")
        )
        self.add_button = make_button(self.tr("Add"), self.tr("Add this reminder"))
        self.remove_button = make_button(self.tr("Remove"), self.tr("Remove the selected reminder"))
        layout.addWidget(make_label(self.tr("A new reminder: when, and a few words")))
        layout.addWidget(self.time_edit)
        layout.addWidget(self.label_edit)
        layout.addWidget(self.sound)
        layout.addWidget(flow_row([self.remove_button], [self.add_button]))
        self.night = make_checkbox(
            self.tr("Sounds also at night (21:00–08:00)"),
            self.tr("Unless this is on, reminders are silent at night"),
        )
        layout.addWidget(self.night)
        self.message = make_label("", "muted")
        layout.addWidget(self.message)

        self.enabled.toggled.connect(lambda on: state.update(reminders_on=on))
        self.night.toggled.connect(lambda on: state.update(reminder_sound_at_night=on))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.label_edit.returnPressed.connect(self.add)
        state.changed.connect(self._show)
        self._show(state.prefs)

    def _show(self, prefs: Preferences) -> None:
        for box, value in (
            (self.enabled, prefs.reminders_on),
            (self.night, prefs.reminder_sound_at_night),
        ):
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)
        self.times.clear()
        for reminder in prefs.reminders:
            sound = self.tr(" (with a soft sound)") if reminder.sound else ""
            at = QTime(reminder.at.hour, reminder.at.minute)
            shown = at.toString(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
            item = QListWidgetItem(f"{shown}  {reminder.label}{sound}")
            self.times.addItem(item)
        self.remove_button.setEnabled(bool(prefs.reminders))
        self.add_button.setEnabled(len(prefs.reminders) < MAX_REMINDERS)

    def add(self) -> None:
        """Add the reminder typed in the row (and turn reminders on)."""
        minutes = int(self.time_edit.value())
        at = time(minutes // 60, minutes % 60)
        try:
            reminder = Reminder(
                at, " ".join(self.label_edit.text().split()), self.sound.isChecked()
            )
        except ReminderError as exc:
            self.message.setText(error_text(exc))
            return
        kept = tuple(r for r in self._state.prefs.reminders if r.at != reminder.at)
        reminders = tuple(sorted((*kept, reminder), key=lambda r: r.at))[:MAX_REMINDERS]
        self.message.setText("")
        self.label_edit.clear()
        self._state.update(reminders=reminders, reminders_on=True)

    def remove(self) -> None:
        """Remove the selected reminder."""
        row = self.times.currentRow()
        reminders = self._state.prefs.reminders
        if 0 <= row < len(reminders):
            self._state.update(reminders=reminders[:row] + reminders[row + 1 :])
