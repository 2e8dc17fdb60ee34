"""Tests for the guided-imagery script format, its parser and the script timeline."""

from __future__ import annotations

import math
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.imagine.scripts import (
    DEFAULT_PACE_WPM,
    SENTENCE_GAP_S,
    Breathe,
    Pause,
    Script,
    ScriptError,
    Speech,
    TimedEntry,
    entry_at,
    estimate_speech_s,
    format_duration,
    index_at,
    load_script,
    parse_script,
    script_id_from,
    timeline,
    total_duration,
)

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS_DIR = ROOT / "assets" / "scripts"
BUNDLED = sorted(SCRIPTS_DIR.glob("*.txt"))
EXPECTED_IDS = {
    "warm-light",
    "peaceful-garden",
    "the-beach",
    "body-scan",
    "safe-place",
    "cherished-memory",
    "sleep-wind-down",
    "short-calm",
}

GOOD = """\
# A note that is never read aloud
title: Warm light
description: A soft, warm light.
minutes: 5
pace: 120
language: en
---
Let your eyes close, if you like. Breathe softly,
not deeply.

# a note inside the text
[pause 5]
Dr. Lee says hello! Are you warm?
[breathe 3]
Rest now...
"""


def editor_lines(text: str) -> int:
    """Count lines the way a text editor does (CRLF, CR or LF; a final break adds none)."""
    parts = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return len(parts) - (1 if parts[-1] == "" else 0)


def script_of(body: str, header: str = "title: T\npace: 60") -> Script:
    """Parse a script with a minimal header (pace 60 wpm = exactly one second per word)."""
    return parse_script(f"{header}\n---\n{body}")


# --- good files -------------------------------------------------------------------------------


def test_good_file_parses_to_the_right_segments() -> None:
    script = parse_script(GOOD, source="scripts/Warm Light.txt")
    assert script == Script(
        id="warm-light",
        title="Warm light",
        description="A soft, warm light.",
        minutes=5.0,
        pace_wpm=120,
        language="en",
        items=(
            Speech("Let your eyes close, if you like.", 8),
            Speech("Breathe softly, not deeply.", 8),
            Pause(5.0, 12),
            Speech("Dr. Lee says hello!", 13),
            Speech("Are you warm?", 13),
            Breathe(3, 14),
            Speech("Rest now...", 15),
        ),
    )
    assert script.sentences[0].words == 7
    assert script.word_count == 7 + 4 + 4 + 3 + 2
    breathe = script.items[5]
    assert isinstance(breathe, Breathe)
    assert (breathe.inhale_s, breathe.exhale_s, breathe.seconds) == (4.0, 6.0, 30.0)


def test_defaults_when_header_has_only_a_title() -> None:
    script = parse_script("title: Only a title\n---\nHello.")
    assert script.id == "script"
    assert (script.description, script.minutes) == ("", None)
    assert (script.pace_wpm, script.language) == (DEFAULT_PACE_WPM, "en")
    assert parse_script("title: T\n---\nHi.", default_pace_wpm=130).pace_wpm == 130
    assert parse_script("title: T\n---\nHi.", "a/b.txt", script_id="mine").id == "mine"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("warm-light.txt", "warm-light"),
        ("/home/x/Grandma's Garden.txt", "grandma-s-garden"),
        ("C:\\Users\\x\\My_Beach.TXT", "my-beach"),
        ("Omas Gärten.txt", "omas-gärten"),
        ("no-extension", "no-extension"),
        ("", "script"),
        ("???.txt", "script"),
    ],
)
def test_script_id_from_file_name(source: str, expected: str) -> None:
    assert script_id_from(source) == expected


def test_windows_line_endings_and_bom_give_the_same_script() -> None:
    plain = parse_script(GOOD)
    assert parse_script("\ufeff" + GOOD.replace("\n", "\r\n")) == plain
    assert parse_script(GOOD.replace("\n", "\r")) == plain  # old Mac line endings


def test_forgiving_spellings() -> None:
    text = (
        "\n  # comment\n\nTITLE:  Warm   light \nVoice_Pace: 130 wpm\nLength: 4,5 minutes\n"
        "Lang: EN_gb\nDescription:\n-----\n\n\n   Hello\tthere.   \n---\n[ Pause 2,5 s ]\n"
        "[pause 1 minute]\n[BREATH 1 breath]\n[breathe 2 breaths]\n"
    )
    script = parse_script(text)
    assert (script.title, script.pace_wpm, script.minutes) == ("Warm light", 130, 4.5)
    assert (script.language, script.description) == ("en-GB", "")
    assert script.items == (
        Speech("Hello there.", 12),
        Pause(2.5, 14),
        Pause(60.0, 15),
        Breathe(1, 16),
        Breathe(2, 17),
    )


def test_sentences_keep_their_starting_line_and_punctuation() -> None:
    script = script_of(
        'One.\nTwo "quoted."\nThree\nfour? Five\u2026 Six!\n\n...\n\nMr. Ash at St. Kilda.'
    )
    assert [(s.text, s.line) for s in script.sentences] == [
        ("One.", 4),
        ('Two "quoted."', 5),
        ("Three four?", 6),
        ("Five\u2026", 7),
        ("Six!", 7),
        ("Mr. Ash at St. Kilda.", 11),
    ]


def test_german_and_spanish_quotes_and_titles_end_sentences_where_they_should() -> None:
    script = script_of(
        "Sie sagte: \u201eRuhe.\u201c Dann schlief sie.\n"
        "Er sagte: \u00bbGute Nacht.\u00ab Es war still.\n"
        "Dijo: \u00abDescanse.\u00bb Y sonri\u00f3.\n"
        "Die Katze von Hr. Brandt und Fr. M\u00fcller.\n"
        "La Sra. Garc\u00eda, la Srta. Ruiz y la Dra. Soto."
    )
    assert [s.text for s in script.sentences] == [
        "Sie sagte: \u201eRuhe.\u201c",
        "Dann schlief sie.",
        "Er sagte: \u00bbGute Nacht.\u00ab",
        "Es war still.",
        "Dijo: \u00abDescanse.\u00bb",
        "Y sonri\u00f3.",
        "Die Katze von Hr. Brandt und Fr. M\u00fcller.",
        "La Sra. Garc\u00eda, la Srta. Ruiz y la Dra. Soto.",
    ]


def test_numbers_and_odd_whitespace_in_text() -> None:
    script = script_of("It is 3.5 miles\u00a0away.\u2028Rest.")
    assert [s.text for s in script.sentences] == ["It is 3.5 miles away.", "Rest."]


def test_pause_and_breath_limits_are_inclusive() -> None:
    script = script_of("Hi.\n[pause 0.5]\n[pause 120]\n[breathe 1]\n[breathe 20]\n[pause 2 min]")
    assert script.items[1:] == (
        Pause(0.5, 5),
        Pause(120.0, 6),
        Breathe(1, 7),
        Breathe(20, 8),
        Pause(120.0, 9),
    )


# --- bad files --------------------------------------------------------------------------------

BAD_CASES = [
    ("", 1, "starts with a header"),
    ("\n\n# only comments\n", 4, "starts with a header"),
    ("Close your eyes.\n", 1, "starts with a header"),
    ("title: T\nClose your eyes.\n", 2, "put a line with just ---"),
    ("title: T\n", 2, "header never ends"),
    ("title: T\nauthor: Mum\n---\nHi.", 2, "'author' is not a header name"),
    ("title: T\n\nTitle: U\n---\nHi.", 3, "already set on line 1"),
    ("# no title\npace: 140\n---\nHi.", 3, "no title"),
    ("title:   \n---\nHi.", 1, "after 'title:'"),
    ("title: T\nminutes: five\n---\nHi.", 2, "minutes"),
    ("title: T\nminutes: 0\n---\nHi.", 2, "minutes"),
    ("title: T\npace: 30\n---\nHi.", 2, "words per minute from 60 to 250"),
    ("title: T\npace: 140.5\n---\nHi.", 2, "whole number"),
    ("title: T\npace: " + "9" * 5000 + "\n---\nHi.", 2, "words per minute"),
    ("title: T\nlanguage: English!\n---\nHi.", 2, "short tag"),
    ("title: T\n---\n", 3, "no text to read aloud"),
    ("title: T\n---\n\n[pause 5]\n# just a note\n", 3, "no text to read aloud"),
    ("title: T\n---\n...\n", 3, "no text to read aloud"),
    ("title: T\n---\nHi.\n[music 5]\n", 4, "'[music]' is not a marker"),
    ("title: T\n---\nHi.\n[pause]\n", 4, "[pause 5]"),
    ("title: T\n---\nHi.\n[pause five]\n", 4, "[pause 5]"),
    ("title: T\n---\nHi.\n[pause 0.4]\n", 4, "0.5 to 120 seconds"),
    ("title: T\n---\nHi.\n[pause 121]\n", 4, "0.5 to 120 seconds"),
    ("title: T\n---\nHi.\n[pause 3 minutes]\n", 4, "0.5 to 120 seconds"),
    ("title: T\n---\nHi.\n[pause 5\n", 4, "not complete"),
    ("title: T\n---\nHi.\n[]\n", 4, "not complete"),
    ("title: T\n---\nHi.\n[pause 5] and rest\n", 4, "line of its own"),
    ("title: T\n---\nHi.\nRest [pause 5]\n", 4, "Square brackets"),
    ("title: T\n---\nHi.\n[breathe 0]\n", 4, "from 1 to 20"),
    ("title: T\n---\nHi.\n[breathe 21]\n", 4, "from 1 to 20"),
    ("title: T\n---\nHi.\n[breathe 2.5]\n", 4, "whole number"),
    ("title: T\n---\nHi.\n[breathe]\n", 4, "[breathe 3]"),
    ("title: T\n---\nHi.\nBell\x07 here.\n", 4, "U+0007"),
    ("title: T\x00\n---\nHi.\n", 1, "U+0000"),
]


@pytest.mark.parametrize(("text", "line", "fragment"), BAD_CASES)
def test_bad_files_raise_with_the_right_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(ScriptError) as caught:
        parse_script(text)
    assert caught.value.line == line
    assert fragment in caught.value.message
    # The same mistake is reported on the same line with Windows line endings and a BOM.
    with pytest.raises(ScriptError) as again:
        parse_script("\ufeff" + text.replace("\n", "\r\n"))
    assert again.value.line == line


def test_error_text_names_the_source_and_line() -> None:
    with pytest.raises(ScriptError) as caught:
        parse_script("title: T\n---\n[music]\n", source="mine.txt")
    error = caught.value
    assert (error.source, error.line) == ("mine.txt", 3)
    assert str(error).startswith("mine.txt, line 3: '[music]' is not a marker I know.")
    assert isinstance(error, ValueError)
    assert str(ScriptError(2, "Oops.")) == "line 2: Oops."


def test_load_script_reads_bytes_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "My Place.txt"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode("utf-8"))
    script = load_script(path)
    assert script.id == "my-place"
    assert script.items == parse_script(GOOD).items


def test_load_script_reports_bad_encoding_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("title: T\r\n---\r\nHi.\r\nCaf\u00e9 time.\r\n".encode("latin-1"))
    with pytest.raises(ScriptError) as caught:
        load_script(path)
    assert caught.value.line == 4
    assert "UTF-8" in caught.value.message
    assert caught.value.source == str(path)


def test_load_script_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_script(tmp_path / "missing.txt")


# --- fuzzing ----------------------------------------------------------------------------------

# fmt: off
FRAGMENTS = [
    "title: T", "title:", "pace: 140", "pace: 59", "minutes: 3", "language: en-GB", "lang: x",
    "description: d", "---", "----", "", "  ", "# note", "[pause 5]", "[pause 0]", "[pause]",
    "[pause 1e9]", "[pause 2,5 s]", "[breathe 3]", "[breathe 99]", "[breath 1 breath]", "[x]",
    "[", "]", "[pause 5] x", "Hello.", "Dr. Who?", "...", "\u2026", "a: b", "\ufeff", "\x00",
    "\u2028", "Rest now. Softly", "9" * 400,
]
# fmt: on
BREAKS = ["\n", "\r\n", "\r"]


def assert_only_friendly_errors(text: str) -> Script | None:
    """Parse text: it either works or raises ScriptError with a line number in range."""
    try:
        script = parse_script(text, source="fuzz.txt")
    except ScriptError as caught:
        error: ScriptError | None = caught
    else:
        error = None
    if error is not None:
        assert 1 <= error.line <= editor_lines(text) + 1
        assert len(text.splitlines()) + 1 >= error.line
        assert error.message
        return None
    entries = timeline(script)
    assert script.sentences
    for entry in entries:
        assert entry.start_s <= entry.end_s
        assert 1 <= entry.segment.line <= editor_lines(text)
    assert math.isfinite(total_duration(entries))
    for speech in script.sentences:
        assert speech.text == speech.text.strip()
        assert "[" not in speech.text
        assert any(ch.isalnum() for ch in speech.text)
    return script


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fuzz_random_text(text: str) -> None:
    assert_only_friendly_errors(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=12), st.data())
def test_fuzz_lines_built_from_fragments(parts: list[str], data: st.DataObject) -> None:
    text = ""
    for part in parts:
        text += part + data.draw(st.sampled_from(BREAKS))
    assert_only_friendly_errors(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(BUNDLED), st.data())
def test_fuzz_mutations_of_real_scripts(path: Path, data: st.DataObject) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, max(0, len(lines) - 1)))
        action = data.draw(st.sampled_from(["delete", "copy", "replace", "poke", "swap", "cut"]))
        if action == "delete" and lines:
            del lines[at]
        elif action == "copy" and lines:
            lines.insert(at, lines[at])
        elif action == "replace" and lines:
            lines[at] = data.draw(st.sampled_from(FRAGMENTS) | st.text(max_size=20))
        elif action == "poke" and lines:
            spot = data.draw(st.integers(0, len(lines[at])))
            char = data.draw(st.characters())
            lines[at] = lines[at][:spot] + char + lines[at][spot:]
        elif action == "swap" and lines:
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "cut":
            lines = lines[:at]
    joiner = data.draw(st.sampled_from(BREAKS))
    assert_only_friendly_errors(joiner.join(lines))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300) | st.sampled_from(BUNDLED).map(lambda p: p.read_bytes()[:200]))
def test_fuzz_load_script_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(data)
        line = 1
        try:
            load_script(path)
        except ScriptError as error:
            line = error.line
        assert 1 <= line <= editor_lines(data.decode("utf-8", errors="replace")) + 1


# --- bundled scripts --------------------------------------------------------------------------


def test_at_least_eight_bundled_scripts_with_the_expected_ids() -> None:
    assert len(BUNDLED) >= 8
    assert {load_script(path).id for path in BUNDLED} >= EXPECTED_IDS


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_script_parses_and_has_a_fitting_length(path: Path) -> None:
    script = load_script(path)
    seconds = total_duration(timeline(script))
    english_id, language = english_id_and_language(script.id)
    low, high = (90, 150) if english_id == "short-calm" else (180, 600)
    assert low <= seconds <= high, f"{script.id} lasts {format_duration(seconds)}"
    assert script.minutes is not None
    assert abs(script.minutes * 60 - seconds) <= 60, "header minutes should match the length"
    assert script.language == language
    assert 130 <= script.pace_wpm <= 150
    assert script.description
    assert any(isinstance(item, Pause) for item in script.items)


# Per language: the "softly, not deeply" wording every script must carry, and phrases none may
# use (getting up, cure or healing, a deep breath asked for).
WORDING = {
    "en": ("softly, not deeply", ("stand up", "get up", "cure", "heal", "deep breath")),
    "es": (
        "sin respirar hondo",
        ("levánte", "póngase de pie", "cura", "curar", "sana", "respiración profunda"),
    ),
    "de": ("sanft, nicht tief", ("stehen sie auf", "aufstehen", "heil", "tief ein", "tiefen atem")),
}
DEEP = {
    "en": r"(?<!not )(?<!need to )breathe (deeply|in deep)",
    "es": r"(?<!sin )(?<!falta )respir(e|ar|emos) (más )?(hondo|profund)",
    "de": r"(?<!nicht )(?<!müssen nicht )tief (atmen|einatmen)",
}


def english_id_and_language(script_id: str) -> tuple[str, str]:
    """'warm-light-de' -> ('warm-light', 'de'); an English id has no language suffix."""
    base, _, suffix = script_id.rpartition("-")
    return (base, suffix) if suffix in ("es", "de") else (script_id, "en")


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_script_wording_suits_very_ill_people(path: Path) -> None:
    script = load_script(path)
    text = " ".join(s.text.lower() for s in script.sentences)
    needed, banned = WORDING[script.language]
    assert needed in text
    for phrase in banned:
        assert not re.search(r"\b" + re.escape(phrase), text), f"{path.name} says {phrase!r}"
    assert not re.search(DEEP[script.language], text)


def test_the_wording_check_would_catch_a_deep_breath_in_each_language() -> None:
    for language, line in (
        ("en", "Now breathe deeply."),
        ("es", "Ahora respire hondo."),
        ("de", "Jetzt tief einatmen."),
    ):
        assert re.search(DEEP[language], line.lower()), language
    assert re.search(DEEP["es"], "respire más hondo.")
    assert not re.search(DEEP["es"], "respire con suavidad, sin respirar hondo.")
    assert not re.search(DEEP["es"], "no hace falta respirar más hondo.")
    assert not re.search(DEEP["de"], "sie müssen nicht tief atmen.")


def test_docs_example_parses() -> None:
    doc = (ROOT / "docs" / "script-format.md").read_text(encoding="utf-8")
    example = re.search(r"```text\n(.*?)```", doc, re.DOTALL)
    assert example is not None
    script = parse_script(example.group(1), source="Grandma's garden.txt")
    assert script.id == "grandma-s-garden"
    assert any(isinstance(item, Breathe) for item in script.items)


# --- timeline ---------------------------------------------------------------------------------


@pytest.fixture
def timed() -> tuple[TimedEntry, ...]:
    # pace 60: each word is exactly 1 s, plus the 0.5 s sentence gap.
    return timeline(script_of("One two three.\n[pause 2]\nFour.\n[breathe 1]\nFive six."))


def test_timeline_places_segments_back_to_back(timed: tuple[TimedEntry, ...]) -> None:
    assert SENTENCE_GAP_S == 0.5
    assert [(e.start_s, e.end_s) for e in timed] == [
        (0.0, 3.5),
        (3.5, 5.5),
        (5.5, 7.0),
        (7.0, 17.0),
        (17.0, 19.5),
    ]
    assert [type(e.segment) for e in timed] == [Speech, Pause, Speech, Breathe, Speech]
    assert timed[3].duration_s == 10.0
    assert total_duration(timed) == 19.5


@pytest.mark.parametrize(
    ("elapsed", "index"),
    [
        (-0.001, None),
        (-5.0, None),
        (0.0, 0),
        (3.4999, 0),
        (3.5, 1),
        (5.5, 2),
        (6.9999, 2),
        (7.0, 3),
        (16.9999, 3),
        (17.0, 4),
        (19.4999, 4),
        (19.5, None),
        (1000.0, None),
        (math.nan, None),
        (math.inf, None),
    ],
)
def test_entry_at_boundaries(
    timed: tuple[TimedEntry, ...], elapsed: float, index: int | None
) -> None:
    assert index_at(timed, elapsed) == index
    assert entry_at(timed, elapsed) == (None if index is None else timed[index])


def test_entry_at_on_an_empty_timeline() -> None:
    assert entry_at((), 0.0) is None
    assert total_duration(()) == 0.0


def test_timeline_with_a_custom_speech_estimator() -> None:
    script = script_of("Long sentence here.\nShort.\n[pause 1]")
    lengths = {"Long sentence here.": 2.25, "Short.": 0.0}
    entries = timeline(script, lambda speech: lengths[speech.text])
    assert [(e.start_s, e.end_s) for e in entries] == [(0.0, 2.25), (2.25, 2.25), (2.25, 3.25)]
    # A zero-length sentence is never the current entry; the pause after it is.
    assert entry_at(entries, 2.25) == entries[2]
    with pytest.raises(ValueError, match="finite"):
        timeline(script, lambda speech: -1.0)
    with pytest.raises(ValueError, match="finite"):
        timeline(script, lambda speech: math.nan)


def test_default_estimate_uses_words_and_pace() -> None:
    assert estimate_speech_s("Rest now, softly.", 60) == 3.5
    assert estimate_speech_s("Rest now, softly.", 140) == pytest.approx(3 / 140 * 60 + 0.5)
    assert estimate_speech_s("Don't worry, it's well-known.", 60) == 4.5


def test_timeline_is_driven_only_by_elapsed_time(timed: tuple[TimedEntry, ...]) -> None:
    # Walk a fake clock across the whole timeline: segments come in order, none is skipped.
    seen: list[TimedEntry] = []
    for tenth in range(0, 200):
        entry = entry_at(timed, tenth / 10)
        if entry is not None and (not seen or seen[-1] is not entry):
            seen.append(entry)
    assert seen == list(timed)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (59.4, "0:59"), (59.6, "1:00"), (125.4, "2:05"), (600, "10:00"), (-3, "0:00")],
)
def test_format_duration(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text
