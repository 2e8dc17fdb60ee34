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
