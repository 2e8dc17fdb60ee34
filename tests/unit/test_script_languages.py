"""Every bundled English script has a Spanish and a German counterpart that fits it.

A counterpart is ``<english-id>-es.txt`` / ``<english-id>-de.txt``: written afresh in that
language, with the same pauses and breathing cues in the same order, the same stated length,
and an estimated length within 20 % of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.imagine.narration import Narration
from companion.core.imagine.scripts import Breathe, Pause, Script, load_script, parse_script

SCRIPTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "scripts"
LANGUAGES = {"es": "Spanish", "de": "German"}
ENGLISH = sorted(
    path
    for path in SCRIPTS_DIR.glob("*.txt")
    if not any(path.stem.endswith(f"-{code}") for code in LANGUAGES)
)
PAIRS = [(path, code) for path in ENGLISH for code in LANGUAGES]


def markers(script: Script) -> list[tuple[str, float]]:
    """The pauses and breathing cues of a script, in order: its shape without the words."""
    return [
        ("pause", item.seconds) if isinstance(item, Pause) else ("breathe", item.breaths)
        for item in script.items
        if isinstance(item, Pause | Breathe)
    ]


def pair_id(pair: tuple[Path, str]) -> str:
    return f"{pair[0].stem}-{pair[1]}"


def test_the_english_originals_are_the_eight_we_know() -> None:
    assert len(ENGLISH) >= 8 and all(load_script(p).language == "en" for p in ENGLISH)


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_each_english_script_has_a_counterpart_of_the_same_shape(pair: tuple[Path, str]) -> None:
    english_path, code = pair
    path = SCRIPTS_DIR / f"{english_path.stem}-{code}.txt"
    assert path.is_file(), f"{path.name} is missing"
    english, script = load_script(english_path), load_script(path)
    assert script.id == f"{english.id}-{code}"
    assert script.language == code
    assert markers(script) == markers(english)
    assert script.minutes == english.minutes
    assert script.title and script.title != english.title
    assert script.description and script.description != english.description
    assert len(script.sentences) >= 0.8 * len(english.sentences)


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_a_counterparts_estimated_length_is_within_a_fifth_of_its_minutes(
    pair: tuple[Path, str],
) -> None:
    english_path, code = pair
    script = load_script(SCRIPTS_DIR / f"{english_path.stem}-{code}.txt")
    assert script.minutes is not None
    minutes = Narration(script).total() / 60
    assert abs(minutes - script.minutes) <= 0.2 * script.minutes, (
        f"{script.id}: {minutes:.2f} min estimated, {script.minutes:g} stated"
    )


@pytest.mark.parametrize("pair", PAIRS, ids=pair_id)
def test_a_counterpart_says_it_is_an_original_companion_script(pair: tuple[Path, str]) -> None:
    english_path, code = pair
    text = (SCRIPTS_DIR / f"{english_path.stem}-{code}.txt").read_text(encoding="utf-8")
    header = text.split("\n---\n", 1)[0]
    assert f"# Original Companion script in {LANGUAGES[code]}, written for the Companion" in header
    assert f"counterpart of {english_path.name}" in header


def test_every_script_in_another_language_has_its_english_original() -> None:
    for path in SCRIPTS_DIR.glob("*.txt"):
        script = load_script(path)
        if script.language != "en":
            base, _, code = script.id.rpartition("-")
            assert code == script.language and (SCRIPTS_DIR / f"{base}.txt").is_file(), path.name


def test_the_shape_check_notices_a_missing_or_changed_pause() -> None:
    original = parse_script("title: T\n---\nOne.\n[pause 5]\nTwo.\n[breathe 3]\nThree.\n")
    shorter = parse_script("title: T\n---\nUno.\n[pause 4]\nDos.\n[breathe 3]\nTres.\n")
    fewer = parse_script("title: T\n---\nUno.\nDos.\n[breathe 3]\nTres.\n")
    assert markers(original) == [("pause", 5.0), ("breathe", 3)]
    assert markers(shorter) != markers(original) and markers(fewer) != markers(original)
