"""Answer an in-window sheet as a person would, while the page waits for it (``exec``).

``answering = on_next_sheet(act)`` arranges for ``act(sheet)`` to run once the next sheet is
shown and in front (inside its own event loop); the test then presses the real button that
opens it, and ``answering.check()`` re-raises anything ``act`` raised. ``act`` must answer the
sheet (press its button, or Esc); when it raises or leaves the sheet open, the sheet is
cancelled, so a failing test never hangs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from companion.ui.common.sheet import Sheet


class Answering:
    """What became of one :func:`on_next_sheet`."""

    def __init__(self) -> None:
        self.sheet: Sheet | None = None
        self.error: BaseException | None = None
        self.ran = False

    def check(self) -> Sheet:
        """The sheet that was answered (re-raising what went wrong)."""
        if self.error is not None:
            raise self.error
        assert self.ran and self.sheet is not None, "no sheet was shown"
        return self.sheet


def on_next_sheet(act: Callable[[Sheet], object], tries: int = 500) -> Answering:
    """Run ``act(sheet)`` on the next sheet to be shown, once it is the active window (looks
    every 10 ms, up to 5 s)."""
    answering = Answering()

    def look(left: int) -> None:
        sheet = QApplication.activeModalWidget()
        if not (isinstance(sheet, Sheet) and sheet.isVisible()):
            if left > 0:
                QTimer.singleShot(10, lambda: look(left - 1))
            return
        if not sheet.isActiveWindow() and left > 0:  # as a person sees it: once it is in front
            QTimer.singleShot(10, lambda: look(left - 1))
            return
        answering.sheet = sheet
        try:
            act(sheet)
            assert not sheet.isVisible(), "the sheet is still open: it was not answered"
        except BaseException as exc:
            answering.error = exc
            sheet.reject()  # never leave the test waiting on a sheet
        answering.ran = True

    QTimer.singleShot(0, lambda: look(tries))
    return answering
