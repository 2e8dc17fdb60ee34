"""Small builders for the app's common widgets, so every control gets a name and a role."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

REVEAL_S = 0.5  # a view keeps a just-shown widget in sight while the layout settles this long
MIN_TARGET = 48  # px; WCAG 2.5.5 asks for 44, tremor and tired hands ask for more
SESSION_GAP = 24  # px between Pause and Stop: one tremor cannot press both


_M = TypeVar("_M")
_RESTYLED = frozenset(
    (
        QEvent.Type.Polish,
        QEvent.Type.FontChange,
        QEvent.Type.StyleChange,
        QEvent.Type.ApplicationFontChange,
    )
)


class WrappingButton(QPushButton):
    """A push button whose words wrap onto more lines when the layout gives it less room
    than one line needs (a longer language at 200 % text), never narrower than its longest
    word; with room, it is an ordinary one-line button."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._line_count = 1
        # What its size hints are made of, for its words, font and style as they are now:
        # layouts ask for them hundreds of times while a page is built.
        self._measures: dict[tuple[str, str, bool], object] = {}
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _measured(self, what: str, measure: Callable[[], _M]) -> _M:
        key = (what, self.text(), self.isCheckable())
        if key not in self._measures:
            self._measures[key] = measure()
        return cast(_M, self._measures[key])

    def event(self, event: QEvent) -> bool:
        if event.type() in _RESTYLED:  # a new font or style: measured again
            self._measures.clear()
        return super().event(event)

    def _words(self) -> list[str]:
        text = self.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return text.split(" ") if text else []

    def _metrics(self) -> QFontMetrics:
        def metrics() -> QFontMetrics:
            font = QFont(self.font())
            if self.isCheckable():
                font.setWeight(QFont.Weight.DemiBold)  # chosen, its words are bold
            return QFontMetrics(font)

        return self._measured("metrics", metrics)

    def _chrome(self) -> QSize:
        def chrome() -> QSize:
            option = QStyleOptionButton()
            self.initStyleOption(option)
            option.text = ""
            option.icon = QIcon()
            return self.style().sizeFromContents(
                QStyle.ContentsType.CT_PushButton, option, QSize(0, 0), self
            )

        return QSize(self._measured("chrome", chrome))

    def _one_line_width(self) -> int:
        return QPushButton.sizeHint(self).width()

    def _lines(self, width: int) -> list[str]:
        if width <= 0 or self._one_line_width() <= width:
            return [" ".join(self._words())]
        room = width - self._chrome().width()
        metrics = self._metrics()
        lines: list[str] = []
        line = ""
        for word in self._words():
            longer = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(longer) > room:
                lines.append(line)
                line = word
            else:
                line = longer
        return [*lines, line]

    def can_wrap(self) -> bool:
        """Whether its words could wrap (more than one word)."""
        return len(self._words()) > 1

    def hasHeightForWidth(self) -> bool:
        # only while laid out narrower than one line: elsewhere layouts treat it as before
        return self.can_wrap() and 0 < self.width() < self._one_line_width()

    def heightForWidth(self, width: int) -> int:
        single = super().sizeHint().height()
        lines = self._lines(width)
        if len(lines) <= 1:
            return single
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = "\n".join(lines)
        room = QSize(width - self._chrome().width(), self._metrics().lineSpacing() * len(lines))
        needed = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, room, self
        )
        return max(single, needed.height(), self.minimumHeight())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._line_count > 1:  # laid out narrower than one line: as tall as its lines
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        words = self._words()
        if len(words) <= 1:
            return hint
        metrics = self._metrics()
        longest = self._measured("longest", lambda: max(map(metrics.horizontalAdvance, words)))
        width = min(hint.width(), longest + self._chrome().width())
        return QSize(max(width, self.minimumWidth()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        count = len(self._lines(self.width()))
        if count != self._line_count:
            self._line_count = count
            self.updateGeometry()  # taller (or back to one line): the layout makes room

    def paintEvent(self, event: QPaintEvent) -> None:
        lines = self._lines(self.width())
        if len(lines) <= 1:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = "\n".join(line.replace("&", "&&") for line in lines)
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)


class CheckableButton(WrappingButton):
    """A button that can be chosen: chosen, its words turn bold (the theme's ``:checked``), so
    it asks for the room the bold words need — else they would be cut off once chosen."""

    def _bold_extra(self) -> int:
        def extra() -> int:
            bold = QFont(self.font())
            bold.setWeight(QFont.Weight.DemiBold)
            text = " ".join(self._words())
            plain = self.fontMetrics().horizontalAdvance(text)
            return max(0, QFontMetrics(bold).horizontalAdvance(text) - plain)

        return self._measured("bold", extra)

    def _one_line_width(self) -> int:
        return super()._one_line_width() + self._bold_extra()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + self._bold_extra(), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._bold_extra(), hint.height())


def make_button(
    text: str,
    description: str = "",
    role: str | None = None,
    checkable: bool = False,
    parent: QWidget | None = None,
) -> QPushButton:
    """A push button with an accessible name (its text) and description."""
    button = CheckableButton(text, parent) if checkable else WrappingButton(text, parent)
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


class WrappingCheckBox(QCheckBox):
    """A check box whose words wrap onto more lines when there is not room for them on one
    (a plain QCheckBox cannot wrap, so at 200 % text its words would be cut off); the whole
    row, words included, toggles it."""

    def _indicator(self) -> QRect:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)

    def _text_rect(self, width: int) -> QRect:
        indicator = self._indicator()
        left = indicator.right() + 1 + max(8, self.style().pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))  # fmt: skip
        return QRect(left, 0, max(1, width - left), 100_000)

    def _text_height(self, width: int) -> int:
        flags = Qt.TextFlag.TextWordWrap
        return self.fontMetrics().boundingRect(self._text_rect(width), flags, self.text()).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self._indicator().height(), self._text_height(width) + 12)

    def minimumSizeHint(self) -> QSize:
        words = self.text().split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        left = self._text_rect(0).left()
        return QSize(left + longest + 4, max(self.minimumHeight(), self._indicator().height()))

    def sizeHint(self) -> QSize:
        left = self._text_rect(0).left()
        one_line = self.fontMetrics().horizontalAdvance(self.text())
        return QSize(left + one_line + 4, self.heightForWidth(left + one_line + 4))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        words = option.text
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        rect = self._text_rect(self.width())
        rect.setHeight(self.height())
        painter.setPen(self.palette().color(self.foregroundRole()))
        flags = (
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(rect, int(flags), words)
        painter.end()


def make_checkbox(text: str, description: str = "") -> QCheckBox:
    """A check box with a large click target, words that wrap, and an accessible name."""
    box = WrappingCheckBox(text)
    policy = box.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # it may be narrower: it wraps
    policy.setHeightForWidth(True)
    box.setSizePolicy(policy)
    box.setAccessibleName(text)
    if description:
        box.setAccessibleDescription(description)
    box.setMinimumHeight(MIN_TARGET)
    return box


class ScrollView(QScrollArea):
    """One view in a frameless scroll area that scrolls up and down only, never sideways.

    Its content is always exactly as wide as the view, so rows must wrap and columns stack
    when the text is large (:mod:`companion.ui.common.flow`, :class:`Columns`): bigger text
    reflows and never crops (WCAG 1.4.10).

    Tab stops on it only while there is more to scroll to (the arrow and page keys then
    scroll it), and the theme draws the focus ring round it; otherwise it is no stop at all.
    """

    def __init__(self, view: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its own viewport, made here: the one Qt makes has no Python wrapper yet, and the first
        # viewport() then makes PySide try every widget type it has not made (~10 ms, 1.7 MB).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")  # as Qt's own is set up
        viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(view)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._revealing: QWidget | None = None
        self._reveal_until = 0.0
        self._following: QWidget | None = None  # the control that took the focus just now
        self._follow_until = 0.0
        self.verticalScrollBar().rangeChanged.connect(self._range_changed)
        self.verticalScrollBar().rangeChanged.connect(lambda _low, _high: self._settled())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll a control that takes the focus into sight, however the focus came to it (Qt
        does so only for Tab from inside the area, not from a footer into it)."""
        inside = self.widget()
        if new is not None and inside is not None and inside.isAncestorOf(new):
            self.ensureWidgetVisible(new, 16, 16)
            # and again while a pending layout settles: the content may still be growing (a
            # page just shown has no scroll range yet, so nothing could scroll the first time)
            self._following = new
            self._follow_until = time.monotonic() + REVEAL_S
            QTimer.singleShot(0, self, self._keep_in_sight)

    def _keep_in_sight(self) -> None:
        widget = self._following
        if widget is None:
            return
        if (
            not shiboken6.isValid(widget)
            or not widget.hasFocus()
            or time.monotonic() > self._follow_until
        ):
            self._following = None
            return
        self.ensureWidgetVisible(widget, 16, 16)

    def _settled(self) -> None:
        """The scroll range changed (the layout grew or shrank): what was being kept in sight
        is brought into it again."""
        self._reveal_now()
        self._keep_in_sight()

    def reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` (just shown, inside this view) into sight from its top, once the
        layout has made room for it: all of it if it fits, else its top at the top."""
        self._revealing = widget
        self._reveal_until = time.monotonic() + REVEAL_S
        self._reveal_now()
        QTimer.singleShot(0, self, self._reveal_now)

    def cancel_reveal(self) -> None:
        """Someone chose what to look at (a switch's ring, a key): stop keeping the widget
        :meth:`reveal` showed in sight."""
        self._revealing = None

    def _reveal_now(self) -> None:
        widget = self._revealing
        inside = self.widget()
        if widget is None or inside is None or not shiboken6.isValid(widget):
            return
        if time.monotonic() > self._reveal_until or not inside.isAncestorOf(widget):
            self._revealing = None
            return
        top = widget.mapTo(inside, QPoint(0, 0)).y() - 16
        bottom = top + widget.height() + 32
        bar = self.verticalScrollBar()
        seen = self.viewport().height()
        if bottom - top > seen or top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + seen:
            bar.setValue(bottom - seen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._settled()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if watched is self.widget() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._settled)  # the range follows the new size
        return handled

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Only Tab and Backtab stop here (to scroll with the keys, the ring round the view);
        a focus given otherwise (a page opening, a click) goes on to the first control inside."""
        keyboard = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if not keyboard and self.focusNextChild():
            return
        super().focusInEvent(event)

    def _range_changed(self, _low: int, high: int) -> None:
        scrolls = high > 0
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if scrolls else Qt.FocusPolicy.NoFocus)
        if not scrolls and self.hasFocus():
            self.focusNextChild()


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
    # Pause and Stop stay side by side, also when a longer language wraps the row (design §4)
    pair = QWidget()
    pair.setProperty("role", "row")
    both = QHBoxLayout(pair)
    both.setContentsMargins(0, 0, 0, 0)
    both.setSpacing(SESSION_GAP)
    both.addWidget(pause)
    both.addWidget(stop_button)
    row.add(pair, right=True)
    policy = footer.sizePolicy()
    policy.setHeightForWidth(True)
    footer.setSizePolicy(policy)
    return footer, pause, stop_button
