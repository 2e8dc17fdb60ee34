"""Whether a music file can be measured at all: the checks made before any decoding.

Apart from :mod:`.analysis` so that what only checks a file (the track levels, the Listen
page) never imports numpy (17 MB resident) with the decoder.
"""

from __future__ import annotations

import stat
from pathlib import Path

MAX_FILE_BYTES = 4 << 30  # a music file is not larger than this (4 GiB)


class AnalysisError(Exception):
    """The file cannot be measured: ``kind`` is ``missing``, ``not-a-file``, ``too-large``
    or ``undecodable`` (for the interface and the log; the message is for the log)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind


def check_file(path: Path) -> int:
    """The size of ``path`` if it is a regular file Companion will read; else raise."""
    try:
        info = path.stat()
    except FileNotFoundError as exc:
        raise AnalysisError("missing", str(path)) from exc
    except OSError as exc:
        raise AnalysisError("missing", f"{path}: {exc}") from exc
    if not stat.S_ISREG(info.st_mode):
        raise AnalysisError("not-a-file", str(path))
    if info.st_size > MAX_FILE_BYTES:
        raise AnalysisError("too-large", f"{path}: {info.st_size} bytes")
    return info.st_size
