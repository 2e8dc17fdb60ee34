"""What plays, said and controlled where the person is: the main button during a sleep fade
(the real mixer on a fake clock), Home's now-playing bar and its calming-music tile, the tray."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from companion.cli.listen import sync_bundled
from companion.core.loudness import music_level
from companion.core.ramps import MASTER_CAP
from companion.services.audio.output import AudioEvent, MusicState, PygameAudio
from companion.services.audio.soundscapes import CALM_PLAYLIST, soundscapes
from companion.ui.common.theme import apply_theme
from companion.ui.listen.page import ListenPage
from companion.ui.shell.window import FIRST_SIZE, MainWindow
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def mixer(clock):
    """The real pygame mixer (SDL's dummy driver), its fades on the test's fake clock."""
    audio = PygameAudio(clock)
    yield audio
    audio.close()


@pytest.fixture
def heard_page(qtbot, state, store, clock, tmp_path, mixer):
    """The Listen page playing through the real mixer."""
    sync_bundled(store)
    page = ListenPage(make_services(state, store, clock, tmp_path, mixer))
    qtbot.addWidget(page)
    page.show_request()
    page.show()
    yield page
    page.services.player.shutdown()


def test_during_the_sleep_fade_the_button_reads_what_is_heard_and_pauses(
    qtbot, state, clock, mixer, heard_page: ListenPage
) -> None:
    import pygame

    page = heard_page
    services = page.services
    button, player, sound = page.view.play_button, services.player, services.sound
    first = soundscapes()[0]  # the Calm playlist's first track, levelled to the reference
    full = MASTER_CAP * state.prefs.music_volume * music_level(first.loudness_lufs)

    def heard() -> float:
        """The level that reaches the speakers now (0 when paused or stopped)."""
        return mixer.music_gain() if pygame.mixer.music.get_busy() else 0.0

    def at(seconds: float) -> None:
        clock.advance(seconds)
        sound.tick()
        page.view.refresh()

    qtbot.mouseClick(button, LEFT)
    at(3.5)  # the music has risen
    assert heard() == pytest.approx(full) and button.text() == "Pause"
    qtbot.mouseClick(page.view.sleep.buttons["15"], LEFT)
    at(15 * 60 - 29)  # inside the last half minute
    qtbot.waitUntil(lambda: player.sleep_fading, timeout=3000)  # the player's own timer
    levels = []
    for _ in range(10):  # every two seconds of the first twenty of the fade
        at(2.0)
        levels.append(heard())
        assert levels[-1] > 0 and button.text() == "Pause", (len(levels), levels[-1])
        assert player.state is MusicState.PLAYING
    assert all(a > b for a, b in pairwise(levels))  # softening
    assert levels[-1] < full / 10  # well down by now (evenly in decibels)
    qtbot.mouseClick(button, LEFT)  # "Pause", as it says
    assert button.text() == "Resume" and player.state is MusicState.PAUSED
    assert player.sleep is None and page.view.sleep.current() == "off"  # someone is awake
    at(0.7)  # the short pause fade is over: silence
    assert heard() == 0.0 and button.text() == "Resume"
    at(60.0)  # the timer's end passes: nothing else happens
    assert player.state is MusicState.PAUSED
    qtbot.mouseClick(button, LEFT)  # "Resume": back, rising over a second, to the full level
    at(1.1)
    assert heard() == pytest.approx(full) and button.text() == "Pause"


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    sync_bundled(store)
    audio = RecordingAudio()
    win = MainWindow(make_services(state, store, clock, tmp_path, audio))
    win.audio = audio  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    win.resize(960, 760)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def loads(window: MainWindow) -> int:
    return sum(1 for c in window.audio.calls if c[0] == "load_music")  # type: ignore[attr-defined]


def test_the_calm_tile_plays_at_home_and_a_second_press_keeps_it_playing(
    window: MainWindow, qtbot
) -> None:
    home, player = window.home, window.services.player
    tile_words = home.calm_button.words
    assert not home.now_playing.isVisible()
    qtbot.mouseClick(home.calm_button, LEFT)
    assert window.current() is home  # one press: music, right here
    assert player.state is MusicState.PLAYING and player.playlist.name == CALM_PLAYLIST
    assert tile_words.text() == "Playing" and home.now_playing.isVisible()
    assert home.now_playing.status.text().startswith("▶ ") and "playing" in (
        home.now_playing.status.text()
    )
    window.audio.position = 20.0  # type: ignore[attr-defined]
    qtbot.mouseClick(home.calm_button, LEFT)  # again
    assert loads(window) == 1 and player.position() == 20.0  # never restarted
    qtbot.mouseClick(home.now_playing.pause_button, LEFT)
    assert player.state is MusicState.PAUSED and home.now_playing.pause_button.text() == "Resume"
    qtbot.mouseClick(home.calm_button, LEFT)  # paused: the tile brings it back
    assert player.state is MusicState.PLAYING and loads(window) == 1


def test_the_bar_pauses_resumes_and_stops_with_a_fade(window: MainWindow, qtbot) -> None:
    home, player = window.home, window.services.player
    qtbot.mouseClick(home.calm_button, LEFT)
    bar = home.now_playing
    qtbot.mouseClick(bar.pause_button, LEFT)
    assert ("pause_music", 0.6) in window.audio.calls  # type: ignore[attr-defined]
    qtbot.mouseClick(bar.pause_button, LEFT)
    assert ("resume_music", 1.0) in window.audio.calls  # type: ignore[attr-defined]
    qtbot.mouseClick(bar.stop_button, LEFT)
    assert window.audio.calls[-1] == ("stop_music", 2.0)  # type: ignore[attr-defined]
    assert "stopping" in bar.status.text()
    player.on_audio_event(AudioEvent("music_faded_out"))
    assert player.state is MusicState.STOPPED and not bar.isVisible()
    assert home.calm_button.words.text() != "Playing"


def choose(qtbot, box: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the drop-down with a click and click the item that says ``text``."""
    qtbot.mouseClick(box, LEFT)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # Qt ignores a release sooner
    row = box.findText(text)
    assert row >= 0, text
    rect = view.visualRect(box.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def test_the_sleep_timer_is_the_same_on_home_and_on_listen(window: MainWindow, qtbot) -> None:
    home = window.home
    qtbot.mouseClick(home.calm_button, LEFT)
    bar = home.now_playing
    assert bar.sleep.currentText() == "Sleep: off"
    choose(qtbot, bar.sleep, "Sleep: 30 min")
    assert window.services.player.sleep is not None
    assert window.services.player.sleep.minutes == 30
    assert bar.status.text().endswith("· stops in 30:00")
    listen = window.open("listen")
    assert isinstance(listen, ListenPage)
    assert listen.view.sleep.current() == "30"
    qtbot.mouseClick(listen.view.sleep.buttons["track"], LEFT)
    assert bar.sleep.current() == "track" and bar.sleep.currentText().endswith("end of track")
    assert bar.status.text().endswith("· stops after this track")


def fully_in_sight(widget: QWidget) -> bool:
    """Whether all of ``widget`` shows in its window now: inside every parent (a scroll
    area's viewport too), so no scrolling is needed to reach it."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if not QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()).contains(rect):
            return False
        parent = parent.parentWidget()
    return window.rect().contains(rect)


@pytest.mark.parametrize("scale", (100, 200))
def test_the_bar_is_pinned_in_sight_at_any_text_size(
    qtbot, state, store, clock, tmp_path, scale: int
) -> None:
    app = QApplication.instance()
    saved = app.palette(), app.font(), app.styleSheet()
    apply_theme(app, "light", scale)
    state.update(text_scale=scale)
    try:
        sync_bundled(store)
        win = MainWindow(make_services(state, store, clock, tmp_path, RecordingAudio()))
        qtbot.addWidget(win)
        win.resize(*FIRST_SIZE)
        win.show()
        qtbot.waitExposed(win)
        bar = win.home.now_playing
        qtbot.mouseClick(win.home.calm_button, LEFT)
        qtbot.waitUntil(bar.isVisible)
        for _ in range(3):
            QApplication.processEvents()  # the layouts settle
        for control in (bar.status, bar.pause_button, bar.stop_button, bar.sleep):
            assert fully_in_sight(control), control.accessibleName()
        assert win.width() == FIRST_SIZE[0]
        win.close()
    finally:
        app.setStyleSheet(saved[2])
        app.setPalette(saved[0])
        app.setFont(saved[1])


def test_the_tray_asks_twice_and_the_music_is_never_restarted(window: MainWindow) -> None:
    window.play_calm_music()
    window.audio.position = 55.0  # type: ignore[attr-defined]
    window.play_calm_music()
    assert loads(window) == 1 and window.services.player.position() == 55.0
