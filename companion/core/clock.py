"""The session clock: one monotonic source of elapsed time, with pauses taken out."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


class SessionClock:
    """Elapsed seconds since start, not counting paused spans.

    The time source is injected (``time.monotonic`` by default) so tests can advance a
    fake clock instead of sleeping.
    """

    def __init__(self, now: Clock = time.monotonic) -> None:
        self._now = now
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0

    @property
    def running(self) -> bool:
        """Started and not paused."""
        return self._started_at is not None and self._paused_at is None

    @property
    def paused(self) -> bool:
        """Started and paused."""
        return self._paused_at is not None

    @property
    def started(self) -> bool:
        """Whether ``start`` has been called."""
        return self._started_at is not None

    def start(self) -> None:
        """Start counting from zero."""
        self._started_at = self._now()
        self._paused_at = None
        self._paused_total = 0.0

    def pause(self) -> None:
        """Stop time passing for the session; a second pause does nothing."""
        if self._started_at is not None and self._paused_at is None:
            self._paused_at = self._now()

    def resume(self) -> None:
        """Let time pass again from where it was paused."""
        if self._paused_at is not None:
            self._paused_total += self._now() - self._paused_at
            self._paused_at = None

    def elapsed(self) -> float:
        """Seconds of session time so far (0 before start)."""
        if self._started_at is None:
            return 0.0
        end = self._paused_at if self._paused_at is not None else self._now()
        return max(0.0, end - self._started_at - self._paused_total)
