"""The real window on a real X server (Xvfb): it appears, draws, and closes cleanly."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.xvfb import xvfb

pytestmark = pytest.mark.xvfb

needs = [t for t in ("Xvfb", "xdpyinfo", "xdotool", "import") if shutil.which(t) is None]
if needs:
    pytest.skip(
        f"needs {', '.join(needs)} "
        "(Debian: xvfb x11-utils xdotool imagemagick; .ci/run installs them)",
        allow_module_level=True,
    )


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    with xvfb(tmp_path / "xvfb.log") as name:
        yield name


def wait_for_window(env: dict[str, str], timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Companion"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError("no Companion window appeared")


def test_breathing_window_appears_draws_and_closes(app_env, display, tmp_path: Path) -> None:
    env = dict(app_env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "breathe", "--minutes", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        try:
            window = wait_for_window(env)
        except AssertionError:
            proc.kill()
            raise AssertionError(proc.communicate()[1][-2000:]) from None
        time.sleep(1.5)
        shot = tmp_path / "window.png"
        subprocess.run(["import", "-window", window, str(shot)], env=env, check=True)
        colours = subprocess.run(
            ["identify", "-format", "%k %w %h", str(shot)], capture_output=True, text=True
        ).stdout.split()
        assert int(colours[0]) > 50, "the window looks blank"
        assert int(colours[1]) >= 720 and int(colours[2]) >= 560
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.kill()
