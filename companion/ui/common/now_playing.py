"""What music plays, and the few controls anyone needs while it does, wherever they are.

:class:`NowPlayingBar` is pinned to Home while music plays (what plays, Pause/Resume, Stop
and the sleep timer, one line while there is room), so nobody has to open Listen to quieten
the room. The sleep timer is choice chips on Listen (:class:`SleepChips`: Off, 15, 30, 60
minutes, End of track) and one drop-down in the bar (:class:`SleepBox`); both follow the
player, so they always show the same choice. The words for the main button come from one
place (:func:`play_button_text`): it reads what is heard — "Pause" while music sounds, also
while the sleep timer fades it out.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFrame, QListView, QVBoxLayout, QWidget

from companion.core.listen.sleep_timer import SLEEP_MINUTES, SleepTimer
from companion.core.sessions import format_duration
from companion.services.audio.output import MusicState
from companion.sessions.player import STOP_FADE_S, Player
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.flow import FlowRow, columns
from companion.ui.common.seen_timer import SeenTimer
from companion.ui.common.widgets import MIN_TARGET, SESSION_GAP, make_button, make_label

SLEEP_OFF = "off"
SLEEP_TRACK = "track"
REFRESH_MS = 1000  # the sleep timer's minutes and seconds


def _tr(text: str) -> str:
    return QCoreApplication.translate("NowPlaying", text)


def play_button_text(player: Player) -> str:
    """The main button's words for what is heard now: Pause, Resume or Play."""
    if player.state is MusicState.PLAYING:
        return _tr("Pause")  # also while the sleep timer softens it: it still sounds
    if player.state is MusicState.PAUSED:
        return _tr("Resume")
    return _tr("Play")  # stopped, or stopping (pressing it then carries the music on)


def state_words(player: Player) -> str:
    """What the music is doing, in a word or two."""
    if player.state is MusicState.PLAYING:
        return _tr("fading out for sleep") if player.sleep_fading else _tr("playing")
    if player.state is MusicState.PAUSED:
        return _tr("paused")
    if player.state is MusicState.FADING:
        return _tr("stopping")
    return _tr("stopped")


def sleep_text(player: Player, now: float) -> str:
    """The sleep timer in words ("Stops in 14:32"), or '' when it is off."""
    timer = player.sleep
    if timer is None:
        return ""
    if player.sleep_fading:
        return _tr("Fading out now: press Pause to stop at once, or Off to keep listening.")
    remaining = timer.remaining(now)
    if remaining is None:
        return _tr("Stops at the end of this track.")
    return _tr("Stops in {0}.").format(format_duration(remaining))


def sleep_short(player: Player, now: float) -> str:
    """The sleep timer in a few words for the bar's status line, or '' when it is off."""
    timer = player.sleep
    if timer is None or player.sleep_fading:
        return ""  # fading: the state words already say so
    remaining = timer.remaining(now)
    if remaining is None:
        return _tr("stops after this track")
    return _tr("stops in {0}").format(format_duration(remaining))


def choose_sleep(player: Player, key: object, now: float) -> None:
    """Set the player's sleep timer from a chip's or the drop-down's key."""
    if key == SLEEP_OFF:
        player.set_sleep(None)
    elif key == SLEEP_TRACK:
        player.set_sleep(SleepTimer.at_end_of_track())
    else:
        player.set_sleep(SleepTimer.after_minutes(float(str(key)), now))


def sleep_key(timer: SleepTimer | None) -> str:
    """Which chip shows ``timer``."""
    if timer is None:
        return SLEEP_OFF
    if timer.end_of_track:
        return SLEEP_TRACK
    return str(round(timer.minutes)) if timer.minutes else SLEEP_OFF


class SleepChips(ChoiceChips):
    """The sleep timer as choice chips; it follows the player, wherever it was set."""

    def __init__(
        self,
        player: Player,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        options: list[tuple[object, str]] = [(SLEEP_OFF, _tr("Off"))]
        options += [(str(m), _tr("{0} min").format(m)) for m in SLEEP_MINUTES]
        options += [(SLEEP_TRACK, _tr("End of track"))]
        super().__init__(_tr("Sleep timer"), options, sleep_key(player.sleep), parent)
        for key, button in self.buttons.items():
            button.setAccessibleDescription(
                _tr("The music fades out over half a minute")
                if key != SLEEP_OFF
                else _tr("No sleep timer: the music plays on")
            )
        self._player = player
        self._now = now
        self.chosen.connect(lambda key: choose_sleep(self._player, key, self._now()))
        player.sleep_changed.connect(lambda timer: self.set_current(sleep_key(timer)))


class SleepBox(QComboBox):
    """The sleep timer as one drop-down ("Sleep: off", "Sleep: 30 min"…), where a row of
    chips would not fit on one line; it follows the player, wherever the timer was set."""

    def __init__(
        self,
        player: Player,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setView(QListView())  # so the theme's item height applies
        self.setAccessibleName(_tr("Sleep timer"))
        self.setAccessibleDescription(_tr("The music fades out over half a minute"))
        self.setToolTip(_tr("Sleep timer: the music fades out over half a minute, then stops"))
        self.setMinimumHeight(MIN_TARGET)
        self.addItem(_tr("Sleep: off"), SLEEP_OFF)
        for minutes in SLEEP_MINUTES:
            self.addItem(_tr("Sleep: {0} min").format(minutes), str(minutes))
        self.addItem(_tr("Sleep: end of track"), SLEEP_TRACK)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._player = player
        self._now = now
        self.activated.connect(lambda row: choose_sleep(player, self.itemData(row), now()))
        player.sleep_changed.connect(lambda timer: self._show(sleep_key(timer)))
        self._show(sleep_key(player.sleep))

    def current(self) -> str:
        """The key of the choice shown ("off", "15", …, "track")."""
        return str(self.currentData())

    def _show(self, key: str) -> None:
        index = self.findData(key)
        self.setCurrentIndex(index if index >= 0 else 0)


class NowPlayingBar(QFrame):
    """What plays, Pause/Resume, Stop and the sleep timer; shown only while music plays.

    One line while it fits ("▶ Soft rain · playing   [Pause] [Stop] [Sleep: off]");
    with large text the words stack above the controls, which wrap.
    """

    def __init__(
        self,
        player: Player,
        now: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setAccessibleName(_tr("Music playing"))
        self.player = player
        self._now = now
        self.status = make_label("", "heading")
        self.status.setAccessibleName(_tr("Now playing"))
        self.pause_button = make_button(_tr("Pause"), _tr("Pause or resume the music"))
        self.stop_button = make_button(_tr("Stop"), _tr("Fade the music out and stop it"))
        self.stop_button.setProperty("role", "stop")
        self.pause_button.clicked.connect(player.toggle_pause)
        self.stop_button.clicked.connect(lambda: player.stop(fade_s=STOP_FADE_S))
        self.sleep = SleepBox(player, now)
        controls = QWidget()
        controls.setProperty("role", "row")
        row = FlowRow(controls, spacing=SESSION_GAP)  # one tremor cannot press two
        for widget in (self.pause_button, self.stop_button, self.sleep):
            row.add(widget, right=True)
        policy = controls.sizePolicy()
        policy.setHeightForWidth(True)
        controls.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(columns(self.status, controls, min_em=12, stretches=(1, 2)))
        self._timer = SeenTimer(self, REFRESH_MS)  # only while it can be read
        self._timer.timeout.connect(self.refresh)
        player.state_changed.connect(lambda _state: self.refresh())
        player.track_changed.connect(lambda _index: self.refresh())
        player.sleep_changed.connect(lambda _timer: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show what plays and how, or hide when nothing does."""
        player = self.player
        track = player.current_track
        active = player.state is not MusicState.STOPPED and track is not None
        self.setVisible(active)
        if not active or track is None:
            self._timer.stop()
            return
        self._timer.start()
        mark = "▶ " if player.state is MusicState.PLAYING else ""
        words = [f"{mark}{track.display_title}", state_words(player)]
        sleep = sleep_short(player, self._now())
        if sleep:
            words.append(sleep)
        self.status.setText(" · ".join(words))
        text = play_button_text(player)
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(f"{text} " + _tr("the music"))
