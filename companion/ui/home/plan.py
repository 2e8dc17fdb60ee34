"""What Home shows from the care plan: "Today's suggestion" with one press to start it (never
a streak, never a reproach), and the activities the team has not approved, marked with their
note or left off Home and named, never silently gone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.care.plan import CarePlan, Suggestion
from companion.sessions.care_state import CarePlanState
from companion.ui.common.flow import flow_row
from companion.ui.common.plan_words import activity_title, suggestion_text
from companion.ui.common.widgets import make_button, make_label

STARTS_AT_ONCE = ("breathing", "listening")  # the others open their page (a choice, a check)


class HomePlan(QObject):
    """The suggestion card, the line naming what is left off Home, and the tiles' marks.

    Signals:
        start_requested(object): the suggestion's Start was pressed (the :class:`Suggestion`).
        plan_requested(): open the care plan.
    """

    start_requested = Signal(object)
    plan_requested = Signal()

    def __init__(
        self,
        care: CarePlanState,
        tiles: Mapping[QPushButton, tuple[str, ...]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._care = care
        self._tiles = dict(tiles)
        self._descriptions = {tile: tile.accessibleDescription() for tile in tiles}
        self.marks: dict[QPushButton, QLabel] = {}
        for tile in tiles:  # a line of the team's words inside the tile, shown when it applies
            mark = make_label("", "tile-text")
            mark.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            mark.setVisible(False)
            layout = tile.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(max(0, layout.count() - 1), mark)  # above the tile's stretch
            self.marks[tile] = mark
        self.card = QFrame()
        self.card.setProperty("role", "card")
        column = QVBoxLayout(self.card)
        column.setContentsMargins(24, 16, 24, 16)
        self.heading = make_label(self.tr("Today's suggestion from your care team"), "lead")
        self.words = make_label("", "tile-title")
        self.note = make_label("", "muted")
        self.start_button = make_button(
            self.tr("Start"), self.tr("Begin today's suggestion now"), "primary"
        )
        self.start_button.clicked.connect(self._start)
        column.addWidget(self.heading)
        column.addWidget(flow_row([self.words], [self.start_button]))
        column.addWidget(self.note)
        self.left_off = QWidget()
        self.left_off_label = make_label("", "muted")
        self.plan_button = make_button(
            self.tr("Care plan…"), self.tr("What the care team approves, and their notes")
        )
        self.plan_button.clicked.connect(self.plan_requested)
        row = QVBoxLayout(self.left_off)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(flow_row([self.left_off_label], [self.plan_button]))
        care.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the plan as it stands."""
        plan = self._care.plan
        suggestion = plan.today_suggestion
        self.card.setVisible(suggestion is not None)
        if suggestion is not None:
            self.words.setText(
                suggestion_text(replace(plan, suggestion=replace(suggestion, note="")))
            )
            self.note.setText(suggestion.note)
            self.note.setVisible(bool(suggestion.note))
            starts = suggestion.activity in STARTS_AT_ONCE
            self.start_button.setText(self.tr("Start") if starts else self.tr("Open"))
            self.start_button.setAccessibleName(
                self.tr("Start today's suggestion: {0}").format(activity_title(suggestion.activity))
            )
        hidden: list[str] = []
        for tile, activities in self._tiles.items():
            self._mark(tile, plan, activities, hidden)
        for tile in self._tiles:  # a tile's words changed: its row measures it again
            tile.updateGeometry()
        self.left_off.setVisible(bool(hidden))
        self.left_off_label.setText(
            self.tr("Left off Home by your care plan: {0}.").format(", ".join(hidden))
        )

    def _mark(
        self, tile: QPushButton, plan: CarePlan, activities: tuple[str, ...], hidden: list[str]
    ) -> None:
        refused = [a for a in activities if not plan.approved(a)]
        label = self.marks[tile]
        if refused and all(plan.hidden(a) for a in refused) and len(refused) == len(activities):
            tile.setVisible(False)
            hidden += [activity_title(a) for a in refused]
            return
        tile.setVisible(True)
        if not refused:
            label.setVisible(False)
            tile.setAccessibleDescription(self._descriptions[tile])
            return
        notes = [plan.approval(a).note for a in refused if plan.approval(a).note]
        mark = self.tr("Not approved by your care team: {0}").format(
            ", ".join(activity_title(a) for a in refused)
        )
        if notes:
            mark += " — " + "; ".join(notes)
        label.setText(mark)
        label.setVisible(True)
        tile.setAccessibleDescription(f"{self._descriptions[tile]} — {mark}")

    def _start(self) -> None:
        suggestion = self._care.plan.today_suggestion
        if isinstance(suggestion, Suggestion):
            self.start_requested.emit(suggestion)
