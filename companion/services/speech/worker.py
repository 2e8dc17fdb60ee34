"""The speech worker process: the engine that turns one sentence into one WAV, on request.

Started by :class:`~companion.services.speech.renderer.SpeechRenderer` as
``python -m companion.services.speech.worker --worker``; it greets with the engine's identity
and voices, then answers one JSON request per line on stdin.
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

from companion.services.speech.renderer import ENGINE_FAILED, NO_ENGINE


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
        """Preload libespeak-ng (system first, else espeakng-loader's); say which one."""
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
            ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
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


def _worker_main(argv: list[str]) -> int:
    """Entry point of the worker process: greet, then serve requests from stdin."""
    os.umask(0o077)
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # pyttsx3 prints to stdout: keep it off the pipe

    def send(message: dict[str, Any]) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    library = argv[argv.index("--library") + 1] if "--library" in argv else None
    try:
        engine = _Engine(library)
    except _EngineMissing as exc:
        send({"ok": False, "reason": NO_ENGINE, "error": str(exc)})
        return 1
    except Exception as exc:
        send({"ok": False, "reason": ENGINE_FAILED, "error": f"{type(exc).__name__}: {exc}"})
        return 1
    # numpy loads here, in the worker, before the greeting: not in the app, not on a first line
    from companion.services.audio.levelling import level_wav

    send({"ok": True, "engine": engine.identity, "voices": engine.voices})
    for line in sys.stdin:
        request: dict[str, Any] = {}
        try:
            request = json.loads(line)
            if request.get("op") == "quit":
                break
            time.sleep(float(request.get("delay_s") or 0.0))
            text, voice, rate = str(request["text"]), request.get("voice"), int(request["rate"])
            timeout_s = float(request.get("timeout_s") or 15.0)
            path = str(request["path"])
            engine.render(text, voice, rate, path, timeout_s)
            if path.endswith(".wav"):
                _level(path, level_wav)
            send({"id": request.get("id"), "ok": True})
        except Exception as exc:
            send({"id": request.get("id"), "ok": False, "error": f"{type(exc).__name__}: {exc}"})
    return 0


def worker_main(argv: list[str]) -> int:
    """Entry point of the worker process (also from the frozen app's entry)."""
    return _worker_main(argv)


if __name__ == "__main__" and "--worker" in sys.argv:
    sys.exit(_worker_main(sys.argv))
