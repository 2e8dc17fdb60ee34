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


def speech_problem_text(code: str) -> str:
    """Why the voice is off or changed (a ``speech.*`` code from the speech service)."""
    words = {
        "speech.no-engine": _tr(
            "Spoken guidance is not available: no speech engine was found on this computer."
        ),
        "speech.engine-failed": _tr(
            "Spoken guidance is not available: the speech engine could not start."
        ),
        "speech.engine-silent": _tr(
            "Spoken guidance is not available: the speech engine did not respond."
        ),
        "speech.kept-failing": _tr(
            "Spoken guidance has been switched off because the speech engine kept failing."
        ),
        "speech.too-slow": _tr("Speaking took too long and was stopped. Please try again."),
        "speech.not-spoken": _tr("This passage could not be turned into speech."),
        "speech.no-room": _tr(
            "Spoken guidance is not available: the speech files cannot be stored."
        ),
        "speech.closed": _tr("Spoken guidance has been switched off."),
        "speech.natural-missing": _tr(
            "The natural voice is not installed on this computer, so the standard voice "
            "speaks instead."
        ),
        "speech.natural-failed": _tr(
            "The natural voice could not start, so the standard voice speaks instead."
        ),
    }
    return words.get(code, _tr("Spoken guidance is not available."))


def voice_file_text(code: str) -> str:
    """Why a voice the user offered was not added (a ``voice.*`` code)."""
    words = {
        "voice.model-missing": _tr("The voice file could not be found."),
        "voice.model-not-a-file": _tr("That is not a voice file (it is a folder or a device)."),
        "voice.model-size": _tr(
            "That file is not the size of a voice (a Piper voice is 1 to 200 MB)."
        ),
        "voice.config-missing": _tr(
            "The voice's settings file is missing: keep the .onnx.json file beside the "
            ".onnx file, with the same name."
        ),
        "voice.config-not-a-file": _tr("The voice's settings (.onnx.json) are not a file."),
        "voice.config-size": _tr("The voice's settings file (.onnx.json) is too large."),
        "voice.config-unreadable": _tr(
            "The voice's settings file (.onnx.json) is damaged or is not a Piper voice's."
        ),
        "voice.config-incomplete": _tr(
            "The voice's settings file (.onnx.json) lacks what Piper needs to speak."
        ),
        "voice.unsupported": _tr(
            "This voice needs more than Companion carries (only voices that use espeak-ng "
            "phonemes can be added)."
        ),
        "voice.does-not-load": _tr("The voice did not load: the file is damaged or not a voice."),
        "voice.no-engine": _tr("The natural voice engine is not installed on this computer."),
        "voice.exists": _tr("You already have a voice with this name."),
        "voice.cannot-copy": _tr("The voice could not be copied into Companion's folder."),
        "voice.silent": _tr("The voice loaded, but said nothing."),
    }
    return words.get(code, _tr("This voice cannot be used."))


def recording_problem_text(code: str) -> str:
    """Why a take was not kept (a code from ``sessions/voice_recorder.py``)."""
    words = {
        "no-microphone": _tr(
            "No microphone was found, so nothing can be recorded. Everything else works as "
            "usual: lines without a recording are read by the voice you chose."
        ),
        "no-library": _tr("Recording is not available: the sound library is missing."),
        "silent": _tr(
            "Nothing was heard. Check that the microphone is on and not muted, then try again."
        ),
        "no-store": _tr(
            "Recordings are kept with your history, which cannot be opened right now, so "
            "nothing can be recorded."
        ),
    }
    return words.get(code, _tr("The recording did not work. Please try again."))


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
    if code.startswith("speech."):
        return speech_problem_text(code)
    if code.startswith("voice."):
        return voice_file_text(code)
    if code.startswith("recording."):
        return recording_problem_text(code.removeprefix("recording."))
    if code == "playlist.nothing-playable":
        return _tr("Nothing in “{0}” can be played right now.").format(*args)
    if code == "playlist.none-called":
        return _tr("There is no playlist called “{0}”.").format(*args)
    if code == "music.skipped":
        kind, name = args
        return audio_file_text(kind, name) + " " + _tr("It was skipped.")
    return _tr("Something went wrong ({0}).").format(code)
