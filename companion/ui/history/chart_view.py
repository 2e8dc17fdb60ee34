"""A widget that paints one of History's chart functions (ui/history/charts.py) in the theme's
colours, as tall as the chart needs at its width."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QWidget

from companion.ui.history.charts import ChartStyle


class ChartView(QWidget):
    """A widget that paints one of the chart functions with the theme's colours.

    Its height follows its width where the chart says how (``height_for``); the accessible
    description carries the same facts in words for screen readers.
    """

    def __init__(self, name: str, min_height: int = 160, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setMinimumHeight(min_height)
        self._paint: Callable[[QPainter, QRectF, ChartStyle], None] | None = None
        self._height_for: Callable[[QFont, float], int] | None = None

    def show_chart(
        self,
        paint: Callable[[QPainter, QRectF, ChartStyle], None],
        description: str,
        height_for: Callable[[QFont, float], int] | None = None,
    ) -> None:
        """Paint with ``paint(painter, rect, style)`` from now on; ``height_for(font, width)``
        gives the height it needs at a width (else the minimum height)."""
        self._paint = paint
        self._height_for = height_for
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        policy = self.sizePolicy()
        policy.setHeightForWidth(height_for is not None)
        self.setSizePolicy(policy)
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return self._height_for is not None

    def heightForWidth(self, width: int) -> int:
        if self._height_for is None:
            return self.minimumHeight()
        return max(self.minimumHeight(), self._height_for(self.font(), width - 8) + 8)

    def sizeHint(self) -> QSize:
        width = max(200, self.width())
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, _event: object) -> None:
        if self._paint is None:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint(p, QRectF(self.rect()).adjusted(4, 4, -4, -4), ChartStyle.for_widget(self))
        p.end()
