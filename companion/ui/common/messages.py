"""Problems put into words: the codes that core, services and sessions report, in plain,
translated sentences (a nurse's words, never an exception's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.problems import Problem
from companion.ui.common.undo import Undoable


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


def unspoken_text(code: str) -> str:
    """Why one passage of a script is shown as words, not spoken (a ``SpeechQueue`` code)."""
    words = {
        "too-long": _tr(
            "This passage is too long to be spoken in one piece, so it is shown as words."
        ),
        "too-slow": _tr("Speaking this passage took too long, so it is shown as words."),
    }
    return words.get(code, _tr("This passage could not be spoken, so it is shown as words."))


def audio_file_text(kind: str, name: str) -> str:
    """Why a music file was skipped (an ``AudioFileError`` kind) and which file it was."""
    if kind == "missing":
        return _tr("The file “{0}” could not be found.").format(name)
    if kind == "folder":
        return _tr("“{0}” is a folder, not a music file.").format(name)
    if kind == "not-a-file":
        return _tr("“{0}” is not an ordinary file (a device or a pipe), not a music file.").format(
            name
        )
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
        "speech.too-long": _tr(
            "This passage is too long to be spoken in one piece; it is shown as words instead."
        ),
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


def problem_text(problem: Problem | Undoable | str) -> str:
    """Words for a problem (a sentence passes through unchanged)."""
    if isinstance(problem, str):
        return problem
    if isinstance(problem, Undoable):
        return problem.text
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
    if code == "breathless-plan.set-aside":
        return _tr(
            "The breathlessness plan could not be read, so it is empty for now. The old file "
            "is kept as {0}. Please write the plan again with the care team."
        ).format(*args)
    if code == "breathless-plan.unreadable":
        return _tr(
            "The breathlessness plan could not be read on this computer. Please write it "
            "again with the care team."
        )
    if code == "breathless-plan.reset":
        return _tr(
            "Part of the breathlessness plan could not be read and was left empty. Please "
            "check the plan with the care team."
        )
    if code == "music.skipped":
        kind, name = args
        return audio_file_text(kind, name) + " " + _tr("It was skipped.")
    if code == "observer.not-saved":
        return _tr("The observer's rating could not be saved ({0}).").format(*args)
    if code == "observer.no-history":
        return _tr("History is unavailable, so the observer's rating could not be kept.")
    if code.startswith("careplan."):
        return care_plan_text(code.removeprefix("careplan."), args)
    if code.split(".", 1)[0] in ("pattern", "reminder", "playlist"):
        return choice_problem_text(code, args)
    if code.split(".", 1)[0] in ("store", "history", "file", "backup", "restore", "app"):
        return data_problem_text(problem)
    return _tr("Something went wrong ({0}).").format(code)


def _trn(text: str, n: int) -> str:
    return QCoreApplication.translate("Messages", text, "", n)


def store_text(code: str) -> str:
    """Why history could not be read or saved (a ``StoreError.code``)."""
    words = {
        "full": _tr("The disk is full, so history could not be saved. Free some space."),
        "locked": _tr(
            "History is busy in another program or window of Companion; try again in a moment."
        ),
        "readonly": _tr("History is read-only here, so sessions cannot be saved."),
        "denied": _tr(
            "Companion is not allowed to open its history file; check the file's permissions."
        ),
        "damaged": _tr(
            "Part of your history file is damaged, so it could not be read or saved. "
            "Sessions still run; if you have a backup, History → Restore… brings it back."
        ),
        "newer": _tr(
            "Your history was written by a newer version of Companion: it is shown, but new "
            "sessions are not saved until Companion is updated."
        ),
    }
    return words.get(code, _tr("History could not be read or saved."))


_STORE_CODES = ("full", "locked", "readonly", "denied", "damaged", "newer")


def file_text(code: str, name: str) -> str:
    """Why a file could not be read or written (a ``FileProblem.code``) and which file."""
    words = {
        "no-name": _tr("No file name was given."),
        "missing": _tr("“{0}” could not be found."),
        "no-folder": _tr("The folder for “{0}” does not exist."),
        "folder": _tr("“{0}” is a folder, not a file."),
        "not-a-file": _tr(
            "“{0}” is not an ordinary file (a device or a pipe), so it was not used."
        ),
        "too-large": _tr("“{0}” is too large to be one Companion can use."),
        "not-text": _tr("“{0}” is not a text file."),
        "no-room": _tr("There is no room left on the disk for “{0}”."),
        "read-only": _tr("“{0}” is on a disk that cannot be written."),
        "denied": _tr("You do not have permission to use “{0}”."),
        "too-long": _tr("The name “{0}” is too long for this disk."),
    }
    return words.get(code, _tr("“{0}” could not be used.")).format(name)


def backup_text(code: str, name: str, detail: str = "") -> str:
    """Why a backup file was refused or could not be written (a ``BackupError.code``)."""
    words = {
        "not-sqlite": _tr("“{0}” is not a Companion history backup."),
        "not-companion": _tr(
            "“{0}” is not a backup Companion made (it holds {1}), so it was not restored."
        ),
        "damaged": _tr("“{0}” is damaged, so it was not restored."),
        "newer": _tr("“{0}” comes from a newer version of Companion; update Companion first."),
        "bad-values": _tr(
            "“{0}” holds values Companion never writes ({1}), so it was not restored."
        ),
        "too-slow": _tr("Checking “{0}” took too long, so it was not restored."),
        "write-failed": _tr("The backup could not be written to “{0}”."),
        "locked": _tr(
            "“{0}” is in use by another program or window of Companion; try again in a moment."
        ),
    }
    if code in words:
        return words[code].format(name, detail)
    return file_text(code, name)


def data_problem_text(problem: Problem) -> str:
    """Words for the history's and files' problems (codes ``store.*``, ``file.*``, …)."""
    code, args = problem.code, problem.args
    family, _, what = code.partition(".")
    if code == "store.set-aside":
        return _tr(
            "Your history file could not be read, so a new one was started. The old file is "
            "kept as {0}; nothing was deleted. If you have a backup, History → Restore… "
            "brings your sessions back."
        ).format(*args)
    if code == "store.newer":
        return _tr(
            "Your history was written by a newer version of Companion (schema {0}; this "
            "version knows {1}). It is shown as it is, but new sessions are not saved until "
            "Companion is updated."
        ).format(*args)
    if family == "store":
        return store_text(what)
    if code == "history.unavailable":
        reason = store_text(args[0])
        if args[0] not in _STORE_CODES:
            reason = _tr("Its file or folder could not be opened ({0}).").format(args[1])
        return " ".join(
            (
                _tr("History is unavailable, so sessions are not saved."),
                reason,
                _tr(
                    "Your history file was left as it is; once this is put right, start "
                    "Companion again."
                ),
            )
        )
    if code == "history.flagged":
        n = int(args[0])
        return _trn(
            "%n session(s) hold values Companion does not write (from another program, a "
            "newer version or damage). They are shown as they are and marked ⚠.",
            n,
        )
    if family == "file":
        return file_text(what, *args[:1])
    if family == "backup":
        return backup_text(what, *args[:2])
    if code == "restore.kept":  # the restore did not happen; where the copy taken first is
        return (
            backup_text(args[0], args[1], args[2])
            + " "
            + _tr("Your history is as it was; a copy of it is also kept as {0}.").format(args[3])
        )
    if code == "app.unexpected":
        return _tr(
            "Something unexpected went wrong ({0}). What you were doing may not have "
            "finished; the details are in the log."
        ).format(*args)
    return _tr("Something went wrong ({0}).").format(code)


def choice_problem_text(code: str, args: tuple[str, ...]) -> str:
    """Why a pattern, a reminder or a playlist change was refused (its ``ProblemError``)."""
    words = {
        "pattern.inhale-range": _tr("The in-breath must last between {0} and {1} seconds."),
        "pattern.exhale-range": _tr("The out-breath must last between {0} and {1} seconds."),
        "pattern.hold-range": _tr("A hold must last between 0 and {0} seconds."),
        "pattern.out-shorter": _tr("The out-breath must be at least as long as the in-breath."),
        "pattern.unreadable": _tr(
            "“{0}” is not a pattern; write in-out seconds like 4-6 or 4-0-6-0."
        ),
        "pattern.count": _tr("“{0}” needs two numbers (4-6) or four (4-0-6-0)."),
        "reminder.no-words": _tr("A reminder needs a few words, e.g. “Before sleep”."),
        "reminder.too-long": _tr("A reminder's words can be at most {0} characters."),
        "playlist.no-name": _tr("A playlist needs a name."),
        "playlist.name-too-long": _tr("A playlist name can be at most {0} characters long."),
        "playlist.bundled": _tr(
            "This playlist comes with Companion and cannot be changed. Make a copy to edit it."
        ),
        "playlist.gone": _tr("This playlist no longer exists."),
        "playlist.shadows-bundled": _tr(
            "A playlist of yours is called “{0}”, the name of a playlist that comes with "
            "Companion. Rename yours to see both."
        ),
        "playlist.exists": _tr("There is already a playlist called “{0}”."),
    }
    text = words.get(code)
    return text.format(*args) if text else _tr("Something went wrong ({0}).").format(code)


def error_text(exc: BaseException) -> str:
    """Words for an expected failure (a ``StoreError``, a ``ProblemError``, a file problem)."""
    if not hasattr(exc, "problem") and not hasattr(exc, "code") and isinstance(exc, ValueError):
        return str(exc)  # a check with no code yet: its English is better than nothing
    return problem_text(error_problem(exc))


def error_problem(exc: BaseException) -> Problem:
    """The problem an exception from the data layer stands for (its ``code``), for words."""
    problem = getattr(exc, "problem", None)
    if isinstance(problem, Problem):
        return problem
    code = getattr(exc, "code", None)
    if isinstance(code, str):
        name = getattr(exc, "name", "") or ""
        return Problem(f"file.{code}", (str(name),))
    return Problem("app.unexpected", (type(exc).__name__,))


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
