"""The care plan in the history file: one JSON document, read tolerantly, written whole.

It lives beside the history (not in a settings file) so that a backup carries it, a restore
brings it back and "Delete all my data" removes it with the rest.
"""

from __future__ import annotations

import json
import logging

from companion.core.care.plan import CarePlan, clean, plan_from_dict
from companion.services.store import Store, now_iso

log = logging.getLogger(__name__)
MAX_PLAN_BYTES = 64 * 1024  # a plan is a few hundred words; anything bigger is not ours


class CarePlanData:
    """Reads and writes the plan; ``problems`` names the fields a damaged plan lost."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.problems: list[str] = []

    def saved(self) -> bool:
        """Whether a plan has ever been written."""
        return bool(self.store.query("SELECT 1 FROM care_plan WHERE id = 1"))

    def load(self) -> CarePlan:
        """The plan (an empty one when none was written); StoreError if it cannot be read."""
        rows = self.store.query("SELECT plan FROM care_plan WHERE id = 1")
        self.problems = []
        if not rows:
            return CarePlan()
        text = rows[0][0]
        if not isinstance(text, str) or len(text) > MAX_PLAN_BYTES:
            self.problems = ["(whole plan)"]
            return CarePlan()
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            data = None
        plan, self.problems = plan_from_dict(data)
        if self.problems:
            log.warning("care plan: reset %s", ", ".join(self.problems))
        return plan

    def save(self, plan: CarePlan) -> CarePlan:
        """Keep ``plan`` (cleaned); returns it as kept. StoreError if it cannot be written."""
        kept = clean(plan)
        text = json.dumps(kept.to_dict(), ensure_ascii=False, sort_keys=True)
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO care_plan (id, plan, updated_at) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET plan = excluded.plan,"
                " updated_at = excluded.updated_at",
                (text, now_iso()),
            )
        return kept
