"""The command line: parse, check, and hand to the wiring (``companion.app``).

Commands that need no window (``export``, ``playlist``, ``--list``) never import Qt's
widgets; the others are checked here (a typo is told on the terminal, not in a window) and
become a :class:`~companion.app.Launch` for the wiring.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import logging
import math
import os
import signal
import sys
from collections.abc import Callable, Sequence

from companion.cli.launch import BreatheLaunch, ImagineLaunch, Launch, MeditateLaunch
from companion.cli.parser import build_parser
from companion.core.breathing import PatternError, parse_pattern, session_seconds
from companion.core.meditation import BELLS, MIN_INTERVAL_MINUTES, NO_BELL
from companion.core.meditation import MAX_MINUTES as MAX_SIT_MINUTES

__all__ = ["build_parser", "launch_for", "main"]

log = logging.getLogger("companion")
MAX_MINUTES = 24 * 60  # a session longer than a day is a typo, not a plan


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``companion`` command."""
    logging.basicConfig(level=os.environ.get("COMPANION_LOG", "WARNING").upper())
    os.umask(0o077)  # everything the app writes is health data: owner only
    args = build_parser().parse_args(argv)
    if args.command in ("export", "playlist", "backup", "restore"):
        # imported for the command only: the window's start needs none of them
        from companion.cli.export import run_backup, run_export, run_restore
        from companion.cli.listen import run_playlist

        plain = {
            "export": run_export,
            "playlist": run_playlist,
            "backup": run_backup,
            "restore": run_restore,
        }
        return _guarded(lambda: plain[args.command](args)) or 0
    # Until the window can close itself cleanly, a stop request simply ends the start-up.
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, _exit_during_start_up)
    code = _guarded(lambda: check(args))
    if code is not None:
        return code
    from companion.app import run_gui

    launch = launch_for(args)
    if getattr(args, "switch_access", False):
        launch = dataclasses.replace(launch, switch_access=True)
    return run_gui(launch)


def _guarded(run: Callable[[], int | None]) -> int | None:
    """Run a command without a window: a closed pipe ends it quietly, a bug in one line.

    ``companion listen --list | head -1`` closes the pipe early: that is not an error.
    Anything unexpected is logged (with ``COMPANION_LOG=debug``, its traceback) and told in
    one line, as the command-line contract asks.
    """
    try:
        return run()
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        log.debug("unexpected error", exc_info=True)
        print(
            f"companion: something unexpected went wrong ({type(exc).__name__}: {exc}); "
            "run with COMPANION_LOG=debug for the details",
            file=sys.stderr,
        )
        return 1


def _quiet_stdout() -> None:
    """Point stdout at nothing, so Python's own flush at exit meets no closed pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def check(args: argparse.Namespace) -> int | None:
    """Print a list, or refuse a bad argument (an exit code); None when the window should open."""
    if args.command == "listen":
        from companion.cli.listen import run_listen_check

        return run_listen_check(args)
    if args.command == "stretch":
        from companion.cli.catalogue import check_stretch

        return check_stretch(args)
    if args.command == "imagine":
        from companion.cli.catalogue import check_imagine

        return check_imagine(args)
    if args.command == "meditate":
        return check_meditate(args)
    if args.command == "voices":
        from companion.cli.voices import run_voices

        return run_voices(args)
    if args.command == "breathe":
        try:
            if args.pattern:
                parse_pattern(args.pattern)
            if args.minutes:
                if args.minutes > MAX_MINUTES:  # infinity too
                    raise ValueError(f"--minutes can be at most {MAX_MINUTES} (a day).")
                session_seconds(args.minutes)
        except (PatternError, ValueError) as exc:
            print(f"companion: {exc}", file=sys.stderr)
            return 2
    return None


def check_meditate(args: argparse.Namespace) -> int | None:
    """Refuse a length, an interval or a bell that cannot be used (exit code 2)."""
    minutes, interval = args.minutes, args.interval
    if minutes is not None and not (math.isfinite(minutes) and 0 <= minutes <= MAX_SIT_MINUTES):
        return _refuse(
            f"--minutes takes 0 (open-ended) to {MAX_SIT_MINUTES:g} minutes, not {minutes:g}"
        )
    if interval is not None and not (
        interval == 0
        or (math.isfinite(interval) and MIN_INTERVAL_MINUTES <= interval <= MAX_SIT_MINUTES)
    ):
        return _refuse(
            f"--interval takes 0 (no bells in between) or {MIN_INTERVAL_MINUTES:g} to "
            f"{MAX_SIT_MINUTES:g} minutes, not {interval:g}"
        )
    if args.bell is not None and args.bell not in (*BELLS, NO_BELL):
        return _refuse(f"there is no bell called '{args.bell}'; choose {', '.join(BELLS)} or none")
    return None


def _refuse(text: str) -> int:
    print(f"companion: {text}", file=sys.stderr)
    return 2


def launch_for(args: argparse.Namespace) -> Launch:
    """What the window should open first, for checked arguments."""
    command = args.command
    # An activity's sound is its point: the device opens while the window is built.
    if command == "breathe":
        request = BreatheLaunch(args.pattern, args.preset, args.minutes or None)
        return Launch("breathe", request, open_audio_early=True)
    if command == "breathless":  # its first step at once; its sound as soon as it can
        return Launch("breathless", open_audio_early=True)
    if command == "meditate":
        sit = MeditateLaunch(args.minutes, args.interval, args.bell)
        return Launch("meditate", sit, open_audio_early=True)
    if command == "listen":
        from companion.services.audio.soundscapes import CALM_PLAYLIST

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
