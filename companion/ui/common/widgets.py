"""Small builders for the app's common widgets, so every control gets a name and a role."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

MIN_TARGET = 48  # px; WCAG 2.5.5 asks for 44, tremor and tired hands ask for more
SESSION_GAP = 24  # px between Pause and Stop: one tremor cannot press both


def make_button(
    text: str,
    description: str = "",
    role: str | None = None,
    checkable: bool = False,
    parent: QWidget | None = None,
) -> QPushButton:
    """A push button with an accessible name (its text) and description."""
    button = QPushButton(text, parent)
    button.setAccessibleName(text.replace("&", ""))
    if description:
        button.setAccessibleDescription(description)
        button.setToolTip(description)
    if role:
        button.setProperty("role", role)
    button.setCheckable(checkable)
    button.setMinimumSize(MIN_TARGET, MIN_TARGET)
    return button


def make_label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    """A label styled by ``role`` (title, subtitle, muted, phase, count)."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def make_checkbox(text: str, description: str = "") -> QCheckBox:
    """A check box with a large click target and an accessible name."""
    box = QCheckBox(text)
    box.setAccessibleName(text)
    if description:
        box.setAccessibleDescription(description)
    box.setMinimumHeight(MIN_TARGET)
    return box


class _HoldWidth(QObject):
    """Keeps a widget's minimum width at what its layout needs, as text and fonts change."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.LayoutRequest:
            self.update()
        return False

    def update(self) -> None:
        layout = self._widget.layout()
        if layout is not None:
            self._widget.setMinimumWidth(needed_width(layout))


def hold_needed_width(widget: QWidget) -> None:
    """Never let layouts squeeze ``widget`` below the width its buttons' text needs.

    The style sheet's ``min-width`` is an explicit minimum, so a layout may otherwise make a
    button narrower than its text and cut the words off (most likely at 200 % text).
    """
    _HoldWidth(widget)


class ScrollView(QScrollArea):
    """One view in a frameless scroll area: at 200 % text it scrolls instead of being cut off.

    Word-wrapped labels make Qt fit the content to the viewport's width, even narrower than its
    rows of buttons need; so the content holds the width it needs (:func:`hold_needed_width`)
    and the area scrolls sideways when the window is narrower.
    """

    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(view)
        hold_needed_width(view)


def _item_width(item: QLayoutItem) -> int:
    if item.isEmpty():
        return 0
    widget = item.widget()
    if widget is None:
        inner = item.layout()
        return needed_width(inner) if inner is not None else item.minimumSize().width()
    return _widget_width(widget)


def _widget_width(widget: QWidget) -> int:
    if widget.isHidden():
        return 0
    own = max(widget.minimumWidth(), widget.minimumSizeHint().width())
    if isinstance(widget, (QAbstractButton, QComboBox)):
        own = max(own, widget.sizeHint().width())  # its whole text, not the style's minimum
    if isinstance(widget, QSplitter):
        children = [widget.widget(i) for i in range(widget.count())]
        inner = sum(_widget_width(c) + widget.handleWidth() for c in children if c is not None)
        return max(own, inner)
    layout = widget.layout()
    if layout is None or isinstance(widget, QAbstractScrollArea):
        return own
    margins = widget.contentsMargins()
    return max(own, needed_width(layout) + margins.left() + margins.right())


def _grid_place(layout: QGridLayout | QFormLayout, index: int) -> tuple[int, int]:
    """(column, span) of the item at ``index``."""
    if isinstance(layout, QGridLayout):
        place: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
        return place[1], place[3]
    form: tuple[int, QFormLayout.ItemRole] = layout.getItemPosition(index)  # type: ignore[assignment]
    role = form[1]
    if role == QFormLayout.ItemRole.SpanningRole:
        return 0, 2
    return (0 if role == QFormLayout.ItemRole.LabelRole else 1), 1


def needed_width(layout: QLayout) -> int:
    """The width ``layout`` needs so that no button, check box or combo box is squeezed."""
    margins = layout.contentsMargins()
    edges = margins.left() + margins.right()
    items = [(i, item) for i in range(layout.count()) if (item := layout.itemAt(i)) is not None]
    spacing = max(0, layout.spacing())
    if isinstance(layout, QBoxLayout):
        widths = [_item_width(item) for _i, item in items if not item.isEmpty()]
        horizontal = layout.direction() in (
            QBoxLayout.Direction.LeftToRight,
            QBoxLayout.Direction.RightToLeft,
        )
        if not horizontal:
            return edges + max(widths, default=0)
        gaps = [item.minimumSize().width() for _i, item in items if item.spacerItem()]
        return edges + sum(widths) + sum(gaps) + spacing * max(0, len(widths) - 1)
    if isinstance(layout, (QGridLayout, QFormLayout)):
        columns: dict[int, int] = {}
        spans: list[int] = []  # items over several columns: their widths
        for i, item in items:
            column, span = _grid_place(layout, i)
            if span == 1:
                columns[column] = max(columns.get(column, 0), _item_width(item))
            else:
                spans.append(_item_width(item))
        gap = spacing or max(0, layout.horizontalSpacing())
        total = sum(columns.values()) + gap * max(0, len(columns) - 1)
        return edges + max([total, *spans])
    return layout.minimumSize().width()


def footed_view(
    body: QWidget, footer: QWidget, header: QLayout | None = None
) -> tuple[QWidget, ScrollView]:
    """A view whose ``body`` scrolls (up and down) between an optional fixed ``header`` and a
    fixed ``footer``: the footer's actions never drop below the fold. Returns the view and
    its scroll area."""
    view = QWidget()
    column = QVBoxLayout(view)
    column.setContentsMargins(0, 0, 0, 0)
    if header is not None:
        column.addLayout(header)
    scroll = ScrollView(body)
    column.addWidget(scroll, 1)
    column.addWidget(footer)
    return view, scroll


def make_scroll(body: QWidget) -> QScrollArea:
    """A frameless scroll area around ``body``, so large text never cuts a page off."""
    return ScrollView(body)


def session_controls(
    extra: list[QPushButton],
    toggle_pause: Callable[[], object],
    stop: Callable[[], object],
) -> tuple[QWidget, QPushButton, QPushButton]:
    """The footer under a running session: ``extra`` buttons on the left, Pause and Stop on
    the right, wrapping (never squeezed) when text is large.

    Every activity has the same two large buttons in the same place (Space and Esc do the same).
    Returns the footer, the Pause button and the Stop button.
    """
    from companion.ui.common.flow import FlowRow

    tr = QCoreApplication.translate
    pause = make_button(
        tr("Session", "Pause"), tr("Session", "Pause or resume (Space)"), role="primary"
    )
    stop_button = make_button(tr("Session", "Stop"), tr("Session", "End the session now (Esc)"))
    stop_button.setProperty("role", "stop")
    pause.clicked.connect(toggle_pause)
    stop_button.clicked.connect(stop)
    footer = QWidget()
    footer.setProperty("role", "row")
    row = FlowRow(footer, spacing=SESSION_GAP)
    for button in extra:
        row.add(button)
    row.add(pause, right=True)
    row.add(stop_button, right=True)
    policy = footer.sizePolicy()
    policy.setHeightForWidth(True)
    footer.setSizePolicy(policy)
    return footer, pause, stop_button
