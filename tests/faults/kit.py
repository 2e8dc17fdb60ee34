"""Helpers for the fault-tolerance tests: the app as a process, and the app in-process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.helpers.inprocess import run_app

__all__ = ["children", "run_app", "sessions", "start", "wait_for"]


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
