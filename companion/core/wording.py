"""The texts core holds in English for the interface to show (the UI translates them).

Rating items, their anchor words and credits are data here, written once in English; the
interface shows each through ``core_text`` (ui/common/core_texts.py, context ``CoreTexts``),
and ``tools/translations.py`` extracts :func:`english_texts` for the translators.

ESAS-r may not be modified, and Companion has no published validated translation's exact
wording: in any other language its items are Companion's own translation, and every screen,
CSV row and report that shows them says so (:func:`ratings_wording`). See CLINICAL.md.
"""

from __future__ import annotations

ESAS_SOURCE_LANGUAGE = "en"


def ratings_wording(language: str) -> str:
    """The stable identifier of the ESAS-r wording shown in ``language`` (CSV ``ratings_wording``):
    ``esas-r-en`` for the published English, ``esas-r-es-unvalidated`` for our translation."""
    if language.split("-")[0] == ESAS_SOURCE_LANGUAGE:
        return "esas-r-en"
    return f"esas-r-{language}-unvalidated"


def validated(language: str) -> bool:
    """Whether the ESAS-r items shown in ``language`` are a validated wording."""
    return language.split("-")[0] == ESAS_SOURCE_LANGUAGE


def english_texts() -> tuple[str, ...]:
    """Every English text of core that the interface shows, in a stable order."""
    from companion.core.care.observer import (
        OBSERVER_ITEMS,
        PAINAD_CREDIT,
        PAINAD_HOW,
        PAINAD_TITLE,
    )
    from companion.core.history.ratings import (
        ESAS_CREDIT,
        ESAS_PROMPT,
        ITEMS,
        MEANINGFUL_NOTE,
        short_name,
    )

    texts: list[str] = [ESAS_CREDIT, ESAS_PROMPT, MEANINGFUL_NOTE]
    for key, item in ITEMS.items():
        texts += [item.name, short_name(key), item.low, item.high]
    texts += [PAINAD_TITLE, PAINAD_HOW, PAINAD_CREDIT]
    for observed in OBSERVER_ITEMS.values():
        texts += [observed.name, observed.low, observed.high, *observed.levels]
    return tuple(dict.fromkeys(t for t in texts if t))
