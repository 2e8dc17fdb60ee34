"""The speech service's client: text to cached WAV files, rendered in a worker process.

One long-lived worker process owns the engines (espeak-ng initialises once per process and
can hang; Piper's model takes a second and 150 MB to load, which the app's own process never
pays). The app talks to it over pipes, one JSON object per line; a request that takes longer
than ``timeout_s`` kills the worker and the next request starts a fresh one. Finished WAVs
(brought to the voice's loudness by the worker, ``services/audio/levelling.py``) are renamed
atomically into ``<cache_dir>/speech/`` (0700, files 0600) under a hash of text, voice, rate
and engine version, so a line is rendered once.

With no voice chosen, a language is spoken by its natural voice when one is installed, else
by espeak-ng's (:func:`~companion.services.speech.voices.default_voice`). A natural voice that
cannot load is not asked again: espeak-ng speaks, and ``on_problem`` hears about it once.

pyttsx3 2.99 with espeak: the first ``runAndWait`` returns after ~10 ms, before the WAV
exists (espeak synthesises on its own thread), and ``runAndWait`` cancels queued espeak
commands (such as a rate change) if espeak is still busy when it starts. So the worker warms
the engine up once, waits for espeak to go idle before each utterance, and waits for
pyttsx3's ``finished-utterance`` before it reports success.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from companion.services.paths import PRIVATE_FILE, private_dir
from companion.services.speech.voices import (
    PIPER,
    Voice,
    bundled_voice_files,
    default_voice,
    engine_installed,
    user_voice_files,
    voices_for,
)

if TYPE_CHECKING:  # the worker's process and its WAVs: imported when speech is first needed
    import subprocess

log = logging.getLogger(__name__)


def _sha256() -> Callable[[bytes], Any]:
    """Python's own SHA-256 (the same digests as hashlib's) without loading OpenSSL, which
    ``import hashlib`` does at once (3.4 MB resident): the cache key is all it is for."""
    import importlib

    for name in ("_sha256", "_sha2"):  # Python <= 3.11, >= 3.12
        with contextlib.suppress(ImportError):
            return importlib.import_module(name).sha256
    from hashlib import sha256  # pragma: no cover - a Python built without them

    return sha256


sha256 = _sha256()

WORKER_MODULE = "companion.services.speech.worker"
CACHE_FORMAT = 3  # bump when the pipeline changes what a cached file contains
MIN_RATE_WPM = 80
MAX_RATE_WPM = 400
MAX_FAILURES = 3  # timeouts or crashes in a row before speech is switched off
_PACKAGE_ROOT = Path(__file__).resolve().parents[3]
_STALE_TMP_S = 600.0
# About four minutes of speech. Longer text is refused at once: sent to the engine it would
# run into the timeout, cost the worker its life and count towards switching speech off.
MAX_UTTERANCE_CHARS = 4000
_SUFFIX = ".aiff" if sys.platform == "darwin" else ".wav"  # Apple's driver writes AIFF

# Why speech is off or changed: codes that ui/common/messages.py puts into words.
NO_ENGINE = "speech.no-engine"
ENGINE_FAILED = "speech.engine-failed"
ENGINE_SILENT = "speech.engine-silent"
KEPT_FAILING = "speech.kept-failing"
TOO_SLOW = "speech.too-slow"
NOT_SPOKEN = "speech.not-spoken"
TOO_LONG = "speech.too-long"  # a passage too long to speak in one piece: shown as words
NO_ROOM = "speech.no-room"
CLOSED = "speech.closed"
# The natural voice could not speak (not installed, or its model would not load): the
# standard voice speaks instead. Told once per renderer, through ``on_problem``.
NATURAL_MISSING = "speech.natural-missing"
NATURAL_FAILED = "speech.natural-failed"
# The whole engine is gone: every line becomes a caption (not just this one).
ENGINE_GONE = frozenset({NO_ENGINE, ENGINE_FAILED, ENGINE_SILENT, KEPT_FAILING, NO_ROOM, CLOSED})
DEFAULT_LANGUAGE = "en"  # the language of a text that names none (our source language)
START_TIMEOUT_S = 20.0  # a worker's greeting, while a natural voice may load beside it
CHECK_TIMEOUT_S = 60.0  # loading a user's voice to check it (a large model on a busy machine)


class SpeechUnavailable(Exception):
    """Speech cannot be produced; ``code`` (also the message) says why."""

    @property
    def code(self) -> str:
        """The reason, one of this module's codes."""
        return str(self.args[0]) if self.args else NOT_SPOKEN

    @property
    def engine_gone(self) -> bool:
        """Whether no line can be spoken now (not just this one)."""
        return self.code in ENGINE_GONE


class _NaturalFailed(Exception):
    """The worker could not speak with a natural voice."""


class SpeechRenderer:
    """Renders text to WAV files through the worker process; safe to call from any thread.

    Args:
        cache_dir: where the rendered files live (``speech/`` inside it).
        timeout_s: longest a request may take before the worker is killed.
        library: a particular libespeak-ng to load (tests).
        voices_dir: the folder of the natural voices the user added.
    """

    def __init__(
        self,
        cache_dir: Path,
        timeout_s: float = 15.0,
        *,
        library: str | None = None,
        voices_dir: Path | None = None,
    ) -> None:
        self._root = Path(cache_dir)
        self._dir = self._root / "speech"
        self._timeout = timeout_s
        self._library = library
        self.voices_dir = voices_dir
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self._replies: queue.Queue[dict[str, Any]] = queue.Queue()
        self._reader: threading.Thread | None = None
        self._engine: str | None = None  # espeak-ng's identity, known once a worker started
        self._voices: tuple[Voice, ...] = ()
        self._stamps: dict[str, str] = {}  # natural voice id -> its model's size and time
        self._natural_version = ""
        self._natural_failed: set[str] = set()  # natural voices that would not load
        self._natural_missing = False  # bundled voice files, but no Piper to speak them
        self._preload: str | None = None  # the natural voice a new worker loads at once
        self._guessed = False
        self._told: set[str] = set()
        self._said: set[tuple[str | None, str | None]] = set()  # languages whose voice was logged
        self._reason = ""  # set when speech is off for good
        self._failures = self._renders = self._next_id = 0
        self._dir_ready = self._closed = False
        self._debug_delay_s = 0.0  # test hook: the worker sleeps this long before rendering
        self.on_problem: Callable[[str], None] | None = None  # told each code once, any thread

    # -- rendering ---------------------------------------------------------------------

    def render(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate_wpm: int = 140,
        language: str | None = None,
    ) -> Path:
        """Return a WAV of ``text`` spoken at ``rate_wpm``, rendering it if not cached (blocks).

        ``voice`` is a voice id (None, or one not installed: the default for ``language``).
        """
        if not text.strip():
            raise ValueError("nothing to say: the text is empty")
        if len(text) > MAX_UTTERANCE_CHARS:
            raise SpeechUnavailable(TOO_LONG)
        rate = max(MIN_RATE_WPM, min(MAX_RATE_WPM, int(rate_wpm)))
        if self._closed:
            raise SpeechUnavailable(CLOSED)
        if self._engine is not None:  # fast path: a cache hit needs neither lock nor worker
            target = self._target(text, self._resolve(voice, language), rate)
            if target.is_file():
                return target
        with self._lock:
            self._guess(voice, language)
            self._ensure_worker()
            voice_id = self._resolve(voice, language)
            target = self._target(text, voice_id, rate)
            if target.is_file():
                return target
            self._prepare_dir()
            try:
                return self._render_locked(text, voice_id, rate, target)
            except _NaturalFailed:
                self._natural_gone(voice_id)
            voice_id = self._resolve(voice, language)
            target = self._target(text, voice_id, rate)
            if target.is_file():
                return target
            return self._render_locked(text, voice_id, rate, target)

    def prepare(self, voice: str | None = None, language: str | None = None) -> None:
        """Start the worker and load the voice that will speak ``language`` (blocks).

        Imagine calls this (off the GUI thread) when it opens, so its first Play speaks at
        once; the first window never waits for it.
        """
        with self._lock:
            self._guess(voice, language)
            try:
                self._ensure_worker()
            except SpeechUnavailable:
                return
            voice_id = self._resolve(voice, language)
            if not self._is_natural(voice_id):
                return
            self._next_id += 1
            try:
                reply = self._request({"op": "prepare", "id": self._next_id, "voice": voice_id})
            except SpeechUnavailable:
                return
            if reply.get("natural_failed"):
                log.warning("natural voice %s unavailable: %s", voice_id, reply.get("error"))
                self._natural_gone(voice_id)

    def default_voice(self, language: str | None = None) -> Voice | None:
        """The voice that speaks ``language`` when none is chosen (None: the engine's own)."""
        if not self.available:
            return None
        return default_voice(self._usable(), language or DEFAULT_LANGUAGE)

    def voices(self, language: str | None = None) -> list[Voice]:
        """The voices that can speak, optionally those for ``language`` (``en`` matches
        ``en-gb``)."""
        if not self.available:
            return []
        return voices_for(self._usable(), language)

    @property
    def natural_problem(self) -> str:
        """Why the natural voice does not speak ('' when it does, or was never there)."""
        if self._natural_missing:
            return NATURAL_MISSING
        return NATURAL_FAILED if NATURAL_FAILED in self._told else ""

    @property
    def available(self) -> bool:
        """Whether speech can be rendered (starts the worker if needed; may block briefly)."""
        return not self.reason

    @property
    def reason(self) -> str:
        """Why speech is unavailable, a code (empty when it is available)."""
        with self._lock:
            try:
                self._ensure_worker()
            except SpeechUnavailable as exc:
                return exc.code
            return ""

    @property
    def worker_renders(self) -> int:
        """How many utterances were sent to the worker (cache misses)."""
        return self._renders

    # -- the user's natural voices -----------------------------------------------------

    def check_voice(self, model: Path, config: Path, sample: Path) -> dict[str, Any]:
        """Have the worker load a voice's files and speak a test line into ``sample``.

        Returns the worker's answer: ``ok`` and the ``voice`` it would be, or ``code`` (a
        ``voice.*`` problem). Blocks for as long as loading takes.
        """
        with self._lock:
            self._ensure_worker()
            self._next_id += 1
            request = {"op": "check", "id": self._next_id, "model": str(model)}
            request.update(config=str(config), path=str(sample))
            return self._request(request, timeout_s=max(self._timeout, CHECK_TIMEOUT_S))

    def refresh_voices(self) -> None:
        """Read the list of natural voices again (one was added or removed)."""
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                return  # the next worker reads them when it starts
            self._next_id += 1
            reply = self._request({"op": "voices", "id": self._next_id})
            if reply.get("ok"):
                self._take_natural(reply.get("natural") or {})

    # -- closing -----------------------------------------------------------------------

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

    # -- choosing a voice ------------------------------------------------------------------

    def _usable(self) -> list[Voice]:
        """The voices that can speak now (a natural voice that failed to load is left out)."""
        return [v for v in self._voices if v.id not in self._natural_failed]

    def _resolve(self, voice: str | None, language: str | None) -> str | None:
        """A known voice id: the one asked for, else the default for the language (None: the
        engine's own default)."""
        usable = self._usable()
        if voice:
            for known in usable:
                if known.id.lower() == voice.lower():
                    return known.id
            log.info("voice %r is not available: using the default voice", voice)
        found = default_voice(usable, language or DEFAULT_LANGUAGE)
        chosen = found.id if found is not None else None
        said = (language, chosen)
        if said not in self._said:  # once per language: which voice speaks it (the logs)
            self._said.add(said)
            spoken = found.language if found is not None else "?"
            log.info("text in %s is spoken by the voice %s (%s)", language, chosen, spoken)
        return chosen

    def _guess(self, voice: str | None, language: str | None) -> None:
        """Before the first worker greets: which natural voice it should start loading at
        once (from the voices' files: neither engine is imported here)."""
        if self._guessed or self._engine is not None:
            return
        self._guessed = True
        if not engine_installed():
            return
        natural = [f.voice for f in (*bundled_voice_files(), *user_voice_files(self.voices_dir))]
        found = next((v for v in natural if voice and v.id.lower() == voice.lower()), None)
        found = found or default_voice(natural, language or DEFAULT_LANGUAGE)
        self._preload = found.id if found is not None else None

    def _is_natural(self, voice_id: str | None) -> bool:
        return any(v.id == voice_id and v.engine == PIPER for v in self._voices)

    def _natural_gone(self, voice_id: str | None) -> None:
        """A natural voice would not load: leave it out from now on, and say so once."""
        if voice_id is not None:
            self._natural_failed.add(voice_id)
        self._tell(NATURAL_FAILED)

    def _tell(self, code: str) -> None:
        if code in self._told:
            return
        self._told.add(code)
        listener = self.on_problem
        if listener is not None:
            try:
                listener(code)
            except Exception:  # a listener's bug must not stop the speech
                log.exception("speech problem listener failed")

    def _target(self, text: str, voice: str | None, rate: int) -> Path:
        """The cache path for one utterance."""
        if self._is_natural(voice):
            engine = f"piper {self._natural_version}; {self._stamps.get(voice or '', '')}"
        else:
            engine = self._engine or ""
        key = json.dumps([CACHE_FORMAT, engine, text, voice, rate])
        return self._dir / f"{sha256(key.encode('utf-8')).hexdigest()}{_SUFFIX}"

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
            self._reason = str(hello.get("reason") or ENGINE_FAILED)
            raise SpeechUnavailable(self._reason)
        self._engine = str(hello.get("engine") or "")
        espeak = tuple(Voice.from_json(v) for v in hello.get("voices") or ())
        self._voices = espeak
        self._take_natural(hello.get("natural") or {})
        if hello.get("espeak_error"):
            log.warning("espeak-ng unavailable: %s", hello["espeak_error"])

    def _take_natural(self, natural: dict[str, Any]) -> None:
        """The natural voices the worker found (with what their cache keys need)."""
        listed = [v for v in natural.get("voices") or () if isinstance(v, dict)]
        installed = bool(natural.get("installed"))
        self._natural_version = str(natural.get("version") or "")
        self._natural_missing = bool(listed) and not installed
        if self._natural_missing:
            log.warning("natural voice files found, but Piper is not installed")
            self._tell(NATURAL_MISSING)
        found = tuple(Voice.from_json(v) for v in listed) if installed else ()
        self._stamps = {str(v["id"]): str(v.get("stamp") or "") for v in listed}
        self._voices = tuple(v for v in self._voices if v.engine != PIPER) + found

    def _spawn(self) -> dict[str, Any]:
        """Start a worker and return its greeting (``ok`` false when it cannot speak)."""
        cmd = [sys.executable, "-m", WORKER_MODULE, "--worker"]
        if self._library is not None:
            cmd += ["--library", self._library]
        if self.voices_dir is not None:
            cmd += ["--voices", str(self.voices_dir)]
        if self._preload and self._preload not in self._natural_failed:
            cmd += ["--preload", self._preload]
        path = os.pathsep.join(filter(None, [str(_PACKAGE_ROOT), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path, "ORT_DISABLE_TELEMETRY": "1"}
        import subprocess

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
            return self._replies.get(timeout=max(self._timeout, START_TIMEOUT_S))
        except queue.Empty:
            return {"ok": False, "reason": ENGINE_SILENT, "error": "no greeting in time"}

    def _render_locked(self, text: str, voice: str | None, rate: int, target: Path) -> Path:
        """Have the worker render one utterance, check it, and move it into the cache."""
        tmp = self._dir / f".tmp-{os.urandom(16).hex()}{_SUFFIX}"
        self._next_id += 1
        self._renders += 1
        request = {"op": "render", "id": self._next_id, "text": text, "voice": voice, "rate": rate}
        request.update(path=str(tmp), delay_s=self._debug_delay_s, timeout_s=self._timeout)
        try:
            reply = self._request(request)
            if not reply.get("ok"):
                log.warning("speech worker could not render: %s", reply.get("error"))
                if reply.get("natural_failed"):
                    raise _NaturalFailed(str(reply.get("error")))
                raise SpeechUnavailable(NOT_SPOKEN)
            import wave

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

    def _request(self, request: dict[str, Any], timeout_s: float | None = None) -> dict[str, Any]:
        """Send one request and wait for its reply; kill the worker on timeout or crash."""
        proc = self._proc
        assert proc is not None and proc.stdin is not None
        limit = self._timeout if timeout_s is None else timeout_s
        deadline = time.monotonic() + limit
        try:
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            while True:
                reply = self._replies.get(timeout=max(0.0, deadline - time.monotonic()))
                if reply.get("dead") or reply.get("id") == request["id"]:
                    break
        except queue.Empty:
            log.warning("speech worker took over %.1f s: killing it", limit)
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
        import subprocess  # (already loaded: the worker was started)

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
    import wave

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
