"""The command line, run as a user would: real processes, real database, real signals."""

from __future__ import annotations

import csv
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion import __version__
from companion.sessions.recorder import ACCIDENTAL_S


def companion(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start(*args: str, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "companion", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def rows(db: Path) -> list[sqlite3.Row]:
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []  # not created yet
    finally:
        conn.close()


def wait_for(predicate, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.1)


@pytest.fixture
def db(isolated_dirs) -> Path:
    return isolated_dirs["data"] / "companion" / "history.db"


def test_version_and_help(app_env) -> None:
    assert companion("--version", env=app_env).stdout.strip() == f"companion {__version__}"
    helptext = companion("--help", env=app_env).stdout
    for command in ("breathe", "history", "export", "--switch-access"):
        assert command in helptext
    assert "--switch-access" in companion("breathe", "--help", env=app_env).stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["breathe", "--pattern", "6-4"], "out-breath"),
        (["breathe", "--pattern", "slow"], "not a pattern"),
        (["breathe", "--minutes", "-1"], "positive"),
        (["export", "--csv", "x.csv", "--since", "yesterday"], "not a date"),
        (["meditate", "--bell", "gong"], "no bell called 'gong'"),
        (["meditate", "--minutes", "-5"], "--minutes takes 0 (open-ended) to 600"),
        (["meditate", "--minutes", "nan"], "--minutes takes"),
        (["meditate", "--interval", "0.1"], "--interval takes 0 (no bells in between) or 0.25"),
        (["meditate", "--minutes", "ten"], "invalid float value"),
    ],
)
def test_bad_arguments_give_one_line_and_a_non_zero_exit(app_env, args, message) -> None:
    result = companion(*args, env=app_env)
    assert result.returncode == 2
    assert message in result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize("access", [(), ("--switch-access",)], ids=["", "switch-access"])
def test_a_short_session_completes_and_sigterm_exits_cleanly(app_env, db, access) -> None:
    proc = start(*access, "breathe", "--pattern", "1-1", "--minutes", "0.02", env=app_env)
    try:
        wait_for(lambda: any(r["completed"] for r in rows(db)))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.kill()
    [row] = rows(db)
    assert row["activity"] == "breathing" and row["item"] == "1-1"
    assert row["completed"] == 1 and row["duration_s"] == pytest.approx(2.0, abs=0.05)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_session_saves_it_as_partial(app_env, db, sig) -> None:
    proc = start("breathe", env=app_env)
    try:
        wait_for(lambda: bool(rows(db)))
        began = time.monotonic()
        time.sleep(2.0)
        proc.send_signal(sig)
        assert proc.wait(timeout=30) == 0
        lived = time.monotonic() - began
    finally:
        proc.kill()
    [row] = rows(db)
    assert row["completed"] == 0 and row["planned_s"] == 180
    assert 1.5 <= row["duration_s"] <= lived + 0.5


def test_sigkill_loses_at_most_five_seconds(app_env, db) -> None:
    proc = start("breathe", "--minutes", "0", env=app_env)
    try:
        wait_for(lambda: bool(rows(db)))
        began = time.monotonic()
        time.sleep(8.0)
        proc.kill()
        proc.wait(timeout=30)
        lived = time.monotonic() - began
    finally:
        proc.kill()
    [row] = rows(db)
    assert row["completed"] == 0 and row["planned_s"] is None
    assert lived - 5.0 <= row["duration_s"] <= lived
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_export_csv_writes_the_sessions(app_env, db, tmp_path: Path) -> None:
    proc = start("breathe", "--pattern", "1-1", "--minutes", "0.02", env=app_env)
    try:
        wait_for(lambda: any(r["completed"] for r in rows(db)))
        proc.terminate()
        proc.wait(timeout=30)
    finally:
        proc.kill()
    out = tmp_path / "history.csv"
    result = companion("export", "--csv", str(out), env=app_env)
    assert result.returncode == 0 and "1 session" in result.stdout
    with out.open(encoding="utf-8") as handle:
        [record] = list(csv.DictReader(handle))
    assert record["activity"] == "breathing" and record["completed"] == "true"
    assert record["started_at"][10] == "T" and record["started_at"][-6] in "+-"
    assert (out.stat().st_mode & 0o777) == 0o600
    later = companion("export", "--csv", str(out), "--since", "2999-01-01", env=app_env)
    assert later.returncode == 0 and "0 session" in later.stdout
    assert out.read_text(encoding="utf-8").splitlines()[0].startswith("id,activity,item")


@pytest.mark.parametrize("kind", ["--csv", "--fhir", "--pdf"])
def test_export_reads_a_history_with_text_that_is_not_utf8(
    app_env, db, tmp_path: Path, kind: str
) -> None:
    """Damage, or another program, left bytes that are not UTF-8 in a note: the export
    still comes out (as the window's does), the odd session counted, not a failure."""
    assert companion("export", "--csv", str(tmp_path / "first.csv"), env=app_env).returncode == 0
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute(
            "INSERT INTO sessions (activity, item, started_at, started_ts, duration_s,"
            " planned_s, completed, who, note, updated_at) VALUES ('breathing', 'calm',"
            " '2026-11-20T10:00:00+00:00', 1795168800, 180, 180, 1, NULL, CAST(? AS TEXT),"
            " '2026-11-20T10:03:00+00:00')",
            (b"slept \xff\xfe well",),
        )
    finally:
        conn.close()
    out = tmp_path / f"out{kind.replace('-', '.')}"
    result = companion("export", kind, str(out), env=app_env)
    assert result.returncode == 0, result.stderr
    assert "cannot read" not in result.stderr
    assert out.stat().st_size > 0
    if kind == "--csv":
        text = out.read_text(encoding="utf-8")
        assert "slept \ufffd\ufffd well" in text


def test_export_to_an_unwritable_place_fails_plainly(app_env, tmp_path: Path) -> None:
    result = companion("export", "--csv", str(tmp_path / "no" / "such" / "dir.csv"), env=app_env)
    assert result.returncode == 1
    assert result.stderr.strip().startswith("companion: cannot write")


def test_history_opens_and_closes_cleanly(app_env) -> None:
    proc = start("history", env=app_env)
    try:
        time.sleep(2.0)
        assert proc.poll() is None  # still running: the window is open
        proc.terminate()
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()


def test_stretch_list_prints_routines_then_movements(app_env) -> None:
    result = companion("stretch", "--list", env=app_env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[:3] == [
        "hands-2min  2-minute hands and wrists",
        "whole-body-5min  5-minute gentle whole body",
        "in-bed  In-bed routine",
    ]
    assert "wrist-circles  Wrist circles" in lines and len(lines) >= 3 + 12
    bad = companion("stretch", "cartwheels", env=app_env)
    assert bad.returncode == 2 and "cartwheels" in bad.stderr.strip().splitlines()[-1]


def test_stretch_id_opens_it_and_records_it(app_env, db) -> None:
    proc = start("stretch", "shoulder-rolls", env=app_env)
    try:
        wait_for(lambda: bool(rows(db)))
        time.sleep(ACCIDENTAL_S + 1.0)  # a session stopped sooner is not kept
        proc.terminate()
        assert proc.wait(timeout=30) == 0
    finally:
        proc.kill()
    [row] = rows(db)
    assert (row["activity"], row["item"], row["completed"]) == ("stretch", "shoulder-rolls", 0)


VOICE_ROW = re.compile(r"^([* ]) (\S+)  (piper|espeak-ng)  (\S+)  (\S.*)$")


def test_voices_list_marks_the_natural_english_default(app_env, isolated_dirs) -> None:
    """`companion voices --list`: `ID  ENGINE  LANGUAGE  NAME`, `*` first on the default's
    line; a voice the user added is listed too."""
    from companion.services.speech.voices import bundled_voice_files

    joe = bundled_voice_files()[0]
    mine = isolated_dirs["data"] / "companion" / "voices"
    mine.mkdir(parents=True)
    (mine / "en_GB-gran-low.onnx").symlink_to(joe.model)
    (mine / "en_GB-gran-low.onnx.json").write_bytes(joe.config.read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "companion", "voices", "--list"],
        env=app_env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = [VOICE_ROW.match(line) for line in done.stdout.splitlines()]
    assert rows and all(rows), done.stdout
    marked = [r for r in rows if r and r.group(1) == "*"]
    assert len(marked) == 1
    assert marked[0].group(2, 3, 4) == ("piper:en_US-joe-medium", "piper", "en-US")
    ids = {r.group(2): r for r in rows if r}
    assert ids["piper:en_GB-gran-low"].group(3) == "piper"
    assert ids["gmw/en"].group(3, 4) == ("espeak-ng", "en-gb")
    assert "gmw/en-shaw" not in ids  # another script's voice is not offered
