"""History's card of ratings by an observer: apart from the patient's own answers, labelled
with who rated, never averaged with self-report; and the way to give one on its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.care.observer import ObserverRating
from companion.services.care.observer_data import ObserverData, ObserverFilter
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.store import StoreError
from companion.ui.common.messages import error_problem
from companion.ui.common.observer import rated_by, rating_summary
from companion.ui.common.widgets import make_button, make_label
from companion.ui.history import words as history_words
from companion.ui.history.charts import activity_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("ObserverCard", text)


SHOWN = 5  # the latest ratings listed; the report and exports hold them all


def moment_words(owner: QWidget, rating: ObserverRating) -> str:
    """ "before Breathing", "after Hand massage", "on its own"."""
    if rating.moment == "alone":
        return _tr("on its own")
    what = activity_name(rating.activity) if rating.activity else _tr("a session")
    if rating.moment == "before":
        return _tr("before {0}").format(what)
    return _tr("after {0}").format(what)


def rating_line(owner: QWidget, rating: ObserverRating) -> str:
    """One rating as a line of the review."""
    when = history_words.when_text(rating.taken_at)
    return " · ".join(
        part
        for part in (when, moment_words(owner, rating), rating_summary(rating), rated_by(rating))
        if part
    )


class ObserverCard(QFrame):
    """Observer ratings in the dates shown, apart.

    Signals:
        open_requested(str, object): show another page (the observer rating on its own).
        notice(object): something to tell the person.
    """

    open_requested = Signal(str, object)
    notice = Signal(object)

    def __init__(self, history: HistoryData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._data = ObserverData(history.store) if history is not None else None
        column = QVBoxLayout(self)
        column.addWidget(make_label(self.tr("Rated by an observer"), "lead"))
        column.addWidget(
            make_label(
                self.tr(
                    "For when the patient could not answer: PAINAD and a carer's estimate of "
                    "breathlessness. Kept apart from the patient's own answers, never averaged "
                    "with them."
                ),
                "muted",
            )
        )
        self.summary = make_label("")
        self.lines = make_label("")
        column.addWidget(self.summary)
        column.addWidget(self.lines)
        self.rate_button = make_button(
            self.tr("Rate as an observer…"),
            self.tr("For a patient who cannot answer: PAINAD and breathlessness"),
        )
        self.rate_button.clicked.connect(lambda: self.open_requested.emit("observe", None))
        column.addWidget(self.rate_button)
        self.rate_button.setEnabled(self._data is not None)

    def show_period(self, filt: HistoryFilter) -> None:
        """Show the observer ratings of ``filt``'s days (and activity)."""
        if self._data is None:
            self.summary.setText(self.tr("History is unavailable on this computer."))
            self.lines.setText("")
            return
        try:
            found = self._data.ratings(ObserverFilter(filt.first, filt.last, filt.activity))
        except StoreError as exc:
            self.notice.emit(error_problem(exc))
            return
        if not found:
            self.summary.setText(self.tr("No observer ratings in these dates."))
            self.lines.setText("")
            return
        self.summary.setText(self.tr("Observer ratings in these dates: {0}").format(len(found)))
        latest = list(reversed(found))[:SHOWN]
        self.lines.setText("\n".join(rating_line(self, r) for r in latest))
