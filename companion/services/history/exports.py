"""Writing history out of the app, only when the user asks."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping
from typing import BinaryIO

from companion.core.history.csvrows import CSV_COLUMNS, csv_rows
from companion.core.sessions import SessionRecord
from companion.services.safe_files import write_atomic


def write_csv(
    path: os.PathLike[str] | str,
    records: Iterable[SessionRecord],
    names: Mapping[str, str] | None = None,
) -> int:
    """Write ``records`` as UTF-8 CSV with a header to ``path``; returns the row count.

    ``names`` gives each activity's name as people read it (the ``activity_name`` column).

    Through :func:`~companion.services.safe_files.write_atomic`: owner-only (it holds health
    information), all or nothing; ``-`` is standard output, a FIFO is written into.
    """
    count = 0

    def write(handle: BinaryIO) -> None:
        nonlocal count
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
        try:
            writer = csv.writer(text)
            writer.writerow(CSV_COLUMNS)
            for row in csv_rows(records, names):
                writer.writerow(row)
                count += 1
            text.flush()
        finally:
            text.detach()  # the handle belongs to write_atomic

    write_atomic(path, write)
    return count
