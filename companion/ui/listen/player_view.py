"""The calm player: what plays, where it stands, the volume and sleep timer, the playlists
as chips, the chosen playlist's tracks, and Previous / Play-Pause / Next in a fixed footer.

Editing is one press away ("Edit playlist"), in its own view (:mod:`.edit_view`). The view
shows and reports; the page decides what a press does, and the player plays.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from companion.core.sessions import format_duration
from companion.services.audio.output import MusicState
from companion.sessions.player import STOP_FADE_S, Player
from companion.sessions.state import AppState
from companion.ui.common.flow import FlowRow, columns, flow_row
from companion.ui.common.names import playlist_name
from companion.ui.common.now_playing import SleepChips, play_button_text, sleep_text
from companion.ui.common.seen_timer import SeenTimer
from companion.ui.common.theme import px
from companion.ui.common.widgets import MIN_TARGET, footed_view, make_button, make_label
from companion.ui.listen.response_prompt import ResponsePrompt
from companion.ui.listen.track_list import TrackList

POSITION_MS = 250
FOOTER_SHARE = 0.6  # the fixed footer takes at most this much of the player's height
CHIP_EM = 16  # a playlist's name on its chip is cut short (with "…") beyond this


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlayerView", text)


def volume_words(percent: int) -> str:
    """How loud, in words a tired reader takes in at once ("soft")."""
    tr = _tr
    if percent <= 0:
        return tr("silent")
    if percent <= 25:
        return tr("very soft")
    if percent <= 50:
        return tr("soft")
    if percent <= 75:
        return tr("medium")
    return tr("full")


class PlaylistChips(QWidget):
    """The playlists as chips (the shown one chosen), then "New playlist…"; they wrap.

    Signals:
        chosen(int): the person chose the playlist with this id.
    """

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "row")
        self.setAccessibleName(self.tr("Playlists"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.buttonClicked.connect(lambda b: self.chosen.emit(int(b.property("playlist"))))
        self.row = FlowRow(self)
        self.new_button = make_button(
            self.tr("New playlist…"), self.tr("Make a new, empty playlist")
        )
        self.row.add(self.new_button)
        self.buttons: dict[int, QPushButton] = {}
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_playlists(self, playlists: Sequence[tuple[int, str]], current: int | None) -> None:
        """Show these (id, name) playlists, ``current`` chosen."""
        for button in self.buttons.values():
            self.group.removeButton(button)
            self.row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.buttons = {}
        self.row.removeWidget(self.new_button)
        limit = round(CHIP_EM * px("body"))
        for playlist_id, name in playlists:
            button = make_button(name, checkable=True)
            button.ensurePolished()
            shown = QFontMetrics(button.font()).elidedText(name, Qt.TextElideMode.ElideRight, limit)
            button.setText(shown.replace("&", "&&"))
            button.setAccessibleName(self.tr("Playlist: {0}").format(name))
            button.setAccessibleDescription(self.tr("Show this playlist's tracks"))
            if shown != name:
                button.setToolTip(name)
            bold = QFont(button.font())
            bold.setWeight(QFont.Weight.DemiBold)  # a chosen chip's words are bolder: room
            wide = QFontMetrics(bold).horizontalAdvance(button.text().replace("&&", "&"))
            button.setMinimumWidth(max(button.minimumWidth(), wide + round(56 * px("body") / 19)))
            button.setProperty("playlist", playlist_id)
            self.group.addButton(button)
            self.buttons[playlist_id] = button
            self.row.add(button)
        self.row.add(self.new_button)
        if current in self.buttons:
            self.buttons[current].setChecked(True)
        self.updateGeometry()


class PlayerView(QWidget):
    """The player, first and calm. The page connects the buttons it handles itself
    (``play_button``, ``edit_button``, ``play_shown_button``, the chips' ``new_button``)."""

    def __init__(
        self,
        player: Player,
        state: AppState,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = player
        self._state = state
        self._now = now
        self._seeking = False

        self.now_playing = make_label(self.tr("Nothing is playing."), "heading")
        self.now_playing.setAccessibleName(self.tr("Now playing"))
        self.playing_from = make_label("", "muted")
        self.elapsed = make_label("0:00", wrap=False)
        self.total = make_label("", wrap=False)
        self.seek = QSlider(Qt.Orientation.Horizontal)
        self.seek.setAccessibleName(self.tr("Position in the track"))
        self.seek.setAccessibleDescription(self.tr("Left and right arrows move 5 seconds"))
        self.seek.setMinimumHeight(MIN_TARGET)
        self.seek.setSingleStep(5)
        self.seek.setPageStep(30)
        self.seek.setEnabled(False)
        self.seek.sliderPressed.connect(lambda: setattr(self, "_seeking", True))
        self.seek.sliderReleased.connect(self._seek_released)
        self.seek.actionTriggered.connect(self._seek_action)
        position = QHBoxLayout()
        position.setSpacing(16)
        position.addWidget(self.elapsed)
        position.addWidget(self.seek, 1)
        position.addWidget(self.total)

        self.volume_label = make_label("")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setValue(round(state.prefs.music_volume * 100))
        self.volume.setAccessibleName(self.tr("Music volume"))
        self.volume.setAccessibleDescription(
            self.tr("Left and right arrows: softer and louder. Never louder than a safe limit")
        )
        self.volume.setMinimumHeight(MIN_TARGET)
        self.volume.valueChanged.connect(self._volume_changed)
        volume_box = self._stack(self.volume_label, self.volume)
        self.sleep = SleepChips(player, now)
        self.sleep_left = make_label("", "muted")
        sleep_box = self._stack(make_label(self.tr("Sleep timer")), self.sleep, self.sleep_left)

        self.chips = PlaylistChips()
        self.new_button = self.chips.new_button
        self.playlist_info = make_label("", "muted")
        self.play_shown_button = make_button(
            self.tr("Play this playlist"), self.tr("Change the music to this playlist")
        )
        self.edit_button = make_button(
            self.tr("Edit playlist"),
            self.tr("Add, arrange or remove tracks; rename, import or export"),
            role="quiet",
        )
        info_row = columns(
            self.playlist_info,
            flow_row([], [self.play_shown_button, self.edit_button]),
            min_em=12,
            stretches=(3, 2),
        )
        self.tracks = TrackList(editor=False)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(16)
        column.addWidget(self.now_playing)
        column.addWidget(self.playing_from)
        column.addLayout(position)
        column.addWidget(columns(volume_box, sleep_box, min_em=16))
        column.addSpacing(8)
        column.addWidget(make_label(self.tr("Playlists"), "heading"))
        column.addWidget(self.chips)
        column.addWidget(info_row)
        column.addWidget(self.tracks)
        self._column = column
        column.addStretch(1)

        self.previous_button = make_button(
            self.tr("Previous"), self.tr("Back to the start of the track, or the one before")
        )
        self.play_button = make_button(self.tr("Play"), self.tr("Play or pause (Space)"), "primary")
        self.play_button.setMinimumWidth(round(160 * px("body") / 19))
        self.next_button = make_button(self.tr("Next"), self.tr("Change to the next track"))
        self.stop_button = make_button(self.tr("Stop"), self.tr("Fade the music out and stop"))
        self.stop_button.setProperty("role", "stop")
        self.previous_button.clicked.connect(player.previous)
        self.next_button.clicked.connect(player.next)
        self.stop_button.clicked.connect(lambda: player.stop(fade_s=STOP_FADE_S))
        controls = QWidget()
        controls.setProperty("role", "row")
        transport = FlowRow(controls)
        for button in (self.previous_button, self.play_button, self.next_button):
            transport.add(button, primary=button is self.play_button)
        transport.add(self.stop_button, right=True)
        policy = controls.sizePolicy()
        policy.setHeightForWidth(True)
        controls.setSizePolicy(policy)
        # "How did that land?" sits above the transport, which keeps its place below it.
        self.prompt = ResponsePrompt(player.questions)
        self.prompt.answered.connect(
            lambda: self.play_button.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        footer = QWidget()
        footer.setProperty("role", "row")
        stack = QVBoxLayout(footer)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(8)
        stack.addWidget(self.prompt)
        stack.addWidget(controls)
        held = footer.sizePolicy()
        held.setHeightForWidth(True)  # as tall as the wrapped question and answers need
        footer.setSizePolicy(held)
        view, self.scroller = footed_view(body, footer)
        self._footer_stack, self._controls = stack, controls
        player.questions.asked.connect(lambda _q: QTimer.singleShot(0, self, self._place_prompt))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(view)

        self.tracks.currentRowChanged.connect(self._row_into_view)
        self._timer = SeenTimer(self, POSITION_MS)  # only while it can be read
        self._timer.timeout.connect(self.refresh)
        player.state_changed.connect(self._state_changed)
        player.track_changed.connect(lambda _index: self.refresh())
        player.sleep_changed.connect(lambda _timer: self.refresh())
        self._show_volume(self.volume.value())
        self._state_changed(player.state)

    def prompt_in_footer(self) -> bool:
        """Whether "How did that land?" sits above the transport (else at the top of the
        scrolling part: the window is too short for both in the footer)."""
        return self.prompt.parentWidget() is self._controls.parentWidget()

    def _place_prompt(self) -> None:
        """The question sits above the transport while the footer leaves the scrolling part
        room (:data:`FOOTER_SHARE` of the view at most); in a short window — large text, a
        longer language — it moves to the top of the scrolling part, so that neither the
        answers nor the transport is cut off, and is scrolled into sight when asked."""
        width, asked = self.width(), self.prompt.questions.question is not None
        needed = self._controls.heightForWidth(width) + 8 + self.prompt.heightForWidth(width)
        fits = needed <= FOOTER_SHARE * self.height()
        if fits != self.prompt_in_footer():
            if fits:
                self._column.removeWidget(self.prompt)
                self._footer_stack.insertWidget(0, self.prompt)
            else:
                self._footer_stack.removeWidget(self.prompt)
                self._column.insertWidget(0, self.prompt)
            self.prompt.setVisible(asked)  # a widget given a new parent is hidden
        if asked and not fits:
            self.scroller.reveal(self.prompt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_prompt()

    def add_below(self, widget: QWidget) -> None:
        """Show ``widget`` under the tracks (in the scrolling part)."""
        self._column.insertWidget(self._column.count() - 1, widget)

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        box.setProperty("role", "row")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        for widget in widgets:
            column.addWidget(widget)
        return box

    # -- reacting to the player --------------------------------------------------------

    def _state_changed(self, state: MusicState) -> None:
        active = state is not MusicState.STOPPED
        for widget in (self.previous_button, self.next_button, self.stop_button, self.seek):
            widget.setEnabled(active)
        if active:
            self._timer.start()
        else:
            self._timer.stop()
        self.refresh()

    def refresh(self) -> None:
        """Show the current track, where it stands, what the button does, the sleep timer."""
        player = self.player
        text = play_button_text(player)
        self.play_button.setText(text)
        self.play_button.setAccessibleName(text)
        track = player.current_track
        if track is None:
            self.now_playing.setText(self.tr("Nothing is playing."))
            self.playing_from.setText("")
            self.elapsed.setText("0:00")
            self.total.setText("")
            self.seek.setRange(0, 0)
        else:
            who = f" — {track.artist}" if track.artist else ""
            self.now_playing.setText(f"{track.display_title}{who}")
            playlist = player.playlist
            if playlist is not None and player.current is not None:
                self.playing_from.setText(
                    self.tr("From “{0}”, track {1} of {2}").format(
                        playlist_name(playlist.name, playlist.bundled),
                        player.current + 1,
                        len(playlist.tracks),
                    )
                )
            position = player.position()
            duration = player.duration()
            self.elapsed.setText(format_duration(position))
            self.total.setText(format_duration(duration) if duration else "")
            if not self._seeking:
                self.seek.setRange(0, int(duration or 0))
                self.seek.setValue(int(position))
        self.sleep_left.setText(sleep_text(player, self._now()))
        self.sleep_left.setVisible(bool(self.sleep_left.text()))

    def _row_into_view(self, row: int) -> None:
        """Keep the chosen row on screen as the arrow keys move through a long list."""
        if not self.tracks.hasFocus():
            return  # a refresh chose the row: the view stays where the person left it
        rect = self.tracks.row_rect(row)
        content = self.scroller.widget()
        if rect.isValid() and content is not None:
            centre = self.tracks.mapTo(content, rect.center())
            self.scroller.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    # -- the person's actions ----------------------------------------------------------------

    def _seek_released(self) -> None:
        self._seeking = False
        self.player.seek(float(self.seek.value()))

    def _seek_action(self, _action: int) -> None:
        if self._seeking:
            return
        # Keyboard and page clicks: seek to where the slider is about to go.
        QTimer.singleShot(0, lambda: self.player.seek(float(self.seek.value())))

    def _show_volume(self, value: int) -> None:
        self.volume_label.setText(self.tr("Volume: {0}, {1} %").format(volume_words(value), value))

    def _volume_changed(self, value: int) -> None:
        self._show_volume(value)
        self.player.set_volume(value / 100)
        self._state.update(music_volume=value / 100)
