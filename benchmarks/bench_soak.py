"""Soak: does memory stay flat over a night?

Simulated (``--hours``, default 8, on a fake clock, in seconds of real time):

* breathing: the real BreathingPage with its session, pacer, cues (silent output) and history
  record, driven boundary by boundary as its single-shot timer asks, each wake-up a little
  late; a checkpoint every 3 s as the recorder's timer would; the circle rendered to an
  image every 10 simulated seconds.
* listening: the real Player (play order with shuffle and repeat-all, history record) on the
  bundled Calm playlist through an audio output that ends each track on the fake clock; a
  45-minute sleep timer, set again each time it has faded the music out.

Python memory is traced with tracemalloc (after a 30-minute warm-up) and printed per hour.

Real (``--real-minutes``, default 10, only in ``make bench``): the breathing circle and the
stretch figure animate in a real offscreen window, half the time each, and the process's
resident memory is sampled every 30 s; start, peak and end are printed.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WARM_UP_S = 30 * 60.0
# A single traced block this big that was not there at the baseline is an interpreter table
# reallocated (e.g. the interned-strings dict, allocated before tracing began), not growth.
ONE_OFF_BYTES = 256 * 1024
CHECKPOINT_S = 3.0


@dataclass
class SoakResult:
    """Figures from one simulated soak."""

    name: str
    hours: float
    events: int = 0  # phases, or tracks started
    checkpoints: int = 0
    sessions: int = 0  # history rows written
    wall_s: float = 0.0
    traced_kb: list[float] = field(default_factory=list)  # after warm-up, then each hour
    growth_kb: float = 0.0  # end minus after warm-up
    one_off_kb: float = 0.0  # of which one-off reallocations of interpreter tables
    rss_mb: list[float] = field(default_factory=list)  # alongside traced_kb
    top_growth: list[str] = field(default_factory=list)
    checks: dict[str, object] = field(default_factory=dict)

    def line(self) -> str:
        """One printed line."""
        hourly = " ".join(f"{kb:.0f}" for kb in self.traced_kb)
        return (
            f"soak {self.name}: {self.hours:g} h simulated in {self.wall_s:.1f} s, "
            f"{self.events} {'phases' if self.name == 'breathing' else 'tracks'}, "
            f"{self.checkpoints} checkpoints, {self.sessions} session(s); Python memory "
            f"after warm-up then hourly (KB): {hourly}; growth {self.growth_kb:+.1f} KB "
            f"(+{self.one_off_kb:.0f} KB one-off table reallocation); RSS "
            f"{self.rss_mb[0]:.1f} -> max {max(self.rss_mb):.1f} -> {self.rss_mb[-1]:.1f} MB"
        )


class _Meter:
    """tracemalloc readings: a baseline after warm-up, then one per simulated hour."""

    def __init__(self, result: SoakResult) -> None:
        self.result = result
        self.baseline: tracemalloc.Snapshot | None = None
        self.next_hour = WARM_UP_S
        self.next_minute = 60.0

    def maybe_sample(self, now_s: float) -> None:
        if now_s >= self.next_minute:  # what the event loop would do: deferred deletes
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.next_minute += 60.0
        if now_s < self.next_hour:
            return
        gc.collect()
        self.result.traced_kb.append(tracemalloc.get_traced_memory()[0] / 1024)
        self.result.rss_mb.append(_rss_mb())
        if self.baseline is None:
            self.baseline = tracemalloc.take_snapshot()
            self.next_hour = 3600.0
        else:
            self.next_hour += 3600.0

    def finish(self) -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        self.result.traced_kb.append(tracemalloc.get_traced_memory()[0] / 1024)
        self.result.rss_mb.append(_rss_mb())
        if self.baseline is not None:
            diff = tracemalloc.take_snapshot().compare_to(self.baseline, "lineno")
            one_off = [d for d in diff if d.count == 1 and d.count_diff == 1]
            one_off = [d for d in one_off if d.size >= ONE_OFF_BYTES]
            self.result.one_off_kb = sum(d.size_diff for d in one_off) / 1024
            self.result.top_growth = [str(d) for d in diff if d not in one_off][:3]
        total = self.result.traced_kb[-1] - self.result.traced_kb[0]
        self.result.growth_kb = total - self.result.one_off_kb


def _app() -> object:
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])


def _services(store: object, clock: object, folder: Path, audio: object = None) -> object:
    """The app's services on a fake clock, the sound path bound to ``audio`` (or silence)."""
    from companion.app import build_services
    from companion.core.preferences import Preferences
    from companion.services.audio.output import SilentAudio
    from companion.services.paths import AppPaths
    from companion.sessions.state import AppState

    paths = AppPaths(folder / "data", folder / "config", folder / "cache")
    services = build_services(AppState(Preferences(), None), store, paths, now=clock)  # type: ignore[arg-type]
    services.sound.bind(audio or SilentAudio("no-device"))  # type: ignore[arg-type]
    return services


def soak_breathing(hours: float, folder: Path, seed: int = 7) -> SoakResult:
    """A breathing session of ``hours`` on a fake clock (open-ended, 4-6)."""
    from PySide6.QtGui import QImage

    from companion.core.breathing import Pattern
    from companion.services.store import Store
    from companion.sessions.breathing import BreathingRequest
    from companion.ui.breathe.page import BreathingPage

    _app()
    result = SoakResult("breathing", hours)
    rng = random.Random(seed)
    now = [1000.0]
    store = Store.open(folder / "breathing.db")
    page = BreathingPage(_services(store, lambda: now[0], folder))  # type: ignore[arg-type]
    page.resize(600, 500)
    image = QImage(600, 500, QImage.Format.Format_ARGB32_Premultiplied)
    tracemalloc.start()
    started = time.perf_counter()
    page.show_request(BreathingRequest(Pattern(4, 6), "calm", None))
    session = page.session
    assert session is not None
    phases = [0]
    session.phase_changed.connect(lambda _p: phases.__setitem__(0, phases[0] + 1))
    meter = _Meter(result)
    end = hours * 3600.0
    next_checkpoint, next_render = CHECKPOINT_S, 10.0
    while session.elapsed() < end:
        wait_s = session._timer.interval() / 1000  # what the session asked for
        target = session.elapsed() + wait_s
        # The checkpoint and paint timers fire in between, as they would.
        while next_checkpoint <= min(target, end) or next_render <= min(target, end):
            if next_checkpoint <= next_render:
                now[0] += next_checkpoint - session.elapsed()
                session.checkpoint()
                result.checkpoints += 1
                next_checkpoint += CHECKPOINT_S
            else:
                now[0] += next_render - session.elapsed()
                page.circle.render(image)
                next_render += 10.0
        now[0] += max(0.0, target - session.elapsed()) + rng.uniform(0.0, 0.004)
        session.poll()
        meter.maybe_sample(session.elapsed())
    meter.finish()
    session.stop()
    result.wall_s = time.perf_counter() - started
    tracemalloc.stop()
    result.events = phases[0]
    [(duration,)] = store.query("SELECT duration_s FROM sessions")
    result.sessions = len(store.query("SELECT id FROM sessions"))
    result.checks = {"saved_s": duration, "frames": page.circle.frames_painted}
    store.close()
    page.deleteLater()
    return result


def _sim_audio(clock: Callable[[], float]) -> object:
    """An audio output whose tracks end on the fake clock (durations from the playlist)."""
    from companion.services.audio.output import AudioEvent, MusicState, SilentAudio

    class SimAudio(SilentAudio):
        def __init__(self) -> None:
            super().__init__("")
            self.lengths: dict[str, float] = {}
            self._path: Path | None = None
            self._started = 0.0
            self._state = MusicState.STOPPED
            self._fade_ends: float | None = None

        @property
        def available(self) -> bool:
            return True

        def load_music(self, path: Path) -> None:
            super().load_music(path)
            self._path, self._state = path, MusicState.STOPPED

        def play_music(self, fade_in_s: float = 3.0, start_s: float = 0.0, loop: bool = False):
            self._started, self._state, self._fade_ends = (
                clock() - start_s,
                MusicState.PLAYING,
                None,
            )

        def pause_music(self, fade_out_s: float = 0.25) -> None:
            self._state = MusicState.PAUSED

        def resume_music(self, fade_in_s: float = 0.5) -> None:
            self._state = MusicState.PLAYING

        def stop_music(self, fade_out_s: float = 0.0) -> None:
            if fade_out_s > 0 and self._state is MusicState.PLAYING:
                self._state, self._fade_ends = MusicState.FADING, clock() + fade_out_s
            else:
                self._state, self._fade_ends = MusicState.STOPPED, None

        def music_position(self) -> float:
            return clock() - self._started if self._state is not MusicState.STOPPED else 0.0

        def music_state(self) -> MusicState:
            return self._state

        def tick(self, now: float | None = None) -> list[AudioEvent]:
            t = clock()
            if self._state is MusicState.FADING and self._fade_ends is not None:
                if t >= self._fade_ends:
                    self._state, self._fade_ends = MusicState.STOPPED, None
                    return [AudioEvent("music_faded_out", self._path)]
            elif (
                self._state is MusicState.PLAYING
                and self._path is not None
                and t - self._started >= self.lengths[str(self._path)]
            ):
                self._state = MusicState.STOPPED
                return [AudioEvent("music_ended", self._path)]
            return []

    return SimAudio()


def soak_player(hours: float, folder: Path, sleep_minutes: float = 45.0) -> SoakResult:
    """The player on shuffle and repeat-all for ``hours``, a sleep timer set again and again."""
    from companion.core.listen.playlists import Repeat
    from companion.core.listen.sleep_timer import SleepTimer
    from companion.services.audio.output import MusicState
    from companion.services.audio.soundscapes import calm_playlist
    from companion.services.listen.playlist_store import PlaylistStore
    from companion.services.store import Store
    from companion.sessions.player import SLEEP_CHECK_MS

    _app()
    result = SoakResult("listening", hours)
    now = [1000.0]
    clock = lambda: now[0]  # noqa: E731
    store = Store.open(folder / "listening.db")
    playlist = calm_playlist()
    PlaylistStore(store).save(playlist)
    audio = _sim_audio(clock)
    audio.lengths = {t.path: t.duration_s or 60.0 for t in playlist.tracks}  # type: ignore[attr-defined]
    services = _services(store, clock, folder, audio)
    player = services.player  # type: ignore[attr-defined]
    player.set_shuffle(True)
    player.set_repeat(Repeat.ALL)
    tracks = [0]
    sleeps = [0]
    player.track_changed.connect(lambda i: tracks.__setitem__(0, tracks[0] + (i is not None)))
    tracemalloc.start()
    started = time.perf_counter()
    meter = _Meter(result)
    step = SLEEP_CHECK_MS / 1000
    end = now[0] + hours * 3600.0
    t0 = now[0]
    since_checkpoint = 0.0
    while now[0] < end:
        if player.state is MusicState.STOPPED:  # asleep: someone starts it again
            player.play(playlist)
            player.set_sleep(SleepTimer.after_minutes(sleep_minutes, now[0]))
            sleeps[0] += 1
        now[0] += step
        for event in audio.tick():  # type: ignore[attr-defined]
            player.on_audio_event(event)
        player._check_sleep()  # the player's own 500 ms timer
        since_checkpoint += step
        if since_checkpoint >= CHECKPOINT_S and player._recorder is not None:
            player._recorder.checkpoint()
            result.checkpoints += 1
            since_checkpoint = 0.0
        meter.maybe_sample(now[0] - t0)
    meter.finish()
    player.shutdown()
    result.wall_s = time.perf_counter() - started
    tracemalloc.stop()
    result.events = tracks[0]
    rows = store.query("SELECT duration_s, completed FROM sessions ORDER BY id")
    result.sessions = len(rows)
    result.checks = {
        "sleeps": sleeps[0],
        "completed": sum(c for _d, c in rows),
        "listened_s": sum(d for d, _c in rows),
        "history_len": len(player.order._history),
    }
    store.close()
    player.deleteLater()
    return result


# -- the real run ------------------------------------------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def real_animation_child(minutes: float) -> None:
    """In a child process: animate the two pages for real, print RSS samples as JSON."""
    import tempfile

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.core.breathing import Pattern
    from companion.services.store import Store
    from companion.sessions.breathing import BreathingRequest
    from companion.ui.breathe.page import BreathingPage
    from companion.ui.common.theme import apply_theme
    from companion.ui.shell.window import MainWindow
    from companion.ui.stretch.page import StretchPage

    app = QApplication(sys.argv[:1])
    apply_theme(app, "light", 100)
    services = _services(Store.in_memory(), time.monotonic, Path(tempfile.mkdtemp()))
    window = MainWindow(services)  # type: ignore[arg-type]
    stretch_state = services.stretch  # type: ignore[attr-defined]
    window.show()
    samples: list[tuple[str, float, float]] = []
    started = time.monotonic()
    half_s = minutes * 30.0

    def page() -> str:
        return "breathing" if time.monotonic() - started < half_s else "stretch"

    def sample() -> None:
        samples.append((page(), time.monotonic() - started, _rss_mb()))

    def switch() -> None:
        window.page(BreathingPage).stop()
        window.open("stretch")
        start_stretch()

    def start_stretch() -> None:
        if not stretch_state.loaded:
            QTimer.singleShot(100, start_stretch)
            return
        session = window.page(StretchPage).session
        if session is None or session.done:  # a routine ends after 5 minutes: again
            window.open("stretch", "whole-body-5min")
        QTimer.singleShot(1000, start_stretch)

    def finish() -> None:
        sample()
        frames = {
            "breathing": window.page(BreathingPage).circle.frames_painted,
            "stretch": window.page(StretchPage).figure.frames_painted,
        }
        print(json.dumps({"samples": samples, "frames": frames}), flush=True)
        window.page(StretchPage).stop()
        app.quit()

    window.open("breathe", BreathingRequest(Pattern(4, 6), "calm", None))
    sample()
    every = QTimer()
    every.setInterval(30_000)
    every.timeout.connect(sample)
    every.start()
    QTimer.singleShot(int(half_s * 1000), switch)
    QTimer.singleShot(int(minutes * 60_000), finish)
    app.exec()


def real_animation(minutes: float) -> None:
    """Run the child and print start/peak/end RSS per page."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **__import__("os").environ,
            "QT_QPA_PLATFORM": "offscreen",
            "SDL_AUDIODRIVER": "dummy",
            "XDG_DATA_HOME": f"{tmp}/data",
            "XDG_CONFIG_HOME": f"{tmp}/config",
            "XDG_CACHE_HOME": f"{tmp}/cache",
            "PYTHONPATH": str(REPO),
        }
        done = subprocess.run(
            [sys.executable, __file__, "--real-child", str(minutes)],
            env=env, capture_output=True, text=True, timeout=minutes * 60 + 120, check=False,
        )  # fmt: skip
    if done.returncode != 0:
        print(f"soak real run failed: {done.stderr[-1500:]}")
        return
    report = json.loads(done.stdout.strip().splitlines()[-1])
    samples = report["samples"]
    rss = [mb for _page, _t, mb in samples]
    print(
        f"soak real {minutes:g} min animated (offscreen; RSS each 30 s, {len(samples)} samples): "
        f"start {rss[0]:.1f} MB, peak {max(rss):.1f} MB, end {rss[-1]:.1f} MB; frames painted "
        f"{report['frames']}"
    )
    for name in ("breathing", "stretch"):
        part = [mb for page, _t, mb in samples if page == name]
        if part:
            print(
                f"  {name}: start {part[0]:.1f} MB, peak {max(part):.1f} MB, end {part[-1]:.1f} MB"
            )


def main() -> None:
    """``python benchmarks/bench_soak.py [--hours H] [--real-minutes M]``."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--hours", type=float, default=8.0)
    parser.add_argument("--real-minutes", type=float, default=10.0)
    parser.add_argument("--real-child", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.real_child:
        real_animation_child(args.real_child)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for soak in (soak_breathing, soak_player):
            result = soak(args.hours, Path(tmp))
            print(result.line())
            print(f"  checks: {result.checks}")
            for line in result.top_growth:
                print(f"  grew: {line}")
    if args.real_minutes > 0:
        real_animation(args.real_minutes)


if __name__ == "__main__":
    main()
