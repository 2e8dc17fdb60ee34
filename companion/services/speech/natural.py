"""Piper, the natural voice, inside the speech worker process (never in the app's).

onnxruntime 1.29 and later send usage telemetry from Linux unless ``ORT_DISABLE_TELEMETRY=1``
is in the environment *before* onnxruntime is imported (setting it later, or calling
``disable_telemetry_events()``, does not stop the lookups). The worker sets it first thing,
and this module refuses to import onnxruntime without it.

A model loads once (about a second; 150 MB) and then speaks at about 0.17 CPU-seconds per
second of speech on one thread, which leaves the other core to the window.
"""

from __future__ import annotations

import contextlib
import os
import threading
import wave
from typing import Any

from companion.services.speech.voices import VoiceFiles, length_scale, read_config

TELEMETRY_OFF = {"ORT_DISABLE_TELEMETRY": "1"}
SENTENCE_SILENCE_S = 0.3  # between the sentences Piper finds inside one utterance
TEST_LINE = "Breathe gently, and let your shoulders soften."


class NaturalUnavailable(Exception):
    """Piper cannot speak: its library is missing, or the model would not load."""


def _onnxruntime() -> Any:
    """Import onnxruntime with its telemetry off (raises NaturalUnavailable if missing)."""
    if os.environ.get("ORT_DISABLE_TELEMETRY") != "1":
        raise RuntimeError("ORT_DISABLE_TELEMETRY=1 must be set before onnxruntime is imported")
    try:
        import onnxruntime
    except Exception as exc:  # ImportError, or a native library that will not load
        raise NaturalUnavailable(f"onnxruntime: {exc}") from exc
    return onnxruntime


def version() -> str:
    """Piper's version (part of the speech cache key)."""
    from importlib import metadata

    try:
        return metadata.version("piper-tts")
    except metadata.PackageNotFoundError:
        return "unknown"


class NaturalVoice:
    """One loaded Piper voice."""

    def __init__(self, files: VoiceFiles) -> None:
        """Load the model (one thread for inference) and check it has Piper's inputs."""
        ort = _onnxruntime()
        try:
            from piper import PiperConfig, PiperVoice
        except Exception as exc:
            raise NaturalUnavailable(f"piper: {exc}") from exc
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1  # leave a core for the window
        options.inter_op_num_threads = 1
        # Graph optimisation triples the load (1.2 s → 3-4 s on a busy 2-core machine) and
        # gains nothing here: 0.17 CPU-seconds per second of speech either way (measured).
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        config = read_config(files.config)
        session = ort.InferenceSession(
            str(files.model), sess_options=options, providers=["CPUExecutionProvider"]
        )
        inputs = {i.name for i in session.get_inputs()}
        needed = {"input", "input_lengths", "scales"}
        if int(config.get("num_speakers") or 1) > 1:
            needed.add("sid")
        if not needed <= inputs:
            raise ValueError(f"not a Piper model: inputs {sorted(inputs)}")
        self.files = files
        self.sample_rate = int(config["audio"]["sample_rate"])
        self._voice = PiperVoice(session=session, config=PiperConfig.from_dict(config))
        self._lock = threading.Lock()

    def render(self, text: str, rate_wpm: int, path: str) -> float:
        """Write ``text`` spoken at ``rate_wpm`` to ``path`` (16-bit mono WAV); its seconds."""
        from piper import SynthesisConfig

        syn = SynthesisConfig(length_scale=length_scale(rate_wpm) if rate_wpm else None)
        silence = bytes(int(self.sample_rate * SENTENCE_SILENCE_S) * 2)
        frames = 0
        with self._lock, wave.open(path, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(self.sample_rate)
            for i, chunk in enumerate(self._voice.synthesize(text, syn_config=syn)):
                if i:
                    wav.writeframes(silence)
                    frames += len(silence) // 2
                data = chunk.audio_int16_bytes
                wav.writeframes(data)
                frames += len(data) // 2
        if frames == 0:
            raise RuntimeError("the natural voice said nothing")
        return frames / self.sample_rate


class NaturalVoices:
    """The loaded natural voices, by id; each loads on first use (or ahead, on a thread)."""

    def __init__(self, files: list[VoiceFiles]) -> None:
        self._files = {f.voice.id: f for f in files}
        self._loaded: dict[str, NaturalVoice] = {}
        self._failed: dict[str, str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def set_files(self, files: list[VoiceFiles]) -> None:
        """The voices on disk changed (one was added or removed)."""
        with self._guard:
            self._files = {f.voice.id: f for f in files}
            for gone in set(self._loaded) - set(self._files):
                del self._loaded[gone]
            self._failed = {k: v for k, v in self._failed.items() if k in self._files}

    def get(self, voice_id: str) -> NaturalVoice:
        """The loaded voice (loading it now if needed); raises NaturalUnavailable."""
        with self._guard:
            files = self._files.get(voice_id)
            lock = self._locks.setdefault(voice_id, threading.Lock())
        if files is None:
            raise NaturalUnavailable(f"no natural voice {voice_id}")
        with lock:  # a second caller waits for the load already under way
            if voice_id in self._loaded:
                return self._loaded[voice_id]
            if voice_id in self._failed:
                raise NaturalUnavailable(self._failed[voice_id])
            try:
                voice = NaturalVoice(files)
                with_scratch_render(voice)  # espeak's phonemizer starts on the first sentence
            except NaturalUnavailable as exc:
                self._failed[voice_id] = str(exc)
                raise
            except Exception as exc:  # a damaged model: onnxruntime's errors vary
                self._failed[voice_id] = f"{type(exc).__name__}: {exc}"
                raise NaturalUnavailable(self._failed[voice_id]) from exc
            self._loaded[voice_id] = voice
            return voice

    def preload(self, voice_id: str) -> threading.Thread:
        """Start loading a voice on a thread now (its first sentence then waits less)."""

        def load() -> None:
            with contextlib.suppress(NaturalUnavailable):  # the first render reports it
                self.get(voice_id)

        thread = threading.Thread(target=load, name="natural-preload", daemon=True)
        thread.start()
        return thread


def with_scratch_render(voice: NaturalVoice) -> None:
    """Speak one word to nowhere: the model and the phonemizer reach their steady state."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        voice.render("Ready.", 0, os.path.join(scratch, "warm-up.wav"))


def check_voice(files: VoiceFiles, path: str) -> dict[str, Any]:
    """Load a candidate voice and speak the test line to ``path``; facts for the renderer."""
    voice = NaturalVoice(files)
    seconds = voice.render(TEST_LINE, 0, path)
    return {"seconds": round(seconds, 2), "sample_rate": voice.sample_rate}


def describe(files: list[VoiceFiles]) -> list[dict[str, Any]]:
    """The voices as the worker's greeting lists them, with what the cache key needs."""
    return [{**f.voice.to_json(), "stamp": f.stamp} for f in files]
