"""Files the person asked for (exports) are written safely: through a new temporary file beside
the target (created exclusively, never through a link), owner-only, renamed in one step."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from companion.core.sessions import Activity, SessionRecord
from companion.services.history.exports import write_csv
from companion.services.paths import private_file


def test_the_file_is_owner_only_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    with private_file(target) as handle:
        handle.write(b"%PDF-1.4 ...")
    assert target.read_bytes() == b"%PDF-1.4 ..."
    assert (target.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_a_link_at_the_old_temporary_name_is_not_followed(tmp_path: Path) -> None:
    """The temporary file used to be ``.NAME.partial``: a link planted there wrote elsewhere."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (tmp_path / ".out.csv.partial").symlink_to(victim)
    started = datetime(2026, 11, 23, 9).astimezone()
    write_csv(tmp_path / "out.csv", [SessionRecord(Activity.BREATHING, "calm", started, 60)])
    assert victim.read_text() == "keep me"
    assert "breathing" in (tmp_path / "out.csv").read_text()


def test_a_link_at_the_target_is_replaced_not_written_through(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out.csv"
    target.symlink_to(victim)
    with private_file(target) as handle:
        handle.write(b"new")
    assert victim.read_text() == "keep me"
    assert not target.is_symlink() and target.read_bytes() == b"new"


def test_a_failure_leaves_the_old_file_and_no_leftovers(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), private_file(target) as handle:
        handle.write(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
