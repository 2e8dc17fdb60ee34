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


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        problem = f"is not readable JSON ({error})"
        raise StretchDataError(path.name, "(file)", problem) from error


def load_library(folder: Path, language: str = "en") -> StretchLibrary:
    """Read every ``*.json`` in ``folder`` and validate it; any problem is a StretchDataError.

    In another ``language``, a file of the same name in ``folder/<language>/`` (the same ids,
    written in that language, ``"language"`` saying so) takes the English one's place; a
    translated file that is missing, unreadable, of another language or that does not fit
    the library (an id changed) leaves that one file in English.
    """
    documents: dict[str, Any] = {}
    try:
        paths = sorted(Path(folder).glob("*.json"))
    except OSError as error:
        raise StretchDataError(str(folder), "(folder)", f"cannot be read ({error})") from error
    for path in paths:
        documents[path.name] = _read(path)
    library = parse_library(documents)
    own = Path(folder) / language.split("-")[0]
    if language.split("-")[0] == "en" or not own.is_dir():
        return library
    for name in list(documents):
        path = own / name
        try:
            translated = _read(path) if path.is_file() else None
        except StretchDataError:
            translated = None
        if not isinstance(translated, dict) or translated.get("language") != own.name:
            continue
        candidate = {**documents, name: translated}
        try:
            library = parse_library(candidate)
        except StretchDataError:
            continue  # this file stays English
        documents = candidate
    return library


def load_bundled(language: str = "en") -> StretchLibrary:
    """The library shipped with the app, in ``language`` where it has been translated."""
    return load_library(stretches_dir(), language)
