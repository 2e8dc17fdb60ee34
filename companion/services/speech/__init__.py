"""The speech service: text to cached WAV files, rendered in a worker process.

:mod:`.renderer` is the client the app uses; :mod:`.worker` runs in its own process with the
engines (espeak-ng, and Piper's natural voices in :mod:`.natural`); :mod:`.voices` says what
each voice is and which is the default, without loading either engine.
"""

from companion.services.speech.renderer import (
    CLOSED,
    ENGINE_FAILED,
    ENGINE_GONE,
    ENGINE_SILENT,
    KEPT_FAILING,
    NATURAL_FAILED,
    NATURAL_MISSING,
    NO_ENGINE,
    NO_ROOM,
    NOT_SPOKEN,
    TOO_LONG,
    TOO_SLOW,
    SpeechRenderer,
    SpeechUnavailable,
)
from companion.services.speech.voices import ESPEAK, PIPER, Voice

__all__ = [
    "CLOSED",
    "ENGINE_FAILED",
    "ENGINE_GONE",
    "ENGINE_SILENT",
    "ESPEAK",
    "KEPT_FAILING",
    "NATURAL_FAILED",
    "NATURAL_MISSING",
    "NOT_SPOKEN",
    "NO_ENGINE",
    "NO_ROOM",
    "PIPER",
    "TOO_LONG",
    "TOO_SLOW",
    "SpeechRenderer",
    "SpeechUnavailable",
    "Voice",
]
