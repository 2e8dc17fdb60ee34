"""Gentle reminders while Companion is open: a tray message (or a notice), never a pop-up.

Off by default. When on, a tray icon appears where the desktop has a tray; its menu opens
the window or starts breathing or calming music. A due reminder shows as a tray message,
or, with no tray, as a notice in the window. A soft sound plays only if the reminder asks
for one, and at night only if that was allowed too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from companion.core.preferences import Preferences
from companion.core.reminders import Reminder, due, may_sound
from companion.sessions.recorder import local_now
from companion.sessions.sound import SoundPath
from companion.sessions.state import AppState

CHECK_MS = 30_000
REMINDER_VOLUME = 0.2  # softer than the breathing cues' default


def tray_icon() -> QIcon:
    """The app's icon, or a soft circle drawn here when none is installed."""
    icon = QApplication.windowIcon()
    if not icon.isNull():
        return icon
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#8fc3c0"))
    painter.setPen(QColor("#2f6468"))
    painter.drawEllipse(6, 6, 52, 52)
    painter.end()
    return QIcon(pixmap)


class ReminderService(QObject):
    """Checks twice a minute for due reminders and shows them gently.

    Signals:
        reminded(str): a reminder's words, for the window to show when there is no tray.
        open_requested(), breathless_requested(), breathe_requested(), music_requested():
            from the tray menu.
    """

    reminded = Signal(str)
    open_requested = Signal()
    breathless_requested = Signal()
    breathe_requested = Signal()
    music_requested = Signal()

    def __init__(
        self,
        state: AppState,
        sound: SoundPath | None = None,
        now: Callable[[], datetime] = local_now,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._now = now
        self._tray_available = tray_available
        self._last = now()
        self._sound = sound
        self.tray: QSystemTrayIcon | None = None
        self.shown: list[Reminder] = []
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        state.changed.connect(self._apply)
        self._apply(state.prefs)

    @property
    def active(self) -> bool:
        """Whether reminders are being checked."""
        return self._timer.isActive()

    def _apply(self, prefs: Preferences) -> None:
        on = prefs.reminders_on and bool(prefs.reminders)
        if on and not self._timer.isActive():
            self._last = self._now()  # from now on: nothing from before is fired
            self._timer.start()
        elif not on:
            self._timer.stop()
        self._show_tray(on)

    def _show_tray(self, on: bool) -> None:
        if not on:
            if self.tray is not None:
                self.tray.hide()  # kept, not deleted: some platforms crash on deleting it
            return
        if self.tray is None and self._tray_available():
            self.tray = QSystemTrayIcon(tray_icon(), self)
            self._menu = QMenu()  # the tray does not own its menu
            for signal in (
                self.breathless_requested,
                self.open_requested,
                self.breathe_requested,
                self.music_requested,
            ):
                action = QAction(self._menu)
                action.triggered.connect(signal)
                self._menu.addAction(action)
            self.retranslate()
            self.tray.setContextMenu(self._menu)
            self.tray.activated.connect(lambda _reason: self.open_requested.emit())
        if self.tray is not None:
            self.tray.show()

    def retranslate(self) -> None:
        """Word the tray's tooltip and menu in the interface language (again)."""
        if self.tray is None:
            return
        self.tray.setToolTip(self.tr("Companion: gentle reminders are on"))
        words = (
            self.tr("Breathless now"),
            self.tr("Open Companion"),
            self.tr("Breathe now"),
            self.tr("Play calming music"),
        )
        for action, text in zip(self._menu.actions(), words, strict=True):
            action.setText(text)

    def check(self) -> list[Reminder]:
        """Show whatever reminders came due since the last check."""
        now = self._now()
        prefs = self._state.prefs
        found = due(prefs.reminders, self._last, now) if prefs.reminders_on else []
        self._last = now
        for reminder in found:
            self.shown.append(reminder)
            text = self.tr("Reminder: {0}").format(reminder.label)
            if self.tray is not None and self.tray.isVisible():
                self.tray.showMessage(
                    self.tr("Companion"), text, QSystemTrayIcon.MessageIcon.NoIcon, 15_000
                )
            else:
                self.reminded.emit(text)
            if self._sound is not None and may_sound(reminder, now, prefs.reminder_sound_at_night):
                self._sound.chime(REMINDER_VOLUME)
        return found

    def stop(self) -> None:
        """The app is closing."""
        self._timer.stop()
        if self.tray is not None:
            self.tray.hide()
