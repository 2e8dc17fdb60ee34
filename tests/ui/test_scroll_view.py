"""The scroll view every page sits in keeps what a person is on in sight."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from companion.ui.common.widgets import ScrollView


def _view(qtbot, *widgets: QWidget) -> ScrollView:  # type: ignore[no-untyped-def]
    """``widgets`` in a column in a scroll view of 300 x 200, shown and active."""
    content = QWidget()
    column = QVBoxLayout(content)
    for widget in widgets:
        column.addWidget(widget)
    view = ScrollView(content)
    view.resize(300, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def test_a_control_focused_before_the_layout_settles_is_scrolled_into_sight(qtbot) -> None:
    """A page just shown has no scroll range yet: the control that takes the focus then (the
    page's own choice, a switch's ring) must still be in sight once the content has grown."""
    spacer, last = QWidget(), QPushButton("Last")
    view = _view(qtbot, spacer, last)
    last.setFocus(Qt.FocusReason.TabFocusReason)  # before anything is there to scroll
    assert view.verticalScrollBar().maximum() == 0
    spacer.setMinimumHeight(900)  # the layout settles: the content grows below the view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    for _ in range(3):
        QApplication.processEvents()
    top = last.mapTo(view.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + last.height() <= view.viewport().height()


def test_a_control_scrolled_away_from_by_hand_is_not_pulled_back_later(qtbot) -> None:
    """Following the focus lasts while the layout settles, not for ever: a person who scrolls
    away to read is not dragged back when the content changes a while later."""
    first, spacer = QPushButton("First"), QWidget()
    spacer.setMinimumHeight(900)
    view = _view(qtbot, first, spacer)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(700)  # longer than the layout is given to settle
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the wheel, to read further down
    spacer.setMinimumHeight(1200)
    qtbot.waitUntil(lambda: bar.maximum() > 700)
    QApplication.processEvents()
    assert bar.value() > 0
