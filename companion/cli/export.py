"""``companion export``: the history as CSV or a PDF report, written without a window."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from companion.services.history.data import HistoryData, HistoryFilter
from companion.services.paths import AppPaths
from companion.services.store import Store, StoreError


def run_export(args: argparse.Namespace) -> int:
    """``companion export --csv FILE | --pdf FILE``: no window, one line of output."""
    from companion.services.history.exports import write_csv

    if args.since and args.until and args.since > args.until:
        print("companion: --since is after --until", file=sys.stderr)
        return 2
    target: Path = args.csv or args.pdf
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
        if args.csv:
            count = write_csv(target, history.iter_sessions(filt))
            message = f"Wrote {count} session(s) to {target}"
        else:
            pages, count, episodes = _export_pdf(target, history, filt)
            also = f" and {episodes} breathlessness episode(s)" if episodes else ""
            message = f"Wrote a {pages}-page report of {count} session(s){also} to {target}"
    except OSError as exc:
        print(f"companion: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"companion: cannot read history: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(message)
    return 0


def _export_pdf(target: Path, history: HistoryData, filt: HistoryFilter) -> tuple[int, int, int]:
    """The PDF report needs Qt's painter and fonts, but no window: an offscreen application."""
    from PySide6.QtGui import QGuiApplication

    from companion.services.history.report import build_report
    from companion.ui.history.report_pdf import write_pdf

    if not target.parent.is_dir():
        raise FileNotFoundError(2, "No such directory", str(target.parent))
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    report = build_report(history, filt, datetime.now().astimezone())
    episodes = report.episodes.count if report.episodes is not None else 0
    return write_pdf(target, report), report.totals.sessions, episodes
