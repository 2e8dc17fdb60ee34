"""Reading the stretch library from its folder (``assets/stretches/``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from companion.core.stretch.model import StretchDataError, StretchLibrary
from companion.core.stretch.schema import parse_library
from companion.services.paths import assets_dir


def stretches_dir() -> Path:
    """The bundled library's folder."""
    return assets_dir() / "stretches"


def load_library(folder: Path) -> StretchLibrary:
    """Read every ``*.json`` in ``folder`` and validate it; any problem is a StretchDataError."""
    documents: dict[str, Any] = {}
    try:
        paths = sorted(Path(folder).glob("*.json"))
    except OSError as error:
        raise StretchDataError(str(folder), "(folder)", f"cannot be read ({error})") from error
    for path in paths:
        try:
            documents[path.name] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as error:
            problem = f"is not readable JSON ({error})"
            raise StretchDataError(path.name, "(file)", problem) from error
    return parse_library(documents)


def load_bundled() -> StretchLibrary:
    """The library shipped with the app."""
    return load_library(stretches_dir())
