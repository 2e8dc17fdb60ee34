"""Guided-imagery scripts: a small plain-text format, its parser, and a timeline.

A script is a UTF-8 text file a family member can write in a plain text editor (the guide for
writers, with an example, is ``docs/script-format.md``): ``key: value`` header lines (only
``title`` is required), a line ``---``, then the text, read aloud sentence by sentence. On lines
of their own, ``[pause 5]`` is 5 s of quiet (0.5-120 s) and ``[breathe 3]`` is "breathe with me"
for 3 breaths of the 4-6 pattern (1-20). Blank lines, ``#`` comments, CRLF and a UTF-8 BOM are
fine; anything that would change what is heard raises :class:`ScriptError` with a 1-based line
number and a hint. Pure apart from :func:`load_script`, which only reads a file; the timeline
is driven by an elapsed time passed in, never by a clock read here.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TypeAlias

DEFAULT_PACE_WPM = 140
MIN_PACE_WPM = 60
MAX_PACE_WPM = 250
MIN_MINUTES = 0.5
MAX_MINUTES = 120.0
MIN_PAUSE_S = 0.5
MAX_PAUSE_S = 120.0
MIN_BREATHS = 1
MAX_BREATHS = 20
BREATH_IN_S = 4.0
BREATH_OUT_S = 6.0
SENTENCE_GAP_S = 0.5
DEFAULT_LANGUAGE = "en"


class ScriptError(ValueError):
    """A script cannot be used; carries a 1-based line number and what to write instead."""

    def __init__(
        self, line: int, message: str, source: str = "", key: str = "", args: tuple = ()
    ) -> None:
        self.line = line
        self.message = message  # English (the command line); the window words ``key``
        self.source = source
        self.key = key  # which of _HELP, with ``facts`` for its blanks
        self.facts = args
        where = f"{source}, line {line}" if source else f"line {line}"
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Speech:
    """One sentence, spoken and shown as a caption on its own."""

    text: str
    line: int

    @property
    def words(self) -> int:
        """Number of words in the sentence."""
        return count_words(self.text)


@dataclass(frozen=True)
class Pause:
    """A stretch of quiet, in seconds."""

    seconds: float
    line: int


@dataclass(frozen=True)
class Breathe:
    """'Breathe with me' for a number of slow breaths (4 s in, 6 s out by default)."""

    breaths: int
    line: int
    inhale_s: float = BREATH_IN_S
    exhale_s: float = BREATH_OUT_S

    @property
    def seconds(self) -> float:
        """Total length of the breathing cue."""
        return self.breaths * (self.inhale_s + self.exhale_s)


Segment: TypeAlias = Speech | Pause | Breathe


@dataclass(frozen=True)
class Script:
    """A parsed guided-imagery script: header fields and its segments in order."""

    id: str
    title: str
    description: str
    minutes: float | None
    pace_wpm: int
    language: str
    items: tuple[Segment, ...]

    @property
    def sentences(self) -> tuple[Speech, ...]:
        """The spoken sentences only, in order."""
        return tuple(item for item in self.items if isinstance(item, Speech))

    @property
    def word_count(self) -> int:
        """Total number of spoken words."""
        return sum(sentence.words for sentence in self.sentences)


@dataclass(frozen=True)
class TimedEntry:
    """A segment placed on the timeline: it runs from start_s (inclusive) to end_s."""

    start_s: float
    end_s: float
    segment: Segment

    @property
    def duration_s(self) -> float:
        """Length of this entry in seconds."""
        return self.end_s - self.start_s


SpeechEstimator: TypeAlias = Callable[[Speech], float]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_DASHES = re.compile(r"-{3,}")
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z _-]*?)\s*:\s*(.*)")
_NUM = r"(\d+(?:[.,]\d+)?)"
_MINUTES_VALUE = re.compile(_NUM + r"\s*(?:mins?|minutes?)?", re.IGNORECASE)
_PACE_VALUE = re.compile(_NUM + r"\s*(?:wpm|words (?:per|a) minute)?", re.IGNORECASE)
_LANGUAGE_VALUE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_MARKER = re.compile(r"\[\s*([A-Za-z]+)\s*(.*?)\s*\]")
_PAUSE_ARGS = re.compile(_NUM + r"\s*(s|secs?|seconds?|mins?|minutes?)?", re.IGNORECASE)
_BREATHE_ARGS = re.compile(_NUM + r"\s*(?:breaths?)?", re.IGNORECASE)
# A sentence may end inside closing quotes: English “” ‘’, German „“ and »«, Spanish «».
_SENTENCE_END = re.compile(
    r"(\w*)([.!?\u2026]+)([\"'\u201d\u2019\u201c\u2018\u00bb\u00ab\u203a\u2039)]*)(?=\s|$)"
)
_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "prof", "mt", "jr", "sr", "rev", "fr"}
    | {"sra", "srta", "dra", "hr"}  # Spanish and German titles (Sr., Dr. and Fr. are above)
)
_HEADER_KEYS = {key: key for key in ("title", "description", "minutes", "pace", "language")} | {
    "length": "minutes",
    "voice pace": "pace",
    "wpm": "pace",
    "lang": "language",
}
_DASHES_HINT = "If the text to read aloud starts here, put a line with just --- above it."
_MARKERS_HINT = "The markers are [pause 5] (seconds of quiet) and [breathe 3] (slow breaths)."
_HELP = {
    "no_header": "A script starts with a header, for example 'title: Warm light', then a line "
    "with just --- and then the text to read aloud.",
    "not_header": "This line is not a header line such as 'pace: 140'. " + _DASHES_HINT,
    "unknown_key": "'{}' is not a header name. Use title, description, minutes, pace or "
    "language. " + _DASHES_HINT,
    "repeated_key": "'{}' is already set on line {}; keep only one.",
    "no_dashes": "The header never ends. After the header lines, add a line with just --- "
    "and then write the text to read aloud.",
    "no_title": "The script has no title. Add a line such as 'title: Warm light' above the --- "
    "line.",
    "empty_value": "Write something after '{}:'.",
    "minutes": "Write the length as a number of minutes from {:g} to {:g}, e.g. 'minutes: 5'.",
    "pace": "Write the pace as a whole number of words per minute from {} to {}, e.g. "
    "'pace: 140' (slow and calm).",
    "language": "Write the language as a short tag, e.g. 'language: en' or 'en-GB'.",
    "control": "This line contains an invisible control character (U+{:04X}). Delete the line "
    "and type it again.",
    "brackets": "Square brackets are only for markers such as [pause 5], on a line of their "
    "own. Use round brackets ( ) inside the text.",
    "marker_alone": "A marker such as [pause 5] goes on a line of its own, with no other text.",
    "marker_broken": "This marker is not complete. " + _MARKERS_HINT,
    "marker_unknown": "'[{}]' is not a marker I know. " + _MARKERS_HINT,
    "pause": "Write a pause of {:g} to {:g} seconds, e.g. [pause 5]. For a longer quiet time, "
    "put several [pause 120] lines one after another.",
    "breathe": "Write a whole number of breaths from {} to {}, e.g. [breathe 3].",
    "no_text": "There is no text to read aloud. Write a few sentences below the --- line.",
    "not_utf8": "This line has characters that are not UTF-8. Save the file as UTF-8 "
    "(in Notepad: Save As, then Encoding: UTF-8).",
}


def _problem(line: int, key: str, *args: object, source: str = "") -> ScriptError:
    """The error for ``_HELP[key]`` with its blanks filled (English; the key for the window)."""
    return ScriptError(line, _HELP[key].format(*args), source, key, args)


def count_words(text: str) -> int:
    """Count the words in a piece of text (runs of letters or digits, with ' and - inside)."""
    return len(_WORD.findall(text))


def script_id_from(source: str) -> str:
    """Derive a script id from a file name: 'Warm Light.txt' -> 'warm-light'."""
    name = re.split(r"[\\/]", source)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return re.sub(r"[\W_]+", "-", stem.lower()).strip("-") or "script"


def _clean(text: str, line: int) -> str:
    """Turn odd whitespace into spaces, collapse runs, and refuse invisible control characters."""
    for ch in text:
        if not ch.isspace() and unicodedata.category(ch) in ("Cc", "Cs"):
            raise _problem(line, "control", ord(ch))
    return " ".join("".join(" " if ch.isspace() else ch for ch in text).split())


def _checked(match: re.Match[str] | None, low: float, high: float, whole: bool) -> float | None:
    """The number in group 1 of match if it lies in [low, high] (and is whole if asked)."""
    if match is None:
        return None
    value = float(match.group(1).replace(",", "."))  # a comma may stand for the decimal point
    if not low <= value <= high or (whole and value != int(value)):
        return None
    return value


def _read_header(lines: Sequence[str]) -> tuple[dict[str, tuple[str, int]], int]:
    """Read 'key: value' lines up to the '---' line; return the fields and that line's number."""
    fields: dict[str, tuple[str, int]] = {}
    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if _DASHES.fullmatch(stripped):
            return fields, number
        match = _HEADER_LINE.fullmatch(stripped)
        if match is None:
            raise _problem(number, "not_header" if fields else "no_header")
        name = match.group(1).strip()
        key = _HEADER_KEYS.get(" ".join(name.lower().replace("_", " ").replace("-", " ").split()))
        if key is None:
            raise _problem(number, "unknown_key", name)
        if key in fields:
            raise _problem(number, "repeated_key", key, fields[key][1])
        value = _clean(match.group(2), number)
        if not value and key != "description":
            raise _problem(number, "empty_value", key)
        fields[key] = (value, number)
    raise _problem(len(lines) + 1, "no_dashes" if fields else "no_header")


def _header_values(
    fields: dict[str, tuple[str, int]], end_line: int, default_pace_wpm: int
) -> tuple[str, str, float | None, int, str]:
    """Check the header fields; return title, description, minutes, pace and language."""
    if "title" not in fields:
        raise _problem(end_line, "no_title")
    minutes: float | None = None
    if "minutes" in fields:
        value, line = fields["minutes"]
        minutes = _checked(_MINUTES_VALUE.fullmatch(value), MIN_MINUTES, MAX_MINUTES, False)
        if minutes is None:
            raise _problem(line, "minutes", MIN_MINUTES, MAX_MINUTES)
    pace = default_pace_wpm
    if "pace" in fields:
        value, line = fields["pace"]
        number = _checked(_PACE_VALUE.fullmatch(value), MIN_PACE_WPM, MAX_PACE_WPM, True)
        if number is None:
            raise _problem(line, "pace", MIN_PACE_WPM, MAX_PACE_WPM)
        pace = int(number)
    language = DEFAULT_LANGUAGE
    if "language" in fields:
        value, line = fields["language"]
        if _LANGUAGE_VALUE.fullmatch(value) is None:
            raise _problem(line, "language")
        first, *rest = value.replace("_", "-").split("-")  # 'EN_gb' -> 'en-GB'
        language = "-".join([first.lower(), *(p.upper() if len(p) == 2 else p for p in rest)])
    description = fields.get("description", ("", 0))[0]
    return fields["title"][0], description, minutes, pace, language


def _marker(text: str, line: int) -> Segment:
    """Parse a marker line such as '[pause 5]' or '[breathe 3]'."""
    match = _MARKER.fullmatch(text)
    if match is None:
        alone = "]" in text and not text.endswith("]")
        raise _problem(line, "marker_alone" if alone else "marker_broken")
    name, args = match.group(1).lower(), match.group(2)
    if name == "pause":
        found = _PAUSE_ARGS.fullmatch(args)
        scale = 60.0 if found and (found.group(2) or "s").lower().startswith("m") else 1.0
        low, high = MIN_PAUSE_S / scale, MAX_PAUSE_S / scale
        seconds = _checked(found, low, high, False)
        if seconds is None:
            raise _problem(line, "pause", MIN_PAUSE_S, MAX_PAUSE_S)
        return Pause(seconds=seconds * scale, line=line)
    if name in ("breathe", "breath"):
        count = _checked(_BREATHE_ARGS.fullmatch(args), MIN_BREATHS, MAX_BREATHS, True)
        if count is None:
            raise _problem(line, "breathe", MIN_BREATHS, MAX_BREATHS)
        return Breathe(breaths=int(count), line=line)
    raise _problem(line, "marker_unknown", match.group(1))


def _sentences(paragraph: Sequence[tuple[int, str]]) -> list[Speech]:
    """Join a paragraph's lines and cut it into sentences, each with the line it starts on."""
    starts: list[int] = []
    position = 0
    for _, text in paragraph:
        starts.append(position)
        position += len(text) + 1
    joined = " ".join(text for _, text in paragraph)
    cuts = [0]
    for match in _SENTENCE_END.finditer(joined):
        if match.group(2) != "." or match.group(1).lower() not in _ABBREVIATIONS:
            cuts.append(match.end())
    cuts.append(len(joined))
    result: list[Speech] = []
    for begin, end in pairwise(cuts):
        piece = joined[begin:end]
        if any(ch.isalnum() for ch in piece):
            offset = begin + len(piece) - len(piece.lstrip())
            line = paragraph[bisect_right(starts, offset) - 1][0]
            result.append(Speech(text=piece.strip(), line=line))
    return result


def parse_script(
    text: str,
    source: str = "",
    *,
    script_id: str | None = None,
    default_pace_wpm: int = DEFAULT_PACE_WPM,
) -> Script:
    """Parse script text; raise ScriptError (with a 1-based line number) if it cannot be used.

    ``source`` names the text in error messages and gives the id (from its file name) unless
    ``script_id`` is given; ``default_pace_wpm`` is used when the header sets no pace.
    """
    try:
        return _parse(text, script_id or script_id_from(source), default_pace_wpm)
    except ScriptError as exc:
        if not source:
            raise
        raise ScriptError(exc.line, exc.message, source, exc.key, exc.facts) from None


def _parse(text: str, script_id: str, default_pace_wpm: int) -> Script:
    """Parse script text (see parse_script)."""
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    if lines[-1] == "":
        lines.pop()  # a final line break does not start another line
    fields, end_line = _read_header(lines)
    title, description, minutes, pace, language = _header_values(fields, end_line, default_pace_wpm)
    items: list[Segment] = []
    paragraph: list[tuple[int, str]] = []
    for number in range(end_line + 1, len(lines) + 1):
        stripped = lines[number - 1].strip()
        if stripped.startswith("#"):
            continue
        if not stripped or _DASHES.fullmatch(stripped) or stripped.startswith("["):
            items.extend(_sentences(paragraph))
            paragraph.clear()
            if stripped.startswith("["):
                items.append(_marker(stripped, number))
        elif "[" in stripped or "]" in stripped:
            raise _problem(number, "brackets")
        else:
            paragraph.append((number, _clean(stripped, number)))
    items.extend(_sentences(paragraph))
    if not any(isinstance(item, Speech) for item in items):
        raise _problem(end_line + 1, "no_text")
    return Script(script_id, title, description, minutes, pace, language, tuple(items))


def load_script(
    path: str | os.PathLike[str], *, default_pace_wpm: int = DEFAULT_PACE_WPM
) -> Script:
    """Read a UTF-8 script file and parse it (OSError if it cannot be read, else ScriptError)."""
    source = os.fspath(path)
    return script_from_bytes(Path(source).read_bytes(), source, default_pace_wpm=default_pace_wpm)


def script_from_bytes(
    data: bytes, source: str, *, default_pace_wpm: int = DEFAULT_PACE_WPM
) -> Script:
    """Parse a script file's bytes (UTF-8, a BOM dropped); ScriptError names ``source``."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = len(_LINE_BREAK.split(data[: exc.start].decode("utf-8", errors="replace")))
        raise _problem(line, "not_utf8", source=source) from exc
    return parse_script(text, source=source, default_pace_wpm=default_pace_wpm)


def estimate_speech_s(text: str, pace_wpm: float) -> float:
    """Estimated seconds to speak a sentence at pace_wpm, plus a short gap after it."""
    return count_words(text) / pace_wpm * 60.0 + SENTENCE_GAP_S


def timeline(script: Script, speech_s: SpeechEstimator | None = None) -> tuple[TimedEntry, ...]:
    """Place every segment on a timeline starting at 0 s, back to back.

    ``speech_s`` gives each sentence's length in seconds (for example the length of its
    rendered audio); by default it is estimated from the word count and the script's pace.
    """
    entries: list[TimedEntry] = []
    start = 0.0
    for segment in script.items:
        if isinstance(segment, Speech):
            length = (
                speech_s(segment)
                if speech_s is not None
                else estimate_speech_s(segment.text, script.pace_wpm)
            )
        else:
            length = segment.seconds
        if not 0.0 <= length < float("inf"):
            raise ValueError(f"segment length must be finite and >= 0, got {length!r}")
        end = start + length
        entries.append(TimedEntry(start_s=start, end_s=end, segment=segment))
        start = end
    return tuple(entries)


def total_duration(entries: Sequence[TimedEntry]) -> float:
    """Length of the whole timeline in seconds (0 for an empty one)."""
    return entries[-1].end_s if entries else 0.0


def index_at(entries: Sequence[TimedEntry], elapsed_s: float) -> int | None:
    """Index of the entry running at elapsed_s, or None before the start or once finished."""
    if not entries or not entries[0].start_s <= elapsed_s < entries[-1].end_s:
        return None  # also catches NaN
    return bisect_right(entries, elapsed_s, key=lambda entry: entry.start_s) - 1


def entry_at(entries: Sequence[TimedEntry], elapsed_s: float) -> TimedEntry | None:
    """The entry running at elapsed_s (start inclusive, end exclusive), or None outside."""
    index = index_at(entries, elapsed_s)
    return None if index is None else entries[index]


def format_duration(seconds: float) -> str:
    """Format seconds as m:ss, rounded to the nearest second (e.g. 125.4 -> '2:05')."""
    minutes, secs = divmod(max(0, round(seconds)), 60)
    return f"{minutes}:{secs:02d}"
