"""A simple Home: a carer chooses two or three tiles in Settings; the rest is behind More."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.ui.breathe.page import BreathingPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.window import MainWindow
from tests.helpers.services import make_services

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, state, store, clock, tmp_path):
    win = MainWindow(make_services(state, store, clock, tmp_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def shown(window: MainWindow) -> list[str]:
    """The tiles a person sees on Home, top to bottom, left to right."""
    home = window.home
    visible = [
        (t.mapTo(home, t.rect().topLeft()), n) for n, t in home.tiles.items() if t.isVisible()
    ]
    return [name for _point, name in sorted(visible, key=lambda p: (p[0].y(), p[0].x()))]


def test_a_carer_chooses_the_tiles_and_the_rest_goes_behind_more(qtbot, window, state) -> None:
    assert shown(window) == ["breathe", "calm", "imagine", "listen", "stretch", "quiet"]
    assert not window.home.more_button.isVisible()
    page = window.open("settings")
    assert isinstance(page, SettingsPage)
    home_settings = page.simple_home
    qtbot.mouseClick(home_settings.simple_box, LEFT)
    assert state.prefs.simple_home and state.prefs.home_tiles == ("breathe", "calm")
    buttons = home_settings.tile_buttons
    qtbot.mouseClick(buttons["breathe"], LEFT)  # take Breathe away, then put it back last
    qtbot.mouseClick(buttons["stretch"], LEFT)
    qtbot.mouseClick(buttons["breathe"], LEFT)
    assert state.prefs.home_tiles == ("calm", "stretch", "breathe")
    qtbot.mouseClick(buttons["imagine"], LEFT)  # a fourth is refused, kindly
    assert state.prefs.home_tiles == ("calm", "stretch", "breathe")
    assert not buttons["imagine"].isChecked()
    assert "at most" in home_settings.message.text()
    window.open("home")
    qtbot.waitUntil(lambda: shown(window) == ["calm", "stretch", "breathe"])
    home = window.home
    assert home.history_button.isHidden() or not home.history_button.isVisible()
    assert home.calm_button.hasFocus() or window.focusWidget() is home.calm_button
    qtbot.mouseClick(home.more_button, LEFT)
    qtbot.waitUntil(lambda: len(shown(window)) == 6)
    assert home.history_button.isVisible() and home.settings_button.isVisible()
    assert home.more_button.text() == "Fewer"
    qtbot.mouseClick(home.more_button, LEFT)
    qtbot.waitUntil(lambda: len(shown(window)) == 3)
    qtbot.mouseClick(home.breathe_button, LEFT)  # the tiles still do what they did
    breathing = window.page(BreathingPage)
    assert window.current() is breathing and breathing.session is not None
    breathing.stop()


def test_home_keeps_at_least_one_tile(qtbot, window, state) -> None:
    state.update(simple_home=True, home_tiles=("breathe",))
    page = window.open("settings")
    assert isinstance(page, SettingsPage)
    qtbot.mouseClick(page.simple_home.tile_buttons["breathe"], LEFT)
    assert state.prefs.home_tiles == ("breathe",)
    assert page.simple_home.tile_buttons["breathe"].isChecked()
    window.open("home")
    qtbot.waitUntil(lambda: shown(window) == ["breathe"])
