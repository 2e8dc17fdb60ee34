"""The one way work comes back to the GUI thread: run a function on a pool thread, get a signal.

Widgets are never touched from the worker; the result arrives through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


_in_flight: set[_Relay] = set()


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``work()`` off the GUI thread; call ``on_done(result)`` or ``on_failed(exc)`` on it."""
    relay = _Relay()  # created here, so it lives in the GUI thread: emits from the pool queue
    _in_flight.add(relay)

    def finish() -> None:
        _in_flight.discard(relay)
        relay.deleteLater()

    relay.done.connect(on_done)
    relay.done.connect(finish)
    if on_failed is not None:
        relay.failed.connect(on_failed)
    relay.failed.connect(finish)

    def job() -> None:
        try:
            result = work()
        except BaseException as exc:  # reported to the GUI thread, never lost in the pool
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)

    QThreadPool.globalInstance().start(job)
