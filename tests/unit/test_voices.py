"""Which of the engine's voices are offered for a language."""

from __future__ import annotations

from companion.services.speech.voices import Voice, default_voice, length_scale, voices_for

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


JOE = Voice("piper:en_US-joe-medium", "Joe", ("en-US",), "piper", "MIT")
MINE = Voice("piper:en_GB-mine-low", "Mine", ("en-GB",), "piper", "", mine=True)
CARIBBEAN = Voice("gmw/en-029", "English (Caribbean)", ("en-029",))


def test_the_default_is_natural_first_then_espeak_ngs_own_voice_for_the_language() -> None:
    every = [CARIBBEAN, *ESPEAK, MINE, JOE]
    assert default_voice(every, "en") == JOE  # the bundled natural voice before the user's
    assert default_voice([CARIBBEAN, *ESPEAK, MINE], "en") == MINE
    standard = [CARIBBEAN, *ESPEAK]
    assert default_voice(standard, "en").id == "gmw/en"  # not the first listed (Caribbean)
    assert default_voice(standard, "en-US").id == "gmw/en-us"
    assert default_voice(standard, "en-GB").id == "gmw/en"
    assert default_voice(standard, "en-AU").id == "gmw/en"  # no such region: English
    assert default_voice(standard, "es").id == "roa/es"
    assert default_voice(standard, "xx") is None  # the engine's own default
    assert default_voice(standard, "sr").id == "zls/sr-Latn"  # never another script


def test_the_pace_maps_onto_piper_length_scale() -> None:
    assert length_scale(140) == 1.25
    assert length_scale(175) == 1.0
    assert length_scale(110) > length_scale(140) > length_scale(165)
    assert length_scale(30) == 2.0 and length_scale(400) == 0.7  # within bounds


def test_the_interface_language_is_one_companion_speaks() -> None:
    from companion.core.language import interface_language

    assert interface_language({}) == "en"
    assert interface_language({"LANG": "en_GB.UTF-8"}) == "en"
    assert interface_language({"LANGUAGE": "es:en", "LANG": "en_GB.UTF-8"}) == "es"
    assert interface_language({"LANGUAGE": "fr:de", "LANG": "es_ES.UTF-8"}) == "de"
    assert interface_language({"LANG": "de_AT.UTF-8"}) == "de"
    assert interface_language({"LANGUAGE": "fr", "LANG": "fr_FR.UTF-8"}) == "en"
    assert interface_language({"LANGUAGE": "es:fr"}, ("en", "es")) == "es"
    assert interface_language({"LC_ALL": "C", "LANG": "es_ES"}, ("en", "es")) == "es"


def test_a_language_chosen_in_settings_wins_over_the_system() -> None:
    from companion.core.language import LANGUAGE_CHOICES, NATIVE_NAMES, chosen_language

    assert chosen_language("de", {"LANGUAGE": "es"}) == "de"
    assert chosen_language("system", {"LANGUAGE": "es"}) == "es"
    assert chosen_language("system", {}) == "en"
    assert set(NATIVE_NAMES) == set(LANGUAGE_CHOICES) - {"system"}
