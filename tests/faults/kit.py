"""Helpers for the fault-tolerance tests: the app as a process, and the app in-process."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.inprocess import run_app

__all__ = [
    "children",
    "companion",
    "fill",
    "one_line",
    "python",
    "run_app",
    "sessions",
    "start",
    "tmpfs",
    "wait_for",
]


def start(*args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """``companion ARGS`` as a real process (output kept for the failure message)."""
    return subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def children(pid: int) -> set[int]:
    """The process's direct children (Linux /proc), e.g. the speech worker."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def sessions(db: Path) -> list[sqlite3.Row]:
    """The session rows, read-only; empty while the database or its table does not exist."""
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5.0)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []  # not created yet
    finally:
        conn.close()


def wait_for(predicate: Callable[[], object], timeout: float = 30.0, what: str = "") -> None:
    """Poll ``predicate`` every 50 ms until it is true (an AssertionError after ``timeout``)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        time.sleep(0.05)


def companion(
    *args: str, env: dict[str, str], timeout: float = 30.0, stdin: object = None
) -> subprocess.CompletedProcess[str]:
    """``companion ARGS`` to its end, memory capped at 1.5 GB (a runaway read fails fast).

    A hang raises ``subprocess.TimeoutExpired``: the test fails and says so.
    """
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        preexec_fn=_cap_memory,
    )


def python(
    code: str, *args: str, env: dict[str, str], timeout: float = 30.0
) -> subprocess.CompletedProcess[str]:
    """Python ``code`` in a fresh process (memory capped as for :func:`companion`)."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        preexec_fn=_cap_memory,
    )


def _cap_memory() -> None:
    import resource

    limit = 1536 << 20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def one_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single line a failing command printed (and no traceback)."""
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


@contextlib.contextmanager
def tmpfs(where: Path, size: str = "256k") -> Iterator[Path]:
    """A small tmpfs mounted at ``where`` (needs root: CI runs as root; skipped otherwise)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system holding ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (1 << 16, 4096, 512, 1):  # big blocks, then smaller, to the very end
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return filler
