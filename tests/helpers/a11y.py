"""Accessibility checks over a live widget tree, and a tour of every view of the window.

Each check returns a list of plain problems (empty when all is well), so a test can report
every failure of a view at once, and so the checks themselves can be tested on a bad widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

MIN_TARGET = 44  # WCAG 2.5.5; the app aims for 48
INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QAbstractSlider,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)
# Click targets: everything a pointer presses; big text areas and lists are measured by row.
CLICK_TARGETS = (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox, QLineEdit)


def describe(widget: QWidget) -> str:
    """A short, recognisable name for a widget in a failure message."""
    words = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__}({words!r}, {widget.objectName() or hex(id(widget))})"


def _inside_control(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` is a part of a larger control (a spin box's edit, a combo's view)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """The visible interactive controls under ``root`` (their inner parts left out)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        if widget.isVisible() and not _inside_control(widget, root):
            found.append(widget)
    return found


def radio_group(widget: QWidget) -> list[QAbstractButton]:
    """The buttons of ``widget``'s exclusive group (one Tab stop; arrow keys move within it).

    Qt gives Tab focus to only one button of a button group, like radio buttons; in an
    exclusive group the arrow keys then move to (and choose) the others. Empty if none.
    """
    if not isinstance(widget, QAbstractButton):
        return []
    group = widget.group()
    if group is not None and group.exclusive():
        return [b for b in group.buttons() if b.isVisible()]
    parent = widget.parentWidget()
    if widget.autoExclusive() and parent is not None:
        return [
            b
            for b in parent.findChildren(QAbstractButton)
            if b.autoExclusive() and b.parentWidget() is parent and b.isVisible()
        ]
    return []


def _takes_tab(widget: QWidget) -> bool:
    policy = widget.focusPolicy().value
    if radio_group(widget):  # Qt moves Tab focus within a group to its chosen button
        return bool(policy & Qt.FocusPolicy.ClickFocus.value)
    return bool(policy & Qt.FocusPolicy.TabFocus.value)


def _row_height(view: QAbstractItemView) -> int | None:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return None
    return view.visualRect(model.index(0, 0)).height()


def control_problems(root: QWidget) -> list[str]:
    """Names, descriptions, keyboard focus and target size of every visible control."""
    problems = []
    shown = controls(root)
    names: dict[str, list[QWidget]] = {}
    for widget in shown:
        name = widget.accessibleName().strip()
        what = describe(widget)
        if not name:
            problems.append(f"{what}: no accessible name")
        names.setdefault(name, []).append(widget)
        needs_words = isinstance(widget, (QAbstractSlider, QAbstractItemView)) or len(name) <= 2
        if needs_words and not widget.accessibleDescription().strip():
            problems.append(f"{what}: needs an accessible description (how to use it)")
        if not _takes_tab(widget):
            problems.append(f"{what}: cannot take keyboard focus ({widget.focusPolicy()})")
        if isinstance(widget, CLICK_TARGETS):
            if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
                problems.append(f"{what}: target {widget.width()}×{widget.height()} < 44×44")
        elif isinstance(widget, QAbstractItemView):
            row = _row_height(widget)
            if row is not None and row < MIN_TARGET:
                problems.append(f"{what}: rows {row} px high < 44")
    for name, same in names.items():
        if name and len(same) > 1:
            described = {w.accessibleDescription() for w in same}
            if len(described) < len(same):
                problems.append(
                    f"{len(same)} controls are all called {name!r}: "
                    "give each a description that tells them apart"
                )
    return problems


def _reaches(control: QWidget, reached: list[QWidget]) -> bool:
    return any(r is control or control.isAncestorOf(r) for r in reached)


def tab_problems(root: QWidget) -> list[str]:
    """Press Tab from the first control round the whole chain: every control must be reached.

    Real key presses, so a control that keeps Tab to itself (a table, a text box) is caught.
    """
    wanted = [w for w in controls(root) if w.isEnabled() and _takes_tab(w)]
    if not wanted:
        return []
    tab = Qt.FocusPolicy.TabFocus.value
    start = next((w for w in wanted if w.focusPolicy().value & tab), wanted[0])
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    if first is None:
        return [f"{root.window().windowTitle()!r}: no widget takes focus (is the window active?)"]
    reached = [first]
    problems = []
    stuck = 0
    for _ in range(3 * len(wanted) + 40):
        before = QApplication.focusWidget()
        assert before is not None
        QTest.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            break
        stuck = stuck + 1 if now is before else 0
        if stuck >= 5:  # a date edit keeps Tab for its day, month and year, then lets go
            problems.append(f"{describe(now)}: Tab cannot leave it (a keyboard trap)")
            break
        if now is first:
            break
        reached.append(now)
    for widget in wanted:
        group = radio_group(widget) or [widget]
        if not any(_reaches(member, reached) for member in group):
            problems.append(f"{describe(widget)}: never reached with Tab")
    return problems


def _scrolls_into_view(widget: QWidget, root: QWidget) -> bool:
    """Whether ``widget`` sits in a scroll area's content (so scrolling can bring it in)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            return True
        parent = holder
    return False


def _clipped_by(widget: QWidget, root: QWidget) -> QWidget | None:
    """The first ancestor (up to the scroll area or ``root``) that cuts part of ``widget`` off."""
    parent = widget.parentWidget()
    while parent is not None:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            return None  # the scroll area can bring it into view
        area = QRect(widget.mapTo(parent, widget.rect().topLeft()), widget.size())
        if not parent.rect().contains(area):
            return parent
        if parent is root:
            return None
        parent = holder
    return None


def clipping_problems(root: QWidget) -> list[str]:
    """Labels, buttons and check boxes whose text does not fit where the layout put them."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            if widget.wordWrap() or widget.hasHeightForWidth():
                need_w = widget.minimumSizeHint().width()
                need_h = widget.heightForWidth(widget.width())
            else:
                need_w, need_h = widget.sizeHint().width(), widget.sizeHint().height()
        elif isinstance(widget, (QAbstractButton, QComboBox)) and not _inside_control(widget, root):
            if widget.hasHeightForWidth():  # its words wrap (a check box, a tile)
                need_w = widget.minimumSizeHint().width()
                need_h = min(widget.heightForWidth(widget.width()), widget.height() + 1)
            else:
                hint = widget.sizeHint()
                need_w, need_h = hint.width(), min(hint.height(), MIN_TARGET)
        else:
            continue
        text = re.sub(r"<[^>]+>", "", getattr(widget, "text", lambda: "")() or "")[:50]
        what = f"{type(widget).__name__}({text or widget.accessibleName()!r})"
        if widget.width() + 1 < need_w or widget.height() + 1 < need_h:
            problems.append(
                f"{what}: squeezed to {widget.width()}×{widget.height()}, needs {need_w}×{need_h}"
            )
            continue
        cutter = _clipped_by(widget, root)
        if cutter is not None and not _scrolls_into_view(widget, root):
            problems.append(f"{what}: cut off by {type(cutter).__name__} and cannot scroll")
    for view in root.findChildren(QAbstractItemView):
        row = _row_height(view) if view.isVisible() and not isinstance(view, QHeaderView) else None
        if row is not None and view.viewport().height() < row:
            problems.append(
                f"{describe(view)}: shows {view.viewport().height()} px, "
                f"less than one whole row ({row} px)"
            )
    return problems


@dataclass
class View:
    """One state of the window worth checking: its name and the widget tree to check."""

    name: str
    root: QWidget


Tour = Callable[[], Iterator[View]]


# -- the style sheet, read as Qt reads it ---------------------------------------------------

_SIMPLE = re.compile(r'^(\w+)((?:\[\w+="[^"]*"\])*)((?::\w+)*)$')


@dataclass(frozen=True)
class Rule:
    """One selector of a style sheet rule, with its declarations and its place in the sheet."""

    selector: str
    declarations: dict[str, str]
    order: int


def rules(sheet: str) -> list[Rule]:
    """Every (selector, declarations) pair of a Qt style sheet, in order."""
    found = []
    body = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    for order, (selectors, block) in enumerate(re.findall(r"([^{}]+)\{([^{}]*)\}", body)):
        declarations = {}
        for part in block.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                declarations[key.strip()] = value.strip()
        for selector in selectors.split(","):
            found.append(Rule(" ".join(selector.split()), declarations, order))
    return found


def style_of(
    sheet: str, classes: tuple[str, ...], role: str | None = None, states: tuple[str, ...] = ()
) -> dict[str, str]:
    """The declarations that apply to a widget, by CSS specificity (later wins a tie).

    ``classes`` are the widget's class and its bases ("QPushButton", "QWidget"); only simple
    selectors (no descendants, no sub-controls) are considered.
    """
    chosen: dict[str, tuple[tuple[int, int], str]] = {}
    for rule in rules(sheet):
        match = _SIMPLE.match(rule.selector)
        if match is None or match.group(1) not in classes:
            continue
        attrs = re.findall(r'\[(\w+)="([^"]*)"\]', match.group(2))
        pseudo = [p for p in match.group(3).split(":") if p]
        if any(key != "role" or value != role for key, value in attrs):
            continue
        if any(p not in states for p in pseudo):
            continue
        rank = (len(attrs) + len(pseudo), rule.order)
        for key, value in rule.declarations.items():
            if key not in chosen or rank >= chosen[key][0]:
                chosen[key] = (rank, value)
    shorthand, longhand = chosen.get("border"), chosen.get("border-color")
    if shorthand and longhand and shorthand > longhand:
        del chosen["border-color"]  # a later or stronger shorthand sets the colour again
    return {key: value for key, (_rank, value) in chosen.items()}


def colour_of(declarations: dict[str, str], prop: str) -> str:
    """The ``#RRGGBB`` colour a declaration (``color``, ``background``, ``border``) names."""
    if prop == "border" and "border-color" in declarations:
        return declarations["border-color"]
    found = re.search(r"#[0-9A-Fa-f]{6}", declarations.get(prop, ""))
    assert found, f"no colour for {prop} in {declarations}"
    return found.group(0)


def border_width(declarations: dict[str, str]) -> int:
    """The width in px of a ``border: Npx solid …`` declaration."""
    found = re.search(r"(\d+)px", declarations.get("border", ""))
    return int(found.group(1)) if found else 0
