"""Writing history out of the app, only when the user asks."""

from __future__ import annotations

import csv
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from companion.core.care.observer import ObserverRating
from companion.core.history.csvrows import CSV_COLUMNS, csv_rows
from companion.core.sessions import SessionRecord
from companion.services.paths import PRIVATE_FILE

ObserversFor = Callable[[list[int]], Mapping[int, Sequence[ObserverRating]]]


def _rows(records: Iterable[SessionRecord], observers: ObserversFor | None) -> Iterator[list[str]]:
    """The CSV rows, the observer ratings looked up a chunk of sessions at a time."""
    it = iter(records)
    while chunk := list(itertools.islice(it, 1000)):
        found = observers([r.id for r in chunk if r.id is not None]) if observers else {}
        yield from csv_rows(chunk, found)


def write_csv(
    path: Path, records: Iterable[SessionRecord], observers: ObserversFor | None = None
) -> int:
    """Write ``records`` as UTF-8 CSV with a header to ``path``; returns the row count.

    ``observers`` gives the observer ratings around some sessions (by id), for their own
    columns. The file is created owner-only: it holds health information.
    """
    tmp = path.with_name(f".{path.name}.partial")
    count = 0
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for row in _rows(records, observers):
                writer.writerow(row)
                count += 1
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count
