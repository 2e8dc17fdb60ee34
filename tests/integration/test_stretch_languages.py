"""The stretch and massage guides in the interface language, each file falling back to
English on its own (assets/stretches/<language>/, the same names and ids as the English)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion.services.stretch.library import load_library, stretches_dir


def _ids(library) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    return [r.id for r in library.routines], [s.id for s in library.stretches]


@pytest.mark.parametrize("language", ["es", "de"])
def test_every_guide_is_translated_with_the_same_ids(language: str) -> None:
    folder = stretches_dir()
    english, translated = load_library(folder), load_library(folder, language)
    assert _ids(translated) == _ids(english)
    names = sorted(p.name for p in folder.glob("*.json"))
    assert sorted(p.name for p in (folder / language).glob("*.json")) == names
    for path in (folder / language).glob("*.json"):
        assert json.loads(path.read_text("utf-8"))["language"] == language, path.name
    differ = [
        (e.title, t.title)
        for e, t in zip(english.stretches, translated.stretches, strict=True)
        if e.title != t.title
    ]
    assert len(differ) == len(english.stretches), "every movement's title is in the language"


def test_a_broken_or_mislabelled_file_stays_english_alone(tmp_path: Path) -> None:
    folder = tmp_path / "stretches"
    shutil.copytree(stretches_dir(), folder)
    english = {s.id: s.title for s in load_library(folder).stretches}
    (folder / "es" / "ankle-circles.json").write_text("{ not json", "utf-8")
    mislabelled = folder / "es" / "chin-tucks.json"
    data = json.loads(mislabelled.read_text("utf-8"))
    data["language"] = "de"
    mislabelled.write_text(json.dumps(data), "utf-8")
    wrong_id = folder / "es" / "wrist-circles.json"
    data = json.loads(wrong_id.read_text("utf-8"))
    data["id"] = "renamed"
    wrong_id.write_text(json.dumps(data), "utf-8")
    spanish = {s.id: s.title for s in load_library(folder, "es").stretches}
    assert set(spanish) == set(english)
    for kept in ("ankle-circles", "chin-tucks", "wrist-circles"):
        assert spanish[kept] == english[kept], kept
    assert spanish["shoulder-rolls"] != english["shoulder-rolls"]  # the others in Spanish


def test_stretch_list_follows_the_language(app_env) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "companion", "stretch", "--list"],
        env={**app_env, "LANGUAGE": "de"}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Fußkreisen" in done.stdout and "Ankle circles" not in done.stdout
