"""The music player: a playlist, its play order, the sleep timer and the listening record.

The player asks the sound path to play and reacts to what it reports (a track ended, a fade
reached silence, the device went away). Asked to play before the sound device is open, it
starts as soon as it opens. Files that are missing or cannot be decoded are marked and
skipped; the playlist itself is never changed. Listening is recorded like every activity,
through a :class:`SessionRecorder` (pauses are not counted).

Nothing is abrupt (shared/DESIGN.md §7): music rises over 3 s, a pause falls over 0.6 s, a
resume rises over 1 s, a stop falls over 2 s. Changing track is a *fade-through*: there is
one music stream, so the playing track falls (1.5 s) and the next rises from silence (1.5 s)
— see docs/design.md, "Listening". Asking again for what already plays never restarts it.

What is heard and what is shown agree at every moment: while the sleep timer fades the
music out the player is still :attr:`MusicState.PLAYING` (the music sounds, softening), so
the main button reads "Pause" and pressing it pauses. Any press of the transport during that
fade means someone is awake: the sleep timer ends there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.clock import SessionClock
from companion.core.listen.levels import calmward_order
from companion.core.listen.playlists import Playlist, PlayOrder, Repeat, Track
from companion.core.listen.sleep_timer import SleepTimer
from companion.core.loudness import LEVEL_CHANGE_S
from companion.core.problems import Problem
from companion.core.sessions import Activity
from companion.services.audio.music import missing_file_error
from companion.services.audio.output import AudioEvent, AudioFileError, AudioOutput, MusicState
from companion.services.audio.soundscapes import CALM_PLAYLIST, calm_playlist
from companion.services.listen.playlist_store import PlaylistStore
from companion.services.store import Store, StoreError
from companion.sessions.levels import TrackLevels
from companion.sessions.recorder import SessionRecorder
from companion.sessions.responses import TrackQuestions
from companion.sessions.sound import SoundPath

log = logging.getLogger(__name__)

START_FADE_S = 3.0  # music rises gently from silence
PAUSE_FADE_S = 0.6
RESUME_FADE_S = 1.0
STOP_FADE_S = 2.0
CHANGE_OUT_S = 1.5  # changing track: the playing one falls...
CHANGE_IN_S = 1.5  # ...then the next one rises (3 s in all: the design's crossfade time)
GAPLESS_FADE_S = 0.05  # a track ending by itself into the next: the music's own edges
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

    Every track plays at one loudness (``levels``; the person may turn it off), in the
    playlist's order, shuffled, or calm-ward (from the liveliest to the calmest); after a
    track has been heard, ``questions`` may ask how it landed, and a track marked unsettled
    twice is left out unless the person chooses to hear such tracks.
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
        levels: TrackLevels | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._is_available = is_available
        self._sound = sound
        self.levels = levels
        self.questions = TrackQuestions(store, now, parent=self)
        self._sounding: Track | None = None  # the track heard now (or until a change)
        self._track_began = 0.0  # listening time when it began
        self.playlist: Playlist | None = None
        prefs = sound.prefs  # how the person last chose to play (Listen keeps them)
        self.order = PlayOrder(
            [], is_available=self._playable, shuffle=prefs.shuffle, repeat=Repeat(prefs.repeat)
        )
        self.calmward = prefs.calmward and not prefs.shuffle
        self.failed: dict[str, str] = {}  # path -> why it was skipped (this playlist): a kind
        self.sleep: SleepTimer | None = None
        self._state = MusicState.STOPPED
        self._fading_for_sleep = False
        self._switch_to: int | None = None  # a change of track waiting for the fade-out
        self._store = store
        self._listening = SessionClock(now)
        self._recorder: SessionRecorder | None = None
        self._sleep_timer = QTimer(self)
        self._sleep_timer.setInterval(SLEEP_CHECK_MS)
        self._sleep_timer.timeout.connect(self._check_sleep)
        self.pending = False  # asked to play before the sound device opened
        self._volume: float | None = None  # None: the person's music volume (preferences)
        sound.music_event.connect(self.on_audio_event)
        sound.music_taken.connect(self._music_taken)
        if levels is not None:
            levels.changed.connect(self._level_known)

    # -- state ---------------------------------------------------------------------------

    @property
    def audio(self) -> AudioOutput:
        """The output the music plays through (silent until the device opens)."""
        return self._sound.output

    @property
    def state(self) -> MusicState:
        """Playing (also while the sleep timer fades it out, or a track changes), paused,
        fading (stopping, by hand) or stopped."""
        return self._state

    @property
    def sleep_fading(self) -> bool:
        """Whether the sleep timer is fading the music out now (it still sounds)."""
        return self._fading_for_sleep

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
        """Seconds into the current track (0 while a new one waits for the last to fade)."""
        if self.current is None or self._switch_to is not None:
            return 0.0
        return self.audio.music_position()

    def duration(self) -> float | None:
        """The current track's length, when its tags told it."""
        track = self.current_track
        return track.duration_s if track is not None else None

    def listened_s(self) -> float:
        """Seconds of listening in the current session (pauses not counted)."""
        return self._listening.elapsed()

    def _playable(self, track: Track) -> bool:
        if track.path in self.failed or self.skipped(track):
            return False
        return self._is_available(track)

    def skipped(self, track: Track) -> bool:
        """Whether ``track`` is left out: marked unsettled twice (unless chosen back)."""
        return self.questions.skipped(track, self._sound.prefs.play_unsettled)

    # -- set-up ----------------------------------------------------------------------------

    def set_volume(self, volume: float) -> None:
        """Music volume, 0..1 (under the app's safe cap); kept for every track the player
        starts. Until it is set, the person's music volume from the preferences is used."""
        self._volume = max(0.0, min(1.0, volume))
        if self.current is not None:
            self.audio.set_music_volume(self._volume)

    def _music_volume(self) -> float:
        return self._sound.prefs.music_volume if self._volume is None else self._volume

    def set_shuffle(self, on: bool) -> None:
        """Shuffle the order (every track once before any repeats); ends a calm-ward order."""
        if on:
            self.set_calmward(False)
        self.order.set_shuffle(on)

    def set_calmward(self, on: bool) -> None:
        """Play from the liveliest track to the calmest (measuring their energy first), or in
        the playlist's own order; ends shuffle."""
        self.calmward = on
        if on:
            self.order.set_shuffle(False)
            if self.levels is not None and self.playlist is not None:
                self.levels.request(self.playlist.tracks, energy=True)
        self._arrange()

    def _arrange(self) -> None:
        """Put the calm-ward order in place with what is known now (or the family's)."""
        if not self.calmward or self.levels is None or self.playlist is None:
            self.order.set_sequence(None)
            return
        levels = self.levels
        self.order.set_sequence(calmward_order([levels.level(t) for t in self.playlist.tracks]))

    def levelling_changed(self) -> None:
        """The person turned loudness levelling on or off: the playing track follows gently."""
        if self._sounding is not None:
            self._apply_level(self._sounding, LEVEL_CHANGE_S)

    def unsettled_choice_changed(self) -> None:
        """Tracks marked unsettled twice were chosen back (or left out again)."""
        self.order.set_tracks(self.order.tracks, self.order.current)

    def _apply_level(self, track: Track, over_s: float) -> None:
        level = self.levels.level(track) if self.levels is not None else None
        gain, ceiling = self._sound.music_level(level)
        self.audio.set_music_level(gain, ceiling, over_s)

    def _level_known(self, path: str) -> None:
        if self._sounding is not None and self._sounding.path == path:
            self._apply_level(self._sounding, LEVEL_CHANGE_S)
        playlist = self.playlist
        if self.calmward and playlist is not None and any(t.path == path for t in playlist.tracks):
            self._arrange()

    def set_repeat(self, repeat: Repeat) -> None:
        """Repeat nothing, the current track, or the whole playlist."""
        self.order.repeat = repeat

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
        self._measure(playlist)
        if playing is not None and new_index is None:
            self.stop()  # the playing track was removed
        elif new_index is not None:
            self.track_changed.emit(new_index)

    # -- transport ---------------------------------------------------------------------------

    def play(self, playlist: Playlist, index: int | None = None) -> bool:
        """Start ``playlist`` (at ``index``, or its first playable track), fading in.

        Asked for what already plays (the same playlist, and no other track), the music is
        kept as it is: resumed if paused, a stop turned back, a sleep fade ended; it is never
        restarted. Another playlist or track takes over with a fade-through.

        Returns False when nothing in it can be played (the reason was emitted). Before the
        sound device is open the request waits and True is returned.
        """
        if not self._sound.is_bound:
            self.pending = True
            self._sound.when_bound(lambda _output: self._play_when_bound(playlist, index))
            return True
        same = self._is_current(playlist)
        if same and self._state is not MusicState.STOPPED and index in (None, self.order.current):
            self._keep_playing()
            return True
        if not same:
            self._end_session(completed=False)
            self.failed.clear()
        shuffle, repeat = self.order.shuffle, self.order.repeat
        self.playlist = playlist = _own_copy(playlist)  # the page edits its own in place
        self.order = PlayOrder(
            playlist.tracks, is_available=self._playable, shuffle=shuffle, repeat=repeat
        )
        self._measure(playlist)
        if self.sleep is not None and self.sleep.end_of_track:
            self.order.stop_after_current = True  # a new order: the timer still applies
        first = self.order.start(index)
        if first is None:
            if index is not None and 0 <= index < len(playlist.tracks):
                self.track_failed.emit(index, self._why_unplayable(playlist.tracks[index]))
            else:
                self.problem.emit(Problem("playlist.nothing-playable", (playlist.name,)))
            return False
        return self._change_to(first)

    def _measure(self, playlist: Playlist) -> None:
        """Levels for ``playlist``: what is known now, the rest measured in the background
        (the tracks about to play first), and the calm-ward order from them."""
        if self.levels is not None:
            self.levels.request(playlist.tracks, energy=self.calmward)
        self._arrange()

    def play_calm(self) -> bool:
        """The one press for calming music: the bundled playlist, faded in (never restarted
        when it already plays)."""
        playlist = None
        if self._store is not None:
            try:
                playlist = PlaylistStore(self._store).find(CALM_PLAYLIST)
            except StoreError as exc:
                log.warning("playlists unavailable: %s", exc)
        if playlist is None:
            playlist = calm_playlist()  # no history file: the bundled sounds still play
        if not playlist.tracks:
            self.problem.emit(Problem("playlist.nothing-playable", (playlist.name,)))
            return False
        return self.play(playlist)

    def playing(self, playlist: Playlist | None) -> bool:
        """Whether ``playlist`` is the one playing (or paused) now."""
        if playlist is None or self._state is MusicState.STOPPED:
            return False
        return self._is_current(playlist)

    def _is_current(self, playlist: Playlist) -> bool:
        mine = self.playlist
        if mine is None:
            return False
        if playlist.id is not None or mine.id is not None:
            return playlist.id == mine.id
        return playlist.bundled and mine.bundled and playlist.name == mine.name

    def _play_when_bound(self, playlist: Playlist, index: int | None) -> None:
        if self.pending:
            self.pending = False
            self.play(playlist, index)

    def _keep_playing(self) -> None:
        """What a second press of Play means: the music carries on as it is."""
        if self._fading_for_sleep:
            self.set_sleep(None)  # the fade turns back
        elif self._state in (MusicState.PAUSED, MusicState.FADING):
            self.resume()

    def toggle_pause(self) -> None:
        """Pause if playing (also while a sleep fade softens it); resume if paused or stopping."""
        if self._state is MusicState.PLAYING:
            self.pause()
        elif self._state in (MusicState.PAUSED, MusicState.FADING):
            self.resume()

    def pause(self) -> None:
        """Pause with a short fade (from whatever level a fade had reached); the place is kept.

        During the sleep timer's fade this ends the timer: someone is awake and chose.
        """
        if self._state is not MusicState.PLAYING:
            return
        ending_sleep = self._fading_for_sleep
        self._fading_for_sleep = False
        self.audio.pause_music(fade_out_s=PAUSE_FADE_S)
        self._listening.pause()
        if self._recorder is not None:
            self._recorder.checkpoint()
        self._set_state(MusicState.PAUSED)
        if ending_sleep:
            self.set_sleep(None)

    def resume(self) -> None:
        """Carry on from the paused place, rising over a second; a stop still fading out
        turns back instead."""
        if self._state is MusicState.PAUSED:
            if self._switch_to is not None:  # paused while changing track: start the new one
                index, self._switch_to = self._switch_to, None
                self._start_track(index, RESUME_FADE_S)
                return
            self.audio.resume_music(fade_in_s=RESUME_FADE_S)
            self._sound.wake()
            self._listening.resume()
            self._set_state(MusicState.PLAYING)
        elif self._state is MusicState.FADING:
            self.audio.resume_music(fade_in_s=RESUME_FADE_S)
            self._sound.wake()
            self._set_state(MusicState.PLAYING)

    def stop(self, fade_s: float = 0.0) -> None:
        """Stop (with a fade-out if asked); the listening session is kept in history.

        A stop by hand also ends the sleep timer: it was for this listening.
        """
        if self._state is MusicState.STOPPED:
            return
        self._switch_to = None
        if self.sleep is not None:
            self._fading_for_sleep = False
            self.set_sleep(None)
        if fade_s > 0 and self._state is MusicState.PLAYING:
            self.audio.stop_music(fade_out_s=fade_s)
            self._set_state(MusicState.FADING)  # music_faded_out finishes the stop
            return
        self.audio.stop_music()
        self._finish(completed=False)

    def next(self) -> None:
        """Change to the next track (the Next button), with a fade-through."""
        if self.current is None:
            return
        index = self.order.next(auto=False)
        if index is None:
            self.stop(fade_s=STOP_FADE_S)
        else:
            self._change_to(index)

    def previous(self) -> None:
        """Back to the start of this track, or to the one before if it has only just begun."""
        playing = self.current
        if playing is None:
            return
        if self.position() > RESTART_AFTER_S:
            self._change_to(playing)  # from its start: a fade-through, not a jump
            return
        index = self.order.previous()
        if index is not None:
            self._change_to(index)

    def jump(self, index: int) -> None:
        """Play the track at ``index`` of the current playlist now (double-click, Enter)."""
        if self.playlist is not None:
            self.play(self.playlist, index)

    def seek(self, seconds: float) -> None:
        """Move within the current track."""
        if self.current is not None and self._switch_to is None:
            self.audio.seek(max(0.0, seconds))

    def set_sleep(self, timer: SleepTimer | None) -> None:
        """Set (or clear, with None) the sleep timer; chosen during its fade, the music
        comes back up first."""
        if self.sleep is not None and self.sleep.end_of_track:
            self.order.stop_after_current = False  # it was set for the timer
        if self._fading_for_sleep and self._state is MusicState.PLAYING:
            self.audio.resume_music(fade_in_s=RESUME_FADE_S)  # the fade turns back
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
            self._track_done()
            if self.sleep is not None and self.sleep.end_of_track:
                self._finish(completed=True)
                return
            index = self.order.next(auto=True)
            if index is None:
                self._finish(completed=True)
            else:
                self._start_track(index, GAPLESS_FADE_S)
        elif event.kind == "music_faded_out" and self._switch_to is not None:
            if self._state is MusicState.PLAYING:
                index, self._switch_to = self._switch_to, None
                self._start_track(index, CHANGE_IN_S)
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
        """The app is closing: keep the listening session as it stands; stop measuring."""
        self.pending = False
        if self.levels is not None:
            self.levels.close()
        if self._state is not MusicState.STOPPED:
            self.audio.stop_music()
            self._finish(completed=False)

    # -- internals -------------------------------------------------------------------------

    def _change_to(self, index: int) -> bool:
        """Play ``index`` next: if music sounds now, it falls first and the new track rises
        after it (one stream: a fade-through); from silence, the new track rises at once."""
        audible = self.audio.music_state() in (MusicState.PLAYING, MusicState.FADING)
        if self._state in (MusicState.PLAYING, MusicState.FADING) and audible:
            self._track_done()
            if self._fading_for_sleep:
                self.set_sleep(None)  # someone chose music: the timer ends
            if self._switch_to is None and self._state is MusicState.PLAYING:
                self.audio.stop_music(fade_out_s=CHANGE_OUT_S)
            self._switch_to = index
            self._set_state(MusicState.PLAYING)
            self.track_changed.emit(index)
            return True
        self._switch_to = None
        fade = CHANGE_IN_S if self._state is MusicState.PLAYING else START_FADE_S
        return self._start_track(index, fade)

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
                self._apply_level(track, 0.0)
                self.audio.set_music_volume(self._music_volume())
                self.audio.play_music(fade_in_s=fade_s)  # some damage shows only here
            except AudioFileError as exc:
                self.failed[track.path] = exc.kind
                self.track_failed.emit(candidate, exc.kind)
                candidate = self.order.next(auto=False)
                continue
            if self.levels is not None:
                self.levels.request([track], energy=self.calmward, first=True)
            self._sound.wake()
            if self._recorder is None or not self._recorder.active:
                self._begin_session(self.playlist.name)
            elif self._listening.paused:
                self._listening.resume()
            self._sounding, self._track_began = track, self._listening.elapsed()
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
        if self.sleep is None or self._fading_for_sleep or self._switch_to is not None:
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
        self._fading_for_sleep = True  # still playing (softening): shown as playing
        self.audio.stop_music(fade_out_s=max(fade, 0.05))
        self.sleep_changed.emit(self.sleep)

    def _track_done(self) -> None:
        """The track heard until now stopped sounding: ask how it landed (if worth it)."""
        track, self._sounding = self._sounding, None
        if track is not None:
            heard = self._listening.elapsed() - self._track_began
            self.questions.heard(track, heard, self.session_id)

    @property
    def session_id(self) -> int | None:
        """The listening session's record in history (None before it is kept)."""
        record = self._recorder.record if self._recorder is not None else None
        return record.id if record is not None else None

    def _finish(self, completed: bool) -> None:
        self._track_done()
        session = self.session_id
        self._end_session(completed)
        if self.session_id is None:
            self.questions.forget_session(session)  # too short to keep: nothing to ask
        was_sleep = self.sleep is not None and (self._fading_for_sleep or completed)
        self._fading_for_sleep = False
        self._switch_to = None
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
