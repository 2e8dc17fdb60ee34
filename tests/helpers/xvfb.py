"""Start a private Xvfb server for the real-window tests.

The server gets a display number we choose ourselves (the first one with no lock file),
and is ready once ``xdpyinfo`` can talk to it.  ``-displayfd`` is not used: on some
machines Xvfb cannot write the number back through the inherited pipe and dies.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FIRST_DISPLAY = 90
LAST_DISPLAY = 189


def _free_numbers() -> Iterator[int]:
    for number in range(FIRST_DISPLAY, LAST_DISPLAY + 1):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        if Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        yield number


def _answers(name: str) -> bool:
    probe = subprocess.run(
        ["xdpyinfo"], env=dict(os.environ, DISPLAY=name), capture_output=True, timeout=10
    )
    return probe.returncode == 0


@contextmanager
def xvfb(log_path: Path, size: str = "1280x900x24", timeout: float = 20.0) -> Iterator[str]:
    """Yield the DISPLAY name of a running Xvfb; stop it afterwards."""
    failures: list[str] = []
    for number in _free_numbers():
        name = f":{number}"
        with log_path.open("w") as log:
            server = subprocess.Popen(
                ["Xvfb", name, "-screen", "0", size, "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + timeout
        while server.poll() is None and not _answers(name):
            if time.monotonic() > deadline:
                server.kill()
                server.wait()
                break
            time.sleep(0.1)
        if server.poll() is None:
            try:
                yield name
            finally:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
            return
        failures.append(f"{name}: {log_path.read_text()[-600:]}")
        if len(failures) >= 3:
            break
    raise RuntimeError("Xvfb did not start:\n" + "\n".join(failures))
