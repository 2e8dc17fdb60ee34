"""Listen: the playlists (the bundled "Calm" and the family's own), their tracks, the player.

Adding files or a folder reads their tags on a worker thread; every change to a playlist
is saved at once, in one transaction, so a playlist is never half-saved or lost.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.core.listen.playlists import Playlist, Track
from companion.core.problems import Problem
from companion.core.sessions import format_duration
from companion.services.audio.soundscapes import CALM_PLAYLIST
from companion.services.store import StoreError
from companion.sessions.player import file_available
from companion.ui.common.messages import audio_file_text, sound_problem_text
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import ScrollView, make_button, make_label
from companion.ui.listen.editing import PlaylistEditing
from companion.ui.listen.player_bar import PlayerBar
from companion.ui.listen.track_list import TrackList

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


class ListenPage(PlaylistEditing, Page):
    """Playlists on the left, the chosen one's tracks on the right, the player below."""

    name = "listen"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._state = state = services.state
        self._playlists = playlists = services.playlists
        self.player = player = services.player
        self._dialogs = services.dialogs
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
        player.problem.connect(self.notice.emit)
        window = Qt.ShortcutContext.WindowShortcut  # while the page shows, wherever the focus
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested, window)
        add_shortcut(self, Qt.Key.Key_Space, self.play_pressed, window)
        services.sound.bound.connect(self._show_sound_status)
        if playlists is None:
            self._set_unavailable()
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------

    def show_request(self, request: object | None = None) -> None:
        """Show the playlists; with a playlist's name, play it (faded in)."""
        self.refresh()
        if isinstance(request, str):
            self.play_named(request)

    def shutdown(self) -> None:
        self.player.shutdown()  # the listening so far is kept

    def _show_sound_status(self) -> None:
        sound = self.services.sound
        if sound.is_bound and not sound.available and self.player.current is None:
            self.bar.now_playing.setText(sound_problem_text(sound.reason))

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
            problems = [self._problem(t) for t in playlist.tracks]  # one look at each file
            missing = sum(1 for p in problems if p)
            info = self.tr("{0} tracks · {1}").format(
                len(playlist.tracks), format_duration(playlist.duration_s)
            )
            if missing:
                info += self.tr(" · {0} missing or cannot play (skipped)").format(missing)
            if playlist.bundled:
                info += self.tr(" · comes with Companion: make a copy to change it")
            self.playlist_info.setText(info)
            self.tracks.show_tracks(playlist.tracks, not playlist.bundled, problems)
            playing = self.player.playlist
            same = playing is not None and playing.id == playlist.id
            self.tracks.mark_playing(self.player.current if same else None)
        self._update_buttons()

    def _problem(self, track: Track) -> str | None:
        if track.path in self.player.failed:
            return audio_file_text(self.player.failed[track.path], track.file_name)
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
            self.notice.emit(Problem("playlist.none-called", (name,)))
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

    def _track_failed(self, index: int, kind: str) -> None:
        playing = self.player.playlist
        name = playing.tracks[index].file_name if playing is not None else ""
        self.notice.emit(Problem("music.skipped", (kind, name)))
        if self.shown is not None:
            self._show(self.shown)
