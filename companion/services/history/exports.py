"""Writing history out of the app, only when the user asks."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from companion.core.history.csvrows import CSV_COLUMNS, csv_rows
from companion.core.sessions import SessionRecord
from companion.services.paths import private_file


def write_csv(
    path: Path, records: Iterable[SessionRecord], names: Mapping[str, str] | None = None
) -> int:
    """Write ``records`` as UTF-8 CSV with a header to ``path``; returns the row count.

    ``names`` gives each activity's name as people read it (the ``activity_name`` column).
    The file is created owner-only (through a temporary file): it holds health information.
    """
    count = 0
    with private_file(path) as raw:
        handle = io.TextIOWrapper(raw, "utf-8", newline="")
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in csv_rows(records, names):
            writer.writerow(row)
            count += 1
        handle.flush()
        handle.detach()  # the raw file is closed (and renamed) by private_file
    return count
