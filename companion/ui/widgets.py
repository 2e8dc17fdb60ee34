"""Small builders for the app's common widgets, so every control gets a name and a role."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


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
    return button


def make_label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    """A label styled by ``role`` (title, subtitle, muted, phase, count)."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label
