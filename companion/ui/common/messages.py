"""Problems put into words: the codes that core, services and sessions report, in plain,
translated sentences (a nurse's words, never an exception's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.problems import Problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def sound_problem_text(code: str) -> str:
    """Why there is no sound (a :class:`~companion.services.audio.output.SoundProblem` value)."""
    words = {
        "starting": _tr("Sound is still starting."),
        "no-library": _tr("Sound is off: the sound library is missing."),
        "no-device": _tr("Sound is off: no sound device was found."),
        "device-gone": _tr("Sound is off: the sound device went away and could not be reopened."),
        "spoken-cues-unavailable": _tr(
            "Spoken cues are unavailable on this computer; the soft tones play instead."
        ),
    }
    return words.get(code, _tr("Sound is off."))


def audio_file_text(kind: str, name: str) -> str:
    """Why a music file was skipped (an ``AudioFileError`` kind) and which file it was."""
    if kind == "missing":
        return _tr("The file “{0}” could not be found.").format(name)
    if kind == "folder":
        return _tr("“{0}” is a folder, not a music file.").format(name)
    return _tr(
        "The file “{0}” cannot be played: it is damaged or not a sound format Companion "
        "knows (WAV, OGG, MP3, FLAC)."
    ).format(name)


def problem_text(problem: Problem | str) -> str:
    """Words for a problem (a sentence passes through unchanged)."""
    if isinstance(problem, str):
        return problem
    code, args = problem.code, problem.args
    if code.startswith("audio."):
        text = sound_problem_text(code.removeprefix("audio."))
        if code != "audio.spoken-cues-unavailable":
            text += " " + _tr("The breathing circle and words still guide you.")
        return text
    if code == "playlist.nothing-playable":
        return _tr("Nothing in “{0}” can be played right now.").format(*args)
    if code == "playlist.none-called":
        return _tr("There is no playlist called “{0}”.").format(*args)
    if code == "music.skipped":
        kind, name = args
        return audio_file_text(kind, name) + " " + _tr("It was skipped.")
    if code == "observer.not-saved":
        return _tr("The observer's rating could not be saved ({0}).").format(*args)
    if code == "observer.no-history":
        return _tr("History is unavailable, so the observer's rating could not be kept.")
    if code.startswith("careplan."):
        return care_plan_text(code.removeprefix("careplan."), args)
    return _tr("Something went wrong ({0}).").format(code)


def care_plan_text(code: str, args: tuple[str, ...]) -> str:
    """Why the care plan could not be read or kept."""
    if code == "reset":
        return _tr(
            "Part of the care plan could not be read and was left empty ({0}). "
            "Please check it with the care team."
        ).format(*args)
    if code == "unreadable":
        return _tr("The care plan could not be read ({0}).").format(*args)
    return _tr("The care plan could not be saved ({0}). It is kept until Companion closes.").format(
        *args
    )
