"""Streamed music: one track at a time through ``pygame.mixer.music``, its gain polled.

The audio service owns one :class:`MusicStream`. Nothing here runs by itself: the GUI
thread's timer calls :meth:`MusicStream.tick` (about every 50 ms), which sets the gain the
:class:`~companion.core.ramps.Mixdown` asks for and notices the end of a track. There is no
pygame event loop (``set_endevent`` needs a display), so end-of-track comes from
``get_busy()``.

Seeking uses ``mixer.music.play(start=...)``, which also restarts pygame's position counter,
so the position is that start plus ``get_pos()``. Per format, with SDL_mixer 2.6 (measured in
``tests/integration/test_music.py``): OGG Vorbis, FLAC and MP3 seek to the asked time; WAV
(and AIFF) seeks only to whole seconds (SDL_mixer truncates), so the position is kept to the
whole second actually reached. Where a format cannot seek, it starts from the beginning.
"""

from __future__ import annotations

import enum
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.core.ramps import DEFAULT_DUCK_DB, Mixdown, db_to_gain

log = logging.getLogger(__name__)

WHOLE_SECOND_SEEK = (b"RIFF", b"RIFX", b"FORM")  # WAV and AIFF headers
SEEK_FADE_S = 0.12  # a jump in the waveform clicks; a short rise after it does not
VOICE_ATTACK_S = 0.3
VOICE_RELEASE_S = 1.0


class MusicState(str, enum.Enum):
    """What the music is doing, as the player shows it."""

    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"  # also while a pause is still fading down
    FADING = "fading"  # fading out towards a stop (stop with fade, sleep timer)


@dataclass(frozen=True)
class AudioEvent:
    """Something the player should react to, returned by ``tick``.

    Kinds: ``music_ended`` (the track played to its end), ``music_faded_out`` (a fade-out
    reached silence and the music stopped; also when the track ends during that fade),
    ``device_lost`` (the mixer went away while music played).
    """

    kind: str
    path: Path | None = None


class AudioFileError(Exception):
    """A music file that cannot be played.

    ``kind`` says why, for the interface to put into words: ``missing`` (not there),
    ``folder`` (a folder, not a file), ``not-a-file`` (a pipe or a device) or
    ``undecodable`` (damaged, or not a sound format).
    The message is a plain English sentence for the log.
    """

    def __init__(self, kind: str, path: Path) -> None:
        super().__init__(f"{path.name}: {kind}")
        self.kind = kind
        self.path = path


def missing_file_error(path: Path) -> AudioFileError | None:
    """The error for a file that is not there (or not a file), or None."""
    try:
        if not path.exists():
            return AudioFileError("missing", path)
        if path.is_dir():
            return AudioFileError("folder", path)
        if not path.is_file():  # a FIFO would block the decoder, a device never ends
            return AudioFileError("not-a-file", path)
    except OSError:  # a name the file system refuses (too long, say): not there
        return AudioFileError("missing", path)
    return None


@dataclass
class _Duck:
    depth_db: float = DEFAULT_DUCK_DB
    attack_s: float = VOICE_ATTACK_S
    release_s: float = VOICE_RELEASE_S


class MusicStream:
    """Streams one track with ``pygame.mixer.music`` under a :class:`Mixdown`'s gain.

    Args:
        pygame: the imported pygame module (passed in so this module never imports it).
        clock: monotonic seconds; ramps run on it.
    """

    def __init__(self, pygame: Any, clock: Callable[[], float]) -> None:
        self._pygame = pygame
        self._clock = clock
        self.mix = Mixdown()
        self._path: Path | None = None
        self._whole_seconds = False
        self._needs_reload = False
        self._state = MusicState.STOPPED
        self._after_fade: str | None = None  # "stop" or "pause" once the fade-out is silent
        self._offset = 0.0
        self._paused_at: float | None = None  # where a paused track stands
        self._resume_from: float | None = None  # set by a seek while paused
        self._loop = False
        self._manual_duck: _Duck | None = None
        self._voice_busy = False
        self.voice_duck = _Duck()
        self._last_gain = -1.0

    @property
    def _music(self) -> Any:
        return self._pygame.mixer.music

    def _now(self, now: float | None) -> float:
        return self._clock() if now is None else now

    # -- loading and transport ---------------------------------------------------------
    def load(self, path: Path) -> None:
        """Open ``path`` for streaming; raises :class:`AudioFileError` if it will not play."""
        error = missing_file_error(path)
        if error is not None:
            raise error
        try:
            self._music.load(str(path))  # reads the header: undecodable files fail here
        except (self._pygame.error, OSError) as exc:
            log.info("cannot decode %s: %s", path, exc)
            raise AudioFileError("undecodable", path) from exc
        with path.open("rb") as handle:
            self._whole_seconds = handle.read(4) in WHOLE_SECOND_SEEK
        self._path = path
        self._needs_reload = False
        self.mix.set_level(self._clock(), 1.0, 1.0, 0.0)  # a new track brings its own level
        self._state = MusicState.STOPPED  # loading halts whatever played before
        self._after_fade = None
        self._offset = 0.0
        self._paused_at = self._resume_from = None

    @property
    def path(self) -> Path | None:
        """The loaded track."""
        return self._path

    def play(self, fade_in_s: float, start_s: float, loop: bool, now: float | None) -> None:
        """Play the loaded track from ``start_s``, rising from silence over ``fade_in_s``."""
        if self._path is None:
            log.warning("play_music with nothing loaded")
            return
        if self._needs_reload:
            self.load(self._path)
        t = self._now(now)
        self.mix.fade_in(t, fade_in_s)
        self._apply(t)  # the first buffer must already be quiet
        self._loop = loop
        self._start_at(max(0.0, start_s))
        self._state = MusicState.PLAYING
        self._after_fade = None
        self._paused_at = self._resume_from = None

    def _start_at(self, start_s: float) -> None:
        """Start playing; a file that loaded but cannot play raises AudioFileError."""
        loops = -1 if self._loop else 0
        if self._whole_seconds:
            start_s = float(math.floor(start_s))
        try:
            self._music.play(loops=loops, start=start_s)
            self._offset = start_s
        except self._pygame.error as exc:  # a format that cannot seek
            log.info("cannot start %s at %.1f s: %s", self._path, start_s, exc)
            try:
                self._music.play(loops=loops)
            except self._pygame.error as again:  # loaded, but it will not play: damaged
                log.info("cannot play %s: %s", self._path, again)
                path, self._path = self._path, None
                self._state = MusicState.STOPPED
                raise AudioFileError("undecodable", path or Path()) from again
            self._offset = 0.0

    def pause(self, fade_out_s: float, now: float | None) -> None:
        """Pause, after fading down over ``fade_out_s`` (0 pauses at once)."""
        if self._state not in (MusicState.PLAYING, MusicState.FADING):
            return
        t = self._now(now)
        if fade_out_s > 0:
            self.mix.fade_out(t, fade_out_s)
            self._after_fade = "pause"
            self._state = MusicState.FADING
        else:
            self._pause_now()

    def _pause_now(self) -> None:
        self._music.pause()
        self._paused_at = self.position()
        self._state = MusicState.PAUSED
        self._after_fade = None

    def resume(self, fade_in_s: float, now: float | None) -> None:
        """Carry on from where it paused, rising over ``fade_in_s``.

        Caught while still fading out (towards a pause or a stop), the fade turns back and
        rises from the level it had reached: no jump, so no click.
        """
        t = self._now(now)
        if self._state is MusicState.FADING:
            self.mix.fade_in(t, fade_in_s, from_silence=False)  # caught mid-fade: turn back
            self._state, self._after_fade = MusicState.PLAYING, None
            return
        if self._state is not MusicState.PAUSED:
            return
        self.mix.fade_in(t, fade_in_s)
        self._apply(t)
        if self._resume_from is not None:
            self._start_at(self._resume_from)  # a seek happened while paused
        else:
            self._music.unpause()
        self._paused_at = self._resume_from = None
        self._state = MusicState.PLAYING

    def stop(self, fade_out_s: float, now: float | None) -> None:
        """Stop now, or fade out over ``fade_out_s`` and then stop (``tick`` finishes it)."""
        if self._state is MusicState.STOPPED:
            return
        if fade_out_s > 0 and self._state is not MusicState.PAUSED:
            self.mix.fade_out(self._now(now), fade_out_s)
            self._state = MusicState.FADING
            self._after_fade = "stop"
            return
        self._music.stop()
        self._state = MusicState.STOPPED
        self._after_fade = None
        self._paused_at = self._resume_from = None

    def seek(self, seconds: float, now: float | None) -> None:
        """Jump to ``seconds`` into the track (kept for resume when paused)."""
        seconds = max(0.0, seconds)
        if self.state() is MusicState.PAUSED and self._after_fade is None:
            self._paused_at = self._resume_from = seconds
            return
        if self._state not in (MusicState.PLAYING, MusicState.FADING):
            return
        t = self._now(now)
        if self._after_fade is None:
            self.mix.fade_in(t, SEEK_FADE_S)
            self._apply(t)
        self._start_at(seconds)

    def position(self) -> float:
        """Seconds into the track (keeps counting across loops)."""
        if self._state is MusicState.STOPPED:
            return 0.0
        if self._state is MusicState.PAUSED and self._paused_at is not None:
            return self._paused_at
        return self._offset + max(0, self._music.get_pos()) / 1000.0

    def state(self) -> MusicState:
        """What the music is doing."""
        if self._state is MusicState.FADING and self._after_fade == "pause":
            return MusicState.PAUSED
        return self._state

    # -- ducking -----------------------------------------------------------------------
    def duck(self, depth_db: float, attack_s: float, release_s: float, now: float | None) -> None:
        """Soften the music by ``depth_db`` until :meth:`unduck`."""
        self._manual_duck = _Duck(depth_db, attack_s, release_s)
        self._update_duck(self._now(now))

    def unduck(self, now: float | None) -> None:
        """Let the music come back (unless a voice is still speaking)."""
        released, self._manual_duck = self._manual_duck, None
        self._update_duck(self._now(now), release=released)

    def set_voice_busy(self, busy: bool, now: float) -> None:
        """Duck while a voice channel plays; release when it falls silent."""
        if busy != self._voice_busy:
            self._voice_busy = busy
            self._update_duck(now, release=None if busy else self.voice_duck)

    def _update_duck(self, now: float, release: _Duck | None = None) -> None:
        voice = self.voice_duck if self._voice_busy else None
        active = [duck for duck in (self._manual_duck, voice) if duck is not None]
        if active:
            deepest = min(active, key=lambda d: d.depth_db)
            if abs(self.mix.duck.target - db_to_gain(min(0.0, deepest.depth_db))) > 1e-9:
                self.mix.duck_to(now, deepest.depth_db, deepest.attack_s)
        elif self.mix.duck.target != 1.0:
            self.mix.release(now, (release or self.voice_duck).release_s)

    # -- polling -----------------------------------------------------------------------
    def tick(self, now: float) -> list[AudioEvent]:
        """Apply the ramps at ``now``; report an ended track or a finished fade."""
        events: list[AudioEvent] = []
        audible = self._state in (MusicState.PLAYING, MusicState.FADING)
        if audible and not self._music.get_busy():
            kind = "music_faded_out" if self._after_fade == "stop" else "music_ended"
            self._state, self._after_fade = MusicState.STOPPED, None
            events.append(AudioEvent(kind, self._path))
        elif self._after_fade is not None and self.mix.faded_out(now):
            if self._after_fade == "pause":
                self._apply(now)
                self._pause_now()
            else:
                self._music.stop()
                self._state, self._after_fade = MusicState.STOPPED, None
                events.append(AudioEvent("music_faded_out", self._path))
        self._apply(now)
        return events

    def device_lost(self) -> list[AudioEvent]:
        """The mixer was shut down under us: forget the stream, report it once if it played."""
        was_on = self._state is not MusicState.STOPPED
        self._state, self._after_fade = MusicState.STOPPED, None
        self._paused_at = self._resume_from = None
        self._needs_reload = True
        self._last_gain = -1.0
        return [AudioEvent("device_lost", self._path)] if was_on else []

    def reapply(self, now: float | None = None) -> None:
        """Set the gain at once (after a volume change), not at the next tick."""
        self._apply(self._now(now))

    def _apply(self, now: float) -> None:
        gain = self.mix.gain(now)
        if abs(gain - self._last_gain) > 1e-4:
            self._music.set_volume(gain)
            self._last_gain = gain
