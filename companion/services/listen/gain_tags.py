"""ReplayGain and R128 tags: the loudness a file's own tags give, without decoding it.

Read with mutagen, the way taggers write them (r128gain, mp3gain, foobar2000, beets):

* ID3 (MP3, and WAV/AIFF with an ID3 chunk): ``TXXX`` frames described
  ``REPLAYGAIN_TRACK_GAIN`` / ``REPLAYGAIN_TRACK_PEAK`` (any case);
* APEv2 (mp3gain writes it into MP3 files): the same names;
* Vorbis comments (OGG Vorbis, FLAC, Opus): the same names; Opus files may carry
  ``R128_TRACK_GAIN``, a Q7.8 integer relative to −23 LUFS (RFC 7845 §5.2.1), which wins;
* MP4/M4A: the iTunes freeform atoms ``----:com.apple.iTunes:replaygain_track_gain``.

ReplayGain 2.0 refers to −18 LUFS, so a track's loudness is −18 − gain. Gains are text
such as ``-4.50 dB``; anything unparsable, or beyond ±64 dB, is ignored.
"""

from __future__ import annotations

import logging
import math
import re
from pathlib import Path
from typing import Any, BinaryIO

import mutagen
import mutagen.apev2

from companion.core.listen.levels import Source, TrackLevel

log = logging.getLogger(__name__)

RG_REFERENCE_LUFS = -18.0
R128_REFERENCE_LUFS = -23.0
MAX_GAIN_DB = 64.0
GAIN = "replaygain_track_gain"
PEAK = "replaygain_track_peak"
R128 = "r128_track_gain"
_NUMBER = re.compile(r"^\s*([+\-\u2212]?)\s*(\d+(?:[.,]\d+)?|[.,]\d+)\s*(?:db|lu)?\s*$", re.I)


def parse_gain(text: object) -> float | None:
    """A gain in dB from tag text like ``-4.50 dB`` (None if it is not one)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    if not isinstance(text, str):
        return None
    match = _NUMBER.match(text.strip().strip("\x00"))
    if match is None:
        return None
    value = float(match.group(2).replace(",", "."))
    if match.group(1) in ("-", "\u2212"):
        value = -value
    return value if abs(value) <= MAX_GAIN_DB else None


def parse_peak(text: object) -> float | None:
    """A linear sample peak (1: full scale) from tag text, if plausible."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    try:
        value = float(str(text).strip().strip("\x00").replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) and 0.0 < value <= 10.0 else None


def _first(values: Any) -> object:
    """The first value of a tag (lists, ID3 frames and MP4 freeforms hold several)."""
    values = getattr(values, "text", values)
    if isinstance(values, (list, tuple)):
        values = values[0] if values else None
    if values is None or isinstance(values, (str, bytes)):
        return values
    return str(values)  # an APEv2 text value


def _vorbis_like(tags: Any) -> dict[str, object]:
    """Tags that map names to values (Vorbis comments, APEv2, MP4), lower-cased."""
    found: dict[str, object] = {}
    try:
        items = list(tags.items())
    except (AttributeError, TypeError, ValueError):
        return found
    for key, value in items:
        name = str(key).lower()
        if name.startswith("----:com.apple.itunes:"):
            name = name.removeprefix("----:com.apple.itunes:")
        elif name.startswith("txxx:"):
            name = name.removeprefix("txxx:")
        found.setdefault(name, _first(value))
    return found


def _from_values(values: dict[str, object], opus: bool) -> tuple[float, float | None] | None:
    peak = parse_peak(values[PEAK]) if PEAK in values else None
    if opus and R128 in values:
        try:
            q78 = int(str(_first(values[R128])).strip())
        except ValueError:
            q78 = None
        if q78 is not None and abs(q78) <= MAX_GAIN_DB * 256:
            return R128_REFERENCE_LUFS - q78 / 256.0, peak
    gain = parse_gain(values.get(GAIN))
    if gain is None:
        return None
    return RG_REFERENCE_LUFS - gain, peak


def tagged_level(path: Path, file: BinaryIO | None = None) -> TrackLevel | None:
    """The loudness and peak the file's tags give, or None (no tags, unreadable file);
    ``file`` is ``path`` already open (read from its start), else it is opened here."""
    source: Path | BinaryIO = path if file is None else file
    try:
        if file is not None:
            file.seek(0)
        audio = mutagen.File(source)
    except (mutagen.MutagenError, OSError, ValueError, EOFError) as exc:
        log.info("no tags read from %s: %s", path.name, exc)
        audio = None
    found = None
    if audio is not None and audio.tags is not None:
        opus = type(audio).__name__ == "OggOpus"
        found = _from_values(_vorbis_like(audio.tags), opus)
    if found is None and path.suffix.lower() in (".mp3", ".mp2", ".aac", ".wv", ".ape"):
        try:
            if file is not None:
                file.seek(0)
            found = _from_values(_vorbis_like(mutagen.apev2.APEv2(source)), opus=False)
        except (mutagen.MutagenError, OSError, ValueError, EOFError):
            found = None
    if found is None:
        return None
    lufs, peak = found
    return TrackLevel(lufs, peak, Source.TAG)
