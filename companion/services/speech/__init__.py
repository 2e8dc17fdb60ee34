"""The speech service: text to cached WAV files, rendered in a worker process.

:mod:`.renderer` is the client the app uses; :mod:`.worker` runs in its own process.
"""

from companion.services.speech.renderer import (
    CLOSED,
    ENGINE_FAILED,
    ENGINE_SILENT,
    KEPT_FAILING,
    NO_ENGINE,
    NO_ROOM,
    NOT_SPOKEN,
    TOO_LONG,
    TOO_SLOW,
    SpeechRenderer,
    SpeechUnavailable,
    Voice,
)

__all__ = [
    "CLOSED",
    "ENGINE_FAILED",
    "ENGINE_SILENT",
    "KEPT_FAILING",
    "NOT_SPOKEN",
    "NO_ENGINE",
    "NO_ROOM",
    "TOO_LONG",
    "TOO_SLOW",
    "SpeechRenderer",
    "SpeechUnavailable",
    "Voice",
]
