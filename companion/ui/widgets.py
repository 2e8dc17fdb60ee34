"""Small builders for the app's common widgets, so every control gets a name and a role."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QScrollArea, QWidget

MIN_TARGET = 48  # px; WCAG 2.5.5 asks for 44, tremor and tired hands ask for more


def make_button(
    text: str,
    description: str = "",
    role: str | None = None,
    checkable: bool = False,
    parent: QWidget | None = None,
) -> QPushButton:
    """A push button with an accessible name (its text) and description."""
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", ""))
    if description:
        button.setAccessibleDescription(description)
        button.setToolTip(description)
    if role:
        button.setProperty("role", role)
    button.setCheckable(checkable)
    button.setMinimumSize(MIN_TARGET, MIN_TARGET)
    return button


def make_label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    """A label styled by ``role`` (title, subtitle, muted, phase, count)."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def make_checkbox(text: str, description: str = "") -> QCheckBox:
    """A check box with a large click target and an accessible name."""
    box = QCheckBox(text)
    box.setAccessibleName(text)
    if description:
        box.setAccessibleDescription(description)
    box.setMinimumHeight(MIN_TARGET)
    return box


def make_scroll(body: QWidget) -> QScrollArea:
    """A frameless scroll area around ``body``, so large text never cuts a page off."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll
