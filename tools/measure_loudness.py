"""Measure the bundled sounds' loudness into their manifests: ``python tools/measure_loudness.py``.

Writes ``loudness_lufs`` (ITU-R BS.1770 integrated loudness, as pygame plays them: a mono cue
sounds on both channels) into assets/audio/MANIFEST.json for each soundscape and into
assets/audio/cues/LEVELS.json for each cue. The sound path places each sound at its kind's
level from these (companion/core/loudness.py). Run it after regenerating the sounds.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import soundfile

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.services.audio.loudness import integrated_loudness

AUDIO = Path(__file__).resolve().parents[1] / "assets" / "audio"


def measure(path: Path) -> float:
    data, rate = soundfile.read(str(path), always_2d=True, dtype="float64")
    if data.shape[1] == 1:
        data = np.repeat(data, 2, axis=1)
    lufs, _peak = integrated_loudness([data], rate, 2)
    return round(lufs, 1)


def main() -> None:
    manifest_path = AUDIO / "MANIFEST.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for track in manifest["tracks"]:
        track["loudness_lufs"] = measure(AUDIO / track["file"])
        print(track["file"], track["loudness_lufs"])
    manifest_path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
    levels = {path.stem: measure(path) for path in sorted((AUDIO / "cues").glob("*.wav"))}
    (AUDIO / "cues" / "LEVELS.json").write_text(json.dumps(levels, indent=2) + "\n", "utf-8")
    print(levels)


if __name__ == "__main__":
    main()
