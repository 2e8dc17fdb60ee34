"""A loved one's recorded voice: script lines, cues and messages, kept in the history file.

Recordings are personal data. They live in the same owner-only SQLite file as the history
(``recordings``, migration 4), so every backup holds them, a restore brings them back and
"delete all my data" scrubs them; nothing is left in loose files. Each is a finished take:
trimmed at both ends and levelled to the voice loudness (``services/audio/levelling.py``).
They can be saved out as ordinary WAV files for the family to keep (:func:`export`).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import uuid
import wave
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from companion.services.paths import PRIVATE_FILE
from companion.services.store import Store

LINE, CUE, MESSAGE = "line", "cue", "message"
MAX_WAV_BYTES = 20_000_000  # about 7 minutes at 22,050 Hz: a message is never that long
_UNSAFE = re.compile(r"[^\w .,'()-]+")


def words_key(text: str) -> str:
    """What a recording is matched on: the words, with runs of spaces made one."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Recording:
    """One recorded take (its sound is read separately: :meth:`RecordingStore.audio`)."""

    id: int
    kind: str
    script: str
    words: str
    who: str
    seconds: float
    recorded_at: str


class RecordingStore:
    """Recordings in the history file (use it on the thread that owns the store)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, kind: str, script: str, words: str, who: str, wav: bytes) -> Recording:
        """Keep a take, replacing any earlier one of the same words (re-recording)."""
        if kind not in (LINE, CUE, MESSAGE):
            raise ValueError(f"unknown kind {kind!r}")
        if len(wav) > MAX_WAV_BYTES:
            raise ValueError("the take is too long")
        seconds = wav_seconds(wav)
        key, when = words_key(words), datetime.now().astimezone().isoformat(timespec="seconds")
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO recordings (kind, script, words, who, wav, seconds, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (kind, script, words) DO UPDATE SET who = excluded.who,"
                " wav = excluded.wav, seconds = excluded.seconds,"
                " recorded_at = excluded.recorded_at",
                (kind, script, key, who.strip(), sqlite_blob(wav), seconds, when),
            )
        found = self.find(kind, script, key)
        assert found is not None
        return found

    def find(self, kind: str, script: str, words: str) -> Recording | None:
        """The recording of these words, if there is one."""
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM recordings WHERE kind = ? AND script = ? AND words = ?",
            (kind, script, words_key(words)),
        )
        return _recording(rows[0]) if rows else None

    def listed(self, kind: str, script: str | None = None) -> list[Recording]:
        """Every recording of a kind (and of one script), oldest first."""
        if script is None:
            rows = self.store.query(
                f"SELECT {_COLUMNS} FROM recordings WHERE kind = ? ORDER BY id", (kind,)
            )
        else:
            rows = self.store.query(
                f"SELECT {_COLUMNS} FROM recordings WHERE kind = ? AND script = ? ORDER BY id",
                (kind, script),
            )
        return [_recording(row) for row in rows]

    def lines(self, script: str) -> dict[str, Recording]:
        """A script's recorded lines, by their words."""
        return {r.words: r for r in self.listed(LINE, script)}

    def audio(self, recording_id: int) -> bytes:
        """The WAV file of a recording (empty if it was deleted meanwhile)."""
        rows = self.store.query("SELECT wav FROM recordings WHERE id = ?", (recording_id,))
        return bytes(rows[0][0]) if rows else b""

    def delete(self, recording_id: int) -> None:
        """Forget a recording."""
        with self.store.transaction() as conn:
            conn.execute("DELETE FROM recordings WHERE id = ?", (recording_id,))

    def count(self) -> int:
        """How many recordings there are."""
        return int(self.store.query("SELECT COUNT(*) FROM recordings")[0][0])


_COLUMNS = "id, kind, script, words, who, seconds, recorded_at"


def _recording(row: tuple[object, ...]) -> Recording:
    rid, kind, script, words, who, seconds, when = row
    return Recording(
        int(rid),  # type: ignore[call-overload]
        str(kind),
        str(script),
        str(words),
        str(who),
        float(seconds),  # type: ignore[arg-type]
        str(when),
    )


def sqlite_blob(data: bytes) -> memoryview:
    """Bytes as SQLite stores them (a BLOB, never TEXT)."""
    return memoryview(data)


def wav_seconds(wav: bytes) -> float:
    """The length of a WAV file held in memory (ValueError if it is not one)."""
    try:
        with wave.open(io.BytesIO(wav), "rb") as reader:
            return reader.getnframes() / float(reader.getframerate())
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"not a WAV file: {exc}") from exc


def file_name(number: int, recording: Recording) -> str:
    """A plain name for an exported recording: ``03 Let your eyes close.wav``."""
    words = _UNSAFE.sub("", recording.words).strip(" .")[:60].strip() or recording.kind
    prefix = f"{number:02d} " if number else ""
    return f"{prefix}{words}.wav"


def export(items: list[tuple[str, bytes]], folder: Path) -> list[Path]:
    """Write ``(file name, WAV)`` pairs into ``folder`` as ordinary audio files.

    Each is written to a temporary file created with O_EXCL|O_NOFOLLOW in that folder, then
    renamed into place; a name already taken gets `` (2)``. Returns the files written.
    """
    written: list[Path] = []
    for name, wav in items:
        target = _unused(folder / name)
        tmp = folder / f".{uuid.uuid4().hex}.partial"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(tmp, flags, PRIVATE_FILE)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(wav)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        written.append(target)
    return written


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate
