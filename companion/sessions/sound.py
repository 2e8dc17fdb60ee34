"""The one sound path: every cue rule, the voice, the music stream and the audio engine's tick.

Sessions and pages never play anything themselves. They hand a running session to the sound
path to follow (``follow_breathing``, ``follow_stretch``, ``follow_massage``), or ask it for a
voice or music; the rules for what sounds, how loud and when live here and nowhere else.

The sound device opens on a worker after the first window is on screen. Until it is bound,
every request waits here, and is carried out as soon as the device opens if it still applies
(the cue of the breath phase that is *now* running, the sentence that is still being said):
nothing is dropped and nothing is sent to a missing output. One timer ticks the engine, so
fades, ducking, the end of a track and a lost device are seen exactly once and reported to
whoever listens, whichever activity is running.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from companion.core.breathing import Phase
from companion.core.loudness import level_gain, music_level, peak_ceiling, scaled, voice_gain
from companion.core.meditation import BellKind
from companion.core.preferences import DEFAULT_CUE_VOLUME, MAX_CUE_VOLUME, Preferences
from companion.core.problems import Problem
from companion.services.audio.output import (
    AudioEvent,
    AudioFileError,
    AudioOutput,
    MusicState,
    SilentAudio,
    SoundProblem,
)
from companion.services.audio.soundscapes import cue_loudness, soundscapes
from companion.services.paths import assets_dir
from companion.sessions.worker import run_in_background

if TYPE_CHECKING:
    from companion.core.listen.levels import TrackLevel
    from companion.sessions.breathing import BreathingSession
    from companion.sessions.breathless import BreathlessSession
    from companion.sessions.massage import MassageSession
    from companion.sessions.meditation import MeditationSession
    from companion.sessions.state import AppState
    from companion.sessions.stretch import StretchSession

log = logging.getLogger(__name__)

CUE_DIR = assets_dir() / "audio" / "cues"
BUSY_MS = 50  # while music plays: fades and ducking move smoothly
IDLE_MS = 500  # otherwise: enough to notice a device that went away
LATE_CUE_S = 2.0  # a cue asked for before the device opened still plays this long after
OUT_BREATH_CUE = "long-out-breath"  # "Breathless now": the long falling tone to breathe out to
STEP_CUE = "step"  # "Breathless now": a new step (one soft note, neither rising nor falling)
SPOKEN_RATE_WPM = 120  # spoken cues: slow and calm
BREATH_SYNC_RETURN_S = 2.0  # music comes back to level this gently when breathing ends
BED_FADE_IN_S = 3.0  # a soundscape under a quiet time
BED_FADE_OUT_S = 6.0  # after the end bell: the bell rings on as the soundscape goes


def _cue_scale(volume: float) -> float:
    """The cue volume as a scale on the designed level (the default volume: 1)."""
    return min(volume, MAX_CUE_VOLUME) / DEFAULT_CUE_VOLUME


class Renderer(Protocol):
    """What the sound path needs from the speech service (``SpeechRenderer`` or a fake)."""

    def render(
        self,
        text: str,
        *,
        voice: str | None = None,
        rate_wpm: int = 140,
        language: str | None = None,
    ) -> Path: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpokenCues", text)


def breathing_phrases() -> dict[str, str]:
    """The words of the spoken breathing cues, in the interface language."""
    return {
        "inhale": _tr("Breathe in"),
        "exhale": _tr("Breathe out"),
        "end": _tr("That is the end of the session. Rest for as long as you like."),
    }


class SoundPath(QObject):
    """Owns the audio output (bound late), ticks it, and plays cues, voice and music by rule.

    Signals:
        bound(): the output is open, or known to be silent.
        problem(str): sound cannot be heard: a :class:`SoundProblem` value for the window to
            put into words (once per change).
        music_event(object): an :class:`AudioEvent` for the music's owner (track ended, fade
            finished, device lost).
        music_taken(object): an activity claimed the one music stream (the owner object).
        speech_problem(str): the speech service changed voice or stopped (a ``speech.*``
            code, each told once): emitted from whichever thread found it, received queued.
    """

    bound = Signal()
    speech_problem = Signal(str)
    problem = Signal(object)
    music_event = Signal(object)
    music_taken = Signal(object)

    def __init__(
        self,
        state: AppState,
        speech: Renderer | None = None,
        now: Callable[[], float] = time.monotonic,
        cue_dir: Path = CUE_DIR,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._speech = speech
        if speech is not None and hasattr(speech, "on_problem"):
            setattr(speech, "on_problem", self.speech_problem.emit)  # noqa: B010 - any thread
        self._now = now
        self._cue_dir = cue_dir
        self._cue_lufs = cue_loudness(cue_dir)
        self._bed_lufs: dict[Path, float] | None = None  # bundled soundscapes, read when asked
        self._output: AudioOutput | None = None
        self._waiting: list[Callable[[AudioOutput], None]] = []
        self._spoken: dict[str, Path] = {}  # cue text -> rendered WAV
        self._family: dict[str, bytes] = {}  # cue name -> a loved one's recording of it
        # where the recorded cues come from (set by the wiring; read as a session starts)
        self.family_cues: Callable[[], dict[str, bytes]] | None = None
        self._rendering: set[str] = set()
        self._names: dict[str, Path] = {}  # words said by :meth:`say` -> rendered WAV
        self._saying: set[str] = set()
        self._music_owner: object | None = None
        self._was_available = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self.played: list[str] = []  # names of the cues played, newest last (for tests, tools)
        state.changed.connect(self._preferences_changed)

    # -- the output ----------------------------------------------------------------------

    def bind(self, output: AudioOutput) -> None:
        """The device is open (or known to be silent): carry out whatever was waiting."""
        self._output = output
        self._was_available = output.available
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action(output)
        if output.available:
            self._timer.start(IDLE_MS)
            self.wake()
            self._preferences_changed(self._state.prefs)
        else:
            self.problem.emit(output.reason)
        self.bound.emit()

    @property
    def is_bound(self) -> bool:
        """Whether the device has been opened (successfully or not)."""
        return self._output is not None

    @property
    def available(self) -> bool:
        """Whether sound can be heard now."""
        return self._output is not None and self._output.available

    @property
    def reason(self) -> str:
        """Why sound cannot be heard: a :class:`SoundProblem` value ('' when it can)."""
        if self._output is None:
            return SoundProblem.STARTING.value
        return self._output.reason

    @property
    def output(self) -> AudioOutput:
        """The output, for reading its state and controlling music that already plays.

        Before the device is bound this is a silent stand-in: anything that *starts* a sound
        must go through :meth:`when_bound` (or a method here that does), so it is not lost.
        """
        return self._output or _NOT_YET

    def when_bound(self, action: Callable[[AudioOutput], None]) -> None:
        """Run ``action(output)`` now if the device is open, else as soon as it is."""
        if self._output is not None:
            action(self._output)
        else:
            self._waiting.append(action)

    def wake(self) -> None:
        """Tick often from now on (music has started: its fades need smooth steps)."""
        if self.available:
            self._timer.start(BUSY_MS)

    def tick(self) -> list[AudioEvent]:
        """Move fades and ducking along; report ended tracks and a lost device."""
        output = self._output
        if output is None:
            return []
        events = output.tick()
        for event in events:
            self.music_event.emit(event)
        if self._was_available and not output.available:
            self._was_available = False
            log.warning("sound device lost: %s", output.reason)
            self.problem.emit(output.reason)
        elif output.available:
            self._was_available = True
        busy = output.music_state() is not MusicState.STOPPED
        interval = BUSY_MS if busy else IDLE_MS
        if self._timer.interval() != interval or not self._timer.isActive():
            self._timer.start(interval)
        return events

    def stop(self) -> None:
        """Stop ticking (the window is closing)."""
        self._timer.stop()

    # -- music: one stream, one owner ------------------------------------------------------

    def claim_music(self, owner: object) -> None:
        """``owner`` is about to use the music stream; the previous owner lets it go."""
        previous, self._music_owner = self._music_owner, owner
        if previous is not owner:
            self.music_taken.emit(owner)

    @property
    def music_owner(self) -> object | None:
        """Who last claimed the music stream."""
        return self._music_owner

    @property
    def prefs(self) -> Preferences:
        """The person's preferences as they stand (music volume, shuffle, repeat…)."""
        return self._state.prefs

    def set_breath_factor(self, factor: float, over_s: float) -> None:
        """Music following the breath: 1 at the top of the in-breath, 0 at the bottom."""
        if self._output is not None:
            self._output.set_breath_factor(factor, over_s)

    # -- voice ---------------------------------------------------------------------------

    def voice(self, path: Path | bytes, still_wanted: Callable[[], bool] | None = None) -> None:
        """Say a rendered sentence (or play a recording's WAV bytes) on the voice channel
        (music ducks under it).

        ``still_wanted`` is asked again if the device opens later than the request.
        """

        def play(output: AudioOutput) -> None:
            if still_wanted is None or still_wanted():
                output.play_voice(path, self.voice_gain())
                self.wake()

        self.when_bound(play)

    def say(self, text: str, still_wanted: Callable[[], bool] | None = None) -> None:
        """Say a few words (a control's name, for one-switch scanning) on the voice channel.

        The words are rendered by the speech service off the GUI thread (kept for next
        time); they are said only if ``still_wanted()`` still agrees once they are ready.
        """
        speech = self._speech
        if speech is None or not text:
            return
        wanted = still_wanted or (lambda: True)
        path = self._names.get(text)
        if path is not None:
            self.stop_voice()  # the last name gives way to this one
            self.voice(path, wanted)
            return
        if text in self._saying:
            return
        self._saying.add(text)

        def render() -> Path:
            return speech.render(text, rate_wpm=SPOKEN_RATE_WPM)

        def done(rendered: Path) -> None:
            self._saying.discard(text)
            self._names[text] = rendered
            if wanted():
                self.stop_voice()
                self.voice(rendered, wanted)

        def failed(exc: BaseException) -> None:
            self._saying.discard(text)
            log.warning("cannot say %r: %s", text, exc)

        run_in_background(render, done, failed)

    def stop_voice(self) -> None:
        """Silence the voice channel."""
        if self._output is not None:
            self._output.stop_voice()

    def voice_gain(self) -> float:
        """The voice channel's gain: rendered speech at the user's voice level."""
        return voice_gain(self._state.prefs.voice_level_db)

    def music_level(self, level: TrackLevel | None) -> tuple[float, float]:
        """A track's level factor and peak ceiling for the music stream: at the reference
        with its peaks under −3 dBFS when levelling is on (the default; an unmeasured track
        as if it were a loud master), as the file is when the person turned it off."""
        if not self._state.prefs.level_music:
            return 1.0, 1.0
        if level is None:
            return music_level(float("nan")), 1.0
        return music_level(level.lufs), peak_ceiling(level.peak)

    def bed_gain(self, path: Path) -> float:
        """The music gain that puts a bundled soundscape under the voice, 10 LU below it."""
        if self._bed_lufs is None:
            self._bed_lufs = {s.path: s.loudness_lufs for s in soundscapes()}
        return level_gain(self._bed_lufs.get(path, float("nan")), "bed")

    # -- cues ------------------------------------------------------------------------------

    def cue(
        self,
        name: str,
        spoken: str | None = None,
        still_wanted: Callable[[], bool] | None = None,
        family: bool = False,
    ) -> None:
        """A soft tone (``inhale``, ``exhale`` or ``end``), or its spoken words when chosen:
        in a loved one's recorded voice if ``family`` and they recorded it.

        Cues follow the user's settings (on or off, volume under its cap). A cue asked for
        before the device opened plays when it opens if ``still_wanted()`` says so (by
        default: if it was asked for less than :data:`LATE_CUE_S` ago).
        """
        prefs = self._state.prefs
        if not prefs.cues_enabled:
            return
        asked = self._now()

        def wanted() -> bool:
            if still_wanted is not None:
                return still_wanted()
            return self._now() - asked <= LATE_CUE_S

        def play(output: AudioOutput) -> None:
            if self._output is None or not output.available:
                return
            if late and not wanted():
                return
            now_prefs = self._state.prefs
            if not now_prefs.cues_enabled:
                return
            recorded = self._family.get(name) if family and now_prefs.spoken_cues else None
            path = self._spoken.get(spoken) if spoken and now_prefs.spoken_cues else None
            if recorded is not None:
                output.play_file(recorded, scaled(voice_gain(0.0), self._cue_scale(now_prefs)))
            elif path is not None:
                output.play_file(path, scaled(voice_gain(0.0), self._cue_scale(now_prefs)))
            else:
                output.play_file(self._cue_dir / f"{name}.wav", self._tone_gain(name, now_prefs))
            self.played.append(name)

        late = self._output is None
        self.when_bound(play)

    def chime(self, volume: float) -> None:
        """The soft closing chime on its own (a reminder), at ``volume`` (a cue volume)."""

        def play(output: AudioOutput) -> None:
            gain = level_gain(self._cue_lufs.get("end", float("nan")), "chime")
            output.play_file(self._cue_dir / "end.wav", scaled(gain, _cue_scale(volume)))
            self.played.append("chime")

        self.when_bound(play)

    def bell(self, name: str, still_wanted: Callable[[], bool] | None = None) -> None:
        """A meditation bell (``bell-bowl``, ``bell-bowl-end``…) at the chime level, under the
        user's cue volume. It rings whatever the breathing cues are set to: a quiet time's
        own choice of bell (or of none) decides. Asked for before the device opened, it rings
        when it opens if ``still_wanted()`` (by default: if asked less than
        :data:`LATE_CUE_S` ago)."""
        asked = self._now()
        late = self._output is None

        def wanted() -> bool:
            return still_wanted() if still_wanted else self._now() - asked <= LATE_CUE_S

        def play(output: AudioOutput) -> None:
            if not output.available or (late and not wanted()):
                return
            gain = level_gain(self._cue_lufs.get(name, float("nan")), "chime")
            volume = scaled(gain, self._cue_scale(self.prefs))
            output.play_file(self._cue_dir / f"{name}.wav", volume)
            self.played.append(name)

        self.when_bound(play)

    def _tone_gain(self, name: str, prefs: Preferences) -> float:
        """A tone at its kind's level (breath tones 6 LU, the chime 4 LU under the reference),
        under the user's cue volume."""
        kind = "chime" if name == "end" else "tone"
        gain = level_gain(self._cue_lufs.get(name, float("nan")), kind)
        return scaled(gain, self._cue_scale(prefs))

    @staticmethod
    def _cue_scale(prefs: Preferences) -> float:
        return _cue_scale(prefs.cue_volume)

    def prepare_spoken(self, texts: Iterable[str]) -> None:
        """Render spoken cues ahead of need (off the GUI thread), if spoken cues are chosen."""
        speech = self._speech
        wanted = {t for t in texts if t and t not in self._spoken and t not in self._rendering}
        if speech is None or not self._state.prefs.spoken_cues or not wanted:
            return
        self._rendering |= wanted

        def render() -> dict[str, Path]:
            return {t: speech.render(t, rate_wpm=SPOKEN_RATE_WPM) for t in sorted(wanted)}

        def done(rendered: dict[str, Path]) -> None:
            self._rendering -= wanted
            self._spoken.update(rendered)

        def failed(exc: BaseException) -> None:
            self._rendering -= wanted
            log.warning("spoken cues unavailable: %s", exc)
            self.problem.emit("spoken-cues-unavailable")

        run_in_background(render, done, failed)

    def spoken_ready(self, text: str) -> bool:
        """Whether the words ``text`` have been rendered for a spoken cue."""
        return text in self._spoken

    def _preferences_changed(self, prefs: Preferences) -> None:
        if self._output is not None:
            self._output.set_voice_volume(voice_gain(prefs.voice_level_db))
        if prefs.spoken_cues and self.available:
            self.prepare_spoken(breathing_phrases().values())
        if self._output is not None and not prefs.breath_sync:
            self._output.set_breath_factor(1.0, BREATH_SYNC_RETURN_S)

    # -- following sessions ------------------------------------------------------------------

    def load_family_cues(self) -> None:
        """Read the cues a loved one recorded (a session is about to start)."""
        source = self.family_cues
        try:
            self._family = dict(source()) if source is not None else {}
        except Exception as exc:  # an unreadable history file: the rendered words serve
            log.warning("recorded cues unavailable: %s", exc)
            self._family = {}

    def follow_breathing(self, session: BreathingSession) -> None:
        """Sound each phase of a breathing session; music may follow the breath. Spoken
        cues are said in a loved one's voice where they recorded them."""
        words = breathing_phrases()
        self.load_family_cues()

        def on_phase(phase: Phase) -> None:
            name = {Phase.INHALE: "inhale", Phase.EXHALE: "exhale"}.get(phase)
            if name is not None:

                def still_now() -> bool:  # the device opened late: is it still this phase?
                    return not session.done and session.state().phase is phase

                self.cue(name, words[name], still_now, family=True)
            self._follow_breath(session, phase)

        def on_finished(completed: bool) -> None:
            if completed:
                self.cue("end", words["end"], family=True)
            self.set_breath_factor(1.0, BREATH_SYNC_RETURN_S)

        session.phase_changed.connect(on_phase)
        session.finished.connect(on_finished)
        session.paused_changed.connect(
            lambda paused: self.set_breath_factor(1.0, BREATH_SYNC_RETURN_S) if paused else None
        )

    def _follow_breath(self, session: BreathingSession, phase: Phase) -> None:
        """Music rises over the in-breath and softens over the out-breath (when chosen)."""
        if not self._state.prefs.breath_sync:
            return
        state = session.state()
        if phase is Phase.INHALE:
            self.set_breath_factor(1.0, over_s=state.remaining)
        elif phase is Phase.EXHALE:
            self.set_breath_factor(0.0, over_s=state.remaining)

    def follow_stretch(self, session: StretchSession) -> None:
        """A rising tone as a movement begins, a falling one as it returns; a chime at the end.

        With spoken cues on, the movement's own words ("lift", "lower") are said instead.
        """
        tempos = [session.stretches[item.stretch_id].tempo for item in session.routine.items]
        self.prepare_spoken(t for tempo in tempos for t in (tempo.move_cue, tempo.return_cue))

        def on_point(point: object) -> None:
            phase = getattr(point, "phase", None)
            stretch_id = getattr(point, "stretch_id", None)
            if stretch_id is None or phase not in ("move", "return"):
                return
            tempo = session.stretches[stretch_id].tempo
            if phase == "move":
                self.cue("inhale", tempo.move_cue, lambda: not session.done)
            else:
                self.cue("exhale", tempo.return_cue, lambda: not session.done)

        session.point_changed.connect(on_point)
        session.finished.connect(lambda completed: self.cue("end") if completed else None)

    def follow_massage(self, session: MassageSession) -> None:
        """A soft tone as each new step begins (the carer's eyes are on the hand); a chime."""

        def on_step(index: int) -> None:
            if index > 0:
                self.cue("inhale", still_wanted=lambda: session.step == index)

        session.step_changed.connect(on_step)
        session.finished.connect(lambda completed: self.cue("end") if completed else None)

    def follow_breathless(self, session: BreathlessSession, spoken: dict[int, str]) -> None:
        """ "Breathless now": one soft note as each step shows (its words, ``spoken[index]``,
        said instead when spoken cues are on), and the long falling out-breath tone each time
        the person asks for it — it follows them, it never sets a time to breathe in.

        The out-breath step's own sound is that tone, so it has no step note (``spoken`` leaves
        it out); the end of an episode has no chime (nothing to mark: someone may be asleep).
        """
        self.prepare_spoken(spoken.values())

        def on_step(index: int) -> None:
            if index in spoken:
                self.cue(STEP_CUE, spoken[index], lambda: session.step == index)

        def on_out_breath(tones: int) -> None:
            self.out_breath(lambda: session.breath.tones == tones and not session.done)

        session.step_changed.connect(on_step)
        session.out_breath.connect(on_out_breath)

    def out_breath(self, still_wanted: Callable[[], bool] | None = None) -> None:
        """The long soft falling tone a breathless person breathes out to, at the breath-tone
        level under the cue volume (never spoken: it is the sound to match)."""
        self.cue(OUT_BREATH_CUE, None, still_wanted)

    def follow_meditation(self, session: MeditationSession) -> None:
        """Ring a quiet time's bells; play its soundscape (if chosen) softly under it.

        The soundscape sits where a bed under the voice sits (10 LU under the reference),
        fades in over 3 s, pauses with the sit, and fades out over 6 s after the end bell.
        """
        plan = session.plan

        def on_bell(bell: object) -> None:
            kind = getattr(bell, "kind", None)
            if not plan.rings or kind is None:
                return
            name = f"bell-{plan.bell}-end" if kind is BellKind.END else f"bell-{plan.bell}"
            self.bell(name)

        session.bell_due.connect(on_bell)
        bed = session.soundscape
        if bed is None:
            return

        def start_bed(output: AudioOutput) -> None:
            if session.done or not output.available or self._music_owner is not session:
                return
            try:
                output.load_music(bed)
            except AudioFileError as exc:
                log.warning("soundscape unavailable: %s", exc)
                session.problem.emit(Problem("music.skipped", (exc.kind, bed.name)))
                return
            output.set_music_volume(self.bed_gain(bed))
            output.play_music(fade_in_s=BED_FADE_IN_S, loop=True)
            if session.paused:
                output.pause_music(fade_out_s=0.0)
            self.wake()

        def on_started() -> None:
            self.claim_music(session)
            self.when_bound(start_bed)

        def on_paused(paused: bool) -> None:
            if self._music_owner is session and self.available:
                if paused:
                    self.output.pause_music()
                else:
                    self.output.resume_music()
                    self.wake()

        def on_finished(_completed: bool) -> None:
            if self._music_owner is session and self.available:
                self.output.stop_music(fade_out_s=BED_FADE_OUT_S)

        session.started.connect(on_started)
        session.paused_changed.connect(on_paused)
        session.finished.connect(on_finished)


_NOT_YET = SilentAudio(SoundProblem.STARTING.value)
