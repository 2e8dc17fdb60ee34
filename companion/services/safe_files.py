"""Writing a file the one safe way: a temporary file created with ``O_CREAT | O_EXCL |
O_NOFOLLOW`` under an unpredictable name in the target's own folder, owner-only (0600),
flushed to disk, then renamed over the target in one step. A link planted at a name we might
use is never followed and a reader never sees half a file. ``-`` means standard output; an
existing FIFO or device is written into, not replaced.

(The data-trust work, issue 12, brings a fuller module of the same name and the same
:func:`write_atomic`; this one is the part the FHIR export needs.)
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
STDOUT = "-"

Content = bytes | Callable[[BinaryIO], object]


def is_stdout(target: os.PathLike[str] | str) -> bool:
    """Whether ``target`` is ``-`` (standard output)."""
    return os.fspath(target) == STDOUT


def write_atomic(target: os.PathLike[str] | str, content: Content) -> None:
    """Write ``content`` (bytes, or ``write(handle)``) to ``target`` all at once, owner-only.

    Raises OSError (the target's folder missing, a folder as the target, a full disk…); on
    any failure the target is as it was and no temporary file is left behind.
    """
    if is_stdout(target):
        _write(sys.stdout.buffer, content)
        return
    path = Path(target)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "Is a folder", str(path))
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "No such folder", str(path.parent))
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device: write into it
            with open(path, "wb") as handle:
                _write(handle, content)
            return
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            _write(handle, content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _temporary(target: Path) -> tuple[int, Path]:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(16):
        tmp = target.with_name(f".{target.name[:200]}.{secrets.token_hex(8)}.tmp")
        try:
            fd = os.open(tmp, flags, PRIVATE_FILE)
        except FileExistsError:  # someone is there (a planted link): another name
            continue
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)
        return fd, tmp
    raise FileExistsError(errno.EEXIST, "No free temporary name", str(target))


def _write(handle: BinaryIO, content: Content) -> None:
    if isinstance(content, bytes):
        handle.write(content)
    else:
        content(handle)
    handle.flush()
