"""``companion stretch --list`` and ``companion imagine --list``, and checking their IDs.

Each check prints and returns an exit code when no window is wanted (a list, an unknown ID),
or returns None: the window opens.
"""

from __future__ import annotations

import argparse
import sys

from companion.services.paths import AppPaths


def check_stretch(args: argparse.Namespace) -> int | None:
    """``companion stretch --list`` prints and exits; an unknown ID is an error; else None."""
    from companion.cli.language import cli_language
    from companion.core.stretch.model import StretchDataError
    from companion.core.stretch.schema import parse_routine
    from companion.services.stretch.library import load_bundled
    from companion.services.stretch.settings_store import StretchSettingsStore

    try:
        library = load_bundled(cli_language())  # titles in the interface language
    except StretchDataError as exc:
        print(f"companion: the stretch library is unusable: {exc}", file=sys.stderr)
        return 1
    catalogue = [(r.id, r.title) for r in library.routines]
    # Only --list repairs (and says so here); opening a routine leaves a damaged file for the
    # window to set aside, so the notice is shown where the user will see it.
    settings_store = StretchSettingsStore.default()
    user_routines = settings_store.load(repair=args.list).user_routines
    if args.list:
        for notice in settings_store.notices:
            print(f"companion: {notice}", file=sys.stderr)
    for raw in user_routines:
        try:
            mine = parse_routine(raw, "stretch.json", library.by_id)
        except StretchDataError:
            continue
        catalogue.append((mine.id, mine.title))
    catalogue += [(s.id, s.title) for s in library.stretches]
    if args.list:
        for item_id, title in catalogue:
            print(f"{item_id}  {title}")
        return 0
    if args.routine is not None and args.routine not in dict(catalogue):
        print(
            f"companion: no routine or movement called '{args.routine}' "
            "(see: companion stretch --list)",
            file=sys.stderr,
        )
        return 2
    return None


def check_imagine(args: argparse.Namespace) -> int | None:
    """``companion imagine --list`` prints the scripts; an unknown SCRIPT is an error.

    Returns the exit code when no window is wanted, else None.
    """
    from companion.cli.language import cli_language
    from companion.core.imagine.narration import Narration
    from companion.core.imagine.scripts import format_duration
    from companion.services.script_library import load_library

    library = load_library(AppPaths.default().data)
    if args.list:
        for problem in library.problems:
            print(f"companion: skipped {problem}", file=sys.stderr)
        # the interface language's scripts first (the line itself stays ID  Title  (m:ss))
        for entry in library.ordered_for(cli_language()):
            length = format_duration(Narration(entry.script).total())
            print(f"{entry.id}  {entry.script.title}  ({length})")
        return 0
    if args.script and library.get(args.script) is None:
        known = ", ".join(sorted(library.ids()))
        print(f"companion: no script called '{args.script}' (try: {known})", file=sys.stderr)
        return 2
    return None
