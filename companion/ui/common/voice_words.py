"""Voices put into words: the same name, kind and licence wherever a voice is offered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.services.speech import Voice


def _tr(text: str) -> str:
    return QCoreApplication.translate("Voices", text)


def engine_text(voice: Voice) -> str:
    """What kind of voice it is, for a list ("natural" or "standard")."""
    return _tr("natural") if voice.natural else _tr("standard")


def engine_name(voice: Voice) -> str:
    """The engine behind it, by name."""
    return _tr("Piper (natural)") if voice.natural else _tr("espeak-ng (standard)")


def voice_label(voice: Voice) -> str:
    """A voice in a drop-down: its name, its kind and its language."""
    language = voice.language or _tr("any language")
    return _tr("{0} ({1}, {2})").format(voice.name, engine_text(voice), language)


def licence_text(voice: Voice) -> str:
    """The licence its maker gives, or that it gave none."""
    if voice.licence:
        return voice.licence
    return _tr("not stated (a voice you added)")


def default_label(default: Voice | None) -> str:
    """The first entry of a voice list: whichever voice speaks when none is chosen."""
    if default is None:
        return _tr("Default voice")
    return _tr("Default voice: {0}").format(voice_label(default))
