"""The app's keyboard shortcuts, in one list: the pages install theirs from here, and Help
shows the same list (:func:`shortcut_rows`), so what Help says is what the keys do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


def _noop(text: str) -> str:
    """Marks text for translation; it is translated when shown (see shortcut_rows)."""
    return text


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
    Shortcut("Space", "BreathingPage", _noop("Breathe"), _noop("Start; pause or resume")),
    Shortcut("Esc", "BreathingPage", _noop("Breathe"), _noop("Stop the session; or go home")),
    Shortcut("Space", "ImaginePage", _noop("Imagine"), _noop("Play; pause or resume")),
    Shortcut("Esc", "ImaginePage", _noop("Imagine"), _noop("Stop; leave the editor; or go home")),
    Shortcut("Space", "StretchPage", _noop("Stretch"), _noop("Pause or resume")),
    Shortcut("Esc", "StretchPage", _noop("Stretch"), _noop("Stop the routine; or go home")),
    Shortcut("Space", "MassagePage", _noop("Hand massage"), _noop("Pause or resume")),
    Shortcut("Esc", "MassagePage", _noop("Hand massage"), _noop("Stop the guide; or go home")),
    Shortcut("Space", "RoutineView", _noop("Breathless now"), _noop("The next step")),
    Shortcut("Right", "RoutineView", _noop("Breathless now"), _noop("The next step")),
    Shortcut("Left", "RoutineView", _noop("Breathless now"), _noop("The step before")),
    Shortcut("Esc", "BreathlessPage", _noop("Breathless now"), _noop("Finish; or go back")),
    Shortcut("Esc", "BreathlessPlanPage", _noop("Breathlessness plan"), _noop("Close the form")),
    Shortcut("Space", "MeditationPage", _noop("Quiet time"), _noop("Start; pause or resume")),
    Shortcut("Esc", "MeditationPage", _noop("Quiet time"), _noop("End the quiet time; or go home")),
    Shortcut("Space", "ListenPage", _noop("Listen"), _noop("Play, pause or resume the music")),
    Shortcut("Esc", "ListenPage", _noop("Listen"), _noop("Go home (the music goes on)")),
    Shortcut("Ctrl+Up", "TrackList", _noop("Listen"), _noop("Move the chosen track up")),
    Shortcut("Ctrl+Down", "TrackList", _noop("Listen"), _noop("Move the chosen track down")),
    Shortcut("Esc", "HistoryPage", _noop("History"), _noop("Go home")),
    Shortcut("Esc", "SettingsPage", _noop("Settings"), _noop("Go home")),
    Shortcut("Esc", "CarePlanPage", _noop("Care plan"), _noop("Go home")),
    Shortcut("Esc", "ObservePage", _noop("Rate as an observer"), _noop("Go home")),
    Shortcut("Esc", "HelpPage", _noop("Help"), _noop("Go home")),
    Shortcut("Esc", "WelcomePage", _noop("Welcome"), _noop("Skip the welcome")),
    Shortcut("F1", "MainWindow", _noop("Everywhere"), _noop("Open Help")),
    Shortcut("F2", "MainWindow", _noop("Everywhere"), _noop("Breathless now")),
    Shortcut("Tab", "", _noop("Everywhere"), _noop("Go to the next control (Shift+Tab: back)")),
    Shortcut(
        "Enter", "", _noop("Everywhere"), _noop("Press the button or tick the box with the ring")
    ),
    Shortcut(
        "Space", "", _noop("Other pages"), _noop("Press the button or tick the box with the ring")
    ),
    Shortcut("Arrows", "", _noop("Everywhere"), _noop("Choose within a group of options")),
    Shortcut(
        "Space or Enter",
        "",
        _noop("One-switch scanning"),
        _noop("Choose what the ring is on (in a session: pause or resume)"),
    ),
    Shortcut(
        "Hold Space or Enter",
        "",
        _noop("One-switch scanning"),
        _noop("Go back; close a question; stop a session"),
    ),
)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(keys, where, what it does) for Help, translated, in the order above."""
    tr = QCoreApplication.translate
    return [
        (
            QKeySequence(s.keys).toString(QKeySequence.SequenceFormat.NativeText)
            if s.owner
            else tr("Shortcuts", s.keys),
            tr("Shortcuts", s.where),
            tr("Shortcuts", s.does),
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
    """Remembers which widget a key press was first delivered to (the focused one then)."""

    target: QObject | None = None

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
    if not _key_target and app is not None:
        _key_target.append(_KeyTarget(app))
        app.installEventFilter(_key_target[0])
    # Its own filter only: one on a part of it (a view with a Space shortcut) covers that part.
    if widget.findChild(_EnterPresses, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        widget.installEventFilter(_EnterPresses(widget))
