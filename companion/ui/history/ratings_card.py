"""History's "How sessions felt" card: the average before and after each rated item, and the
weekly trend of the first one, with its legend in words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.history.ratings import MEANINGFUL_NOTE, RatingChange
from companion.core.history.stats import rating_trend
from companion.core.history.stats import summarise_ratings as summarise
from companion.ui.common.core_texts import core_text, short_name, unvalidated_note
from companion.ui.common.widgets import make_label
from companion.ui.history import words
from companion.ui.history.chart_view import ChartView
from companion.ui.history.charts import (
    paint_rating_trend,
    paint_trend_legend,
    rating_trend_height,
    trend_legend_height,
)


class RatingsCard(QFrame):
    """Ratings before → after on average, and the first item's weekly trend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.ratings_text = make_label("")
        self.trend_legend = ChartView(self.tr("Legend: before and after"), 32)
        self.trend_legend.show_chart(
            paint_trend_legend,
            self.tr("The dashed line with hollow dots is before; the solid line, after."),
            trend_legend_height,
        )
        self.trend_title = make_label("", "muted")
        self.trend_view = ChartView(self.tr("Ratings per week"), 180)
        note = " ".join(filter(None, (core_text(MEANINGFUL_NOTE), unvalidated_note())))
        self.meaningful_note = make_label(note, "small")
        column = QVBoxLayout(self)
        for widget in (
            make_label(self.tr("How sessions felt (0–10)"), "heading"),
            self.ratings_text,
            self.trend_title,
            self.trend_legend,
            self.trend_view,
            self.meaningful_note,
        ):
            column.addWidget(widget)
        column.addStretch(1)

    def show_changes(self, changes: Sequence[RatingChange]) -> None:
        """Show the rating changes of the sessions in the chosen period."""
        summaries = summarise(changes)
        rated = bool(summaries)
        for widget in (self.trend_title, self.trend_legend, self.trend_view):
            widget.setVisible(rated)
        if not rated:
            self.ratings_text.setText(
                self.tr(
                    "No session in this period was rated before and after. Ratings are optional."
                )
            )
            return
        lines = [
            self.tr("{0}: {1} before → {2} after on average ({3}; {4})").format(
                short_name(s.item),
                words.decimal(s.mean_before),
                words.decimal(s.mean_after),
                words.sessions(s.sessions),
                words.changed_by_a_point(s.meaningful),
            )
            for s in summaries
        ]
        self.ratings_text.setText("\n".join(lines))
        first = summaries[0].item
        weeks = rating_trend(c for c in changes if c.item == first)[first]
        self.trend_title.setText(
            self.tr("{0}, the average of each week:").format(short_name(first))
        )
        self.trend_view.show_chart(
            lambda p, rect, s: paint_rating_trend(p, rect, weeks, s),
            self.tr("{0}, weekly average: dashed line before, solid line after.").format(
                short_name(first)
            ),
            rating_trend_height,
        )
