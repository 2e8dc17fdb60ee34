"""The command line's English for the problems services report as codes.

The window words the same codes through Qt's translations (``ui/common/messages.py``); a
terminal gets these plain sentences, one line each.
"""

from __future__ import annotations

from companion.core.problems import Problem
from companion.services.store import StoreError


def english(problem: Problem | str) -> str:
    """One plain line for ``problem`` (a sentence passes through unchanged)."""
    if isinstance(problem, str):
        return problem
    code, args = problem.code, problem.args
    if code == "store.set-aside":
        return (
            "Your history file could not be read, so a new one was started. The old file is "
            f"kept as {args[0]}; nothing was deleted. If you have a backup, "
            "`companion restore FILE` brings your sessions back."
        )
    if code == "store.newer":
        return (
            f"Your history was written by a newer version of Companion (schema {args[0]}; "
            f"this version knows {args[1]}). It is read as it is, but nothing is saved to it "
            "until Companion is updated."
        )
    if code.startswith("store."):
        return str(StoreError(code.removeprefix("store.")))
    if code == "history.unavailable":
        return (
            f"History is unavailable: {StoreError(*args[:2])} The history file was left as "
            "it is; nothing is saved until this is put right."
        )
    if code == "history.flagged":
        return (
            f"{args[0]} session(s) hold values Companion does not write (from another "
            "program, a newer version or damage); they are included as they are and named "
            "in the 'flagged' column."
        )
    return f"{code} {' '.join(args)}".strip()


def printable(text: str) -> str:
    """``text`` with control characters shown as escapes, so one message stays one line.

    Terminal controls (escape sequences, carriage returns, line breaks) in a name someone
    typed or imported can never rewrite the screen.
    """
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
