"""Class 1, writing files: every writer goes through ``safe_files.write_atomic`` (or
``write_via_path``), so a link planted at any temporary name is never followed, what is
written is the user's alone (0600), a FIFO or a device is written into (never replaced),
``-`` is standard output, and a write that fails leaves the target as it was.

Before: CSV, PDF and M3U exports, backups and settings wrote to ``.NAME.partial`` or
``.NAME.tmp`` beside the target, following a link planted there (the victim file was
overwritten with health data, and kept its world-readable mode); ``-`` made a file called
``-``; a FIFO was replaced by a regular file.
"""

from __future__ import annotations

import itertools
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from companion.cli import main
from companion.core.preferences import Preferences
from companion.core.sessions import Activity, SessionRecord
from companion.core.stretch.settings import StretchSettings
from companion.services.history.exports import write_csv
from companion.services.script_library import load_library, save_user_script
from companion.services.settings import SettingsStore
from companion.services.store import Store
from companion.services.stretch.settings_store import StretchSettingsStore
from tests.faults.kit import companion, fill, one_line, tmpfs

PRECIOUS = b"precious: the neighbour's own file"
SCRIPT = "title: Evening\n---\nThe sea is calm.\n[pause 2s]\n"


def _seed(data_dir: Path, count: int = 3) -> None:
    store = Store.open(data_dir / "history.db")
    for _ in range(count):
        store.add(SessionRecord(Activity.BREATHING, "calm", _now(), 60.0, note="felt easier"))
    store.close()


def _now():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime.now().astimezone()


def _writers(data_dir: Path) -> dict[str, Callable[[Path], object]]:
    return {
        "csv export": lambda target: main(["export", "--csv", str(target)]),
        "pdf export": lambda target: main(["export", "--pdf", str(target)]),
        "m3u export": lambda target: main(["playlist", "export", "Calm", str(target)]),
        "backup": lambda target: main(["backup", str(target)]),
        "settings": lambda target: SettingsStore(target).save(Preferences(theme="night")),
        "stretch settings": lambda target: StretchSettingsStore(target).save(StretchSettings()),
    }


WRITERS = ["csv export", "pdf export", "m3u export", "backup", "settings", "stretch settings"]


@pytest.fixture
def predictable(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], list[str]]:
    """Make the unpredictable part of temporary names predictable, as an attacker would wish."""
    counter = itertools.count()
    monkeypatch.setattr("secrets.token_hex", lambda _n=None: f"{next(counter):016x}")
    return lambda n: [f"{i:016x}" for i in range(n)]


def _plant(folder: Path, name: str, tokens: list[str], victim: Path) -> list[Path]:
    """Links to ``victim`` at every temporary name a writer of ``name`` could use."""
    names = [f".{name}.partial", f".{name}.tmp"]  # what the writers used before
    names += [f".{name}.{token}.tmp" for token in tokens]  # what write_atomic would try first
    links = []
    for planted in names:
        link = folder / planted
        link.symlink_to(victim)
        links.append(link)
    return links


@pytest.mark.parametrize("writer", WRITERS)
def test_links_planted_at_every_temporary_name_are_never_followed(
    qapp, restore_signals, data_dir: Path, tmp_path: Path, predictable, writer: str
) -> None:
    _seed(data_dir)
    shared = tmp_path / "shared"  # a folder another local user can write in
    shared.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_bytes(PRECIOUS)
    victim.chmod(0o644)
    target = shared / {"csv export": "out.csv", "pdf export": "out.pdf"}.get(
        writer, "out.m3u8" if writer == "m3u export" else "out.data"
    )
    links = _plant(shared, target.name, predictable(8), victim)
    before = set(shared.iterdir())

    result = _writers(data_dir)[writer](target)

    assert result in (None, 0)
    assert victim.read_bytes() == PRECIOUS  # nothing written through a link
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert all(link.is_symlink() and link.resolve() == victim for link in links)
    assert target.is_file() and not target.is_symlink() and target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # health data: the user's alone
    assert set(shared.iterdir()) == before | {target}  # no temporary file left behind


def test_a_user_script_is_saved_the_same_way(data_dir: Path, tmp_path: Path, predictable):
    scripts = data_dir / "scripts"
    scripts.mkdir(parents=True)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(PRECIOUS)
    links = _plant(scripts, "evening.txt", predictable(8), victim)
    entry = save_user_script(data_dir, SCRIPT, load_library(data_dir))
    assert entry.path == scripts / "evening.txt"
    assert victim.read_bytes() == PRECIOUS and all(link.is_symlink() for link in links)
    assert stat.S_IMODE(entry.path.stat().st_mode) == 0o600
    assert entry.path.read_text() == SCRIPT


def test_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        SettingsStore(tmp_path / "settings.json").save(Preferences())
        write_csv(tmp_path / "out.csv", [])
    finally:
        os.umask(old)
    for name in ("settings.json", "out.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", ["csv", "pdf"])
def test_dash_is_standard_output(app_env, data_dir: Path, tmp_path: Path, kind: str) -> None:
    _seed(data_dir)
    done = subprocess.run(
        [sys.executable, "-m", "companion", "export", f"--{kind}", "-"],
        env=app_env, capture_output=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "-").exists()
    head = b"id,activity,item" if kind == "csv" else b"%PDF-"
    assert done.stdout.startswith(head)  # only the file on stdout: the summary is on stderr
    assert b"Wrote" in done.stderr


def test_backup_to_standard_output_is_a_whole_backup(app_env, data_dir: Path, tmp_path: Path):
    _seed(data_dir, 5)
    done = subprocess.run(
        [sys.executable, "-m", "companion", "backup", "-"],
        env=app_env, capture_output=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    copy = tmp_path / "piped.db"
    copy.write_bytes(done.stdout)
    from companion.services.history.backup import check_backup

    assert check_backup(copy).sessions == 5


def test_a_fifo_is_written_into_not_replaced(app_env, data_dir: Path, tmp_path: Path) -> None:
    _seed(data_dir)
    fifo = tmp_path / "to-the-printer.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    done = companion("export", "--csv", str(fifo), env=app_env)
    reader.join(10)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)  # still the FIFO
    assert got and got[0].startswith(b"id,activity,item") and got[0].count(b"\n") == 4


def test_a_link_to_dev_null_is_written_through(app_env, data_dir: Path, tmp_path: Path) -> None:
    _seed(data_dir)
    link = tmp_path / "discard.csv"
    link.symlink_to(os.devnull)
    done = companion("export", "--csv", str(link), env=app_env)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == os.devnull  # not replaced by a file
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_write_that_fails_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"the export of last week")

    def records():  # type: ignore[no-untyped-def]
        yield SessionRecord(Activity.BREATHING, "calm", _now(), 60.0)
        raise OSError(5, "Input/output error")  # the history failed half-way

    with pytest.raises(OSError):
        write_csv(target, records())
    assert target.read_bytes() == b"the export of last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_a_full_disk_leaves_the_old_export_and_says_so(
    app_env, data_dir: Path, tmp_path: Path
) -> None:
    _seed(data_dir, 50)
    with tmpfs(tmp_path / "stick", "64k") as stick:
        target = stick / "export.csv"
        target.write_bytes(b"the export of last week")
        fill(stick)
        done = companion("export", "--csv", str(target), env=app_env)
        assert done.returncode == 1
        line = one_line(done)
        assert "no room left on the disk" in line, line
        assert target.read_bytes() == b"the export of last week"
        assert sorted(p.name for p in stick.iterdir()) == ["export.csv", "filler"]
