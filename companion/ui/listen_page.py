"""Listen: the playlists (the bundled "Calm" and the family's own), their tracks, the player.

Adding files or a folder reads their tags on a worker thread; every change to a playlist
is saved at once, in one transaction, so a playlist is never half-saved or lost.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.core.playlists import Playlist, PlaylistError, Track
from companion.core.sessions import format_duration
from companion.services.audio import AudioOutput
from companion.services.library import (
    AUDIO_EXTENSIONS,
    PlaylistFileError,
    UnreadableAudio,
    export_m3u,
    import_m3u,
    is_audio_file,
    read_track,
    scan_folder,
)
from companion.services.playlist_store import PlaylistStore
from companion.services.soundscapes import CALM_PLAYLIST
from companion.services.store import StoreError
from companion.ui.player import Player, file_available
from companion.ui.player_bar import PlayerBar
from companion.ui.shortcuts import add_shortcut
from companion.ui.state import AppState
from companion.ui.track_list import TrackList
from companion.ui.widgets import ScrollView, hold_needed_width, make_button, make_label
from companion.ui.worker import run_in_background

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


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


class ListenPage(QWidget):
    """Playlists on the left, the chosen one's tracks on the right, the player below.

    Signals:
        home_requested()
        notice(str): something the user should know.
    """

    home_requested = Signal()
    notice = Signal(str)

    def __init__(
        self,
        state: AppState,
        playlists: PlaylistStore | None,
        player: Player,
        ask: Callable[..., tuple[str, bool]] = QInputDialog.getText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._playlists = playlists
        self.player = player
        self._ask = ask
        self.shown: Playlist | None = None
        self._busy = False

        header = QHBoxLayout()
        header.addWidget(make_label(self.tr("Listen"), "title"), 1)
        self.home_button = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        self.home_button.clicked.connect(self.home_requested)
        header.addWidget(self.home_button)

        # Left: the playlists.
        self.playlist_list = QListWidget()
        self.playlist_list.setAccessibleName(self.tr("Playlists"))
        self.playlist_list.setAccessibleDescription(
            self.tr("Choose a playlist to see its tracks; Enter plays it")
        )
        self.playlist_list.setWordWrap(True)
        self.playlist_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.playlist_list.currentItemChanged.connect(self._playlist_chosen)
        self.playlist_list.itemActivated.connect(lambda _item: self.play_shown())
        self.new_button = make_button(self.tr("New…"), self.tr("Make a new, empty playlist"))
        self.rename_button = make_button(self.tr("Rename…"), self.tr("Rename this playlist"))
        self.delete_button = make_button(
            self.tr("Delete…"), self.tr("Delete this playlist (never the music files)")
        )
        self.import_button = make_button(
            self.tr("Import…"), self.tr("Read an M3U or M3U8 playlist file")
        )
        self.export_button = make_button(
            self.tr("Export…"), self.tr("Save this playlist as an M3U8 file")
        )
        self.new_button.clicked.connect(self.new_playlist)
        self.rename_button.clicked.connect(self.rename_playlist)
        self.delete_button.clicked.connect(self.delete_playlist)
        self.import_button.clicked.connect(self.import_playlist)
        self.export_button.clicked.connect(self.export_playlist)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(make_label(self.tr("Playlists"), "subtitle"))
        left_layout.addWidget(self.playlist_list, 1)
        for pair in (
            (self.new_button, self.rename_button),
            (self.delete_button, self.import_button),
            (self.export_button,),
        ):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            left_layout.addLayout(row)

        # Right: the tracks of the chosen playlist.
        self.playlist_title = make_label("", "subtitle")
        self.playlist_info = make_label("", "muted")
        self.tracks = TrackList()
        self.tracks.reordered.connect(self._reorder)
        self.tracks.files_dropped.connect(self.add_paths)
        self.tracks.activated_index.connect(self._play_index)
        self.tracks.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.add_files_button = make_button(
            self.tr("Add music…"), self.tr("Add music files to this playlist")
        )
        self.add_folder_button = make_button(
            self.tr("Add a folder…"), self.tr("Add every music file in a folder")
        )
        self.remove_button = make_button(
            self.tr("Remove"), self.tr("Take the selected track out of this playlist")
        )
        self.up_button = make_button(self.tr("Move up"), self.tr("Move the track up (Ctrl+Up)"))
        self.down_button = make_button(
            self.tr("Move down"), self.tr("Move the track down (Ctrl+Down)")
        )
        self.relink_button = make_button(
            self.tr("Find file…"), self.tr("Point a missing track at where its file is now")
        )
        self.copy_button = make_button(
            self.tr("Make my own copy…"),
            self.tr("Copy this playlist so you can change it"),
        )
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_track)
        self.up_button.clicked.connect(lambda: self.tracks.move_current(-1))
        self.down_button.clicked.connect(lambda: self.tracks.move_current(1))
        self.relink_button.clicked.connect(self.relink_track)
        self.copy_button.clicked.connect(self.copy_playlist)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.playlist_title)
        right_layout.addWidget(self.playlist_info)
        right_layout.addWidget(self.tracks, 1)
        edit_row = QHBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.copy_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        right_layout.addLayout(edit_row)
        order_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.relink_button):
            order_row.addWidget(button)
        order_row.addStretch(1)
        right_layout.addLayout(order_row)

        for side in (left, right):  # the splitter must not cut the buttons' words off
            hold_needed_width(side)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)

        self.bar = PlayerBar(player, state)
        self.bar.play_button.clicked.connect(self.play_pressed)

        body = QWidget()  # scrolls when 200 % text needs more than the window
        layout = QVBoxLayout(body)
        layout.addLayout(header)
        layout.addWidget(split, 1)
        layout.addWidget(self.bar)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(ScrollView(body))

        player.track_changed.connect(self._track_changed)
        player.track_failed.connect(self._track_failed)
        player.problem.connect(self.notice)
        window = Qt.ShortcutContext.WindowShortcut  # while the page shows, wherever the focus
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested, window)
        add_shortcut(self, Qt.Key.Key_Space, self.play_pressed, window)
        if playlists is None:
            self._set_unavailable()
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------

    def set_audio(self, audio: AudioOutput) -> None:
        """The sound device is open (or known to be missing)."""
        self.player.set_audio(audio)
        self.player.set_volume(self._state.prefs.music_volume)
        if not audio.available:
            self.bar.now_playing.setText(audio.reason)

    def refresh(self, select: str | None = None) -> None:
        """Reload the playlist list, keeping (or moving to) a selection."""
        if self._playlists is None:
            return
        wanted = select or (self.shown.name if self.shown else self._state.prefs.last_playlist)
        try:
            summaries = self._playlists.list()
        except StoreError as exc:
            self.notice.emit(str(exc))
            return
        self.playlist_list.blockSignals(True)
        self.playlist_list.clear()
        chosen = 0
        for row, summary in enumerate(summaries):
            length = format_duration(summary.duration_s)
            text = self.tr("{0}\n{1} tracks · {2}").format(
                summary.name, summary.track_count, length
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, summary.id)
            self.playlist_list.addItem(item)
            if wanted and summary.name.casefold() == wanted.casefold():
                chosen = row
        self.playlist_list.blockSignals(False)
        if self.playlist_list.count():
            self.playlist_list.setCurrentRow(chosen)
            self._playlist_chosen(self.playlist_list.currentItem())
        else:
            self._show(None)

    def _playlist_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None or self._playlists is None:
            self._show(None)
            return
        try:
            playlist = self._playlists.get(int(item.data(ID_ROLE)))
        except StoreError as exc:
            self.notice.emit(str(exc))
            return
        self._show(playlist)

    def _show(self, playlist: Playlist | None) -> None:
        self.shown = playlist
        if playlist is None:
            self.playlist_title.setText(self.tr("No playlist chosen"))
            self.playlist_info.setText("")
            self.tracks.clear()
        else:
            self.playlist_title.setText(playlist.name)
            missing = sum(1 for t in playlist.tracks if self._problem(t))
            info = self.tr("{0} tracks · {1}").format(
                len(playlist.tracks), format_duration(playlist.duration_s)
            )
            if missing:
                info += self.tr(" · {0} missing or cannot play (skipped)").format(missing)
            if playlist.bundled:
                info += self.tr(" · comes with Companion: make a copy to change it")
            self.playlist_info.setText(info)
            self.tracks.show_tracks(playlist.tracks, not playlist.bundled, self._problem)
            playing = self.player.playlist
            same = playing is not None and playing.id == playlist.id
            self.tracks.mark_playing(self.player.current if same else None)
        self._update_buttons()

    def _problem(self, track: Track) -> str | None:
        if track.path in self.player.failed:
            return self.player.failed[track.path]
        if not file_available(track):
            return self.tr("The file could not be found: {0}").format(track.path)
        return None

    def _update_buttons(self) -> None:
        shown = self.shown
        editable = shown is not None and not shown.bundled and not self._busy
        has_track = editable and self.tracks.currentRow() >= 0
        bundled = shown is not None and shown.bundled
        for button in (self.add_files_button, self.add_folder_button):
            button.setEnabled(editable)
            button.setVisible(not bundled)
        for button in (self.remove_button, self.up_button, self.down_button, self.relink_button):
            button.setEnabled(has_track)
            button.setVisible(not bundled)
        self.rename_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.copy_button.setVisible(shown is not None and shown.bundled)
        self.export_button.setEnabled(shown is not None)
        has_store = self._playlists is not None
        self.new_button.setEnabled(has_store)
        self.import_button.setEnabled(has_store and not self._busy)

    def _set_unavailable(self) -> None:
        self.playlist_title.setText(self.tr("Playlists are unavailable"))
        self.playlist_info.setText(
            self.tr("The history file could not be opened, so playlists cannot be kept.")
        )

    # -- playing ---------------------------------------------------------------------------

    def play_pressed(self) -> None:
        """Play the shown playlist (from the selected track), or pause/resume."""
        if self.player.current is not None:
            self.player.toggle_pause()
        else:
            self.play_shown(self.tracks.currentRow() if self.tracks.hasFocus() else None)

    def play_shown(self, index: int | None = None) -> None:
        """Play the shown playlist."""
        if self.shown is None:
            return
        if not self.shown.tracks:
            self.notice.emit(self.tr("This playlist is empty: add some music first."))
            return
        self.player.set_volume(self._state.prefs.music_volume)  # Imagine sets its own
        if self.player.play(self.shown, index):
            self._state.update(last_playlist=self.shown.name)

    def play_calm(self) -> None:
        """One press from the home screen: the bundled calming playlist, faded in."""
        self.play_named(CALM_PLAYLIST)

    def play_named(self, name: str) -> bool:
        """Show and play the playlist called ``name``; False (and a notice) if there is none."""
        self.refresh(select=name)
        if self.shown is None or self.shown.name.casefold() != name.casefold():
            self.notice.emit(self.tr("There is no playlist called “{0}”.").format(name))
            return False
        self.play_shown()
        return True

    def _play_index(self, index: int) -> None:
        if self.shown is not None:
            self.play_shown(index)

    def _track_changed(self, index: int | None) -> None:
        playing = self.player.playlist
        same = self.shown is not None and playing is not None and playing.id == self.shown.id
        self.tracks.mark_playing(index if same else None)

    def _track_failed(self, index: int, why: str) -> None:
        self.notice.emit(why + " " + self.tr("It was skipped."))
        if self.shown is not None:
            self._show(self.shown)

    # -- editing ----------------------------------------------------------------------------

    def _save(self, playlist: Playlist) -> bool:
        if self._playlists is None:
            return False
        try:
            self._playlists.save(playlist)
        except (PlaylistError, StoreError) as exc:
            self.notice.emit(str(exc))
            return False
        self.player.playlist_edited(playlist)
        return True

    def _edited(self, playlist: Playlist) -> None:
        if self._save(playlist):
            self.refresh(select=playlist.name)

    def new_playlist(self) -> None:
        """Ask for a name and make an empty playlist."""
        name, ok = self._ask(self, self.tr("New playlist"), self.tr("Name of the playlist:"))
        if not ok:
            return
        try:
            playlist = Playlist(name)
        except PlaylistError as exc:
            self.notice.emit(str(exc))
            return
        self._edited(playlist)

    def rename_playlist(self) -> None:
        """Give the shown playlist a new name."""
        if self.shown is None or self.shown.bundled or self._playlists is None:
            return
        name, ok = self._ask(
            self, self.tr("Rename playlist"), self.tr("New name:"), text=self.shown.name
        )
        if not ok or self.shown.id is None:
            return
        try:
            stored = self._playlists.rename(self.shown.id, name)
        except (PlaylistError, StoreError) as exc:
            self.notice.emit(str(exc))
            return
        self.refresh(select=stored)

    def delete_playlist(self, confirmed: bool = False) -> None:
        """Delete the shown playlist after asking (the music files stay)."""
        shown = self.shown
        if shown is None or shown.bundled or shown.id is None or self._playlists is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Delete playlist"),
                self.tr("Delete the playlist “{0}”? The music files themselves are kept.").format(
                    shown.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.player.playlist is not None and self.player.playlist.id == shown.id:
            self.player.stop()
        try:
            self._playlists.delete(shown.id)
        except StoreError as exc:
            self.notice.emit(str(exc))
            return
        self.shown = None
        self.refresh(select=CALM_PLAYLIST)

    def copy_playlist(self) -> None:
        """Copy a bundled playlist into one the family can change."""
        if self.shown is None:
            return
        name, ok = self._ask(
            self,
            self.tr("Make my own copy"),
            self.tr("Name of your copy:"),
            text=self.tr("My {0}").format(self.shown.name),
        )
        if not ok:
            return
        try:
            copy = self.shown.copy(name)
        except PlaylistError as exc:
            self.notice.emit(str(exc))
            return
        self._edited(copy)

    def _reorder(self, order: list[int]) -> None:
        if self.shown is None or self.shown.bundled:
            return
        self.shown.tracks = [self.shown.tracks[i] for i in order]
        self._edited(self.shown)

    def remove_track(self) -> None:
        """Take the selected track out of the playlist (the file stays)."""
        row = self.tracks.currentRow()
        if self.shown is None or self.shown.bundled or row < 0:
            return
        self.shown.remove(row)
        self._edited(self.shown)

    def choose_files(self) -> None:
        """Pick music files to add."""
        patterns = " ".join(f"*{ext}" for ext in sorted(AUDIO_EXTENSIONS))
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add music"), str(Path.home()), self.tr("Music ({0})").format(patterns)
        )
        if files:
            self.add_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        """Pick a folder whose music is added (sub-folders too)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder"), str(Path.home()))
        if folder:
            self.add_paths([Path(folder)])

    def add_paths(self, paths: list[Path]) -> None:
        """Read the tags of ``paths`` on a worker, then add them to the shown playlist."""
        target = self.shown
        if target is None or target.bundled or self._busy:
            if target is not None and target.bundled:
                self.notice.emit(self.tr("Make your own copy of this playlist to add music."))
            return
        self._busy = True
        self.playlist_info.setText(self.tr("Reading the music files…"))
        self._update_buttons()

        def done(result: tuple[list[Track], list[tuple[Path, str]]]) -> None:
            self._busy = False
            tracks, skipped = result
            if tracks and self.shown is not None and self.shown.id == target.id:
                self.shown.add(tracks)
                self._edited(self.shown)
            else:
                self._show(self.shown)
            if skipped:
                names = ", ".join(p.name for p, _ in skipped[:3])
                more = len(skipped) - 3
                text = self.tr("{0} file(s) were not added: {1}").format(len(skipped), names)
                if more > 0:
                    text += self.tr(" and {0} more").format(more)
                self.notice.emit(text + ". " + skipped[0][1])

        def failed(exc: BaseException) -> None:
            self._busy = False
            log.error("adding music failed: %s", exc)
            self.notice.emit(self.tr("The music could not be read ({0}).").format(exc))
            self._show(self.shown)

        run_in_background(lambda: read_paths(paths), done, failed)

    def relink_track(self, new_path: Path | None = None) -> None:
        """Point the selected (missing) track at a file somewhere else."""
        row = self.tracks.currentRow()
        if self.shown is None or self.shown.bundled or row < 0:
            return
        track = self.shown.tracks[row]
        if new_path is None:
            start = Path(track.path).parent
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Where is “{0}” now?").format(track.file_name),
                str(start if start.is_dir() else Path.home()),
            )
            if not chosen:
                return
            new_path = Path(chosen)
        try:
            relinked = read_track(new_path)
        except UnreadableAudio as exc:
            self.notice.emit(str(exc))
            return
        self.shown.replace(row, relinked)
        self._edited(self.shown)

    # -- files -------------------------------------------------------------------------------

    def import_playlist(self, path: Path | None = None) -> None:
        """Read an M3U/M3U8 file into a new playlist (on a worker)."""
        if self._playlists is None or self._busy:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a playlist"),
                str(Path.home()),
                self.tr("Playlists (*.m3u *.m3u8)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self._busy = True
        self._update_buttons()
        source = path

        def done(result: object) -> None:
            self._busy = False
            self._update_buttons()
            assert self._playlists is not None
            tracks, problems = result.tracks, result.problems  # type: ignore[attr-defined]
            name = unique_name(self._playlists, source.stem or self.tr("Imported"))
            playlist = Playlist(name, tracks)
            if self._save(playlist):
                self.refresh(select=name)
            text = self.tr("Imported {0} track(s) from {1} into “{2}”.").format(
                len(tracks), source.name, name
            )
            if problems:
                line, why = problems[0]
                text += " " + self.tr("{0} line(s) could not be used (line {1}: {2}).").format(
                    len(problems), line, why
                )
            self.notice.emit(text)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_buttons()
            self.notice.emit(str(exc))

        run_in_background(lambda: import_m3u(source), done, failed)

    def export_playlist(self, path: Path | None = None) -> None:
        """Save the shown playlist as an M3U8 file."""
        if self.shown is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export playlist"),
                str(Path.home() / f"{self.shown.name}.m3u8"),
                self.tr("Playlists (*.m3u8 *.m3u)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            export_m3u(self.shown, path)
        except PlaylistFileError as exc:
            self.notice.emit(str(exc))
            return
        self.notice.emit(self.tr("Saved “{0}” as {1}.").format(self.shown.name, path))


def unique_name(playlists: PlaylistStore, wanted: str) -> str:
    """``wanted``, or "wanted (2)", "(3)"… if a playlist already has that name."""
    name = " ".join(wanted.split())[:70] or "Imported"
    if playlists.find(name) is None:
        return name
    number = 2
    while playlists.find(f"{name} ({number})") is not None:
        number += 1
    return f"{name} ({number})"
