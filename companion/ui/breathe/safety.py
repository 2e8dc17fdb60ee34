"""Comfort and safety guidance for breathing, reachable from the session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.ui.common.widgets import ScrollView


def _tr(text: str) -> str:
    return QCoreApplication.translate("SafetyDialog", text)


def safety_html(owner: QWidget) -> str:
    """The guidance text, translated."""
    tr = _tr
    parts = [
        f"<h2>{tr('Comfort')}</h2>",
        "<ul>",
        f"<li>{tr('Breathe softly, not deeply. Let the breath be easy.')}</li>",
        f"<li>{tr('Sit upright or propped up in bed; leaning forward a little can help.')}</li>",
        f"<li>{tr('A hand-held fan cooling your face can ease breathlessness.')}</li>",
        "<li>"
        + tr("If counting feels like a strain, hide the numbers and just follow the circle.")
        + "</li>",
        "<li>"
        + tr(
            "Many people find that five minutes or more, most days, helps most. Any amount is fine."
        )
        + "</li>",
        "</ul>",
        f"<h2>{tr('Safety')}</h2>",
        "<ul>",
        "<li><b>"
        + tr("Stop if you feel dizzy, tingling, or more breathless.")
        + "</b> "
        + tr("Breathe normally and rest.")
        + "</li>",
        "<li><b>"
        + tr("Get urgent help if you cannot speak in three-word sentences.")
        + "</b></li>",
        f"<li>{tr('This exercise is not a treatment for a sudden attack of breathlessness.')}</li>",
        "<li>"
        + tr(
            "Companion guides and records; it is not a replacement for your care team. "
            "Ask them before starting."
        )
        + "</li>",
        "</ul>",
    ]
    return "".join(parts)


class SafetyDialog(QDialog):
    """A readable, scrollable window of comfort and safety guidance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comfort and safety — Companion"))
        self.setAccessibleName(self.tr("Comfort and safety"))
        text = QLabel(safety_html(self))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        text.setAccessibleName(self.tr("Comfort and safety guidance"))
        scroll = ScrollView(text)
        close = QPushButton(self.tr("Close"))
        close.setProperty("role", "primary")
        close.setAccessibleName(self.tr("Close comfort and safety"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(close)
        self.resize(640, 560)
