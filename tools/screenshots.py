"""Render the README's screenshots into a folder: ``python tools/screenshots.py docs``.

Runs the real window (use Xvfb for an X server: ``xvfb-run -a python tools/screenshots.py docs``,
or ``QT_QPA_PLATFORM=offscreen``) with a throw-away data folder and a few sample sessions.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
TMP = Path(tempfile.mkdtemp(prefix="companion-shots-"))
for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[key] = str(TMP / key.lower())
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from companion.app import build_services  # noqa: E402
from companion.cli.listen import sync_bundled  # noqa: E402
from companion.core.breathing import PRESETS  # noqa: E402
from companion.core.listen.playlists import Playlist, Track  # noqa: E402
from companion.core.preferences import Preferences  # noqa: E402
from companion.core.sessions import Activity, Rating, SessionRecord, Who  # noqa: E402
from companion.services.audio.output import open_audio  # noqa: E402
from companion.services.audio.soundscapes import soundscapes  # noqa: E402
from companion.services.history.data import HistoryData, HistoryFilter  # noqa: E402
from companion.services.history.report import build_report  # noqa: E402
from companion.services.paths import AppPaths  # noqa: E402
from companion.services.store import Store  # noqa: E402
from companion.sessions.breathing import BreathingRequest  # noqa: E402
from companion.sessions.state import AppState  # noqa: E402
from companion.ui.breathe.page import BreathingPage  # noqa: E402
from companion.ui.common.page import Services  # noqa: E402
from companion.ui.common.theme import apply_theme  # noqa: E402
from companion.ui.history.report_pdf import write_pdf  # noqa: E402
from companion.ui.imagine.page import ImaginePage  # noqa: E402
from companion.ui.listen.page import ListenPage  # noqa: E402
from companion.ui.massage.page import MassagePage  # noqa: E402
from companion.ui.shell.window import MainWindow  # noqa: E402
from companion.ui.stretch.page import StretchPage  # noqa: E402


class StillClock:
    """A clock the screenshots set by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def services_for(state: AppState, store: Store, clock: StillClock) -> Services:
    """The app's services over the sample history, on the still clock."""
    paths = AppPaths(TMP / "data", TMP / "config", TMP / "cache")
    return build_services(state, store, paths, now=clock)


def sample_history(store: Store) -> None:
    """A fortnight of plausible sessions."""
    now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    plan = [
        (0, 1, 300, True),
        (1, 3, 180, True),
        (1, 14, 95, False),
        (2, 12, 180, True),
        (4, 1, 600, True),
        (5, 13, 180, True),
        (8, 2, 240, False),
        (9, 12, 180, True),
    ]
    history = HistoryData(store)
    for days_ago, hours_ago, seconds, done in plan:
        started = now - timedelta(days=days_ago, hours=hours_ago)
        sid = store.add(
            SessionRecord(
                Activity.BREATHING,
                "calm" if seconds != 95 else "gentle",
                started,
                duration_s=seconds,
                planned_s=180,
                completed=done,
            )
        )
        if done:
            anxiety = 5 + days_ago % 3
            history.set_ratings(sid, "before", [Rating("before", "anxiety", anxiety)], Who.PATIENT)
            history.set_ratings(sid, "after", [Rating("after", "anxiety", anxiety - 2)])
    for days_ago in range(14, 50, 2):  # earlier weeks: breathing and listening
        started = now - timedelta(days=days_ago, hours=days_ago % 5)
        activity = Activity.LISTENING if days_ago % 3 == 0 else Activity.BREATHING
        sid = store.add(
            SessionRecord(activity, "calm", started, duration_s=300 + 60 * (days_ago % 4),
                          planned_s=300, completed=True)
        )  # fmt: skip
        anxiety = 6 + days_ago // 20
        history.set_ratings(sid, "before", [Rating("before", "anxiety", anxiety)], Who.FAMILY)
        history.set_ratings(sid, "after", [Rating("after", "anxiety", anxiety - 2)])
        if days_ago == 20:
            history.set_session_note(sid, "Fell asleep afterwards")
    history.set_day_note(now.date() - timedelta(days=3), "New pain medication started")


def report_png(store: Store, out: Path) -> None:
    """The care-team PDF of the sample history, its first page as a PNG."""
    import pypdfium2

    pdf = TMP / "report.pdf"
    report = build_report(HistoryData(store), HistoryFilter(), datetime.now().astimezone())
    write_pdf(pdf, report)
    document = pypdfium2.PdfDocument(str(pdf))
    bitmap = document[0].render(scale=1.25)
    array = bitmap.to_numpy()
    h, w = array.shape[:2]
    image = QImage(array.tobytes(), w, h, array.strides[0], QImage.Format.Format_BGR888)
    image.save(str(out / "report.png"))
    document.close()
    print(out / "report.png")


def sample_playlist(store: Store) -> None:
    """A family playlist: some soundscapes under the family's titles, one file gone."""
    playlists, _ = sync_bundled(store)
    sounds = soundscapes()
    tracks = [
        Track(str(sounds[2].path), "Evening pad", "Recorded at home", sounds[2].length_s),
        Track(str(sounds[5].path), "Music box lullaby", "Anna", sounds[5].length_s),
        Track("/media/usb/Favourites/Clair de lune.mp3", "Clair de lune", "Debussy", 300.0),
        Track(str(sounds[3].path), "Singing bowls", "Companion", sounds[3].length_s),
    ]
    playlists.save(Playlist("Evening music", tracks))


def imagine_shots(app: QApplication, window: MainWindow, clock: StillClock, shot, theme) -> None:
    """Imagine: a script playing (captions, light and night) and the editor with an error."""
    from tests.helpers.speech_fakes import FakeSpeech

    window.services.speech = FakeSpeech(TMP / "speech")
    page = window.page(ImaginePage)
    window.open("imagine")
    while not page._loaded:
        app.processEvents()
    shot("imagine-list")
    page.no_music = True
    page.play("warm-light")
    session = page.session
    assert session is not None
    while session.narration.waiting or session.narration.index < 0:
        app.processEvents()
        session.poll()
    while session.narration.index < 2:  # a little way in: a full sentence on screen
        clock.now += 0.25
        session.poll()
        app.processEvents()
    page.refresh_run(session)
    shot("imagine-playing")
    theme("night")
    shot("imagine-night")
    theme("light")
    page.stop()
    page.chooser.list.setCurrentRow(0)
    page.chooser.copy_button.click()
    while page.stack.currentIndex() != 3:
        app.processEvents()
    text = page.editor.text.toPlainText().replace("[pause 4]", "[pause for a while]", 1)
    page.editor.text.setPlainText(text)
    page.editor.check()
    page.editor._move_to_line(12)
    shot("imagine-editor")
    window.open("home")


def voice_shots(app: QApplication, window: MainWindow, shot, theme) -> None:  # type: ignore[no-untyped-def]
    """Settings → Voices with the real speech worker (light, night) and Imagine's recorder."""
    import math
    import wave

    from companion.services.recordings import LINE, RecordingStore
    from companion.services.speech import SpeechRenderer
    from companion.ui.settings.page import SettingsPage

    speech = SpeechRenderer(TMP / "cache", voices_dir=TMP / "data" / "voices")
    window.services.speech = speech
    settings = window.page(SettingsPage)
    settings.voices.services.speech = speech
    window.open("settings", "voices")
    deadline = time.monotonic() + 30
    while settings.voices.list.count() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    settings.scroller.reveal(settings.voices_card)
    for _ in range(5):
        app.processEvents()
    shot("settings-voices-light")
    theme("night")
    shot("settings-voices-night")
    theme("light")
    speech.close()
    page = window.page(ImaginePage)
    entry = page.library.get("warm-light")
    assert entry is not None
    take = TMP / "take.wav"
    with wave.open(str(take), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(22050)
        frames = (int(5000 * math.sin(i / 7) * math.sin(i / 9000)) for i in range(66150))
        handle.writeframes(b"".join(f.to_bytes(2, "little", signed=True) for f in frames))
    store = window.services.recordings
    assert store is not None
    for sentence in entry.script.sentences[:3]:
        store.save(LINE, entry.id, sentence.text, "Anna", take.read_bytes())
    window.open("imagine")
    page.chooser.record_requested.emit(entry.id)
    page.recording.panel.meter.setValue(46)
    page.recording.panel.status.setText("Recording… speak now, then press Stop.")
    page.recording.panel.record_button.setText("Stop")
    shot("imagine-recording")
    theme("night")
    shot("imagine-recording-night")
    theme("light")
    page.recording.done_button.click()
    window.open("home")


def main(out: Path) -> None:
    """Write home, breathing (light, night), summary and history screenshots into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    store = Store.open(TMP / "history.db")
    sample_history(store)
    state = AppState(Preferences(), None)
    clock = StillClock()
    window = MainWindow(services_for(state, store, clock))
    window.resize(960, 760)

    def theme(name: str) -> None:
        apply_theme(app, name, 100)

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    theme("light")
    window.show()
    shot("home")
    window.open("breathe")
    shot("breathe-setup")
    breathing = window.page(BreathingPage)
    window.open("breathe", BreathingRequest(PRESETS["calm"].pattern, "calm", 180.0))
    session = breathing.session
    assert session is not None
    clock.now = 3.2  # late in the in-breath: a nearly full circle
    session.poll()
    breathing.refresh_run(session)
    shot("breathe-light")
    theme("night")
    clock.now = 7.0  # mid out-breath
    session.poll()
    breathing.refresh_run(session)
    shot("breathe-night")
    theme("light")
    clock.now = 180.0
    session.poll()
    shot("summary")
    window.resize(1100, 980)
    window.open("history")
    shot("history")
    theme("night")
    shot("history-night")
    theme("light")
    report_png(store, out)
    sample_playlist(store)
    window.services.sound.bind(open_audio())
    window.play_calm_music()
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:  # let the fade-in and the position move on
        app.processEvents()
        time.sleep(0.02)
    listen = window.page(ListenPage)
    listen.bar.refresh()
    shot("listen-player")
    listen.refresh(select="Evening music")
    listen.tracks.setCurrentRow(2)
    shot("listen-playlist")
    window.services.player.stop()
    stretch_shots(app, window, clock, shot, theme)
    theme("light")
    window.open("welcome")
    shot("welcome")
    window.open("help")
    shot("help")
    imagine_shots(app, window, clock, shot, theme)
    voice_shots(app, window, shot, theme)
    window.close()
    a11y_shots(app, state, store, clock, out)
    store.close()


def a11y_shots(
    app: QApplication, state: AppState, store: Store, clock: StillClock, out: Path
) -> None:
    """Text at 200 % in the smallest window: home, breathing setup, the Imagine list (light)."""
    apply_theme(app, "light", 200)
    state.update(text_scale=200)
    window = MainWindow(services_for(state, store, clock))
    window.resize(window.minimumSize())
    window.show()
    app.processEvents()
    for name, page in (
        ("a11y-200-home", "home"),
        ("a11y-200-breathe", "breathe"),
        ("a11y-200-imagine", "imagine"),
    ):
        window.open(page)
        deadline = time.monotonic() + 2.0
        while time.monotonic() < deadline and not window.page(ImaginePage)._loaded:
            app.processEvents()  # the script list loads on a worker
            if name != "a11y-200-imagine":
                break
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    window.close()
    apply_theme(app, "light", 100)
    state.update(text_scale=100)


def stretch_shots(app: QApplication, window: MainWindow, clock: StillClock, shot, theme) -> None:  # type: ignore[no-untyped-def]
    """A stretch in motion (light and night) and the massage precautions check."""
    stretch = window.page(StretchPage)
    state = stretch.stretch_state
    while not state.loaded:
        app.processEvents()
    clock.now = 1000.0
    window.open("stretch", "whole-body-5min")
    assert stretch.session is not None
    clock.now += 2.6  # well into the first in-breath: shoulders lifting
    stretch.session.poll()
    shot("stretch")
    theme("night")
    clock.now += 39.5  # tipping the head on the first neck tilt
    stretch.session.poll()
    shot("stretch-night")
    theme("light")
    stretch.stop()
    state.update(answers={"swelling": "yes", "iv-lines": "unsure"}, answered_on="2026-11-20")
    massage = window.open("massage")
    assert isinstance(massage, MassagePage)
    for group in massage.answer_groups.values():
        if group.checkedButton() is None:
            [no] = [b for b in group.buttons() if b.property("key") == "no"]
            no.click()
    app.processEvents()
    massage.setup_scroll.ensureWidgetVisible(massage.advice)
    shot("massage-precautions")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
