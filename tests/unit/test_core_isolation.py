"""``companion.core`` works with Qt, pygame and pyttsx3 absent: the core tests run without them."""

from __future__ import annotations

import os
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import companion.core

REPO = Path(__file__).resolve().parents[2]
BLOCKED = ("PySide6", "shiboken6", "pygame", "pyttsx3")

RUNNER = textwrap.dedent(
    f"""
    import importlib.abc, sys

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in {BLOCKED!r}:
                raise ImportError(f"blocked for this test: {{name}}")
            return None

    sys.meta_path.insert(0, Block())
    import pkgutil, importlib, companion.core
    for info in pkgutil.walk_packages(companion.core.__path__, "companion.core."):
        importlib.import_module(info.name)
    import pytest
    sys.exit(pytest.main(sys.argv[1:]))
    """
)


def test_every_core_module_is_covered_by_the_runner() -> None:
    names = [
        info.name for info in pkgutil.walk_packages(companion.core.__path__, "companion.core.")
    ]
    assert "companion.core.breathing" in names and "companion.core.stretch.timing" in names


def test_core_tests_pass_with_qt_pygame_and_pyttsx3_blocked(tmp_path: Path) -> None:
    empty_ini = tmp_path / "pytest.ini"
    empty_ini.write_text("[pytest]\n")
    unit = REPO / "tests" / "unit"
    tests = [str(p) for p in sorted(unit.glob("test_*.py")) if p.name != Path(__file__).name]
    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONPATH=str(REPO))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            RUNNER,
            "-c",
            str(empty_ini),
            "--rootdir",
            str(REPO),
            "-p",
            "no:cacheprovider",
            "-q",
            *tests,
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert " passed" in result.stdout
