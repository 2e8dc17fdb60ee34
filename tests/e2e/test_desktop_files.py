"""Linux desktop integration: one app ID everywhere, files that validate, real commands."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion import APP_ID, __version__
from companion.app import app_icon_path
from companion.cli.parser import build_parser

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICON = LINUX / f"{APP_ID}.svg"


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_the_files_are_named_for_the_app_id() -> None:
    for path in (DESKTOP, METAINFO, ICON):
        assert path.is_file(), f"{path.name} is missing"
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID


def test_the_window_icon_is_the_packaged_icon() -> None:
    assert app_icon_path().read_bytes() == ICON.read_bytes(), "assets/icons copy is out of date"


def test_the_icon_renders(qapp) -> None:
    from PySide6.QtGui import QIcon

    image = QIcon(str(app_icon_path())).pixmap(64, 64).toImage()
    assert not image.isNull()
    centre = image.pixelColor(32, 32)
    assert centre.alpha() == 255 and centre.name() != "#000000"  # drawn, not blank


def test_every_exec_line_is_a_real_command() -> None:
    entry = desktop_entry()
    execs = {section: entry[section]["Exec"] for section in entry.sections()}
    assert set(execs) == {
        "Desktop Entry",
        "Desktop Action breathe",
        "Desktop Action listen",
    }
    assert entry["Desktop Action breathe"]["Name"] == "Breathe now"
    assert entry["Desktop Action listen"]["Name"] == "Play calming music"
    parser = build_parser()
    for section, line in execs.items():
        program, *args = shlex.split(line)
        assert program == "companion", section
        parsed = parser.parse_args(args)  # exits (SystemExit) on an unknown command
        assert (
            parsed.command
            == {
                "Desktop Entry": None,
                "Desktop Action breathe": "breathe",
                "Desktop Action listen": "listen",
            }[section]
        )


def test_metainfo_has_screenshots_release_and_rating() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__
    assert root.find("content_rating").get("type", "").startswith("oars-")  # type: ignore[union-attr]
    assert root.findtext("metadata_license") and root.findtext("project_license")
    shots = root.findall("screenshots/screenshot/image")
    assert shots and all(s.text for s in shots)
    for image in shots:
        name = (image.text or "").rsplit("/docs/", 1)[-1]
        assert (REPO / "docs" / name).is_file(), f"screenshot docs/{name} does not exist"


def test_desktop_file_validates() -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("needs desktop-file-validate (Debian: desktop-file-utils; .ci/run installs it)")
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    problems = [line for line in result.stdout.splitlines() if "error" in line or "warning" in line]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr


def test_metainfo_validates() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("needs appstreamcli (Debian: appstream; .ci/run installs it)")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_for_the_current_user_and_uninstall(tmp_path: Path) -> None:
    dist = tmp_path / "dist" / "companion"
    (dist / "_internal").mkdir(parents=True)
    (dist / "companion").write_text("#!/bin/sh\necho companion-test-build\n")
    (dist / "companion").chmod(0o755)
    home = tmp_path / "my home"  # a space, as in real home folders
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    script = LINUX / "install-user.sh"

    done = subprocess.run(["sh", str(script), str(dist)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    local = home / ".local"
    command = local / "bin" / "companion"
    assert subprocess.run([command], capture_output=True, text=True).stdout == (
        "companion-test-build\n"
    )
    installed = local / "share" / "applications" / DESKTOP.name
    for path in (
        installed,
        local / "share" / "metainfo" / METAINFO.name,
        local / "share" / "icons" / "hicolor" / "scalable" / "apps" / ICON.name,
    ):
        assert path.is_file(), path
    execs = [line for line in installed.read_text().splitlines() if line.startswith("Exec=")]
    assert execs == [
        f'Exec="{command}"',
        f'Exec="{command}" breathe',
        f'Exec="{command}" listen',
    ]
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
        assert check.returncode == 0, check.stdout

    gone = subprocess.run(["sh", str(script), "--uninstall"], env=env, capture_output=True)
    assert gone.returncode == 0, gone.stderr
    assert not command.exists() and not installed.exists()
    assert not (local / "lib" / "companion").exists()


def test_install_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    done = subprocess.run(
        ["sh", str(LINUX / "install-user.sh"), str(tmp_path / "nothing")],
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1 and "make package" in done.stderr


# -- licences ---------------------------------------------------------------------------------


def test_the_licence_and_the_notices_match_what_is_bundled() -> None:
    import tomllib

    from companion.services.notices import LICENCE, RUNTIME, components, notices_markdown

    assert "GNU GENERAL PUBLIC LICENSE" in (REPO / "LICENSE").read_text()[:200]
    assert f"<project_license>{LICENCE}</project_license>" in METAINFO.read_text()
    declared = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {d.split(";")[0].split(">")[0].split("<")[0].split("=")[0].strip() for d in declared}
    assert set(RUNTIME) == names  # the notices follow every dependency the app declares
    committed = (REPO / "packaging" / "THIRD_PARTY_NOTICES.md").read_text()
    parts = [line.split("|")[1].strip() for line in notices_markdown().splitlines() if "| " in line]
    for part in parts[2:]:  # every part installed here is named in the committed notices
        assert f"| {part} |" in committed, f"{part}: run python tools/notices.py"
    licences = {c.name: c.licence for c in components()}
    assert licences["espeak-ng (library and voice data)"] == "GPL-3.0-or-later"
    assert all(licences.values())
