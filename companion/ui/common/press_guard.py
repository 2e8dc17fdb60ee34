"""Tremor: a second press of the same control within a short time counts once.

Repeated presses are the error tremor causes most (a hand that shakes presses twice: Nunes
et al., 2015), and here a second press undoes the first (Pause, then Resume at once) or
opens what the first press chose twice. One guard watches the whole application while it is
on, so every button, check box, chip, tile and key shortcut behaves the same, on every page
and sheet: a press that follows an accepted press of the same control within the person's
time (Settings; off unless chosen) is dropped, with its release. Presses of *different*
controls always count.

The guard also answers the one-switch scanner (:meth:`PressGuard.counts`), so a switch
that bounces is held to the same rule.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication

from companion.core.preferences import Preferences
from companion.sessions.state import AppState

PRESS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
_MOUSE_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
MAX_KEPT_S = 10.0


def _key(control: QObject) -> int:
    return int(shiboken6.getCppPointer(control)[0])


class PressGuard(QObject):
    """Drops a repeated press of the same control within ``prefs.repeat_guard_s``.

    Made by the window; it watches the application's events only while the guard is on (a
    Python filter on the whole application costs every event a call into Python, and makes
    PySide create every Qt type and enum it has not made yet, about 35 ms and 6 MB, the
    first time a scroll area is built). ``now`` is the clock (seconds).
    """

    def __init__(
        self, state: AppState, now: Callable[[], float], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._now = now
        # By the C++ object (a control made by Qt may come with a new Python wrapper each time)
        self._last: dict[int, float] = {}
        self._swallowing: set[int] = set()  # presses dropped: their releases go too
        self.dropped = 0  # presses dropped so far (for tools and tests)
        self.watching = False  # whether it is installed on the application now
        state.changed.connect(self._follow)
        self._follow(state.prefs)

    def _follow(self, prefs: Preferences) -> None:
        """Watch the application's presses while the guard is on, and only then."""
        app = QApplication.instance()
        on = prefs.repeat_guard_s > 0
        if app is None or on == self.watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
            self._swallowing.clear()
        self.watching = on

    @property
    def window_s(self) -> float:
        """The time within which a second press of the same control counts once (0: off)."""
        return self._state.prefs.repeat_guard_s

    def counts(self, control: QObject) -> bool:
        """Whether a press of ``control`` now counts (and remember it if so)."""
        now = self._now()
        key = _key(control)
        last = self._last.get(key)
        if last is not None and self.window_s > 0 and now - last < self.window_s:
            self.dropped += 1
            return False
        if len(self._last) > 256:  # forget presses long past
            self._last = {k: t for k, t in self._last.items() if now - t < MAX_KEPT_S}
        self._last[key] = now
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.window_s <= 0:
            return False
        kind = event.type()
        if kind in _MOUSE_PRESS and isinstance(watched, QAbstractButton):
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            key = _key(watched)
            if kind == QEvent.Type.MouseButtonDblClick:  # Qt sends it after its own press:
                return key in self._swallowing  # it shares that press's fate
            if not self.counts(watched):
                self._swallowing.add(key)
                return True
            self._swallowing.discard(key)
            return False
        if kind == QEvent.Type.MouseButtonRelease and _key(watched) in self._swallowing:
            self._swallowing.discard(_key(watched))
            return True
        if kind == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            if self._state.prefs.switch_access:  # the keys are the switch's: the scanner holds
                return False  # it to this rule itself (counts), whichever filter came first
            assert isinstance(event, QKeyEvent)
            first = watched is QApplication.focusWidget()  # not again as it travels up
            if first and event.key() in PRESS_KEYS and not event.isAutoRepeat():
                return not self.counts(watched)
            return False
        if kind == QEvent.Type.Shortcut and isinstance(watched, QShortcut):
            return not self.counts(watched)
        return False
