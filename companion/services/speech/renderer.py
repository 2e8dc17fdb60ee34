"""The speech service's client: text to cached WAV files, rendered in a worker process.

One long-lived worker process owns the engine (espeak-ng initialises once per process and
can hang). The app talks to it over pipes, one JSON object per line; a request that takes
longer than ``timeout_s`` kills the worker and the next request starts a fresh one. Finished
WAVs (brought to the voice's loudness by the worker, ``services/audio/levelling.py``) are
renamed atomically into ``<cache_dir>/speech/`` (0700, files 0600) under a hash of text, voice, rate
and engine version, so a line is rendered once.

pyttsx3 2.99 with espeak: the first ``runAndWait`` returns after ~10 ms, before the WAV
exists (espeak synthesises on its own thread), and ``runAndWait`` cancels queued espeak
commands (such as a rate change) if espeak is still busy when it starts. So the worker warms
the engine up once, waits for espeak to go idle before each utterance, and waits for
pyttsx3's ``finished-utterance`` before it reports success.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
import uuid
import wave
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from companion.services.paths import PRIVATE_FILE, private_dir

log = logging.getLogger(__name__)

WORKER_MODULE = "companion.services.speech.worker"
CACHE_FORMAT = 2  # bump when the pipeline changes what a cached file contains
MIN_RATE_WPM = 80
MAX_RATE_WPM = 400
MAX_FAILURES = 3  # timeouts or crashes in a row before speech is switched off
_PACKAGE_ROOT = Path(__file__).resolve().parents[3]
_STALE_TMP_S = 600.0
# About four minutes of speech. Longer text is refused at once: sent to the engine it would
# run into the timeout, cost the worker its life and count towards switching speech off.
MAX_UTTERANCE_CHARS = 4000
_SUFFIX = ".aiff" if sys.platform == "darwin" else ".wav"  # Apple's driver writes AIFF

# Plain sentences for the user (English source text; the UI may translate them).
NO_ENGINE = "Spoken guidance is not available: no speech engine was found on this computer."
ENGINE_FAILED = "Spoken guidance is not available: the speech engine could not start."
ENGINE_SILENT = "Spoken guidance is not available: the speech engine did not respond."
KEPT_FAILING = "Spoken guidance has been switched off because the speech engine kept failing."
TOO_SLOW = "Speaking took too long and was stopped. Please try again."
NOT_SPOKEN = "This passage could not be turned into speech."
TOO_LONG = "This passage is too long to be spoken in one piece; it is shown as words instead."
NO_ROOM = "Spoken guidance is not available: the speech files cannot be stored."
CLOSED = "Spoken guidance has been switched off."


class SpeechUnavailable(Exception):
    """Speech cannot be produced; the message is a plain sentence for the user."""


@dataclass(frozen=True)
class Voice:
    """A voice the engine offers."""

    id: str
    name: str
    languages: tuple[str, ...]


def _lang(tag: str) -> str:
    """Normalise a language tag for comparison (``en_GB`` → ``en-gb``)."""
    return tag.strip().lower().replace("_", "-")


def _in_latin_script(tag: str) -> bool:
    """Whether a language tag names no script, or the Latin one ("en-Shaw" names Shavian)."""
    parts = _lang(tag).split("-")
    scripts = [p for p in parts[1:] if len(p) == 4 and p.isalpha()]
    return all(p == "latn" for p in scripts)


def voices_for(voices: Iterable[Voice], language: str | None = None) -> list[Voice]:
    """The voices for ``language`` (``en`` matches ``en-gb``; None: all) that read our texts,
    which are written in the Latin alphabet: a voice for another script (espeak-ng's "English
    (Shavian)") would read them letter by letter."""
    want = _lang(language or "")
    found = []
    for voice in voices:
        tags = [t for t in voice.languages if _in_latin_script(t)]
        if not tags and voice.languages:
            continue
        if not want or any(_lang(t) == want or _lang(t).startswith(want + "-") for t in tags):
            found.append(voice)
    return found


class SpeechRenderer:
    """Renders text to WAV files through the worker process; safe to call from any thread."""

    def __init__(
        self, cache_dir: Path, timeout_s: float = 15.0, *, library: str | None = None
    ) -> None:
        """Prepare (not start) a renderer; ``library`` forces a particular libespeak-ng."""
        self._root = Path(cache_dir)
        self._dir = self._root / "speech"
        self._timeout = timeout_s
        self._library = library
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._replies: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader: threading.Thread | None = None
        self._engine: str | None = None  # engine identity, known once a worker has started
        self._voices: tuple[Voice, ...] = ()
        self._reason = ""  # set when speech is off for good
        self._failures = self._renders = self._next_id = 0
        self._dir_ready = self._closed = False
        self._debug_delay_s = 0.0  # test hook: the worker sleeps this long before rendering

    def render(self, text: str, *, voice: str | None = None, rate_wpm: int = 140) -> Path:
        """Return a WAV of ``text`` spoken at ``rate_wpm``, rendering it if not cached (blocks)."""
        if not text.strip():
            raise ValueError("nothing to say: the text is empty")
        if len(text) > MAX_UTTERANCE_CHARS:
            raise SpeechUnavailable(TOO_LONG)
        rate = max(MIN_RATE_WPM, min(MAX_RATE_WPM, int(rate_wpm)))
        if self._closed:
            raise SpeechUnavailable(CLOSED)
        if self._engine is not None:  # fast path: a cache hit needs neither lock nor worker
            target = self._target(text, self._resolve(voice), rate)
            if target.is_file():
                return target
        with self._lock:
            self._ensure_worker()
            voice_id = self._resolve(voice)
            target = self._target(text, voice_id, rate)
            if target.is_file():
                return target
            self._prepare_dir()
            return self._render_locked(text, voice_id, rate, target)

    def voices(self, language: str | None = None) -> list[Voice]:
        """The installed voices, optionally those for ``language`` (``en`` matches ``en-gb``)."""
        if not self.available:
            return []
        return voices_for(self._voices, language)

    @property
    def available(self) -> bool:
        """Whether speech can be rendered (starts the worker if needed; may block briefly)."""
        return not self.reason

    @property
    def reason(self) -> str:
        """Why speech is unavailable, in plain words (empty when it is available)."""
        with self._lock:
            try:
                self._ensure_worker()
            except SpeechUnavailable as exc:
                return str(exc)
            return ""

    @property
    def worker_renders(self) -> int:
        """How many utterances were sent to the worker (cache misses)."""
        return self._renders

    def close(self) -> None:
        """Stop the worker; later calls raise :class:`SpeechUnavailable`."""
        self._closed = True
        if not self._lock.acquire(timeout=1.0):
            proc = self._proc  # a render is running: end it; its thread sees the worker die
            if proc is not None:
                proc.kill()
            return
        try:
            self._stop_worker(graceful=True)
        finally:
            self._lock.release()

    def __enter__(self) -> SpeechRenderer:
        """Use as a context manager that closes the renderer."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the renderer."""
        self.close()

    def _resolve(self, voice: str | None) -> str | None:
        """A known voice id, or None for the default (unknown ids fall back silently)."""
        if voice is None:
            return None
        for known in self._voices:
            if known.id.lower() == voice.lower():
                return known.id
        log.info("unknown voice %r: using the default voice", voice)
        return None

    def _target(self, text: str, voice: str | None, rate: int) -> Path:
        """The cache path for one utterance."""
        key = json.dumps([CACHE_FORMAT, self._engine, text, voice, rate])
        return self._dir / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()}{_SUFFIX}"

    def _prepare_dir(self) -> None:
        """Create the private cache folder; sweep temporary files left by a crash."""
        if self._dir_ready:
            return
        try:
            if not self._root.exists():
                private_dir(self._root)
            private_dir(self._dir)
            for stale in self._dir.glob(".tmp-*"):
                if time.time() - stale.stat().st_mtime > _STALE_TMP_S:
                    stale.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("speech cache %s unusable: %s", self._dir, exc)
            raise SpeechUnavailable(NO_ROOM) from exc
        self._dir_ready = True

    # ---- worker management (called with the lock held) ---------------------------------

    def _ensure_worker(self) -> None:
        """Make sure a worker is running, or raise why it cannot be."""
        if self._closed:
            raise SpeechUnavailable(CLOSED)
        if self._reason:
            raise SpeechUnavailable(self._reason)
        if self._proc is not None and self._proc.poll() is None:
            return
        self._stop_worker(graceful=False)
        hello = self._spawn()
        if not hello.get("ok"):
            self._stop_worker(graceful=False)
            log.warning("speech engine unavailable: %s", hello.get("error", "no reply"))
            self._reason = str(hello.get("reason", ENGINE_FAILED))
            raise SpeechUnavailable(self._reason)
        self._engine = str(hello["engine"])
        self._voices = tuple(
            Voice(str(v["id"]), str(v["name"]), tuple(str(x) for x in v["languages"]))
            for v in hello["voices"]
        )

    def _spawn(self) -> dict[str, Any]:
        """Start a worker and return its greeting (``ok`` false when it cannot speak)."""
        cmd = [sys.executable, "-m", WORKER_MODULE, "--worker"]
        if self._library is not None:
            cmd += ["--library", self._library]
        path = os.pathsep.join(filter(None, [str(_PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path}
        try:
            proc = subprocess.Popen(
                cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
                bufsize=1, cwd=_PACKAGE_ROOT, env=env,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )  # fmt: skip
        except OSError as exc:
            return {"ok": False, "error": f"cannot start the worker: {exc}"}
        self._proc, self._replies = proc, queue.Queue()
        self._reader = threading.Thread(
            target=_read_lines, args=(proc.stdout, self._replies), name="speech-reader", daemon=True
        )
        self._reader.start()
        try:
            return self._replies.get(timeout=self._timeout)
        except queue.Empty:
            return {"ok": False, "reason": ENGINE_SILENT, "error": "no greeting in time"}

    def _render_locked(self, text: str, voice: str | None, rate: int, target: Path) -> Path:
        """Have the worker render one utterance, check it, and move it into the cache."""
        tmp = self._dir / f".tmp-{uuid.uuid4().hex}{_SUFFIX}"
        self._next_id += 1
        self._renders += 1
        request = {"op": "render", "id": self._next_id, "text": text, "voice": voice, "rate": rate}
        request.update(path=str(tmp), delay_s=self._debug_delay_s, timeout_s=self._timeout)
        try:
            reply = self._request(request)
            if not reply.get("ok"):
                log.warning("speech worker could not render: %s", reply.get("error"))
                raise SpeechUnavailable(NOT_SPOKEN)
            try:
                frames = _frames(tmp)
                if os.name == "posix":
                    os.chmod(tmp, PRIVATE_FILE)
                if frames > 0:
                    os.replace(tmp, target)
            except (OSError, EOFError, wave.Error) as exc:
                log.warning("speech output unusable: %s", exc)
                raise SpeechUnavailable(NOT_SPOKEN) from exc
            if frames == 0:
                raise SpeechUnavailable(NOT_SPOKEN)
            self._failures = 0
            return target
        finally:
            tmp.unlink(missing_ok=True)

    def _request(self, request: dict[str, Any]) -> dict[str, Any]:
        """Send one request and wait for its reply; kill the worker on timeout or crash."""
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        deadline = time.monotonic() + self._timeout
        try:
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            while True:
                reply = self._replies.get(timeout=max(0.0, deadline - time.monotonic()))
                if reply.get("dead") or reply.get("id") == request["id"]:
                    break
        except queue.Empty:
            log.warning("speech worker took over %.1f s: killing it", self._timeout)
            self._fail()
            raise SpeechUnavailable(TOO_SLOW) from None
        except OSError as exc:
            reply = {"dead": True, "error": str(exc)}
        if reply.get("dead"):
            log.warning("speech worker died: %s", reply.get("error"))
            self._fail()
            raise SpeechUnavailable(CLOSED if self._closed else NOT_SPOKEN)
        return reply

    def _fail(self) -> None:
        """Kill the worker after a failure; too many in a row switch speech off."""
        self._stop_worker(graceful=False)
        self._failures += 1
        if self._failures >= MAX_FAILURES:
            self._reason = KEPT_FAILING

    def _stop_worker(self, *, graceful: bool) -> None:
        """Stop the worker process (politely if ``graceful``) and release its pipes."""
        proc, reader = self._proc, self._reader
        self._proc = self._reader = None
        if proc is None:
            return
        if graceful and proc.poll() is None and proc.stdin is not None:
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                proc.stdin.write('{"op": "quit"}\n')
                proc.stdin.flush()
                proc.wait(timeout=1.0)
        if proc.poll() is None:
            proc.kill()
        try:
            proc.wait(timeout=5.0)
        except subprocess.TimeoutExpired:
            log.error("speech worker %s did not exit after kill", proc.pid)
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        if reader is not None:
            reader.join(timeout=2.0)


def _frames(path: Path) -> int:
    """Sample frames in a WAV (an AIFF from Apple's driver counts by its size)."""
    with open(path, "rb") as head:
        if head.read(4) == b"FORM":
            return max(0, path.stat().st_size - 1024)
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes()


def _read_lines(stream: IO[str], replies: queue.Queue[dict[str, Any]]) -> None:
    """Reader thread: parse the worker's lines into ``replies``, then report its end."""
    with stream:
        for line in stream:
            with contextlib.suppress(ValueError):
                message = json.loads(line)
                if isinstance(message, dict):
                    replies.put(message)
    replies.put({"dead": True, "error": "the worker exited"})
