"""What is wrong with a script, in the interface language (a ``ScriptError.key`` worded).

The script format's own words (``title:``, ``pace:``, ``[pause 5]``, ``---``) stay as they
are in every language: they are what the person types.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.imagine.scripts import ScriptError


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScriptHelp", text)


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def script_problem_text(exc: ScriptError) -> str:
    """``exc``'s advice, without its line (the English message for a key not known here)."""
    dashes = _tr("If the text to read aloud starts here, put a line with just --- above it.")
    markers = _tr("The markers are [pause 5] (seconds of quiet) and [breathe 3] (slow breaths).")
    words = {
        "no_header": _tr(
            "A script starts with a header, for example 'title: Warm light', then a line with "
            "just --- and then the text to read aloud."
        ),
        "not_header": _tr("This line is not a header line such as 'pace: 140'.") + " " + dashes,
        "unknown_key": _tr(
            "'{0}' is not a header name. Use title, description, minutes, pace or language."
        )
        + " "
        + dashes,
        "repeated_key": _tr("'{0}' is already set on line {1}; keep only one."),
        "no_dashes": _tr(
            "The header never ends. After the header lines, add a line with just --- and then "
            "write the text to read aloud."
        ),
        "no_title": _tr(
            "The script has no title. Add a line such as 'title: Warm light' above the --- line."
        ),
        "empty_value": _tr("Write something after '{0}:'."),
        "minutes": _tr(
            "Write the length as a number of minutes from {0} to {1}, e.g. 'minutes: 5'."
        ),
        "pace": _tr(
            "Write the pace as a whole number of words per minute from {0} to {1}, e.g. "
            "'pace: 140' (slow and calm)."
        ),
        "language": _tr("Write the language as a short tag, e.g. 'language: en' or 'en-GB'."),
        "control": _tr(
            "This line contains an invisible control character (U+{0}). Delete the line and "
            "type it again."
        ),
        "brackets": _tr(
            "Square brackets are only for markers such as [pause 5], on a line of their own. "
            "Use round brackets ( ) inside the text."
        ),
        "marker_alone": _tr(
            "A marker such as [pause 5] goes on a line of its own, with no other text."
        ),
        "marker_broken": _tr("This marker is not complete.") + " " + markers,
        "marker_unknown": _tr("'[{0}]' is not a marker I know.") + " " + markers,
        "pause": _tr(
            "Write a pause of {0} to {1} seconds, e.g. [pause 5]. For a longer quiet time, put "
            "several [pause 120] lines one after another."
        ),
        "breathe": _tr("Write a whole number of breaths from {0} to {1}, e.g. [breathe 3]."),
        "no_text": _tr("There is no text to read aloud. Write a few sentences below the --- line."),
        "not_utf8": _tr(
            "This line has characters that are not UTF-8. Save the file as UTF-8 (in Notepad: "
            "Save As, then Encoding: UTF-8)."
        ),
    }
    text = words.get(exc.key)
    if text is None:
        return exc.message
    args = [f"{a:04X}" if exc.key == "control" else _number(a) for a in exc.facts]
    return text.format(*args)


def skipped_text(skipped: str) -> str:
    """One unusable script file, worded (a ``SkippedScript``; other text passes through)."""
    from companion.services.script_library import SkippedScript
    from companion.ui.common.messages import file_text

    if not isinstance(skipped, SkippedScript):
        return skipped
    if skipped.error is not None:
        return _tr("{0}, line {1}: {2}").format(
            skipped.name, skipped.error.line, script_problem_text(skipped.error)
        )
    if skipped.code == "too-large":
        return _tr("{0}: This file is too large to be a script.").format(skipped.name)
    if skipped.code == "duplicate":
        return _tr("{0}: another script already has this name.").format(skipped.name)
    return file_text(skipped.code, skipped.name)
