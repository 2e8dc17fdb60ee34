"""Whether a music file can be measured at all: the checks made before any decoding, and
the one opening the tags and the decoding share.

Apart from :mod:`.analysis` so that what only checks a file (the track levels, the Listen
page) never imports numpy (17 MB resident) with the decoder.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

MAX_FILE_BYTES = 4 << 30  # a music file is not larger than this (4 GiB)

# Opening never waits (a FIFO with no writer, a terminal); the checks then look at what was
# opened, so the file cannot be swapped for something else between the check and the reading.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class AnalysisError(Exception):
    """The file cannot be measured: ``kind`` is ``missing``, ``not-a-file``, ``too-large``
    or ``undecodable`` (for the interface and the log; the message is for the log)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def _check(path: Path, info: os.stat_result) -> int:
    if not stat.S_ISREG(info.st_mode):
        raise AnalysisError("not-a-file", str(path))
    if info.st_size > MAX_FILE_BYTES:
        raise AnalysisError("too-large", f"{path}: {info.st_size} bytes")
    return info.st_size


def check_file(path: Path) -> int:
    """The size of ``path`` if it is a regular file Companion will read; else raise."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise AnalysisError("missing", str(path)) from exc
    except OSError as exc:
        raise AnalysisError("missing", f"{path}: {exc}") from exc
    return _check(path, info)


@contextlib.contextmanager
def open_track(path: Path) -> Iterator[BinaryIO]:
    """``path`` open for reading (buffered, named), once the open file is known to be a
    regular file Companion will read (type, then size); else :class:`AnalysisError`.

    One opening serves the tags and the decoding, and the check is made on it."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise AnalysisError("missing", str(path)) from exc
    except PermissionError as exc:  # Windows will not open a folder; else: cannot be read
        check_file(path)
        raise AnalysisError("undecodable", f"{path}: {exc}") from exc
    except OSError as exc:
        raise AnalysisError("missing", f"{path}: {exc}") from exc
    try:
        _check(path, os.fstat(fd))
        raw = io.FileIO(fd, "rb", closefd=True)
    except BaseException:
        os.close(fd)
        raise
    raw.name = str(path)  # mutagen guesses the kind by the name
    with io.BufferedReader(raw) as file:
        yield file
