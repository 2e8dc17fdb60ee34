"""The home screen: large, clearly labelled tiles, one press to begin."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from companion.core.care.plan import Suggestion
from companion.core.preferences import pattern_for
from companion.services.audio.output import MusicState
from companion.services.audio.soundscapes import CALM_PLAYLIST
from companion.ui.common.flow import columns, flow_row
from companion.ui.common.names import preset_title
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import enter_presses
from companion.ui.common.theme import px
from companion.ui.common.widgets import MIN_TARGET, footed_view, make_button, make_label
from companion.ui.home.plan import HomePlan

if TYPE_CHECKING:  # the sessions' modules and the bar load when first pressed or played
    from companion.sessions.player import Player
    from companion.ui.common.now_playing import NowPlayingBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class Tile(QPushButton):
    """A button whose height follows the wrapped words inside it (they grow with text size).

    ``words`` is its line of plain words under the title.
    """

    words: QLabel

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        inner = layout.totalHeightForWidth(width) if layout is not None else 0
        return max(self.minimumHeight(), inner)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(0, self.heightForWidth(self.width())))


def make_tile(title: str, text: str, description: str, large: bool = False) -> Tile:
    """An activity tile: a bold title over a line of plain words, one press to begin.

    ``large`` tiles (the two one-press ones) are taller, with a bigger title.
    """
    button = Tile()
    button.setAccessibleName(title)
    button.setAccessibleDescription(description)
    button.setToolTip(description)
    button.setProperty("role", "tile")
    policy = button.sizePolicy()
    policy.setHeightForWidth(True)
    # A push button's height is Fixed to its hint; a tile's follows its words (the care
    # team's note may add a line), so the row gives it the height its width needs.
    policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
    button.setSizePolicy(policy)
    inside = QVBoxLayout(button)
    inside.setContentsMargins(24, 16, 24, 16)
    for words in (title, text):
        label = make_label(words, "tile-text")
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inside.addWidget(label)
    inside.addStretch(1)  # a taller row leaves the words at the top
    button.words = label
    style_tile(button, large)
    return button


def style_tile(button: QPushButton, large: bool) -> None:
    """A large tile (one of the first ones) is taller, with a bigger title."""
    button.setMinimumSize(MIN_TARGET, round((168 if large else 120) * px("body") / 19))
    title = button.findChildren(QLabel)[0]
    title.setProperty("role", "title" if large else "tile-title")
    title.style().unpolish(title)
    title.style().polish(title)
    button.updateGeometry()


def greeting(owner: QWidget, hour: int) -> str:
    """A kind word for the time of day."""
    if 5 <= hour < 12:
        return _tr("Good morning")
    if 12 <= hour < 18:
        return _tr("Good afternoon")
    return _tr("Good evening")


class HomePage(Page):
    """ "Breathless now" pinned on top; two large one-press tiles, three smaller ones, then
    History, Settings and Help.

    "Breathe now" starts breathing at once with the last settings (the set-up is one press
    away on the session); "Play calming music" plays the Calm playlist, faded in.

    A simple Home (Settings): only the two or three tiles a carer chose, large; the other
    tiles, History and Settings behind "More".
    """

    name = "home"

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        hour: Callable[[], int] = lambda: datetime.now().hour,
    ) -> None:
        super().__init__(services, parent)
        self._hour = hour
        # "Breathless now" comes first: pinned above everything that scrolls, so it is always
        # in sight (at 200 % too), and the first stop of Tab.
        self.breathless_button = make_tile(
            self.tr("Breathless now"),
            self.tr("Help in an attack of breathlessness · F2"),
            self.tr(
                "Opens at once, one step at a time: a position, the fan, breathing out, the "
                "care team's plan"
            ),
        )
        self.breathless_button.setProperty("role", "tile-urgent")
        self.breathless_button.setMinimumHeight(MIN_TARGET)
        pinned_top = QVBoxLayout()
        pinned_top.setContentsMargins(12, 0, 12, 4)  # in line with the tiles below
        pinned_top.addWidget(self.breathless_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(24)
        self.help_button = make_button(
            self.tr("Help (F1)"), self.tr("Questions and answers, keyboard keys, your data")
        )
        self.help_button.setProperty("role", "quiet")
        self.greeting = make_label("", "title")
        layout.addWidget(flow_row([self.greeting], [self.help_button]))
        self._plan_slot = QVBoxLayout()  # Today's suggestion, once the tiles exist
        self._plan_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._plan_slot)

        self.breathe_button = make_tile(
            self.tr("Breathe now"),
            "",
            self.tr("Start paced breathing now, as last time; change it on the session"),
            large=True,
        )
        self.calm_button = make_tile(
            self.tr("Play calming music"),
            self.tr("Soft sounds fade in"),
            self.tr("Start the Calm playlist now, fading in gently"),
            large=True,
        )
        self.imagine_button = make_tile(
            self.tr("Imagine"),
            self.tr("A calm voice reads a peaceful scene"),
            self.tr("Listen to spoken guided imagery: a warm light, a garden, the beach"),
        )
        self.listen_button = make_tile(
            self.tr("Listen"),
            self.tr("Calming sounds and your own music"),
            self.tr("Playlists, the player and the sleep timer"),
        )
        self.stretch_button = make_tile(
            self.tr("Stretch & massage"),
            self.tr("Gentle movements; a hand massage for carers"),
            self.tr("Seated stretches paced to the breath, and a caregiver's hand massage"),
        )
        self.quiet_button = make_tile(
            self.tr("Quiet time"),
            self.tr("Soft bells and stillness"),
            self.tr("Begin a quiet time with soft bells now, as last time; change it there"),
        )
        self.tiles = {
            "breathe": self.breathe_button,
            "calm": self.calm_button,
            "imagine": self.imagine_button,
            "listen": self.listen_button,
            "stretch": self.stretch_button,
            "quiet": self.quiet_button,
        }
        self._first = QVBoxLayout()  # the large tiles (all of a simple Home)
        self._first.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._first)
        self.more_button = make_button(
            self.tr("More"), self.tr("The other activities, History and Settings")
        )
        self.more_button.setCheckable(True)
        self._more_holder = flow_row([self.more_button], [])
        layout.addWidget(self._more_holder)
        self._rest = QVBoxLayout()  # the smaller tiles (behind More on a simple Home)
        self._rest.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rest)
        self._arranged: tuple[bool, tuple[str, ...]] | None = None
        self.plan = HomePlan(
            services.care,
            {
                self.breathe_button: ("breathing",),
                self.calm_button: ("listening",),
                self.imagine_button: ("visualization",),
                self.listen_button: ("listening",),
                self.stretch_button: ("stretch", "massage"),
                self.quiet_button: ("meditation",),
            },
            parent=self,
        )
        self._plan_slot.addWidget(self.plan.card)
        layout.addWidget(self.plan.left_off)

        self.history_button = make_button(
            self.tr("History"), self.tr("See past sessions and export them")
        )
        self.settings_button = make_button(
            self.tr("Settings"), self.tr("Theme, text size, motion and reminders")
        )
        self.careplan_button = make_button(
            self.tr("Care plan"), self.tr("What the care team approves, and their suggestion")
        )
        care = make_label(
            self.tr(
                "Companion guides and records; it is not a replacement for your care team. "
                "Ask them before starting."
            ),
            "muted",
        )
        layout.addWidget(care)  # read once; the footer keeps to what must stay in reach
        layout.addStretch(1)
        footer = QWidget()
        column = QVBoxLayout(footer)
        column.setContentsMargins(0, 0, 0, 0)
        # While music plays: what plays, Pause, Stop and the sleep timer, pinned in the footer
        # so it never scrolls out of sight (also at 200 % text).
        # It is built when music first plays (a drop-down and its list: a tenth of the
        # first window's time), or when asked for.
        self._bar: NowPlayingBar | None = None
        self._tabs: tuple[Sequence[QWidget], Sequence[QWidget]] | None = None
        self._pinned = pinned = QWidget()
        pinned.setProperty("role", "row")
        self._pinned_column = QVBoxLayout(pinned)
        self._pinned_column.setContentsMargins(0, 0, 0, 8)
        column.addWidget(pinned)
        self._more_row = flow_row(
            [self.history_button, self.settings_button, self.careplan_button], []
        )
        column.addWidget(self._more_row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(footed_view(body, footer, pinned_top)[0])
        QWidget.setTabOrder(self.breathless_button, self.help_button)
        enter_presses(self)

        self.breathe_button.clicked.connect(self._breathe_now)
        self.breathless_button.clicked.connect(lambda: self.open_requested.emit("breathless", None))
        self.quiet_button.clicked.connect(self._quiet_now)
        self.calm_button.clicked.connect(services.player.play_calm)  # plays here, never restarts
        for button, name in (
            (self.imagine_button, "imagine"),
            (self.listen_button, "listen"),
            (self.stretch_button, "stretch"),
            (self.history_button, "history"),
            (self.settings_button, "settings"),
            (self.careplan_button, "careplan"),
            (self.help_button, "help"),
        ):
            button.clicked.connect(lambda _c=False, n=name: self.open_requested.emit(n, None))
        for changed in (services.player.state_changed, services.player.track_changed):
            changed.connect(lambda _what: self.show_playing(services.player))
        services.player.problem.connect(lambda p: self.notice.emit(p) if self.isVisible() else None)
        self.show_playing(services.player)
        self.plan.start_requested.connect(self._start_suggestion)
        self.plan.plan_requested.connect(lambda: self.open_requested.emit("careplan", None))
        services.state.changed.connect(lambda _prefs: self._describe_breathing())
        services.state.changed.connect(lambda _prefs: self._describe_quiet())
        services.state.changed.connect(lambda _prefs: self.arrange())
        self.more_button.toggled.connect(lambda _on: self._show_more())
        self.arrange()
        self._describe_breathing()
        self._describe_quiet()

    def show_request(self, request: object | None = None) -> None:
        """Home, greeting the time of day, with the focus on its first tile."""
        self.greeting.setText(greeting(self, self._hour()))
        self.more_button.setChecked(False)
        self.first_tiles()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def first_tiles(self) -> list[QPushButton]:
        """The large tiles at the top, in order."""
        prefs = self.services.state.prefs
        chosen = prefs.home_tiles if prefs.simple_home else ("breathe", "calm")
        return [self.tiles[name] for name in chosen]

    def arrange(self) -> None:
        """Lay the tiles out for a full Home, or a simple one (when the choice changed)."""
        prefs = self.services.state.prefs
        wanted = (prefs.simple_home, prefs.home_tiles if prefs.simple_home else ())
        if wanted == self._arranged:
            return
        self._arranged = wanted
        first = self.first_tiles()
        rest = [tile for tile in self.tiles.values() if tile not in first]
        for place in (self._first, self._rest):
            while place.count():
                taken = place.takeAt(0)
                holder = taken.widget() if taken is not None else None
                if holder is not None:
                    holder.hide()
                    holder.deleteLater()  # the tiles move into the new rows first
        for tile in first:
            style_tile(tile, large=True)
        for tile in rest:
            style_tile(tile, large=False)
        self._first.addWidget(columns(*first, min_em=14))
        if len(rest) == 4:  # four in a row where they fit, two by two, one column at 200 %
            pairs = columns(*rest[:2], min_em=11), columns(*rest[2:], min_em=11)
            self._rest.addWidget(columns(*pairs, min_em=23))
        else:
            self._rest.addWidget(columns(*rest, min_em=11))
        self._show_more()
        self._tabs = (first, rest)
        self._order_tabs(first, rest)

    @property
    def now_playing(self) -> NowPlayingBar:
        """What plays, Pause, Stop and the sleep timer, pinned in the footer (built when
        first wanted; it hides itself while nothing plays)."""
        if self._bar is None:
            from companion.ui.common.now_playing import NowPlayingBar

            # made inside its row: a bar without a parent would show as a window of its own
            self._bar = NowPlayingBar(self.services.player, self.services.now, self._pinned)
            self._pinned_column.addWidget(self._bar)
            if self._tabs is not None:
                self._order_tabs(*self._tabs)
        return self._bar

    def _order_tabs(self, first: Sequence[QWidget], rest: Sequence[QWidget]) -> None:
        """Tab follows the page as it reads (tiles moved into new rows would otherwise come
        after the footer): Breathless now, Help, today's suggestion, the large tiles, More,
        the others, then the footer's music controls, History, Settings and the care plan."""
        playing: list[QWidget] = []
        bar = self._bar
        widget: QWidget | None = bar.nextInFocusChain() if bar is not None else None
        while widget is not None and bar is not None and bar.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                playing.append(widget)
            widget = widget.nextInFocusChain()
        chain: list[QWidget] = [
            self.breathless_button,
            self.help_button,
            self.plan.start_button,
            *first,
            self.more_button,
            *rest,
            self.plan.plan_button,
            *playing,
            self.history_button,
            self.settings_button,
            self.careplan_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _show_more(self) -> None:
        simple = self.services.state.prefs.simple_home
        expanded = self.more_button.isChecked()
        self._more_holder.setVisible(simple)
        self.more_button.setText(self.tr("Fewer") if expanded else self.tr("More"))
        for index in range(self._rest.count()):
            item = self._rest.itemAt(index)
            holder = item.widget() if item is not None else None
            if holder is not None:
                holder.setVisible(not simple or expanded)
        self._more_row.setVisible(not simple or expanded)

    def _breathe_now(self) -> None:
        """One press: breathing starts at once with the last-used pattern and length."""
        from companion.sessions.breathing import BreathingRequest

        prefs = self.services.state.prefs
        preset_id, pattern = pattern_for(prefs)
        minutes = prefs.session_minutes or None
        planned = None if minutes is None else minutes * 60.0
        request = BreathingRequest(pattern, preset_id, planned, prefs.start_where_you_are)
        self.open_requested.emit("breathe", request)

    def _quiet_now(self) -> None:
        """One press: a quiet time begins at once, as it was set last time."""
        from companion.sessions.meditation import request_from

        self.open_requested.emit("meditate", request_from(self.services.state.prefs))

    def _describe_quiet(self) -> None:
        prefs = self.services.state.prefs
        length = (
            self.tr("%n min", "", round(prefs.meditation_minutes))
            if prefs.meditation_minutes
            else self.tr("as long as you like")
        )
        bell = self.tr("soft bells") if prefs.meditation_bell != "none" else self.tr("no bell")
        label = self.quiet_button.findChildren(QLabel)[-1]
        label.setText(f"{length} · {bell}")

    def _start_suggestion(self, suggestion: Suggestion) -> None:
        """One press: today's suggestion begins (breathing and music at once; the others on
        their page, where there is a choice to make or a safety check first)."""
        if suggestion.activity == "breathing":
            from companion.sessions.breathing import BreathingRequest

            prefs = self.services.state.prefs
            preset_id, pattern = pattern_for(prefs)
            request = BreathingRequest(pattern, preset_id, suggestion.minutes * 60.0)
            self.open_requested.emit("breathe", request)
        elif suggestion.activity == "listening":
            self.services.player.play_calm()
        else:
            page = {"visualization": "imagine", "stretch": "stretch", "massage": "massage"}
            self.open_requested.emit(page[suggestion.activity], None)

    def _describe_breathing(self) -> None:
        prefs = self.services.state.prefs
        preset_id, pattern = pattern_for(prefs)
        own = prefs.own_pattern(preset_id)
        name = preset_title(self, preset_id, own.name if own is not None else "")
        length = (
            self.tr("%n min", "", round(prefs.session_minutes))
            if prefs.session_minutes
            else self.tr("as long as you like")
        )
        sound = self.tr("sound") if prefs.cues_enabled else self.tr("silent")
        words = f"{name} {pattern.label()} · {length} · {sound}"
        if prefs.start_where_you_are:
            words += " · " + self.tr("from your own pace")
        self.breathe_button.words.setText(words)

    def show_playing(self, player: Player) -> None:
        """The calming-music tile says "Playing" while its music plays (a second press keeps
        it playing); the now-playing bar in the footer shows the rest."""
        playlist = player.playlist if player.state is not MusicState.STOPPED else None
        calm = playlist is not None and playlist.bundled and playlist.name == CALM_PLAYLIST
        self.calm_button.words.setText(
            self.tr("Playing") if calm else self.tr("Soft sounds fade in")
        )
        if player.state is not MusicState.STOPPED:
            _ = self.now_playing  # built the first time music plays
        bar = self._bar
        if bar is not None:
            bar.refresh()  # before the gap is judged (its own slot may come later)
        self._pinned.setVisible(bar is not None and not bar.isHidden())  # no gap when silent
