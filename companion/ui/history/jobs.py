"""The slow History work (exports, backup, restore), run on a worker thread.

Each job opens its own SQLite connection: a connection belongs to the thread that made it.
The work itself is the services' (the same code as ``companion export``, ``backup`` and
``restore``); a job returns a sentence for the person, and raises what went wrong (with a
``code``: see :func:`companion.ui.common.messages.error_problem`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from companion.services.care.observer_data import ObserverData
from companion.services.history.backup import backup, restore
from companion.services.history.data import HistoryFilter, read_only
from companion.services.history.exports import write_csv
from companion.services.history.report import build_report
from companion.ui.history import words
from companion.ui.history.words import tr


def export(database: Path, filt: HistoryFilter, kind: str, target: Path, now: datetime) -> str:
    """Write a CSV, PDF or FHIR export; returns a sentence for the user."""
    with read_only(database) as history:
        flagged = history.flagged(filt)
        if kind == "fhir":
            from companion.services.history.fhir_export import write_fhir

            counts = write_fhir(target, history, filt, now)
            done = QCoreApplication.translate(
                "History", "Saved the FHIR file (%n resource(s)) to {0}.", "", sum(counts.values())
            ).format(target.name)
        elif kind == "csv":
            observers = ObserverData(history.store).for_sessions
            from companion.core.wording import ratings_wording
            from companion.ui.common.translations import current_language

            count = write_csv(
                target, history.iter_sessions(filt), words.activity_names(), observers,
                ratings_wording(current_language()),
            )  # fmt: skip
            done = tr("Saved {0} to {1}.").format(words.sessions(count), target.name)
        else:
            from companion.ui.history.report_pdf import write_pdf

            report = build_report(history, filt, now)
            pages = write_pdf(target, report)
            done = tr("Saved the report ({0}) to {1}.").format(words.pages(pages), target.name)
    if flagged:
        done += " " + tr(
            "{0} of them hold values Companion does not write; they are included as they are "
            "and marked."
        ).format(flagged)
    return done


def make_backup(database: Path, target: Path) -> str:
    """Copy all history into one file."""
    backup(database, target)
    return tr("Backup saved as {0}.").format(target.name)


def restore_backup(database: Path, source: Path) -> str:
    """Replace history with a checked backup (the current one is kept aside)."""
    kept, summary = restore(database, source)
    return tr("History restored from {0} ({1}). The previous history is kept as {2}.").format(
        source.name, words.sessions(summary.sessions), kept.name
    )
