"""Real audio files with real tags, folder scans, M3U files on disk, and stored playlists."""

from __future__ import annotations

import os
import stat
import threading
import wave
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from mutagen.id3 import ID3, TIT2, TPE1
from mutagen.wave import WAVE

from companion.core.listen.m3u import write_m3u
from companion.core.listen.playlists import Playlist, PlaylistError, Track
from companion.services.listen.library import (
    PlaylistFileError,
    UnreadableAudio,
    export_m3u,
    import_m3u,
    read_track,
    scan_folder,
)
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.store import Store

RATE = 22050


def silence(seconds: float, rate: int = RATE) -> np.ndarray:
    return np.zeros((int(seconds * rate), 1), dtype="float32")


def make_wav(
    path: Path, seconds: float, title: str | None = None, artist: str | None = None
) -> Path:
    """A 16-bit mono WAV written with the wave module, ID3-tagged if a title is given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"\x00\x00" * int(seconds * RATE))
    if title or artist:
        audio = WAVE(path)
        audio.add_tags()
        assert audio.tags is not None
        if title:
            audio.tags.add(TIT2(encoding=3, text=title))
        if artist:
            audio.tags.add(TPE1(encoding=3, text=artist))
        audio.save()
    return path


def make_vorbis_tagged(path: Path, seconds: float, fmt: str, title: str, artist: str) -> Path:
    """An OGG or FLAC file from soundfile, tagged with mutagen (Vorbis comments)."""
    import mutagen

    path.parent.mkdir(parents=True, exist_ok=True)
    subtype = "VORBIS" if fmt == "OGG" else "PCM_16"
    sf.write(path, silence(seconds), RATE, format=fmt, subtype=subtype)
    audio = mutagen.File(path)
    audio["title"] = title
    audio["artist"] = artist
    audio.save()
    return path


def make_mp3(path: Path, seconds: float, title: str, artist: str) -> Path:
    if "MP3" not in sf.available_formats():
        pytest.skip(f"libsndfile {sf.__libsndfile_version__} cannot write MP3")
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, silence(seconds, 44100), 44100, format="MP3", subtype="MPEG_LAYER_III")
    tags = ID3()
    tags.add(TIT2(encoding=3, text=title))
    tags.add(TPE1(encoding=3, text=artist))
    tags.save(path)
    return path


# -- reading tags -----------------------------------------------------------------------


def test_wav_with_id3_tags(tmp_path: Path) -> None:
    track = read_track(make_wav(tmp_path / "a.wav", 1.5, "Soft rain", "Companion"))
    assert (track.title, track.artist) == ("Soft rain", "Companion")
    assert track.duration_s == pytest.approx(1.5, abs=0.01)
    assert track.path == str(tmp_path / "a.wav")


def test_untagged_wav_has_no_title_but_a_length(tmp_path: Path) -> None:
    track = read_track(make_wav(tmp_path / "Ocean waves.wav", 2.0))
    assert track.title is None and track.artist is None
    assert track.duration_s == pytest.approx(2.0, abs=0.01)
    assert track.display_title == "Ocean waves"


@pytest.mark.parametrize(("fmt", "ext"), [("OGG", "ogg"), ("FLAC", "flac")])
def test_ogg_and_flac_vorbis_comments(tmp_path: Path, fmt: str, ext: str) -> None:
    path = make_vorbis_tagged(tmp_path / f"x.{ext}", 3.0, fmt, "Nocturne – Op. 9", "Chopin, F.")
    track = read_track(path)
    assert (track.title, track.artist) == ("Nocturne – Op. 9", "Chopin, F.")
    assert track.duration_s == pytest.approx(3.0, abs=0.05)


def test_mp3_id3_tags(tmp_path: Path) -> None:
    track = read_track(make_mp3(tmp_path / "x.mp3", 2.0, "Clair de lune", "Debussy"))
    assert (track.title, track.artist) == ("Clair de lune", "Debussy")
    assert track.duration_s == pytest.approx(2.0, abs=0.1)  # MP3 frames pad the end


def test_unreadable_files_raise_a_plain_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(b"this is not audio at all" * 10)
    with pytest.raises(UnreadableAudio) as err:
        read_track(junk)
    assert "sound file" in str(err.value) or "damaged" in str(err.value)
    with pytest.raises(UnreadableAudio, match="could not be opened"):
        read_track(tmp_path / "missing.ogg")


# -- scanning ---------------------------------------------------------------------------


def test_scan_reads_every_format_in_natural_order_and_skips_what_it_cannot_read(
    tmp_path: Path,
) -> None:
    music = tmp_path / "music"
    make_wav(music / "track 10.wav", 0.2, "Ten")
    make_wav(music / "Track 2.wav", 0.2, "Two")
    make_vorbis_tagged(music / "track 1.ogg", 0.2, "OGG", "One", "A")
    make_vorbis_tagged(music / "sub" / "b 3.flac", 0.2, "FLAC", "Sub three", "B")
    (music / "sub" / "cover.jpg").write_bytes(b"\xff\xd8 not audio, not an audio extension")
    (music / "broken.ogg").write_bytes(b"OggS but not really")
    progress: list[tuple[int, int]] = []
    result = scan_folder(music, on_progress=lambda done, total: progress.append((done, total)))
    assert [t.title for t in result.tracks] == ["Sub three", "One", "Two", "Ten"]  # sub/ < track
    assert [(p.name, bool(reason)) for p, reason in result.skipped] == [("broken.ogg", True)]
    assert progress[-1] == (5, 5) and len(progress) == 5
    assert not result.cancelled


def test_scan_can_be_cancelled(tmp_path: Path) -> None:
    for i in range(5):
        make_wav(tmp_path / f"{i}.wav", 0.1)
    calls = iter(range(100))
    result = scan_folder(tmp_path, cancelled=lambda: next(calls) >= 2)
    assert result.cancelled and len(result.tracks) == 2


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.timeout(20)
def test_symlink_loops_do_not_hang_and_linked_folders_are_read_once(tmp_path: Path) -> None:
    music = tmp_path / "music"
    make_wav(music / "a" / "song.wav", 0.1, "Song")
    (music / "a" / "loop").symlink_to(music, target_is_directory=True)
    (music / "again").symlink_to(music / "a", target_is_directory=True)
    (music / "dangling.wav").symlink_to(tmp_path / "nowhere.wav")
    result = scan_folder(music)
    assert [t.title for t in result.tracks] == ["Song"]


def test_scan_runs_in_a_worker_thread(tmp_path: Path) -> None:
    make_wav(tmp_path / "x.wav", 0.1, "X")
    found: list[str | None] = []
    worker = threading.Thread(
        target=lambda: found.extend(t.title for t in scan_folder(tmp_path).tracks)
    )
    worker.start()
    worker.join(10)
    assert found == ["X"]


# -- M3U files --------------------------------------------------------------------------


def test_export_then_import_with_real_tags_and_private_mode(tmp_path: Path) -> None:
    music = tmp_path / "Music"
    a = make_wav(music / "Einaudi" / "Nuvole bianche.wav", 1.0, "Nuvole bianche", "Einaudi")
    b = make_vorbis_tagged(tmp_path / "elsewhere" / "rain.ogg", 2.0, "OGG", "Rain", "Companion")
    playlist = Playlist(
        "Evening", [read_track(a), read_track(b), Track("/gone/missing.mp3", "Gone")]
    )
    target = music / "evening.m3u8"
    export_m3u(playlist, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = target.read_text("utf-8")
    assert "Einaudi/Nuvole bianche.wav\n" in text and f"{b}\n" in text
    assert "#EXTINF:1,Einaudi - Nuvole bianche" in text
    result = import_m3u(target)
    assert result.problems == []
    assert [t.path for t in result.tracks] == [str(a), str(b), "/gone/missing.mp3"]
    assert result.tracks[1] == read_track(b)
    assert result.tracks[2].title == "Gone"


def test_import_prefers_tags_to_the_extinf_line_but_keeps_it_for_missing_files(
    tmp_path: Path,
) -> None:
    make_wav(tmp_path / "song.wav", 1.0, "Tagged title")
    m3u = tmp_path / "list.m3u"
    m3u.write_bytes(
        b"#EXTM3U\r\n#EXTINF:99,Someone - Line title\r\nsong.wav\r\n"
        b"#EXTINF:5,Caf\xe9\r\ngone.wav\r\nhttp://radio/\r\n"
    )
    result = import_m3u(m3u)
    song, gone = result.tracks
    assert (song.title, song.artist) == ("Tagged title", "Someone")
    assert song.duration_s == pytest.approx(1.0, abs=0.01)
    assert gone.title == "Café" and gone.duration_s == 5.0
    assert result.problems == [(6, "streams and web addresses are not supported, only files")]
    assert import_m3u(m3u, read_tags=False).tracks[0].title == "Line title"


def test_missing_or_unwritable_playlist_files_give_plain_errors(tmp_path: Path) -> None:
    with pytest.raises(PlaylistFileError, match="could not be read"):
        import_m3u(tmp_path / "nope.m3u")
    with pytest.raises(PlaylistFileError, match="could not be saved"):
        export_m3u(Playlist("x"), tmp_path / "no" / "such" / "dir.m3u")


# -- stored playlists -------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.db"


def sample(name: str = "Evening", n: int = 3) -> Playlist:
    tracks = [
        Track(f"/music/{i}.ogg", f"Song {i}", "Artist" if i % 2 else None, 60.0 + i)
        for i in range(n)
    ]
    return Playlist(name, [*tracks, Track("/music/untagged.wav")])


def test_playlists_round_trip_and_survive_reopening(db: Path) -> None:
    store = Store.open(db)
    playlists = PlaylistStore(store)
    evening = sample()
    pid = playlists.save(evening)
    assert evening.id == pid
    playlists.save(Playlist("calm ones", [Track("/\udcff.ogg")]))  # a name that is not UTF-8
    store.close()

    store = Store.open(db)
    playlists = PlaylistStore(store)
    assert [(s.name, s.track_count) for s in playlists.list()] == [("calm ones", 1), ("Evening", 4)]
    assert playlists.list()[1].duration_s == 60 + 61 + 62
    loaded = playlists.get(pid)
    assert loaded == evening
    found = playlists.find("CALM ONES")
    assert found is not None and found.tracks == [Track("/\udcff.ogg")]
    loaded.move(0, 2)
    loaded.remove(3)
    playlists.save(loaded)
    assert playlists.get(pid) == loaded
    assert playlists.rename(pid, "  Night  ") == "Night"
    with pytest.raises(PlaylistError, match="already a playlist"):
        playlists.rename(pid, "Calm Ones")
    with pytest.raises(PlaylistError, match="already a playlist"):
        playlists.save(Playlist("night"))
    playlists.delete(pid)
    assert playlists.get(pid) is None
    assert store.query("SELECT COUNT(*) FROM playlist_tracks WHERE playlist_id = ?", (pid,)) == [
        (0,)
    ]
    store.close()


def test_a_failed_save_leaves_the_old_playlist_intact(db: Path) -> None:
    store = Store.open(db)
    playlists = PlaylistStore(store)
    original = sample(n=5)
    pid = playlists.save(original)
    with store.transaction() as conn:  # make the 3rd track insert fail, as a full disk would
        conn.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON playlist_tracks WHEN NEW.path = '/boom'"
            " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
        )
    changed = playlists.get(pid)
    assert changed is not None
    changed.rename("Renamed")
    changed.add([Track("/boom")], at=2)
    with pytest.raises(Exception, match="simulated failure"):
        playlists.save(changed)
    store.close()
    store = Store.open(db)
    assert PlaylistStore(store).get(pid) == original
    store.close()


def test_bundled_playlist_is_synced_not_duplicated(db: Path) -> None:
    store = Store.open(db)
    playlists = PlaylistStore(store)
    calm = playlists.sync_bundled(Playlist("Calm", [Track("/old/assets/rain.ogg", "Rain")]))
    again = playlists.sync_bundled(Playlist("Calm", [Track("/new/assets/rain.ogg", "Rain")]))
    assert again.id == calm.id and again.bundled
    stored = playlists.get(calm.id or 0)
    assert stored is not None and stored.tracks[0].path == "/new/assets/rain.ogg"
    assert [s.name for s in playlists.list()] == ["Calm"]
    playlists.save(Playlist("Zzz"))
    with pytest.raises(PlaylistError, match="already a playlist"):
        playlists.save(Playlist("calm"))
    store.close()


def test_playlist_tables_come_with_a_migration(db: Path) -> None:
    store = Store.open(db)
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"sessions", "playlists", "playlist_tracks"} <= tables
    store.close()


def test_m3u_text_from_a_stored_playlist(db: Path) -> None:
    store = Store.in_memory()
    playlists = PlaylistStore(store)
    pid = playlists.save(sample(n=1))
    loaded = playlists.get(pid)
    assert loaded is not None
    assert write_m3u(loaded.tracks, relative_to=None).splitlines()[1] == "#EXTINF:60,Song 0"
