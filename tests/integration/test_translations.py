"""English plural forms: every plural in the sources has its two English forms, built.

Qt's ``tr("%n session(s)", "", n)`` reads "1 session(s)" without a translation; the English
one (i18n/companion_en.ts, built into assets/i18n/companion_en.qm by ``make translations``)
makes it "1 session" and "2 sessions". These tests fail when a new plural was added without
running ``make translations``, or when the built file is stale.
"""

from __future__ import annotations

import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

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


def test_the_built_translation_is_current(tmp_path: Path) -> None:
    built = tmp_path / "companion_en.qm"
    tool.build(tool.TS, built)
    assert built.read_bytes() == tool.QM.read_bytes(), "run `make translations`"


def test_one_is_singular_and_many_plural(qapp) -> None:
    assert words.sessions(1) == "1 session" and words.sessions(2) == "2 sessions"
    assert words.sessions(0) == "0 sessions" and words.days(1) == "1 day"
