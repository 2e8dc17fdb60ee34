"""The speech worker process: the engines that turn one sentence into one WAV, on request.

Started by :class:`~companion.services.speech.renderer.SpeechRenderer` as
``python -m companion.services.speech.worker --worker [--voices DIR] [--preload ID]``; it
greets with the engines' identities and voices, then answers one JSON request per line on
stdin. Two engines live here: espeak-ng through pyttsx3 (every language) and Piper (the
natural voices, :mod:`.natural`), whose model loads only when a natural voice is asked for
(or at once, on a thread, with ``--preload``). Every WAV is brought to the voice loudness.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

# Before anything can import onnxruntime (Piper's runtime): its telemetry stays off.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

from companion.services.speech.renderer import ENGINE_FAILED, NO_ENGINE
from companion.services.speech.voices import (
    PIPER_PREFIX,
    VoiceFileError,
    VoiceFiles,
    bundled_voice_files,
    engine_installed,
    user_voice_files,
    voice_files,
)


class _EngineMissing(Exception):
    """No speech library could be loaded."""


class _Engine:
    """pyttsx3 inside the worker: one utterance per ``runAndWait``, waited for properly."""

    def __init__(self, library: str | None) -> None:
        """Load the library, start pyttsx3, list voices and warm up."""
        driver = "espeak" if sys.platform.startswith("linux") else None
        source = self._load_espeak(library) if driver == "espeak" else sys.platform
        try:
            import pyttsx3
        except Exception as exc:  # its espeak module raises RuntimeError with no library
            raise _EngineMissing(f"pyttsx3 import failed: {exc}") from exc
        self._tts = pyttsx3.init(driver)
        self._espeak: Any = None
        if driver == "espeak":
            from pyttsx3.drivers import _espeak

            self._espeak = _espeak
            source += f"; espeak-ng {_espeak.Info(None).decode('ascii', 'replace')}"
        self._done = threading.Event()
        self._tts.connect("finished-utterance", self._on_finished)
        self.default_voice = str(self._tts.getProperty("voice") or "")
        self.voices = [
            {"id": str(v.id), "name": str(v.name), "languages": [str(x) for x in v.languages or []]}
            for v in self._tts.getProperty("voices")
        ]
        self.identity = f"pyttsx3 {_version('pyttsx3')}; {self._tts.driver_name}; {source}"
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:  # reach pyttsx3's steady state
            self.render("Ready.", None, 0, os.path.join(scratch, "warm-up.wav"), 5.0)

    @staticmethod
    def _load_espeak(library: str | None) -> str:
        """Preload libespeak-ng (system first, else espeakng-loader's); say which one.

        RTLD_LOCAL, not RTLD_GLOBAL: Piper's phonemizer links its own espeak-ng and exports
        the same ``espeak_*`` names; a global libespeak-ng would capture its calls and crash
        it. pyttsx3's own ``LoadLibrary("libespeak-ng.so.1")`` still finds this copy, which
        the dynamic loader knows by that name.
        """
        import ctypes
        import ctypes.util

        source = f"library {library}"
        if library is None:
            if ctypes.util.find_library("espeak-ng"):
                return "system"  # pyttsx3 opens libespeak-ng.so.1 itself
            try:
                import espeakng_loader
            except ImportError as exc:
                raise _EngineMissing("no libespeak-ng and no espeakng-loader") from exc
            library = str(espeakng_loader.get_library_path())
            os.environ["ESPEAK_DATA_PATH"] = str(espeakng_loader.get_data_path())
            source = f"espeakng-loader {_version('espeakng-loader')}"
        try:
            ctypes.CDLL(library, mode=ctypes.RTLD_LOCAL)
        except OSError as exc:
            raise _EngineMissing(f"cannot load {library}: {exc}") from exc
        return source

    def _on_finished(self, name: object = None, completed: bool = True) -> None:
        """pyttsx3 callback (on espeak's thread): the utterance has been written."""
        if completed:
            self._done.set()

    def _wait_idle(self, timeout_s: float) -> None:
        """Wait until espeak has nothing queued (a pending rate change, a last callback)."""
        deadline = time.monotonic() + timeout_s
        while self._espeak is not None and self._espeak.IsPlaying():
            if time.monotonic() > deadline:
                raise RuntimeError("the engine stayed busy")
            time.sleep(0.001)

    def render(self, text: str, voice: str | None, rate: int, path: str, timeout_s: float) -> None:
        """Write ``text`` to ``path`` as a WAV (one utterance per runAndWait), or raise."""
        if rate:  # rate 0: the warm-up, which must not queue espeak commands
            self._tts.setProperty("voice", voice or self.default_voice)
            self._tts.setProperty("rate", rate)
        self._wait_idle(timeout_s)
        self._done.clear()
        self._tts.save_to_file(text, path)
        self._tts.runAndWait()
        if self._espeak is not None:
            if not self._done.wait(timeout_s):
                raise RuntimeError("the engine never finished the utterance")
            self._wait_idle(timeout_s)
        if not os.path.isfile(path):
            raise RuntimeError("the engine wrote no file")


def _version(dist: str) -> str:
    """An installed distribution's version, or ``unknown`` (as in a frozen build)."""
    from importlib import metadata

    with contextlib.suppress(metadata.PackageNotFoundError):
        return metadata.version(dist)
    return "unknown"


def _level(path: str, level_wav: Callable[[Path], object]) -> None:
    """Bring a rendered sentence to the voice's loudness (left as it is if it cannot be read)."""
    try:
        level_wav(Path(path))
    except (wave.Error, ValueError, EOFError, OSError) as exc:
        print(f"speech level left alone: {exc}", file=sys.stderr)


def _arg(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv and argv.index(name) + 1 < len(argv) else None


class _Natural:
    """The natural voices' side of the worker: which exist, loaded on demand (lazily
    imported, so a worker that only ever speaks espeak-ng never loads onnxruntime)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.installed = engine_installed()
        self.files: list[VoiceFiles] = self._scan()
        self._voices: Any = None

    def _scan(self) -> list[VoiceFiles]:
        return [*bundled_voice_files(), *user_voice_files(self.folder)]

    def rescan(self) -> None:
        self.files = self._scan()
        if self._voices is not None:
            self._voices.set_files(self.files)

    @property
    def voices(self) -> Any:
        if self._voices is None:
            from companion.services.speech.natural import NaturalVoices

            self._voices = NaturalVoices(self.files)
        return self._voices

    def greeting(self) -> dict[str, Any]:
        listed = [{**f.voice.to_json(), "stamp": f.stamp} for f in self.files]
        version = _version("piper-tts") if self.installed else ""
        return {"installed": self.installed, "version": version, "voices": listed}


def _handle(
    request: dict[str, Any],
    engine: _Engine | None,
    natural: _Natural,
    level_wav: Callable[[Path], object],
) -> dict[str, Any]:
    """Answer one request (render, prepare, check, voices)."""
    op = request.get("op", "render")
    if op == "voices":
        natural.rescan()
        return {"ok": True, "natural": natural.greeting()}
    if op == "prepare":
        return _natural_call(natural, lambda: natural.voices.get(str(request["voice"])))
    if op == "check":
        return _check(request, natural, level_wav)
    time.sleep(float(request.get("delay_s") or 0.0))
    text, voice, rate = str(request["text"]), request.get("voice"), int(request["rate"])
    timeout_s = float(request.get("timeout_s") or 15.0)
    path = str(request["path"])
    if isinstance(voice, str) and voice.startswith(PIPER_PREFIX):
        reply = _natural_call(natural, lambda: natural.voices.get(voice).render(text, rate, path))
        if not reply["ok"]:
            return reply
    elif engine is None:
        return {"ok": False, "error": "espeak-ng is not available here"}
    else:
        engine.render(text, voice, rate, path, timeout_s)
    if path.endswith(".wav"):
        _level(path, level_wav)
    return {"ok": True}


def _natural_call(natural: _Natural, call: Callable[[], object]) -> dict[str, Any]:
    """Run ``call`` on the natural engine; a failure to load says so (the app falls back)."""
    if not natural.installed:
        return {"ok": False, "natural_failed": True, "error": "Piper is not installed"}
    from companion.services.speech.natural import NaturalUnavailable

    try:
        call()
    except NaturalUnavailable as exc:
        return {"ok": False, "natural_failed": True, "error": str(exc)}
    return {"ok": True}


def _check(
    request: dict[str, Any], natural: _Natural, level_wav: Callable[[Path], object]
) -> dict[str, Any]:
    """Check a user's voice files: they load, and speak the test line to ``path``."""
    if not natural.installed:
        return {"ok": False, "code": "voice.no-engine"}
    try:
        files = voice_files(Path(request["model"]), Path(request["config"]), mine=True)
    except VoiceFileError as exc:
        return {"ok": False, "code": exc.code, "error": exc.detail}
    from companion.services.speech.natural import check_voice

    try:
        facts = check_voice(files, str(request["path"]))
    except Exception as exc:  # onnxruntime says "INVALID_PROTOBUF", espeak "Failed to set voice"
        return {"ok": False, "code": "voice.does-not-load", "error": f"{type(exc).__name__}: {exc}"}
    _level(str(request["path"]), level_wav)
    return {"ok": True, "voice": files.voice.to_json(), **facts}


def _worker_main(argv: list[str]) -> int:
    """Entry point of the worker process: greet, then serve requests from stdin."""
    os.umask(0o077)
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # pyttsx3 prints to stdout: keep it off the pipe

    def send(message: dict[str, Any]) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    folder = _arg(argv, "--voices")
    natural = _Natural(Path(folder) if folder else None)
    preload = _arg(argv, "--preload")
    if preload and natural.installed and any(f.voice.id == preload for f in natural.files):
        natural.voices.preload(preload)  # the natural voice loads while espeak-ng starts
    engine: _Engine | None = None
    espeak_error: dict[str, str] = {}
    try:
        engine = _Engine(_arg(argv, "--library"))
    except _EngineMissing as exc:
        espeak_error = {"reason": NO_ENGINE, "error": str(exc)}
    except Exception as exc:
        espeak_error = {"reason": ENGINE_FAILED, "error": f"{type(exc).__name__}: {exc}"}
    usable_natural = natural.installed and natural.files
    if engine is None and not usable_natural:
        send({"ok": False, **espeak_error})
        return 1
    # numpy loads here, in the worker, before the greeting: not in the app, not on a first line
    from companion.services.audio.levelling import level_wav

    send(
        {
            "ok": True,
            "engine": engine.identity if engine is not None else "",
            "voices": engine.voices if engine is not None else [],
            "espeak_error": espeak_error.get("reason", ""),
            "natural": natural.greeting(),
        }
    )
    for line in sys.stdin:
        request: dict[str, Any] = {}
        try:
            request = json.loads(line)
            if request.get("op") == "quit":
                break
            reply = _handle(request, engine, natural, level_wav)
        except Exception as exc:
            reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
        send({"id": request.get("id"), **reply})
    return 0


def worker_main(argv: list[str]) -> int:
    """Entry point of the worker process (also from the frozen app's entry)."""
    return _leave(_worker_main(argv))


def _leave(code: int) -> int:
    """End the process now: the engines' native threads (onnxruntime's pool, espeak's) are
    not torn down by Python's exit, which can abort ("terminate called...") on the way out."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__" and "--worker" in sys.argv:
    _leave(_worker_main(sys.argv))
