"""The optional once-a-day check-in: the full ESAS-r, unchanged and credited, then a separate
block of our own (sleep, mood). Every answer may be left blank; there is no time limit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.history.ratings import (
    ESAS_CREDIT,
    ESAS_ITEMS,
    ESAS_PROMPT,
    EXTRA_ITEMS,
    RatingItem,
)
from companion.services.history.data import Checkin, answers
from companion.ui.common.ratings import ScaleRow, WhoRow
from companion.ui.common.widgets import ScrollView, make_button, make_label

OTHER = RatingItem(
    "other", "Other Problem (for example constipation)", "No Other Problem", "Worst Possible"
)


class CheckinDialog(QDialog):
    """Today's ESAS-r and extra questions; :meth:`checkin` gives the answers once accepted."""

    def __init__(
        self,
        now: Callable[[], datetime],
        earlier: Checkin | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self.setWindowTitle(self.tr("Daily check-in"))
        self.setAccessibleName(self.tr("Daily check-in"))
        self.resize(900, 720)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(make_label(self.tr("Daily check-in (optional)"), "title"))
        column.addWidget(make_label(self.tr(ESAS_PROMPT) + ":", "subtitle"))
        self.rows: dict[str, ScaleRow] = {}
        for item in ESAS_ITEMS:
            self.rows[item.key] = ScaleRow(item)
            column.addWidget(self.rows[item.key])
        self.other_name = QLineEdit()
        self.other_name.setAccessibleName(self.tr("Other problem: its name"))
        self.other_name.setPlaceholderText(self.tr("Other problem (optional)"))
        column.addWidget(self.other_name)
        self.rows["other"] = ScaleRow(OTHER)
        column.addWidget(self.rows["other"])
        self.who_row = WhoRow()
        column.addWidget(self.who_row)
        column.addWidget(make_label(self.tr(ESAS_CREDIT), "muted"))
        column.addSpacing(16)
        column.addWidget(make_label(self.tr("Also (not part of ESAS-r)"), "subtitle"))
        self.extra_rows: dict[str, ScaleRow] = {}
        for item in EXTRA_ITEMS:
            self.extra_rows[item.key] = ScaleRow(item)
            column.addWidget(self.extra_rows[item.key])
        scroll = ScrollView(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        cancel = make_button(self.tr("Cancel"), self.tr("Close without saving (Esc)"))
        self.save_button = make_button(self.tr("Save"), self.tr("Save today's answers"), "primary")
        cancel.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        if earlier is not None:
            for key, value in earlier.esas.items():
                if key in self.rows:
                    self.rows[key].set_value(value)
            for key, value in earlier.extra.items():
                if key in self.extra_rows:
                    self.extra_rows[key].set_value(value)
            self.other_name.setText(earlier.other_problem)
            self.who_row.set_who(earlier.who)

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
