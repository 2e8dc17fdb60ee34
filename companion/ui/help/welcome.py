"""The first-run welcome: what Companion is and is not, who should approve it, where data lives.

Shown once, skippable, and reachable again from Help. It never blocks: every activity is
one press away from it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import make_button, make_label, make_scroll


class WelcomePage(Page):
    """A short, kind introduction; read or skipped, it is not shown again by itself."""

    name = "welcome"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        paths = services.paths
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(make_label(self.tr("Welcome to Companion"), "title"))
        sections = [
            (
                self.tr("What it is"),
                self.tr(
                    "Companion offers slow, soft breathing with a circle and gentle sounds, "
                    "calming sounds and your own music, spoken relaxation, gentle seated "
                    "movements, and a hand-massage guide for carers. It keeps a private record "
                    "of sessions that you can share with your care team if you wish."
                ),
            ),
            (
                self.tr("What it is not"),
                self.tr(
                    "Companion does not diagnose or treat anything and is not a replacement for "
                    "your care team. It is not for sudden or severe breathlessness: if you "
                    "cannot speak in short sentences, get urgent help."
                ),
            ),
            (
                self.tr("Ask your care team first"),
                self.tr(
                    "Please show Companion to your doctor, nurse or therapist before starting, "
                    "especially the breathing and movement exercises and the hand massage."
                ),
            ),
            (
                self.tr("Your data stays here"),
                self.tr(
                    "Everything stays on this computer, readable only by you. Nothing is sent "
                    "anywhere. History and playlists: {0}. Settings: {1}."
                ).format(paths.database, paths.settings),
            ),
        ]
        for title, text in sections:
            layout.addWidget(make_label(title, "subtitle"))
            label = make_label(text)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
            layout.addSpacing(12)
        layout.addStretch(1)
        scroll = make_scroll(body)

        self.begin_button = make_button(
            self.tr("Let's begin"), self.tr("Go to the home screen (Enter)"), role="primary"
        )
        self.skip_button = make_button(self.tr("Skip"), self.tr("Skip the welcome (Esc)"))
        self.begin_button.clicked.connect(self.done)
        self.skip_button.clicked.connect(self.done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.begin_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        add_shortcut(self, Qt.Key.Key_Escape, self.done)
        self.begin_button.setDefault(True)

    def show_request(self, request: object | None = None) -> None:
        """The welcome, with the focus on "Let's begin"."""
        self.begin_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self) -> None:
        """Read or skipped: remember it, and go home."""
        self.services.state.update(welcome_done=True)
        self.home_requested.emit()
