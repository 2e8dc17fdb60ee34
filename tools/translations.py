"""Update the translations and build them: ``python tools/translations.py`` (``make translations``).

English is the source language. Every language Companion speaks has a Qt Linguist file,
``i18n/companion_<language>.ts``, built into ``assets/i18n/companion_<language>.qm``:

1. *Extract*: :mod:`tr_extract` finds every message of the sources (with the context Qt
   looks it up in) and ``pyside6-lupdate`` merges them into each ``.ts`` file, keeping what
   is translated and dropping what the sources no longer say.
2. English needs only its plural forms ("%n session(s)" → "%n session" / "%n sessions"):
   they are written from the ``(s)`` convention.
3. *Fill* (optional, ``--fill es.json``): unfinished messages taken from a map of
   translations — by context, source and comment, else by the same source text in another
   context.
4. *Build*: ``pyside6-lrelease`` compiles every ``.ts`` into its ``.qm``.

``--check`` lists the unfinished messages of every shipped language and fails if there are
any; ``--language de`` limits a run to one language. See docs/translating.md.
"""

from __future__ import annotations

import argparse
import functools
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import tr_extract  # noqa: E402

I18N = REPO / "i18n"
BUILT = REPO / "assets" / "i18n"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("es", "de")  # shipped translations (besides English's plural forms)
TS = I18N / "companion_en.ts"
QM = BUILT / "companion_en.qm"


def ts_file(language: str) -> Path:
    return I18N / f"companion_{language}.ts"


def qm_file(language: str) -> Path:
    return BUILT / f"companion_{language}.qm"


def qt_tool(name: str) -> str:
    """The path of PySide6's ``pyside6-<name>`` beside this Python."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else f"pyside6-{name}"


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a source text written with ``(s)``."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def sources() -> list[Path]:
    """Every Python module of the package."""
    return sorted((REPO / "companion").rglob("*.py"))


@functools.cache
def extracted() -> tr_extract.Found:
    """Every message of the sources."""
    return tr_extract.extract(sources(), REPO)


def update(ts: Path, language: str, plurals_only: bool = False) -> None:
    """Merge every message of the sources into ``ts`` (lupdate), keeping its translations."""
    with tempfile.TemporaryDirectory() as folder:
        shim = Path(folder) / "messages.py"
        shim.write_text(tr_extract.shim(extracted().messages), "utf-8")
        options = ["-pluralonly"] if plurals_only else []
        subprocess.run(
            [qt_tool("lupdate"), str(shim), *options, "-locations", "none", "-no-obsolete",
             "-source-language", SOURCE_LANGUAGE, "-target-language", language,
             "-ts", str(ts)],
            check=True, capture_output=True,
        )  # fmt: skip


def find_plurals(ts: Path) -> None:
    """Add every plural of the sources to the English ``ts`` (keeping its forms)."""
    update(ts, SOURCE_LANGUAGE, plurals_only=True)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def _messages(tree: ET.ElementTree) -> Iterable[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def fill_english(ts: Path) -> int:
    """Write both English forms into every unfinished plural of ``ts``; returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for _, message in _messages(tree):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if translation.get("type") != "unfinished" and len(forms) == 2 and all(forms):
            continue
        _set(translation, list(english_forms(source)))
        filled += 1
    _write(tree, ts)
    return filled


def _set(translation: ET.Element, value: str | list[str]) -> None:
    for old in translation.findall("numerusform"):
        translation.remove(old)
    if isinstance(value, list):
        translation.text = None
        for text in value:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = value
    translation.attrib.pop("type", None)


def _done(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = [f.text or "" for f in translation.findall("numerusform")]
        return bool(forms) and all(forms)
    return bool(translation.text)


def _value(entry: dict, numerus: bool) -> str | list[str] | None:
    if numerus:
        forms = entry.get("forms")
        if isinstance(forms, list) and forms and all(isinstance(f, str) and f for f in forms):
            return list(forms)
        return None
    text = entry.get("translation")
    return text if isinstance(text, str) and text else None


def fill(ts: Path, entries: list[dict]) -> tuple[int, int]:
    """Fill the unfinished messages of ``ts`` from ``entries`` (a translator's map: a list of
    {"context", "source", "comment", "translation"} or, for plurals, {…, "numerus": true,
    "forms": [...]}): by (context, source, comment), else by the same source text (and
    comment) in another context, else by the same source text alone; also from the messages
    ``ts`` itself has translated. Returns (filled, still unfinished)."""
    tree = ET.parse(ts)
    exact: dict[tuple[str, str, str, bool], str | list[str]] = {}
    by_text: dict[tuple[str, str, bool], str | list[str]] = {}
    by_source: dict[tuple[str, bool], str | list[str]] = {}

    def learn(context: str, source: str, comment: str, numerus: bool, value) -> None:  # type: ignore[no-untyped-def]
        exact.setdefault((context, source, comment, numerus), value)
        by_text.setdefault((source, comment, numerus), value)
        by_source.setdefault((source, numerus), value)

    for entry in entries:
        numerus = bool(entry.get("numerus"))
        value = _value(entry, numerus)
        if value is not None:
            learn(entry.get("context") or "", entry.get("source") or "",
                  entry.get("comment") or "", numerus, value)  # fmt: skip
    for context, message in _messages(tree):
        if _done(message):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            value = (
                [f.text or "" for f in translation.findall("numerusform")]
                if numerus else translation.text or ""
            )  # fmt: skip
            learn(*_key(context, message), numerus, value)
    filled = left = 0
    for context, message in _messages(tree):
        if _done(message):
            continue
        numerus = message.get("numerus") == "yes"
        name, source, comment = _key(context, message)
        value = (
            exact.get((name, source, comment, numerus))
            or by_text.get((source, comment, numerus))
            or by_source.get((source, numerus))
        )
        translation = message.find("translation")
        if value is None or translation is None:
            left += 1
            continue
        _set(translation, value)
        filled += 1
    _write(tree, ts)
    return filled, left


def unfinished(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, comment) of every message of ``ts`` not translated yet."""
    tree = ET.parse(ts)
    return [_key(context, m) for context, m in _messages(tree) if not _done(m)]


def build(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    """Extract, fill and build (or only check)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--language", choices=LANGUAGES, help="only this language")
    parser.add_argument("--fill", metavar="MAP.json", help="fill unfinished messages from a map")
    parser.add_argument("--check", action="store_true", help="fail if any are unfinished")
    args = parser.parse_args(argv)
    languages = (args.language,) if args.language else LANGUAGES
    if args.fill and not args.language:
        stem = Path(args.fill).stem
        if stem not in LANGUAGES:
            parser.error("--fill needs --language (or a map named es.json, de.json, …)")
        languages = (stem,)
    if args.check:
        problems = 0
        for language in languages:
            for context, source, comment in unfinished(ts_file(language)):
                note = f" ({comment})" if comment else ""
                print(f"{language}: [{context}] {source!r}{note}")
                problems += 1
        return 1 if problems else 0
    I18N.mkdir(parents=True, exist_ok=True)
    find_plurals(TS)
    print(f"{TS.relative_to(REPO)}: {fill_english(TS)} new plural(s)")
    find_plurals(TS)  # written again by lupdate: its own layout, so the test can compare
    build(TS, QM)
    for language in languages:
        ts = ts_file(language)
        update(ts, language)
        if args.fill:
            entries = json.loads(Path(args.fill).read_text("utf-8"))
            filled, _ = fill(ts, entries)
            print(f"{ts.relative_to(REPO)}: filled {filled} from {args.fill}")
            update(ts, language)  # lupdate's own layout again
        left_over = len(unfinished(ts))
        build(ts, qm_file(language))
        print(f"{qm_file(language).relative_to(REPO)}: {left_over} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
