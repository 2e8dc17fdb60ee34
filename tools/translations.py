"""Update the English plural forms and build them: ``python tools/translations.py``.

English is the source language, but Qt's plural forms (``self.tr("%n session(s)", "", n)``)
need a translation to read "1 session" and "2 sessions". This finds every plural in the
sources (``lupdate -pluralonly``) into ``i18n/companion_en.ts``, writes the two English forms
of any new one from the ``(s)`` convention ("%n session(s)" → "%n session" / "%n sessions"),
and builds ``assets/i18n/companion_en.qm`` with ``lrelease``. ``make translations`` runs it;
a test checks that the committed files are current.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "i18n" / "companion_en.ts"
QM = REPO / "assets" / "i18n" / "companion_en.qm"


def qt_tool(name: str) -> str:
    """The path of PySide6's ``pyside6-<name>`` beside this Python."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else f"pyside6-{name}"


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a source text written with ``(s)``."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def sources() -> list[str]:
    """Every Python module of the package (lupdate does not look inside folders for them)."""
    return sorted(str(p) for p in (REPO / "companion").rglob("*.py"))


def find_plurals(ts: Path) -> None:
    """Add every plural of the sources to ``ts`` (keeping the forms it already has)."""
    subprocess.run(
        [qt_tool("lupdate"), *sources(), "-pluralonly", "-locations", "none", "-no-obsolete",
         "-source-language", "en", "-target-language", "en", "-ts", str(ts)],
        check=True, capture_output=True,
    )  # fmt: skip


def fill_english(ts: Path) -> int:
    """Write both English forms into every unfinished plural of ``ts``; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if translation.get("type") != "unfinished" and len(forms) == 2 and all(forms):
            continue
        for old in translation.findall("numerusform"):
            translation.remove(old)
        for text in english_forms(source):
            ET.SubElement(translation, "numerusform").text = text
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return filled


def build(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    """Find, fill and build."""
    TS.parent.mkdir(parents=True, exist_ok=True)
    find_plurals(TS)
    print(f"{TS.relative_to(REPO)}: {fill_english(TS)} new plural(s)")
    build(TS, QM)
    print(QM.relative_to(REPO))


if __name__ == "__main__":
    main()
