"""A cursor down the pages of a PDF: text that wraps, headings kept with what follows, tables
whose columns fit their words, charts; with no painter it only measures (a dry run)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPdfWriter, QPen

RESOLUTION = 144  # dots per inch: fine enough for print, small coordinates to reason about
CELL_GAP = 24.0  # between two table columns (4 mm)
Paint = Callable[[QRectF], None]


def pdf_font(points: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap


class PdfPage:
    """A cursor down the pages that starts a new page when the next block does not fit.

    With ``painter`` None it only measures (a dry run: how many pages, how full the last).
    """

    def __init__(self, writer: QPdfWriter, painter: QPainter | None) -> None:
        self.writer = writer
        self.p = painter
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.y = 0.0
        self.pages = 1

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def room(self, needed: float) -> None:
        """Go on to a new page unless ``needed`` more fits on this one."""
        if self.y + needed > self.height and self.y > 0:
            if self.p is not None:
                self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    def text_height(self, text: str, font: QFont, width: float) -> float:
        return self.metrics(font).boundingRect(QRectF(0, 0, width, 1e6), int(WRAP), text).height()

    def text(self, text: str, points: float = 10, bold: bool = False, gap: float = 6) -> None:
        font = pdf_font(points, bold)
        height = self.text_height(text, font, self.width)
        self.room(height)
        if self.p is not None:
            self.p.setFont(font)
            self.p.setPen(QPen(Qt.GlobalColor.black))
            self.p.drawText(QRectF(0, self.y, self.width, height), int(WRAP), text)
        self.y += height + gap

    def heading(self, text: str, keep: float = 0.0) -> None:
        """A section heading, kept on the page with the first ``keep`` of what follows."""
        font = pdf_font(13, bold=True)
        height = self.text_height(text, font, self.width)
        self.room(10 + height + 12 + keep)  # never a heading alone at the bottom of a page
        if self.y:
            self.y += 10
        self.text(text, 13, bold=True, gap=4)
        self.rule(1.5)
        self.y += 8

    def rule(self, width: float) -> None:
        if self.p is not None:
            self.p.setPen(QPen(Qt.GlobalColor.black, width))
            self.p.drawLine(QPointF(0, self.y), QPointF(self.width, self.y))

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A table: the first column left-aligned, the others right-aligned (figures); columns
        as wide as their words when they fit, else narrowed and their cells wrapped."""
        widths = column_widths(self, header, rows)
        body, bold = pdf_font(10), pdf_font(10, bold=True)
        head_h = self._row_height(header, widths, bold)
        heights = [self._row_height(row, widths, body) for row in rows]
        self.room(head_h + (heights[0] if heights else 0) + 10)
        self._row(header, widths, bold, head_h, header=True)
        for row, height in zip(rows, heights, strict=True):
            if self.y + height > self.height:  # the table goes on: its header again
                self.room(self.height)
                self._row(header, widths, bold, head_h, header=True)
            self._row(row, widths, body, height)
        self.y += 8

    def _row_height(self, row: Sequence[str], widths: list[float], font: QFont) -> float:
        return 8 + max(
            (self.text_height(c, font, w - CELL_GAP) for c, w in zip(row, widths, strict=True)),
            default=0.0,
        )

    def _row(
        self,
        row: Sequence[str],
        widths: list[float],
        font: QFont,
        height: float,
        header: bool = False,
    ) -> None:
        if self.p is not None:
            self.p.setFont(font)
            self.p.setPen(QPen(Qt.GlobalColor.black))
            x = 0.0
            for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
                side = Qt.AlignmentFlag.AlignLeft if i == 0 else Qt.AlignmentFlag.AlignRight
                down = Qt.AlignmentFlag.AlignBottom if header else Qt.AlignmentFlag.AlignTop
                box = QRectF(
                    x if i == 0 else x + CELL_GAP, self.y + 4, width - CELL_GAP, height - 8
                )
                self.p.drawText(box, int(side | down | Qt.TextFlag.TextWordWrap), cell)
                x += width
        self.y += height
        if header:
            self.rule(1)

    def chart(self, height: float, paint: Paint) -> None:
        self.room(height)
        if self.p is not None:
            paint(QRectF(0, self.y, self.width, height))
        self.y += height + 8

    def write_in(self, label: str) -> None:
        """``label`` and a line to write on (the patient's name, when none was entered)."""
        font = pdf_font(12)
        fm = self.metrics(font)
        height = fm.height()
        if self.p is not None:
            self.p.setFont(font)
            self.p.setPen(QPen(Qt.GlobalColor.black))
            self.p.drawText(QPointF(0, self.y + fm.ascent()), label)
            left = fm.horizontalAdvance(label) + 8
            self.p.setPen(QPen(Qt.GlobalColor.black, 1.5))
            base = self.y + fm.ascent() + 3
            self.p.drawLine(QPointF(left, base), QPointF(min(self.width, left + 360), base))
        self.y += height + 6


def column_widths(page: PdfPage, header: list[str], rows: list[list[str]]) -> list[float]:
    """Column widths that keep every word whole: each column gets its cells on one line and
    its header wrapped if need be; spare room goes first to unwrapping the headers, then to
    the first column. Only when that is too wide are the cells wrapped too (never a word)."""
    body, bold = page.metrics(pdf_font(10)), page.metrics(pdf_font(10, bold=True))
    pad = CELL_GAP + 2

    def widest(texts: list[str], fm: QFontMetricsF, split: bool) -> float:
        parts = [w for t in texts for w in (t.split() if split else [t])]
        return max((fm.horizontalAdvance(w) for w in parts), default=0.0) + pad

    columns = [[r[i] for r in rows] for i in range(len(header))]
    cells = [widest(c, body, split=False) for c in columns]
    cell_words = [widest(c, body, split=True) for c in columns]
    head = [widest([h], bold, split=False) for h in header]
    head_words = [widest([h], bold, split=True) for h in header]
    widths = [max(c, h) for c, h in zip(cells, head_words, strict=True)]
    if sum(widths) <= page.width:
        needs = sorted((want - w, i) for i, (want, w) in enumerate(zip(head, widths, strict=True)))
        for need, i in needs:  # unwrap headers, the shortest first, each only if it fits whole
            if 0 < need <= page.width - sum(widths):
                widths[i] += need
        widths[0] += page.width - sum(widths)  # the names take what is left
        return widths
    least = [max(c, h) for c, h in zip(cell_words, head_words, strict=True)]
    if sum(least) >= page.width:  # even the words do not fit: share the page out
        return [page.width * w / sum(least) for w in least]
    share = (page.width - sum(least)) / (sum(widths) - sum(least))
    return [lo + (hi - lo) * share for lo, hi in zip(least, widths, strict=True)]
