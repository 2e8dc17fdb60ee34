"""Editing a playlist, one press away from the player: its tracks with drag handles, and the
actions that apply to it (a bundled playlist can only be copied, exported or imported beside).

The view shows and reports; the page's :class:`~companion.ui.listen.editing.PlaylistEditing`
does the work, through the dialogs seam.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.listen.playlists import Playlist, Repeat
from companion.sessions.state import AppState
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.flow import flow_row
from companion.ui.common.names import playlist_name
from companion.ui.common.widgets import footed_view, make_button, make_checkbox, make_label
from companion.ui.listen.track_list import TrackList

OWN_ORDER, SHUFFLE, CALMWARD = "own", "shuffle", "calmward"


def order_key(shuffle: bool, calmward: bool) -> str:
    """The order chip for these preferences (shuffle wins if both were somehow set)."""
    return SHUFFLE if shuffle else CALMWARD if calmward else OWN_ORDER


class EditView(QWidget):
    """The playlist editor: Rename, Delete (or Make my own copy), the tracks, Add music, Add
    a folder, Move up, Move down, Remove, Find file, how it plays (order, repeat, even
    loudness, tracks marked unsettled), Import, Export and Done."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.heading = make_label("", "heading")
        self.info = make_label("", "muted")
        self.bundled_note = make_label(
            self.tr(
                "This playlist comes with Companion and cannot be changed. Make your own "
                "copy to add, arrange or remove tracks."
            )
        )
        self.rename_button = make_button(self.tr("Rename…"), self.tr("Rename this playlist"))
        self.delete_button = make_button(
            self.tr("Delete playlist…"), self.tr("Delete this playlist (never the music files)")
        )
        self.delete_button.setProperty("role", "danger")
        self.copy_button = make_button(
            self.tr("Make my own copy…"), self.tr("Copy this playlist so you can change it")
        )
        self.tracks = TrackList(editor=True)
        self.add_files_button = make_button(
            self.tr("Add music…"), self.tr("Add music files to this playlist")
        )
        self.add_folder_button = make_button(
            self.tr("Add a folder…"), self.tr("Add every music file in a folder")
        )
        self.up_button = make_button(self.tr("Move up"), self.tr("Move the track up (Ctrl+Up)"))
        self.down_button = make_button(
            self.tr("Move down"), self.tr("Move the track down (Ctrl+Down)")
        )
        self.remove_button = make_button(
            self.tr("Remove"),
            self.tr("Take the chosen track out of this playlist (the file stays)"),
        )
        self.relink_button = make_button(
            self.tr("Find file…"), self.tr("Point the chosen track at where its file is now")
        )
        prefs = state.prefs
        self.order = ChoiceChips(
            self.tr("Order"),
            [
                (OWN_ORDER, self.tr("In this order")),
                (SHUFFLE, self.tr("Shuffle")),
                (CALMWARD, self.tr("From lively to calm")),
            ],
            order_key(prefs.shuffle, prefs.calmward),
        )
        self.order.buttons[SHUFFLE].setAccessibleDescription(
            self.tr("Every track plays once before any plays again")
        )
        self.order.buttons[CALMWARD].setAccessibleDescription(
            self.tr(
                "Start where they are, end calm: the liveliest track first, the calmest last "
                "(Companion listens to each track once to tell)"
            )
        )
        self.order_note = make_label(
            self.tr(
                "The tracks play from the liveliest to the calmest, as music therapists start "
                "where a person is and end calm. A track Companion has not listened to yet "
                "keeps its place."
            ),
            "muted",
        )
        self.order_note.setVisible(prefs.calmward)
        self.levelling = make_checkbox(
            self.tr("Even out loudness: every track plays as loud as the others"),
            self.tr(
                "Quiet and loud recordings play at one loudness, so nothing startles. "
                "Companion measures each track once."
            ),
        )
        self.levelling.setChecked(prefs.level_music)
        self.play_unsettled = make_checkbox(
            self.tr("Also play tracks marked “unsettled” twice"),
            self.tr("They are left out unless this is ticked; their mark stays in the list"),
        )
        self.play_unsettled.setChecked(prefs.play_unsettled)
        self.repeat = ChoiceChips(
            self.tr("Repeat"),
            [
                (Repeat.NONE.value, self.tr("No repeat")),
                (Repeat.ALL.value, self.tr("Repeat the playlist")),
                (Repeat.ONE.value, self.tr("Repeat the track")),
            ],
            prefs.repeat,
        )
        self.import_button = make_button(
            self.tr("Import a playlist…"), self.tr("Read an M3U or M3U8 playlist file")
        )
        self.export_button = make_button(
            self.tr("Export…"), self.tr("Save this playlist as an M3U8 file")
        )
        self.done_button = make_button(
            self.tr("Done"), self.tr("Back to the player (Esc)"), role="primary"
        )

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(16)
        column.addWidget(self.heading)
        column.addWidget(self.info)
        column.addWidget(self.bundled_note)
        column.addWidget(flow_row([self.rename_button, self.delete_button, self.copy_button], []))
        column.addWidget(self.tracks)
        column.addWidget(
            flow_row(
                [
                    self.add_files_button,
                    self.add_folder_button,
                    self.up_button,
                    self.down_button,
                    self.remove_button,
                    self.relink_button,
                ],
                [],
            )
        )
        column.addSpacing(8)
        column.addWidget(make_label(self.tr("How the music plays (every playlist)"), "heading"))
        column.addWidget(self.order)
        column.addWidget(self.order_note)
        column.addWidget(self.repeat)
        column.addWidget(self.levelling)
        column.addWidget(self.play_unsettled)
        column.addSpacing(8)
        column.addWidget(make_label(self.tr("Playlist files"), "heading"))
        column.addWidget(flow_row([self.import_button, self.export_button], []))
        column.addStretch(1)
        view, self.scroller = footed_view(body, flow_row([], [self.done_button], self.done_button))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(view)

    def show_playlist(self, playlist: Playlist | None, info: str) -> None:
        """Title the view for ``playlist`` and show what applies to it."""
        bundled = playlist is not None and playlist.bundled
        name = playlist_name(playlist.name, playlist.bundled) if playlist is not None else ""
        self.heading.setText(self.tr("Edit “{0}”").format(name))
        self.info.setText(info)
        self.bundled_note.setVisible(bundled)
        editable = playlist is not None and not bundled
        for button in (
            self.rename_button,
            self.delete_button,
            self.add_files_button,
            self.add_folder_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.relink_button,
        ):
            button.setVisible(editable)  # hidden, not greyed: they cannot apply here
        self.copy_button.setVisible(bundled)
        self.tracks.setVisible(playlist is not None)

    def update_buttons(self, busy: bool, has_store: bool, shown: bool) -> None:
        """Enable what the chosen row and the moment allow (greyed, never moving)."""
        row = self.tracks.currentRow()
        count = self.tracks.count()
        has_track = not busy and row >= 0
        for button in (self.add_files_button, self.add_folder_button):
            button.setEnabled(not busy)
        self.remove_button.setEnabled(has_track)
        self.relink_button.setEnabled(has_track)
        self.up_button.setEnabled(has_track and row > 0)
        self.down_button.setEnabled(has_track and row < count - 1)
        self.import_button.setEnabled(has_store and not busy)
        self.export_button.setEnabled(shown)
