"""Accessibility of the whole window: every page and view, every theme, 200 % text.

The tour (tests/helpers/a11y_tour.py) opens each page and each view inside it (setup,
running, summary, the editor, the dialogs); the checks (tests/helpers/a11y.py) walk the widget
tree. Numbers from CLINICAL.md: targets ≥ 44 px, text ≥ 4.5:1 (≥ 7:1 in high contrast),
focus ring and chart marks ≥ 3:1, text at 200 % without clipping.
"""

from __future__ import annotations

import ast
import re
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from companion.core.breathing import Pattern
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.common import shortcuts
from companion.ui.common.theme import THEMES, apply_theme, contrast_ratio, stylesheet
from companion.ui.history.charts import ChartStyle, blend, number_ink, shade_alpha
from companion.ui.history.page import HistoryPage
from companion.ui.shell.window import MainWindow
from tests.helpers.a11y import (
    INTERACTIVE,
    colour_of,
    control_problems,
    style_of,
    tab_problems,
)
from tests.helpers.a11y_tour import tour
from tests.helpers.services import make_services

UI = Path(__file__).resolve().parents[2] / "companion" / "ui"


@pytest.fixture
def themed():
    """Apply a theme and text size to the application; put the defaults back afterwards."""
    app = QApplication.instance()
    palette, font, sheet = app.palette(), app.font(), app.styleSheet()

    def use(name: str, scale: int) -> None:
        apply_theme(app, name, scale)

    yield use
    app.setStyleSheet(sheet)
    app.setPalette(palette)
    app.setFont(font)


def _window(qtbot, state, store, clock, themed, scale: int = 100) -> MainWindow:  # type: ignore[no-untyped-def]
    themed("light", scale)
    state.update(text_scale=scale)
    window = MainWindow(make_services(state, store, clock, Path(tempfile.mkdtemp())))
    qtbot.addWidget(window)
    window.resize(window.minimumSize() if scale == 200 else window.size())
    window.show()
    qtbot.waitExposed(window)
    return window


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{view}:\n  " + "\n  ".join(p) for view, p in found.items() if p)


# -- controls -------------------------------------------------------------------------------


def test_every_control_is_named_focusable_and_reachable_by_tab(
    qtbot, state, store, clock, themed
) -> None:
    window = _window(qtbot, state, store, clock, themed)
    found: dict[str, list[str]] = {}
    seen = 0
    for view in tour(window, qtbot, clock, store):
        found[view.name] = control_problems(view.root) + tab_problems(view.root)
        seen += 1
    window.close()
    assert seen >= 28  # every view was visited
    assert not any(found.values()), _report(found)


def test_the_checks_catch_a_careless_control(qtbot) -> None:
    """A test that cannot fail is a defect: a bad button and a keyboard trap are caught."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    good = QPushButton("Fine")
    good.setAccessibleName("Fine")
    good.setMinimumSize(48, 48)
    bad = QPushButton()
    bad.setFixedSize(20, 20)
    bad.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setAccessibleName("Volume")
    slider.setMinimumHeight(48)
    trap = QWidget()  # swallows Tab like a table with tab navigation
    trap.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    trap.setAccessibleName("Trap")
    trap.keyPressEvent = lambda event: event.accept()  # type: ignore[method-assign]
    trap.focusNextPrevChild = lambda _next: False  # type: ignore[method-assign]
    after = QCheckBox("After")
    after.setAccessibleName("After")
    after.setMinimumHeight(48)
    for widget in (good, bad, slider, trap, after):
        layout.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    qtbot.waitUntil(root.isActiveWindow)
    problems = "\n".join(control_problems(root))
    assert "no accessible name" in problems
    assert "cannot take keyboard focus" in problems
    assert "20×20 < 44×44" in problems
    assert "Volume" in problems and "description" in problems
    assert "Fine" not in problems
    assert trap not in [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    trap_problems = "\n".join(tab_problems(root))
    assert "'After'" in trap_problems and "never reached" in trap_problems


def test_enter_presses_the_focused_control_where_space_pauses(
    qtbot, state, store, clock, themed
) -> None:
    """Space always pauses a session; Enter is how a keyboard presses Stop or ticks a box."""
    window = _window(qtbot, state, store, clock, themed)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page(BreathingPage)
    window.open("breathe", BreathingRequest(Pattern(4, 6), "calm", 60.0))
    assert page.session is not None
    page.sound_box.setFocus()
    qtbot.keyClick(page.sound_box, Qt.Key.Key_Space)
    assert page.session.paused and page.sound_box.isChecked()  # Space paused, box untouched
    qtbot.keyClick(page.sound_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.sound_box.isChecked())
    assert state.prefs.cues_enabled is False
    page.stop_button.setFocus()
    qtbot.keyClick(page.stop_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 2)
    window.open("home")
    window.home.history_button.setFocus()
    qtbot.keyClick(window.home.history_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current() is window.page(HistoryPage))
    window.close()


# -- shortcuts ------------------------------------------------------------------------------


def test_every_shortcut_in_the_app_is_listed_for_help(qtbot, state, store, clock, themed) -> None:
    window = _window(qtbot, state, store, clock, themed)
    window.build_all_pages()
    made = window.findChildren(QShortcut)
    assert len(made) >= 10
    listed = {(s.owner, s.keys) for s in shortcuts.SHORTCUTS}
    for shortcut in made:
        owner = type(shortcut.parent()).__name__
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        assert (owner, keys) in listed, f"{keys} on {owner} is missing from ui/shortcuts.py"
    # Keys handled in keyPressEvent are listed too, with the class that handles them.
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text())
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if isinstance(fn, ast.FunctionDef) and fn.name == "keyPressEvent":
                    keys = re.findall(r"Key_(\w+)", ast.get_source_segment(path.read_text(), fn))
                    owned = {s.keys for s in shortcuts.SHORTCUTS if s.owner == cls.name}
                    for key in keys:
                        assert any(key in k for k in owned), f"{cls.name} handles {key}"
    rows = shortcuts.shortcut_rows()
    assert ("Space", "Breathe", "Start; pause or resume") in rows
    assert all(all(cell for cell in row) for row in rows)
    window.close()


def test_an_unlisted_shortcut_is_refused(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    with pytest.raises(KeyError, match="not in"):
        shortcuts.add_shortcut(widget, Qt.Key.Key_F5, lambda: None)


# -- colours --------------------------------------------------------------------------------

BUTTON = ("QPushButton", "QAbstractButton", "QWidget")


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_every_text_colour_meets_its_contrast(theme) -> None:
    text_min = 7.0 if theme.name == "contrast" else 4.5
    sheet = stylesheet(theme, 100)
    window_bg = colour_of(style_of(sheet, ("QWidget",)), "background")
    pairs: dict[str, tuple[str, str]] = {}
    for role in (None, "title", "subtitle", "muted", "count", "phase", "tile-text"):
        colour = colour_of(style_of(sheet, ("QLabel", "QWidget"), role), "color")
        pairs[f"label {role or 'plain'} on the page"] = (colour, window_bg)
        pairs[f"label {role or 'plain'} on a card"] = (colour, theme.surface)
    notice = style_of(sheet, ("QFrame", "QWidget"), "notice")
    notice_text = [r for r in sheet.split("}") if 'QFrame[role="notice"] QLabel' in r]
    pairs["notice text"] = (colour_of({"color": notice_text[0]}, "color"), notice["background"])
    urgent = style_of(sheet, BUTTON, "tile-urgent")  # "Breathless now", pinned on Home
    urgent_words = [r for r in sheet.split("}") if 'QPushButton[role="tile-urgent"] QLabel' in r]
    pairs["breathless tile words"] = (
        colour_of({"color": urgent_words[0]}, "color"),
        colour_of(urgent, "background"),
    )
    for role in (None, "primary", "tile"):
        for states in ((), ("checked",), ("disabled",), ("checked", "disabled")):
            style = style_of(sheet, BUTTON, role, states)
            name = f"button {role or 'plain'} {'+'.join(states) or 'enabled'}"
            pairs[name] = (colour_of(style, "color"), colour_of(style, "background"))
    for cls in ("QComboBox", "QLineEdit", "QSpinBox", "QDateEdit"):
        style = style_of(sheet, (cls, "QWidget"))
        pairs[cls] = (colour_of(style, "color"), colour_of(style, "background"))
    pairs["placeholder text"] = (theme.muted, theme.surface)
    pairs["chosen list row"] = (theme.on_accent, theme.accent)
    failing = {
        name: round(contrast_ratio(fg, bg), 2)
        for name, (fg, bg) in pairs.items()
        if contrast_ratio(fg, bg) < text_min
    }
    assert not failing, f"{theme.name}: {failing} (need {text_min}:1)"


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_focus_ring_and_boundaries_meet_three_to_one(theme) -> None:
    """The design's table: focus on page, surface and the primary fill; boundaries on page
    and surface; accent marks on the page (the walk measures the rendered pixels too)."""
    pairs = {
        "focus on page": (theme.focus, theme.page),
        "focus on surface": (theme.focus, theme.surface),
        "focus on the primary fill": (theme.focus, theme.primary_fill),
        "boundary on page": (theme.boundary, theme.page),
        "boundary on surface": (theme.boundary, theme.surface),
        "accent marks on page": (theme.accent, theme.page),
        "primary button's edge on page": (theme.primary_border, theme.page),
        "chosen edge on its tint": (theme.accent, theme.selected),
    }
    failing = {k: round(contrast_ratio(*v), 2) for k, v in pairs.items() if contrast_ratio(*v) < 3}
    assert not failing, f"{theme.name}: {failing}"
    # "Breathless now" on Home: its edge, or its warm fill where the edge is dark (HC), shows
    edge = max(
        contrast_ratio(theme.notice_bar, theme.page), contrast_ratio(theme.notice, theme.page)
    )
    assert edge >= 3, f"{theme.name}: the Breathless now tile's boundary is {edge:.2f}:1"
    sheet = stylesheet(theme, 100)
    for selector in ("QPushButton:focus", "QCheckBox::indicator:focus", "QComboBox:focus",
                     "QSlider::handle:horizontal:focus", "QLineEdit:focus", "QListView:focus",
                     "QTableView:focus"):  # fmt: skip
        assert selector in sheet, f"{selector}: no focus ring"
    assert "outline: none" in sheet  # one ring, no inner box


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=list(THEMES))
def test_chart_colours_stand_out_from_their_paper(qtbot, themed, theme) -> None:
    themed(theme.name, 100)
    widget = QWidget()
    qtbot.addWidget(widget)
    style = ChartStyle.for_widget(widget)
    paper = style.paper.name()
    assert contrast_ratio(style.accent.name(), paper) >= 3.0, "bars and shading"
    assert contrast_ratio(style.ink.name(), paper) >= 4.5, "figures and names"
    assert contrast_ratio(style.muted.name(), paper) >= 4.5, "axis labels"
    for sessions in range(1, 7):  # the calendar's shades, each with its number written on it
        fill = QColor(style.accent)
        fill.setAlphaF(shade_alpha(sessions))
        shade = blend(fill, style.paper).name()
        number = number_ink(style, fill).name()
        assert contrast_ratio(number, shade) >= 4.5, (theme.name, sessions)
