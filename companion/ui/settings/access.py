"""Settings for every body: one switch, a screen reader, a shaking hand, and a simple Home.

Each choice applies at once and is saved, like the rest of Settings.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout, QWidget

from companion.core.preferences import (
    MAX_SIMPLE_TILES,
    REPEAT_GUARD_CHOICES,
    SCAN_SECONDS_CHOICES,
    Preferences,
)
from companion.sessions.state import AppState
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.flow import FlowRow
from companion.ui.common.widgets import make_button, make_checkbox, make_label


def tile_names() -> dict[str, str]:
    """What Home calls each tile a carer can choose, in the interface language."""
    tr = QCoreApplication.translate
    return {
        "breathe": tr("HomePage", "Breathe now"),
        "calm": tr("HomePage", "Play calming music"),
        "imagine": tr("HomePage", "Imagine"),
        "listen": tr("HomePage", "Listen"),
        "stretch": tr("HomePage", "Stretch & massage"),
        "quiet": tr("HomePage", "Quiet time"),
    }


def _seconds(value: float) -> str:
    text = f"{value:g}"
    return QCoreApplication.translate("AccessSettings", "{0} s").format(text)


class AccessSettings(QWidget):
    """One-switch scanning (on, speed, names said), the repeat guard, announcements."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.switch_box = make_checkbox(
            self.tr("One-switch scanning"),
            self.tr(
                "A ring moves from control to control; press Space or Enter (or a switch) to "
                "choose, hold it to go back"
            ),
        )
        layout.addWidget(self.switch_box)
        layout.addWidget(
            make_label(
                self.tr(
                    "A press chooses what the ring is on. Hold the switch to go back, to close "
                    "a question or to stop a session. While a session runs the ring rests on "
                    "Pause."
                ),
                "muted",
            )
        )
        layout.addWidget(make_label(self.tr("How long the ring stays on each control"), "muted"))
        self.speed_chips = ChoiceChips(
            self.tr("Scanning speed"), [(s, _seconds(s)) for s in SCAN_SECONDS_CHOICES]
        )
        layout.addWidget(self.speed_chips)
        self.speak_box = make_checkbox(
            self.tr("Say each control's name as the ring reaches it"),
            self.tr("Uses Companion's voice, quietly, like the spoken cues"),
        )
        layout.addWidget(self.speak_box)
        layout.addWidget(
            make_label(
                self.tr("A second press of the same button this soon counts once (for tremor)"),
                "muted",
            )
        )
        self.repeat_chips = ChoiceChips(
            self.tr("Ignore a repeated press within"),
            [(s, _seconds(s) if s else self.tr("Off")) for s in REPEAT_GUARD_CHOICES],
        )
        layout.addWidget(self.repeat_chips)
        self.announce_box = make_checkbox(
            self.tr("Screen reader: also announce what the sound already says"),
            self.tr(
                "Off: breathing phases are not announced while the sound cues mark them, and "
                "Imagine's words not while the voice reads them"
            ),
        )
        layout.addWidget(self.announce_box)

        self.refresh(state.prefs)
        self.switch_box.toggled.connect(lambda on: state.update(switch_access=on))
        self.speed_chips.chosen.connect(lambda s: state.update(scan_seconds=float(s)))
        self.speak_box.toggled.connect(lambda on: state.update(scan_speak=on))
        self.repeat_chips.chosen.connect(lambda s: state.update(repeat_guard_s=float(s)))
        self.announce_box.toggled.connect(lambda on: state.update(announce_with_sound=on))
        state.changed.connect(self.refresh)

    def refresh(self, prefs: Preferences) -> None:
        """Show the preferences as they stand."""
        for box, value in (
            (self.switch_box, prefs.switch_access),
            (self.speak_box, prefs.scan_speak),
            (self.announce_box, prefs.announce_with_sound),
        ):
            _set_quietly(box, value)
        self.speed_chips.set_current(
            min(SCAN_SECONDS_CHOICES, key=lambda s: abs(s - prefs.scan_seconds))
        )
        self.repeat_chips.set_current(
            min(REPEAT_GUARD_CHOICES, key=lambda s: abs(s - prefs.repeat_guard_s))
        )


class SimpleHomeSettings(QWidget):
    """A simple Home: two or three tiles chosen by a carer, the rest behind "More"."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.simple_box = make_checkbox(
            self.tr("Show only the chosen tiles on Home"),
            self.tr("Everything else stays one press away, behind More"),
        )
        layout.addWidget(self.simple_box)
        layout.addWidget(make_label(self.tr("The tiles (up to three), in this order:"), "muted"))
        holder = QWidget()
        holder.setProperty("role", "row")
        holder.setProperty("scan_group", True)
        holder.setAccessibleName(self.tr("Tiles on Home"))
        row = FlowRow(holder)
        self.tile_buttons: dict[str, QPushButton] = {}
        for tile, words in tile_names().items():
            shown = words.replace("&", "&&")  # "Stretch & massage": an ampersand, not a key
            button = make_button(shown, self.tr("Show “{0}” on Home").format(words), checkable=True)
            button.setAccessibleName(self.tr("Tile: {0}").format(words))
            button.clicked.connect(lambda checked, t=tile: self._toggle(t, checked))
            self.tile_buttons[tile] = button
            row.add(button)
        policy = holder.sizePolicy()
        policy.setHeightForWidth(True)
        holder.setSizePolicy(policy)
        layout.addWidget(holder)
        self.order = make_label("", "muted")
        layout.addWidget(self.order)
        self.message = make_label("", "muted")
        layout.addWidget(self.message)
        self.refresh(state.prefs)
        self.simple_box.toggled.connect(lambda on: state.update(simple_home=on))
        state.changed.connect(self.refresh)

    def _toggle(self, tile: str, checked: bool) -> None:
        chosen = list(self._state.prefs.home_tiles)
        self.message.setText("")
        if checked and tile not in chosen:
            if len(chosen) >= MAX_SIMPLE_TILES:
                self.message.setText(self.tr("Three tiles at most: take one away first."))
            else:
                chosen.append(tile)
        elif not checked and tile in chosen:
            if len(chosen) == 1:
                self.message.setText(self.tr("Home keeps at least one tile."))
            else:
                chosen.remove(tile)
        self._state.update(home_tiles=tuple(chosen))
        self.refresh(self._state.prefs)

    def refresh(self, prefs: Preferences) -> None:
        """Show the preferences as they stand."""
        _set_quietly(self.simple_box, prefs.simple_home)
        for tile, button in self.tile_buttons.items():
            button.setChecked(tile in prefs.home_tiles)
        names = tile_names()
        self.order.setText(
            self.tr("Home shows: {0}").format(", ".join(names[t] for t in prefs.home_tiles))
        )


def _set_quietly(box: QCheckBox, value: bool) -> None:
    box.blockSignals(True)
    box.setChecked(value)
    box.blockSignals(False)
