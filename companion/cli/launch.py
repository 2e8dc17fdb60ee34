"""What the command line asks the window to open first: checked, typed, and nothing more."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BreatheLaunch:
    """``companion breathe``: a pattern given as numbers, or a preset; minutes (None: open)."""

    pattern: str | None = None
    preset: str | None = None
    minutes: float | None = 3.0


@dataclass(frozen=True)
class MeditateLaunch:
    """``companion meditate``: each part None means "as last set in Companion"."""

    minutes: float | None = None
    interval: float | None = None
    bell: str | None = None


@dataclass(frozen=True)
class ImagineLaunch:
    """``companion imagine [SCRIPT] [--no-music]``."""

    script: str | None = None
    no_music: bool = False


@dataclass(frozen=True)
class Launch:
    """The page to open first (None: Home, or the welcome on a first run) and its request.

    ``open_audio_early``: open the sound device while the window is built (``listen``: the
    sound is the point of the command); otherwise it opens once the window is on screen.
    ``switch_access``: one-switch scanning on for this run (``--switch-access``).
    """

    page: str | None = None
    request: object | None = None
    open_audio_early: bool = False
    switch_access: bool = False
