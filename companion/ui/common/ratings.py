"""Optional 0–10 ratings with large targets, reusable by every activity.

Nothing here is ever required: no time limit, no "please answer", every question can be left.
An activity page uses :class:`SessionRatings`: put ``before_box`` on its setup view and
``after_panel`` on its summary, call :meth:`SessionRatings.session_started` once the session
has its record and :meth:`SessionRatings.session_finished` at the end. To rate any record
from elsewhere, call :func:`attach_ratings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.history.ratings import (
    DEFAULT_QUICK_ITEMS,
    ESAS_ITEMS,
    ITEMS,
    MAX_QUICK_ITEMS,
    RatingItem,
)
from companion.core.sessions import Rating, SessionRecord, Who
from companion.services.history.data import HistoryData
from companion.services.store import StoreError
from companion.ui.common.core_texts import core_text, short_name, unvalidated_note
from companion.ui.common.flow import FlowRow, flow_row
from companion.ui.common.messages import error_text
from companion.ui.common.observer_ratings import SessionObserverRatings
from companion.ui.common.widgets import make_button, make_label


def who_label(owner: QObject, who: Who) -> str:
    """How the app names who answered."""
    return {
        Who.PATIENT: QCoreApplication.translate("WhoRow", "Patient"),
        Who.FAMILY: QCoreApplication.translate("WhoRow", "Family caregiver"),
        Who.CAREGIVER: QCoreApplication.translate("WhoRow", "Professional caregiver"),
    }[who]


class ScaleRow(QWidget):
    """One item: its words at 0 and 10, and eleven large buttons. Press again to clear.

    Signals:
        changed(): the answer changed (or was cleared).
    """

    changed = Signal()

    def __init__(self, item: RatingItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._value: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(make_label(f"<b>{core_text(item.name)}</b>"))
        numbers = QWidget()
        numbers.setProperty("role", "row")
        row = FlowRow(numbers, spacing=8)  # eleven in a line, wrapping when the text is large
        self.buttons = []
        # No QButtonGroup: a group lets Tab reach only one of its buttons, and a non-exclusive
        # one (needed so the chosen number can be pressed again to clear) has no arrow keys.
        for value in range(11):
            button = make_button(
                str(value),
                self.tr("{0}: {1} out of 10 (0 = {2}, 10 = {3})").format(
                    short_name(item.key), value, core_text(item.low), core_text(item.high)
                ),
                checkable=True,
            )
            button.setAccessibleName(self.tr("{0} {1}").format(short_name(item.key), value))
            button.setProperty("role", "number")  # eleven in a row: no wide side padding
            button.clicked.connect(lambda _on=False, v=value: self._on_click(v))
            self.buttons.append(button)
            row.add(button)
        policy = numbers.sizePolicy()
        policy.setHeightForWidth(True)
        numbers.setSizePolicy(policy)
        layout.addWidget(numbers)
        low = make_label(f"0 = {core_text(item.low)}", "muted")
        high = make_label(f"10 = {core_text(item.high)}", "muted")
        layout.addWidget(flow_row([low], [high]))

    def value(self) -> int | None:
        """The chosen number, or None when unanswered."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose ``value`` (None clears) without emitting ``changed``."""
        self._value = value
        for i, button in enumerate(self.buttons):
            button.setChecked(i == value)

    def _on_click(self, value: int) -> None:
        self.set_value(None if value == self._value else value)
        self.changed.emit()


class WhoRow(QWidget):
    """Who answered: patient, family caregiver or professional caregiver (optional)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "row")
        row = FlowRow(self)
        row.add(make_label(self.tr("Answered by"), wrap=False))
        self.buttons: dict[Who, object] = {}
        self._who: Who | None = None
        for who in Who:
            button = make_button(
                who_label(self, who), self.tr("Who gave these answers"), checkable=True
            )
            button.clicked.connect(lambda _c=False, w=who: self._choose(w))
            self.buttons[who] = button
            row.add(button)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def who(self) -> Who | None:
        """The chosen person, or None."""
        return self._who

    def set_who(self, who: Who | None) -> None:
        """Choose ``who`` (None clears)."""
        self._who = who
        for w, button in self.buttons.items():
            button.setChecked(w is who)  # type: ignore[attr-defined]

    def _choose(self, who: Who) -> None:
        self.set_who(None if who is self._who else who)
        self.changed.emit()


class RatingPanel(QFrame):
    """Quick ratings of the 1–3 items the user picked, plus who answered.

    Signals:
        changed(): an answer changed.
        items_picked(tuple): the user picked other items to rate.
    """

    changed = Signal()
    items_picked = Signal(tuple)

    def __init__(
        self, when: str, items: Sequence[str], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.when = when
        self.setProperty("role", "card")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.pick_button = make_button(
            self.tr("Choose what to rate…"),
            self.tr("Pick up to three things to rate, such as anxiety or pain"),
            checkable=True,
        )
        layout.addWidget(flow_row([make_label(title, "heading")], [self.pick_button]))
        layout.addWidget(make_label(self.tr("Optional. Leave any question you like."), "muted"))
        self.pick_buttons: dict[str, object] = {}
        picks = []
        for item in ESAS_ITEMS:
            button = make_button(short_name(item.key), self.tr("Rate this item"), checkable=True)
            button.toggled.connect(self._on_pick)
            self.pick_buttons[item.key] = button
            picks.append(button)
        self.picker = flow_row(picks, [])
        self.picker.setVisible(False)
        self.pick_button.toggled.connect(self.picker.setVisible)
        layout.addWidget(self.picker)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.rows: list[ScaleRow] = []
        self.unvalidated = make_label(unvalidated_note(), "small")  # ESAS-r, translated
        self.unvalidated.setVisible(bool(self.unvalidated.text()))
        layout.addWidget(self.unvalidated)
        self.who_row = WhoRow()
        self.who_row.changed.connect(self.changed)
        layout.addWidget(self.who_row)
        self.set_items(items)

    def set_items(self, items: Sequence[str]) -> None:
        """Show rows for ``items`` (answers of items still shown are kept)."""
        keep = {row.item.key: row.value() for row in self.rows}
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for key in [k for k in items if k in ITEMS][:MAX_QUICK_ITEMS]:
            row = ScaleRow(ITEMS[key])
            row.set_value(keep.get(key))
            row.changed.connect(self.changed)
            self.rows_box.addWidget(row)
            self.rows.append(row)
        for key, button in self.pick_buttons.items():
            button.blockSignals(True)  # type: ignore[attr-defined]
            button.setChecked(key in items)  # type: ignore[attr-defined]
            button.blockSignals(False)  # type: ignore[attr-defined]

    def items(self) -> tuple[str, ...]:
        """The items shown."""
        return tuple(row.item.key for row in self.rows)

    def ratings(self) -> tuple[Rating, ...]:
        """The answered items only."""
        return tuple(
            Rating(self.when, row.item.key, value)
            for row in self.rows
            if (value := row.value()) is not None
        )

    def who(self) -> Who | None:
        """Who answered, if said."""
        return self.who_row.who()

    def clear(self) -> None:
        """Forget the answers (the picked items stay)."""
        for row in self.rows:
            row.set_value(None)
        self.who_row.set_who(None)

    def _on_pick(self) -> None:
        picked = [k for k, b in self.pick_buttons.items() if b.isChecked()]  # type: ignore[attr-defined]
        if len(picked) > MAX_QUICK_ITEMS:  # keep the three picked first, in display order
            current = self.items()
            picked = [k for k in current if k in picked] + [k for k in picked if k not in current]
            picked = picked[:MAX_QUICK_ITEMS]
        if not picked:
            picked = list(self.items()[:1])  # at least one row stays to rate
        self.set_items(picked)
        self.items_picked.emit(tuple(picked))


def attach_ratings(
    history: HistoryData | None, session_id: int | None, when: str, panel: RatingPanel
) -> str:
    """Save the panel's answers as the ``when`` ratings of a session; '' or a message."""
    if history is None or session_id is None:
        return ""
    try:
        history.set_ratings(session_id, when, panel.ratings(), panel.who())
    except StoreError as exc:
        return error_text(exc)
    return ""


class SessionRatings(QObject):
    """The optional before/after ratings around one activity's sessions.

    Signals:
        problem(str): a rating could not be saved.
    """

    problem = Signal(object)

    def __init__(self, history: HistoryData | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history
        items = DEFAULT_QUICK_ITEMS
        if history is not None:
            try:
                items = history.quick_items()
            except StoreError:
                items = DEFAULT_QUICK_ITEMS
        self._items: Sequence[str] = items
        self._before: RatingPanel | None = None
        self._after: RatingPanel | None = None
        self._after_who: Who | None = None  # for the after panel, once it is built
        self.before_box = QWidget()
        box = QVBoxLayout(self.before_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.before_toggle = make_button(
            self.tr("Rate how I feel first"),
            self.tr("A quick 0 to 10 rating before the session; you can skip it"),
            checkable=True,
        )
        self.before_toggle.toggled.connect(lambda on: on and self.before)  # built when opened
        box.addWidget(self.before_toggle)
        # Ratings by an observer: beside the patient's own, never inside them.
        self.observer = SessionObserverRatings(history, parent=self)
        self.observer.problem.connect(self.problem)
        box.addWidget(self.observer.before_box)
        self.after_box = QWidget()
        after = QVBoxLayout(self.after_box)
        after.setContentsMargins(0, 0, 0, 0)
        after.addWidget(self.observer.after_box)
        self.after_box.installEventFilter(self)  # the after panel is built when first shown
        self._session_id: int | None = None

    # The panels (about 40 widgets each, with the observer's, a third of a session page) are
    # built the first time they are shown or asked for: most sessions open neither.

    @property
    def before(self) -> RatingPanel:
        """The ratings before the session (built when first wanted)."""
        if self._before is None:
            panel = RatingPanel("before", self._items, self.tr("Before: how do you feel NOW?"))
            panel.setVisible(self.before_toggle.isChecked())
            self.before_toggle.toggled.connect(panel.setVisible)
            panel.items_picked.connect(lambda picked: self._picked(picked, self._after))
            cast(QVBoxLayout, self.before_box.layout()).insertWidget(1, panel)
            self._before = panel
        return self._before

    @property
    def after_panel(self) -> RatingPanel:
        """The ratings after the session (built when first shown or asked for)."""
        if self._after is None:
            panel = RatingPanel("after", self._items, self.tr("After: how do you feel NOW?"))
            panel.who_row.set_who(self._after_who)
            panel.changed.connect(self._save_after)
            panel.items_picked.connect(lambda picked: self._picked(picked, self._before))
            cast(QVBoxLayout, self.after_box.layout()).insertWidget(0, panel)
            self._after = panel
        return self._after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.after_box and event.type() == QEvent.Type.Show:
            self.after_box.removeEventFilter(self)
            _ = self.after_panel
        return False

    def session_started(self, record: SessionRecord | None) -> None:
        """The session has its record: attach any before answers, ready the after panel."""
        self._session_id = record.id if record is not None else None
        who = None
        if self._before is not None:
            who = self._before.who()
            if self._before.ratings() or who:
                self._tell(attach_ratings(self._history, self._session_id, "before", self.before))
            self._before.clear()
        self._after_who = who  # the same person most likely answers after
        if self._after is not None:
            self._after.clear()
            self._after.who_row.set_who(who)
        self.observer.session_started(record)

    def session_finished(self, record: SessionRecord | None) -> None:
        """The session ended: after answers now go to its record as they are given."""
        if record is not None:
            self._session_id = record.id
        self.observer.session_finished(record)

    def _save_after(self) -> None:
        self._tell(attach_ratings(self._history, self._session_id, "after", self.after_panel))

    def _picked(self, picked: tuple[str, ...], other: RatingPanel | None) -> None:
        self._items = picked
        if other is not None:
            other.set_items(picked)
        if self._history is not None:
            try:
                self._history.set_quick_items(picked)
            except StoreError as exc:
                self._tell(error_text(exc))

    def _tell(self, message: str) -> None:
        if message:
            self.problem.emit(message)
