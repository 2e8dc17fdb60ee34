"""Writing history out of the app, only when the user asks."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from pathlib import Path

from companion.core.history.csvrows import CSV_COLUMNS, csv_rows
from companion.core.sessions import SessionRecord
from companion.services.paths import PRIVATE_FILE


def write_csv(path: Path, records: Iterable[SessionRecord]) -> int:
    """Write ``records`` as UTF-8 CSV with a header to ``path``; returns the row count.

    The file is created owner-only: it holds health information.
    """
    tmp = path.with_name(f".{path.name}.partial")
    count = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for row in csv_rows(records):
                writer.writerow(row)
                count += 1
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
