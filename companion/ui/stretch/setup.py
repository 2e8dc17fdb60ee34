"""Choosing what to do: a routine or one movement, your own routine; the care team's limits
(set in the care plan) mark or hide what they rule out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.sessions import format_duration
from companion.core.stretch.model import Stretch, StretchDataError
from companion.core.stretch.restrictions import check_routine
from companion.core.stretch.timing import schedule_routine
from companion.sessions.care_state import CarePlanState
from companion.sessions.stretch_state import StretchState
from companion.ui.common.flow import flow_row
from companion.ui.common.plan_words import restriction_title
from companion.ui.common.widgets import make_button, make_checkbox, make_label


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is not None and item.widget() is not None:
            item.widget().deleteLater()  # type: ignore[union-attr]


class StretchSetup(QWidget):
    """Routines, single movements, the care plan's limits and the routine composer.

    Signals:
        start_requested(str): the id of the routine or movement to guide.
        massage_requested(): the caregiver's hand-massage guide.
        plan_requested(): the care plan, where the limits are set.
    """

    start_requested = Signal(str)
    massage_requested = Signal()
    plan_requested = Signal()

    def __init__(
        self, stretch_state: StretchState, care: CarePlanState, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._s = stretch_state
        self._care = care
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(make_label(self.tr("Stretch"), "title"))
        layout.addWidget(
            make_label(
                self.tr("Small, gentle movements, seated or in bed, at the pace of your breath."),
                "subtitle",
            )
        )
        self.status = make_label("", "muted")
        layout.addWidget(self.status)

        # The carer's hand massage, in sight as the page opens (not below every movement).
        carers = QFrame()
        carers.setProperty("role", "card")
        card = QVBoxLayout(carers)
        card.setContentsMargins(20, 16, 20, 16)
        card.addWidget(make_label(self.tr("For carers"), "subtitle"))
        card.addWidget(
            make_label(
                self.tr(
                    "A gentle hand massage you can give, step by step, with a safety check first."
                )
            )
        )
        self.massage_button = make_button(
            self.tr("Gentle hand massage (10–15 min)"),
            self.tr("A guide for a family member or carer, with a safety check first"),
        )
        card.addWidget(self.massage_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(carers)
        layout.addWidget(make_label(self.tr("Routines"), "muted"))
        self.routine_box = QVBoxLayout()
        layout.addLayout(self.routine_box)
        layout.addWidget(make_label(self.tr("One movement"), "muted"))
        self.stretch_grid = QGridLayout()
        layout.addLayout(self.stretch_grid)

        self.compose_button = make_button(
            self.tr("Make my own routine…"), self.tr("Choose movements and keep them as a routine")
        )
        self.compose_button.setCheckable(True)
        layout.addWidget(self.compose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.composer = QFrame()
        self.composer.setProperty("role", "card")
        self.composer.setAccessibleName(self.tr("Make my own routine"))
        inner = QVBoxLayout(self.composer)
        inner.addWidget(make_label(self.tr("Tick the movements you want, in order:")))
        self.compose_list = QVBoxLayout()
        inner.addLayout(self.compose_list)
        row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_edit.setPlaceholderText(self.tr("A name, e.g. Morning hands"))
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.save_button = make_button(self.tr("Save routine"), self.tr("Keep this routine"))
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        inner.addLayout(row)
        self.compose_message = make_label("", "muted")
        inner.addWidget(self.compose_message)
        self.composer.setVisible(False)
        layout.addWidget(self.composer)

        self.limits_label = make_label("", "muted")
        self.plan_button = make_button(
            self.tr("Care plan…"), self.tr("The care team's limits are set in the care plan")
        )
        layout.addWidget(flow_row([self.limits_label], [self.plan_button]))

        layout.addStretch(1)

        self.compose_button.toggled.connect(self.composer.setVisible)
        self.save_button.clicked.connect(self._save)
        self.massage_button.clicked.connect(self.massage_requested)
        self.plan_button.clicked.connect(self.plan_requested)
        care.changed.connect(self.refresh)
        stretch_state.changed.connect(self.refresh)
        stretch_state.ready.connect(self.refresh)
        self.routine_buttons: dict[str, QPushButton] = {}
        self.stretch_buttons: dict[str, QPushButton] = {}
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the lists for the current library, limits and user routines."""
        s = self._s
        _clear(self.routine_box)
        _clear(self.stretch_grid)
        _clear(self.compose_list)
        self.routine_buttons, self.stretch_buttons = {}, {}
        plan = self._care.plan
        restrictions = plan.restrictions
        self.limits_label.setText(
            self.tr("Limits from the care team: {0}.").format(restriction_title(plan.restriction))
        )
        library = s.library
        if library is None:
            self.status.setText(s.problem or self.tr("Loading the movements…"))
            return
        self.status.setText("")
        hide = plan.restriction_mode == "hide"
        user_ids = {r.id for r in s.user_routines()}
        for routine in s.routines():
            checks = check_routine(routine, library.by_id, restrictions)
            allowed = [c for c in checks if c.allowed]
            if hide and not allowed:
                continue
            kept = routine.__class__(
                **{**routine.__dict__, "items": tuple(c.item for c in allowed)}
            )
            length = format_duration(schedule_routine(kept, library.by_id).total_s)
            text = f"{routine.title}   ({length})"
            left_out = len(checks) - len(allowed)
            note = routine.summary
            if left_out:
                note += " " + self.tr("%n movement(s) left out for your limits.", "", left_out)
            button = make_button(text, note)
            button.setEnabled(bool(allowed))
            button.clicked.connect(lambda _=False, rid=routine.id: self.start_requested.emit(rid))
            row = QHBoxLayout()
            row.addWidget(button, 1)
            if left_out and not hide:
                row.addWidget(make_label(self.tr("(shortened)"), "muted", wrap=False))
            if routine.id in user_ids:
                remove = make_button(
                    self.tr("Remove"), self.tr("Forget “{0}”").format(routine.title)
                )
                remove.clicked.connect(lambda _=False, rid=routine.id: s.remove_routine(rid))
                row.addWidget(remove)
            holder = QWidget()
            holder.setLayout(row)
            row.setContentsMargins(0, 0, 0, 0)
            self.routine_box.addWidget(holder)
            self.routine_buttons[routine.id] = button
        shown = 0
        for stretch in library.stretches:
            reasons = restrictions.reasons(stretch)
            if reasons and hide:
                continue
            self.stretch_grid.addWidget(
                self._stretch_button(stretch, reasons), shown // 2, shown % 2
            )
            shown += 1
            if not reasons:
                box = make_checkbox(
                    stretch.title,
                    self.tr("Put “{0}” in the new routine: {1}").format(
                        stretch.title, stretch.summary
                    ),
                )
                box.setProperty("stretch", stretch.id)
                self.compose_list.addWidget(box)

    def focus_first(self) -> None:
        """Put the keyboard focus on the first routine that can start (or the first movement)."""
        buttons = [*self.routine_buttons.values(), *self.stretch_buttons.values()]
        for button in buttons:
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _stretch_button(self, stretch: Stretch, reasons: tuple[str, ...]) -> QPushButton:
        if reasons:
            text = self.tr("{0} — not advised by your care team").format(stretch.title)
            description = self.tr("Left out because of your limits: {0}").format(", ".join(reasons))
        else:
            text, description = stretch.title, stretch.summary
        button = make_button(text, description)
        button.setEnabled(not reasons)
        button.clicked.connect(lambda _=False, sid=stretch.id: self.start_requested.emit(sid))
        self.stretch_buttons[stretch.id] = button
        return button

    def chosen_for_routine(self) -> list[str]:
        """The ticked movements, in list order."""
        ids = []
        for i in range(self.compose_list.count()):
            item = self.compose_list.itemAt(i)
            box = item.widget() if item is not None else None
            if box is not None and box.property("stretch") and box.isChecked():  # type: ignore[attr-defined]
                ids.append(str(box.property("stretch")))
        return ids

    def _save(self) -> None:
        ids = self.chosen_for_routine()
        title = self.name_edit.text().strip()
        if not ids:
            self.compose_message.setText(self.tr("Tick at least one movement first."))
            return
        if not title:
            self.compose_message.setText(self.tr("Give the routine a name first."))
            return
        try:
            routine = self._s.save_routine(title, ids)
        except StretchDataError as exc:
            self.compose_message.setText(self.tr("It could not be saved: {0}.").format(exc.problem))
            return
        self.name_edit.clear()
        self.compose_button.setChecked(False)
        self.compose_message.setText(self.tr("Saved “{0}”.").format(routine.title))
