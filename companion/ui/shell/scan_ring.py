"""The scanning ring: a large, high-contrast ring round the control a press would choose.

It is drawn over the window (it takes no clicks and no focus): 6 px of the theme's focus
colour (8 px at 200 % text), edged inside and out with the page colour, so it stands out
from any fill beside it (3:1 and more in every theme, the theme test checks). It only moves
when the scan moves: nothing blinks.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from companion.ui.common.theme import current_scale, current_theme

FOLLOW_MS = 150  # how often the ring checks that its control has not moved (a scroll)


def ring_width(scale: int | None = None) -> int:
    """The ring's width in px at a text size (percent)."""
    scale = current_scale() if scale is None else scale
    return max(6, round(6 * scale / 100 + (scale - 100) / 50))


class ScanRing(QWidget):
    """The ring over one window; ``where`` says where its item is now (window coordinates)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("scan-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._where: Callable[[], QRect] | None = None
        self._drawn = QRect()
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._check)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.hide()

    @staticmethod
    def on(window: QWidget) -> ScanRing:
        """The ring of ``window`` (made the first time)."""
        for child in window.children():
            if isinstance(child, ScanRing):
                return child
        return ScanRing(window)

    def show_at(self, where: Callable[[], QRect]) -> None:
        """Put the ring round the item ``where()`` finds, and keep it there."""
        self._where = where
        window = self.parentWidget()
        if window is not None:
            self.setGeometry(window.rect())
        self._drawn = where()
        self.show()
        self.raise_()
        self.update()
        self._follow.start()

    def clear(self) -> None:
        """No ring (scanning is off, or there is nothing to scan)."""
        self._where = None
        self._follow.stop()
        self.hide()

    def target(self) -> QRect:
        """Where the ring is drawn now (window coordinates)."""
        return QRect(self._drawn)

    def _check(self) -> None:
        if self._where is None or not shiboken6.isValid(self):
            return
        now = self._where()
        if now != self._drawn:
            self._drawn = now
            self.update()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self.parentWidget()
        if window is not None and watched is window and event.type() == QEvent.Type.Resize:
            self.setGeometry(window.rect())
            self._check()
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        self._follow.stop()
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self._drawn
        if rect.isEmpty():
            return
        theme = current_theme()
        width = ring_width()
        halo = 2
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        out = halo + width / 2  # the ring's middle line, outside the control's own edge
        middle = QRectF(rect).adjusted(-out, -out, out, out)
        radius = 14.0 + width
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(theme.page), width + 2 * halo))
        painter.drawRoundedRect(middle, radius, radius)
        painter.setPen(QPen(QColor(theme.focus), width))
        painter.drawRoundedRect(middle, radius, radius)
        painter.end()
