"""Translations: every message of the sources is in every shipped language's ``.ts``, none
unfinished, every plural has its English forms, and the built ``.qm`` files are current.

``tools/translations.py`` extracts the messages (tools/tr_extract.py, then lupdate) and
builds them (lrelease); ``make translations`` runs it. These tests fail when a text was
added or changed without ``make translations`` and a translation (docs/translating.md).
"""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion.core.language import TRANSLATIONS
from companion.ui.history import words

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import translations as tool  # noqa: E402


def plurals(ts: Path) -> dict[tuple[str, str], list[str]]:
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                translation = message.find("translation")
                assert translation is not None
                unfinished = translation.get("type") == "unfinished"
                forms = [f.text or "" for f in translation.findall("numerusform")]
                found[(name, message.findtext("source") or "")] = [] if unfinished else forms
    return found


def test_the_shipped_languages_are_the_interfaces() -> None:
    assert set(TRANSLATIONS) == {tool.SOURCE_LANGUAGE, *tool.LANGUAGES}


def test_every_plural_of_the_sources_has_both_english_forms(tmp_path: Path) -> None:
    fresh = tmp_path / "companion_en.ts"
    shutil.copy(tool.TS, fresh)
    tool.find_plurals(fresh)
    committed = plurals(tool.TS)
    missing = [key for key in plurals(fresh) if not committed.get(key)]
    assert not missing, f"run `make translations`: {missing}"
    for (context, source), forms in committed.items():
        assert len(forms) == 2 and all(forms), (context, source, forms)
        assert not any("(s)" in f for f in forms), (context, source, forms)


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_every_message_of_the_sources_is_translated(language: str, tmp_path: Path) -> None:
    """The ``.ts`` brought up to date with the sources (as ``make translations`` would) has
    no unfinished message, and nothing changed in it: the committed file is current."""
    fresh = tmp_path / f"companion_{language}.ts"
    shutil.copy(tool.ts_file(language), fresh)
    tool.update(fresh, language)
    left = tool.unfinished(fresh)
    shown = "\n".join(f"  [{c}] {s!r}" + (f" ({n})" if n else "") for c, s, n in left[:40])
    assert not left, (
        f"{len(left)} unfinished in {language} (run `make translations`, then translate them "
        f"in Qt Linguist; see docs/translating.md):\n{shown}"
    )
    assert fresh.read_text("utf-8") == tool.ts_file(language).read_text("utf-8"), (
        "run `make translations`"
    )


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_plurals_have_the_languages_forms_and_keep_their_count(language: str) -> None:
    for (context, source), forms in plurals(tool.ts_file(language)).items():
        assert len(forms) == 2 and all(forms), (context, source, forms)
        assert all("%n" in f for f in forms) or "%n" not in source, (context, source, forms)


@pytest.mark.parametrize("language", tool.LANGUAGES)
def test_placeholders_survive_translation(language: str) -> None:
    """A translation keeps every {0}, {1}… of its source (else .format() breaks or drops)."""
    import re

    wrong = []
    tree = ET.parse(tool.ts_file(language))
    for context in tree.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            want = sorted(set(re.findall(r"\{\d\}", source)))
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished":
                continue  # the test above reports it
            texts = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            for text in texts:
                if sorted(set(re.findall(r"\{\d\}", text))) != want:
                    wrong.append((context.findtext("name"), source, text))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize("language", (tool.SOURCE_LANGUAGE, *tool.LANGUAGES))
def test_the_built_translation_is_current(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"companion_{language}.qm"
    tool.build(tool.ts_file(language), built)
    assert built.read_bytes() == tool.qm_file(language).read_bytes(), "run `make translations`"


def test_one_is_singular_and_many_plural(qapp) -> None:
    assert words.sessions(1) == "1 session" and words.sessions(2) == "2 sessions"
    assert words.sessions(0) == "0 sessions" and words.days(1) == "1 day"


def test_fill_takes_a_translation_by_context_else_by_the_same_text(tmp_path: Path) -> None:
    ts = tmp_path / "companion_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">'
        "<context><name>A</name>"
        '<message><source>Stop</source><translation type="unfinished"></translation></message>'
        '<message><source>Pause</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n day(s)</source><translation type="unfinished">'
        "<numerusform></numerusform><numerusform></numerusform></translation></message>"
        "</context></TS>",
        "utf-8",
    )
    entries = [
        {"context": "A", "source": "Stop", "comment": "", "translation": "Detener"},
        {"context": "B", "source": "Pause", "comment": "", "translation": "Pausa"},
        {"context": "A", "source": "%n day(s)", "comment": "", "numerus": True,
         "forms": ["%n día", "%n días"]},
    ]  # fmt: skip
    assert tool.fill(ts, entries) == (3, 0)
    assert tool.unfinished(ts) == []
    text = ts.read_text("utf-8")
    assert "Detener" in text and "Pausa" in text and "%n días" in text
