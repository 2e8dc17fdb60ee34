"""PySide's import hook, answered from each module's bytes: same answers, no source kept."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from companion.ui.source_reads import mentions_pyside, read_sources_lightly
from tests.helpers.inprocess import run_app

feature = sys.modules["shibokensupport.feature"]  # PySide6 is imported by the test session


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch):
    """The hook as this test leaves it is put back afterwards."""
    monkeypatch.setattr(feature, "_mod_uses_pyside", feature._mod_uses_pyside)
    return feature


@pytest.fixture
def import_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Import a module written for the test as an ``import`` statement does (the statement,
    not importlib, passes through shiboken's hook); forgotten again afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    names: list[str] = []

    def run(name: str, source: str):
        (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
        names.append(name)
        return __import__(name)

    yield run
    for name in names:
        sys.modules.pop(name, None)
        feature.pyside_feature_dict.pop(name, None)


def test_modules_are_told_apart_as_pyside_tells_them_without_keeping_their_lines(
    hook, import_fresh
) -> None:
    read_sources_lightly()
    assert feature._mod_uses_pyside is mentions_pyside
    qt = import_fresh("lean_qt_user", "from PySide6 import QtCore\n")
    plain = import_fresh("lean_plain", "VALUE = 1\n" * 2000)
    for module in (qt, plain):  # as shiboken's import hook records each new module (at most
        feature.feature_imported(module)  # once: the hook may have done so already)
    assert feature.pyside_feature_dict["lean_qt_user"] == 0  # may switch features
    assert feature.pyside_feature_dict["lean_plain"] == -1  # ignored, as shiboken does
    assert qt.__file__ not in linecache.cache
    assert plain.__file__ not in linecache.cache


def test_an_unreadable_or_source_less_module_uses_no_pyside(tmp_path: Path) -> None:
    class Module:
        class __spec__:  # as a module's spec looks to the hook
            origin = str(tmp_path / "gone.py")

    assert not mentions_pyside(Module)
    Module.__spec__.origin = "built-in"
    assert not mentions_pyside(Module)
    assert not mentions_pyside(object())


def test_the_app_reads_lightly_from_its_start(qapp, hook, restore_signals) -> None:
    seen: list[object] = []
    assert run_app([], lambda _window: seen.append(feature._mod_uses_pyside)) == 0
    assert seen == [mentions_pyside]
