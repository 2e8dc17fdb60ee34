"""The Spanish and German scripts spoken for real, through the app's speech path (espeak-ng).

Each sentence is rendered by a voice of the script's language at the script's pace: none may
fail, come out silent-short or spelled out letter by letter, and the script with its real audio
must last within 20 % of its stated minutes.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core.imagine.scripts import SENTENCE_GAP_S, load_script, timeline, total_duration
from companion.services.speech import SpeechRenderer

SCRIPTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "scripts"
OTHER_LANGUAGES = sorted(
    path for path in SCRIPTS_DIR.glob("*.txt") if path.stem.endswith(("-es", "-de"))
)


@pytest.fixture(scope="module")
def renderer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SpeechRenderer]:
    """One real renderer (one worker process) for the whole module."""
    with SpeechRenderer(tmp_path_factory.mktemp("speech"), timeout_s=30) as speech:
        if not speech.available:
            pytest.skip(f"no speech engine here: {speech.reason}")
        yield speech


def seconds_of(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / wav.getframerate()


def test_there_are_sixteen_scripts_in_other_languages() -> None:
    assert len(OTHER_LANGUAGES) == 16


@pytest.mark.slow
@pytest.mark.parametrize("path", OTHER_LANGUAGES, ids=lambda p: p.stem)
def test_a_voice_of_its_language_speaks_every_sentence_in_the_stated_time(
    renderer: SpeechRenderer, path: Path
) -> None:
    script = load_script(path)
    voices = renderer.voices(script.language)
    if not voices:
        pytest.skip(f"no {script.language} voice here")
    voice = voices[0]
    assert all(tag.lower().startswith(script.language) for tag in voice.languages)
    heard: dict[tuple[int, str], float] = {}
    for sentence in script.sentences:
        wav = renderer.render(sentence.text, voice=voice.id, rate_wpm=script.pace_wpm)
        seconds = heard[(sentence.line, sentence.text)] = seconds_of(wav)
        # espeak-ng leaves a little quiet around each utterance: a one-word line takes ~1.3 s.
        assert 0.2 * sentence.words <= seconds <= 1.0 * sentence.words + 1.0, (
            f"{path.name}, line {sentence.line}: {seconds:.1f} s for {sentence.text!r}"
        )
    entries = timeline(script, lambda s: heard[(s.line, s.text)] + SENTENCE_GAP_S)
    minutes = total_duration(entries) / 60
    assert script.minutes is not None
    assert abs(minutes - script.minutes) <= 0.2 * script.minutes, (
        f"{script.id}: {minutes:.2f} min spoken, {script.minutes:g} stated"
    )
