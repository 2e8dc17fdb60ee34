"""``companion listen`` and ``companion playlist``, run as real processes."""

from __future__ import annotations

import shutil
from pathlib import Path

from companion.services.audio.soundscapes import soundscapes
from tests.e2e.test_cli import companion


def test_listen_list_prints_the_calm_playlist(app_env) -> None:
    done = companion("listen", "--list", env=app_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["Calm [bundled]  (6 tracks, 13:20)"]


def test_listen_to_an_unknown_playlist_says_which_exist(app_env) -> None:
    done = companion("listen", "Nope", env=app_env)
    assert done.returncode == 2
    assert "no playlist called 'Nope'" in done.stderr and "Calm" in done.stderr


def test_playlist_import_then_export_round_trip(app_env, tmp_path: Path) -> None:
    music = tmp_path / "Music"
    music.mkdir()
    sounds = soundscapes()
    shutil.copy(sounds[0].path, music / "rain.ogg")
    shutil.copy(sounds[1].path, music / "waves.ogg")
    m3u = tmp_path / "Für Oma.m3u"
    m3u.write_bytes(
        "#EXTM3U\r\n#EXTINF:132,Regen\r\nMusic\\rain.ogg\r\n"
        "#EXTINF:130,Wellen\r\nMusic/waves.ogg\r\nMusic/gone.ogg\r\n".encode("cp1252")
    )
    done = companion("playlist", "import", str(m3u), env=app_env)
    assert done.returncode == 0, done.stderr
    assert "Imported 3 track(s) into 'Für Oma' (2 found, 1 missing)" in done.stdout
    assert f"{m3u}:6: not found: {tmp_path / 'Music' / 'gone.ogg'} — kept, marked missing" in (
        done.stderr
    )
    listed = companion("listen", "--list", env=app_env).stdout
    assert "Für Oma  (3 tracks" in listed
    out = tmp_path / "out.m3u8"
    done = companion("playlist", "export", "für oma", str(out), env=app_env)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "Music/rain.ogg" in text and "#EXTINF:132" in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_importing_a_missing_file_fails_cleanly(app_env, tmp_path: Path) -> None:
    done = companion("playlist", "import", str(tmp_path / "none.m3u"), env=app_env)
    assert done.returncode == 1
    assert "could not be read" in done.stderr
    assert "Traceback" not in done.stderr


def test_importing_a_playlist_whose_files_are_all_gone_warns(app_env, tmp_path: Path) -> None:
    m3u = tmp_path / "usb.m3u"
    m3u.write_text("/media/usb/a.mp3\n/media/usb/b.mp3\n", encoding="utf-8")
    done = companion("playlist", "import", str(m3u), env=app_env)
    assert done.returncode == 0, done.stderr
    assert "none of the 2 files" in done.stderr and ":1: not found: /media/usb/a.mp3" in done.stderr
    assert "(0 found, 2 missing)" in done.stdout
