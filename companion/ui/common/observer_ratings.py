"""Observer ratings around a session: offered before and after every activity, beside (never
inside) the patient's own ratings, saved to the session's record as they are given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.care.observer import ObserverRating
from companion.core.problems import Problem
from companion.core.sessions import SessionRecord, Who
from companion.services.care.observer_data import ObserverData
from companion.services.history.data import HistoryData
from companion.services.store import StoreError
from companion.ui.common.messages import error_text
from companion.ui.common.widgets import make_button

if TYPE_CHECKING:  # built when a carer first opens it
    from companion.ui.common.observer import ObserverPanel


def observer_data(history: HistoryData | None) -> ObserverData | None:
    """Observer ratings in the same history file (None without one)."""
    return ObserverData(history.store) if history is not None else None


class SessionObserverRatings(QObject):
    """The "Rate as an observer" button and panel before a session, and again after it.

    Signals:
        problem(object): a rating could not be saved.
    """

    problem = Signal(object)

    def __init__(
        self,
        history: HistoryData | None,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = observer_data(history)
        self._now = now
        self._session_id: int | None = None
        self._last: tuple[Who | None, str] | None = None  # the last observer, offered again
        self._panels: dict[str, ObserverPanel] = {}
        self._titles = {
            "before": self.tr("Before: observed by a carer"),
            "after": self.tr("After: observed by a carer"),
        }
        self.before_box, self.before_toggle = self._box("before")
        self.after_box, self.after_toggle = self._box("after")
        self._offer_last_observer()

    # The panels (a card of about 30 widgets each) are built the first time they are
    # opened or asked for: most sessions never open them, and every session page has two.

    @property
    def before(self) -> ObserverPanel:
        """The panel before the session (built when first wanted)."""
        return self._panel("before")

    @property
    def after(self) -> ObserverPanel:
        """The panel after the session (built when first wanted)."""
        return self._panel("after")

    def _box(self, moment: str) -> tuple[QWidget, QPushButton]:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        toggle = make_button(
            self.tr("Rate as an observer"),
            self.tr(
                "For when the patient cannot answer: a carer rates pain (PAINAD) and "
                "breathlessness; you can skip it"
            ),
            checkable=True,
        )
        toggle.toggled.connect(lambda on: self._panel(moment).setVisible(on) if on else None)
        column.addWidget(toggle)
        return box, toggle

    def _panel(self, moment: str) -> ObserverPanel:
        panel = self._panels.get(moment)
        if panel is not None:
            return panel
        box, toggle = (
            (self.before_box, self.before_toggle)
            if moment == "before"
            else (self.after_box, self.after_toggle)
        )
        from companion.ui.common.observer import ObserverPanel

        panel = ObserverPanel(moment, self._titles[moment], self._now)
        panel.setVisible(toggle.isChecked())
        toggle.toggled.connect(panel.setVisible)
        cast(QVBoxLayout, box.layout()).addWidget(panel)
        self._panels[moment] = panel
        if self._last is not None:
            panel.set_observer(*self._last)
        if moment == "after":
            panel.changed.connect(self._save_after)
        return panel

    def session_started(self, record: SessionRecord | None) -> None:
        """The session has its record: keep the before answers, ready the after panel."""
        self._session_id = record.id if record is not None else None
        before = self._panels.get("before")
        who, name = None, ""
        if before is not None:
            if before.answers():
                self._save(before)
            who, name = before.observer(), before.name_field.text()
            before.clear()
        after = self._panels.get("after")
        if after is not None:
            after.clear()
        self.after_toggle.setChecked(self.before_toggle.isChecked())
        if who is not None:
            self._last = (who, name)
            if after is not None or self.after_toggle.isChecked():
                self.after.set_observer(who, name)  # the same carer most likely rates after

    def session_finished(self, record: SessionRecord | None) -> None:
        """The session ended: after answers now go to its record as they are given."""
        if record is not None:
            self._session_id = record.id

    def _save_after(self) -> None:
        self._save(self.after)

    def _save(self, panel: ObserverPanel) -> None:
        if self._data is None or self._session_id is None:
            return
        rating = panel.rating(self._session_id)
        if rating is None:
            return  # nobody named as the observer yet: the panel says so
        try:
            self._data.set_for_session(rating)
        except StoreError as exc:
            self.problem.emit(Problem("observer.not-saved", (error_text(exc),)))

    def _offer_last_observer(self) -> None:
        if self._data is None:
            return
        try:
            self._last = self._data.last_observer()
        except StoreError:
            return


def save_alone(data: ObserverData | None, rating: ObserverRating) -> Problem | None:
    """Keep a rating given on its own; a problem to tell, or None."""
    if data is None:
        return Problem("observer.no-history")
    try:
        data.add(rating)
    except StoreError as exc:
        return Problem("observer.not-saved", (error_text(exc),))
    return None
