"""The command line's words: every command, its options and their help (see README: CLI)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import NoReturn

from companion import __version__
from companion.core.breathing import PRESETS
from companion.core.meditation import BELLS


class _Parser(argparse.ArgumentParser):
    """An argument parser whose mistakes are told in one line, as the CLI contract asks.

    argparse prints the whole usage before the error; a script reading stderr, or a person,
    gets one line instead, pointing at ``--help`` for the usage.
    """

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see: {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The ``companion`` command line."""
    parser = _Parser(
        prog="companion",
        description="Guided breathing and rest for palliative care, at the bedside.",
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    _switch_access(parser, False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    breathe = sub.add_parser("breathe", help="open straight into a breathing session")
    breathe.add_argument(
        "--minutes",
        type=float,
        default=3.0,
        help="session length in minutes; fractions allowed (0.25 = 15 s); 0 = open-ended",
    )
    group = breathe.add_mutually_exclusive_group()
    group.add_argument("--pattern", help="in-out or in-hold-out-hold seconds, e.g. 4-6 or 4-0-6-0")
    group.add_argument(
        "--preset", choices=[*PRESETS, "custom"], help="a named pattern (default: calm, 4-6)"
    )
    sub.add_parser(
        "breathless",
        help='open "Breathless now" at once: help in an attack of breathlessness, no set-up',
    )
    meditate = sub.add_parser("meditate", help="a quiet timer with soft bells")
    meditate.add_argument(
        "--minutes",
        type=float,
        help="how long, in minutes; fractions allowed (0.5 = 30 s); 0 = open-ended "
        "(default: as last set in Companion)",
    )
    meditate.add_argument(
        "--interval",
        type=float,
        metavar="M",
        help="a soft bell every M minutes between the start and the end; 0 = none",
    )
    meditate.add_argument(
        "--bell", metavar="NAME", help=f"the bell: {', '.join(BELLS)}, or none for silence"
    )
    listen = sub.add_parser("listen", help="start playing a playlist at once (default: Calm)")
    listen.add_argument("playlist", nargs="?", metavar="PLAYLIST", help="playlist name")
    listen.add_argument("--list", action="store_true", help="print the playlists and exit")
    playlist = sub.add_parser("playlist", help="import or export an M3U/M3U8 playlist")
    actions = playlist.add_subparsers(dest="action", metavar="ACTION", required=True)
    read = actions.add_parser("import", help="read an M3U or M3U8 file into a new playlist")
    read.add_argument("file", type=_file, metavar="FILE")
    read.add_argument("--name", help="name for the new playlist (default: the file's name)")
    write = actions.add_parser("export", help="write a playlist as an M3U8 file")
    write.add_argument("name", metavar="NAME")
    write.add_argument("file", type=_file, metavar="FILE", help="the file to write; - for stdout")
    stretch = sub.add_parser("stretch", help="open a stretch routine or a single movement")
    stretch.add_argument("routine", nargs="?", metavar="ROUTINE", help="a routine or movement ID")
    stretch.add_argument(
        "--list", action="store_true", help="print the routines and movements (ID  Title)"
    )
    imagine = sub.add_parser("imagine", help="listen to a spoken guided-imagery script")
    imagine.add_argument("script", nargs="?", metavar="SCRIPT", help="the script's id (see --list)")
    imagine.add_argument("--list", action="store_true", help="print the scripts and exit")
    imagine.add_argument("--no-music", action="store_true", help="no background sound")
    voices = sub.add_parser("voices", help="the voices that can speak (Settings: add your own)")
    voices.add_argument(
        "--list",
        action="store_true",
        help="print ID  ENGINE  LANGUAGE  NAME per voice, '*' marking the default, and exit",
    )
    sub.add_parser("history", help="open the history view")
    export = sub.add_parser("export", help="write the history to a file without a window")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--csv", type=_file, metavar="FILE", help="CSV file to write (- for stdout)"
    )
    target.add_argument(
        "--pdf", type=_file, metavar="FILE", help="PDF report for the care team (- for stdout)"
    )
    target.add_argument(
        "--fhir",
        type=_file,
        metavar="FILE",
        help="FHIR R4 Bundle (JSON) of sessions, ratings and check-ins; - for standard output",
    )
    export.add_argument("--since", type=_date, help="first day to include (YYYY-MM-DD)")
    export.add_argument("--until", type=_date, help="last day to include (YYYY-MM-DD)")
    keep = sub.add_parser("backup", help="save the whole history as one file, without a window")
    keep.add_argument("file", type=_file, metavar="FILE", help="the backup to write; - for stdout")
    back = sub.add_parser(
        "restore", help="bring back the history from a backup (the current one is kept beside it)"
    )
    back.add_argument("file", type=_file, metavar="FILE", help="a backup file; - for stdin")
    for command in (*sub.choices.values(), read, write):  # "with any command", either side
        _switch_access(command, argparse.SUPPRESS)
    return parser


def _file(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("a file name is needed, not an empty one")
    return Path(text)


def _switch_access(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--switch-access",
        action="store_true",
        default=default,
        help="start with one-switch scanning on (Space or Enter chooses; hold to go back)",
    )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-23") from None
