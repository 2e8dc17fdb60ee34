"""Hand-written fakes for unit tests of logic (never for the features themselves)."""

from __future__ import annotations

from pathlib import Path

from companion.services.audio.output import AudioEvent, AudioOutput, MusicState


class FakeClock:
    """A monotonic clock that moves only when told."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass."""
        self.now += seconds


class RecordingAudio(AudioOutput):
    """An audio output that remembers what it was asked to play.

    ``played`` holds cues as (file stem, volume); ``calls`` every other request as
    (method name, arguments...); ``events`` is what the next ``tick`` returns.
    """

    def __init__(self, reason: str = "") -> None:
        self.played: list[tuple[str, float]] = []
        self.calls: list[tuple[object, ...]] = []
        self.events: list[AudioEvent] = []
        self.state = MusicState.STOPPED
        self.position = 0.0
        self._reason = reason

    @property
    def available(self) -> bool:
        return not self._reason

    @property
    def reason(self) -> str:
        return self._reason

    def play_file(self, path: Path | bytes, volume: float) -> None:
        name = path.stem if isinstance(path, Path) else f"recording:{len(path)}"
        self.played.append((name, volume))

    def play_voice(self, path: Path | bytes, volume: float) -> None:
        name = path.stem if isinstance(path, Path) else f"recording:{len(path)}"
        self.calls.append(("play_voice", name, volume))

    def stop_voice(self) -> None:
        self.calls.append(("stop_voice",))

    def set_voice_volume(self, volume: float) -> None:
        self.calls.append(("set_voice_volume", volume))

    def load_music(self, path: Path) -> None:
        self.calls.append(("load_music", path))

    def play_music(self, fade_in_s: float = 3.0, start_s: float = 0.0, loop: bool = False) -> None:
        self.calls.append(("play_music", fade_in_s, start_s, loop))
        self.state, self.position = MusicState.PLAYING, start_s

    def pause_music(self, fade_out_s: float = 0.25) -> None:
        self.calls.append(("pause_music", fade_out_s))
        self.state = MusicState.PAUSED

    def resume_music(self, fade_in_s: float = 0.5) -> None:
        self.calls.append(("resume_music", fade_in_s))
        self.state = MusicState.PLAYING

    def stop_music(self, fade_out_s: float = 0.0) -> None:
        self.calls.append(("stop_music", fade_out_s))
        self.state = MusicState.FADING if fade_out_s > 0 else MusicState.STOPPED

    def seek(self, seconds: float) -> None:
        self.calls.append(("seek", seconds))
        self.position = seconds

    def music_position(self) -> float:
        return self.position

    def music_state(self) -> MusicState:
        return self.state

    def set_master_volume(self, volume: float) -> None:
        self.calls.append(("set_master_volume", volume))

    def set_music_volume(self, volume: float) -> None:
        self.calls.append(("set_music_volume", volume))

    def set_music_level(self, level: float, ceiling: float = 1.0, over_s: float = 0.0) -> None:
        self.calls.append(("set_music_level", level, ceiling, over_s))

    def duck(self, depth_db: float = -6.0, attack_s: float = 0.3, release_s: float = 1.0) -> None:
        self.calls.append(("duck", depth_db, attack_s, release_s))

    def unduck(self) -> None:
        self.calls.append(("unduck",))

    def set_breath_factor(self, factor: float, over_s: float = 0.2) -> None:
        self.calls.append(("set_breath_factor", factor, over_s))

    def tick(self, now: float | None = None) -> list[AudioEvent]:
        events, self.events = self.events, []
        return events


class FileMicrophone:
    """A microphone that "hears" a WAV file (16-bit mono at its own rate), for unit and
    widget tests of recording: it plays into the recording as time passes on ``clock``
    (or all at once without one). ``missing`` makes it a machine with no microphone."""

    def __init__(self, wav: Path | None = None, clock: FakeClock | None = None) -> None:
        import wave

        self.samples = b""
        self.rate = 22050
        if wav is not None:
            with wave.open(str(wav), "rb") as handle:
                self.rate = handle.getframerate()
                self.samples = handle.readframes(handle.getnframes())
        self.clock = clock
        self.opened = 0
        self.takes = 0
        self.closed = False
        self._started_at = 0.0

    def __call__(self) -> FileMicrophone:  # the opener the services hold
        self.opened += 1
        return self

    def _heard(self) -> bytes:
        if self.clock is None:
            return self.samples
        frames = int((self.clock() - self._started_at) * self.rate)
        return self.samples[: frames * 2]

    def start(self) -> None:
        self._started_at = self.clock() if self.clock is not None else 0.0

    def level(self) -> float:
        import array

        heard = array.array("h", self._heard()[-8192 if self.clock is not None else 0 :])
        return max((abs(s) for s in heard), default=0) / 32768.0

    def stop(self) -> bytes:
        self.takes += 1
        return self._heard()

    def close(self) -> None:
        self.closed = True


def no_microphone() -> object:
    """An opener for a computer with no microphone."""
    from companion.services.audio.capture import NO_MICROPHONE, CaptureError

    raise CaptureError(NO_MICROPHONE, "none here")


def tone_wav(path: Path, freq: float = 660.0, seconds: float = 1.5, lead_s: float = 0.5) -> Path:
    """A WAV of quiet, then a steady tone (a voice stand-in), then quiet: 22,050 Hz mono."""
    import array
    import math
    import wave

    rate = 22050
    lead = [0] * int(lead_s * rate)
    tone = [int(9000 * math.sin(2 * math.pi * freq * i / rate)) for i in range(int(seconds * rate))]
    samples = array.array("h", lead + tone + lead)
    with wave.open(str(path), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(rate)
        handle.writeframes(samples.tobytes())
    return path
