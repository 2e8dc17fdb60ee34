"""The slow History work (exports, backup, restore), run on a worker thread.

Each job opens its own SQLite connection: a connection belongs to the thread that made it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from companion.services.care.observer_data import ObserverData
from companion.services.history.backup import backup, restore
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.history.exports import write_csv
from companion.services.history.report import build_report
from companion.services.store import Store
from companion.ui.history.charts import tr


@contextlib.contextmanager
def reader(database: Path):  # type: ignore[no-untyped-def]
    """A read-only history on its own connection, for use in one worker thread."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True, isolation_level=None)
    try:
        yield HistoryData(Store(conn, database))
    finally:
        conn.close()


def export(database: Path, filt: HistoryFilter, kind: str, target: Path, now: datetime) -> str:
    """Write a CSV, PDF or FHIR export; returns a sentence for the user."""
    with reader(database) as history:
        if kind == "fhir":
            from companion.services.history.fhir_export import write_fhir

            counts = write_fhir(target, history, filt, now)
            return tr("Saved the FHIR file ({0} resources) to {1}.").format(
                sum(counts.values()), target.name
            )
        if kind == "csv":
            count = write_csv(
                target, history.iter_sessions(filt), ObserverData(history.store).for_sessions
            )
            return tr("Saved {0} sessions to {1}.").format(count, target.name)
        from companion.ui.history.report_pdf import write_pdf

        report = build_report(history, filt, now)
        pages = write_pdf(target, report)
        return tr("Saved the {0}-page report to {1}.").format(pages, target.name)


def make_backup(database: Path, target: Path) -> str:
    """Copy all history into one file."""
    backup(database, target)
    return tr("Backup saved as {0}.").format(target.name)


def restore_backup(database: Path, source: Path) -> str:
    """Replace history with a backup (the current one is kept aside)."""
    kept = restore(database, source)
    return tr("History restored from {0}. The previous history is kept as {1}.").format(
        source.name, kept.name
    )
