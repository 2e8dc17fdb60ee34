"""A real screen reader's view: the breath phases reach an AT-SPI client as announcements.

``companion breathe`` runs on a private X server (Xvfb) in a private D-Bus session with the
accessibility bus; tests/helpers/atspi_listener.py listens as Orca would, for
``object:announcement``. With the sound cues off, every phase is announced politely (AT-SPI
politeness 1); the label is not renamed for it. Qt-level checks of every kind of
announcement are in tests/ui/test_announcements.py.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.xvfb import xvfb

pytestmark = [pytest.mark.xvfb, pytest.mark.slow]

SYSTEM_PYTHON = "/usr/bin/python3"
LISTENER = Path(__file__).resolve().parents[1] / "helpers" / "atspi_listener.py"
POLITE = 1


def _has_atspi() -> bool:
    if not Path(SYSTEM_PYTHON).exists() or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return False
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
        capture_output=True,
    )
    return probe.returncode == 0


needs = [t for t in ("Xvfb", "xdpyinfo", "dbus-run-session") if shutil.which(t) is None]
if needs or not _has_atspi():
    pytest.skip(
        "needs Xvfb, dbus-run-session and AT-SPI for the system Python "
        "(Debian: xvfb x11-utils dbus at-spi2-core python3-gi gir1.2-atspi-2.0)",
        allow_module_level=True,
    )


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    with xvfb(tmp_path / "xvfb.log") as name:
        yield name


def test_breath_phases_reach_a_screen_reader_as_polite_announcements(
    app_env, isolated_dirs, display, tmp_path: Path
) -> None:
    config = isolated_dirs["config"] / "companion"
    config.mkdir(parents=True)
    settings = {"cues_enabled": False, "welcome_done": True}  # no tones: the words carry it
    (config / "settings.json").write_text(json.dumps(settings))
    heard = tmp_path / "heard.jsonl"
    env = dict(app_env, DISPLAY=display)
    command = [sys.executable, "-m", "companion", "breathe", "--pattern", "1-1", "--minutes", "1"]
    subprocess.run(
        ["dbus-run-session", "--", SYSTEM_PYTHON, str(LISTENER), str(heard), "30", "--", *command],
        env=env,
        timeout=180,
        check=True,
        capture_output=True,
    )
    events = [json.loads(line) for line in heard.read_text().splitlines()]
    said = [e for e in events if e["type"] == "object:announcement"]
    words = [e["text"] for e in said]
    assert "Breathe in" in words and "Breathe out" in words, events
    assert words.count("Breathe in") >= 2 and words.count("Breathe out") >= 2
    assert all(e["detail1"] == POLITE for e in said if e["text"].startswith("Breathe"))
    renamed = [e for e in events if e["type"].startswith("object:property-change")]
    assert not [e for e in renamed if e["text"] in ("Breathe in", "Breathe out")]  # said, once
    assert {e["source"] for e in said} == {"Breathing phase"}
    assert events[-1] == {"type": "exit", "detail1": 0, "text": "", "source": ""}
