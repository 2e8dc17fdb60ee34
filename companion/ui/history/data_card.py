"""History's files: export a report or a table, back up, restore, and delete everything.

Exports, backups and restores run on a worker thread; every question goes through the
dialogs seam; deleting everything is said plainly first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.services.history.data import HistoryFilter
from companion.services.history.fhir_export import fhir_counts
from companion.services.history.report import build_report
from companion.services.store import StoreError
from companion.sessions.worker import run_in_background
from companion.ui.common.flow import flow_row
from companion.ui.common.messages import error_problem, problem_text
from companion.ui.common.page import Services
from companion.ui.common.widgets import make_button, make_label
from companion.ui.history import jobs as history_jobs
from companion.ui.history.dialogs import ExportSheet

log = logging.getLogger(__name__)


def card(*widgets: QWidget) -> QFrame:
    """A surface card holding ``widgets`` one above another, from the top."""
    frame = QFrame()
    frame.setProperty("role", "card")
    column = QVBoxLayout(frame)
    column.setSpacing(16)  # no two targets close together (tremor)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)  # beside a taller card, the contents stay together at the top
    return frame


class DataCard(QFrame):
    """ "Your data stays on this computer": back up, restore, delete all; and the export.

    Signals:
        notice(object): what happened, for the person.
        changed(): the history changed (a restore, a deletion): show it again.
        busy_changed(bool): a file is being written or read on a worker.
    """

    notice = Signal(object)
    changed = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self, services: Services, today: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Your data"))
        self._services = services
        self._today = today
        self.backup_button = make_button(
            self.tr("Back up…"), self.tr("Save all history as one file")
        )
        self.restore_button = make_button(
            self.tr("Restore…"), self.tr("Bring back history from a backup file")
        )
        self.delete_all_button = make_button(
            self.tr("Delete all my data…"),
            self.tr("Remove every session, rating, note and check-in"),
        )
        column = QVBoxLayout(self)
        column.addWidget(make_label(self.tr("Your data stays on this computer.")))
        buttons = [self.backup_button, self.restore_button, self.delete_all_button]
        column.addWidget(flow_row(buttons, []))
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        self.delete_all_button.clicked.connect(self.delete_all)

    def _database(self):  # type: ignore[no-untyped-def]
        store = self._services.store
        return None if store is None else store.path

    def export(self, filt: HistoryFilter) -> None:
        """Show what will be exported, ask where, then write it on a worker thread."""
        history, database = self._services.history, self._database()
        if history is None or database is None:
            return
        report = build_report(history, filt, self._today())
        dialog = ExportSheet(report, self, fhir_counts(history, filt))
        if not dialog.exec():
            return
        dialog.keep_choices(history)  # the patient's name, read again by the worker's report
        kind = dialog.kind
        ext = "json" if kind == "fhir" else kind
        name = f"companion-{report.first.isoformat()}-to-{report.last.isoformat()}.{ext}"
        target = self._services.dialogs.save_file(
            self, self.tr("Save the export"), name, f"*.{ext}"
        )
        if target is not None:
            now = self._today()
            self._run(lambda: history_jobs.export(database, filt, kind, target, now))

    def backup(self) -> None:
        """Save all history as one file (on a worker thread)."""
        database = self._database()
        if database is None:
            return
        name = f"companion-backup-{self._today().date().isoformat()}.db"
        target = self._services.dialogs.save_file(self, self.tr("Save a backup"), name, "*.db")
        if target is not None:
            self._run(lambda: history_jobs.make_backup(database, target))

    def restore(self) -> None:
        """Replace history with a backup, after asking; the current history is kept aside."""
        database = self._database()
        if database is None:
            return
        source = self._services.dialogs.open_file(self, self.tr("Choose a backup"), "*.db")
        if source is not None and self._confirm(
            self.tr("Restore this backup?"),
            self.tr(
                "Your history will be replaced by the backup. The current history is kept "
                "aside as a file beside it, so nothing is lost."
            ),
            self.tr("Restore"),
        ):
            self._run(lambda: history_jobs.restore_backup(database, source))

    def delete_all(self) -> None:
        """Delete every session, rating, note and check-in, after a clear warning."""
        history = self._services.history
        if history is None:
            return
        if not self._confirm(
            self.tr("Delete all my data?"),
            self.tr(
                "Every session, rating, note and check-in will be removed from this computer "
                "for good. This cannot be undone. Make a backup first if you may want them "
                "later. Your settings and playlists are kept."
            ),
            self.tr("Delete all my data"),
        ):
            return
        try:
            history.delete_all()
        except StoreError as exc:
            self.notice.emit(exc.problem)
        else:
            self.notice.emit(self.tr("All your history has been deleted."))
        self.changed.emit()

    def _confirm(self, title: str, text: str, action: str) -> bool:
        return self._services.dialogs.confirm(self, title, text, action, self.tr("Keep it"))

    def _run(self, job: Callable[[], str]) -> None:
        self._set_busy(True)

        def done(message: str) -> None:
            self._set_busy(False)
            self.notice.emit(message)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            problem = error_problem(exc)
            if problem.code == "app.unexpected":  # a bug: logged with its traceback
                log.error("history job failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.notice.emit(self.tr("That did not work: {0}").format(problem_text(problem)))
            self.changed.emit()  # show the history as it now is (a failed restore: unchanged)

        run_in_background(job, done, failed)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.delete_all_button):
            button.setEnabled(not busy)
        self.busy_changed.emit(busy)
