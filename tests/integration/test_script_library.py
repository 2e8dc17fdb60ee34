"""Scripts on disk: the bundled eight, the user's own, problems listed with line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.imagine.scripts import ScriptError
from companion.services.script_library import (
    free_id,
    load_library,
    personal_copy_text,
    primary_language,
    same_language,
    save_user_script,
    soundscapes,
)


def test_the_bundled_scripts_load_without_problems() -> None:
    library = load_library(None)
    assert library.problems == []
    assert len(library.entries) >= 8 and all(e.bundled for e in library.entries)


def test_the_library_holds_each_script_in_english_spanish_and_german() -> None:
    library = load_library(None)
    by_language: dict[str, set[str]] = {}
    for entry in library.entries:
        by_language.setdefault(entry.script.language, set()).add(entry.id)
    assert set(by_language) == {"en", "es", "de"}
    assert by_language["es"] == {f"{i}-es" for i in by_language["en"]}
    assert by_language["de"] == {f"{i}-de" for i in by_language["en"]}
    assert library.get("the-beach-es").script.title == "La playa"
    assert library.get("the-beach-de").script.title == "Am Strand"


def test_the_library_lists_a_languages_scripts_first(tmp_path: Path) -> None:
    folder = tmp_path / "scripts"
    folder.mkdir()
    (folder / "abuela.txt").write_text(
        "title: El jard\u00edn de la abuela\nlanguage: es-419\n---\nHola.\n", encoding="utf-8"
    )
    library = load_library(tmp_path)
    spanish = library.ordered_for("es")
    languages = [primary_language(e.script.language) for e in spanish]
    count = languages.count("es")
    assert languages == ["es"] * count + ["de"] * (count - 1) + ["en"] * (count - 1)
    titles = [e.script.title for e in spanish[:count]]
    assert titles == sorted(titles, key=str.casefold) and "El jard\u00edn de la abuela" in titles
    assert [e.script.language for e in library.ordered_for("de_AT")][:2] == ["de", "de"]
    assert len(library.ordered_for("fr")) == len(library.entries)  # none is lost
    assert same_language("es-419", "ES") and not same_language("en", "es")


def test_user_scripts_load_and_bad_ones_are_reported_with_their_line(tmp_path: Path) -> None:
    folder = tmp_path / "scripts"
    folder.mkdir()
    (folder / "mine.txt").write_text("title: Mine\n---\nHello.\n", encoding="utf-8")
    (folder / "broken.txt").write_text("title: B\n---\nHi.\n[pause 0]\n", encoding="utf-8")
    (folder / "warm-light.txt").write_text("title: Clash\n---\nHi.\n", encoding="utf-8")
    library = load_library(tmp_path)
    assert library.get("mine") is not None and not library.get("mine").bundled
    assert library.get("warm-light").bundled  # a user's file never shadows a bundled one
    assert any(p.startswith("broken.txt, line 4:") for p in library.problems)
    assert any(p.startswith("warm-light.txt:") for p in library.problems)


def test_saving_picks_a_free_id_and_refuses_bad_text(tmp_path: Path) -> None:
    library = load_library(tmp_path)
    entry = save_user_script(tmp_path, "title: Warm light\n---\nHello.", library)
    assert (
        entry.id == "warm-light-2" and entry.path.read_text() == "title: Warm light\n---\nHello.\n"
    )
    with pytest.raises(ScriptError) as error:
        save_user_script(tmp_path, "title: x\n---\n[pause]\n", library)
    assert error.value.line == 3
    assert free_id("A b", {"a-b", "a-b-2"}) == "a-b-3"


def test_personal_copy_and_soundscapes() -> None:
    text = personal_copy_text("# note\ntitle: The beach\n---\nHi.\n", "The beach", "my copy")
    assert text == "# note\ntitle: The beach (my copy)\n---\nHi.\n"
    tracks = soundscapes()
    assert len(tracks) >= 6 and all(path.is_file() for _id, _title, path in tracks)
