"""The home screen: large, clearly labelled tiles, one press to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets import make_button, make_label


class HomePage(QWidget):
    """Activity tiles, History and Settings.

    Activities not built yet are shown as plain cards saying so, never as dead buttons.

    Signals:
        breathe_requested(), imagine_requested(), history_requested(), settings_requested()
    """

    breathe_requested = Signal()
    imagine_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(make_label(self.tr("Companion"), "title"))
        layout.addWidget(make_label(self.tr("Gentle guidance for breathing and rest."), "subtitle"))

        tiles = QGridLayout()
        tiles.setSpacing(16)
        self.breathe_button = make_button(
            "", self.tr("Start paced breathing: in for 4 seconds, out for 6"), role="tile"
        )
        self.breathe_button.setAccessibleName(self.tr("Breathe now"))
        self.breathe_button.setMinimumHeight(120)
        inside = QVBoxLayout(self.breathe_button)
        inside.setContentsMargins(20, 14, 20, 14)
        for text, role in (
            (self.tr("Breathe now"), "tile-title"),
            (self.tr("Slow, soft breathing with a circle and gentle sounds"), "tile-text"),
        ):
            label = make_label(text, role)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inside.addWidget(label)
        self.breathe_button.clicked.connect(self.breathe_requested)
        tiles.addWidget(self.breathe_button, 0, 0, 1, 2)
        self.imagine_button = self._tile(
            self.tr("Imagine"),
            self.tr("A calm voice reads a peaceful scene, with the words on screen"),
            self.tr("Listen to spoken guided imagery: a warm light, a garden, the beach"),
        )
        self.imagine_button.clicked.connect(self.imagine_requested)
        tiles.addWidget(self.imagine_button, 1, 0)
        upcoming = [
            (self.tr("Stretch"), self.tr("Seated movements and hand massage")),
            (self.tr("Listen"), self.tr("Calming sounds and your own music")),
        ]
        for i, (title, what) in enumerate(upcoming, start=1):
            tiles.addWidget(self._coming_soon(title, what), 1 + i // 2, i % 2)
        layout.addLayout(tiles)
        layout.addStretch(1)

        bottom = QHBoxLayout()
        self.history_button = make_button(
            self.tr("History"), self.tr("See past sessions and export them")
        )
        self.settings_button = make_button(
            self.tr("Settings"), self.tr("Theme, text size, motion and sound")
        )
        self.history_button.clicked.connect(self.history_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.settings_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(
            make_label(
                self.tr(
                    "Companion guides and records; it is not a replacement for your care team. "
                    "Ask them before starting."
                ),
                "muted",
            )
        )

    def _tile(self, title: str, text: str, description: str) -> QPushButton:
        """A large activity tile (a button with a title and a line of text inside)."""
        button = make_button("", description, role="tile")
        button.setAccessibleName(title)
        button.setMinimumHeight(120)
        inside = QVBoxLayout(button)
        inside.setContentsMargins(20, 14, 20, 14)
        for words, role in ((title, "tile-title"), (text, "tile-text")):
            label = make_label(words, role)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inside.addWidget(label)
        return button

    def _coming_soon(self, title: str, what: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        card.setAccessibleName(self.tr("{0}: coming in a later version").format(title))
        inner = QVBoxLayout(card)
        inner.addWidget(make_label(f"<b>{title}</b>"))
        inner.addWidget(make_label(what, "muted"))
        inner.addWidget(make_label(self.tr("Coming in a later version"), "muted"))
        return card
