"""The history store's change signal, for the views that show it (the store itself has no Qt)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from companion.services.store import Store


class HistoryEvents(QObject):
    """Re-emits the store's "something was written" as a Qt signal.

    Signals:
        changed(): a session, rating, note or check-in was written (or history restored).
            Emitted on the GUI thread even when the write happened on a worker.
    """

    changed = Signal()

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if store is not None:
            store.subscribe(self._changed)

    def _changed(self) -> None:
        if shiboken6.isValid(self):  # the store may outlive the window that listened
            self.changed.emit()
