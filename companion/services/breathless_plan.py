"""The breathlessness action plan's file (``breathless_plan.json`` in the config folder).

Owner-only, written whole through a temporary file and a rename. It is the care team's words
for one person, so a file that cannot be used is never deleted: it is moved aside, the plan
starts empty, and the page says so (as a :class:`~companion.core.problems.Problem`, put into
words by the interface). The file is checked to be a regular file of a sane size before it
is read. Issue 16's care plan can hold this store as one of its parts.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from datetime import date
from pathlib import Path

from companion.core.breathless_plan import BreathlessPlan, plan_from_dict
from companion.core.problems import Problem
from companion.services.paths import move_aside, write_private_text

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024  # far more than a plan of the longest allowed fields needs


class BreathlessPlanStore:
    """Loads and saves the :class:`BreathlessPlan`; ``problems`` says what :meth:`load` met."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def load(self) -> BreathlessPlan:
        """The plan (empty when there is none yet, or when the file cannot be used)."""
        self.problems = []
        try:
            raw = self._read()
        except FileNotFoundError:
            return BreathlessPlan()
        except _Unusable as bad:
            return self._set_aside(bad.reason)
        except OSError as exc:
            log.warning("cannot read the breathlessness plan %s: %s", self.path, exc)
            self.problems.append(Problem("breathless-plan.unreadable"))
            return BreathlessPlan()
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):  # not UTF-8, not JSON, too deeply nested
            return self._set_aside("damaged")
        if not isinstance(data, dict):
            return self._set_aside("damaged")
        plan, reset = plan_from_dict(data)
        if reset:
            self.problems.append(Problem("breathless-plan.reset", (", ".join(reset),)))
        return plan

    def save(self, plan: BreathlessPlan, today: date | None = None) -> BreathlessPlan:
        """Write ``plan`` (dated ``today``) atomically, owner-only; returns what was written.

        Raises OSError when it cannot be written (the form keeps what was typed).
        """
        dated = BreathlessPlan(
            plan.medicine.strip(),
            tuple(c for c in plan.contacts if c.name.strip() or c.number.strip()),
            plan.emergency_when.strip(),
            plan.emergency_number.strip(),
            plan.written_by.strip(),
            (today or date.today()).isoformat(),
        )
        text = json.dumps(dated.to_dict(), indent=2, sort_keys=True, ensure_ascii=False)
        write_private_text(self.path, text + "\n")
        return dated

    def _read(self) -> bytes:
        """The file's bytes, once it is known to be a regular file of a sane size."""
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(self.path, flags)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                raise
            if self.path.is_symlink():
                raise _Unusable("not-a-file") from exc
            raise
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _Unusable("not-a-file")
            if info.st_size > MAX_BYTES:
                raise _Unusable("too-large")
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise _Unusable("too-large")
        return raw

    def _set_aside(self, reason: str) -> BreathlessPlan:
        try:
            kept = move_aside(self.path, reason)
        except OSError as exc:
            log.warning("cannot set the breathlessness plan aside: %s", exc)
            self.problems.append(Problem("breathless-plan.unreadable"))
            return BreathlessPlan()
        self.problems.append(Problem("breathless-plan.set-aside", (kept.name,)))
        return BreathlessPlan()


class _Unusable(Exception):
    """The file is there but is not one the plan can be read from."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
