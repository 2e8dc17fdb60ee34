"""Errors nobody expected (bugs) never vanish: they are logged with their traceback, and the
person is told, in words, that something did not finish.

Qt calls Python slots from C++; an exception raised in one reaches only ``sys.excepthook``
(which by default prints it to a terminal nobody sees). :func:`install` replaces that hook
(and ``threading.excepthook``) for as long as the window is open.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from companion.core.problems import Problem

log = logging.getLogger("companion.unexpected")

Report = Callable[[Problem], object]


def install(report: Report) -> Callable[[], None]:
    """Log every uncaught exception and ``report`` it as ``app.unexpected``; returns undo.

    A hook that was there before (a test harness, a debugger) still hears of it; the
    interpreter's own (printing to stderr) is replaced, since the log already has it.
    """
    before, before_thread = sys.excepthook, threading.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            before(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        try:
            report(Problem("app.unexpected", (kind.__name__,)))
        except Exception:  # telling must never raise in turn
            log.exception("could not report the unexpected error")
        if before is not sys.__excepthook__:
            before(kind, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or args.exc_type is SystemExit:
            return
        hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def undo() -> None:
        sys.excepthook, threading.excepthook = before, before_thread

    return undo
