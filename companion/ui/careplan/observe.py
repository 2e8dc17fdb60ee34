"""Rate as an observer, on its own (not around a session): for a patient who cannot answer,
PAINAD and a carer's estimate of breathlessness, kept apart from the patient's own answers."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.services.store import StoreError
from companion.ui.common.flow import flow_row
from companion.ui.common.observer import ObserverPanel
from companion.ui.common.observer_ratings import observer_data, save_alone
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import footed_view, make_button, make_label
from companion.ui.history import words as history_words


class ObservePage(Page):
    """One observer rating, saved with one press."""

    name = "observe"

    def __init__(
        self,
        services: Services,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, parent)
        self._now = now
        self._data = observer_data(services.history)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(16)
        layout.addWidget(make_label(self.tr("Rate as an observer"), "title"))
        layout.addWidget(
            make_label(
                self.tr(
                    "When the patient cannot answer for themselves, a carer can rate what they "
                    "see. It is kept in History, labelled as observer-rated."
                ),
                "subtitle",
            )
        )
        self.panel = ObserverPanel("alone", self.tr("Observed now"), now)
        layout.addWidget(self.panel)
        self.saved_label = make_label("", "muted")
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        home = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        home.clicked.connect(self.home_requested)
        self.save_button = make_button(
            self.tr("Save rating"), self.tr("Keep this observer rating in History"), "primary"
        )
        self.save_button.clicked.connect(self.save)
        footer = flow_row([home], [self.save_button], self.save_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        view, self.body_scroll = footed_view(body, footer)
        outer.addWidget(view)
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested)

    def show_request(self, request: object | None = None) -> None:
        """A fresh rating, offering whoever rated last as the observer."""
        self.panel.clear()
        self.saved_label.setText("")
        if self._data is not None:
            with contextlib.suppress(StoreError):
                self.panel.set_observer(*self._data.last_observer())
        first = next(iter(self.panel.who_chips.buttons.values()))
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Keep the rating (once someone is named as the observer and something is answered)."""
        rating = self.panel.rating()
        if rating is None:
            self.saved_label.setText(self.tr("Choose who is rating first."))
            return
        if rating.empty:
            self.saved_label.setText(self.tr("Nothing is answered yet."))
            return
        problem = save_alone(self._data, rating)
        if problem is not None:
            self.notice.emit(problem)
            return
        self.panel.clear()
        self.saved_label.setText(
            self.tr("Saved at {0}. It is in History, apart from the patient's own answers.").format(
                history_words.clock_time(rating.taken_at)
            )
        )
        self.body_scroll.reveal(self.saved_label)
