"""A :class:`~companion.ui.common.dialogs.Dialogs` that answers from a script, for tests.

A test queues the answers it wants, presses the real button, and the real handler runs with
them; every question asked is kept (``asked``) so a test can check what the person saw.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

from PySide6.QtWidgets import QWidget


class AnsweringDialogs:
    """Answers each question with the next queued answer (None, [] or False when none)."""

    def __init__(self) -> None:
        self.answers: deque[object] = deque()
        self.asked: list[tuple[str, str]] = []  # (kind, title)

    def answer(self, *answers: object) -> AnsweringDialogs:
        """Queue answers, in the order the questions will come."""
        self.answers.extend(answers)
        return self

    def _next(self, kind: str, title: str, default: object) -> object:
        self.asked.append((kind, title))
        return self.answers.popleft() if self.answers else default

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        found = self._next("open_file", title, None)
        return None if found is None else Path(str(found))

    def open_files(self, parent: QWidget, title: str, filters: str) -> list[Path]:
        found = self._next("open_files", title, [])
        return [Path(str(p)) for p in found]  # type: ignore[attr-defined]

    def open_folder(self, parent: QWidget, title: str) -> Path | None:
        found = self._next("open_folder", title, None)
        return None if found is None else Path(str(found))

    def save_file(self, parent: QWidget, title: str, name: str, filters: str) -> Path | None:
        found = self._next("save_file", title, None)
        return None if found is None else Path(str(found))

    def ask_text(
        self, parent: QWidget, title: str, label: str, text: str = "", action: str = ""
    ) -> str | None:
        found = self._next("ask_text", title, None)
        return None if found is None else str(found)

    def confirm(self, parent: QWidget, title: str, text: str, action: str, keep: str) -> bool:
        return bool(self._next("confirm", title, False))
