"""Every track's level, known before it plays where possible and measured once otherwise.

Companion's own sounds carry their loudness in ``assets/audio/MANIFEST.json``; a family's
music is measured the first time it is added or played (its ReplayGain/R128 tags when it
has them, else one decoding) in the measuring worker process, one track at a time, off the
GUI thread, and kept in the history database with the file's size and modification time:
the same file is never measured again unless it changes.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion.core.listen.levels import Source, TrackLevel
from companion.core.listen.playlists import Track
from companion.services.audio.analysis import AnalysisError
from companion.services.audio.soundscapes import soundscapes
from companion.services.listen.measure import Measurer, MeasureUnavailable, WorkerMeasurer
from companion.services.listen.track_data import TrackData
from companion.services.store import Store, StoreError
from companion.sessions.worker import SerialWorker

log = logging.getLogger(__name__)


def _stat(path: str) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_size, info.st_mtime_ns


class TrackLevels(QObject):
    """The levels of tracks, by path; :meth:`request` measures those not known yet.

    Signals:
        changed(str): the level of the track at this path is now known (or its energy).
        idle(): the queue of measurements ran empty.
    """

    changed = Signal(str)
    idle = Signal()

    def __init__(
        self,
        store: Store | None,
        make_measurer: Callable[[], Measurer] = WorkerMeasurer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = TrackData(store) if store is not None else None
        self._make_measurer = make_measurer
        self._measurer: Measurer | None = None
        self._known: dict[str, TrackLevel] = {}
        self._looked: set[str] = set()  # looked up in the store this run
        self._bundled: dict[str, TrackLevel] | None = None
        self._queue: list[tuple[str, bool]] = []
        self._busy = False
        self._running: tuple[str, bool] | None = None  # the measurement under way
        self._closed = False
        self._tried: set[tuple[str, bool]] = set()  # could not be measured now: not again
        self.measurements = 0  # tracks measured this run (tests, the benchmark)
        self._worker = SerialWorker("track-levels")

    # -- reading ---------------------------------------------------------------------------

    def level(self, track: Track) -> TrackLevel | None:
        """What is known of the track's level (None: not yet)."""
        path = track.path
        if path not in self._known and path not in self._looked:
            self._look_up([path])
        return self._known.get(path) or self._bundled_level(path)

    def prefetch(self, tracks: Iterable[Track]) -> None:
        """Read what the store knows of ``tracks`` at once (one query, not one a track)."""
        self._look_up([t.path for t in tracks if t.path not in self._looked])

    def _look_up(self, paths: list[str]) -> None:
        if not paths:
            return
        self._looked.update(paths)
        if self._data is None:
            return
        try:
            stored = self._data.levels(paths)
        except StoreError as exc:
            log.warning("track levels unavailable: %s", exc)
            return
        for path, entry in stored.items():
            now = _stat(path)
            if now is not None and entry.fits(*now):
                self._known[path] = entry.level  # else: the file changed, measure it again

    def _bundled_level(self, path: str) -> TrackLevel | None:
        if self._bundled is None:
            self._bundled = {
                str(s.path): TrackLevel(s.loudness_lufs, None, Source.BUNDLED)
                for s in soundscapes()
                if math.isfinite(s.loudness_lufs)
            }
        return self._bundled.get(path)

    # -- measuring --------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a measurement is under way or waiting."""
        return self._busy or bool(self._queue)

    def request(self, tracks: Iterable[Track], energy: bool = False, first: bool = False) -> None:
        """Measure those of ``tracks`` whose level (with its energy, if asked) is not known;
        ``first`` puts them ahead of what already waits (the track about to play)."""
        wanted: list[tuple[str, bool]] = []
        tracks = list(tracks)
        self.prefetch(tracks)
        for track in tracks:
            level = self.level(track)
            if level is not None and level.source != Source.BUNDLED:
                if not energy or level.energy is not None or level.source == Source.FAILED:
                    continue
            elif level is not None and not energy:
                continue  # a bundled sound: its manifest says how loud it is
            job = (track.path, energy)
            if job in self._tried or job in wanted or job == self._running:
                continue
            wanted.append(job)
        if not wanted:
            return
        waiting = [job for job in self._queue if job not in wanted]
        self._queue = wanted + waiting if first else waiting + wanted
        self._next()

    def _next(self) -> None:
        if self._busy or self._closed:
            return
        if not self._queue:
            self.idle.emit()
            return
        path, energy = self._queue.pop(0)
        if self._measurer is None:
            self._measurer = self._make_measurer()
        measurer = self._measurer
        self._busy = True
        self._running = (path, energy)

        def work() -> tuple[str, tuple[int, int] | None, TrackLevel]:
            before = _stat(path)
            return path, before, measurer.measure(Path(path), energy)

        def done(result: tuple[str, tuple[int, int] | None, TrackLevel]) -> None:
            self._busy, self._running = False, None
            if self._closed:
                return
            measured_path, before, level = result
            self.measurements += 1
            log.info("track level measured: %s (%s)", Path(measured_path).name, level.source)
            self._known[measured_path] = level
            if before is not None and self._data is not None:
                try:
                    self._data.put_level(measured_path, before[0], before[1], level)
                except StoreError as exc:
                    log.warning("track level not kept: %s", exc)
            self.changed.emit(measured_path)
            self._next()

        def failed(exc: BaseException) -> None:
            self._busy, self._running = False, None
            self._tried.add((path, energy))
            if not isinstance(exc, (AnalysisError, MeasureUnavailable)):
                log.error("measuring %s failed", path, exc_info=exc)
            else:
                log.info("not measured now: %s (%s)", path, exc)
            if not self._closed:
                self._next()

        self._worker.submit(work, done, failed)

    def close(self) -> None:
        """Stop measuring (the window is closing)."""
        self._closed = True
        self._queue.clear()
        if self._measurer is not None:
            self._measurer.close()
