"""Composition root: parse the command line, build the services, wire the window, run.

Commands that need no window (``export``) never import Qt. The window is shown before pygame
is imported; audio is opened on a worker thread right after.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import socket
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from companion import APP_ID, __version__
from companion.cli.listen import add_commands as add_listen_commands
from companion.cli.listen import run_listen_check, run_playlist, sync_bundled
from companion.core.breathing import (
    DEFAULT_PRESET,
    PRESETS,
    PatternError,
    parse_pattern,
    session_seconds,
)
from companion.services.audio.soundscapes import CALM_PLAYLIST as CALM_PLAYLIST_NAME
from companion.services.paths import AppPaths, assets_dir
from companion.services.store import Store, StoreError

log = logging.getLogger("companion")


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface (see README: CLI)."""
    parser = argparse.ArgumentParser(
        prog="companion",
        description="Guided breathing and rest for palliative care, at the bedside.",
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
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
    add_listen_commands(sub)
    stretch = sub.add_parser("stretch", help="open a stretch routine or a single movement")
    stretch.add_argument("routine", nargs="?", metavar="ROUTINE", help="a routine or movement ID")
    stretch.add_argument(
        "--list", action="store_true", help="print the routines and movements (ID  Title)"
    )
    imagine = sub.add_parser("imagine", help="listen to a spoken guided-imagery script")
    imagine.add_argument("script", nargs="?", metavar="SCRIPT", help="the script's id (see --list)")
    imagine.add_argument("--list", action="store_true", help="print the scripts and exit")
    imagine.add_argument("--no-music", action="store_true", help="no background sound")
    sub.add_parser("history", help="open the history view")
    export = sub.add_parser("export", help="write the history to a file without a window")
    target = export.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="FILE", help="CSV file to write")
    target.add_argument("--pdf", type=Path, metavar="FILE", help="PDF report for the care team")
    export.add_argument("--since", type=_date, help="first day to include (YYYY-MM-DD)")
    export.add_argument("--until", type=_date, help="last day to include (YYYY-MM-DD)")
    return parser


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-23") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``companion`` command."""
    logging.basicConfig(level=os.environ.get("COMPANION_LOG", "WARNING").upper())
    os.umask(0o077)  # everything the app writes is health data: owner only
    args = build_parser().parse_args(argv)
    if args.command not in ("export", "playlist"):
        # Until the window can close itself cleanly, a stop request simply ends the start-up.
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, _exit_during_start_up)
    if args.command == "export":
        return run_export(args)
    if args.command == "playlist":
        return run_playlist(args)
    if args.command == "listen":
        code = run_listen_check(args)
        if code is not None:
            return code
    if args.command == "stretch":
        code = check_stretch(args)
        if code is not None:
            return code
    if args.command == "imagine":
        code = check_imagine(args)
        if code is not None:
            return code
    if args.command == "breathe":
        try:
            if args.pattern:
                parse_pattern(args.pattern)
            session_seconds(args.minutes) if args.minutes else None
        except (PatternError, ValueError) as exc:
            print(f"companion: {exc}", file=sys.stderr)
            return 2
    return run_gui(args)


def check_stretch(args: argparse.Namespace) -> int | None:
    """``companion stretch --list`` prints and exits; an unknown ID is an error; else None."""
    from companion.core.stretch.model import StretchDataError
    from companion.core.stretch.schema import parse_routine
    from companion.services.stretch.library import load_bundled
    from companion.services.stretch.settings_store import StretchSettingsStore

    try:
        library = load_bundled()
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


def _exit_during_start_up(_signum: int, _frame: object) -> None:
    raise SystemExit(0)  # nothing has been started yet, so there is nothing to save


def run_export(args: argparse.Namespace) -> int:
    """``companion export --csv FILE | --pdf FILE``: no window, one line of output."""
    from companion.services.history.data import HistoryData, HistoryFilter
    from companion.services.history.exports import write_csv

    if args.since and args.until and args.since > args.until:
        print("companion: --since is after --until", file=sys.stderr)
        return 2
    target: Path = args.csv or args.pdf
    filt = HistoryFilter(first=args.since, last=args.until)
    try:
        store = Store.open(AppPaths.default().database)
    except (OSError, sqlite3.Error, StoreError) as exc:
        print(f"companion: cannot open history: {exc}", file=sys.stderr)
        return 1
    try:
        for notice in store.notices:
            print(f"companion: {notice}", file=sys.stderr)
        history = HistoryData(store)
        if args.csv:
            count = write_csv(target, history.iter_sessions(filt))
            message = f"Wrote {count} session(s) to {target}"
        else:
            pages, count = _export_pdf(target, history, filt)
            message = f"Wrote a {pages}-page report of {count} session(s) to {target}"
    except OSError as exc:
        print(f"companion: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except StoreError as exc:
        print(f"companion: cannot read history: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(message)
    return 0


def _export_pdf(target: Path, history: Any, filt: Any) -> tuple[int, int]:
    """The PDF report needs Qt's painter and fonts, but no window: an offscreen application."""
    from PySide6.QtGui import QGuiApplication

    from companion.services.history.report import build_report
    from companion.ui.history.report_pdf import write_pdf

    if not target.parent.is_dir():
        raise FileNotFoundError(2, "No such directory", str(target.parent))
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    report = build_report(history, filt, datetime.now().astimezone())
    return write_pdf(target, report), report.totals.sessions


def check_imagine(args: argparse.Namespace) -> int | None:
    """``companion imagine --list`` prints the scripts; an unknown SCRIPT is an error.

    Returns the exit code when no window is wanted, else None.
    """
    from companion.core.imagine.narration import Narration
    from companion.core.imagine.scripts import format_duration
    from companion.services.script_library import load_library

    library = load_library(AppPaths.default().data)
    if args.list:
        for problem in library.problems:
            print(f"companion: skipped {problem}", file=sys.stderr)
        for entry in library.entries:
            length = format_duration(Narration(entry.script).total())
            print(f"{entry.id}  {entry.script.title}  ({length})")
        return 0
    if args.script and library.get(args.script) is None:
        known = ", ".join(sorted(library.ids()))
        print(f"companion: no script called '{args.script}' (try: {known})", file=sys.stderr)
        return 2
    return None


def app_icon_path() -> Path:
    """The app's SVG icon (also installed as ``<APP_ID>.svg`` in the icon theme)."""
    return assets_dir() / "icons" / f"{APP_ID}.svg"


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (and a session, if asked) and run until it closes."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from companion.core.preferences import Preferences
    from companion.services.settings import SettingsStore
    from companion.sessions.state import AppState
    from companion.ui.common.theme import apply_theme
    from companion.ui.shell.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Companion")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    # For `listen` the sound is the point: open the device while the window is being built.
    opening = _open_audio_early() if args.command == "listen" else None

    paths = AppPaths.default()
    settings = SettingsStore(paths.settings)
    prefs: Preferences = settings.load()
    notices = list(settings.notices)
    store: Store | None
    try:
        store = Store.open(paths.database)
        notices += store.notices
        notices += sync_bundled(store)[1]
    except (OSError, sqlite3.Error, StoreError) as exc:
        log.error("history unavailable: %s", exc)
        store = None
        notices.append(f"History is unavailable, so sessions will not be saved ({exc}).")

    state = AppState(prefs, settings)
    window = MainWindow(state, store, data_dir=paths.data, paths=paths)
    _handle_termination(app, window.close)  # from here on, SIGTERM closes the window cleanly

    def on_preferences(new: Preferences) -> None:
        theme = apply_theme(app, new.theme, new.text_scale)
        window.set_colours(theme.circle, theme.circle_edge)

    on_preferences(prefs)
    state.changed.connect(on_preferences)
    for text in notices:
        window.notices.add(text)
    window.show()

    if args.command == "breathe":
        pattern_text = args.pattern
        preset_id = args.preset or ("pattern" if pattern_text else DEFAULT_PRESET)
        if preset_id == "custom":
            pattern = prefs.custom.pattern()
        elif pattern_text:
            pattern = parse_pattern(pattern_text)
        else:
            pattern = PRESETS[preset_id].pattern
        window.show_breathing()
        window.breathing.start(pattern, preset_id, session_seconds(args.minutes or None))
    elif args.command == "stretch":
        window.show_stretch(args.routine)
    elif args.command == "history":
        window.show_history()
    elif args.command is None and not prefs.welcome_done:
        window.show_welcome()  # once; a command asked for something directly
    elif args.command == "listen":
        window.show_listen()
        name = args.playlist or CALM_PLAYLIST_NAME
        # Play once the sound device is open (it opens on a worker right after this).
        window.audio_ready.connect(lambda: window.listen.play_named(name))

    from companion.services.speech import SpeechRenderer

    # One speech renderer (one worker process, started on first use) for every page.
    speech = SpeechRenderer(paths.cache)
    window.set_speech(speech)
    audio_holder: list[Any] = [speech]
    if args.command == "imagine":
        window.imagine.no_music = args.no_music
        window.show_imagine()
        if args.script:
            window.imagine.play(args.script)
    _start_audio(window, state, speech, audio_holder, opening)
    code = app.exec()
    for audio in audio_holder:
        audio.close()
    if store is not None:
        store.close()
    return int(code)


def _open_audio_early() -> Callable[[], Any]:
    """Start opening the audio device on a thread now; the result waits in the returned call."""
    import threading

    from companion.services.audio.output import open_audio

    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(open_audio()), daemon=True)
    thread.start()

    def wait() -> Any:
        thread.join()
        return result[0]

    return wait


def _start_audio(
    window: Any,
    state: Any,
    speech: Any,
    holder: list[Any],
    opening: Callable[[], Any] | None = None,
) -> None:
    """Open the audio device off the GUI thread (unless already opening), then attach it."""
    from companion.services.audio.cues import BreathCues, CueOptions
    from companion.services.audio.output import open_audio
    from companion.sessions.worker import run_in_background

    def ready(audio: Any) -> None:
        holder.append(audio)
        prefs = state.prefs
        cues = BreathCues(
            audio, CueOptions(prefs.cues_enabled, prefs.cue_volume, prefs.spoken_cues)
        )
        window.set_cues(cues)
        window.set_audio(audio)
        if not audio.available:
            window.notices.add(audio.reason + " The breathing circle and words still guide you.")
            return
        _prepare_spoken_cues(window, state, cues, speech)

    run_in_background(opening or open_audio, ready)


def _prepare_spoken_cues(window: Any, state: Any, cues: Any, speech: Any) -> None:
    """Render the spoken cues once the user wants them (now, or when they turn them on)."""
    from PySide6.QtCore import QCoreApplication

    from companion.sessions.worker import run_in_background

    def tr(text: str) -> str:
        return QCoreApplication.translate("SpokenCues", text)

    phrases = {
        "inhale": tr("Breathe in"),
        "exhale": tr("Breathe out"),
        "end": tr("That is the end of the session. Rest for as long as you like."),
    }
    started: list[bool] = []

    def render_all() -> dict[str, Path]:
        return {name: speech.render(text, rate_wpm=120) for name, text in phrases.items()}

    def done(rendered: dict[str, Path]) -> None:
        cues.spoken = rendered

    def failed(exc: BaseException) -> None:
        log.warning("spoken cues unavailable: %s", exc)
        window.notices.add(
            tr("Spoken cues are unavailable ({0}); the soft tones play instead.").format(exc)
        )

    def maybe_start(prefs: Any) -> None:
        if prefs.spoken_cues and not started:
            started.append(True)
            run_in_background(render_all, done, failed)

    state.changed.connect(maybe_start)
    maybe_start(state.prefs)


def _handle_termination(app: Any, close: Callable[[], object]) -> None:
    """SIGTERM and SIGINT close the window cleanly (the session is saved as partial)."""
    from PySide6.QtCore import QSocketNotifier, QTimer

    pipe = getattr(app, "_companion_signal_pipe", None)
    if pipe is None:  # one pipe per application, however often a window is opened in it
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

        def drain() -> None:
            with contextlib.suppress(BlockingIOError):
                reader.recv(256)

        notifier.activated.connect(drain)
        pipe = (reader, writer, notifier)
        app._companion_signal_pipe = pipe  # keep them alive with the app
    # Python runs signal handlers only when the interpreter has control; the wake-up fd makes
    # Qt's event loop return to Python as soon as a signal arrives.
    signal.set_wakeup_fd(pipe[1].fileno())

    def on_signal(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
