"""Pressing one switch, as a USB switch interface does: a Space key, short or held.

The switch key goes where any key goes (the focused control, else the active window); the
scanner catches it there. The ring's steps are taken with ``scanner.advance()`` (what its
timer does) so a test is not at the mercy of the clock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from companion.ui.shell.scan_items import Kind, ScanItem
from companion.ui.shell.scan_panels import ScanPanel
from companion.ui.shell.scanning import SwitchScanner

SWITCH = Qt.Key.Key_Space


def _target(fallback: QWidget) -> QWidget:
    return QApplication.focusWidget() or QApplication.activeWindow() or fallback


def press(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """One short press of the switch (the choice is made once the key is let go)."""
    qtbot.keyClick(_target(window), SWITCH)
    for _ in range(3):  # the scanner acts just after the key event, not inside it
        QApplication.processEvents()


def hold(qtbot, window: QWidget, until: Callable[[], bool]) -> None:  # type: ignore[no-untyped-def]
    """A long press: the switch held down until ``until()`` (what it does shows), then let go."""
    target = _target(window)
    qtbot.keyPress(target, SWITCH)
    qtbot.waitUntil(until, timeout=5000)
    qtbot.keyRelease(_target(window), SWITCH)
    QApplication.processEvents()


def ring_to(
    scanner: SwitchScanner, wanted: Callable[[ScanItem], bool], limit: int = 300
) -> ScanItem:
    """Let the ring step on until it rests on an item ``wanted`` accepts."""
    for _ in range(limit):
        item = scanner.current
        if item is not None and wanted(item):
            return item
        scanner.advance()
    raise AssertionError(f"the ring never reached it (last: {scanner.current})")


def on_widget(widget: QWidget) -> Callable[[ScanItem], bool]:
    return lambda item: item.widget is widget and item.kind is not Kind.LEAVE


def _is_done(item: ScanItem) -> bool:
    panel = item.widget.parentWidget()
    while panel is not None and not isinstance(panel, ScanPanel):
        panel = panel.parentWidget()
    return panel is not None and item.widget is panel.done_button


def explore(  # type: ignore[no-untyped-def]
    qtbot,
    scanner: SwitchScanner,
    window: QWidget,
    seen: list[ScanItem],
    check: Callable[[ScanItem], None] = lambda _item: None,
) -> None:
    """Step the ring round every item where it is now, going into every group, list and
    panel (with a press) and out again (with its own Leave or Done, also a press); every
    item the ring rests on is added to ``seen`` and ``check``-ed while the ring is on it.
    Nothing is pressed that changes anything."""
    depth = scanner.depth
    first = scanner.current
    assert first is not None, "the ring is nowhere"
    for _ in range(400):
        item = scanner.current
        assert item is not None
        for _ in range(3):  # a scroll view brings the control into sight as the focus comes
            QApplication.processEvents()
        seen.append(item)
        check(item)
        if depth > 0 and (item.kind is Kind.LEAVE or _is_done(item)):
            press(qtbot, window)
            qtbot.waitUntil(lambda: scanner.depth == depth - 1)
            return
        if item.kind in (Kind.GROUP, Kind.ROWS, Kind.CHOOSE, Kind.ADJUST, Kind.TYPE):
            press(qtbot, window)
            qtbot.waitUntil(lambda: scanner.depth == depth + 1)
            explore(qtbot, scanner, window, seen, check)
            assert scanner.depth == depth
            assert scanner.current is not None and scanner.current.same_as(item), (
                f"leaving {item.name!r} did not bring the ring back to it (it is on"
                f" {scanner.current!r}; the focus on {QApplication.focusWidget()!r})"
            )
        scanner.advance()
        if depth == 0 and scanner.current is not None and scanner.current.same_as(first):
            return
    raise AssertionError("the ring went round and round")


def pressed_widgets(seen: list[ScanItem]) -> set[int]:
    """The controls (by id) among the items the ring rested on (rows count for their list)."""
    return {id(item.widget) for item in seen if item.kind is not Kind.GROUP}


def is_button(item: ScanItem) -> bool:
    return isinstance(item.widget, QAbstractButton)
