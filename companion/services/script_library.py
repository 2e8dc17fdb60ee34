"""Guided-imagery scripts on disk: the bundled ones and the user's own in the data folder.

Bundled scripts live in ``assets/scripts/``; the user's in ``<data>/scripts/`` (0700, files
0600). A user's script never replaces a bundled one: saving picks a free id. A file that
cannot be read or parsed is listed as a problem with its line number, never raised.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.imagine.scripts import (
    Script,
    ScriptError,
    parse_script,
    script_from_bytes,
    script_id_from,
)
from companion.services.paths import assets_dir, write_private_text
from companion.services.safe_files import FileProblem, read_user_file

BUNDLED_DIR = assets_dir() / "scripts"
MAX_SCRIPT_BYTES = 1_000_000  # a script is a few kB; anything bigger is not one


@dataclass(frozen=True)
class ScriptEntry:
    """A script the app can play, and where it came from."""

    script: Script
    path: Path
    bundled: bool

    @property
    def id(self) -> str:
        """The script's id (from its file name)."""
        return self.script.id


@dataclass
class ScriptLibrary:
    """All playable scripts, bundled first, plus the files that could not be used."""

    entries: list[ScriptEntry] = field(default_factory=list)
    problems: list[SkippedScript] = field(default_factory=list)

    def get(self, script_id: str) -> ScriptEntry | None:
        """The script with this id, if there is one."""
        return next((e for e in self.entries if e.id == script_id), None)

    def ids(self) -> set[str]:
        """Every id in use."""
        return {e.id for e in self.entries}

    def ordered_for(self, language: str) -> list[ScriptEntry]:
        """Every script, those in ``language`` first, then the others by language; by title."""
        want = primary_language(language)

        def key(entry: ScriptEntry) -> tuple[bool, str, str]:
            own = primary_language(entry.script.language)
            return own != want, own, entry.script.title.casefold()

        return sorted(self.entries, key=key)


def primary_language(tag: str) -> str:
    """The language of a tag without its region or script: 'es-419' -> 'es', 'de_AT' -> 'de'."""
    return tag.strip().replace("_", "-").split("-")[0].lower()


def same_language(tag: str, other: str) -> bool:
    """Whether two language tags name the same language ('es' and 'es-419' do)."""
    return primary_language(tag) == primary_language(other)


def user_scripts_dir(data_dir: Path) -> Path:
    """Where the user's own scripts are kept."""
    return data_dir / "scripts"


class SkippedScript(str):
    """A script file that could not be used: its English line (what the command line prints,
    ``str``), and for the window to word: the file's ``name`` and either the ``error`` in it
    or a ``code`` (``too-large``, ``duplicate``, or a file problem's)."""

    name: str
    error: ScriptError | None
    code: str

    def __new__(
        cls, english: str, name: str, error: ScriptError | None = None, code: str = ""
    ) -> SkippedScript:
        made = super().__new__(cls, english)
        made.name, made.error, made.code = name, error, code
        return made


def load_library(data_dir: Path | None, bundled_dir: Path = BUNDLED_DIR) -> ScriptLibrary:
    """Read every bundled script, then every user script (a user's id never shadows one)."""
    library = ScriptLibrary()
    folders = [(bundled_dir, True)]
    if data_dir is not None:
        folders.append((user_scripts_dir(data_dir), False))
    for folder, bundled in folders:
        try:
            files = sorted(p for p in folder.glob("*.txt") if not p.is_dir())
        except OSError:
            files = []
        for path in files:
            try:
                data = read_user_file(path, MAX_SCRIPT_BYTES)
                script = script_from_bytes(data, os.fspath(path))
            except ScriptError as exc:
                english = str(exc).replace(os.fspath(path), path.name)
                library.problems.append(SkippedScript(english, path.name, error=exc))
                continue
            except FileProblem as exc:
                if exc.code == "too-large":
                    english = f"{path.name}: This file is too large to be a script."
                else:
                    english = f"{path.name}: {exc}"
                library.problems.append(SkippedScript(english, path.name, code=exc.code))
                continue
            if script.id in library.ids():
                english = f"{path.name}: another script already has this name."
                library.problems.append(SkippedScript(english, path.name, code="duplicate"))
                continue
            library.entries.append(ScriptEntry(script, path, bundled))
    return library


def free_id(wanted: str, taken: set[str]) -> str:
    """``wanted`` if free, else ``wanted-2``, ``wanted-3``, …"""
    base = script_id_from(wanted)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def save_user_script(
    data_dir: Path, text: str, library: ScriptLibrary, script_id: str | None = None
) -> ScriptEntry:
    """Check and save a user's script; a new one gets a free id from its title.

    ``script_id`` names the user script being edited (kept); raises ScriptError when the
    text cannot be used (nothing is written then) and OSError when it cannot be saved.
    """
    existing = library.get(script_id) if script_id else None
    if existing is None or existing.bundled:
        title = parse_script(text, script_id="new").title
        script_id = free_id(title, library.ids())
    assert script_id is not None
    script = parse_script(text, script_id=script_id)
    path = user_scripts_dir(data_dir) / f"{script_id}.txt"
    write_private_text(path, text if text.endswith("\n") else text + "\n")
    return ScriptEntry(script, path, bundled=False)


def delete_user_script(entry: ScriptEntry) -> None:
    """Remove a user's script file (bundled scripts cannot be removed)."""
    if entry.bundled:
        raise ValueError("bundled scripts cannot be deleted")
    entry.path.unlink(missing_ok=True)


def read_script_text(path: Path) -> str:
    """The text of a script file to edit (UTF-8, a BOM dropped); OSError/ValueError if not."""
    try:
        data = read_user_file(path, MAX_SCRIPT_BYTES)
    except FileProblem as exc:
        if exc.code == "too-large":
            raise ValueError("This file is too large to be a script.") from exc
        raise
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(
            "This file is not plain UTF-8 text. Save it as UTF-8 and import it again."
        ) from None


def personal_copy_text(text: str, title: str, suffix: str) -> str:
    """A bundled script's text with its title marked as the user's own copy."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        key, sep, _value = line.partition(":")
        if sep and key.strip().lower() == "title":
            lines[i] = f"title: {title} ({suffix})"
            break
    return "\n".join(lines) + "\n"


def soundscapes(audio_dir: Path | None = None) -> list[tuple[str, str, Path]]:
    """The bundled background tracks as (id, title, file); empty if the manifest is unusable."""
    folder = audio_dir or assets_dir() / "audio"
    try:
        manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
        return [(t["id"], t["title"], folder / t["file"]) for t in manifest["tracks"]]
    except (OSError, ValueError, KeyError, TypeError):
        return []
