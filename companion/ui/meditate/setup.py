"""Choosing a quiet time: how long, which bell (or none), interval bells, a soundscape."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.meditation import BELLS, INTERVAL_CHOICES, MINUTES_CHOICES, NO_BELL
from companion.services.audio.soundscapes import soundscapes
from companion.sessions.state import AppState
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.widgets import make_button, make_checkbox, make_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeditationSetup", text)


def bell_names(owner: QWidget) -> dict[str, str]:
    """What the person reads for each bell."""
    return {
        "bowl": _tr("Bowl"),
        "deep-bowl": _tr("Deep bowl"),
        "small-bowl": _tr("Small bowl"),
        NO_BELL: _tr("No bell"),
    }


class MeditationSetup(QWidget):
    """The quiet time's choices, remembered in the preferences.

    Signals:
        hear_requested(str): the person wants to hear a bell (its name) before choosing.
    """

    hear_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(make_label(self.tr("Quiet time"), "title"))
        layout.addWidget(
            make_label(
                self.tr(
                    "Sit or lie quietly for as long as you choose. A soft bell begins the "
                    "time and ends it; nothing else asks anything of you."
                ),
                "subtitle",
            )
        )
        lengths = [
            (m, self.tr("{0} min").format(f"{m:g}") if m else self.tr("As long as I like"))
            for m in MINUTES_CHOICES
        ]
        self.length_chips = ChoiceChips(self.tr("Length"), lengths)
        layout.addWidget(make_label(self.tr("Length"), "muted"))
        layout.addWidget(self.length_chips)

        names = bell_names(self)
        self.bell_chips = ChoiceChips(self.tr("Bell"), [(b, names[b]) for b in (*BELLS, NO_BELL)])
        layout.addWidget(make_label(self.tr("Bell"), "muted"))
        layout.addWidget(self.bell_chips)
        self.hear_button = make_button(
            self.tr("Hear the bell"), self.tr("Ring the chosen bell once, to set the volume")
        )
        layout.addWidget(self.hear_button, 0, Qt.AlignmentFlag.AlignLeft)

        intervals = [
            (m, self.tr("Every {0} min").format(f"{m:g}") if m else self.tr("None"))
            for m in INTERVAL_CHOICES
        ]
        self.interval_chips = ChoiceChips(self.tr("Bells in between"), intervals)
        layout.addWidget(make_label(self.tr("Bells in between"), "muted"))
        layout.addWidget(self.interval_chips)

        beds = [("", self.tr("Silence"))] + [(s.id, s.title) for s in soundscapes()]
        self.sound_chips = ChoiceChips(self.tr("Under the quiet"), beds)
        layout.addWidget(make_label(self.tr("Under the quiet"), "muted"))
        layout.addWidget(self.sound_chips)

        self.time_box = make_checkbox(
            self.tr("Show the time left"), self.tr("You can hide it during the quiet time too")
        )
        layout.addWidget(self.time_box)

        self.refresh()
        self.length_chips.chosen.connect(lambda m: state.update(meditation_minutes=float(m)))
        self.bell_chips.chosen.connect(lambda b: state.update(meditation_bell=b))
        self.interval_chips.chosen.connect(lambda m: state.update(meditation_interval=float(m)))
        self.sound_chips.chosen.connect(lambda i: state.update(meditation_soundscape=i))
        self.time_box.toggled.connect(lambda on: state.update(meditation_show_time=on))
        self.hear_button.clicked.connect(
            lambda: self.hear_requested.emit(self._state.prefs.meditation_bell)
        )
        state.changed.connect(lambda _prefs: self.refresh())

    def refresh(self) -> None:
        """Show the current preferences."""
        prefs = self._state.prefs
        self.length_chips.set_current(prefs.meditation_minutes)
        self.bell_chips.set_current(prefs.meditation_bell)
        self.interval_chips.set_current(prefs.meditation_interval)
        self.sound_chips.set_current(prefs.meditation_soundscape)
        self.hear_button.setEnabled(prefs.meditation_bell != NO_BELL)
        self.time_box.blockSignals(True)
        self.time_box.setChecked(prefs.meditation_show_time)
        self.time_box.blockSignals(False)
