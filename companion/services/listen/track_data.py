"""What the history database keeps about music files: their measured level (so each file is
measured once) and how each track landed (answers, kept with their listening session)."""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass

from companion.core.listen.levels import Energy, Source, TrackLevel
from companion.core.listen.responses import Answer
from companion.services.store import Store, now_iso


@dataclass(frozen=True)
class StoredLevel:
    """A level as kept: valid while the file keeps this size and modification time."""

    size: int
    mtime_ns: int
    level: TrackLevel

    def fits(self, size: int, mtime_ns: int) -> bool:
        """Whether it still describes a file of this size and time."""
        return self.size == size and self.mtime_ns == mtime_ns


def path_to_db(path: str) -> str | bytes:
    """A path as SQLite can hold it: text, or the raw bytes of a name that is not UTF-8."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


def path_from_db(value: str | bytes) -> str:
    """The inverse of :func:`path_to_db`."""
    return os.fsdecode(value) if isinstance(value, bytes) else value


class TrackData:
    """Queries on ``track_levels`` and ``track_responses``."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- levels --------------------------------------------------------------------------

    def levels(self, paths: Iterable[str]) -> dict[str, StoredLevel]:
        """The stored levels of ``paths`` (those that have one)."""
        wanted = list(dict.fromkeys(paths))
        found: dict[str, StoredLevel] = {}
        for start in range(0, len(wanted), 500):
            chunk = [path_to_db(p) for p in wanted[start : start + 500]]
            marks = ",".join("?" * len(chunk))
            for row in self._store.query(
                "SELECT path, size, mtime_ns, lufs, silent, peak, source, onsets_per_s,"
                f" brightness_hz FROM track_levels WHERE path IN ({marks})",
                chunk,
            ):
                path, size, mtime_ns, lufs, silent, peak, source, onsets, bright = row
                value = float(lufs) if lufs is not None else (-math.inf if silent else math.nan)
                energy = None if onsets is None or bright is None else Energy(onsets, bright)
                level = TrackLevel(value, peak, source, energy)
                found[path_from_db(path)] = StoredLevel(int(size), int(mtime_ns), level)
        return found

    def put_level(self, path: str, size: int, mtime_ns: int, level: TrackLevel) -> None:
        """Keep ``level`` for the file at ``path`` as it is now (replacing an older one)."""
        self.put_levels([(path, size, mtime_ns, level)])

    def put_levels(self, levels: Iterable[tuple[str, int, int, TrackLevel]]) -> None:
        """Keep several (path, size, mtime_ns, level) in one transaction."""
        rows = []
        for path, size, mtime_ns, level in levels:
            if level.source == Source.BUNDLED:
                continue  # the manifest keeps those
            lufs = level.lufs if math.isfinite(level.lufs) else None
            peak = level.peak if level.peak is not None and math.isfinite(level.peak) else None
            energy = level.energy
            rows.append(
                (
                    path_to_db(path),
                    size,
                    mtime_ns,
                    lufs,
                    int(level.lufs == -math.inf),
                    peak,
                    level.source,
                    energy.onsets_per_s if energy is not None else None,
                    energy.brightness_hz if energy is not None else None,
                    now_iso(),
                )
            )
        if not rows:
            return
        with self._store.transaction() as conn:
            conn.executemany(
                "INSERT INTO track_levels (path, size, mtime_ns, lufs, silent, peak, source,"
                " onsets_per_s, brightness_hz, measured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (path) DO UPDATE SET size = excluded.size,"
                " mtime_ns = excluded.mtime_ns, lufs = excluded.lufs, silent = excluded.silent,"
                " peak = excluded.peak, source = excluded.source,"
                " onsets_per_s = excluded.onsets_per_s, brightness_hz = excluded.brightness_hz,"
                " measured_at = excluded.measured_at",
                rows,
            )

    # -- answers ---------------------------------------------------------------------------

    def add_response(self, session_id: int, path: str, title: str, answer: Answer) -> None:
        """Keep one answer with its listening session."""
        with self._store.transaction() as conn:
            conn.execute(
                "INSERT INTO track_responses (session_id, path, title, answer, answered_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (session_id, path_to_db(path), title, answer.value, now_iso()),
            )

    def unsettled_marks(self) -> dict[str, int]:
        """How many times each track was marked unsettled (only those ever marked)."""
        return {
            path_from_db(path): int(count)
            for path, count in self._store.query(
                "SELECT path, COUNT(*) FROM track_responses WHERE answer = 'unsettled'"
                " GROUP BY path"
            )
        }
