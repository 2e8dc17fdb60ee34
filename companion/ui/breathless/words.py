"""Every word "Breathless now" says, in one place and in the interface language.

Short, kind, few words, and the same words each time (CLINICAL.md, "Breathlessness
attacks"). Nothing here claims to treat: it guides, the person's own plan is their care
team's, and urgent help is always named. Sources are credited in Help.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from companion.core.breathless import STEPS


def tr(text: str) -> str:
    """Translate in the "Breathless" context."""
    return QCoreApplication.translate("Breathless", text)


@dataclass(frozen=True)
class StepWords:
    """One step: its title (large), its few lines, and what a voice says when it shows."""

    title: str
    lines: tuple[str, ...]
    spoken: str  # '' for the out-breath step: its sound is the tone


@dataclass(frozen=True)
class Position:
    """One recovery position: its picture and its caption."""

    picture: str
    caption: str


def positions() -> tuple[Position, ...]:
    """The three recovery positions, drawn side by side on the first step."""
    return (
        Position("sitting-forward", tr("Sit and lean forward, arms on your knees or a table")),
        Position("standing-wall", tr("Stand and lean forward on a wall or a rail")),
        Position("lying-side", tr("Lie on your side, propped up on pillows")),
    )


def picture_description(key: str) -> str:
    """What a step's picture shows, for a screen reader."""
    return {
        "fan": tr("A hand-held fan held near the face, its air on the nose and mouth"),
        "out-breath": tr("A face breathing out through softly rounded lips"),
        "calming-hand": tr("An open hand, its fingers numbered one to five"),
        "resting": tr("A person sitting back at rest, eyes closed, shoulders low"),
    }[key]


def calming_hand() -> tuple[str, ...]:
    """The calming hand, one line per finger (thumb first), as the picture numbers them."""
    return (
        tr("Thumb: notice it, and stop."),
        tr("First finger: sigh out, let your shoulders drop."),
        tr("Middle finger: let the breath come in, gently."),
        tr("Ring finger: breathe out slowly, a little longer."),
        tr("Little finger: stretch your fingers, then let them rest."),
    )


def out_breath_words() -> tuple[str, ...]:
    """The out-breath step's changing words: the first, then the others in turn."""
    return (
        tr("Breathe out slowly…"),
        tr("Longer…"),
        tr("Slower…"),
        tr("Let the in-breath come by itself."),
    )


def reassurance() -> tuple[str, ...]:
    """The quiet reassurance: the same words every time (the carer is given them too)."""
    return (
        tr("Take your time."),
        tr("This feeling usually settles."),
        tr("Breathe out slowly, and rest."),
    )


def step_words() -> dict[str, StepWords]:
    """Every step's words, by step key."""
    words = {
        "position": StepWords(
            tr("Find a position that helps"),
            (tr("Let your shoulders drop."),),
            tr("Find a position that helps. Let your shoulders drop."),
        ),
        "fan": StepWords(
            tr("Turn on the fan"),
            (
                tr("Let it blow on your face, on your nose and mouth."),
                tr("No fan? Open a window a little."),
            ),
            tr("Turn on the fan. Let it blow on your face."),
        ),
        "out-breath": StepWords(
            tr("Breathe out, longer"),
            (
                tr("Follow the soft falling sound with your out-breath."),
                tr("Lips softly rounded, if that helps."),
            ),
            "",
        ),
        "calming-hand": StepWords(
            tr("The calming hand"),
            (
                *(f"{n}.  {line}" for n, line in enumerate(calming_hand(), start=1)),
                tr("Go round again if you need to."),
            ),
            tr("The calming hand. Hold your thumb, and stop."),
        ),
        "reassure": StepWords(
            tr("Take your time"),
            (
                *reassurance()[1:],
                tr("When it eases, stay still a while before you move."),
            ),
            " ".join(reassurance()),
        ),
        "plan": StepWords(
            tr("Your plan from the care team"),
            (),
            tr("Your plan from the care team."),
        ),
    }
    assert tuple(words) == STEPS
    return words


def carer_lines() -> tuple[str, ...]:
    """What the person helping can do (NHS carers' advice, CLINICAL.md)."""
    return (
        tr("Stay calm, and stay close. Your calm helps."),
        tr("Speak little. Ask questions they can answer with yes, no or a nod."),
        tr("Let them recover before you talk about it."),
        tr("Cool air helps: the fan on their face, or open a window."),
        tr("Give them room: do not crowd them."),
        tr("Help them into a position that eases their breathing."),
        tr("Follow the plan from their care team."),
    )


def urgent_help(number: str = "") -> str:
    """When to get urgent help, always on screen (with the plan's emergency number if any)."""
    call = tr("Call {0} now").format(number) if number else tr("Call the emergency number now")
    return tr(
        "{0} if you cannot speak, your lips or face turn blue or grey, you have chest pain, "
        "or this is new or much worse than usual."
    ).format(call)


def not_treatment() -> str:
    """What Companion is here, said once, plainly."""
    return tr(
        "Companion guides you through these steps and shows the plan your care team wrote. "
        "It does not replace them or their advice."
    )


def every_text() -> list[str]:
    """Every sentence above (for the check that nothing claims to treat)."""
    found = [not_treatment(), urgent_help(), urgent_help("999")]
    for words in step_words().values():
        found += [words.title, *words.lines, words.spoken]
    for position in positions():
        found.append(position.caption)
    return [*found, *out_breath_words(), *carer_lines()]
