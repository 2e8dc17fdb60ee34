"""The ``listen`` and ``playlist`` commands: list, import and export playlists without a window.

``companion listen [PLAYLIST]`` itself opens the window (see app.run_gui); here it is only
checked that the playlist exists, so a typo is told on the terminal, not in a window.
"""

from __future__ import annotations

import argparse
import sys

from companion.cli.words import english, printable
from companion.core.listen.playlists import Playlist, PlaylistError
from companion.core.problems import Problem
from companion.core.sessions import format_duration
from companion.services.audio.soundscapes import calm_playlist
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.paths import AppPaths
from companion.services.safe_files import is_stdout
from companion.services.store import Store, StoreError


def sync_bundled(store: Store) -> tuple[PlaylistStore, list[str]]:
    """The playlist store with the bundled "Calm" playlist up to date; and any notice."""
    playlists = PlaylistStore(store)
    notices: list[str] = []
    calm = calm_playlist()
    if not calm.tracks:
        notices.append(
            "The bundled calming sounds are missing; reinstalling Companion restores them."
        )
        return playlists, notices
    try:
        playlists.sync_bundled(calm)
    except (PlaylistError, StoreError) as exc:
        notices.append(str(exc))
    return playlists, notices


def _open() -> tuple[Store, PlaylistStore] | None:
    try:
        store = Store.open(AppPaths.default().database)
    except StoreError as exc:
        print(f"companion: cannot open the playlists: {exc}", file=sys.stderr)
        return None
    playlists, notices = sync_bundled(store) if not store.read_only else (PlaylistStore(store), [])
    texts: list[Problem | str] = [*store.notices, *notices]
    for text in texts:
        print(f"companion: {printable(english(text))}", file=sys.stderr)
    return store, playlists


def run_listen_check(args: argparse.Namespace) -> int | None:
    """``listen --list`` prints and returns 0; an unknown PLAYLIST returns 2; else None (play)."""
    if not args.list and args.playlist is None:
        return None
    opened = _open()
    if opened is None:
        return 1
    store, playlists = opened
    try:
        if args.list:
            for summary in playlists.list():
                mark = " [bundled]" if summary.bundled else ""
                print(
                    f"{printable(summary.name)}{mark}  ({summary.track_count} tracks, "
                    f"{format_duration(summary.duration_s)})"
                )
            return 0
        if playlists.find(args.playlist) is None:
            names = ", ".join(printable(s.name) for s in playlists.list())
            print(
                f"companion: there is no playlist called '{printable(args.playlist)}' "
                f"(playlists: {names})",
                file=sys.stderr,
            )
            return 2
        return None
    finally:
        store.close()


def run_playlist(args: argparse.Namespace) -> int:
    """``playlist import FILE [--name NAME]`` and ``playlist export NAME FILE``."""
    from companion.services.listen.library import PlaylistFileError, export_m3u, import_m3u

    opened = _open()
    if opened is None:
        return 1
    store, playlists = opened
    shown = printable(str(args.file))
    try:
        if args.action == "import":
            try:
                result = import_m3u(args.file)
            except PlaylistFileError as exc:
                print(f"companion: {printable(str(exc))}", file=sys.stderr)
                return 1
            for line, why in result.problems:
                print(f"companion: {shown}:{line}: {printable(why)}", file=sys.stderr)
            for line, missing in result.missing:
                print(
                    f"companion: {shown}:{line}: not found: {printable(missing)}"
                    " — kept, marked missing",
                    file=sys.stderr,
                )
            if not result.tracks:
                print(f"companion: warning: no tracks were found in {shown}", file=sys.stderr)
            elif len(result.missing) == len(result.tracks):
                print(
                    f"companion: warning: none of the {len(result.tracks)} files in {shown} "
                    "were found; are they on a drive that is not plugged in?",
                    file=sys.stderr,
                )
            name = args.name or args.file.stem or "Imported"
            try:
                playlist = Playlist(name, result.tracks)
                playlists.save(playlist)
            except (PlaylistError, StoreError) as exc:
                print(f"companion: {printable(str(exc))}", file=sys.stderr)
                return 1
            here = len(result.tracks) - len(result.missing)
            print(
                f"Imported {len(result.tracks)} track(s) into '{printable(playlist.name)}' "
                f"({here} found, {len(result.missing)} missing)"
            )
            return 0
        found = playlists.find(args.name)
        if found is None:
            print(
                f"companion: there is no playlist called '{printable(args.name)}'",
                file=sys.stderr,
            )
            return 2
        try:
            export_m3u(found, args.file)
        except PlaylistFileError as exc:
            print(f"companion: {printable(str(exc))}", file=sys.stderr)
            return 1
        done = f"Wrote {len(found.tracks)} track(s) of '{printable(found.name)}' to {shown}"
        print(done, file=sys.stderr if is_stdout(args.file) else sys.stdout)
        return 0
    finally:
        store.close()
