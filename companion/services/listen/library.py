"""Music files on disk: real tags (mutagen), folder scans, and M3U files in and out.

No Qt here: :func:`scan_folder` is meant to run in a worker thread and report through the
callables it is given.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import mutagen

from companion.core.listen.m3u import M3UResult, parse_m3u, write_m3u
from companion.core.listen.playlists import Playlist, Track, natural_key
from companion.services.safe_files import FileProblem, read_user_file, write_atomic

log = logging.getLogger(__name__)

MAX_PLAYLIST_BYTES = 256 << 20  # a million tracks fit in well under this
AUDIO_EXTENSIONS = frozenset({".mp3", ".ogg", ".oga", ".flac", ".wav", ".m4a", ".opus"})

# Tag keys by container: ID3 (MP3, WAV), Vorbis comments (OGG, FLAC, Opus), MP4, APEv2/ASF.
_TITLE_KEYS = ("TIT2", "title", "\xa9nam", "Title")
_ARTIST_KEYS = ("TPE1", "artist", "\xa9ART", "Artist", "Author")


class UnreadableAudio(Exception):
    """A file that is not audio Companion can read; the message is for the user."""


class PlaylistFileError(Exception):
    """A playlist file that cannot be read or written; the message is for the user.

    ``code`` says why, as :class:`~companion.services.safe_files.FileProblem` codes do
    (``missing``, ``not-a-file``, ``too-large``, ``not-text``, ``no-room``…).
    """

    def __init__(self, message: str, code: str = "other", name: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.name = name  # the file's name, for the words the window puts round the code


@dataclass
class ScanResult:
    """Tracks found in a folder, and the files (or folders) passed over with the reason."""

    tracks: list[Track] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False


def is_audio_file(path: Path) -> bool:
    """Whether ``path`` has one of the audio extensions Companion plays."""
    return path.suffix.lower() in AUDIO_EXTENSIONS


def read_track(path: Path) -> Track:
    """A track with title, artist and length from the file's tags (length from the stream)."""
    try:
        audio = mutagen.File(path)
    except mutagen.MutagenError as exc:
        raise UnreadableAudio(_unreadable_reason(path, exc)) from exc
    except OSError as exc:
        raise UnreadableAudio(f"The file could not be opened ({exc.strerror or exc}).") from exc
    if audio is None:
        raise UnreadableAudio("This is not a sound file Companion can read.")
    tags = audio.tags
    length = getattr(audio.info, "length", None) if audio.info is not None else None
    return Track(
        path=str(path),
        title=_tag(tags, _TITLE_KEYS),
        artist=_tag(tags, _ARTIST_KEYS),
        duration_s=float(length) if length else None,
    )


def _unreadable_reason(path: Path, exc: Exception) -> str:
    if isinstance(exc.__context__, OSError) or isinstance(exc, OSError):
        return f"The file could not be opened ({exc})."
    return "The file looks damaged or is not really a sound file."


def _tag(tags: Any, keys: tuple[str, ...]) -> str | None:
    """The first non-empty value under any of ``keys``, multiple values joined by ", "."""
    if tags is None:
        return None
    for key in keys:
        try:
            value = tags.get(key)
        except (KeyError, ValueError, TypeError):
            continue
        if value is None:
            continue
        values = getattr(value, "text", value)  # an ID3 frame keeps its values in .text
        if isinstance(values, (str, bytes)) or not isinstance(values, list):
            values = [values]
        texts = [str(v).strip() for v in values if str(v).strip()]
        if texts:
            return ", ".join(texts)
    return None


def scan_folder(
    folder: Path,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ScanResult:
    """Read every audio file under ``folder`` (recursively), in natural order.

    ``on_progress(done, total)`` is called as files are read; ``cancelled()`` is polled
    between files, and a cancelled scan returns what it has so far. Symbolic links to
    folders are followed, but no folder is entered twice, so link loops cannot hang it.
    """
    result = ScanResult()
    files = sorted(_audio_files(folder, result.skipped), key=lambda p: _path_key(p, folder))
    total = len(files)
    for done, path in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        try:
            result.tracks.append(read_track(path))
        except UnreadableAudio as exc:
            result.skipped.append((path, str(exc)))
        if on_progress is not None:
            on_progress(done, total)
    return result


def _path_key(path: Path, root: Path) -> tuple[tuple[tuple[str | int, ...], ...], str]:
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        parts = path.parts
    return tuple(natural_key(p) for p in parts), str(path)


def _audio_files(folder: Path, skipped: list[tuple[Path, str]]) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            info = current.stat()
        except OSError as exc:
            skipped.append((current, f"The folder could not be opened ({exc.strerror or exc})."))
            continue
        identity = (info.st_dev, info.st_ino)
        if identity in seen:  # a link back to a folder already read
            continue
        seen.add(identity)
        try:
            with os.scandir(current) as entries:
                children = list(entries)
        except OSError as exc:
            skipped.append((current, f"The folder could not be opened ({exc.strerror or exc})."))
            continue
        for entry in children:
            path = Path(entry.path)
            try:
                if entry.is_dir():
                    pending.append(path)
                elif entry.is_file() and is_audio_file(path):
                    yield path
            except OSError:
                continue  # vanished while we looked, or a broken link


# -- M3U files --------------------------------------------------------------------------


def import_m3u(path: Path, *, read_tags: bool = True) -> M3UResult:
    """Read an M3U/M3U8 file; with ``read_tags``, files that exist get their real tags.

    Tag values win over the ``#EXTINF`` line; where a tag is missing the line's value stays.
    """
    try:
        data = read_user_file(path, MAX_PLAYLIST_BYTES)
        if _looks_binary(data):  # random bytes, a sound file, UTF-16: not a playlist
            raise FileProblem("not-text", path)
    except FileProblem as exc:
        raise PlaylistFileError(
            f"The playlist file {path.name} could not be read ({exc}).", exc.code, path.name
        ) from exc
    result = parse_m3u(data, path.absolute().parent, utf8_hint=path.suffix.lower() == ".m3u8")
    if any("\0" in t.path for t in result.tracks):  # no file name holds a NUL: a damaged line
        pairs = list(zip(result.lines, result.tracks, strict=True))
        good = [(n, t) for n, t in pairs if "\0" not in t.path]
        bad = [(n, _NOT_A_NAME) for n, t in pairs if "\0" in t.path]
        result = M3UResult(
            [t for _, t in good], sorted([*result.problems, *bad]), [n for n, _ in good]
        )
    missing = [
        (line, track.path)
        for line, track in zip(result.lines, result.tracks, strict=True)
        if not _is_file(Path(track.path))
    ]
    tracks = [_with_tags(t) for t in result.tracks] if read_tags else result.tracks
    return M3UResult(tracks, result.problems, result.lines, missing)


_NOT_A_NAME = "this line is not a file name (it holds a NUL byte)"
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAKS = re.compile(rb"\r\n|\r|\n")


def _looks_binary(data: bytes) -> bool:
    """More than half the lines hold control bytes: no playlist looks like that.

    A playlist with one damaged line is still read (that line is reported); random bytes,
    a sound file or UTF-16 text are refused instead of becoming made-up tracks.
    """
    if b"\0" not in data and not _CONTROL_BYTES.search(data[:65536]):
        return False
    lines = [line for line in _LINE_BREAKS.split(data) if line.strip()]
    damaged = sum(1 for line in lines if _CONTROL_BYTES.search(line))
    return damaged * 2 > len(lines)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # e.g. a name longer than the file system allows: not a file here
        return False


def _with_tags(track: Track) -> Track:
    path = Path(track.path)
    try:
        if not path.is_file():
            return track
    except OSError:  # e.g. a name longer than the file system allows: not a file here
        return track
    try:
        tagged = read_track(path)
    except UnreadableAudio:
        return track
    return replace(
        track,
        title=tagged.title or track.title,
        artist=tagged.artist or track.artist,
        duration_s=tagged.duration_s or track.duration_s,
    )


def export_m3u(playlist: Playlist, path: Path) -> None:
    """Write ``playlist`` as extended M3U, readable by the owner only.

    Always UTF-8 (without BOM), also for ``.m3u``: current players read it, and a legacy code
    page cannot hold every name. Paths under the file's folder are written relative.
    """
    text = write_m3u(playlist.tracks, relative_to=path.absolute().parent)
    data = text.encode("utf-8", errors="surrogateescape")
    try:
        write_atomic(path, data)
    except FileProblem as exc:
        raise PlaylistFileError(
            f"The playlist could not be saved as {path.name} ({exc}).", exc.code, path.name
        ) from exc
