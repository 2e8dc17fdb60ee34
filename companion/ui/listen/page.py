"""Listen: a calm player first (what plays, Previous / Play-Pause / Next, volume, the sleep
timer, the playlists as chips, the tracks); editing a playlist is a second view, one press
away ("Edit playlist").

Adding files or a folder reads their tags on a worker thread; every change to a playlist
is saved at once, in one transaction, so a playlist is never half-saved or lost. The page
never touches the audio output: the player (``services.player``) plays.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from companion.core.listen.playlists import Playlist, Repeat, Track
from companion.core.problems import Problem
from companion.core.sessions import format_duration
from companion.services.audio.output import MusicState
from companion.services.audio.soundscapes import CALM_PLAYLIST
from companion.services.store import StoreError
from companion.sessions.player import file_available
from companion.ui.common.messages import audio_file_text, error_problem, sound_problem_text
from companion.ui.common.names import playlist_name
from companion.ui.common.page import Page, Services
from companion.ui.common.plan_note import PlanNote
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import make_button, make_label
from companion.ui.listen.edit_view import CALMWARD, SHUFFLE, EditView
from companion.ui.listen.editing import PlaylistEditing
from companion.ui.listen.messages import MessagesCard
from companion.ui.listen.player_view import PlayerView

log = logging.getLogger(__name__)

PLAYER, EDITOR = 0, 1


class ListenPage(PlaylistEditing, Page):
    """The player, and behind "Edit playlist" the editor of the shown playlist."""

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
        self.title = make_label(self.tr("Listen"), "title")
        header.addWidget(self.title, 1)
        self.home_button = make_button(self.tr("Home"), self.tr("Back to the home screen"))
        self.home_button.clicked.connect(self.home_requested)
        header.addWidget(self.home_button)

        self.view = PlayerView(player, state, services.now)
        self.tracks = self.view.tracks  # the player's list of the shown playlist
        self.view.play_button.clicked.connect(self.play_pressed)
        self.view.play_shown_button.clicked.connect(lambda: self.play_shown())
        self.view.edit_button.clicked.connect(self.open_editor)
        self.view.new_button.clicked.connect(self.new_playlist)
        self.view.chips.chosen.connect(self._playlist_chosen)
        self.tracks.activated_index.connect(self._play_index)
        self.messages = MessagesCard(services)
        self.view.add_below(self.messages)

        self.edit = edit = EditView(state)
        edit.rename_button.clicked.connect(self.rename_playlist)
        edit.delete_button.clicked.connect(self.delete_playlist)
        edit.copy_button.clicked.connect(self.copy_playlist)
        edit.add_files_button.clicked.connect(self.choose_files)
        edit.add_folder_button.clicked.connect(self.choose_folder)
        edit.up_button.clicked.connect(lambda: self.move_track(-1))
        edit.down_button.clicked.connect(lambda: self.move_track(1))
        edit.remove_button.clicked.connect(self.remove_track)
        edit.relink_button.clicked.connect(self.relink_track)
        edit.import_button.clicked.connect(self.import_playlist)
        edit.export_button.clicked.connect(self.export_playlist)
        edit.done_button.clicked.connect(self.close_editor)
        edit.tracks.reordered.connect(self._reorder)
        edit.tracks.files_dropped.connect(self.add_paths)
        edit.tracks.currentRowChanged.connect(lambda _row: self._update_buttons())
        edit.order.chosen.connect(self._order_changed)
        edit.repeat.chosen.connect(self._repeat_changed)
        edit.levelling.toggled.connect(self._levelling_changed)
        edit.play_unsettled.toggled.connect(self._play_unsettled_changed)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(edit)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        outer.addLayout(header)
        self.plan_note = PlanNote(services.care, "listening")  # the care team's word, if any
        outer.addWidget(self.plan_note)
        outer.addWidget(self.stack, 1)

        player.track_changed.connect(self._track_changed)
        player.state_changed.connect(lambda _state: self._update_buttons())
        player.track_failed.connect(self._track_failed)
        player.problem.connect(lambda p: self.notice.emit(p) if self.isVisible() else None)
        player.questions.marks_changed.connect(self._marks_changed)
        player.questions.problem.connect(self.notice)
        window = Qt.ShortcutContext.WindowShortcut  # while the page shows, wherever the focus
        add_shortcut(self, Qt.Key.Key_Escape, self._escape, window)
        self._space = add_shortcut(self, Qt.Key.Key_Space, self.play_pressed, window)
        services.sound.bound.connect(self._show_sound_status)
        if playlists is None:
            self._set_unavailable()
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------

    def show_request(self, request: object | None = None) -> None:
        """Show the player (focus on Play/Pause); with a playlist's name, play it (faded in,
        or kept playing if it already plays)."""
        self.close_editor()
        self.refresh()
        if isinstance(request, str):
            self.play_named(request)

    def shutdown(self) -> None:
        self.player.shutdown()  # the listening so far is kept
        self.messages.shutdown()

    def release(self) -> None:
        self.messages.shutdown()  # the music plays on, for the new page to show

    def open_editor(self) -> None:
        """The second view: edit the shown playlist."""
        if self.shown is None:
            return
        self.stack.setCurrentIndex(EDITOR)
        self._space.setEnabled(False)  # Space ticks boxes and presses buttons here
        self._show(self.shown)
        self.edit.tracks.setCurrentRow(max(0, self.tracks.currentRow()))
        self.edit.tracks.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_editor(self) -> None:
        """Back to the player, the focus on its main button."""
        was_editing = self.stack.currentIndex() == EDITOR
        self.stack.setCurrentIndex(PLAYER)
        self._space.setEnabled(True)
        if was_editing and self.shown is not None:
            self._show(self.shown)
        self.view.play_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def editing(self) -> bool:
        """Whether the editor is the view on screen."""
        return self.stack.currentIndex() == EDITOR

    def _escape(self) -> None:
        if self.editing:
            self.close_editor()
        else:
            self.home_requested.emit()

    def _show_sound_status(self) -> None:
        sound = self.services.sound
        if sound.is_bound and not sound.available and self.player.current is None:
            self.view.now_playing.setText(sound_problem_text(sound.reason))

    def refresh(self, select: str | None = None) -> None:
        """Reload the playlists, keeping (or moving to) a chosen one."""
        if self._playlists is None:
            return
        wanted = select or (self.shown.name if self.shown else self._state.prefs.last_playlist)
        try:
            summaries = self._playlists.list()
        except StoreError as exc:
            self.notice.emit(error_problem(exc))
            return
        chosen = summaries[0].id if summaries else None
        for summary in summaries:
            if wanted and summary.name.casefold() == wanted.casefold():
                chosen = summary.id
        self.view.chips.set_playlists(
            [(s.id, playlist_name(s.name, s.bundled)) for s in summaries], chosen
        )
        if chosen is None:
            self._show(None)
        else:
            self._playlist_chosen(chosen)

    def _playlist_chosen(self, playlist_id: int) -> None:
        if self._playlists is None:
            self._show(None)
            return
        try:
            playlist = self._playlists.get(playlist_id)
        except StoreError as exc:
            self.notice.emit(error_problem(exc))
            return
        self._show(playlist)

    def _show(self, playlist: Playlist | None) -> None:
        self.shown = playlist
        if playlist is None:
            self.view.playlist_info.setText(self.tr("No playlist chosen"))
            self.tracks.clear()
            self.edit.tracks.clear()
            self.edit.show_playlist(None, "")
        else:
            problems = [self._problem(t) for t in playlist.tracks]  # one look at each file
            missing = sum(1 for p in problems if p)
            questions = self.player.questions
            marks = [questions.unsettled(t) for t in playlist.tracks]
            skipping = not self._state.prefs.play_unsettled
            left_out = sum(1 for t in playlist.tracks if self.player.skipped(t))
            info = self.tr("{0}: %n track(s) · {1}", "", len(playlist.tracks)).format(
                playlist_name(playlist.name, playlist.bundled),
                format_duration(playlist.duration_s),
            )
            if missing:
                info += self.tr(" · {0} missing or cannot play (skipped)").format(missing)
            if left_out:
                info += self.tr(" · {0} marked unsettled twice (left out)").format(left_out)
            self.view.playlist_info.setText(info)
            self.tracks.show_tracks(playlist.tracks, False, problems, marks, skipping)
            self.edit.tracks.show_tracks(
                playlist.tracks, not playlist.bundled, problems, marks, skipping
            )
            self.edit.show_playlist(playlist, info)
            playing = self.player.current if self.player.playing(playlist) else None
            self.tracks.mark_playing(playing)
            self.edit.tracks.mark_playing(playing)
        self._update_buttons()

    def _problem(self, track: Track) -> str | None:
        if track.path in self.player.failed:
            return audio_file_text(self.player.failed[track.path], track.file_name)
        if not file_available(track):
            return self.tr("The file could not be found: {0}").format(track.path)
        return None

    def _update_buttons(self) -> None:
        shown = self.shown
        has_store = self._playlists is not None
        self.view.new_button.setEnabled(has_store)
        self.view.edit_button.setEnabled(shown is not None)
        other = self.player.state is not MusicState.STOPPED and not self.player.playing(shown)
        self.view.play_shown_button.setVisible(shown is not None and other)
        self.edit.update_buttons(self._busy, has_store, shown is not None)

    def _set_unavailable(self) -> None:
        self.view.playlist_info.setText(
            self.tr("Playlists are unavailable: the history file could not be opened.")
        )

    # -- playing ---------------------------------------------------------------------------

    def play_pressed(self) -> None:
        """The main button (and Space): play the shown playlist, or pause, or resume."""
        if self.player.current is not None:
            self.player.toggle_pause()
        else:
            self.play_shown(self.tracks.currentRow() if self.tracks.hasFocus() else None)

    def play_shown(self, index: int | None = None) -> None:
        """Play the shown playlist (from ``index``); already playing, it carries on."""
        if self.shown is None:
            return
        if not self.shown.tracks:
            self.notice.emit(self.tr("This playlist is empty: add some music first."))
            return
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
        playing = index if self.player.playing(self.shown) else None
        self.tracks.mark_playing(playing)
        self.edit.tracks.mark_playing(playing)
        self._update_buttons()

    def _track_failed(self, index: int, kind: str) -> None:
        playing = self.player.playlist
        name = playing.tracks[index].file_name if playing is not None else ""
        if self.isVisible():
            self.notice.emit(Problem("music.skipped", (kind, name)))
        if self.shown is not None:
            self._show(self.shown)

    # -- how it plays ------------------------------------------------------------------------

    def _order_changed(self, key: object) -> None:
        shuffle, calmward = key == SHUFFLE, key == CALMWARD
        self.player.set_shuffle(shuffle)
        self.player.set_calmward(calmward)
        self._state.update(shuffle=shuffle, calmward=calmward)
        self.edit.order_note.setVisible(calmward)
        levels = self.player.levels
        if calmward and levels is not None and self.shown is not None:
            levels.request(self.shown.tracks, energy=True)  # ready when it plays

    def _levelling_changed(self, on: bool) -> None:
        self._state.update(level_music=on)
        self.player.levelling_changed()

    def _play_unsettled_changed(self, on: bool) -> None:
        self._state.update(play_unsettled=on)
        self.player.unsettled_choice_changed()
        if self.shown is not None:
            self._show(self.shown)

    def _marks_changed(self) -> None:
        if self.shown is not None:
            self._show(self.shown)

    def _repeat_changed(self, key: object) -> None:
        value = str(key)
        self.player.set_repeat(Repeat(value))
        self._state.update(repeat=value)
