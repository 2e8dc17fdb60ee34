"""How close Companion sits to the floor: what Qt itself needs, measured in the same run.

Printed as ratios (issue #20's aims in brackets):

* first window: Companion's home window vs a bare PySide6 window, launch to first paint
  (medians of 9; aim <= 1.3x);
* breathing CPU: ``companion breathe`` (its sound on SDL's dummy driver) vs a bare circle
  repainted whole at 60 fps (aim <= 1.0x), and the same session minimised (aim: 0 %, nothing
  animates while nobody can see it);
* peak memory of that breathing session with its sound, vs the bare circle (aim <= 60 MB),
  and where it goes: each stage of the session, then what each heavy module would add
  (imported alone after a QApplication) and whether the session imported it.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import child_env  # the sibling script: this folder is first on the path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CPU_S = 10.0
RUNS = 9  # the start-up figures move 10-20 % between runs on a shared 2-core machine
MEMORY_AIM_MB = 60.0
# What a breathing session might import, heaviest first; each measured in a fresh process.
MODULES = (
    ("pygame", "pygame, whole (display, fonts, images, numpy for sndarray)"),
    ("pygame-mixer", "pygame.mixer alone (services/audio/lean_pygame)"),
    ("numpy", "numpy (measuring and levelling music)"),
    ("soundfile", "soundfile + libsndfile (the measuring worker)"),
    ("hashlib", "hashlib with OpenSSL"),
    ("sqlite3", "sqlite3 (the history)"),
    ("mutagen", "mutagen (music tags)"),
    ("PySide6.QtSvg", "QtSvg"),
    ("companion.ui.shell.window", "the window and the modules it imports"),
    ("companion.ui.breathe.page", "the breathing page and its modules"),
)


RETURNING = """
from companion.core.preferences import Preferences
from companion.services.paths import AppPaths
from companion.services.settings import SettingsStore
SettingsStore(AppPaths.default().settings).save(Preferences(welcome_done=True))
"""


def _run(script: str, *args: str, home: Path) -> str:
    env = child_env(home)
    env["BENCH_LAUNCHED_AT"] = repr(time.time())
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    ).stdout
    return out.strip().splitlines()[-1]


def _floor(mode: str, *args: str, home: Path) -> dict:  # type: ignore[type-arg]
    return json.loads(_run("floor_children.py", mode, *args, home=home))


def first_window(home: Path) -> tuple[float, float]:
    """Median seconds to the first paint: bare PySide6, Companion's home (as it opens every
    day: the welcome, shown once on the first start, is behind)."""
    subprocess.run(
        [sys.executable, "-c", RETURNING], env=child_env(home), check=True, capture_output=True
    )
    _run("children.py", "startup-bare", home=home)  # warm the file cache for both
    _run("children.py", "startup-app", home=home)
    bare, app = [], []
    for _ in range(RUNS):  # interleaved: a busy moment on the machine hits both alike
        bare.append(float(_run("children.py", "startup-bare", home=home)))
        app.append(float(_run("children.py", "startup-app", home=home)))
    return statistics.median(bare), statistics.median(app)


def main() -> None:
    """Measure and print every ratio and the memory breakdown."""
    print(f"-- the floor (issue #20): python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        bare_s, app_s = first_window(home)
        print(
            f"first window: Companion {app_s * 1000:.0f} ms, bare PySide6 {bare_s * 1000:.0f} ms"
            f"  -> {app_s / bare_s:.2f}x (aim <= 1.3x)"
        )
        circle = _floor("circle", str(CPU_S), home=home)
        session = _floor("breathe", str(CPU_S), home=home)
        hidden = _floor("breathe-hidden", str(CPU_S), home=home)
        pct = {
            k: v["cpu_s"] / CPU_S * 100 for k, v in (("c", circle), ("s", session), ("h", hidden))
        }
        print(
            f"breathing CPU: Companion {pct['s']:.2f} % of a core, bare 60 fps circle"
            f" {pct['c']:.2f} %  -> {pct['s'] / pct['c']:.2f}x (aim <= 1.0x);"
            f" minimised {pct['h']:.2f} % (aim 0 %), of which drawing"
            f" {hidden['stages']['frames_hidden']} frames (-1: not counted): the rest is the"
            " sound still mixing"
            " and playing the cues (for closed eyes), its poll and the session's phase timer"
        )
        peak = session["peak_mb"]
        print(
            f"peak memory, breathing with sound: Companion {peak:.1f} MB, bare circle"
            f" {circle['peak_mb']:.1f} MB  -> {peak / circle['peak_mb']:.2f}x"
            f" (aim <= {MEMORY_AIM_MB:.0f} MB: {'met' if peak <= MEMORY_AIM_MB else 'not met'})"
        )
        st = session["stages"]
        print(
            "  where it goes (resident MB): Python"
            f" {st['python']:.1f}; + QApplication {st['qt'] - st['python']:.1f}; + Companion's"
            f" modules before the window {st['imports'] - st['qt']:.1f} (with the sound device"
            f" opening meanwhile on its thread: {st.get('sound_open', 0.0):.1f}); + the window's"
            " shell"
            f" {st['shell'] - st['imports']:.1f}; + the breathing page (its modules, its"
            f" widgets) {st['page'] - st['shell']:.1f}; + shown and painted"
            f" {st['painted'] - st['page']:.1f}; + the first breaths (cues decoded"
            f" {st.get('cues_decoded', 0.0):.1f}) -> {st['settled']:.1f} after 2 s,"
            f" {st['end']:.1f} after {CPU_S:.0f} s more"
        )
        loaded = set(session["modules"])
        print("  what each would add, imported alone after a QApplication (MB, ms):")
        for name, words in MODULES:
            cost = json.loads(_run("floor_children.py", "import", name, home=home))
            watched = {"pygame": "pygame.display", "hashlib": "_hashlib"}.get(name, name)
            used = ""
            if watched in loaded:
                used = "  <- imported by the session"
            elif watched in ("numpy", "soundfile", "mutagen", "_hashlib", "pygame.display"):
                used = "  (not imported)"
            print(f"    {cost['mb']:5.1f} MB {cost['ms']:5.0f} ms  {words}{used}")


if __name__ == "__main__":
    main()
