"""The one timer that drives the audio engine from the GUI thread.

pygame's event loop is not used (it needs a display); instead :meth:`AudioOutput.tick` is
polled: every 50 ms while music plays (fades, ducking, end of track), every 500 ms otherwise
(enough to notice a device that went away).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from companion.services.audio.output import AudioEvent, AudioOutput, MusicState

BUSY_MS = 50
IDLE_MS = 500


class AudioPump(QObject):
    """Ticks the audio output and re-emits what it reports.

    Signals:
        reported(AudioEvent): music ended, faded out, or the device was lost.
    """

    reported = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.audio: AudioOutput | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)

    def set_audio(self, audio: AudioOutput) -> None:
        """Start driving ``audio`` (a silent output needs no ticks)."""
        self.audio = audio
        if audio.available:
            self.wake()

    def wake(self) -> None:
        """Tick often from now on (call after starting music)."""
        if self.audio is not None and self.audio.available:
            self._timer.start(BUSY_MS)

    def tick(self) -> list[AudioEvent]:
        """Poll the output once; returns (and emits) its events."""
        if self.audio is None:
            return []
        events = self.audio.tick()
        for item in events:
            self.reported.emit(item)
        busy = self.audio.music_state() is not MusicState.STOPPED
        interval = BUSY_MS if busy else IDLE_MS
        if self._timer.interval() != interval or not self._timer.isActive():
            self._timer.start(interval)
        return events

    def stop(self) -> None:
        """Stop ticking (the window is closing)."""
        self._timer.stop()
