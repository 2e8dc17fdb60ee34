"""Spoken cues are rendered with the real speech engine once the user turns them on."""

from __future__ import annotations

import wave

from companion.app import _prepare_spoken_cues
from companion.services.audio.cues import BreathCues, CueOptions
from companion.services.speech import SpeechRenderer
from tests.helpers.fakes import RecordingAudio


class _Notices:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def add(self, text: str) -> None:
        self.messages.append(text)


class _Window:
    def __init__(self) -> None:
        self.notices = _Notices()


def test_turning_spoken_cues_on_renders_them(qtbot, state, tmp_path) -> None:
    cues = BreathCues(RecordingAudio(), CueOptions())
    speech = SpeechRenderer(tmp_path / "speech")
    window = _Window()
    _prepare_spoken_cues(window, state, cues, speech)
    assert cues.spoken == {}  # off by default: nothing rendered
    state.update(spoken_cues=True)
    try:
        qtbot.waitUntil(lambda: bool(cues.spoken) or bool(window.notices.messages), timeout=30000)
        assert window.notices.messages == []
        assert set(cues.spoken) == {"inhale", "exhale", "end"}
        for path in cues.spoken.values():
            with wave.open(str(path)) as handle:
                assert handle.getnframes() / handle.getframerate() > 0.3
    finally:
        speech.close()
