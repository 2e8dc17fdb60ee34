"""The walk: every page and view, in every theme, at 100 % and 200 % text, in the window as it
first opens (960×760). Nothing scrolls sideways, no control lies outside the window, nothing
is squeezed or cut off, every control's boundary shows at 3:1 or more in the rendered
pixels, and no click target is small or close to another (a shaking hand). Run one page
with ``-k listen`` (the cases are named page-theme-scale).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QHBoxLayout, QPushButton, QWidget

from companion.ui.common.theme import THEMES
from companion.ui.common.widgets import ScrollView
from companion.ui.shell.window import FIRST_SIZE, MainWindow
from tests.helpers.a11y_tour import TOURS, TourContext
from tests.helpers.services import make_services
from tests.helpers.walk import (
    boundary_problems,
    focus_problems,
    reflow_problems,
    target_problems,
)


@pytest.mark.parametrize("scale", (100, 200))
@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("page", list(TOURS))
def test_every_view_reflows_and_shows_its_boundaries(
    qtbot, state, store, clock, tmp_path, themed, page: str, theme: str, scale: int
) -> None:
    themed(theme, scale)
    state.update(theme=theme, text_scale=scale)
    window = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(window)
    window.resize(*FIRST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    found: dict[str, list[str]] = {}
    for view in TOURS[page](TourContext(window, qtbot, clock, store)):
        width = FIRST_SIZE[0] if view.root is window else None
        found[view.name] = (
            reflow_problems(view.root, width)
            + boundary_problems(view.root)
            + target_problems(view.root)
        )
    window.close()
    assert found, "the tour showed nothing"
    report = "\n".join(f"{name}:\n  " + "\n  ".join(p) for name, p in found.items() if p)
    assert not report, report


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize("page", list(TOURS))
def test_every_tab_stop_is_in_sight_and_shows_the_focus(
    qtbot, state, store, clock, tmp_path, themed, page: str, theme: str
) -> None:
    themed(theme, 100)
    state.update(theme=theme)
    window = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(window)
    window.resize(*FIRST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    found = {
        view.name: focus_problems(view.root)
        for view in TOURS[page](TourContext(window, qtbot, clock, store))
    }
    window.close()
    report = "\n".join(f"{name}:\n  " + "\n  ".join(p) for name, p in found.items() if p)
    assert not report, report


@pytest.mark.parametrize("page", ["settings", "history", "help", "welcome", "listen"])
def test_no_page_opens_with_the_focus_on_a_scroll_view(
    qtbot, state, store, clock, tmp_path, themed, page: str
) -> None:
    """A page that opens with the focus on its scroll view would show a ring round everything
    (or nothing at all): the first control inside takes it instead."""
    themed("light", 200)
    state.update(text_scale=200)
    window = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(window)
    window.resize(*FIRST_SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.open(page)
    for _ in range(3):
        QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None and not isinstance(focused, ScrollView), focused
    window.close()


def test_the_walk_catches_a_faint_box_and_a_row_that_will_not_wrap(qtbot, themed) -> None:
    """A test that cannot fail is a defect: these two careless widgets are caught."""
    themed("night", 200)
    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    faint = QCheckBox("Invisible box")
    faint.setAccessibleName("Invisible box")
    faint.setStyleSheet("QCheckBox::indicator { border: 2px solid #1A1716; background: #121010; }")
    row.addWidget(faint)
    for n in range(8):  # a row of wide buttons that cannot wrap
        button = QPushButton(f"A long button label {n}")
        button.setAccessibleName(f"Wide {n}")
        row.addWidget(button)
    root.resize(720, 300)
    root.show()
    qtbot.waitExposed(root)
    assert any("Invisible box" in p and "boundary" in p for p in boundary_problems(root))
    assert any("grew" in p or "squeezed" in p for p in reflow_problems(root, 720))
    close = "\n".join(target_problems(root))
    assert "'Wide 0'" in close and "'Wide 1'" in close and "px apart" in close
