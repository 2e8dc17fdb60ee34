"""``companion breathless`` as a person (or a carer at 3 a.m.) runs it: a real process, the
real database; then the episode in ``companion export --csv`` and ``--pdf``."""

from __future__ import annotations

import csv
import signal
import time
from pathlib import Path

from pypdf import PdfReader

from companion.sessions.recorder import ACCIDENTAL_S
from tests.e2e.test_cli import companion, rows, start, wait_for


def test_breathless_records_an_episode_that_the_exports_show(
    app_env, isolated_dirs, tmp_path: Path
) -> None:
    db = isolated_dirs["data"] / "companion" / "history.db"
    assert "breathless" in companion("--help", env=app_env).stdout
    proc = start("breathless", env=app_env)
    try:
        wait_for(lambda: bool(rows(db)))  # the record starts with the first step
        time.sleep(ACCIDENTAL_S + 1.0)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, proc.stderr.read() if proc.stderr else ""
    finally:
        proc.kill()
    [row] = rows(db)
    assert (row["activity"], row["item"], row["completed"]) == ("breathless", "episode", 0)
    assert row["planned_s"] is None and row["duration_s"] >= ACCIDENTAL_S
    out = tmp_path / "history.csv"
    result = companion("export", "--csv", str(out), env=app_env)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as handle:
        [record] = list(csv.DictReader(handle))
    assert record["activity"] == "breathless" and record["completed"] == "false"
    pdf = tmp_path / "report.pdf"
    env = {k: v for k, v in app_env.items() if k != "QT_QPA_PLATFORM"}  # needs no display
    result = companion("export", "--pdf", str(pdf), env=env)
    assert result.returncode == 0, result.stderr
    assert "report of 0 session(s) and 1 breathlessness episode(s)" in result.stdout
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Breathless now: episodes of breathlessness" in text
    assert "Episodes in this period: 1" in text and "Time of day:" in text
