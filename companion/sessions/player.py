"""The music player: a playlist, its play order, the sleep timer and the listening record.

The player asks the sound path to play and reacts to what it reports (a track ended, a fade
reached silence, the device went away). Asked to play before the sound device is open, it
starts as soon as it opens. Files that are missing or cannot be decoded are marked and
skipped; the playlist itself is never changed. Listening is recorded like every activity,
through a :class:`SessionRecorder` (pauses are not counted).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.clock import SessionClock
from companion.core.listen.playlists import Playlist, PlayOrder, Repeat, Track
from companion.core.listen.sleep_timer import SleepTimer
from companion.core.problems import Problem
from companion.core.sessions import Activity
from companion.services.audio.music import missing_file_error
from companion.services.audio.output import AudioEvent, AudioFileError, AudioOutput, MusicState
from companion.services.store import Store
from companion.sessions.recorder import SessionRecorder
from companion.sessions.sound import SoundPath

log = logging.getLogger(__name__)

START_FADE_S = 3.0  # the first track rises gently from silence
SKIP_FADE_S = 0.4  # next/previous: short enough to feel immediate, long enough not to click
GAPLESS_FADE_S = 0.05  # one track ending into the next
STOP_FADE_S = 1.5
RESTART_AFTER_S = 3.0  # "previous" past this point restarts the track instead
SLEEP_CHECK_MS = 500


def _own_copy(playlist: Playlist) -> Playlist:
    copy = Playlist(playlist.name, list(playlist.tracks), id=playlist.id)
    copy.bundled = playlist.bundled
    return copy


def file_available(track: Track) -> bool:
    """Whether a track's file is there now (a USB stick may have been removed)."""
    try:
        return Path(track.path).is_file()
    except OSError:  # a name the file system refuses (too long): not there
        return False


class Player(QObject):
    """Plays one playlist at a time through the app's audio output.

    Signals:
        track_changed(object): the index now playing, or None when stopped.
        state_changed(object): a :class:`MusicState`.
        track_failed(int, str): a track was skipped: its index and why (``missing``,
            ``folder`` or ``undecodable``, as :class:`AudioFileError` says).
        sleep_changed(object): the sleep timer was set or cleared (the timer or None).
        problem(object): a :class:`Problem` for the user (nothing playable, device lost), or
            a sentence from the history store.
    """

    track_changed = Signal(object)
    state_changed = Signal(object)
    track_failed = Signal(int, str)
    sleep_changed = Signal(object)
    problem = Signal(object)

    def __init__(
        self,
        store: Store | None,
        sound: SoundPath,
        now: Callable[[], float] = time.monotonic,
        is_available: Callable[[Track], bool] = file_available,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._is_available = is_available
        self._sound = sound
        self.playlist: Playlist | None = None
        self.order = PlayOrder([], is_available=self._playable)
        self.failed: dict[str, str] = {}  # path -> why it was skipped (this playlist): a kind
        self.sleep: SleepTimer | None = None
        self.fade_in = True
        self._state = MusicState.STOPPED
        self._fading_for_sleep = False
        self._store = store
        self._listening = SessionClock(now)
        self._recorder: SessionRecorder | None = None
        self._sleep_timer = QTimer(self)
        self._sleep_timer.setInterval(SLEEP_CHECK_MS)
        self._sleep_timer.timeout.connect(self._check_sleep)
        self.pending = False  # asked to play before the sound device opened
        self._volume = 1.0
        sound.music_event.connect(self.on_audio_event)
        sound.music_taken.connect(self._music_taken)

    # -- state ---------------------------------------------------------------------------

    @property
    def audio(self) -> AudioOutput:
        """The output the music plays through (silent until the device opens)."""
        return self._sound.output

    @property
    def state(self) -> MusicState:
        """Playing, paused, fading or stopped."""
        return self._state

    @property
    def current(self) -> int | None:
        """The index of the track playing (or paused), None when stopped."""
        return None if self._state is MusicState.STOPPED else self.order.current

    @property
    def current_track(self) -> Track | None:
        """The track playing (or paused)."""
        index = self.current
        if self.playlist is None or index is None or index >= len(self.playlist.tracks):
            return None
        return self.playlist.tracks[index]

    def position(self) -> float:
        """Seconds into the current track."""
        return self.audio.music_position() if self.current is not None else 0.0

    def duration(self) -> float | None:
        """The current track's length, when its tags told it."""
        track = self.current_track
        return track.duration_s if track is not None else None

    def listened_s(self) -> float:
        """Seconds of listening in the current session (pauses not counted)."""
        return self._listening.elapsed()

    def _playable(self, track: Track) -> bool:
        return track.path not in self.failed and self._is_available(track)

    # -- set-up ----------------------------------------------------------------------------

    def set_volume(self, volume: float) -> None:
        """Music volume, 0..1 (under the app's safe cap); kept for every track the player starts."""
        self._volume = max(0.0, min(1.0, volume))
        if self.current is not None:
            self.audio.set_music_volume(self._volume)

    def set_shuffle(self, on: bool) -> None:
        """Shuffle the order (every track once before any repeats)."""
        self.order.set_shuffle(on)

    def set_repeat(self, repeat: Repeat) -> None:
        """Repeat nothing, the current track, or the whole playlist."""
        self.order.repeat = repeat

    def set_stop_after_current(self, on: bool) -> None:
        """Stop when the playing track ends (once)."""
        self.order.stop_after_current = on

    def playlist_edited(self, playlist: Playlist) -> None:
        """The shown playlist changed (reordered, tracks added or removed, relinked)."""
        if self.playlist is None or playlist.id != self.playlist.id or playlist.id is None:
            return
        playing = self.current_track
        self.playlist = playlist = _own_copy(playlist)
        self.failed.clear()  # a relinked or re-added file gets another chance
        new_index = None
        if playing is not None and playing in playlist.tracks:
            new_index = playlist.tracks.index(playing)
        self.order.set_tracks(playlist.tracks, new_index)
        if playing is not None and new_index is None:
            self.stop()  # the playing track was removed
        elif new_index is not None:
            self.track_changed.emit(new_index)

    # -- transport ---------------------------------------------------------------------------

    def play(self, playlist: Playlist, index: int | None = None) -> bool:
        """Start ``playlist`` (at ``index``, or its first playable track), fading in.

        Returns False when nothing in it can be played (the reason was emitted). Before the
        sound device is open the request waits and True is returned.
        """
        if not self._sound.is_bound:
            self.pending = True
            self._sound.when_bound(lambda _output: self._play_when_bound(playlist, index))
            return True
        if self.playlist is None or playlist.id != self.playlist.id or playlist.id is None:
            self._end_session(completed=False)
            self.failed.clear()
        shuffle, repeat = self.order.shuffle, self.order.repeat
        self.playlist = playlist = _own_copy(playlist)  # the page edits its own in place
        self.order = PlayOrder(
            playlist.tracks, is_available=self._playable, shuffle=shuffle, repeat=repeat
        )
        first = self.order.start(index)
        if first is None:
            if index is not None and 0 <= index < len(playlist.tracks):
                self.track_failed.emit(index, self._why_unplayable(playlist.tracks[index]))
            else:
                self.problem.emit(Problem("playlist.nothing-playable", (playlist.name,)))
            return False
        fade = START_FADE_S if self.fade_in and self._state is MusicState.STOPPED else SKIP_FADE_S
        return self._start_track(first, fade)

    def _play_when_bound(self, playlist: Playlist, index: int | None) -> None:
        if self.pending:
            self.pending = False
            self.play(playlist, index)

    def toggle_pause(self) -> None:
        """Pause if playing, resume if paused (Space)."""
        if self._state is MusicState.PLAYING:
            self.pause()
        elif self._state is MusicState.PAUSED:
            self.resume()

    def pause(self) -> None:
        """Pause with a short fade; the place is kept."""
        if self._state is MusicState.PLAYING:
            self.audio.pause_music()
            self._listening.pause()
            if self._recorder is not None:
                self._recorder.checkpoint()
            self._set_state(MusicState.PAUSED)

    def resume(self) -> None:
        """Carry on from the paused place."""
        if self._state is MusicState.PAUSED:
            self.audio.resume_music()
            self._sound.wake()
            self._listening.resume()
            self._set_state(MusicState.PLAYING)

    def stop(self, fade_s: float = 0.0) -> None:
        """Stop (with a fade-out if asked); the listening session is kept in history."""
        if self._state is MusicState.STOPPED:
            return
        if fade_s > 0 and self._state is MusicState.PLAYING:
            self.audio.stop_music(fade_out_s=fade_s)
            self._set_state(MusicState.FADING)  # music_faded_out finishes the stop
            return
        self.audio.stop_music()
        self._finish(completed=False)

    def next(self) -> None:
        """Skip to the next track (the Next button)."""
        if self.current is None:
            return
        index = self.order.next(auto=False)
        if index is None:
            self.stop(fade_s=SKIP_FADE_S)
        else:
            self._start_track(index, SKIP_FADE_S)

    def previous(self) -> None:
        """Restart this track, or go back one if it has only just begun."""
        if self.current is None:
            return
        if self.position() > RESTART_AFTER_S:
            self.seek(0.0)
            return
        index = self.order.previous()
        if index is not None:
            self._start_track(index, SKIP_FADE_S)

    def jump(self, index: int) -> None:
        """Play the track at ``index`` of the current playlist now (double-click, Enter)."""
        if self.playlist is not None:
            self.play(self.playlist, index)

    def seek(self, seconds: float) -> None:
        """Move within the current track."""
        if self.current is not None:
            self.audio.seek(max(0.0, seconds))

    def set_sleep(self, timer: SleepTimer | None) -> None:
        """Set (or clear, with None) the sleep timer."""
        if self.sleep is not None and self.sleep.end_of_track:
            self.order.stop_after_current = False  # it was set for the timer
        self.sleep = timer
        self._fading_for_sleep = False
        if timer is not None and timer.end_of_track:
            self.order.stop_after_current = True
        if timer is None:
            self._sleep_timer.stop()
        else:
            self._sleep_timer.start()
        self.sleep_changed.emit(timer)

    # -- events ---------------------------------------------------------------------------

    def on_audio_event(self, event: AudioEvent) -> None:
        """React to what the audio engine reported (connected to the pump)."""
        if event.kind == "music_ended" and self._state is MusicState.PLAYING:
            if self.sleep is not None and self.sleep.end_of_track:
                self._finish(completed=True)
                return
            index = self.order.next(auto=True)
            if index is None:
                self._finish(completed=True)
            else:
                self._start_track(index, GAPLESS_FADE_S)
        elif event.kind == "music_faded_out" and self._state is not MusicState.STOPPED:
            self._finish(completed=self._fading_for_sleep)
        elif event.kind == "device_lost" and self._state is not MusicState.STOPPED:
            self._finish(completed=False)  # the sound path tells the user

    def _music_taken(self, owner: object) -> None:
        if owner is not self:
            self.release()

    def release(self) -> None:
        """Another activity took the music stream: end listening, leave the audio alone."""
        self.pending = False
        if self._state is not MusicState.STOPPED:
            self._finish(completed=False)

    def shutdown(self) -> None:
        """The app is closing: keep the listening session as it stands."""
        self.pending = False
        if self._state is not MusicState.STOPPED:
            self.audio.stop_music()
            self._finish(completed=False)

    # -- internals -------------------------------------------------------------------------

    def _start_track(self, index: int, fade_s: float) -> bool:
        """Load and play ``index``; undecodable files are marked and the next one tried."""
        assert self.playlist is not None
        tried = 0
        candidate: int | None = index
        while candidate is not None and tried <= len(self.playlist.tracks):
            tried += 1
            track = self.playlist.tracks[candidate]
            self._sound.claim_music(self)
            try:
                self.audio.load_music(Path(track.path))
                self.audio.set_music_volume(self._volume)
                self.audio.play_music(fade_in_s=fade_s)  # some damage shows only here
            except AudioFileError as exc:
                self.failed[track.path] = exc.kind
                self.track_failed.emit(candidate, exc.kind)
                candidate = self.order.next(auto=False)
                continue
            self._sound.wake()
            if self._recorder is None or not self._recorder.active:
                self._begin_session(self.playlist.name)
            elif self._listening.paused:
                self._listening.resume()
            self._set_state(MusicState.PLAYING)
            self.track_changed.emit(candidate)
            return True
        self.audio.stop_music()
        self._finish(completed=False)
        return False

    def _begin_session(self, playlist_name: str) -> None:
        """A new listening session: its own clock and history record."""
        if self._recorder is not None:
            self._recorder.deleteLater()
        self._listening = SessionClock(self._now)
        self._recorder = SessionRecorder(self._store, self._listening.elapsed, parent=self)
        self._recorder.problem.connect(self.problem)
        self._listening.start()
        self._recorder.begin(Activity.LISTENING, playlist_name, None)

    def _why_unplayable(self, track: Track) -> str:
        if track.path in self.failed:
            return self.failed[track.path]
        if not self._is_available(track):
            found = missing_file_error(Path(track.path))  # a pipe or a device is not "missing"
            return found.kind if found is not None else "missing"
        return "undecodable"

    def _check_sleep(self) -> None:
        if self.sleep is None or self._fading_for_sleep:
            return
        now = self._now()
        if self._state is MusicState.STOPPED:
            if self.sleep.ends_at is not None and now >= self.sleep.ends_at:
                self.set_sleep(None)
            return
        duration = self.duration()
        left = None if duration is None else duration - self.position()
        fade = self.sleep.fade_due(left, now)
        if fade is None:
            return
        if self._state is MusicState.PAUSED:  # nothing sounding: just stop, quietly
            self.audio.stop_music()
            self._finish(completed=True)
            return
        self._fading_for_sleep = True
        self.audio.stop_music(fade_out_s=max(fade, 0.05))
        self._set_state(MusicState.FADING)

    def _finish(self, completed: bool) -> None:
        self._end_session(completed)
        was_sleep = self.sleep is not None and (self._fading_for_sleep or completed)
        self._fading_for_sleep = False
        self.order.stop_after_current = False
        self._set_state(MusicState.STOPPED)
        self.track_changed.emit(None)
        if was_sleep:
            self.set_sleep(None)

    def _end_session(self, completed: bool) -> None:
        if self._recorder is not None and self._recorder.active:
            self._listening.pause()
            self._recorder.finish(completed)

    def _set_state(self, state: MusicState) -> None:
        if state is not self._state:
            self._state = state
            self.state_changed.emit(state)
