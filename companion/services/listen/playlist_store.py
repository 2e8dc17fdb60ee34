"""Playlists in the history database: list, load, save (all or nothing), rename, delete."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from companion.core.listen.playlists import Playlist, PlaylistError, Track, validate_name
from companion.services.store import Store, now_iso


@dataclass(frozen=True)
class PlaylistSummary:
    """One line of the playlist list: enough to show it without loading its tracks."""

    id: int
    name: str
    bundled: bool
    track_count: int
    duration_s: float


class PlaylistStore:
    """The playlist queries, on top of a :class:`Store`.

    Saving replaces a playlist's tracks in one transaction, so a failure leaves the
    previous version whole. Names are unique, ignoring ASCII case.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def list(self) -> list[PlaylistSummary]:
        """All playlists, bundled ones first, then by name."""
        rows = self._store.query(
            "SELECT p.id, p.name, p.bundled, COUNT(t.id), COALESCE(SUM(t.duration_s), 0)"
            " FROM playlists p LEFT JOIN playlist_tracks t ON t.playlist_id = p.id"
            " GROUP BY p.id ORDER BY p.bundled DESC, p.name COLLATE NOCASE, p.id"
        )
        return [PlaylistSummary(r[0], r[1], bool(r[2]), r[3], float(r[4])) for r in rows]

    def get(self, playlist_id: int) -> Playlist | None:
        """The playlist with its tracks, or None if there is no such playlist."""
        rows = self._store.query(
            "SELECT id, name, bundled FROM playlists WHERE id = ?", (playlist_id,)
        )
        if not rows:
            return None
        pid, name, bundled = rows[0]
        tracks = self._store.query(
            "SELECT path, title, artist, duration_s FROM playlist_tracks"
            " WHERE playlist_id = ? ORDER BY position",
            (pid,),
        )
        return Playlist(
            name,
            [Track(_path_from_db(p), t, a, d) for p, t, a, d in tracks],
            id=pid,
            bundled=bool(bundled),
        )

    def find(self, name: str) -> Playlist | None:
        """The playlist called ``name`` (ignoring ASCII case), or None."""
        rows = self._store.query(
            "SELECT id FROM playlists WHERE name = ? COLLATE NOCASE", (" ".join(name.split()),)
        )
        return self.get(rows[0][0]) if rows else None

    def save(self, playlist: Playlist) -> int:
        """Insert or update ``playlist`` with all its tracks; sets and returns its id.

        Raises PlaylistError if another playlist already has the name, StoreError if the
        database cannot be written (then nothing changed).
        """
        name = validate_name(playlist.name)
        with self._store.transaction() as conn:
            self._check_unique(conn, name, playlist.id)
            if playlist.id is None:
                cursor = conn.execute(
                    "INSERT INTO playlists (name, created_at, bundled) VALUES (?, ?, ?)",
                    (name, now_iso(), int(playlist.bundled)),
                )
                playlist_id = int(cursor.lastrowid or 0)
            else:
                playlist_id = playlist.id
                cursor = conn.execute(
                    "UPDATE playlists SET name = ?, bundled = ? WHERE id = ?",
                    (name, int(playlist.bundled), playlist_id),
                )
                if cursor.rowcount == 0:
                    raise PlaylistError("This playlist no longer exists.", "playlist.gone")
                conn.execute("DELETE FROM playlist_tracks WHERE playlist_id = ?", (playlist_id,))
            conn.executemany(
                "INSERT INTO playlist_tracks"
                " (playlist_id, position, path, title, artist, duration_s)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (playlist_id, i, _path_to_db(t.path), t.title, t.artist, t.duration_s)
                    for i, t in enumerate(playlist.tracks)
                ],
            )
        playlist.id = playlist_id
        return playlist_id

    def rename(self, playlist_id: int, name: str) -> str:
        """Give a playlist a new name; returns the name as stored."""
        name = validate_name(name)
        with self._store.transaction() as conn:
            self._check_unique(conn, name, playlist_id)
            cursor = conn.execute("UPDATE playlists SET name = ? WHERE id = ?", (name, playlist_id))
            if cursor.rowcount == 0:
                raise PlaylistError("This playlist no longer exists.", "playlist.gone")
        return name

    def delete(self, playlist_id: int) -> None:
        """Delete a playlist and its track list (never the music files)."""
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM playlist_tracks WHERE playlist_id = ?", (playlist_id,))
            conn.execute("DELETE FROM playlists WHERE id = ?", (playlist_id,))

    def sync_bundled(self, playlist: Playlist) -> Playlist:
        """Store a bundled playlist as shipped, replacing its tracks; returns it with its id.

        Called at start-up, so bundled tracks follow wherever the app's assets now live.
        """
        existing = self.find(playlist.name)
        bundled = Playlist(playlist.name, playlist.tracks, bundled=True)
        if existing is not None:
            if not existing.bundled:
                raise PlaylistError(
                    f"A playlist of yours is called “{existing.name}”, the name of a playlist "
                    "that comes with Companion. Rename yours to see both.",
                    "playlist.shadows-bundled", existing.name,
                )  # fmt: skip
            if existing.tracks == bundled.tracks and existing.name == bundled.name:
                return existing
            bundled.id = existing.id
        self.save(bundled)
        return bundled

    @staticmethod
    def _check_unique(conn: sqlite3.Connection, name: str, own_id: int | None) -> None:
        row = conn.execute(
            "SELECT id, name FROM playlists WHERE name = ? COLLATE NOCASE AND id IS NOT ?",
            (name, own_id),
        ).fetchone()
        if row is not None:
            raise PlaylistError(
                f"There is already a playlist called “{row[1]}”.", "playlist.exists", row[1]
            )


def _path_to_db(path: str) -> str | bytes:
    """A path as SQLite can hold it: text, or the raw bytes of a name that is not UTF-8."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


def _path_from_db(value: str | bytes) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value
