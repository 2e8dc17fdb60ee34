"""The care plan every page reads: loaded from the history file, changed and saved in one
place, with a ``changed`` signal so Home, Stretch and the massage follow at once."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.core.care.plan import Approval, CarePlan, adopt_legacy, clean
from companion.core.problems import Problem
from companion.services.care.plan_data import CarePlanData
from companion.services.store import Store, StoreError

log = logging.getLogger(__name__)


class CarePlanState(QObject):
    """The plan as it stands (``plan``), and the one way to change it.

    Without a history file the plan is kept for this run only, and the person is told.

    Signals:
        changed(): the plan changed (already saved).
        notice(object): a :class:`Problem` to tell the person (``careplan.not-saved``,
            ``careplan.reset``).
    """

    changed = Signal()
    notice = Signal(object)

    def __init__(
        self,
        store: Store | None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = CarePlanData(store) if store is not None else None
        self._today = today
        self.problems: list[Problem] = []  # what loading found, for whoever shows notices
        self.plan = CarePlan()
        if self._data is not None:
            try:
                self.plan = self._data.load()
            except StoreError as exc:
                log.warning("care plan unreadable: %s", exc)
                self.problems.append(Problem("careplan.unreadable", (str(exc),)))
            if self._data.problems:
                self.problems.append(Problem("careplan.reset", (", ".join(self._data.problems),)))

    def update(self, **changes: Any) -> None:
        """Change some of the plan, save it (dated today) and tell the listeners."""
        new = dataclasses.replace(self.plan, **changes)
        if new == self.plan:
            return
        self._keep(dataclasses.replace(new, updated_on=self._today().isoformat()))

    def set_approval(
        self, activity: str, status: str | None = None, note: str | None = None
    ) -> None:
        """Change what the team says of ``activity`` (its status, its note, or both)."""
        old = self.plan.approval(activity)
        approval = Approval(old.status if status is None else status,
                            old.note if note is None else note)  # fmt: skip
        self.update(approvals={**self.plan.approvals, activity: approval})

    def adopt(self, legacy: Mapping[str, Any]) -> None:
        """Take the limits and precautions the stretch settings held before the plan did
        (only into a plan that has never been written)."""
        if not legacy or self._data is None:
            return
        try:
            if self._data.saved():
                return
        except StoreError:
            return
        adopted = adopt_legacy(self.plan, legacy)
        if adopted != self.plan:
            self._keep(adopted)

    def _keep(self, plan: CarePlan) -> None:
        plan = clean(plan)
        if self._data is not None:
            try:
                plan = self._data.save(plan)
            except StoreError as exc:
                self.notice.emit(Problem("careplan.not-saved", (str(exc),)))
        self.plan = plan
        self.changed.emit()
