"""A repeating timer that runs only while its widget can be seen.

Every animation and every "refresh the words a few times a second" in the app uses one: it
stops when its widget is hidden (its page left, its view changed), when the window is
minimised or hidden, and starts again when they come back. Nothing ticks for nobody: an
hour minimised costs no CPU in drawing. A paused or finished drawing simply calls
:meth:`SeenTimer.stop`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget


class SeenTimer(QObject):
    """Fires ``timeout`` every ``interval_ms`` while wanted (:meth:`start`) and ``widget``
    is on screen in a window that is not minimised.

    Signals:
        timeout(): as QTimer's.
    """

    timeout = Signal()

    def __init__(self, widget: QWidget, interval_ms: int, precise: bool = False) -> None:
        super().__init__(widget)
        self._widget = widget
        self._wanted = False
        self._timer = QTimer(self)
        if precise:
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.timeout)
        self._window: QWidget | None = None
        widget.installEventFilter(self)

    def start(self) -> None:
        """Run whenever the widget can be seen (now, if it can; the first firing comes
        ``interval`` later, as QTimer's)."""
        self._wanted = True
        self._follow()

    def stop(self) -> None:
        """Stop, and stay stopped until :meth:`start`."""
        self._wanted = False
        self._timer.stop()

    def set_running(self, running: bool) -> None:
        """:meth:`start` or :meth:`stop`."""
        if running:
            self.start()
        else:
            self.stop()

    def isActive(self) -> bool:
        """Whether it is firing now (wanted and seen)."""
        return self._timer.isActive()

    @property
    def wanted(self) -> bool:
        """Whether it runs when seen."""
        return self._wanted

    def interval(self) -> int:
        """Milliseconds between firings."""
        return self._timer.interval()

    def setInterval(self, interval_ms: int) -> None:
        """Milliseconds between firings."""
        self._timer.setInterval(interval_ms)

    def seen(self) -> bool:
        """Whether the widget is on screen now, in a window that is not minimised."""
        widget = self._widget
        if not widget.isVisible():
            return False
        window = widget.window()
        return not window.isMinimized() and window.isVisible()

    def _follow(self, catch_up: bool = False) -> None:
        if self._wanted and self.seen():
            if not self._timer.isActive():
                self._timer.start()
                if catch_up:  # seen again: what it shows is brought up to date at once
                    self.timeout.emit()
        else:
            self._timer.stop()

    def _watch_window(self) -> None:
        window = self._widget.window()
        if window is self._window:
            return
        if self._window is not None:
            self._window.removeEventFilter(self)
        self._window = window if window is not self._widget else None
        if self._window is not None:
            self._window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._widget:
            if kind == QEvent.Type.Show:
                self._watch_window()
                self._follow(catch_up=True)
            elif kind == QEvent.Type.Hide:
                self._timer.stop()
            elif kind == QEvent.Type.ParentChange:
                self._watch_window()
        if kind == QEvent.Type.WindowStateChange and watched in (self._window, self._widget):
            self._follow(catch_up=True)  # minimised, or back
        return False
