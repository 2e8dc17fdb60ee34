"""What music plays, and the few controls anyone needs while it does, wherever they are.

:class:`NowPlayingBar` sits on Home while music plays (what plays, Pause/Resume, Stop and
the sleep timer), so nobody has to open Listen to quieten the room. :class:`SleepChips` is
the sleep timer as choice chips (Off, 15, 30, 60 minutes, End of track), shared by the bar and
the Listen page, so both always show the same choice. The words for the main button come
from one place (:func:`play_button_text`): it reads what is heard — "Pause" while music
sounds, also while the sleep timer fades it out.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.listen.sleep_timer import SLEEP_MINUTES, SleepTimer
from companion.core.sessions import format_duration
from companion.services.audio.output import MusicState
from companion.sessions.player import STOP_FADE_S, Player
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.flow import FlowRow, columns
from companion.ui.common.widgets import SESSION_GAP, make_button, make_label

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
        self.chosen.connect(self._choose)
        player.sleep_changed.connect(lambda timer: self.set_current(sleep_key(timer)))

    def _choose(self, key: object) -> None:
        if key == SLEEP_OFF:
            self._player.set_sleep(None)
        elif key == SLEEP_TRACK:
            self._player.set_sleep(SleepTimer.at_end_of_track())
        else:
            self._player.set_sleep(SleepTimer.after_minutes(float(str(key)), self._now()))


class NowPlayingBar(QFrame):
    """What plays, Pause/Resume, Stop and the sleep timer; shown only while music plays."""

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
        buttons = QWidget()
        buttons.setProperty("role", "row")
        row = FlowRow(buttons, spacing=SESSION_GAP)  # one tremor cannot press both
        row.add(self.pause_button, right=True)
        row.add(self.stop_button, right=True)
        policy = buttons.sizePolicy()
        policy.setHeightForWidth(True)
        buttons.setSizePolicy(policy)
        self.sleep = SleepChips(player, now)
        self.sleep_left = make_label("", "muted")
        sleep_box = QWidget()
        sleep_box.setProperty("role", "row")
        sleep_column = QVBoxLayout(sleep_box)
        sleep_column.setContentsMargins(0, 0, 0, 0)
        sleep_column.addWidget(self.sleep)
        sleep_column.addWidget(self.sleep_left)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(columns(self.status, buttons, min_em=12, stretches=(3, 2)))
        sleep_label = make_label(_tr("Sleep timer"))
        layout.addWidget(columns(sleep_label, sleep_box, min_em=12, stretches=(1, 4)))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
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
        if not self._timer.isActive():
            self._timer.start()
        mark = "▶ " if player.state is MusicState.PLAYING else ""
        self.status.setText(f"{mark}{track.display_title} · {state_words(player)}")
        text = play_button_text(player)
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(f"{text} " + _tr("the music"))
        self.sleep_left.setText(sleep_text(player, self._now()))
        self.sleep_left.setVisible(bool(self.sleep_left.text()))
