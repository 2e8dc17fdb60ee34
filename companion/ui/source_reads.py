"""What PySide's import hook reads of every module imported after it, read lightly.

Call :func:`read_sources_lightly` once PySide6 is imported and before the window's modules are.
"""

from __future__ import annotations

import sys


def read_sources_lightly() -> None:
    """Keep PySide's import hook from holding every module's source in memory.

    Once PySide6 is imported, shiboken asks of each module imported after it whether its
    source mentions "PySide6" (to know which modules may switch ``__feature__``), with
    ``inspect.getsource``: that reads the file through ``linecache``, which keeps every line.
    For the ~160 modules a breathing session imports, that is 70,000 lines, about 6 MB held
    for the life of the process and ~10 ms of start-up (``make bench``). The same question,
    answered from the file's bytes read once and let go. Companion selects no feature; a
    PySide without this hook is left as it is.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", mentions_pyside)  # noqa: B010  # a module found at run time


def mentions_pyside(module: object) -> bool:
    """Whether the module's source file mentions PySide6 (False with no readable source,
    as shiboken's own test answers for built-in and source-less modules)."""
    origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
