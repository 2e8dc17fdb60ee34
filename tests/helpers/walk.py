"""What the walk of every view checks, measured on the real, rendered window.

- :func:`reflow_problems`: nothing scrolls sideways, no control lies outside the window
  (controls in a scrolling view may lie below it: scrolling brings them up), and nothing is
  squeezed or cut off (:func:`tests.helpers.a11y.clipping_problems`).
- :func:`boundary_problems`: every control's boundary stands out from what is around it by
  at least 3:1 (WCAG 1.4.11), computed from the pixels of ``window.grab()``, not from the
  theme's declared colours: the edge of a button or field, the box of a check box, the
  groove of a slider, the words of a quiet (text-only) button.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QApplication,
    QCheckBox,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSlider,
    QTextEdit,
    QWidget,
)

from companion.ui.common.theme import contrast_ratio
from tests.helpers.a11y import clipping_problems, controls, describe

MIN_BOUNDARY = 3.0
BAND = 4  # px inside a control's edge where its boundary is drawn


def _in_scroll_content(widget: QWidget, root: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        holder = parent.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and holder.viewport() is parent:
            return holder
        parent = holder
    return None


def reflow_problems(root: QWidget, width: int | None = None) -> list[str]:
    """Sideways scrolling, controls outside the window, and squeezed or cut-off words;
    with ``width``, also a window that had to grow wider than that to fit its contents."""
    problems: list[str] = []
    if width is not None and root.window().width() > width:
        problems.append(f"the window grew to {root.window().width()} px wide to fit")
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisible() or isinstance(area, (QPlainTextEdit, QTextEdit)):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            problems.append(f"{describe(area)}: scrolls sideways ({bar.maximum()} px)")
    window = root.window()
    bounds = window.rect()
    for control in controls(root):
        top_left = control.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, control.size())
        area = _in_scroll_content(control, root)
        if rect.right() > bounds.right() + 1 or rect.left() < -1:
            problems.append(f"{describe(control)}: outside the window, to the side")
        elif area is None and (rect.bottom() > bounds.bottom() + 1 or rect.top() < -1):
            problems.append(f"{describe(control)}: below the window, and nothing scrolls it")
    return problems + clipping_problems(root)


def _target(control: QWidget) -> QRect:
    """The part of ``control`` whose edge is its boundary (in the control's coordinates)."""
    style = control.style()
    if isinstance(control, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(control)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(control, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        return style.subElementRect(element, option, control)
    if isinstance(control, QSlider):
        option = QStyleOptionSlider()
        control.initStyleOption(option)
        return style.subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, control
        )
    return control.rect()


def _background(image: QImage, rect: QRect) -> QColor:
    """The most common colour in a 2-px ring just outside ``rect``."""
    seen: Counter[int] = Counter()
    outer = rect.adjusted(-4, -4, 4, 4)
    for x in range(outer.left(), outer.right() + 1):
        for y in (outer.top(), outer.top() + 1, outer.bottom() - 1, outer.bottom()):
            if image.valid(x, y):
                seen[image.pixel(x, y)] += 1
    for y in range(outer.top(), outer.bottom() + 1):
        for x in (outer.left(), outer.left() + 1, outer.right() - 1, outer.right()):
            if image.valid(x, y):
                seen[image.pixel(x, y)] += 1
    return QColor.fromRgb(seen.most_common(1)[0][0]) if seen else QColor("#808080")


def _strongest(image: QImage, rect: QRect, against: QColor, band: int | None) -> float:
    """The highest contrast against ``against`` of the pixels in ``rect``'s edge band (or all
    of ``rect`` when ``band`` is None)."""
    best = 1.0
    colours: set[int] = set()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            if band is not None:
                inner = (
                    rect.left() + band <= x <= rect.right() - band
                    and rect.top() + band <= y <= rect.bottom() - band
                )
                if inner:
                    continue
            if image.valid(x, y):
                colours.add(image.pixel(x, y))
    for rgb in colours:
        best = max(best, contrast_ratio(QColor.fromRgb(rgb), against))
    return best


def boundary_problems(root: QWidget, image: QImage | None = None) -> list[str]:
    """Controls whose boundary is fainter than 3:1 against what is around them (rendered)."""
    window = root.window() if root.isWindow() else root
    picture = image if image is not None else window.grab().toImage()
    problems = []
    for control in controls(root):
        if not control.isEnabled() and isinstance(control, QAbstractSlider):
            continue  # a disabled slider says so in words beside it
        visible = control.visibleRegion().boundingRect()
        if visible.isEmpty():
            continue  # scrolled out of view
        target = _target(control).intersected(visible)
        if target.width() < 12 or target.height() < 12:
            continue  # a sliver at a scroll view's edge: too little of it to judge its edges
        rect = QRect(control.mapTo(window, target.topLeft()), target.size())
        quiet = control.property("role") in ("quiet",) or (
            isinstance(control, QAbstractItemView) and control.frameWidth() == 0
        )
        band = None if quiet else BAND
        against = _background(picture, rect)
        ratio = _strongest(picture, rect, against, band)
        if ratio < MIN_BOUNDARY:
            problems.append(f"{describe(control)}: boundary {ratio:.2f}:1 against its background")
    return problems


MAX_TAB_STOPS = 120


def _shown_in_window(widget: QWidget) -> bool:
    """Whether some of ``widget`` is on screen inside its window (not scrolled or cut away)."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return not widget.visibleRegion().isEmpty() and rect.intersects(window.rect())


def focus_problems(root: QWidget) -> list[str]:
    """Press Tab through ``root`` as a keyboard user would: every stop must be on screen and
    look different while it has the focus (WCAG 2.4.7) — compared in rendered pixels."""
    from PySide6.QtTest import QTest

    problems: list[str] = []
    start = QApplication.focusWidget()
    if start is None or not (start is root or root.isAncestorOf(start)):
        root.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClick(root, Qt.Key.Key_Tab)
    seen: list[QWidget] = []
    for _ in range(MAX_TAB_STOPS):
        widget = QApplication.focusWidget()
        if widget is None or widget in seen or not (widget is root or root.isAncestorOf(widget)):
            break
        seen.append(widget)
        for _ in range(3):  # a layout request may post another (scroll areas)
            QApplication.processEvents()
        # (the stop the walk starts from may have been scrolled away, by a wheel or the tour:
        # only stops that Tab reached must have come into sight)
        if len(seen) > 1 and not _shown_in_window(widget):
            problems.append(f"{describe(widget)}: the focus is on it, but it is not in sight")
        focused = widget.grab().toImage()
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if QApplication.focusWidget() is widget:
            break  # a control that keeps Tab for itself (none should); stop here
        if widget.grab().toImage() == focused:
            problems.append(f"{describe(widget)}: looks the same with and without the focus")
    if not seen:
        problems.append("Tab reaches nothing")
    return problems


MIN_GAP = 8  # px between two click targets side by side (tremor: a miss must land on nothing)


def _target_rect(widget: QWidget) -> QRect:
    """The part of ``widget`` a pointer can reach now (not what a scroll area hides)."""
    window = widget.window()
    seen = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(window, seen.topLeft()), seen.size())


def _gap(a: QRect, b: QRect) -> int:
    """The distance between two rectangles (0 when they touch or overlap)."""
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1, 0)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1, 0)
    return max(dx, dy)


def target_problems(root: QWidget) -> list[str]:
    """Click targets smaller than 44×44 px, or closer than :data:`MIN_GAP` to another one
    (a shaking hand that misses a small target must not press its neighbour instead)."""
    from tests.helpers.a11y import CLICK_TARGETS, MIN_TARGET

    shown = [
        w
        for w in controls(root)
        if isinstance(w, CLICK_TARGETS) and not w.visibleRegion().isEmpty()
    ]
    problems = []
    rects = {id(w): _target_rect(w) for w in shown}
    for widget in shown:
        if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
            problems.append(f"{describe(widget)}: a {widget.width()}×{widget.height()} target")
    for i, a in enumerate(shown):
        for b in shown[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            gap = _gap(rects[id(a)], rects[id(b)])
            if gap < MIN_GAP:
                problems.append(f"{describe(a)} and {describe(b)}: only {gap} px apart")
    return problems
