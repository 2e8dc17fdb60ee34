"""Hypothesis on the loaders, one level above the parsers that tests/unit already fuzz.

The script parser, the M3U parser, the stretch schema and preferences_from_dict each have
their own fuzz tests in tests/unit. Here the same kinds of junk go through the paths the app
really uses: the script library reading a folder of files, ``companion playlist import``
end to end into the database, the stretch library reading damaged files, the settings
stores reading damaged files, and the stretch settings with the user's routines in them.

Properties: nothing raises except the loader's own documented error; what loads is valid;
every problem names its file and its line or field; an M3U that is mostly control bytes (not a
playlist at all) is refused whole, in one line.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.cli import main
from companion.core.listen.playlists import Playlist
from companion.core.preferences import MAX_CUE_VOLUME, Preferences, pattern_for
from companion.core.stretch.model import StretchDataError
from companion.core.stretch.schema import parse_routine
from companion.core.stretch.settings import StretchSettings, stretch_settings_from_dict
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.paths import AppPaths
from companion.services.script_library import BUNDLED_DIR, load_library
from companion.services.settings import SettingsStore
from companion.services.store import Store
from companion.services.stretch.library import load_bundled, stretches_dir
from companion.services.stretch.library import load_library as load_stretches
from companion.services.stretch.settings_store import StretchSettingsStore

BUNDLED_SCRIPTS = sorted(BUNDLED_DIR.glob("*.txt"))
STRETCH_FILES = sorted(stretches_dir().glob("*.json"))

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and ±inf too: Python's json writes and reads them
    | st.text(max_size=8)
    | st.sampled_from(["light", "night", "calm", "custom", "none", "yes", "2026-11-23", ""])
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)


def _mutate(data: st.DataObject, raw: bytes) -> bytes:
    """Truncate, flip, insert or splice bytes of a real file, as damage on disk would."""
    kind = data.draw(st.sampled_from(["truncate", "flip", "insert", "garbage"]))
    if kind == "garbage" or not raw:
        return data.draw(st.binary(max_size=400))
    at = data.draw(st.integers(0, len(raw) - 1))
    if kind == "truncate":
        return raw[:at]
    if kind == "flip":
        return raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1 :]
    return raw[:at] + data.draw(st.binary(min_size=1, max_size=20)) + raw[at:]


# -- imagery scripts: the library loader ---------------------------------------------------


@settings(max_examples=60)
@given(st.data(), st.lists(st.integers(0, 2**32), min_size=1, max_size=4, unique=True))
def test_script_library_accounts_for_every_user_file(data: st.DataObject, seeds: list[int]):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "scripts"
        folder.mkdir()
        names = []
        for seed in seeds:
            source = BUNDLED_SCRIPTS[seed % len(BUNDLED_SCRIPTS)].read_bytes()
            name = f"mine-{seed}.txt"
            (folder / name).write_bytes(_mutate(data, source))
            names.append(name)
        library = load_library(Path(tmp))
    bundled = [e for e in library.entries if e.bundled]
    assert len(bundled) == len(BUNDLED_SCRIPTS)  # the user's files never cost a bundled one
    mine = {e.path.name for e in library.entries if not e.bundled}
    for problem in library.problems:
        match = re.match(r"^(mine-\d+\.txt)(, line (\d+))?: \S", problem)
        assert match, problem  # names the file (and line) and says something
        mine.add(match.group(1))
    assert mine == set(names)  # each file is either usable or reported, once
    for entry in library.entries:
        assert entry.script.items and entry.script.title.strip()


# -- playlists: ``companion playlist import`` end to end -----------------------------------

m3u_lines = st.sampled_from(
    [
        "#EXTM3U",
        "#EXTINF:123,Artist - Title",
        "#EXTINF:-1,",
        "#EXTINF:abc",
        "song.mp3",
        "../up/song.ogg",
        "C:\\Music\\Tune.flac",
        "file:///tmp/a%20b.wav",
        "http://example.com/stream",
        "",
        "   ",
        "x" * 300 + ".mp3",
        "a\x00b.mp3",
    ]
)
m3u_bodies = st.lists(m3u_lines | st.text(max_size=20), max_size=30).map(
    lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass")
) | st.binary(max_size=600)

LINE_PROBLEM = re.compile(r"^companion: (.+):(\d+): \S")


def _saved(name: str) -> Playlist | None:
    store = Store.open(AppPaths.default().database)
    try:
        return PlaylistStore(store).find(name)
    finally:
        store.close()


@settings(max_examples=60)
@given(m3u_bodies, st.sampled_from([".m3u", ".m3u8"]), st.sampled_from(["\n", "\r\n", "\r"]))
def test_playlist_import_command_reports_lines_or_imports(
    body: bytes, suffix: str, newline: str
) -> None:
    body = body.replace(b"\n", newline.encode())
    with tempfile.TemporaryDirectory() as tmp:
        m3u = Path(tmp) / f"list{suffix}"
        m3u.write_bytes(body)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["playlist", "import", str(m3u), "--name", f"Fuzz {tmp[-8:]}"])
        lines = len(re.split(rb"\r\n|\r|\n", body))  # CR alone ends a line too (old Macs)
    if code == 1:  # mostly control bytes: not a playlist at all, refused whole in one line
        [line] = err.getvalue().splitlines()
        assert "list" in line and "is not a text file" in line, line
        assert _saved(f"Fuzz {tmp[-8:]}") is None
        return
    assert code == 0, err.getvalue()
    for line in err.getvalue().splitlines():
        if line.startswith("companion: warning: "):
            continue  # nothing usable, or nothing found on this disk: said once, plainly
        match = LINE_PROBLEM.match(line)
        assert match and match.group(1) == str(m3u), line
        assert 1 <= int(match.group(2)) <= lines + 1, line
    imported = int(re.match(r"Imported (\d+) track", out.getvalue()).group(1))  # type: ignore[union-attr]
    saved = _saved(f"Fuzz {tmp[-8:]}")
    assert saved is not None and len(saved.tracks) == imported
    for track in saved.tracks:
        assert track.path and "\n" not in track.path  # what was kept can be played or marked


# -- stretch data files --------------------------------------------------------------------


@settings(max_examples=100)
@given(st.data())
def test_damaged_stretch_file_gives_one_error_naming_file_and_field(data: st.DataObject):
    victim = data.draw(st.sampled_from(STRETCH_FILES))
    with tempfile.TemporaryDirectory() as tmp:
        for path in STRETCH_FILES:
            raw = path.read_bytes()
            (Path(tmp) / path.name).write_bytes(_mutate(data, raw) if path == victim else raw)
        try:
            library = load_stretches(Path(tmp))
        except StretchDataError as error:
            assert error.source.endswith(".json") and error.field and error.problem
            assert str(error).startswith(f"{error.source}: {error.field}: ")
            return
    assert library.stretches and library.routines  # the damage left it valid (or harmless)


# -- settings files and dicts --------------------------------------------------------------

PREF_KEYS = list(Preferences().to_dict())
RESET = r"Some settings were not valid and were reset: (.*)\.$"


@settings(max_examples=50)  # each example saves with fsync
@given(st.dictionaries(st.sampled_from(PREF_KEYS) | st.text(max_size=6), json_values))
def test_settings_file_of_any_json_gives_valid_preferences_and_names_resets(data: dict) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "settings.json"
        path.write_text(json.dumps(data))
        store = SettingsStore(path)
        prefs = store.load()
        if store.notices:  # only the keys that were reset are named
            named = re.match(RESET, store.notices[0])
            assert named, store.notices
            assert set(named.group(1).split(", ")) <= set(PREF_KEYS)
        again = SettingsStore(path)
        again.save(prefs)
        assert again.load() == prefs and again.notices == []  # what loads, saves and reloads
    assert prefs.theme in ("light", "night", "contrast")
    assert 100 <= prefs.text_scale <= 200 and 0 <= prefs.cue_volume <= MAX_CUE_VOLUME
    assert 0 <= prefs.music_volume <= 1 and math.isfinite(prefs.session_minutes)
    pattern_for(prefs)  # never raises


@given(st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
def test_settings_stores_never_raise_on_any_bytes(raw: bytes) -> None:
    for store_class, default in ((SettingsStore, Preferences()), (StretchSettingsStore, None)):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "file.json"
            path.write_bytes(raw)
            store = store_class(path)
            loaded = store.load()
            kept = list(Path(tmp).glob("file.json.corrupt-*"))
            if kept:  # set aside whole, and said so
                assert kept[0].read_bytes() == raw and kept[0].name in store.notices[0]
                assert loaded == (default or StretchSettings())
            else:
                assert path.read_bytes() == raw


@given(st.dictionaries(st.sampled_from(list(StretchSettings().to_dict())), json_values))
def test_stretch_settings_of_any_json_are_valid_and_their_routines_parse_or_say_why(
    data: dict[str, Any],
) -> None:
    settings_, problems = stretch_settings_from_dict(data)
    assert set(problems) <= set(data)
    again, none = stretch_settings_from_dict(json.loads(json.dumps(settings_.to_dict())))
    assert again == settings_ and none == []
    library = _library()
    for index, raw in enumerate(settings_.user_routines):
        try:
            routine = parse_routine(raw, "stretch.json", library.by_id, f"[{index}]")
        except StretchDataError as error:
            assert error.source == "stretch.json" and error.field.startswith(f"[{index}]")
        else:
            assert routine.items and all(item in library.by_id for item in routine.items)


_LIBRARY: list[Any] = []


def _library() -> Any:
    if not _LIBRARY:
        _LIBRARY.append(load_bundled())
    return _LIBRARY[0]
