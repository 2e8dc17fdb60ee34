"""The interface language: the system's, as far as Companion has been translated into it,
or the one chosen in Settings."""

from __future__ import annotations

from collections.abc import Mapping

SOURCE_LANGUAGE = "en"  # every text is written in English first
TRANSLATIONS: tuple[str, ...] = (SOURCE_LANGUAGE, "es", "de")  # languages the interface speaks
SYSTEM = "system"  # the preference that follows the environment
LANGUAGE_CHOICES: tuple[str, ...] = (SYSTEM, *TRANSLATIONS)
# Each language named in its own words (a choice a reader of that language finds).
NATIVE_NAMES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # in the order Qt reads them


def interface_language(env: Mapping[str, str], available: tuple[str, ...] = TRANSLATIONS) -> str:
    """The first language the environment asks for that Companion speaks (else English).

    ``LANGUAGE`` may list several (``es:en``); ``LANG`` looks like ``es_ES.UTF-8``.
    """
    for name in _VARIABLES:
        for item in env.get(name, "").split(":"):
            code = item.split(".")[0].split("@")[0].replace("_", "-").lower()
            if code in ("", "c", "posix"):
                continue
            for candidate in (code, code.split("-")[0]):
                if candidate in available:
                    return candidate
    return SOURCE_LANGUAGE


def chosen_language(choice: str, env: Mapping[str, str]) -> str:
    """The language to speak: the one chosen in Settings, or the environment's (``system``)."""
    if choice in TRANSLATIONS:
        return choice
    return interface_language(env)
