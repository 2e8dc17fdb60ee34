"""SIGKILL in the middle of each activity: the partial session is kept, the database is whole,
and the next start is an ordinary one.

Each activity that the command line can start runs as a real process (offscreen Qt, SDL's
dummy driver, its own XDG folders). Once its session row has been checkpointed the process
is killed part-way through the next checkpoint interval, the worst moment to lose it.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from companion.sessions.recorder import CHECKPOINT_MS
from companion.ui.shell.window import MainWindow
from tests.faults.kit import children, run_app, sessions, start, wait_for

CHECKPOINT_S = CHECKPOINT_MS / 1000
POLL_SLACK_S = 0.5  # how late this test may notice a row, and a loaded machine's timer lag

CASES = [
    (["breathe", "--minutes", "0"], "breathing", "calm"),
    (["listen"], "listening", "Calm"),
    (["imagine", "short-calm"], "visualization", "short-calm"),
    (["stretch", "shoulder-rolls"], "stretch", "shoulder-rolls"),
]


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize(("argv", "activity", "item"), CASES, ids=[c[0][0] for c in CASES])
def test_sigkill_mid_session_keeps_it_and_the_next_start_is_normal(
    app_env, data_dir, config_dir, qapp, restore_signals, argv, activity, item
) -> None:
    db = data_dir / "history.db"
    config_dir.mkdir(parents=True)  # not a first run: the next start opens at home
    (config_dir / "settings.json").write_text('{"welcome_done": true}')
    proc = start(*argv, env=app_env)
    try:
        wait_for(lambda: sessions(db), what="the session row")
        began = time.monotonic()  # the row is written when the session begins
        wait_for(lambda: sessions(db)[0]["duration_s"] > 0, what="the first checkpoint")
        time.sleep(CHECKPOINT_S / 2)  # die half-way to the next checkpoint
        helpers = children(proc.pid) if Path("/proc").is_dir() else set()
        proc.kill()
        lived = time.monotonic() - began
        proc.wait(timeout=30)
    finally:
        proc.kill()
        _out, err = proc.communicate(timeout=30)
    assert proc.returncode == -9, err[-2000:]

    [row] = sessions(db)
    assert (row["activity"], row["item"], row["completed"]) == (activity, item, 0)
    assert lived - CHECKPOINT_S - POLL_SLACK_S <= row["duration_s"] <= lived + POLL_SLACK_S
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    # Helpers (the speech worker) notice their parent is gone and leave: no orphan keeps
    # espeak loaded or a file open.
    wait_for(lambda: not any(_alive(pid) for pid in helpers), 15, "helpers to exit")

    # The next start: the same folders, in this process; nothing to repair, nothing lost.
    seen: dict[str, object] = {}

    def inspect(window: MainWindow) -> None:
        seen["notices"] = list(window.notices.messages)
        seen["page"] = window.current() is window.home

    assert run_app([], inspect) == 0
    assert seen == {"notices": [], "page": True}
    [again] = sessions(db)
    assert dict(again) == dict(row)
    assert not list(data_dir.glob("history.db.*-*")), "nothing may be set aside"
    assert os.stat(db).st_mode & 0o777 == 0o600
