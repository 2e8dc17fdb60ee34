"""The transport controls under a playlist: what plays, where it stands, and the buttons."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QSlider, QVBoxLayout, QWidget

from companion.core.listen.playlists import Repeat
from companion.core.listen.sleep_timer import SLEEP_MINUTES, SleepTimer
from companion.core.sessions import format_duration
from companion.services.audio.output import MusicState
from companion.sessions.player import Player
from companion.sessions.state import AppState
from companion.ui.common.widgets import MIN_TARGET, make_button, make_checkbox, make_label

POSITION_MS = 250
SLEEP_OFF = "off"
SLEEP_TRACK = "track"


class PlayerBar(QWidget):
    """Play/pause, previous, next, stop, seek, volume, shuffle, repeat, sleep timer."""

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
        prefs = state.prefs

        self.now_playing = make_label(self.tr("Nothing is playing."), "subtitle")
        self.now_playing.setAccessibleName(self.tr("Now playing"))
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

        self.previous_button = make_button(
            self.tr("Previous"), self.tr("Back to the start of the track, or the one before")
        )
        self.play_button = make_button(self.tr("Play"), self.tr("Play or pause (Space)"), "primary")
        self.play_button.setMinimumWidth(160)
        self.next_button = make_button(self.tr("Next"), self.tr("Skip to the next track"))
        self.stop_button = make_button(self.tr("Stop"), self.tr("Fade out and stop"))
        self.previous_button.clicked.connect(player.previous)
        self.next_button.clicked.connect(player.next)
        self.stop_button.clicked.connect(lambda: player.stop(fade_s=1.5))

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(prefs.music_volume * 100))
        self.volume.setAccessibleName(self.tr("Music volume"))
        self.volume.setAccessibleDescription(self.tr("Never louder than a safe limit"))
        self.volume.setMinimumSize(160, MIN_TARGET)
        self.volume.valueChanged.connect(self._volume_changed)

        self.shuffle = make_checkbox(self.tr("Shuffle"), self.tr("Play the tracks in any order"))
        self.shuffle.setChecked(prefs.shuffle)
        self.shuffle.toggled.connect(self._shuffle_changed)
        self.repeat = self._combo(
            self.tr("Repeat"),
            [
                (self.tr("Repeat: off"), "none"),
                (self.tr("Repeat: all"), "all"),
                (self.tr("Repeat: this track"), "one"),
            ],
            prefs.repeat,
        )
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self.sleep = self._combo(
            self.tr("Sleep timer"),
            [(self.tr("Sleep timer: off"), SLEEP_OFF)]
            + [(self.tr("Stop in {0} minutes").format(m), str(m)) for m in SLEEP_MINUTES]
            + [(self.tr("Stop at the end of this track"), SLEEP_TRACK)],
            SLEEP_OFF,
        )
        self.sleep.setAccessibleDescription(self.tr("The music fades out over half a minute"))
        self.sleep.currentIndexChanged.connect(self._sleep_changed)
        self.sleep_left = make_label("", "muted", wrap=False)
        self.fade_in = make_checkbox(
            self.tr("Fade in gently"), self.tr("Music rises slowly from silence when it starts")
        )
        self.fade_in.setChecked(prefs.music_fade_in)
        self.fade_in.toggled.connect(self._fade_in_changed)
        player.set_shuffle(prefs.shuffle)
        player.set_repeat(Repeat(prefs.repeat))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.now_playing)
        position = QHBoxLayout()
        position.addWidget(self.elapsed)
        position.addWidget(self.seek, 1)
        position.addWidget(self.total)
        layout.addLayout(position)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.play_button, self.next_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        buttons.addWidget(make_label(self.tr("Volume"), wrap=False))
        buttons.addWidget(self.volume, 1)
        layout.addLayout(buttons)
        options = QGridLayout()
        options.addWidget(self.shuffle, 0, 0)
        options.addWidget(self.fade_in, 0, 2)
        options.addWidget(self.repeat, 1, 0)
        options.addWidget(self.sleep, 1, 1)
        options.addWidget(self.sleep_left, 1, 2)
        layout.addLayout(options)

        self._timer = QTimer(self)
        self._timer.setInterval(POSITION_MS)
        self._timer.timeout.connect(self.refresh)
        player.state_changed.connect(self._state_changed)
        player.track_changed.connect(lambda _index: self.refresh())
        player.sleep_changed.connect(self._sleep_shown)
        self._state_changed(player.state)

    def _combo(self, name: str, choices: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumHeight(MIN_TARGET)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    # -- reacting to the player --------------------------------------------------------

    def _state_changed(self, state: MusicState) -> None:
        playing = state is MusicState.PLAYING
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setAccessibleName(self.play_button.text())
        active = state is not MusicState.STOPPED
        for widget in (self.previous_button, self.next_button, self.stop_button, self.seek):
            widget.setEnabled(active)
        if active:
            self._timer.start()
        else:
            self._timer.stop()
        self.refresh()

    def refresh(self) -> None:
        """Show the current track, its position and the sleep timer."""
        track = self.player.current_track
        if track is None:
            self.now_playing.setText(self.tr("Nothing is playing."))
            self.elapsed.setText("0:00")
            self.total.setText("")
            self.seek.setRange(0, 0)
        else:
            who = f" — {track.artist}" if track.artist else ""
            self.now_playing.setText(f"{track.display_title}{who}")
            position = self.player.position()
            duration = self.player.duration()
            self.elapsed.setText(format_duration(position))
            self.total.setText(format_duration(duration) if duration else "")
            if not self._seeking:
                self.seek.setRange(0, int(duration or 0))
                self.seek.setValue(int(position))
        self._sleep_shown(self.player.sleep)

    def _sleep_shown(self, timer: SleepTimer | None) -> None:
        if timer is None:
            self.sleep_left.setText("")
            if self.sleep.currentData() != SLEEP_OFF:
                self.sleep.blockSignals(True)
                self.sleep.setCurrentIndex(0)
                self.sleep.blockSignals(False)
            return
        remaining = timer.remaining(self._now())
        if remaining is None:
            self.sleep_left.setText(self.tr("Stops after this track"))
        else:
            self.sleep_left.setText(self.tr("Stops in {0}").format(format_duration(remaining)))

    # -- user actions ------------------------------------------------------------------------

    def _seek_released(self) -> None:
        self._seeking = False
        self.player.seek(float(self.seek.value()))

    def _seek_action(self, action: int) -> None:
        if self._seeking:
            return
        # Keyboard and page clicks: seek to where the slider is about to go.
        QTimer.singleShot(0, lambda: self.player.seek(float(self.seek.value())))

    def _volume_changed(self, value: int) -> None:
        self.player.set_volume(value / 100)
        self._state.update(music_volume=value / 100)

    def _shuffle_changed(self, on: bool) -> None:
        self.player.set_shuffle(on)
        self._state.update(shuffle=on)

    def _repeat_changed(self) -> None:
        value = str(self.repeat.currentData())
        self.player.set_repeat(Repeat(value))
        self._state.update(repeat=value)

    def _fade_in_changed(self, on: bool) -> None:
        self._state.update(music_fade_in=on)

    def _sleep_changed(self) -> None:
        value = str(self.sleep.currentData())
        if value == SLEEP_OFF:
            self.player.set_sleep(None)
        elif value == SLEEP_TRACK:
            self.player.set_sleep(SleepTimer.at_end_of_track())
        else:
            self.player.set_sleep(SleepTimer.after_minutes(float(value), self._now()))
