"""Benchmark the music library: scan and read the tags of a folder of 2,000 small tagged files.

Run on its own (``python benchmarks/bench_library.py``) or call :func:`main` / :func:`measure`.
The files are generated first (not timed): one short clip per format, copied and re-tagged.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import mutagen
import numpy as np
import soundfile as sf
from mutagen.id3 import TIT2, TPE1

from companion.core.listen.playlists import Playlist
from companion.services.listen.library import scan_folder
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.store import Store

FILES = 2000
RATE = 22050


def _templates(folder: Path) -> list[Path]:
    """One 0.2 s clip per format this libsndfile can write (MP3 and WAV carry ID3 tags)."""
    data = np.zeros((int(0.2 * RATE), 1), dtype="float32")
    made = []
    for ext, fmt, subtype in (
        ("ogg", "OGG", "VORBIS"),
        ("flac", "FLAC", "PCM_16"),
        ("mp3", "MP3", "MPEG_LAYER_III"),
        ("wav", "WAV", "PCM_16"),
    ):
        if fmt not in sf.available_formats():
            continue
        path = folder / f"template.{ext}"
        sf.write(path, data, 44100 if ext == "mp3" else RATE, format=fmt, subtype=subtype)
        made.append(path)
    return made


def _tag(path: Path, title: str, artist: str) -> None:
    if path.suffix in (".mp3", ".wav"):
        audio = mutagen.File(path)
        if audio.tags is None:
            audio.add_tags()
        audio.tags.add(TIT2(encoding=3, text=title))
        audio.tags.add(TPE1(encoding=3, text=artist))
        audio.save()
        return
    audio = mutagen.File(path)
    audio["title"] = title
    audio["artist"] = artist
    audio.save()


def generate(folder: Path, count: int = FILES) -> None:
    """``count`` tagged files in 20 album folders under ``folder``."""
    templates = _templates(folder / ".templates")
    for i in range(count):
        template = templates[i % len(templates)]
        album = folder / f"Artist {i % 20}" / f"Album {i % 7}"
        album.mkdir(parents=True, exist_ok=True)
        target = album / f"{i:04d} Song {i}{template.suffix}"
        shutil.copyfile(template, target)
        _tag(target, f"Song {i}", f"Artist {i % 20}")
    shutil.rmtree(folder / ".templates")


def measure(count: int = FILES) -> dict[str, float]:
    """Seconds to scan and tag ``count`` files, and to save them as one playlist."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        music = root / "music"
        (music / ".templates").mkdir(parents=True)
        generate(music, count)
        started = time.perf_counter()
        result = scan_folder(music)
        scan_s = time.perf_counter() - started
        assert len(result.tracks) == count, result.skipped[:3]
        store = Store.open(root / "data" / "history.db")
        started = time.perf_counter()
        PlaylistStore(store).save(Playlist("Everything", result.tracks))
        save_s = time.perf_counter() - started
        store.close()
    return {"files": count, "scan_s": scan_s, "save_s": save_s}


def main() -> None:
    """Print the library benchmark figures."""
    m = measure()
    print(
        f"library: scan + read tags of {m['files']:.0f} files: {m['scan_s']:.2f} s "
        f"({m['scan_s'] / m['files'] * 1000:.2f} ms a file); "
        f"saved as one playlist in {m['save_s'] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
