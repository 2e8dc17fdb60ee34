"""The app's keyboard shortcuts, in one list: the pages install theirs from here, and Help
shows the same list (:func:`shortcut_rows`), so what Help says is what the keys do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from companion.ui.common.i18n_marks import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    """One key and what it does where.

    ``keys`` is the portable text of the key sequence ("Space", "Esc", "Ctrl+Up");
    ``owner`` the widget class that handles it; ``where`` and ``does`` are shown in Help.
    """

    keys: str
    owner: str
    where: str
    does: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "Space",
        "BreathingPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Breathe"),
        QT_TRANSLATE_NOOP("Shortcuts", "Start; pause or resume"),
    ),
    Shortcut(
        "Esc",
        "BreathingPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Breathe"),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop the session; or go home"),
    ),
    Shortcut(
        "Space",
        "ImaginePage",
        QT_TRANSLATE_NOOP("Shortcuts", "Imagine"),
        QT_TRANSLATE_NOOP("Shortcuts", "Play; pause or resume"),
    ),
    Shortcut(
        "Esc",
        "ImaginePage",
        QT_TRANSLATE_NOOP("Shortcuts", "Imagine"),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop; leave the editor; or go home"),
    ),
    Shortcut(
        "Space",
        "StretchPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Stretch"),
        QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume"),
    ),
    Shortcut(
        "Esc",
        "StretchPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Stretch"),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop the routine; or go home"),
    ),
    Shortcut(
        "Space",
        "MassagePage",
        QT_TRANSLATE_NOOP("Shortcuts", "Hand massage"),
        QT_TRANSLATE_NOOP("Shortcuts", "Pause or resume"),
    ),
    Shortcut(
        "Esc",
        "MassagePage",
        QT_TRANSLATE_NOOP("Shortcuts", "Hand massage"),
        QT_TRANSLATE_NOOP("Shortcuts", "Stop the guide; or go home"),
    ),
    Shortcut(
        "Space",
        "RoutineView",
        QT_TRANSLATE_NOOP("Shortcuts", "Breathless now"),
        QT_TRANSLATE_NOOP("Shortcuts", "The next step"),
    ),
    Shortcut(
        "Right",
        "RoutineView",
        QT_TRANSLATE_NOOP("Shortcuts", "Breathless now"),
        QT_TRANSLATE_NOOP("Shortcuts", "The next step"),
    ),
    Shortcut(
        "Left",
        "RoutineView",
        QT_TRANSLATE_NOOP("Shortcuts", "Breathless now"),
        QT_TRANSLATE_NOOP("Shortcuts", "The step before"),
    ),
    Shortcut(
        "Esc",
        "BreathlessPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Breathless now"),
        QT_TRANSLATE_NOOP("Shortcuts", "Finish; or go back"),
    ),
    Shortcut(
        "Esc",
        "BreathlessPlanPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Breathlessness plan"),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the form"),
    ),
    Shortcut(
        "Space",
        "MeditationPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Quiet time"),
        QT_TRANSLATE_NOOP("Shortcuts", "Start; pause or resume"),
    ),
    Shortcut(
        "Esc",
        "MeditationPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Quiet time"),
        QT_TRANSLATE_NOOP("Shortcuts", "End the quiet time; or go home"),
    ),
    Shortcut(
        "Space",
        "ListenPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Listen"),
        QT_TRANSLATE_NOOP("Shortcuts", "Play, pause or resume the music"),
    ),
    Shortcut(
        "Esc",
        "ListenPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Listen"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go home (the music goes on)"),
    ),
    Shortcut(
        "Ctrl+Up",
        "TrackList",
        QT_TRANSLATE_NOOP("Shortcuts", "Listen"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen track up"),
    ),
    Shortcut(
        "Ctrl+Down",
        "TrackList",
        QT_TRANSLATE_NOOP("Shortcuts", "Listen"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the chosen track down"),
    ),
    Shortcut(
        "Esc",
        "HistoryPage",
        QT_TRANSLATE_NOOP("Shortcuts", "History"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go home"),
    ),
    Shortcut(
        "Esc",
        "SettingsPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Settings"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go home"),
    ),
    Shortcut(
        "Esc",
        "CarePlanPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Care plan"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go home"),
    ),
    Shortcut(
        "Esc",
        "ObservePage",
        QT_TRANSLATE_NOOP("Shortcuts", "Rate as an observer"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go home"),
    ),
    Shortcut(
        "Esc",
        "HelpPage",
        QT_TRANSLATE_NOOP("Shortcuts", "Help"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go home"),
    ),
    Shortcut(
        "Esc",
        "WelcomePage",
        QT_TRANSLATE_NOOP("Shortcuts", "Welcome"),
        QT_TRANSLATE_NOOP("Shortcuts", "Skip the welcome"),
    ),
    Shortcut(
        "F1",
        "MainWindow",
        QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open Help"),
    ),
    Shortcut(
        "F2",
        "MainWindow",
        QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
        QT_TRANSLATE_NOOP("Shortcuts", "Breathless now"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Tab"),
        "",
        QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the next control (Shift+Tab: back)"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        "",
        QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
        QT_TRANSLATE_NOOP("Shortcuts", "Press the button or tick the box with the ring"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Space"),
        "",
        QT_TRANSLATE_NOOP("Shortcuts", "Other pages"),
        QT_TRANSLATE_NOOP("Shortcuts", "Press the button or tick the box with the ring"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Arrows"),
        "",
        QT_TRANSLATE_NOOP("Shortcuts", "Everywhere"),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose within a group of options"),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Space or Enter"),
        "",
        QT_TRANSLATE_NOOP("Shortcuts", "One-switch scanning"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Choose what the ring is on (in a session: pause or resume)"
        ),
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("Shortcuts", "Hold Space or Enter"),
        "",
        QT_TRANSLATE_NOOP("Shortcuts", "One-switch scanning"),
        QT_TRANSLATE_NOOP("Shortcuts", "Go back; close a question; stop a session"),
    ),
)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(keys, where, what it does) for Help, translated, in the order above."""
    tr = QCoreApplication.translate
    return [
        (
            QKeySequence(s.keys).toString(QKeySequence.SequenceFormat.NativeText)
            if s.owner
            else tr("Shortcuts", s.keys),  # i18n: marked (QT_TRANSLATE_NOOP above)
            tr("Shortcuts", s.where),  # i18n: marked
            tr("Shortcuts", s.does),  # i18n: marked
        )
        for s in SHORTCUTS
    ]


def listed(owner: QWidget, key: Qt.Key) -> Shortcut:
    """The entry for ``key`` on ``owner``'s class; KeyError if the list does not have it."""
    keys = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
    name = type(owner).__name__
    for entry in SHORTCUTS:
        if entry.owner == name and entry.keys == keys:
            return entry
    raise KeyError(f"{keys} on {name} is not in companion.ui.common.shortcuts.SHORTCUTS")


def add_shortcut(
    owner: QWidget,
    key: Qt.Key,
    slot: Callable[[], Any] | SignalInstance,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """A shortcut from the list on ``owner`` (KeyError if it is not listed).

    A page's Space shortcut wins over the focused button (Space always pauses, so a session
    is never stopped by accident); so Enter presses buttons on that page instead.
    """
    listed(owner, key)
    shortcut = QShortcut(QKeySequence(key), owner)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    if key == Qt.Key.Key_Space:
        enter_presses(owner)
    return shortcut


class _KeyTarget(QObject):
    """Remembers which widget a key press was first delivered to (the focused one then).

    It watches the focused widget alone, moving with the focus: a Python filter on the whole
    application would cost every event a call into Python, and makes PySide create every Qt
    type and enum it has not made yet the first time a scroll area is built (~35 ms, ~6 MB).
    """

    target: QObject | None = None

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watched: QWidget | None = None
        app.focusChanged.connect(self._follow)
        self._follow(None, QApplication.focusWidget())

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = new
        if new is not None:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is QApplication.focusWidget():
            _KeyTarget.target = watched
        return False


_key_target: list[_KeyTarget] = []


class _EnterPresses(QObject):
    """Enter (or Return) presses the focused button or ticks the focused box under a widget.

    A QPushButton outside a dialog ignores Enter, and the key then travels up to its parents;
    here it is caught and turned into a press — but only when that button had the focus
    when Enter was pressed: a list that starts something on Enter (and moves the focus to
    Pause) must not have the same key press Pause as well.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        focus = QApplication.focusWidget()
        if not isinstance(focus, QAbstractButton) or not isinstance(watched, QWidget):
            return False
        if focus is not _KeyTarget.target:
            return False  # the key was meant for another widget, which moved the focus
        if watched.isAncestorOf(focus) and focus.isEnabled():
            focus.animateClick()
            return True
        return False


def enter_presses(widget: QWidget) -> None:
    """Let Enter press any button or check box inside ``widget`` (once per widget)."""
    app = QApplication.instance()
    if not _key_target and isinstance(app, QApplication):
        _key_target.append(_KeyTarget(app))
    # Its own filter only: one on a part of it (a view with a Space shortcut) covers that part.
    if widget.findChild(_EnterPresses, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        widget.installEventFilter(_EnterPresses(widget))
