"""Companion opens no network socket, ever (ARCHITECTURE: "No network access, ever").

The app and its speech worker run as real processes through start-up, a breathing session,
listening and spoken imagery. Two witnesses:

* Python's audit hooks (``sys.addaudithook`` in a ``sitecustomize`` on PYTHONPATH, so the
  speech worker has it too) log every socket created, bound, connected or sent on, and
  every name lookup made from Python code;
* ``strace -f`` (where available) sees the same from C code: Qt, SDL, espeak-ng.

Allowed, and why: AF_UNIX sockets only. The app makes a ``socketpair`` so SIGTERM/SIGINT
wake Qt's event loop; Qt, fontconfig or SDL may talk to local daemons over AF_UNIX (X
server, D-Bus, PulseAudio) when a desktop provides them. Nothing may use AF_INET or
AF_INET6, bind or connect to a network address, or look up a host name.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.kit import children, sessions, wait_for

HOOK_DIR = Path(__file__).resolve().parent / "audit_hook"
LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"}
LOOKUPS |= {"socket.getnameinfo", "urllib.Request", "http.client.connect"}


def _run_activities(
    env: dict[str, str], db: Path, speech: Path, wrap: Callable[[str], list[str]] | None = None
) -> None:
    """Start-up and a finished breathing session; listening; imagery with speech.

    ``wrap(name)`` gives a command to run each one under (strace), or None.
    """

    def run(argv: list[str], until) -> None:  # type: ignore[no-untyped-def]
        prefix = wrap(argv[0]) if wrap else []
        proc = subprocess.Popen(
            [*prefix, sys.executable, "-m", "companion", *argv],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            wait_for(until, 60, " ".join(argv))
            # under strace the app is strace's child: that is the one to end
            for pid in children(proc.pid) if prefix else {proc.pid}:
                os.kill(pid, signal.SIGTERM)
            _out, err = proc.communicate(timeout=60)
        finally:
            proc.kill()
        assert proc.returncode == 0, err[-2000:]

    run(["breathe", "--pattern", "1-1", "--minutes", "0.02"], lambda: any(
        r["completed"] for r in sessions(db)
    ))  # fmt: skip
    run(["listen"], lambda: any(r["activity"] == "listening" for r in sessions(db)))
    run(["imagine", "short-calm"], lambda: speech.is_dir() and any(speech.glob("*.wav")))


def test_no_python_code_touches_the_network(app_env, isolated_dirs, tmp_path: Path) -> None:
    log = tmp_path / "audit.jsonl"
    env = {
        **app_env,
        "PYTHONPATH": os.pathsep.join([str(HOOK_DIR), app_env["PYTHONPATH"]]),
        "COMPANION_AUDIT_LOG": str(log),
    }
    db = isolated_dirs["data"] / "companion" / "history.db"
    speech = isolated_dirs["cache"] / "companion" / "speech"
    _run_activities(env, db, speech)

    entries = [json.loads(line) for line in log.read_text().splitlines()]
    # The witness works: the app's own signal socketpair is seen, and so is the worker.
    assert any(e["event"] == "socket.__new__" for e in entries), entries
    assert any("--worker" in e["argv"] for e in entries) or speech.is_dir()
    network = [
        e
        for e in entries
        if e["event"] in LOOKUPS or e.get("family", socket.AF_UNIX) != socket.AF_UNIX
    ]
    assert network == []


def test_the_audit_hook_would_see_a_connection(tmp_path: Path) -> None:
    """The witness itself: a process that does reach for the network is caught."""
    log = tmp_path / "audit.jsonl"
    code = "import socket; s = socket.socket(); s.settimeout(0.01)\ntry: s.connect(('192.0.2.1', 9))\nexcept OSError: pass"  # noqa: E501
    env = {**os.environ, "PYTHONPATH": str(HOOK_DIR), "COMPANION_AUDIT_LOG": str(log)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=30)
    events = [json.loads(line) for line in log.read_text().splitlines()]
    assert {"event": "socket.connect", "family": int(socket.AF_INET)}.items() <= events[-1].items()


SOCKET_CALL = re.compile(
    r"\b(socket|socketpair|connect|bind|sendto|sendmsg)\((\d+, )?\{?(sa_family=)?(AF_\w+)"
)


@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace")
def test_no_native_code_touches_the_network(app_env, isolated_dirs, tmp_path: Path) -> None:
    trace = tmp_path / "trace"
    probe = subprocess.run(
        ["strace", "-f", "-o", os.devnull, "true"], capture_output=True, timeout=30
    )
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here: {probe.stderr.decode()[-200:]}")
    calls = "trace=socket,socketpair,connect,bind,sendto,sendmsg"
    wrap = lambda name: ["strace", "-f", "-qq", "-e", calls, "-o", f"{trace}-{name}"]  # noqa: E731
    db = isolated_dirs["data"] / "companion" / "history.db"
    speech = isolated_dirs["cache"] / "companion" / "speech"
    _run_activities(app_env, db, speech, wrap)
    names = ("breathe", "listen", "imagine")
    traces = {name: Path(f"{trace}-{name}").read_text() for name in names}
    for name, text in traces.items():
        assert "socketpair(AF_UNIX" in text, name  # the witness sees the app's signal pipe
        families = {m.group(4) for m in map(SOCKET_CALL.search, text.splitlines()) if m}
        assert families <= {"AF_UNIX"}, (name, text[-3000:])


TELEMETRY_WAIT_S = 13.0  # onnxruntime's telemetry thread first reaches out ~9.7 s after start


def _traced_families(cmd: list[str], env: dict[str, str], trace: Path, feed=None) -> set[str]:  # type: ignore[no-untyped-def]
    calls = "trace=socket,socketpair,connect,bind,sendto,sendmsg"
    proc = subprocess.Popen(
        ["strace", "-f", "-qq", "-e", calls, "-o", str(trace), *cmd],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        start_new_session=True,  # strace and what it traces, ended together below
    )  # fmt: skip
    try:
        if feed is not None:
            feed(proc)
        time.sleep(TELEMETRY_WAIT_S)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    lines = trace.read_text().splitlines()
    return {m.group(4) for m in map(SOCKET_CALL.search, lines) if m}


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace")
def test_the_natural_voice_sends_no_telemetry(app_env, tmp_path: Path) -> None:
    """onnxruntime (>= 1.29) reports usage from Linux unless told not to before it loads;
    the speech worker tells it. Loaded, speaking and then idle past the moment its telemetry
    would go out, the worker opens no network socket and leaves no telemetry files."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**app_env, "HOME": str(home)}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    wav = tmp_path / "line.wav"
    voice = "piper:en_US-joe-medium"

    def speak(proc: subprocess.Popen) -> None:
        assert proc.stdin is not None and proc.stdout is not None
        assert json.loads(proc.stdout.readline())["ok"]
        request = {"id": 1, "text": "Breathe in.", "rate": 140, "path": str(wav), "voice": voice}
        proc.stdin.write(json.dumps(request) + "\n")
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline()) == {"id": 1, "ok": True}

    worker = [sys.executable, "-m", "companion.services.speech.worker", "--worker"]
    families = _traced_families([*worker, "--preload", voice], env, tmp_path / "w", speak)
    assert wav.stat().st_size > 10_000  # it did speak with the natural voice
    assert families <= {"AF_UNIX"}, families
    assert not (home / ".cache" / "Microsoft").exists()


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("strace"), reason="needs strace")
def test_the_telemetry_witness_sees_onnxruntime_left_alone(app_env, tmp_path: Path) -> None:
    """Why the worker sets ORT_DISABLE_TELEMETRY: without it, onnxruntime reaches out."""
    home = tmp_path / "home"
    home.mkdir()
    env = {**app_env, "HOME": str(home)}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    code = "import onnxruntime, time; time.sleep(60)"
    families = _traced_families([sys.executable, "-c", code], env, tmp_path / "o")
    if families <= {"AF_UNIX"} and not (home / ".cache" / "Microsoft").exists():
        pytest.skip("this onnxruntime sends no telemetry (older than 1.29?)")
    assert families - {"AF_UNIX"} or (home / ".cache" / "Microsoft").exists()
