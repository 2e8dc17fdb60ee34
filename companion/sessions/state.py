"""Shared UI state: the user's preferences, saved whenever they change."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from companion.core.preferences import Preferences
from companion.services.settings import SettingsStore

log = logging.getLogger(__name__)


class AppState(QObject):
    """Holds the current :class:`Preferences`.

    Signals:
        changed(Preferences): preferences changed (already saved).
        notice(str): something the user should be told.
    """

    changed = Signal(object)
    notice = Signal(object)

    def __init__(
        self, prefs: Preferences, settings: SettingsStore | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._prefs = prefs
        self._settings = settings
        self._stored: dict[str, Any] = {}  # what the file keeps for values overridden this run

    @property
    def prefs(self) -> Preferences:
        """The current preferences."""
        return self._prefs

    def override(self, **changes: Any) -> None:
        """Change some preferences for this run only (``companion --switch-access``): the
        settings file keeps its own values for them, unless the person changes them later."""
        for key in changes:
            self._stored.setdefault(key, getattr(self._prefs, key))
        new = dataclasses.replace(self._prefs, **changes)
        if new != self._prefs:
            self._prefs = new
            self.changed.emit(new)

    def update(self, **changes: Any) -> None:
        """Change some preferences, save them, and tell listeners."""
        new = dataclasses.replace(self._prefs, **changes)
        for key in changes:
            self._stored.pop(key, None)  # the person chose it: it is theirs to keep
        if new == self._prefs:
            return
        self._prefs = new
        if self._settings is not None:
            try:
                self._settings.save(dataclasses.replace(new, **self._stored))
            except OSError as exc:
                log.warning("cannot save settings: %s", exc)
                self.notice.emit(
                    self.tr("Your settings could not be saved ({0}).").format(exc.strerror)
                )
        self.changed.emit(new)

    def reduced_motion(self) -> bool:
        """Whether to avoid motion: the in-app choice, else the system's where Qt tells it."""
        if self._prefs.motion == "reduce":
            return True
        if self._prefs.motion == "full":
            return False
        return system_prefers_reduced_motion()


_style_hints_ref: list[object] = []  # keep the hints object alive (else it is collected)


def system_prefers_reduced_motion() -> bool:
    """The desktop's reduced-motion setting (Qt ≥ 6.12); False where Qt cannot tell."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    acc = accessibility()
    _style_hints_ref[:] = [hints, acc]
    preference = getattr(acc, "motionPreference", None)
    if preference is None:
        return False
    return "reduce" in str(preference()).lower()
