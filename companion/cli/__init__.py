"""The command line: parse, check, and hand to the wiring (``companion.app``).

Commands that need no window (``export``, ``playlist``, ``--list``) never import Qt's
widgets; the others are checked here (a typo is told on the terminal, not in a window) and
become a :class:`~companion.app.Launch` for the wiring.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence

from companion.cli.catalogue import check_imagine, check_stretch
from companion.cli.export import run_export
from companion.cli.launch import BreatheLaunch, ImagineLaunch, Launch
from companion.cli.listen import run_listen_check, run_playlist
from companion.cli.parser import build_parser
from companion.cli.voices import run_voices
from companion.core.breathing import PatternError, parse_pattern, session_seconds
from companion.services.audio.soundscapes import CALM_PLAYLIST

__all__ = ["build_parser", "launch_for", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``companion`` command."""
    logging.basicConfig(level=os.environ.get("COMPANION_LOG", "WARNING").upper())
    os.umask(0o077)  # everything the app writes is health data: owner only
    args = build_parser().parse_args(argv)
    if args.command == "export":
        return run_export(args)
    if args.command == "playlist":
        return run_playlist(args)
    # Until the window can close itself cleanly, a stop request simply ends the start-up.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _exit_during_start_up)
    code = check(args)
    if code is not None:
        return code
    from companion.app import run_gui

    return run_gui(launch_for(args))


def check(args: argparse.Namespace) -> int | None:
    """Print a list, or refuse a bad argument (an exit code); None when the window should open."""
    if args.command == "listen":
        return run_listen_check(args)
    if args.command == "stretch":
        return check_stretch(args)
    if args.command == "imagine":
        return check_imagine(args)
    if args.command == "voices":
        return run_voices(args)
    if args.command == "breathe":
        try:
            if args.pattern:
                parse_pattern(args.pattern)
            if args.minutes:
                session_seconds(args.minutes)
        except (PatternError, ValueError) as exc:
            print(f"companion: {exc}", file=sys.stderr)
            return 2
    return None


def launch_for(args: argparse.Namespace) -> Launch:
    """What the window should open first, for checked arguments."""
    command = args.command
    # An activity's sound is its point: the device opens while the window is built.
    if command == "breathe":
        request = BreatheLaunch(args.pattern, args.preset, args.minutes or None)
        return Launch("breathe", request, open_audio_early=True)
    if command == "listen":
        return Launch("listen", args.playlist or CALM_PLAYLIST, open_audio_early=True)
    if command == "stretch":
        return Launch("stretch", args.routine, open_audio_early=args.routine is not None)
    if command == "imagine":
        return Launch("imagine", ImagineLaunch(args.script, args.no_music), open_audio_early=True)
    if command == "history":
        return Launch("history")
    if command == "voices":
        return Launch("settings", "voices")
    return Launch()


def _exit_during_start_up(_signum: int, _frame: object) -> None:
    raise SystemExit(0)  # nothing has been started yet, so there is nothing to save
