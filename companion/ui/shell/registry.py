"""Every page the window can show, by name, imported only when it is first shown.

Adding an activity means writing its package under ``companion/ui/`` (its page a
:class:`~companion.ui.common.page.Page` with a ``name``) and one loader here. The imports
are written out (not computed), so the packaged app's build finds every page.
"""

from __future__ import annotations

from collections.abc import Callable

from companion.ui.common.page import Page


def _home() -> type[Page]:
    from companion.ui.home.page import HomePage

    return HomePage


def _breathe() -> type[Page]:
    from companion.ui.breathe.page import BreathingPage

    return BreathingPage


def _imagine() -> type[Page]:
    from companion.ui.imagine.page import ImaginePage

    return ImaginePage


def _stretch() -> type[Page]:
    from companion.ui.stretch.page import StretchPage

    return StretchPage


def _massage() -> type[Page]:
    from companion.ui.massage.page import MassagePage

    return MassagePage


def _breathless() -> type[Page]:
    from companion.ui.breathless.page import BreathlessPage

    return BreathlessPage


def _breathless_plan() -> type[Page]:
    from companion.ui.breathless.plan_page import BreathlessPlanPage

    return BreathlessPlanPage


def _meditate() -> type[Page]:
    from companion.ui.meditate.page import MeditationPage

    return MeditationPage


def _listen() -> type[Page]:
    from companion.ui.listen.page import ListenPage

    return ListenPage


def _history() -> type[Page]:
    from companion.ui.history.page import HistoryPage

    return HistoryPage


def _settings() -> type[Page]:
    from companion.ui.settings.page import SettingsPage

    return SettingsPage


def _help() -> type[Page]:
    from companion.ui.help.page import HelpPage

    return HelpPage


def _careplan() -> type[Page]:
    from companion.ui.careplan.page import CarePlanPage

    return CarePlanPage


def _observe() -> type[Page]:
    from companion.ui.careplan.observe import ObservePage

    return ObservePage


def _welcome() -> type[Page]:
    from companion.ui.help.welcome import WelcomePage

    return WelcomePage


PAGES: dict[str, Callable[[], type[Page]]] = {
    "home": _home,
    "breathe": _breathe,
    "imagine": _imagine,
    "stretch": _stretch,
    "massage": _massage,
    "breathless": _breathless,
    "breathless-plan": _breathless_plan,
    "meditate": _meditate,
    "listen": _listen,
    "history": _history,
    "settings": _settings,
    "careplan": _careplan,
    "observe": _observe,
    "help": _help,
    "welcome": _welcome,
}
