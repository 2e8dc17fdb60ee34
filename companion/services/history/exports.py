"""Writing history out of the app, only when the user asks."""

from __future__ import annotations

import csv
import io
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import BinaryIO

from companion.core.care.observer import ObserverRating
from companion.core.history.csvrows import CSV_COLUMNS, csv_rows
from companion.core.sessions import SessionRecord
from companion.services.safe_files import write_atomic

ObserversFor = Callable[[list[int]], Mapping[int, Sequence[ObserverRating]]]


def _rows(
    records: Iterable[SessionRecord],
    names: Mapping[str, str] | None,
    observers: ObserversFor | None,
    wording: str,
) -> Iterator[list[str]]:
    """The CSV rows, the observer ratings looked up a chunk of sessions at a time."""
    it = iter(records)
    while chunk := list(itertools.islice(it, 1000)):
        found = observers([r.id for r in chunk if r.id is not None]) if observers else {}
        yield from csv_rows(chunk, names, found, wording)


def write_csv(
    path: os.PathLike[str] | str,
    records: Iterable[SessionRecord],
    names: Mapping[str, str] | None = None,
    observers: ObserversFor | None = None,
    wording: str = "esas-r-en",
) -> int:
    """Write ``records`` as UTF-8 CSV with a header to ``path``; returns the row count.

    ``names`` gives each activity's name as people read it (the ``activity_name`` column);
    ``observers`` gives the observer ratings around some sessions (by id), for their own
    columns; ``wording`` the ESAS-r wording the ratings were shown in (``ratings_wording``).

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
            for row in _rows(records, names, observers, wording):
                writer.writerow(row)
                count += 1
            text.flush()
        finally:
            text.detach()  # the handle belongs to write_atomic

    write_atomic(path, write)
    return count
