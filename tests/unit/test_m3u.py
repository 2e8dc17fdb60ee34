"""M3U/M3U8 reading and writing: files as real players write them, and round-trip properties."""

from __future__ import annotations

import re
from pathlib import PurePosixPath, PureWindowsPath

from hypothesis import assume, given
from hypothesis import strategies as st

from companion.core.listen.m3u import M3UResult, parse_m3u, write_m3u
from companion.core.listen.playlists import Track

HOME = PurePosixPath("/home/anna/Music")
WIN = PureWindowsPath("D:\\Playlists")


def parse(
    text: str | bytes, base: PurePosixPath | PureWindowsPath | None = HOME, hint: bool = False
) -> M3UResult:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_m3u(data, base, utf8_hint=hint)


# -- as players write them --------------------------------------------------------------


def test_winamp_style_extended_with_windows_paths_and_crlf() -> None:
    data = (
        b"#EXTM3U\r\n"
        b"#EXTINF:221,Queen - Bohemian Rhapsody\r\n"
        b"C:\\Music\\Queen\\A Night at the Opera\\11 Bohemian Rhapsody.mp3\r\n"
        b"#EXTINF:-1,Unknown length\r\n"
        b"\\\\nas\\music\\unknown.mp3\r\n"
    )
    result = parse(data, WIN)
    assert result.problems == []
    first, second = result.tracks
    assert first == Track(
        "C:\\Music\\Queen\\A Night at the Opera\\11 Bohemian Rhapsody.mp3",
        title="Bohemian Rhapsody",
        artist="Queen",
        duration_s=221.0,
    )
    assert second.path == "\\\\nas\\music\\unknown.mp3"
    assert second.title == "Unknown length" and second.artist is None
    assert second.duration_s is None


def test_foobar_style_m3u8_with_bom_and_relative_backslash_paths() -> None:
    text = (
        "\ufeff#EXTM3U\r\n"
        "#EXTINF:312,Ludovico Einaudi - Nuvole Bianche\r\n"
        "Einaudi\\Una Mattina\\06 Nuvole Bianche.flac\r\n"
        "#EXTINF:187,Sigur Rós - Hoppípolla\r\n"
        "Sigur Rós/Takk/03 Hoppípolla.ogg\r\n"
    )
    result = parse(text, HOME, hint=True)
    assert result.problems == []
    assert [t.path for t in result.tracks] == [
        "/home/anna/Music/Einaudi/Una Mattina/06 Nuvole Bianche.flac",
        "/home/anna/Music/Sigur Rós/Takk/03 Hoppípolla.ogg",
    ]
    assert result.tracks[1].artist == "Sigur Rós"
    assert result.tracks[1].title == "Hoppípolla"


def test_vlc_style_file_urls_are_percent_decoded() -> None:
    text = (
        "#EXTM3U\n"
        "#EXTINF:245,Enya - Orinoco Flow\n"
        "file:///home/anna/Music/Enya/03%20Orinoco%20Flow.mp3\n"
        "#EXTVLCOPT:network-caching=1000\n"
        "#EXTINF:30,Café\n"
        "file:///C:/Users/Anna/Music/Caf%C3%A9%20%231.mp3\n"
        "file://localhost/srv/music/a.ogg\n"
        "file://nas/share/b.ogg\n"
    )
    result = parse(text)
    assert result.problems == []
    assert [t.path for t in result.tracks] == [
        "/home/anna/Music/Enya/03 Orinoco Flow.mp3",
        "C:\\Users\\Anna\\Music\\Café #1.mp3",
        "/srv/music/a.ogg",
        "\\\\nas\\share\\b.ogg",
    ]
    assert result.tracks[1].title == "Café" and result.tracks[1].artist is None


def test_cp1252_accents_are_read_when_the_file_is_not_utf8() -> None:
    data = (
        b"#EXTM3U\r\n"
        b"#EXTINF:200,\xc9dith Piaf - Non, je ne regrette rien\r\n"
        b"Chansons\\Caf\xe9 de Flore \x96 live.mp3\r\n"
    )
    result = parse(data)
    assert result.problems == []
    (track,) = result.tracks
    assert track.artist == "Édith Piaf"
    assert track.title == "Non, je ne regrette rien"
    assert track.path == "/home/anna/Music/Chansons/Café de Flore – live.mp3"


def test_an_m3u8_that_is_partly_not_utf8_keeps_good_lines_and_says_so() -> None:
    data = "#EXTM3U\nRós.ogg\n".encode() + b"Caf\xe9.mp3\n"
    result = parse(data, hint=True)
    assert [t.path for t in result.tracks] == [
        "/home/anna/Music/Rós.ogg",
        "/home/anna/Music/Café.mp3",
    ]
    assert result.problems == [(3, "not valid UTF-8; read as Windows-1252")]


def test_utf16_with_bom_from_windows_tools() -> None:
    data = "#EXTM3U\r\n#EXTINF:5,Ähm\r\nä.mp3\r\n".encode("utf-16")
    assert parse(data).tracks == [Track("/home/anna/Music/ä.mp3", title="Ähm", duration_s=5.0)]


def test_plain_m3u_old_mac_line_endings_comments_and_blank_lines() -> None:
    text = "# my list\r\rone.mp3\r  \r# another comment\rsub/two.ogg\r"
    result = parse(text, None)
    assert [t.path for t in result.tracks] == ["one.mp3", "sub/two.ogg"]
    assert all(t.title is None and t.duration_s is None for t in result.tracks)


def test_bad_lines_are_reported_with_line_numbers_and_good_ones_kept() -> None:
    text = (
        "#EXTM3U\n"  # 1
        "#EXTINF:10,Radio\n"  # 2
        "http://radio.example/stream\n"  # 3
        "#EXTINF:11,Orphan\n"  # 4
        "#EXTINF:12,Kept\n"  # 5
        "kept.ogg\n"  # 6
        "https://example.com/x.mp3\n"  # 7
        "file://[broken/x.mp3\n"  # 8
        "#EXTINF:13,At the end\n"  # 9
    )
    result = parse(text)
    assert result.tracks == [Track("/home/anna/Music/kept.ogg", title="Kept", duration_s=12.0)]
    assert [n for n, _ in result.problems] == [3, 4, 7, 8, 9]
    assert "not supported" in dict(result.problems)[3]
    assert "without a file" in dict(result.problems)[4]


def test_extinf_variants() -> None:
    text = (
        "#EXTINF:-1,Artist - Title - With Dash\na.mp3\n"
        "#EXTINF:12.7,\nb.mp3\n"
        "#EXTINF:abc,Odd length\nc.mp3\n"
        "#EXTINF:7\nd.mp3\n"
        '#EXTINF:0 tvg-id="x",  Spaced - Out  \ne.mp3\n'
        "#extinf:3,lower case\nf.mp3\n"
        "#EXTINF:nan,Not a number\ng.mp3\n"
    )
    t = parse(text, None).tracks
    assert (t[0].artist, t[0].title, t[0].duration_s) == ("Artist", "Title - With Dash", None)
    assert (t[1].title, t[1].duration_s) == (None, 12.7)
    assert (t[2].title, t[2].duration_s) == ("Odd length", None)
    assert (t[3].title, t[3].duration_s) == (None, 7.0)
    assert (t[4].artist, t[4].title, t[4].duration_s) == ("Spaced", "Out", 0.0)
    assert t[5].title == "lower case"
    assert t[6].duration_s is None


def test_a_file_name_with_a_colon_is_not_a_url() -> None:
    assert parse("Bach: Air.mp3\n").tracks[0].path == "/home/anna/Music/Bach: Air.mp3"


def test_write_extended_m3u() -> None:
    tracks = [
        Track("/home/anna/Music/Enya/Orinoco Flow.mp3", "Orinoco Flow", "Enya", 245.4),
        Track("/media/usb/rain.ogg", None, None, None),
        Track("/home/anna/Music/#1 hit.mp3", "Hit", None, 59.5),
    ]
    text = write_m3u(tracks, relative_to=HOME)
    assert text == (
        "#EXTM3U\n"
        "#EXTINF:245,Enya - Orinoco Flow\n"
        "Enya/Orinoco Flow.mp3\n"
        "#EXTINF:-1,rain\n"
        "/media/usb/rain.ogg\n"
        "#EXTINF:60,Hit\n"
        "./#1 hit.mp3\n"
    )
    assert write_m3u([], relative_to=None) == "#EXTM3U\n"


def test_write_windows_paths_relative_to_a_windows_folder() -> None:
    tracks = [Track("D:\\Playlists\\Sub\\a.mp3"), Track("C:\\Music\\b.mp3")]
    text = write_m3u(tracks, relative_to=WIN)
    assert text.splitlines()[2::2] == ["Sub/a.mp3", "C:\\Music\\b.mp3"]
    assert [t.path for t in parse(text, WIN).tracks] == [t.path for t in tracks]


# -- properties -------------------------------------------------------------------------

SEGMENT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
    min_size=1,
    max_size=10,
).filter(lambda s: s not in (".", ".."))
WIN_SEGMENT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='\\/:*?"<>|\x00'),
    min_size=1,
    max_size=10,
).filter(lambda s: s.strip(" .") != "")
TEXT = st.none() | st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)
DURATION = st.none() | st.floats(0, 1e6) | st.floats(-1e6, -0.001)


def posix_paths(base: PurePosixPath) -> st.SearchStrategy[str]:
    return st.builds(
        lambda under, parts: str((base if under else PurePosixPath("/elsewhere")).joinpath(*parts)),
        st.booleans(),
        st.lists(SEGMENT, min_size=1, max_size=4),
    )


def _norm(text: str | None) -> str | None:
    """A title or artist as it comes back: one line, outer whitespace removed."""
    if text is None:
        return None
    return re.sub(r"\r\n|\r|\n", " ", text).strip() or None


def expected(track: Track) -> tuple[str, str | None, str | None, float | None]:
    """What a written-then-read track is documented to come back as."""
    title = _norm(track.title) or _norm(track.display_title)
    duration = None if track.duration_s is None or track.duration_s < 0 else track.duration_s
    return track.path, _norm(track.artist), title, None if duration is None else round(duration)


def round_trips(track: Track) -> bool:
    """The documented limits of ``Artist - Title`` in one field."""
    artist, title = expected(track)[1:3]
    if title is None:  # no title and a blank file name: nothing to show
        return False
    if artist is None:
        return " - " not in (title or "")
    return " - " not in f"{artist} -"


def as_tuple(track: Track) -> tuple[str, str | None, str | None, float | None]:
    return track.path, track.artist, track.title, track.duration_s


@given(
    st.lists(st.builds(Track, posix_paths(HOME), TEXT, TEXT, DURATION), max_size=8),
    st.sampled_from([HOME, None]),
    st.booleans(),
)
def test_write_then_parse_round_trips_posix(
    tracks: list[Track], base: PurePosixPath | None, hint: bool
) -> None:
    assume(all(round_trips(t) for t in tracks))
    text = write_m3u(tracks, relative_to=base)
    result = parse_m3u(text.encode("utf-8"), base or HOME, utf8_hint=hint)
    assert result.problems == []
    assert [as_tuple(t) for t in result.tracks] == [expected(t) for t in tracks]


@given(
    st.lists(
        st.builds(
            Track,
            st.builds(
                lambda root, parts: str(PureWindowsPath(root, *parts)),
                st.sampled_from(["C:\\", "D:\\Playlists", "\\\\nas\\music"]),
                st.lists(WIN_SEGMENT, min_size=1, max_size=3),
            ),
            TEXT,
            TEXT,
            DURATION,
        ),
        max_size=6,
    )
)
def test_write_then_parse_round_trips_windows(tracks: list[Track]) -> None:
    assume(all(round_trips(t) for t in tracks))
    text = write_m3u(tracks, relative_to=WIN)
    result = parse_m3u(text.encode("utf-8"), WIN, utf8_hint=True)
    assert result.problems == []
    assert [as_tuple(t) for t in result.tracks] == [expected(t) for t in tracks]


@given(st.binary(max_size=3000), st.booleans(), st.sampled_from([HOME, WIN, None]))
def test_parse_never_raises_on_arbitrary_bytes(
    data: bytes, hint: bool, base: PurePosixPath | PureWindowsPath | None
) -> None:
    result = parse_m3u(data, base, utf8_hint=hint)
    lines = len(re.split(rb"\r\n|\r|\n", data))
    assert all(1 <= n <= max(lines, 1) for n, _ in result.problems)
    assert all("\x00" not in t.path for t in result.tracks)


FRAGMENTS = st.sampled_from(
    [
        b"#EXTM3U",
        b"#EXTINF:",
        b"-1",
        b"12.5",
        b",",
        b" - ",
        b"file://",
        b"file:///C:/",
        b"http://",
        b"C:\\",
        b"\\\\",
        b"/",
        b"%",
        b"%C3",
        b"%zz",
        b"\r\n",
        b"\r",
        b"\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xe9",
        b"\x00",
        b"[",
        b"a",
        b"#",
        b" ",
        b"..",
    ]
)


@given(st.lists(FRAGMENTS, max_size=60), st.booleans(), st.sampled_from([HOME, WIN, None]))
def test_parse_never_raises_on_playlist_like_junk(
    parts: list[bytes], hint: bool, base: PurePosixPath | PureWindowsPath | None
) -> None:
    result = parse_m3u(b"".join(parts), base, utf8_hint=hint)
    assert isinstance(result.tracks, list) and isinstance(result.problems, list)
