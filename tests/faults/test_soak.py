"""The soak benchmark's simulation, one simulated hour instead of eight (a few seconds).

Meaningful as a test for two reasons: it proves the simulation really drives the app (every
phase of the hour, a checkpoint every 3 s that keeps the saved duration on the clock, the
sleep timer ending each listening session), so the 8-hour figures in ``make bench`` mean
something; and it bounds Python memory growth from the 30-minute mark to the hour, which
a leak per phase, per frame or per checkpoint would exceed many times over (one 100-byte
object per checkpoint alone would be 60 KB).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_soak.py"
LEAK_BOUND_KB = 200  # seen: 20-60 KB of caches filling in the first hours, then flat


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_soak", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_soak"] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_an_hour_of_breathing_is_paced_saved_and_flat(bench, qapp, tmp_path: Path) -> None:
    result = bench.soak_breathing(1.0, tmp_path)
    assert result.events == 3600 / 10 * 2  # 4-6: an in- and an out-breath every 10 s
    assert result.checkpoints == 3600 / 3
    assert result.checks["saved_s"] == pytest.approx(3600, abs=0.05)
    assert result.checks["frames"] == 3600 / 10
    assert result.growth_kb < LEAK_BOUND_KB, result.top_growth


def test_an_hour_of_listening_with_a_sleep_timer_is_saved_and_flat(
    bench, qapp, tmp_path: Path
) -> None:
    result = bench.soak_player(1.0, tmp_path, sleep_minutes=25)
    assert result.checks["sleeps"] == 3  # each 25-minute timer faded the music out on time
    assert result.checks["completed"] == 2  # the third is still playing when the hour ends
    assert result.sessions == 3 and result.checks["listened_s"] == pytest.approx(3600, abs=1)
    assert result.events > 3  # the play order moved on through tracks
    assert result.growth_kb < LEAK_BOUND_KB, result.top_growth
