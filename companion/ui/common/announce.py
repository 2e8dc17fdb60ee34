"""Telling a screen reader what changed: Qt's announcement event, polite or assertive.

A breath phase, an Imagine caption, a stretch or massage step and a notice are *announced*
(``QAccessibleAnnouncementEvent``, Qt ≥ 6.8; AT-SPI's ``object:announcement``), politely:
the screen reader finishes what it is saying first. A safety message ("Please do not start a
massage now") is announced assertively: it interrupts. Announcing is better than renaming a
label (a NameChanged event): Orca reads a renamed label only while it has the focus.

What Companion already says or sounds is not announced twice: a phase that the sound cues
mark, a caption its voice reads, unless the person chose to hear both (Settings).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from companion.sessions.state import AppState

POLITE = "polite"
ASSERTIVE = "assertive"


class Announcer(QObject):
    """Sends announcements to assistive technology (a screen reader), by the app's rules.

    Signals:
        announced(str, str): the words and their politeness (``polite`` or ``assertive``),
            as they were sent to the accessibility layer (tools and tests listen here too).
    """

    announced = Signal(str, str)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state

    def polite(self, source: QObject, text: str) -> None:
        """Announce ``text`` once the screen reader has finished what it is saying."""
        self._send(source, text, POLITE)

    def assertive(self, source: QObject, text: str) -> None:
        """Announce ``text`` at once, interrupting (safety messages only)."""
        self._send(source, text, ASSERTIVE)

    def guidance(self, source: QObject, text: str, sounded: bool) -> None:
        """A phase, caption or step: polite, and not at all when ``sounded`` (the app's own
        cues or voice already carry it), unless the person asked to hear it both ways."""
        if sounded and not self._state.prefs.announce_with_sound:
            return
        self.polite(source, text)

    def _send(self, source: QObject, text: str, politeness: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        event = QAccessibleAnnouncementEvent(source, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if politeness == ASSERTIVE
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        self.announced.emit(text, politeness)
