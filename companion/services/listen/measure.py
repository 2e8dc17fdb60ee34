"""Measuring a track: its tags when they say how loud it is, else one decoding.

``measure_track`` is the whole job; :class:`WorkerMeasurer` runs it in a separate, low
priority process (``python -m companion.services.listen.measure_worker``), one track at a
time, so decoding never competes with the window or the sound for the GIL and a crash in a
codec cannot take the app down. :class:`InProcessMeasurer` runs it where it is called (tests
and tools, on a worker thread). Both are safe to call from any thread, and block.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any, Protocol

from companion.core.listen.levels import Energy, Source, TrackLevel
from companion.services.audio.music_file import AnalysisError, check_file, open_track

log = logging.getLogger(__name__)

WORKER_MODULE = "companion.services.listen.measure_worker"
START_TIMEOUT_S = 30.0
BASE_TIMEOUT_S = 60.0  # per track, plus...
TIMEOUT_PER_MB_S = 2.0  # ...this much per megabyte of file
_PACKAGE_ROOT = Path(__file__).resolve().parents[3]


class MeasureUnavailable(Exception):
    """The measuring could not be done now (the worker failed or took too long); try again
    another time. Files that cannot be decoded are not this: they get a failed level."""


class Measurer(Protocol):
    """Measures one track at a time (blocking); safe to call from a worker thread."""

    def measure(self, path: Path, energy: bool = False) -> TrackLevel:
        """The track's level; raises :class:`AnalysisError` (``missing``, ``not-a-file``)
        for a file that is not there, :class:`MeasureUnavailable` when it cannot be done."""
        ...

    def close(self) -> None:
        """Release what it holds (a worker process)."""
        ...


def measure_track(path: Path, energy: bool = False) -> TrackLevel:
    """A tag's loudness if the file has one (and ``energy`` is not wanted), else decode.

    The file is opened once (its type and size checked on the open file) for the tags and
    the decoding. Undecodable files give a level with :attr:`Source.FAILED` (kept, so they
    are not decoded again); a file that is missing or not a regular file raises
    AnalysisError.
    """
    # here, not at the top: numpy and mutagen are the measuring worker's, not the window's
    from companion.services.audio.analysis import analyse_file
    from companion.services.listen.gain_tags import tagged_level

    tagged = None
    try:
        with open_track(path) as file:
            tagged = tagged_level(path, file)
            if tagged is not None and not energy:
                return tagged
            analysis = analyse_file(path, energy=True, file=file)
    except AnalysisError as exc:
        if exc.kind != "undecodable":
            raise
        log.info("cannot measure %s: %s", path.name, exc)
        return tagged or TrackLevel(math.nan, None, Source.FAILED)
    if tagged is not None:
        peak = tagged.peak if tagged.peak is not None else analysis.peak
        return TrackLevel(tagged.lufs, peak, Source.TAG, analysis.energy)
    return TrackLevel(analysis.lufs, analysis.peak, Source.MEASURED, analysis.energy)


def level_to_json(level: TrackLevel) -> dict[str, Any]:
    """A level as JSON-ready data (infinities and NaN as null)."""

    def num(value: float | None) -> float | None:
        return value if value is not None and math.isfinite(value) else None

    energy = level.energy
    return {
        "lufs": num(level.lufs),
        "silent": level.lufs == -math.inf,
        "peak": num(level.peak),
        "source": level.source,
        "energy": None if energy is None else [energy.onsets_per_s, energy.brightness_hz],
    }


def level_from_json(data: dict[str, Any]) -> TrackLevel:
    """The inverse of :func:`level_to_json`."""
    lufs = data.get("lufs")
    value = float(lufs) if lufs is not None else (-math.inf if data.get("silent") else math.nan)
    energy = data.get("energy")
    return TrackLevel(
        value,
        float(data["peak"]) if data.get("peak") is not None else None,
        str(data.get("source", Source.MEASURED)),
        Energy(float(energy[0]), float(energy[1])) if energy else None,
    )


class InProcessMeasurer:
    """Measures in the calling thread (tests, tools)."""

    def measure(self, path: Path, energy: bool = False) -> TrackLevel:
        return measure_track(path, energy)

    def close(self) -> None:
        return None


class WorkerMeasurer:
    """Measures in one long-lived worker process at low priority; a request that takes too
    long kills it, and the next request starts a fresh one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._replies: queue.Queue[dict[str, Any]] = queue.Queue()
        self._next_id = 0
        self._closed = False
        self.started = 0  # worker processes started (for tests and the benchmark)

    def measure(self, path: Path, energy: bool = False) -> TrackLevel:
        size = check_file(path)
        timeout = BASE_TIMEOUT_S + TIMEOUT_PER_MB_S * size / 1e6
        with self._lock:
            if self._closed:
                raise MeasureUnavailable("closed")
            self._ensure_worker()
            self._next_id += 1
            request = {"id": self._next_id, "path": str(path), "energy": energy}
            reply = self._request(request, timeout)
        if reply.get("ok"):
            return level_from_json(reply["level"])
        kind = str(reply.get("kind", "undecodable"))
        if kind in ("missing", "not-a-file", "too-large"):
            raise AnalysisError(kind, str(path))
        raise MeasureUnavailable(str(reply.get("error", kind)))

    def close(self) -> None:
        self._closed = True
        if not self._lock.acquire(timeout=1.0):
            proc = self._proc  # a measurement runs: end it; its thread sees the worker die
            if proc is not None:
                proc.kill()
            return
        try:
            self._stop(graceful=True)
        finally:
            self._lock.release()

    # -- the process (called with the lock held) -------------------------------------

    def _ensure_worker(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        self._stop(graceful=False)
        path = os.pathsep.join(filter(None, [str(_PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))
        # One core a worker: numpy's BLAS would otherwise start a thread a core for its
        # products and take the core the window needs.
        env = {**os.environ, "PYTHONPATH": path, "OPENBLAS_NUM_THREADS": "1"}
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", WORKER_MODULE], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8",
                bufsize=1, cwd=_PACKAGE_ROOT, env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )  # fmt: skip
        except OSError as exc:
            raise MeasureUnavailable(f"cannot start the worker: {exc}") from exc
        self._proc, self._replies = proc, queue.Queue()
        self.started += 1
        threading.Thread(
            target=_read_lines, args=(proc.stdout, self._replies), name="measure-reader",
            daemon=True,
        ).start()  # fmt: skip
        try:
            hello = self._replies.get(timeout=START_TIMEOUT_S)
        except queue.Empty:
            hello = {"ok": False, "error": "no greeting in time"}
        if not hello.get("ok"):
            self._stop(graceful=False)
            raise MeasureUnavailable(str(hello.get("error", "the worker did not start")))

    def _request(self, request: dict[str, Any], timeout: float) -> dict[str, Any]:
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        deadline = time.monotonic() + timeout
        try:
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            while True:
                reply = self._replies.get(timeout=max(0.0, deadline - time.monotonic()))
                if reply.get("dead") or reply.get("id") == request["id"]:
                    break
        except queue.Empty:
            log.warning("measuring %s took over %.0f s: stopping it", request["path"], timeout)
            self._stop(graceful=False)
            raise MeasureUnavailable("too slow") from None
        except OSError as exc:
            reply = {"dead": True, "error": str(exc)}
        if reply.get("dead"):
            self._stop(graceful=False)
            raise MeasureUnavailable(str(reply.get("error", "the worker died")))
        return reply

    def _stop(self, *, graceful: bool) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if graceful and proc.poll() is None and proc.stdin is not None:
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                proc.stdin.write('{"op": "quit"}\n')
                proc.stdin.flush()
                proc.wait(timeout=1.0)
        if proc.poll() is None:
            proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5.0)
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()


def _read_lines(stream: IO[str], replies: queue.Queue[dict[str, Any]]) -> None:
    """Reader thread: the worker's lines into ``replies``, then word of its end."""
    with stream:
        for line in stream:
            with contextlib.suppress(ValueError):
                message = json.loads(line)
                if isinstance(message, dict):
                    replies.put(message)
    replies.put({"dead": True, "error": "the worker exited"})
