"""Changing playlists on the Listen page: new, rename, delete, copy, reorder, add music, relink,
import and export. Reading tags and playlist files happens on a worker thread; every change
is saved at once, in one transaction, so a playlist is never half-saved or lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from companion.core.listen.m3u import M3UResult
from companion.core.listen.playlists import Playlist, PlaylistError, Track
from companion.services.audio.soundscapes import CALM_PLAYLIST
from companion.services.listen.library import (
    AUDIO_EXTENSIONS,
    PlaylistFileError,
    UnreadableAudio,
    export_m3u,
    import_m3u,
    is_audio_file,
    read_track,
    scan_folder,
)
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.store import StoreError
from companion.sessions.player import Player
from companion.sessions.worker import run_in_background
from companion.ui.common.dialogs import Dialogs
from companion.ui.common.i18n_marks import QT_TRANSLATE_NOOP
from companion.ui.common.messages import error_problem
from companion.ui.common.undo import Undoable
from companion.ui.listen.edit_view import EditView

# Why a file was not added, as the music library says it (services/listen/library.py).
SKIP_REASONS = (
    QT_TRANSLATE_NOOP("ListenPage", "This is not a sound file Companion can read."),
    QT_TRANSLATE_NOOP("ListenPage", "The file looks damaged or is not really a sound file."),
    QT_TRANSLATE_NOOP("ListenPage", "not a music file Companion plays"),
)

log = logging.getLogger(__name__)


def read_paths(paths: list[Path]) -> tuple[list[Track], list[tuple[Path, str]]]:
    """Tracks for files and folders (folders scanned recursively); skipped files with why.

    Runs on a worker thread.
    """
    tracks: list[Track] = []
    skipped: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            result = scan_folder(path)
            tracks += result.tracks
            skipped += result.skipped
        elif is_audio_file(path):
            try:
                tracks.append(read_track(path))
            except UnreadableAudio as exc:
                skipped.append((path, str(exc)))
        else:
            skipped.append((path, "not a music file Companion plays"))
    return tracks, skipped


class PlaylistEditing:
    """The editing half of :class:`~companion.ui.listen.page.ListenPage` (a mix-in)."""

    # Provided by the page.
    shown: Playlist | None
    player: Player
    edit: EditView
    notice: SignalInstance
    _playlists: PlaylistStore | None
    _dialogs: Dialogs
    _busy: bool

    _show: Callable[[Playlist | None], None]
    refresh: Callable[..., None]
    open_editor: Callable[[], None]
    close_editor: Callable[[], None]
    _update_buttons: Callable[[], None]

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("ListenPage", text)  # the page's own context

    def _parent(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _save(self, playlist: Playlist) -> bool:
        if self._playlists is None:
            return False
        try:
            self._playlists.save(playlist)
        except (PlaylistError, StoreError) as exc:
            self.notice.emit(error_problem(exc))
            return False
        self.player.playlist_edited(playlist)
        levels = self.player.levels
        if levels is not None:  # new tracks are measured now, in the background, once
            levels.request(playlist.tracks, energy=self.player.calmward)
        return True

    def _edited(self, playlist: Playlist) -> None:
        if self._save(playlist):
            self.refresh(select=playlist.name)

    def new_playlist(self) -> None:
        """Ask for a name and make an empty playlist."""
        name = self._dialogs.ask_text(
            self._parent(),
            self._tr("Name the new playlist"),
            self._tr("Name of the playlist:"),
            action=self._tr("Create playlist"),
        )
        if name is None:
            return
        try:
            playlist = Playlist(name)
        except PlaylistError as exc:
            self.notice.emit(error_problem(exc))
            return
        if self._save(playlist):
            self.refresh(select=playlist.name)
            self.open_editor()  # an empty playlist: adding music comes next

    def rename_playlist(self) -> None:
        """Give the shown playlist a new name."""
        if self.shown is None or self.shown.bundled or self._playlists is None:
            return
        name = self._dialogs.ask_text(
            self._parent(),
            self._tr("Rename the playlist"),
            self._tr("New name:"),
            text=self.shown.name,
            action=self._tr("Rename"),
        )
        if name is None or self.shown.id is None:
            return
        try:
            stored = self._playlists.rename(self.shown.id, name)
        except (PlaylistError, StoreError) as exc:
            self.notice.emit(error_problem(exc))
            return
        self.refresh(select=stored)

    def delete_playlist(self) -> None:
        """Delete the shown playlist after asking (the music files stay)."""
        shown = self.shown
        if shown is None or shown.bundled or shown.id is None or self._playlists is None:
            return
        if not self._dialogs.confirm(
            self._parent(),
            self._tr("Delete this playlist?"),
            self._tr("Delete the playlist “{0}”? The music files themselves are kept.").format(
                shown.name
            ),
            self._tr("Delete playlist"),
            self._tr("Keep it"),
        ):
            return
        if self.player.playlist is not None and self.player.playlist.id == shown.id:
            self.player.stop()
        removed = self._playlists.get(shown.id)
        try:
            self._playlists.delete(shown.id)
        except StoreError as exc:
            self.notice.emit(error_problem(exc))
            return
        self.shown = None
        self.refresh(select=CALM_PLAYLIST)
        self.close_editor()  # nothing left to edit: back to the player
        if removed is not None:
            self.notice.emit(
                Undoable(
                    self._tr("The playlist “{0}” was deleted.").format(removed.name),
                    lambda: self._restore_playlist(removed),
                )
            )

    def _restore_playlist(self, playlist: Playlist) -> None:
        """Undo a deletion: the playlist again, with its tracks, in their order."""
        if self._playlists is None:
            return
        try:
            self._playlists.save(replace(playlist, id=None))
        except (PlaylistError, StoreError) as exc:
            self.notice.emit(error_problem(exc))
            return
        self.refresh(select=playlist.name)

    def copy_playlist(self) -> None:
        """Copy a bundled playlist into one the family can change."""
        if self.shown is None:
            return
        name = self._dialogs.ask_text(
            self._parent(),
            self._tr("Make my own copy"),
            self._tr("Name of your copy:"),
            text=self._tr("My {0}").format(self.shown.name),
            action=self._tr("Make the copy"),
        )
        if name is None:
            return
        try:
            copy = self.shown.copy(name)
        except PlaylistError as exc:
            self.notice.emit(error_problem(exc))
            return
        if self._save(copy):
            self.refresh(select=copy.name)
            self.open_editor()  # the copy, ready to change

    def _keep_focus_on_the_rows(self) -> None:
        """After a change to the list the focus stays on its rows (never wandering to a
        slider, where the arrow keys would move something else)."""
        self.edit.tracks.setFocus(Qt.FocusReason.OtherFocusReason)

    def move_track(self, step: int) -> None:
        """Move the chosen track up (-1) or down (+1) (the Move up and Move down buttons)."""
        self._keep_focus_on_the_rows()
        self.edit.tracks.move_current(step)
        self._update_buttons()

    def _reorder(self, order: list[int]) -> None:
        if self.shown is None or self.shown.bundled:
            return
        self.shown.tracks = [self.shown.tracks[i] for i in order]
        self._edited(self.shown)

    def remove_track(self) -> None:
        """Take the chosen track out of the playlist (the file stays)."""
        row = self.edit.tracks.currentRow()
        if self.shown is None or self.shown.bundled or row < 0:
            return
        self._keep_focus_on_the_rows()
        self.shown.remove(row)
        self._edited(self.shown)
        if self.edit.tracks.count():
            self.edit.tracks.setCurrentRow(min(row, self.edit.tracks.count() - 1))
        self._update_buttons()

    def choose_files(self) -> None:
        """Pick music files to add."""
        patterns = " ".join(f"*{ext}" for ext in sorted(AUDIO_EXTENSIONS))
        files = self._dialogs.open_files(
            self._parent(), self._tr("Add music"), self._tr("Music ({0})").format(patterns)
        )
        if files:
            self.add_paths(files)

    def choose_folder(self) -> None:
        """Pick a folder whose music is added (sub-folders too)."""
        folder = self._dialogs.open_folder(self._parent(), self._tr("Add a folder"))
        if folder is not None:
            self.add_paths([folder])

    def add_paths(self, paths: list[Path]) -> None:
        """Read the tags of ``paths`` on a worker, then add them to the shown playlist."""
        target = self.shown
        if target is None or target.bundled or self._busy:
            if target is not None and target.bundled:
                self.notice.emit(self._tr("Make your own copy of this playlist to add music."))
            return
        self._keep_focus_on_the_rows()  # before the buttons grey out
        self._busy = True
        self.edit.info.setText(self._tr("Reading the music files…"))
        self._update_buttons()

        def done(result: tuple[list[Track], list[tuple[Path, str]]]) -> None:
            self._busy = False
            tracks, skipped = result
            if tracks and self.shown is not None and self.shown.id == target.id:
                first_new = len(self.shown.tracks)
                self.shown.add(tracks)
                self._edited(self.shown)
                self.edit.tracks.setCurrentRow(first_new)  # the first track added
            else:
                self._show(self.shown)
            self._update_buttons()
            if self.edit.isVisible():
                self._keep_focus_on_the_rows()
            if skipped:
                names = ", ".join(p.name for p, _ in skipped[:3])
                more = len(skipped) - 3
                text = QCoreApplication.translate(
                    "ListenPage", "%n file(s) were not added: {0}", "", len(skipped)
                ).format(names)
                if more > 0:
                    text += self._tr(" and {0} more").format(more)
                reason = skipped[0][1]
                if reason in SKIP_REASONS:  # the fixed ones are worded here; a system's own
                    reason = self._tr(reason)  # i18n: marked  (error text stays as it came)
                self.notice.emit(self._tr("{0}. {1}").format(text, reason))

        def failed(exc: BaseException) -> None:
            self._busy = False
            log.error("adding music failed: %s", exc)
            self.notice.emit(self._tr("The music could not be read ({0}).").format(exc))
            self._show(self.shown)

        run_in_background(lambda: read_paths(paths), done, failed)

    def relink_track(self) -> None:
        """Point the chosen (missing) track at a file somewhere else."""
        row = self.edit.tracks.currentRow()
        if self.shown is None or self.shown.bundled or row < 0:
            return
        track = self.shown.tracks[row]
        new_path = self._dialogs.open_file(
            self._parent(), self._tr("Where is “{0}” now?").format(track.file_name), ""
        )
        if new_path is None:
            return
        try:
            relinked = read_track(new_path)
        except UnreadableAudio as exc:
            self.notice.emit(error_problem(exc))
            return
        self.shown.replace(row, relinked)
        self._edited(self.shown)
        self.edit.tracks.setCurrentRow(row)
        self._keep_focus_on_the_rows()

    # -- files -------------------------------------------------------------------------------

    def import_playlist(self) -> None:
        """Ask for an M3U/M3U8 file and read it into a new playlist (on a worker)."""
        if self._playlists is None or self._busy:
            return
        path = self._dialogs.open_file(
            self._parent(), self._tr("Import a playlist"), self._tr("Playlists (*.m3u *.m3u8)")
        )
        if path is None:
            return
        self._busy = True
        self._update_buttons()
        source = path

        def done(result: M3UResult) -> None:
            self._busy = False
            self._update_buttons()
            assert self._playlists is not None
            tracks, problems = result.tracks, result.problems
            name = unique_name(self._playlists, source.stem or self._tr("Imported"))
            playlist = Playlist(name, tracks)
            if self._save(playlist):
                self.refresh(select=name)
            text = QCoreApplication.translate(
                "ListenPage", "Imported %n track(s) from {0} into “{1}”.", "", len(tracks)
            ).format(source.name, name)
            if result.missing:
                line, missing = result.missing[0]
                text += " " + self._tr(
                    "{0} of the files could not be found (line {1}: {2}); they are kept and "
                    "marked missing."
                ).format(len(result.missing), line, Path(missing).name)
            if problems:
                line, why = problems[0]
                text += " " + QCoreApplication.translate(
                    "ListenPage", "%n line(s) could not be used (line {0}: {1}).", "", len(problems)
                ).format(line, why)
            self.notice.emit(text)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_buttons()
            self.notice.emit(error_problem(exc))

        run_in_background(lambda: import_m3u(source), done, failed)

    def export_playlist(self) -> None:
        """Ask where, then save the shown playlist as an M3U8 file."""
        if self.shown is None:
            return
        path = self._dialogs.save_file(
            self._parent(),
            self._tr("Export the playlist"),
            f"{self.shown.name}.m3u8",
            self._tr("Playlists (*.m3u8 *.m3u)"),
        )
        if path is None:
            return
        try:
            export_m3u(self.shown, path)
        except PlaylistFileError as exc:
            self.notice.emit(error_problem(exc))
            return
        self.notice.emit(self._tr("Saved “{0}” as {1}.").format(self.shown.name, path))


def unique_name(playlists: PlaylistStore, wanted: str) -> str:
    """``wanted``, or "wanted (2)", "(3)"… if a playlist already has that name."""
    name = " ".join(wanted.split())[:70] or "Imported"
    if playlists.find(name) is None:
        return name
    number = 2
    while playlists.find(f"{name} ({number})") is not None:
        number += 1
    return f"{name} ({number})"
