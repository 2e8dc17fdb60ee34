"""``pygame.mixer`` without the rest of pygame: 5 MB instead of 38 MB.

``import pygame`` runs the package's ``__init__``, which loads every module pygame has: the
display, fonts, images, joysticks, and numpy for ``sndarray`` (38 MB resident, 130 ms on
the 2-core build machine). The app needs only the mixer and pygame's error type, so the
mixer's own modules (``pygame.base``, ``pygame.rwobject``, ``pygame.mixer``, C extensions)
are loaded under a package object whose ``__init__`` has not run yet.

That package stays in ``sys.modules`` (``mixer.init()`` itself imports ``pygame`` from C).
The first time anything asks it for a name it does not have (``pygame.init``, a test's
``pygame.mixer.get_busy`` is fine: the mixer is there), the real ``__init__`` runs in it,
finds the modules already loaded and keeps them: there is still one pygame and one mixer.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import threading
import types
from typing import Any

_lock = threading.RLock()


def _deferred_package() -> types.ModuleType:
    """A ``pygame`` package that runs its real ``__init__`` when first asked for a name."""
    spec = importlib.util.find_spec("pygame")
    if spec is None or spec.loader is None or not spec.submodule_search_locations:
        raise ImportError("pygame is not installed")
    package = types.ModuleType("pygame")
    package.__path__ = list(spec.submodule_search_locations)
    package.__file__ = spec.origin
    package.__package__ = "pygame"
    package.__spec__ = spec
    package.__loader__ = spec.loader
    loader: Any = spec.loader

    def whole(name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # PySide's import hook asks
            raise AttributeError(name)  # for __wrapped__ etc. of every new module: not a use
        with _lock:
            namespace = package.__dict__
            if namespace.get("__getattr__") is whole:
                del namespace["__getattr__"]
                exec(loader.get_code("pygame"), namespace)
        try:
            return namespace[name]
        except KeyError:
            raise AttributeError(f"module 'pygame' has no attribute {name!r}") from None

    package.__dict__["__getattr__"] = whole
    return package


def load_mixer() -> tuple[Any, type[Exception]]:
    """``(pygame.mixer, pygame.error)``, loading as little of pygame as it can."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    with _lock:
        if "pygame" not in sys.modules:
            sys.modules["pygame"] = _deferred_package()
        base = importlib.import_module("pygame.base")
        importlib.import_module("pygame.rwobject")
        mixer = importlib.import_module("pygame.mixer")
    return mixer, base.error


def load_whole() -> Any:
    """All of pygame (what the microphone needs: ``pygame._sdl2``), its ``__init__`` run now.

    Call it on the GUI thread before a worker opens the microphone: the package's real
    ``__init__`` run from a worker thread, while the GUI thread's sound reads the mixer, never
    came back (the recorder waited for ever for the microphone)."""
    with _lock:
        import pygame

        getattr(pygame, "version", None)  # the first name asked for runs the real __init__
        return pygame
