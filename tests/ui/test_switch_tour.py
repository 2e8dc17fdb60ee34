"""One switch through every view of the window (the accessibility tour): the ring reaches
every control a person can use, each one in sight when the ring is on it, and every group,
list and panel is gone into and left again with the one key.

Run one page with ``-k listen``.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractItemView, QWidget

from companion.ui.shell.scan_items import Kind, ScanItem
from companion.ui.shell.scan_ring import ScanRing
from companion.ui.shell.window import FIRST_SIZE, MainWindow
from tests.helpers.a11y import controls, describe
from tests.helpers.a11y_tour import TOURS, TourContext
from tests.helpers.services import make_services
from tests.helpers.switch import explore


def _in_sight(item: ScanItem) -> bool:
    """The ring's item is on screen inside its window (a scroll view brought it in)."""
    rect = item.rect()
    window = item.widget.window()
    if item.kind is Kind.ROW:
        return not rect.isEmpty() and window.rect().intersects(rect)
    shown = item.widget.visibleRegion()
    on_screen = QRect(item.widget.mapTo(window, QPoint(0, 0)), item.widget.size())
    return not shown.isEmpty() and on_screen.intersects(window.rect())


def _reached(widget: QWidget, seen: list[ScanItem]) -> bool:
    return any(item.widget is widget for item in seen)


@pytest.mark.parametrize("page", list(TOURS))
def test_one_switch_reaches_every_control_of_every_view(
    qtbot, state, store, clock, tmp_path, themed, page: str
) -> None:
    themed(state.prefs.theme, state.prefs.text_scale)  # the window as the app shows it
    state.update(switch_access=True)
    window = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(window)
    window.scanner.stepping = False
    window.resize(*FIRST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}
    views = 0
    for view in TOURS[page](TourContext(window, qtbot, clock, store)):
        views += 1
        scanner = window.scanner
        scanner.sync()
        assert scanner.active_window() is view.root, view.name
        seen: list[ScanItem] = []
        problems: list[str] = []

        def check(item: ScanItem, problems: list[str] = problems) -> None:
            if item.kind is not Kind.LEAVE and not _in_sight(item):
                problems.append(f"{item.kind.value} {item.name!r}: the ring is on it, out of sight")
            if not item.name:
                problems.append(f"{item.kind.value} on {describe(item.widget)}: has no name to say")

        explore(qtbot, scanner, view.root, seen, check)
        ring = ScanRing.on(view.root)
        if not ring.isVisible():
            problems.append("no scan ring is shown")
        running = window.current().running_session() if view.root is window else None
        wanted = [w for w in controls(view.root) if w.isEnabled()]
        if running is not None:  # a session: only Pause and Stop, nothing else moves
            wanted = [running.pause]
        for widget in wanted:
            inner = isinstance(widget.parentWidget(), QAbstractItemView)
            if not inner and not _reached(widget, seen):
                problems.append(f"{describe(widget)}: the ring never reaches it")
        found[view.name] = problems
    window.close()
    assert views, "the tour showed nothing"
    report = "\n".join(f"{name}:\n  " + "\n  ".join(p) for name, p in found.items() if p)
    assert not report, report
