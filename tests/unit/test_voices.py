"""Which of the engine's voices are offered for a language."""

from __future__ import annotations

from companion.services.speech.renderer import Voice, voices_for

ESPEAK = [  # as espeak-ng 1.51 lists them
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("gmw/en-shaw", "English (Shavian alphabet)", ("en-shaw",)),
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("gmw/en-us-nyc", "English (America, New York City)", ("en-us-nyc",)),
    Voice("roa/es", "Spanish (Spain)", ("es",)),
    Voice("zle/sr-Cyrl", "Serbian (Cyrillic)", ("sr-Cyrl",)),
    Voice("zls/sr-Latn", "Serbian (Latin)", ("sr-Latn",)),
]


def test_a_language_matches_its_regions_and_never_another_script() -> None:
    names = [v.name for v in voices_for(ESPEAK, "en")]
    assert names == [
        "English (Great Britain)",
        "English (America)",
        "English (America, New York City)",
    ]
    assert [v.name for v in voices_for(ESPEAK, "en-US")] == [
        "English (America)",
        "English (America, New York City)",
    ]
    assert [v.name for v in voices_for(ESPEAK, "sr")] == ["Serbian (Latin)"]


def test_all_voices_leave_out_other_scripts_only() -> None:
    shown = {v.id for v in voices_for(ESPEAK)}
    assert shown == {v.id for v in ESPEAK} - {"gmw/en-shaw", "zle/sr-Cyrl"}
