"""The optional once-a-day check-in: the full ESAS-r, unchanged and credited, then a separate
block of our own (sleep, mood). Every answer may be left blank; there is no time limit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from companion.core.history.ratings import (
    ESAS_CREDIT,
    ESAS_ITEMS,
    ESAS_PROMPT,
    EXTRA_ITEMS,
    RatingItem,
)
from companion.services.history.data import Checkin, answers
from companion.ui.common.core_texts import core_text, unvalidated_note
from companion.ui.common.ratings import ScaleRow, WhoRow
from companion.ui.common.sheet import Sheet
from companion.ui.common.widgets import ScrollView, make_label
from companion.ui.history.words import tr

OTHER = RatingItem(
    "other", "Other Problem (for example constipation)", "No Other Problem", "Worst Possible"
)


class _Questions(ScrollView):
    """The questions, scrolling: it asks for all the height the window can give the sheet."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 100_000)


class CheckinSheet(Sheet):
    """Today's ESAS-r and extra questions; :meth:`checkin` gives the answers once saved.

    The questions scroll inside the sheet; the heading and the buttons stay in view.
    """

    def __init__(
        self,
        now: Callable[[], datetime],
        earlier: Checkin | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent, tr("Daily check-in"), "", tr("Save check-in"))
        self._now = now
        body = QWidget()
        body.setProperty("role", "row")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)  # room for the scroll bar beside the numbers
        column.addWidget(make_label(tr("Optional, once a day. Leave out any question you like.")))
        column.addWidget(make_label(core_text(ESAS_PROMPT) + ":", "lead"))
        self.rows: dict[str, ScaleRow] = {}
        for item in ESAS_ITEMS:
            self.rows[item.key] = ScaleRow(item)
            column.addWidget(self.rows[item.key])
        self.other_name = QLineEdit()
        self.other_name.setAccessibleName(self.tr("Other problem: its name"))
        self.other_name.setAccessibleDescription(self.tr("Optional: name it, then rate it below"))
        self.other_name.setPlaceholderText(self.tr("Other problem (optional)"))
        self.other_name.setMaxLength(120)
        column.addWidget(self.other_name)
        self.rows["other"] = ScaleRow(OTHER)
        column.addWidget(self.rows["other"])
        self.who_row = WhoRow()
        column.addWidget(self.who_row)
        column.addWidget(make_label(core_text(ESAS_CREDIT), "small"))
        if unvalidated_note():
            column.addWidget(make_label(unvalidated_note(), "small"))
        column.addSpacing(16)
        column.addWidget(make_label(self.tr("Also (not part of ESAS-r)"), "lead"))
        self.extra_rows: dict[str, ScaleRow] = {}
        for item in EXTRA_ITEMS:
            self.extra_rows[item.key] = ScaleRow(item)
            column.addWidget(self.extra_rows[item.key])
        self.questions = _Questions(body)
        self.questions.setProperty("role", "row")
        self.questions.viewport().setProperty("role", "row")
        self.add(self.questions)
        self.body.setStretchFactor(self.questions, 1)
        self.save_button = self.action_button
        if earlier is not None:
            for key, value in earlier.esas.items():
                if key in self.rows:
                    self.rows[key].set_value(value)
            for key, value in earlier.extra.items():
                if key in self.extra_rows:
                    self.extra_rows[key].set_value(value)
            self.other_name.setText(earlier.other_problem)
            self.who_row.set_who(earlier.who)
        self.rows[ESAS_ITEMS[0].key].buttons[0].setFocus()

    def checkin(self) -> Checkin:
        """The answers given (unanswered questions are simply absent)."""
        now = self._now()
        esas = answers({k: row.value() for k, row in self.rows.items()})
        if not self.other_name.text().strip():
            esas.pop("other", None)
        return Checkin(
            now.date(),
            now,
            self.who_row.who(),
            esas,
            answers({k: row.value() for k, row in self.extra_rows.items()}),
            self.other_name.text().strip() if "other" in esas else "",
        )
