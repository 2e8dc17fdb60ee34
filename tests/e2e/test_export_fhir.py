"""``companion export --fhir``, run as a user would, no window: the file validated by a real
FHIR model library, ``-`` for standard output, the same --since/--until, plain errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from companion.services.history.data import HistoryData
from companion.services.store import Store
from tests.helpers import care_sample, history_sample
from tests.helpers.fhir_checks import problems, validate


def companion(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        env=env,
        capture_output=True,
        timeout=120,
    )


def seed(isolated_dirs) -> None:
    store = Store.open(isolated_dirs["data"] / "companion" / "history.db")
    history = HistoryData(store)
    history_sample.fill(history)
    care_sample.fill(history)
    store.close()


def no_display(env: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}


def test_export_fhir_writes_a_valid_bundle_without_a_window(
    app_env, isolated_dirs, tmp_path: Path
) -> None:
    seed(isolated_dirs)
    out = tmp_path / "out.json"
    result = companion("export", "--fhir", str(out), env=no_display(app_env))
    assert result.returncode == 0, result.stderr
    line = result.stdout.decode().strip()
    assert line.startswith("Wrote a FHIR R4 Bundle of ") and line.endswith(f"to {out}")
    assert "(37 session(s))" in line
    validate(out.read_bytes())
    assert problems(json.loads(out.read_bytes())) == []
    assert (out.stat().st_mode & 0o777) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_export_fhir_to_standard_output_with_dates(app_env, isolated_dirs) -> None:
    seed(isolated_dirs)
    result = companion(
        "export", "--fhir", "-", "--since", "2026-11-01", "--until", "2026-11-23", env=app_env
    )
    assert result.returncode == 0, result.stderr
    bundle = json.loads(result.stdout)  # the Bundle alone on standard output
    validate(result.stdout)
    procedures = [e for e in bundle["entry"] if e["resource"]["resourceType"] == "Procedure"]
    assert len(procedures) == 15  # as the PDF of the same days
    starts = {e["resource"]["performedPeriod"]["start"][:10] for e in procedures}
    assert min(starts) >= "2026-11-01" and max(starts) <= "2026-11-23"
    assert b"Wrote a FHIR R4 Bundle" in result.stderr  # the one line goes to standard error


def test_export_fhir_of_an_empty_history_is_still_valid(app_env, tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    result = companion("export", "--fhir", str(out), env=app_env)
    assert result.returncode == 0, result.stderr
    bundle = json.loads(out.read_bytes())
    validate(out.read_bytes())
    kinds = [e["resource"]["resourceType"] for e in bundle["entry"]]
    assert kinds == ["Patient"] + ["Questionnaire"] * 4


def test_export_fhir_refuses_plainly_and_never_follows_a_link(app_env, tmp_path: Path) -> None:
    nowhere = companion("export", "--fhir", str(tmp_path / "no" / "x.json"), env=app_env)
    assert nowhere.returncode == 1
    assert nowhere.stderr.decode().startswith("companion: cannot write")
    assert len(nowhere.stderr.decode().strip().splitlines()) == 1
    folder = companion("export", "--fhir", str(tmp_path), env=app_env)
    assert folder.returncode == 1
    both = companion("export", "--fhir", "a.json", "--csv", "b.csv", env=app_env)
    assert both.returncode == 2
    kept = tmp_path / "precious.txt"
    kept.write_text("not to be touched")
    link = tmp_path / "out.json"
    os.symlink(kept, link)
    result = companion("export", "--fhir", str(link), env=app_env)
    assert result.returncode == 0, result.stderr
    assert kept.read_text() == "not to be touched"  # the link was replaced, not followed
    assert not link.is_symlink() and json.loads(link.read_bytes())["type"] == "collection"
