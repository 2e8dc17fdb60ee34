"""A running guided-imagery session: clock, narration, voice, soundscape and history record.

The session clock drives the narration; a single-shot timer wakes the session at the next
segment boundary (never by counting ticks). Sound listens to the narration's events: a
sentence starting plays its WAV on the voice channel, under which the soundscape ducks by
itself. While it runs, a 50 ms timer moves the audio engine's fades and ducking along.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.imagine.narration import Event, EventKind, Narration
from companion.core.imagine.scripts import Script, Speech
from companion.core.sessions import Activity
from companion.services.audio.output import AudioFileError, AudioOutput, MusicState, SilentAudio
from companion.services.store import Store
from companion.sessions.recorder import local_now
from companion.sessions.speech_queue import Renderer, SpeechQueue
from companion.sessions.timed import TimedSession

VOICE_VOLUME = 0.9  # under the audio engine's master cap
MUSIC_VOLUME = 0.45  # soft: the voice leads; it ducks a further 12 dB while the voice speaks
WAIT_POLL_MS = 50  # while a sentence's audio is being rendered
AUDIO_TICK_MS = 50
MUSIC_FADE_IN_S = 3.0
MUSIC_FADE_OUT_S = 4.0


class ImagineSession(TimedSession):
    """Reads one script aloud with captions.

    Signals:
        segment_changed(int): a new segment (sentence, pause or breathing cue) began.
        speaking(int): the voice started the sentence at this index.
        speech_unavailable(str): no voice: the script runs as timed captions (says why).
        music_claimed(): the session started its background soundscape.
        paused_changed(bool), finished(bool), problem(str): see :class:`TimedSession`
            (finished is True if it ran to the end of the script; problem also tells of
            music trouble).
    """

    segment_changed = Signal(int)
    speaking = Signal(int)
    speech_unavailable = Signal(str)
    music_claimed = Signal()

    retry_ms = WAIT_POLL_MS

    def __init__(
        self,
        script: Script,
        renderer: Renderer | None,
        audio: AudioOutput | None,
        store: Store | None,
        *,
        voice: str = "",
        pace_wpm: int = 0,
        music: Path | None = None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, now, wall_clock, parent)
        self.script = script
        self.pace = pace_wpm or script.pace_wpm
        self.narration = Narration(script, self.pace)
        self.audio = audio or SilentAudio("")
        self.music = music
        self.queue = SpeechQueue(renderer, voice, self.pace, parent=self)
        self.queue.ready.connect(self._on_ready)
        self.queue.unavailable.connect(self.speech_unavailable)
        self.music_playing = False
        self._audio_timer = QTimer(self)
        self._audio_timer.setInterval(AUDIO_TICK_MS)
        self._audio_timer.timeout.connect(self._tick_audio)

    # -- state -------------------------------------------------------------------------

    def remaining(self) -> float:
        """Roughly how long the script has left, in seconds."""
        return max(0.0, self.narration.total() - self.narration.position(self.elapsed()))

    # -- control -----------------------------------------------------------------------

    def restart_line(self) -> None:
        """Say the current sentence again (in a pause: the sentence before it)."""
        if self._done or not self.clock.started:
            return
        self.audio.stop_voice()
        if self.paused:
            self.resume()  # resuming says the line again
            return
        self._handle(self.narration.restart_line(self.elapsed(), self.queue.length))
        self.poll()

    # -- hooks -------------------------------------------------------------------------

    def _record_as(self) -> tuple[Activity, str, float | None]:
        return Activity.VISUALIZATION, self.script.id, self.narration.total()

    def _on_start(self) -> None:
        """Start rendering (first sentence first), the music and the audio engine's tick."""
        items = self.script.items
        self.queue.start([(i, s.text) for i, s in enumerate(items) if isinstance(s, Speech)])
        self._start_music()
        self._audio_timer.start()

    def _on_pause(self) -> None:
        """Stop the voice and (softly) the music."""
        self.audio.stop_voice()
        if self.music_playing:
            self.audio.pause_music()

    def _on_resume(self) -> None:
        """Music again; a sentence cut by the pause is said again from its start."""
        if self.music_playing:
            self.audio.resume_music()
        if isinstance(self.narration.current, Speech):
            self._handle(self.narration.restart_line(self.elapsed(), self.queue.length))

    def _advance(self) -> float | None:
        """Act on the narration's events by now; None while a sentence is being rendered."""
        self._handle(self.narration.advance(self.elapsed(), self.queue.length))
        if self._done:
            return None
        return self.narration.next_change_in(self.elapsed())

    def _on_finish(self, completed: bool) -> None:
        """Cancel rendering; cut the voice if stopped early; fade the music out."""
        self.queue.cancel()
        if not completed:
            self.audio.stop_voice()
        if self.music_playing:
            self.audio.stop_music(fade_out_s=MUSIC_FADE_OUT_S)
            self.music_playing = False

    # -- internals ---------------------------------------------------------------------

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if event.kind is EventKind.ENTER:
                self.segment_changed.emit(event.index)
            elif event.kind is EventKind.SPEAK:
                path = self.queue.path(event.index)
                if path is not None:
                    self.audio.play_voice(path, VOICE_VOLUME)
                self.speaking.emit(event.index)
            elif event.kind is EventKind.END:
                self._finish(completed=True)

    def _on_ready(self, index: int) -> None:
        if self.narration.waiting and self.narration.index == index:
            self.poll()

    def _start_music(self) -> None:
        if self.music is None or not self.audio.available:
            return
        try:
            self.audio.load_music(self.music)
        except AudioFileError as exc:
            self.problem.emit(str(exc))
            return
        self.audio.set_music_volume(MUSIC_VOLUME)
        self.audio.play_music(fade_in_s=MUSIC_FADE_IN_S, loop=True)
        self.music_playing = True
        self.music_claimed.emit()

    def _tick_audio(self) -> None:
        self.audio.tick()
        if self._done and self.audio.music_state() is MusicState.STOPPED:
            self._audio_timer.stop()  # the closing fade has finished
