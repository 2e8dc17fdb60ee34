"""A notice with a way back: "Session deleted. [Undo]" (the window shows it as a banner)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Undoable:
    """Something was removed: the words for it, and how to put it back.

    A page emits it through ``notice``; the notice banner offers Undo until it is dismissed
    (pressing Undo calls ``undo`` once, then the banner goes).
    """

    text: str
    undo: Callable[[], object]
