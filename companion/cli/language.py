"""The interface language for commands that open no window: Settings' choice, else the
environment's (``LANGUAGE=es companion imagine --list``)."""

from __future__ import annotations

import os

from companion.core.language import chosen_language
from companion.services.paths import AppPaths


def cli_language() -> str:
    """The language chosen in Settings, or the system's when it says "System"."""
    from companion.services.settings import SettingsStore

    prefs = SettingsStore(AppPaths.default().settings).load()
    return chosen_language(prefs.language, os.environ)
