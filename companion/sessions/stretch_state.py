"""What the Stretch and hand-massage pages share: the library, the settings, user routines.

The care team's limits and the massage precautions are not here: they are the care plan's
(:mod:`companion.sessions.care_state`).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.core.stretch.model import Routine, StretchDataError, StretchLibrary
from companion.core.stretch.schema import parse_routine
from companion.core.stretch.settings import MAX_USER_ROUTINES, StretchSettings
from companion.services.stretch.library import load_bundled
from companion.services.stretch.settings_store import StretchSettingsStore
from companion.sessions.worker import run_in_background

log = logging.getLogger(__name__)


class StretchState(QObject):
    """Holds the stretch library (loaded off the GUI thread) and the stretch settings.

    Signals:
        ready(): the library and settings are loaded (or known to be unusable).
        changed(): the settings changed (already saved).
        notice(str): something the user should be told.
    """

    ready = Signal()
    changed = Signal()
    notice = Signal(object)

    def __init__(
        self,
        store: StretchSettingsStore | None,
        library: StretchLibrary | None = None,
        settings: StretchSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.library = library
        self.settings = settings or StretchSettings()
        self.problem = ""  # why the library is unusable, when it is
        self.loaded = library is not None
        self.legacy: dict[str, Any] = {}  # care-team fields an older stretch.json held
        self.care_followed = False  # whether the care plan adopts ``legacy`` (Services)

    def load(self, language: str = "en") -> None:
        """Read the library (in ``language`` where translated) and the settings in the
        background; ``ready`` follows."""
        store = self._store

        def work() -> tuple[StretchLibrary, StretchSettings, list[str], dict[str, Any]]:
            settings = store.load() if store is not None else StretchSettings()
            notices = list(store.notices) if store is not None else []
            legacy = dict(store.legacy) if store is not None else {}
            return load_bundled(language), settings, notices, legacy

        def done(result: tuple[StretchLibrary, StretchSettings, list[str], dict[str, Any]]) -> None:
            self.library, self.settings, notices, self.legacy = result
            self.loaded = True
            for text in notices:
                self.notice.emit(text)
            self.ready.emit()

        def failed(exc: BaseException) -> None:
            log.error("stretch library unusable: %s", exc)
            self.problem = self.tr(
                "The movement guides could not be loaded ({0}). Everything else still works."
            ).format(exc)
            self.loaded = True
            self.notice.emit(self.problem)
            self.ready.emit()

        run_in_background(work, done, failed)

    # -- settings ----------------------------------------------------------------------

    def update(self, **changes: Any) -> None:
        """Change some settings, save them and tell listeners."""
        new = dataclasses.replace(self.settings, **changes)
        if new == self.settings:
            return
        self.settings = new
        if self._store is not None:
            try:
                self._store.save(new)
            except OSError as exc:
                self.notice.emit(
                    self.tr("Your stretch settings could not be saved ({0}).").format(exc.strerror)
                )
        self.changed.emit()

    # -- routines ----------------------------------------------------------------------

    def user_routines(self) -> list[Routine]:
        """The user's own routines that still fit the library (others are left out)."""
        if self.library is None:
            return []
        routines = []
        for i, raw in enumerate(self.settings.user_routines):
            try:
                routines.append(parse_routine(raw, "stretch.json", self.library.by_id, f"[{i}]"))
            except StretchDataError as exc:
                log.warning("user routine left out: %s", exc)
        return routines

    def routines(self) -> list[Routine]:
        """Bundled routines, then the user's."""
        bundled = list(self.library.routines) if self.library is not None else []
        return bundled + self.user_routines()

    def find(self, item_id: str) -> Routine | None:
        """A routine (bundled or the user's) or a single stretch, as a routine; None if unknown."""
        if self.library is None:
            return None
        for routine in self.user_routines():
            if routine.id == item_id:
                return routine
        try:
            return self.library.routine(item_id)
        except KeyError:
            return None

    def save_routine(self, title: str, stretch_ids: list[str]) -> Routine:
        """Keep a routine of the chosen stretches under ``title``; StretchDataError if unfit."""
        if self.library is None:
            raise StretchDataError("stretch.json", "items", "the library is not loaded")
        if len(self.settings.user_routines) >= MAX_USER_ROUTINES:
            raise StretchDataError("stretch.json", "routines", "there are too many already")
        positions = {self.library.by_id[s].position for s in stretch_ids} - {"both"}
        if len(positions) > 1:
            raise StretchDataError(
                "stretch.json", "items", self.tr("mixes seated and in-bed movements")
            )
        taken = {r.id for r in self.routines()} | set(self.library.by_id)
        base = "my-" + (re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "routine")
        routine_id, n = base[:40].strip("-"), 1
        while routine_id in taken:
            n += 1
            routine_id = f"{base[:36].strip('-')}-{n}"
        raw = {
            "id": routine_id,
            "title": title.strip(),
            "summary": self.tr("My own routine"),
            "position": positions.pop() if positions else "both",
            "items": list(stretch_ids),
        }
        routine = parse_routine(raw, "stretch.json", self.library.by_id)
        self.update(user_routines=(*self.settings.user_routines, raw))
        return routine

    def remove_routine(self, routine_id: str) -> None:
        """Forget one of the user's routines."""
        kept = tuple(r for r in self.settings.user_routines if r.get("id") != routine_id)
        self.update(user_routines=kept)
