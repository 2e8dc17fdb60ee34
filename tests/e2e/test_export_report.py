"""``companion export --pdf`` and ``--csv`` with ratings, run as a user would, no window."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from companion.services.history.data import HistoryData
from companion.services.store import Store
from tests.helpers import history_sample


def companion(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def seed(isolated_dirs) -> None:
    store = Store.open(isolated_dirs["data"] / "companion" / "history.db")
    history_sample.fill(HistoryData(store))
    store.close()


def test_export_pdf_with_dates(app_env, isolated_dirs, tmp_path: Path) -> None:
    seed(isolated_dirs)
    out = tmp_path / "report.pdf"
    env = {k: v for k, v in app_env.items() if k != "QT_QPA_PLATFORM"}  # needs no display
    result = companion(
        "export", "--pdf", str(out), "--since", "2026-11-01", "--until", "2026-11-23", env=env
    )
    assert result.returncode == 0, result.stderr
    assert "report of 15 session(s)" in result.stdout
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Period: 1 Nov 2026 to 23 Nov 2026" in text and "15 sessions" in text
    assert (out.stat().st_mode & 0o777) == 0o600


def test_export_csv_has_the_ratings(app_env, isolated_dirs, tmp_path: Path) -> None:
    seed(isolated_dirs)
    out = tmp_path / "h.csv"
    result = companion("export", "--csv", str(out), "--until", "2026-10-31", env=app_env)
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 22 and rows[0]["started_at"] < rows[-1]["started_at"]
    rated = [r for r in rows if r["ratings_after"]]
    assert rated and rated[0]["ratings_before"] == "anxiety=7; shortness_of_breath=5"
    names = {(r["activity"], r["activity_name"]) for r in rows}
    assert names == {("breathing", "Breathing"), ("listening", "Listening")}  # as the app says


def test_export_needs_exactly_one_target_and_sane_dates(app_env, tmp_path: Path) -> None:
    both = companion("export", "--csv", "a.csv", "--pdf", "b.pdf", env=app_env)
    assert both.returncode == 2
    backwards = companion(
        "export", "--pdf", str(tmp_path / "r.pdf"), "--since", "2026-02-01",
        "--until", "2026-01-01", env=app_env,
    )  # fmt: skip
    assert backwards.returncode == 2 and "after" in backwards.stderr
    nowhere = companion("export", "--pdf", str(tmp_path / "no" / "r.pdf"), env=app_env)
    assert nowhere.returncode == 1 and nowhere.stderr.startswith("companion: cannot write")
