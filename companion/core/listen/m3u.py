"""Reading and writing M3U / M3U8 playlists as real players write them.

Pure: bytes in, tracks out (and tracks in, text out). Reading never raises: a line that
cannot be used is reported as ``(line number, reason)`` and the good lines are kept.

What a write-then-read round trip keeps (``tests/unit/test_m3u.py`` checks it):

- every path, exactly: a path under ``relative_to`` is written relative to it and comes back
  joined to the same folder; one that cannot be a plain line (line breaks, outer spaces, bytes
  that are not UTF-8) is written as a ``file://`` URL; a file name with a backslash is
  written absolute, since in a relative path a backslash reads as a separator (as Windows
  players write them);
- durations rounded to whole seconds (unknown or negative: unknown, written as -1);
- titles and artists with outer whitespace removed and line breaks turned into spaces.

What it cannot keep, because extended M3U has one ``Artist - Title`` field:

- a title containing " - " with no artist comes back split into artist and title;
- an artist containing " - " splits at the wrong place;
- a track without a title comes back titled with its file name (what other players show).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from urllib.parse import quote, unquote, urlsplit

from companion.core.listen.playlists import Track

_LINE_BREAKS = re.compile(r"\r\n|\r|\n")
# A URL: "scheme://…", or "file:/…". A bare "Artist: Song.mp3" is a file name.
_URL = re.compile(r"^(?:([A-Za-z][A-Za-z0-9+.\-]+)://|(file):/)", re.IGNORECASE)
_WINDOWS_ABS = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")
_WINDOWS_DRIVE = re.compile(r"^/?[A-Za-z]:(?:/|$)")
_UTF8_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class M3UResult:
    """The tracks read from a playlist file, and the lines that could not be used.

    ``lines`` holds the line number each track came from; ``missing`` the tracks (by line
    and path) whose file was not there when the playlist was read (set by the reader that
    looks at the disk; they are kept, and marked missing in the player).
    """

    tracks: list[Track] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    missing: list[tuple[int, str]] = field(default_factory=list)


# -- reading ----------------------------------------------------------------------------


def parse_m3u(data: bytes, base_dir: PurePath | None, *, utf8_hint: bool) -> M3UResult:
    """Read an M3U/M3U8 file's bytes; relative paths are joined to ``base_dir`` if given.

    ``utf8_hint`` (true for ``.m3u8``) keeps lines that are valid UTF-8 as UTF-8 even when
    others in the file are not; otherwise a file that is not UTF-8 is read as Windows-1252.
    """
    problems: list[tuple[int, str]] = []
    lines = _decode_lines(data, utf8_hint, problems)
    tracks: list[Track] = []
    track_lines: list[int] = []
    pending: tuple[int, float | None, str | None, str | None] | None = None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line[:8].upper() == "#EXTINF:":
                if pending is not None:
                    problems.append((pending[0], "track information without a file after it"))
                pending = (number, *_parse_extinf(line[8:]))
            continue  # #EXTM3U, other directives and comments
        info, pending = pending, None
        try:
            path = _location(line, base_dir)
        except _Unusable as exc:
            problems.append((number, str(exc)))
            continue
        if info is None:
            tracks.append(Track(path))
        else:
            tracks.append(Track(path, title=info[3], artist=info[2], duration_s=info[1]))
        track_lines.append(number)
    if pending is not None:
        problems.append((pending[0], "track information without a file after it"))
    problems.sort()
    return M3UResult(tracks, problems, track_lines)


class _Unusable(Exception):
    pass


def _decode_lines(data: bytes, utf8_hint: bool, problems: list[tuple[int, str]]) -> list[str]:
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
        utf8_hint = True
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _LINE_BREAKS.split(data.decode("utf-16", errors="replace"))
    try:
        return _LINE_BREAKS.split(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if not utf8_hint:
        return _LINE_BREAKS.split(_legacy(data))
    # Said to be UTF-8 but is not everywhere: decode line by line.
    lines = []
    for number, chunk in enumerate(re.split(rb"\r\n|\r|\n", data), start=1):
        try:
            lines.append(chunk.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(_legacy(chunk))
            problems.append((number, "not valid UTF-8; read as Windows-1252"))
    return lines


def _legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def _parse_extinf(rest: str) -> tuple[float | None, str | None, str | None]:
    """``<seconds>[ attributes],<Artist - Title>`` → (duration, artist, title)."""
    head, comma, display = rest.partition(",")
    duration: float | None = None
    words = head.split()
    if words:
        try:
            duration = float(words[0])
        except ValueError:
            duration = None
    if duration is not None and (not math.isfinite(duration) or duration < 0):
        duration = None
    if not comma:
        return duration, None, None
    artist, sep, title = display.partition(" - ")
    if not sep:
        artist, title = "", display
    return duration, artist.strip() or None, title.strip() or None


def _location(line: str, base_dir: PurePath | None) -> str:
    """The file a playlist line names, as a path string."""
    if "\x00" in line:
        raise _Unusable("the file name contains an invalid character")
    if _WINDOWS_ABS.match(line):
        return str(PureWindowsPath(line))
    url = _URL.match(line)
    if url:
        if (url.group(1) or url.group(2)).lower() == "file":
            return _file_url(line)
        raise _Unusable("streams and web addresses are not supported, only files")
    if line.startswith("/"):
        return str(PurePosixPath(line))
    parts = [p for p in re.split(r"[\\/]", line) if p]
    if base_dir is None:
        return str(PurePosixPath(*parts))
    return str(base_dir.joinpath(*parts))


def _file_url(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise _Unusable("the file address is malformed") from exc
    # Undecodable escapes are kept as the bytes they stand for (as os.fsdecode would).
    path = unquote(parts.path, errors="surrogateescape")
    host = unquote(parts.netloc, errors="surrogateescape")
    if host and host.lower() != "localhost":
        if _WINDOWS_DRIVE.match(f"/{host}"):  # file://C:/Music/x.mp3 (a common mistake)
            return str(PureWindowsPath(host + path))
        return str(PureWindowsPath(f"\\\\{host}{path}"))  # a network share
    if "\x00" in path or not path:
        raise _Unusable("the file address is malformed")
    if _WINDOWS_DRIVE.match(path):  # file:///C:/Music/x.mp3
        return str(PureWindowsPath(path.lstrip("/")))
    return str(PurePosixPath(path)) if path.startswith("/") else path


# -- writing ----------------------------------------------------------------------------


def write_m3u(tracks: Iterable[Track], *, relative_to: PurePath | None) -> str:
    """Extended M3U text for ``tracks``; paths under ``relative_to`` are written relative.

    The text uses ``\\n`` line endings; the caller encodes it (UTF-8). A path that cannot be
    a plain line (line breaks, outer spaces, undecodable bytes) is written as a ``file://`` URL.
    """
    out = ["#EXTM3U"]
    for track in tracks:
        out.append(f"#EXTINF:{_seconds(track.duration_s)},{_display(track)}")
        out.append(_written_path(track.path, relative_to))
    return "\n".join(out) + "\n"


def _seconds(duration: float | None) -> int:
    if duration is None or not math.isfinite(duration) or duration < 0:
        return -1
    return round(duration)


def _one_line(text: str) -> str:
    text = text.encode("utf-8", errors="replace").decode("utf-8")  # no lone surrogates
    return _LINE_BREAKS.sub(" ", text).strip()


def _display(track: Track) -> str:
    title = _one_line(track.title or "") or _one_line(track.display_title)
    artist = _one_line(track.artist or "")
    return f"{artist} - {title}" if artist else title


def _is_absolute(path: str) -> bool:
    return path.startswith("/") or bool(_WINDOWS_ABS.match(path))


def _written_path(path: str, relative_to: PurePath | None) -> str:
    if relative_to is not None and _is_absolute(path):
        flavour = PureWindowsPath if _WINDOWS_ABS.match(path) else PurePosixPath
        if isinstance(relative_to, flavour):
            try:
                relative = _dotted(flavour(path).relative_to(relative_to).as_posix())
            except ValueError:
                relative = ""
            # A backslash would read as a folder separator in a relative path.
            if relative not in ("", "./.") and "\\" not in relative and _plain(relative):
                return relative
    if _is_absolute(path):
        return path if _plain(path) else _as_file_url(path)
    return _dotted(_one_line(path))  # relative already, and nothing to resolve it against


def _dotted(relative: str) -> str:
    """``relative`` with ``./`` in front if it would otherwise read as a comment or a URL."""
    if (
        relative.startswith("#")
        or relative[:1].isspace()
        or _URL.match(relative)
        or _WINDOWS_ABS.match(relative)
    ):
        return f"./{relative}"
    return relative


def _plain(line: str) -> bool:
    """Whether ``line`` survives being a line of its own (no breaks, no outer spaces)."""
    if line != line.strip() or _LINE_BREAKS.search(line) or line.startswith("#"):
        return False
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a file name that was not valid UTF-8 on disk
        return False
    return True


def _as_file_url(path: str) -> str:
    if _WINDOWS_ABS.match(path):
        win = PureWindowsPath(path)
        if win.drive.startswith("\\\\"):
            return "file:" + quote(win.as_posix(), safe="/", errors="surrogateescape")
        return "file:///" + quote(win.as_posix(), safe="/:", errors="surrogateescape")
    return "file://" + quote(path, safe="/", errors="surrogateescape")
