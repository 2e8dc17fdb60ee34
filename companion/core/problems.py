"""Problems to tell the user about, as codes and facts; the interface puts them into words.

Core, services and sessions never word a message themselves (the words depend on the
language the person chose); they say *what* happened and the facts a sentence needs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Something the user should be told.

    Args:
        code: what happened, e.g. ``"audio.device-gone"`` or ``"playlist.nothing-playable"``.
        args: the facts the sentence needs (a name, a file, a line number), as text.
    """

    code: str
    args: tuple[str, ...] = ()


class ProblemError(ValueError):
    """An expected, user-facing failure: ``str()`` is the English the command line prints;
    :attr:`problem` is what the interface words in the person's language."""

    def __init__(self, english: str, code: str = "", *args: object) -> None:
        super().__init__(english)
        self.problem = Problem(code, tuple(str(a) for a in args)) if code else None
