"""Controls the design asks for that Qt does not have: steppers, choice chips, a level.

A :class:`Stepper` replaces a spin box, whose arrows are too small to see or hit:
``[ − ]  4.0 s  [ + ]`` with two large buttons. :class:`ChoiceChips` replaces a short
drop-down (sleep timer, repeat, a length): every choice is a button, the chosen one tinted
and bold, and they wrap onto more lines when the text is large. A :class:`LevelSlider` is a
volume with its name and its two ends in words ("quieter", "louder") and a mark at the level
the app was designed for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSlider, QWidget

from companion.ui.common.flow import FlowRow
from companion.ui.common.widgets import make_button, make_label


class Stepper(QWidget):
    """A number set with a large − and + (and the Up and Down keys).

    Signals:
        value_changed(float): the person changed the number.
    """

    value_changed = Signal(float)

    def __init__(
        self,
        name: str,
        minimum: float,
        maximum: float,
        step: float = 1.0,
        decimals: int = 0,
        unit: str = "",
        parent: QWidget | None = None,
        shown_as: Callable[[float], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "row")
        self._min, self._max, self._step = minimum, maximum, step
        self._decimals, self._unit = decimals, unit
        self._shown_as = shown_as
        self._value = minimum
        self.name = name
        self.minus = make_button("−", self.tr("Less: {0}").format(name))
        self.plus = make_button("+", self.tr("More: {0}").format(name))
        self.minus.setAccessibleName(self.tr("Less {0}").format(name))
        self.plus.setAccessibleName(self.tr("More {0}").format(name))
        self.shown = make_label("", wrap=False)
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setMinimumWidth(self.shown.fontMetrics().horizontalAdvance("00.0 min"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.minus)
        row.addWidget(self.shown)
        row.addWidget(self.plus)
        row.addStretch(1)
        self.minus.clicked.connect(lambda: self._nudge(-1))
        self.plus.clicked.connect(lambda: self._nudge(+1))
        self.minus.installEventFilter(self)
        self.plus.installEventFilter(self)
        self.setAccessibleName(name)
        self._show()

    def value(self) -> float:
        """The number shown."""
        return self._value

    def set_value(self, value: float) -> None:
        """Show ``value`` (kept within the limits) without emitting ``value_changed``."""
        self._value = max(self._min, min(self._max, round(value / self._step) * self._step))
        self._show()

    def text(self) -> str:
        """The number as shown, with its unit."""
        return self.shown.text()

    def _nudge(self, direction: int) -> None:
        before = self._value
        self.set_value(before + direction * self._step)
        if self._value != before:
            self.value_changed.emit(self._value)

    def _show(self) -> None:
        if self._shown_as is not None:
            text = self._shown_as(self._value)
        else:
            text = f"{self._value:.{self._decimals}f} {self._unit}".strip()
        self.shown.setText(text)
        self.shown.setAccessibleName(f"{self.name}: {text}")
        self.minus.setEnabled(self._value > self._min)
        self.plus.setEnabled(self._value < self._max)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Right):
                self._nudge(+1)
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Left):
                self._nudge(-1)
                return True
        return False


class ChoiceChips(QWidget):
    """One of a few choices, each a large button; the chosen one is tinted and bold.

    Signals:
        chosen(object): the person chose the option with this key.
    """

    chosen = Signal(object)

    def __init__(
        self,
        name: str,
        options: Sequence[tuple[object, str]],
        current: object = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "row")
        self.setProperty("scan_group", True)  # one-switch scanning: the choices as one group
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, QPushButton] = {}
        row = FlowRow(self)
        for key, text in options:
            button = make_button(text, checkable=True)
            button.setAccessibleName(f"{name}: {text}")
            button.setProperty("choice", key)
            self.group.addButton(button)
            self.buttons[key] = button
            row.add(button)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_current(current)
        self.group.buttonClicked.connect(lambda b: self.chosen.emit(b.property("choice")))

    def current(self) -> object:
        """The chosen option's key (None when none is chosen)."""
        button = self.group.checkedButton()
        return None if button is None else button.property("choice")

    def set_current(self, key: object) -> None:
        """Choose ``key`` without emitting ``chosen``."""
        button = self.buttons.get(key)
        if button is not None:
            button.setChecked(True)

    def clear(self) -> None:
        """Choose none (not yet answered) without emitting ``chosen``."""
        self.group.setExclusive(False)  # an exclusive group keeps one button checked
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)


class LevelSlider(QWidget):
    """``Voice  quieter [----|--] louder``: a whole-number level, set by drag or arrow keys.

    Signals:
        value_changed(int): the person moved it.
    """

    value_changed = Signal(int)

    def __init__(
        self,
        name: str,
        minimum: int,
        maximum: int,
        mark: int,
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(minimum, maximum)
        self.slider.setPageStep(3)
        # One tick at the designed level: intervals are counted from the minimum.
        self.slider.setTickInterval(max(1, mark - minimum))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setValue(mark)
        self.slider.setAccessibleName(name)
        self.slider.setAccessibleDescription(description)
        self.slider.valueChanged.connect(self.value_changed.emit)
        row.addWidget(make_label(name, wrap=False))
        row.addWidget(make_label(self.tr("quieter"), "muted", wrap=False))
        row.addWidget(self.slider, 1)
        row.addWidget(make_label(self.tr("louder"), "muted", wrap=False))

    def value(self) -> int:
        """The level now."""
        return self.slider.value()

    def set_value(self, value: int) -> None:
        """Show ``value`` without announcing it as the person's change."""
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)
