"""A running guided-imagery session: clock, narration, voice, soundscape and history record.

The session clock drives the narration; a single-shot timer wakes the session at the next
segment boundary (never by counting ticks). A sentence starting is handed to the sound path,
which says it on the voice channel (the soundscape ducks under it by itself), even when the
sound device opens only after the session began.
"""

from __future__ import annotations

import dataclasses
import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion.core.imagine.narration import Event, EventKind, Narration
from companion.core.imagine.scripts import Pause, Script, Segment, Speech
from companion.core.sessions import Activity
from companion.services.audio.output import AudioFileError, AudioOutput
from companion.services.recordings import words_key
from companion.services.store import Store
from companion.sessions.recorder import local_now
from companion.sessions.sound import SoundPath
from companion.sessions.speech_queue import Renderer, SpeechQueue
from companion.sessions.timed import TimedSession

WAIT_POLL_MS = 50  # while a sentence's audio is being rendered
MUSIC_FADE_IN_S = 3.0
MUSIC_FADE_OUT_S = 4.0
MESSAGE_GAP_S = 2.0  # quiet between a message and the script


@dataclass(frozen=True)
class Message:
    """A recorded message that opens or closes a session: its title (the caption) and take."""

    title: str
    wav: bytes
    seconds: float


def with_messages(
    script: Script, opening: Message | None, closing: Message | None
) -> tuple[Script, dict[int, tuple[bytes, float]]]:
    """The script with a message said before its first line and one after its last (each
    with a quiet moment beside it), and those messages' takes by their place."""
    items: list[Segment] = list(script.items)
    takes: dict[int, tuple[bytes, float]] = {}
    if opening is not None:
        items[:0] = [Speech(opening.title, 0), Pause(MESSAGE_GAP_S, 0)]
    if closing is not None:
        items += [Pause(MESSAGE_GAP_S, 0), Speech(closing.title, 0)]
    if opening is not None:
        takes[0] = (opening.wav, opening.seconds)
    if closing is not None:
        takes[len(items) - 1] = (closing.wav, closing.seconds)
    return dataclasses.replace(script, items=tuple(items)), takes


class ImagineSession(TimedSession):
    """Reads one script aloud with captions.

    Signals:
        segment_changed(int): a new segment (sentence, pause or breathing cue) began.
        speaking(int): the voice started the sentence at this index.
        speech_unavailable(str): no voice: the script runs as timed captions (says why).
        line_unspoken(str): one sentence has no voice and is shown as words; why, as a code
            (see :class:`~companion.sessions.speech_queue.SpeechQueue` ``unspoken``).
        music_failed(str): the soundscape cannot play (an ``AudioFileError`` kind).

    ``recorded`` holds a loved one's takes of the script's lines (by their words): those
    lines play in that voice, the others are rendered as usual, so a half-recorded script
    still plays whole. ``opening`` and ``closing`` are messages said before and after it.
        paused_changed(bool), finished(bool), problem(str): see :class:`TimedSession`
            (finished is True if it ran to the end of the script).
    """

    segment_changed = Signal(int)
    speaking = Signal(int)
    speech_unavailable = Signal(str)
    line_unspoken = Signal(str)
    music_failed = Signal(str)

    retry_ms = WAIT_POLL_MS

    def __init__(
        self,
        script: Script,
        renderer: Renderer | None,
        sound: SoundPath,
        store: Store | None,
        *,
        voice: str = "",
        pace_wpm: int = 0,
        music: Path | None = None,
        recorded: dict[str, tuple[bytes, float]] | None = None,
        opening: Message | None = None,
        closing: Message | None = None,
        now: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(store, now, wall_clock, parent)
        self.recorded = recorded or {}
        script, self._message_takes = with_messages(script, opening, closing)
        self.script = script
        self.pace = pace_wpm or script.pace_wpm
        self.narration = Narration(script, self.pace)
        self.sound = sound
        self.music = music
        self.queue = SpeechQueue(renderer, voice, self.pace, parent=self, language=script.language)
        self.queue.ready.connect(self._on_ready)
        self.queue.unavailable.connect(self.speech_unavailable)
        self.queue.unspoken.connect(lambda _index, code: self.line_unspoken.emit(code))
        self.music_playing = False
        sound.music_taken.connect(self._on_music_taken)

    # -- state -------------------------------------------------------------------------

    def remaining(self) -> float:
        """Roughly how long the script has left, in seconds."""
        return max(0.0, self.narration.total() - self.narration.position(self.elapsed()))

    # -- control -----------------------------------------------------------------------

    def restart_line(self) -> None:
        """Say the current sentence again (in a pause: the sentence before it)."""
        if self._done or not self.clock.started:
            return
        self.sound.stop_voice()
        if self.paused:
            self.resume()  # resuming says the line again
            return
        self._handle(self.narration.restart_line(self.elapsed(), self.queue.length))
        self.poll()

    # -- hooks -------------------------------------------------------------------------

    def _record_as(self) -> tuple[Activity, str, float | None]:
        return Activity.VISUALIZATION, self.script.id, self.narration.total()

    def _on_start(self) -> None:
        """Start rendering (first sentence first) and the soundscape."""
        items = self.script.items
        spoken = [(i, s.text) for i, s in enumerate(items) if isinstance(s, Speech)]
        takes = {i: self.recorded[words_key(t)] for i, t in spoken if words_key(t) in self.recorded}
        takes.update(self._message_takes)
        self.queue.start(spoken, takes)
        if self.music is not None:
            self.sound.claim_music(self)
            self.sound.when_bound(self._start_music)

    def _on_pause(self) -> None:
        """Stop the voice and (softly) the music."""
        self.sound.stop_voice()
        if self.music_playing:
            self.sound.output.pause_music()

    def _on_resume(self) -> None:
        """Music again; a sentence cut by the pause is said again from its start."""
        if self.music_playing:
            self.sound.output.resume_music()
            self.sound.wake()
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
            self.sound.stop_voice()
        if self.music_playing and self.sound.music_owner is self:
            self.sound.output.stop_music(fade_out_s=MUSIC_FADE_OUT_S)
        self.music_playing = False

    # -- internals ---------------------------------------------------------------------

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if event.kind is EventKind.ENTER:
                self.segment_changed.emit(event.index)
            elif event.kind is EventKind.SPEAK:
                path = self.queue.path(event.index)
                if path is not None:
                    self.sound.voice(path, functools.partial(self._still_saying, event.index))
                self.speaking.emit(event.index)
            elif event.kind is EventKind.END:
                self._finish(completed=True)

    def _on_ready(self, index: int) -> None:
        if self.narration.waiting and self.narration.index == index:
            self.poll()

    def _on_music_taken(self, owner: object) -> None:
        if owner is not self:
            self.music_playing = False  # another activity plays its music now

    def _still_saying(self, index: int) -> bool:
        """Whether the sentence at ``index`` is still the one being said (for a late device)."""
        return self.running and self.narration.index == index

    def _start_music(self, output: AudioOutput) -> None:
        if self.music is None or self.done or not output.available:
            return
        if self.sound.music_owner is not self:
            return  # something else took the music stream meanwhile
        try:
            output.load_music(self.music)
        except AudioFileError as exc:
            self.music_failed.emit(exc.kind)
            return
        # 10 LU under the voice, and 6 dB more while a sentence plays (core/loudness.py)
        output.set_music_volume(self.sound.bed_gain(self.music))
        output.play_music(fade_in_s=MUSIC_FADE_IN_S, loop=True)
        if self.paused:
            output.pause_music(fade_out_s=0.0)
        self.music_playing = True
        self.sound.wake()
