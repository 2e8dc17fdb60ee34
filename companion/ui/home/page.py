"""The home screen: large, clearly labelled tiles, one press to begin."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.services.audio.output import MusicState
from companion.services.audio.soundscapes import CALM_PLAYLIST
from companion.sessions.player import Player
from companion.ui.common.now_playing import NowPlayingBar
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import enter_presses
from companion.ui.common.widgets import MIN_TARGET, footed_view, make_button, make_label


class Tile(QPushButton):
    """A button whose height follows the wrapped words inside it (they grow with text size)."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        inner = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), inner)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(0, self.heightForWidth(self.width())))


def make_tile(title: str, text: str, description: str) -> QPushButton:
    """A large activity tile: a bold title over a line of plain words, one press to begin."""
    button = Tile()
    button.setAccessibleName(title)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    button.setProperty("role", "tile")
    button.setMinimumSize(MIN_TARGET, 120)
    policy = button.sizePolicy()
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)
    inside = QVBoxLayout(button)
    inside.setContentsMargins(20, 14, 20, 14)
    for words, role in ((title, "tile-title"), (text, "tile-text")):
        label = make_label(words, role)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inside.addWidget(label)
    return button


class HomePage(Page):
    """Activity tiles, History, Settings and Help: each one press (``open_requested``)."""

    name = "home"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        body = QWidget()  # scrolls at 200 % text in a small window
        layout = QVBoxLayout(body)
        layout.setSpacing(16)
        layout.addWidget(make_label(self.tr("Companion"), "title"))
        layout.addWidget(make_label(self.tr("Gentle guidance for breathing and rest."), "subtitle"))

        tiles = QGridLayout()
        tiles.setSpacing(16)
        self.breathe_button = make_tile(
            self.tr("Breathe now"),
            self.tr("Slow, soft breathing with a circle and gentle sounds"),
            self.tr("Start paced breathing: in for 4 seconds, out for 6"),
        )
        self.breathe_button.clicked.connect(lambda: self.open_requested.emit("breathe", None))
        tiles.addWidget(self.breathe_button, 0, 0)
        self.calm_button = make_tile(
            self.tr("Play calming music"),
            self.tr("One press: soft sounds fade in"),
            self.tr("Start the Calm playlist now, fading in gently"),
        )
        self.calm_button.clicked.connect(services.player.play_calm)  # plays here, never restarts
        tiles.addWidget(self.calm_button, 0, 1)
        self.imagine_button = make_tile(
            self.tr("Imagine"),
            self.tr("A calm voice reads a peaceful scene, with the words on screen"),
            self.tr("Listen to spoken guided imagery: a warm light, a garden, the beach"),
        )
        self.imagine_button.clicked.connect(lambda: self.open_requested.emit("imagine", None))
        tiles.addWidget(self.imagine_button, 1, 0)
        self.listen_button = make_tile(
            self.tr("Listen"),
            self.tr("Calming sounds and your own music"),
            self.tr("Playlists, the player and the sleep timer"),
        )
        self.listen_button.clicked.connect(lambda: self.open_requested.emit("listen", None))
        tiles.addWidget(self.listen_button, 1, 1)
        self.stretch_button = make_tile(
            self.tr("Stretch"),
            self.tr("Gentle seated movements, and a hand massage guide for carers"),
            self.tr("Seated stretches paced to the breath, and a caregiver's hand massage"),
        )
        self.stretch_button.clicked.connect(lambda: self.open_requested.emit("stretch", None))
        tiles.addWidget(self.stretch_button, 2, 0, 1, 2)
        layout.addLayout(tiles)
        layout.addStretch(1)

        bottom = QHBoxLayout()
        self.history_button = make_button(
            self.tr("History"), self.tr("See past sessions and export them")
        )
        self.settings_button = make_button(
            self.tr("Settings"), self.tr("Theme, text size, motion and sound")
        )
        self.history_button.clicked.connect(lambda: self.open_requested.emit("history", None))
        self.help_button = make_button(
            self.tr("Help"), self.tr("Questions and answers, keyboard keys, your data (F1)")
        )
        self.settings_button.clicked.connect(lambda: self.open_requested.emit("settings", None))
        self.help_button.clicked.connect(lambda: self.open_requested.emit("help", None))
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.settings_button)
        bottom.addWidget(self.help_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(
            make_label(
                self.tr(
                    "Companion guides and records; it is not a replacement for your care team. "
                    "Ask them before starting."
                ),
                "muted",
            )
        )
        # While music plays: what plays, Pause, Stop and the sleep timer, pinned below the
        # tiles so it never scrolls out of sight (also at 200 % text).
        self.now_playing = NowPlayingBar(services.player, services.now)
        self._pinned = pinned = QWidget()
        pinned.setProperty("role", "row")
        beside = layout.contentsMargins().left()  # in line with the tiles
        pinned_column = QVBoxLayout(pinned)
        pinned_column.setContentsMargins(beside, 8, beside, 0)
        pinned_column.addWidget(self.now_playing)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(footed_view(body, pinned)[0])
        enter_presses(self)
        for changed in (services.player.state_changed, services.player.track_changed):
            changed.connect(lambda _what: self.show_playing(services.player))
        services.player.problem.connect(lambda p: self.notice.emit(p) if self.isVisible() else None)
        self.show_playing(services.player)

    def show_request(self, request: object | None = None) -> None:
        """Home, with the focus on its first tile."""
        self.breathe_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_playing(self, player: Player) -> None:
        """The calming-music tile says "Playing" while its music plays (a second press keeps
        it playing); the now-playing bar below shows the rest."""
        playlist = player.playlist if player.state is not MusicState.STOPPED else None
        calm = playlist is not None and playlist.bundled and playlist.name == CALM_PLAYLIST
        words = self.calm_button.findChildren(QLabel)[-1]
        words.setText(self.tr("Playing") if calm else self.tr("One press: soft sounds fade in"))
        self._pinned.setVisible(not self.now_playing.isHidden())  # no gap when nothing plays
