"""``companion export``, ``backup`` and ``restore``: the history in and out, without a window.

``export`` writes CSV, a PDF report or a FHIR R4 Bundle. Each prints one line on success (on
stderr when the file itself goes to standard output, so a pipe gets only the file) and one
line on failure, with exit code 1.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from companion.cli.words import english, printable
from companion.core.problems import Problem
from companion.services.care.observer_data import ObserverData
from companion.services.history.data import HistoryData, HistoryFilter, read_only
from companion.services.paths import AppPaths
from companion.services.safe_files import FileProblem, is_stdout
from companion.services.store import Store, StoreError


def _say(message: str, target: Path) -> None:
    print(message, file=sys.stderr if is_stdout(target) else sys.stdout)


def _open_history() -> Store | None:
    try:
        store = Store.open(AppPaths.default().database)
    except StoreError as exc:
        print(f"companion: cannot open history: {exc}", file=sys.stderr)
        return None
    for notice in store.notices:
        print(f"companion: {english(notice)}", file=sys.stderr)
    return store


def run_export(args: argparse.Namespace) -> int:
    """``companion export --csv FILE | --pdf FILE | --fhir FILE``: no window, one line of
    output (on standard error when the file itself goes to standard output)."""
    if args.since and args.until and args.since > args.until:
        print("companion: --since is after --until", file=sys.stderr)
        return 2
    target: Path = args.csv or args.pdf or args.fhir
    shown = printable(str(target))
    filt = HistoryFilter(first=args.since, last=args.until)
    store = _open_history()  # creates and brings the history up to date, like the window
    if store is None:
        return 1
    database = store.path
    store.close()
    assert database is not None
    try:
        with read_only(database) as history:  # text that is not UTF-8 is no reason to stop
            flagged, message = _export(args, target, history, filt)
    except FileProblem as exc:
        print(f"companion: cannot write {shown}: {exc}", file=sys.stderr)
        return 1
    except (StoreError, sqlite3.Error) as exc:
        print(f"companion: cannot read history: {exc}", file=sys.stderr)
        return 1
    if flagged:
        print(f"companion: {english(Problem('history.flagged', (str(flagged),)))}", file=sys.stderr)
    _say(message, target)
    return 0


def _export(
    args: argparse.Namespace, target: Path, history: HistoryData, filt: HistoryFilter
) -> tuple[int, str]:
    """Write the export ``args`` asks for; how many sessions looked odd, and what was done."""
    from companion.services.history.exports import write_csv
    from companion.ui.history.words import activity_names

    shown = printable(str(target))
    flagged = history.flagged(filt)
    if args.fhir:
        counts = _export_fhir(target, history, filt)
        message = (
            f"Wrote a FHIR R4 Bundle of {sum(counts.values())} resources"
            f" ({counts['Procedure']} session(s)) to {shown}"
        )
    elif args.csv:
        observers = ObserverData(history.store).for_sessions
        from companion.cli.language import cli_language
        from companion.core.wording import ratings_wording

        wording = ratings_wording(cli_language())
        names = activity_names()
        count = write_csv(target, history.iter_sessions(filt), names, observers, wording)
        message = f"Wrote {count} session(s) to {shown}"
    else:
        pages, count, episodes = _export_pdf(target, history, filt)
        also = f" and {episodes} breathlessness episode(s)" if episodes else ""
        message = f"Wrote a {pages}-page report of {count} session(s){also} to {shown}"
    return flagged, message


def _export_fhir(target: Path, history: HistoryData, filt: HistoryFilter) -> dict[str, int]:
    from companion.services.history.fhir_export import write_fhir

    return write_fhir(target, history, filt, datetime.now().astimezone())


def _export_pdf(target: Path, history: HistoryData, filt: HistoryFilter) -> tuple[int, int, int]:
    """The PDF report needs Qt's painter and fonts, but no window: an offscreen application."""
    from PySide6.QtGui import QGuiApplication

    from companion.cli.language import cli_language
    from companion.services.history.report import build_report
    from companion.ui.common.translations import install_translations
    from companion.ui.history.report_pdf import write_pdf

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    install_translations(_app, cli_language())  # the report in the chosen language
    report = build_report(history, filt, datetime.now().astimezone())
    pages = write_pdf(target, report)  # through safe_files.write_atomic; "-" is stdout
    episodes = report.episodes.count if report.episodes is not None else 0
    return pages, report.totals.sessions, episodes


def run_backup(args: argparse.Namespace) -> int:
    """``companion backup FILE``: the whole history as one SQLite file (``-``: stdout)."""
    from companion.services.history.backup import BackupError, backup

    target: Path = args.file
    store = _open_history()  # creates and brings the history up to date, like the window
    if store is None:
        return 1
    database = store.path
    store.close()
    assert database is not None
    try:
        backup(database, target)
    except BackupError as exc:
        print(f"companion: {printable(str(exc))}", file=sys.stderr)
        return 1
    _say(f"Backed up the history to {printable(str(target))}", target)
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """``companion restore FILE``: check a backup, keep the current history, bring it back."""
    from companion.services.history.backup import BackupError, restore

    store = _open_history()
    if store is None:
        return 1
    database = store.path
    store.close()
    assert database is not None
    try:
        kept, summary = restore(database, args.file)
    except BackupError as exc:
        print(f"companion: {printable(str(exc))}", file=sys.stderr)
        return 1
    print(
        f"Restored {summary.sessions} session(s) from {printable(str(args.file))}; "
        f"the previous history is kept as {kept}"
    )
    return 0
