"""The one way Companion writes a file, and the one way it reads a file the user gave it.

Writing (:func:`write_atomic`, :func:`write_via_path`): the new content goes to a temporary
file created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` under an unpredictable name in the
target's own folder, owner-only (0600), is flushed to disk, then renamed over the target in
one step. A symlink planted at any name we might use is never followed, and a reader never
sees half a file. A target that exists and is not a regular file (a FIFO, a device such as
``/dev/null``) is written into, not replaced; ``-`` means standard output.

Reading (:func:`read_user_file`): the file is opened without blocking (a FIFO cannot hang
us), checked to be a regular file, checked for size, and read with that limit.

Both raise :class:`FileProblem`, an ``OSError`` with a ``code`` the interface puts into
words (its ``str()`` is a plain English sentence for the command line).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from companion.core.problems import Problem

PRIVATE_FILE = 0o600
STDOUT = "-"
_TEMP_TRIES = 16
_CHUNK = 1 << 20

Content = bytes | Callable[[BinaryIO], object]


class FileProblem(OSError):
    """A file that could not be read or written, said as a code and the file's name.

    ``code`` is one of: ``no-name`` (an empty path), ``missing``, ``no-folder`` (the folder
    to write in does not exist), ``folder`` (a folder where a file was wanted),
    ``not-a-file`` (a FIFO, a device, a socket), ``too-large``, ``not-text``, ``no-room``
    (the disk is full), ``read-only``, ``denied``, ``too-long`` (a name the file system
    refuses), ``other``.
    """

    def __init__(self, code: str, path: os.PathLike[str] | str, detail: str = "") -> None:
        self.code = code
        self.path = os.fspath(path)
        self.detail = detail
        super().__init__(_ERRNO.get(code, 0), _sentence(code, self.name, detail), self.path)

    @property
    def problem(self) -> Problem:
        """The failure as a problem for the interface to put into words."""
        return Problem(f"file.{self.code}", (self.name,))

    @property
    def name(self) -> str:
        """The file's name as the user would recognise it (``standard output`` for ``-``)."""
        if self.path == STDOUT:
            return "standard output"
        return Path(self.path).name or self.path or "(no name)"

    def __str__(self) -> str:
        return str(self.strerror)


_ERRNO = {
    "missing": errno.ENOENT,
    "no-folder": errno.ENOENT,
    "folder": errno.EISDIR,
    "no-room": errno.ENOSPC,
    "read-only": errno.EROFS,
    "denied": errno.EACCES,
    "too-long": errno.ENAMETOOLONG,
}


def _sentence(code: str, name: str, detail: str) -> str:
    words = {
        "no-name": "No file name was given.",
        "missing": f"{name} does not exist.",
        "no-folder": f"The folder for {name} does not exist.",
        "folder": f"{name} is a folder, not a file.",
        "not-a-file": f"{name} is not an ordinary file (a device or a pipe), so it was not read.",
        "too-large": f"{name} is too large{f' (over {detail})' if detail else ''}.",
        "not-text": f"{name} is not a text file.",
        "no-room": f"There is no room left on the disk for {name}.",
        "read-only": f"{name} is on a disk that cannot be written.",
        "denied": f"You do not have permission to use {name}.",
        "too-long": f"The name {name} is too long for this disk.",
    }
    return words.get(code, f"{name} could not be used{f' ({detail})' if detail else ''}.")


def problem_from_os_error(exc: OSError, path: os.PathLike[str] | str) -> FileProblem:
    """A :class:`FileProblem` for an ``OSError`` met while using ``path``."""
    if isinstance(exc, FileProblem):
        return exc
    code = {
        errno.ENOENT: "missing",
        errno.EISDIR: "folder",
        errno.ENOSPC: "no-room",
        errno.EDQUOT: "no-room",
        errno.EROFS: "read-only",
        errno.EACCES: "denied",
        errno.EPERM: "denied",
        errno.ENAMETOOLONG: "too-long",
        errno.ELOOP: "not-a-file",
        errno.ENOTDIR: "no-folder",
        errno.ENXIO: "not-a-file",
    }.get(exc.errno or 0, "other")
    return FileProblem(code, path, exc.strerror or str(exc))


def is_stdout(target: os.PathLike[str] | str) -> bool:
    """Whether ``target`` is ``-`` (standard output)."""
    return os.fspath(target) == STDOUT


# -- writing ---------------------------------------------------------------------------------


def write_atomic(
    target: os.PathLike[str] | str, content: Content, *, into_special: bool = True
) -> None:
    """Write ``content`` (bytes, or ``write(handle)``) to ``target`` all at once, owner-only.

    ``-`` writes to standard output; a target that is a FIFO or a device is written into
    (with ``into_special`` False, as for the app's own files, it is replaced like any other).
    Raises :class:`FileProblem`; on any failure the target is as it was.
    """
    path = _checked_target(target)
    if path is None:
        _write_stream(sys.stdout.buffer, content, STDOUT)
        return
    if into_special and _is_special(path):
        _write_into(path, content)
        return
    with _atomic_temp(path) as (fd, _tmp), os.fdopen(fd, "wb", closefd=False) as handle:
        _write_stream(handle, content, path)
        handle.flush()
        os.fsync(handle.fileno())


def write_via_path(target: os.PathLike[str] | str, make: Callable[[Path], object]) -> None:
    """Like :func:`write_atomic`, for writers that need a file name (SQLite, Qt).

    ``make(path)`` writes the content into ``path``: an empty, owner-only file that only we
    created, beside the target (or in a private folder when the target is ``-``, a FIFO or
    a device, whose content is then copied there).
    """
    checked = _checked_target(target)
    if checked is None or _is_special(checked):
        with tempfile.TemporaryDirectory(prefix="companion-") as scratch:  # 0700
            path = Path(scratch) / "content"
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
            make(path)
            with path.open("rb") as made:
                write_atomic(STDOUT if checked is None else checked, lambda out: _copy(made, out))
        return
    with _atomic_temp(checked) as (fd, tmp):
        make(tmp)  # the file exists and is ours; the writer opens it by name
        ours, now = os.fstat(fd), os.lstat(tmp)
        if (ours.st_dev, ours.st_ino) != (now.st_dev, now.st_ino):  # swapped under us
            raise FileProblem("other", checked, "the temporary file was replaced")
        os.fsync(fd)


def _checked_target(target: os.PathLike[str] | str) -> Path | None:
    """The target as a Path (None: standard output); refuses names that cannot be files."""
    text = os.fspath(target)
    if text == STDOUT:
        return None
    if not text or text.endswith(os.sep) or Path(text).name in ("", ".", ".."):
        raise FileProblem("no-name" if not text else "folder", text)
    path = Path(text)
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise problem_from_os_error(exc, path) from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise FileProblem("folder", path)
    if not path.parent.is_dir():
        raise FileProblem("no-folder", path)
    return path


def _is_special(path: Path) -> bool:
    """An existing target that is not a regular file (FIFO, device): written into."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:  # nothing there, or a dangling link: replaced, never followed
        return False


@contextlib.contextmanager
def _atomic_temp(target: Path) -> Iterator[tuple[int, Path]]:
    """A fresh owner-only temporary file beside ``target``; renamed over it if all went well."""
    fd, tmp = _create_temp(target)
    try:
        yield fd, tmp
        os.close(fd)
        fd = -1
        os.replace(tmp, target)
    except BaseException as exc:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise problem_from_os_error(exc, target) from exc
        raise
    _sync_folder(target.parent)


def _create_temp(target: Path) -> tuple[int, Path]:
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(_TEMP_TRIES):
        tmp = target.with_name(f".{target.name[:200]}.{os.urandom(8).hex()}.tmp")
        try:
            fd = os.open(tmp, flags, PRIVATE_FILE)
        except FileExistsError:  # someone is there already (a planted link): another name
            continue
        except OSError as exc:
            raise problem_from_os_error(exc, target) from exc
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)
        return fd, tmp
    raise FileProblem("other", target, "no free temporary name")


def _write_into(path: Path, content: Content) -> None:
    """Write into an existing FIFO or device (never replacing it)."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise problem_from_os_error(exc, path) from exc
    with os.fdopen(fd, "wb") as handle:
        _write_stream(handle, content, path)


def _write_stream(handle: BinaryIO, content: Content, where: os.PathLike[str] | str) -> None:
    try:
        if isinstance(content, bytes):
            handle.write(content)
        else:
            content(handle)
        handle.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise problem_from_os_error(exc, where) from exc


def _copy(source: BinaryIO, out: BinaryIO) -> None:
    shutil.copyfileobj(source, out, _CHUNK)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- reading ---------------------------------------------------------------------------------


def read_user_file(path: os.PathLike[str] | str, limit_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``limit_bytes``, or :class:`FileProblem`.

    Opened without blocking, so a FIFO or a device is refused at once instead of hanging or
    growing without end; the size is checked before reading and enforced while reading.
    """
    with open_user_file(path, limit_bytes) as handle:
        data = handle.read(limit_bytes + 1)
    if len(data) > limit_bytes:  # it grew while we read
        raise FileProblem("too-large", path, _size(limit_bytes))
    return data


@contextlib.contextmanager
def open_user_file(path: os.PathLike[str] | str, limit_bytes: int) -> Iterator[BinaryIO]:
    """A regular file of at most ``limit_bytes``, open for reading (see :func:`read_user_file`).

    Read no more than ``limit_bytes + 1`` from it.
    """
    text = os.fspath(path)
    if not text:
        raise FileProblem("no-name", text)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(text, flags)
    except OSError as exc:
        raise problem_from_os_error(exc, text) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileProblem("folder", text)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem("not-a-file", text)
        if info.st_size > limit_bytes:
            raise FileProblem("too-large", text, _size(limit_bytes))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        try:
            yield handle
        except OSError as exc:
            raise problem_from_os_error(exc, text) from exc


def _size(limit: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if limit >= factor:
            return f"{limit / factor:g} {unit}"
    return f"{limit} bytes"
