"""``companion export``: the history as CSV, a PDF report or a FHIR R4 Bundle, written
without a window."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from companion.services.care.observer_data import ObserverData
from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.paths import AppPaths
from companion.services.safe_files import is_stdout
from companion.services.store import Store, StoreError


def run_export(args: argparse.Namespace) -> int:
    """``companion export --csv FILE | --pdf FILE | --fhir FILE``: no window, one line of
    output (on standard error when the file itself goes to standard output)."""
    from companion.services.history.exports import write_csv

    if args.since and args.until and args.since > args.until:
        print("companion: --since is after --until", file=sys.stderr)
        return 2
    target: Path = args.csv or args.pdf or args.fhir
    filt = HistoryFilter(first=args.since, last=args.until)
    try:
        store = Store.open(AppPaths.default().database)
    except (OSError, sqlite3.Error, StoreError) as exc:
        print(f"companion: cannot open history: {exc}", file=sys.stderr)
        return 1
    try:
        for notice in store.notices:
            print(f"companion: {notice}", file=sys.stderr)
        history = HistoryData(store)
        if args.fhir:
            counts = _export_fhir(target, history, filt)
            message = (
                f"Wrote a FHIR R4 Bundle of {sum(counts.values())} resources"
                f" ({counts['Procedure']} session(s)) to {target}"
            )
        elif args.csv:
            count = write_csv(
                target, history.iter_sessions(filt), ObserverData(history.store).for_sessions
            )
            message = f"Wrote {count} session(s) to {target}"
        else:
            pages, count = _export_pdf(target, history, filt)
            message = f"Wrote a {pages}-page report of {count} session(s) to {target}"
    except OSError as exc:
        print(f"companion: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"companion: cannot read history: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(message, file=sys.stderr if is_stdout(target) else sys.stdout)
    return 0


def _export_fhir(target: Path, history: HistoryData, filt: HistoryFilter) -> dict[str, int]:
    from companion.services.history.fhir_export import write_fhir

    return write_fhir(target, history, filt, datetime.now().astimezone())


def _export_pdf(target: Path, history: HistoryData, filt: HistoryFilter) -> tuple[int, int]:
    """The PDF report needs Qt's painter and fonts, but no window: an offscreen application."""
    from PySide6.QtGui import QGuiApplication

    from companion.services.history.report import build_report
    from companion.ui.history.report_pdf import write_pdf

    if not target.parent.is_dir():
        raise FileNotFoundError(2, "No such directory", str(target.parent))
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    report = build_report(history, filt, datetime.now().astimezone())
    return write_pdf(target, report), report.totals.sessions
