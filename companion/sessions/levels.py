"""Every track's level, known before it plays where possible and measured once otherwise.

Companion's own sounds carry their loudness in ``assets/audio/MANIFEST.json``; a family's
music is measured the first time it is added or played (its ReplayGain/R128 tags when it
has them, else one decoding) in measuring worker processes (two on a machine with two
cores or more, each one track at a time), off the GUI thread, and kept in the history
database with the file's size and modification time: the same file is never measured again
unless it changes.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.listen.levels import Source, TrackLevel
from companion.core.listen.playlists import Track
from companion.services.audio.music_file import AnalysisError
from companion.services.audio.soundscapes import soundscapes
from companion.services.listen.measure import Measurer, MeasureUnavailable, WorkerMeasurer
from companion.services.listen.track_data import TrackData
from companion.services.store import Store, StoreError

log = logging.getLogger(__name__)

SAVE_EVERY_MS = 500  # measured levels are written together, not one transaction a track
# Two measurers (worker processes at low priority) where there are two cores: a family's
# library is measured in half the time while the window and the sound keep their priority.
MEASURERS = min(2, os.cpu_count() or 1)


class _Results(QObject):
    """Carries results from the measuring thread to the GUI thread (queued signals)."""

    measured = Signal(object)
    failed = Signal(object)
    drained = Signal()


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
        measurers: int = MEASURERS,
    ) -> None:
        super().__init__(parent)
        self._data = TrackData(store) if store is not None else None
        self._make_measurer = make_measurer
        self._most = max(1, measurers)
        self._measurers: list[Measurer] = []  # one a measuring thread, made as needed
        self._known: dict[str, TrackLevel] = {}
        self._looked: set[str] = set()  # looked up in the store this run
        self._bundled: dict[str, TrackLevel] | None = None
        self._tried: set[tuple[str, bool]] = set()  # could not be measured now: not again
        self.measurements = 0  # tracks measured this run (tests, the benchmark)
        # The queue is shared with the measuring thread, under the lock.
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._queue: list[tuple[str, bool]] = []
        self._running: set[tuple[str, bool]] = set()  # the measurements under way
        self._undelivered = 0  # results on their way to the GUI thread
        self._closed = False
        self._results = _Results(self)  # lives on the GUI thread: emits queue to it
        self._results.measured.connect(self._measured)
        self._results.failed.connect(self._failed)
        self._results.drained.connect(self._drained)
        self._unsaved: list[tuple[str, int, int, TrackLevel]] = []
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_EVERY_MS)
        self._save_timer.timeout.connect(self.save)

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
        """Whether a measurement is under way, waiting, or its result not yet taken in."""
        with self._lock:
            return bool(self._running) or bool(self._queue) or self._undelivered > 0

    def request(self, tracks: Iterable[Track], energy: bool = False, first: bool = False) -> None:
        """Measure those of ``tracks`` whose level (with its energy, if asked) is not known;
        ``first`` puts them ahead of what already waits (the track about to play)."""
        if self._closed:
            return
        wanted: dict[tuple[str, bool], None] = {}  # in order; sets, not lists: a library of
        tracks = list(tracks)  # thousands is asked for on the GUI thread
        self.prefetch(tracks)
        for track in tracks:
            level = self.level(track)
            if level is not None and level.source != Source.BUNDLED:
                if not energy or level.energy is not None or level.source == Source.FAILED:
                    continue
            elif level is not None and not energy:
                continue  # a bundled sound: its manifest says how loud it is
            job = (track.path, energy)
            if job not in self._tried:
                wanted[job] = None
        if not wanted:
            return
        with self._lock:
            fresh = [job for job in wanted if job not in self._running]
            waiting = [job for job in self._queue if job not in wanted]
            self._queue = fresh + waiting if first else waiting + fresh
            self._wake.notify_all()
            work = len(self._queue) + len(self._running)
        while len(self._measurers) < min(self._most, work):  # a second only for a second job
            measurer = self._make_measurer()
            self._measurers.append(measurer)
            threading.Thread(
                target=self._work, args=(measurer,), name="track-levels", daemon=True
            ).start()

    def _work(self, measurer: Measurer) -> None:
        """A measuring thread: one job after another, straight from the shared queue (no
        trip through the GUI thread between tracks); results go back through ``_results``."""
        while True:
            with self._lock:
                while not self._queue and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                job = self._queue.pop(0)
                self._running.add(job)
            path, energy = job
            try:
                before = _stat(path)
                level = measurer.measure(Path(path), energy)
            except Exception as exc:  # reported on the GUI thread
                outcome: object = (job, exc)
                measured = False
            else:
                outcome, measured = (job, before, level), True
            with self._lock:  # close() takes the lock: after it, nothing is sent any more
                self._running.discard(job)
                if self._closed:
                    return
                self._undelivered += 1
                results = self._results
                (results.measured if measured else results.failed).emit(outcome)
                if not self._queue:
                    results.drained.emit()

    def _measured(
        self, outcome: tuple[tuple[str, bool], tuple[int, int] | None, TrackLevel]
    ) -> None:
        (path, _energy), before, level = outcome
        with self._lock:
            self._undelivered -= 1
        if self._closed:
            return
        self.measurements += 1
        log.info("track level measured: %s (%s)", Path(path).name, level.source)
        self._known[path] = level
        if before is not None:
            self._unsaved.append((path, before[0], before[1], level))
            if not self._save_timer.isActive():
                self._save_timer.start()
        self.changed.emit(path)

    def _failed(self, outcome: tuple[tuple[str, bool], BaseException]) -> None:
        job, exc = outcome
        with self._lock:
            self._undelivered -= 1
        self._tried.add(job)
        if not isinstance(exc, (AnalysisError, MeasureUnavailable)):
            log.error("measuring %s failed", job[0], exc_info=exc)
        else:
            log.info("not measured now: %s (%s)", job[0], exc)

    def _drained(self) -> None:
        if not self.busy:
            self.save()
            self.idle.emit()

    def save(self) -> None:
        """Keep what was measured (written together, a few times a second at most)."""
        self._save_timer.stop()
        unsaved, self._unsaved = self._unsaved, []
        if not unsaved or self._data is None:
            return
        try:
            self._data.put_levels(unsaved)
        except (StoreError, sqlite3.ProgrammingError) as exc:  # full disk; a closed store
            log.warning("track levels not kept: %s", exc)

    def close(self) -> None:
        """Stop measuring and keep what was measured (the window is closing)."""
        self.save()
        with self._lock:
            self._closed = True
            self._queue.clear()
            self._wake.notify_all()
        if len(self._measurers) == 1:
            self._measurers[0].close()
            return
        # Together: each may wait a moment for its measurement, and the window waits once
        closing = [threading.Thread(target=m.close, name="close-measurer") for m in self._measurers]
        for thread in closing:
            thread.start()
        for thread in closing:
            thread.join()
