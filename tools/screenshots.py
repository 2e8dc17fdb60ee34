"""Render the docs' screenshots: ``python tools/screenshots.py [FOLDER]`` (default ``docs``).

Runs the real window at the size it first opens (960×760) and walks it with the same tour as
the accessibility walk (``tests/helpers/a11y_tour.py``), so every picture shows a state the
tests check. Use Xvfb (``xvfb-run -a python tools/screenshots.py docs``) or
``QT_QPA_PLATFORM=offscreen``. Writes, into FOLDER:

- the README's pictures (light theme, 100 % text, a few in the night theme);
- ``shots/<page>-night.png`` and ``shots/<page>-200.png``: the first view of every page in the
  night theme and at 200 % text;
- ``report.png``: the first page of the care-team PDF of the sample history;
- ``es-*.png`` and ``de-*.png``: home, a breathing session and a script playing in Spanish and
  German, light and night, 100 % and 200 % (``--languages`` renders only these).

Everything runs in a throw-away data folder with the tour's sample sessions.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
TMP = Path(tempfile.mkdtemp(prefix="companion-shots-"))
for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[key] = str(TMP / key.lower())
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton, QWidget  # noqa: E402

from companion.core.preferences import Preferences  # noqa: E402
from companion.services.history.data import HistoryData, HistoryFilter  # noqa: E402
from companion.services.history.report import build_report  # noqa: E402
from companion.services.store import Store  # noqa: E402
from companion.sessions.state import AppState  # noqa: E402
from companion.ui.common.theme import apply_theme  # noqa: E402
from companion.ui.common.translations import install_translations  # noqa: E402
from companion.ui.history.report_pdf import write_pdf  # noqa: E402
from companion.ui.shell.window import FIRST_SIZE, MainWindow  # noqa: E402
from tests.helpers import history_sample  # noqa: E402
from tests.helpers.a11y_tour import TOURS, TourContext  # noqa: E402
from tests.helpers.fakes import FakeClock  # noqa: E402
from tests.helpers.services import make_services  # noqa: E402

# tour view → README picture, in the light theme at 100 % (and the night theme where named)
README = {
    "home, with a notice": "home",
    "breathe: setup": "breathe-setup",
    "breathe: running": "breathe-light",
    "breathe: summary, rating after": "summary",
    "history: the sessions, one chosen": "history",
    "welcome": "welcome",
    "help": "help",
    "listen: the player, the family's playlist playing": "listen-player",
    "listen: editing the family's playlist": "listen-playlist",
    "imagine: choose a script": "imagine-list",
    "imagine: listening (captions only)": "imagine-playing",
    "imagine: editor, with a problem": "imagine-editor",
    "stretch: guiding": "stretch",
    "massage: precautions check": "massage-precautions",
    "listen: how did that land? (and a track marked unsettled twice)": "listen-landing",
    "listen: editing, from lively to calm": "listen-order",
    "quiet time: set-up": "quiet-setup",
    "quiet time: sitting, the time shown": "quiet-light",
    "breathe: start where you are, tapping": "taps",
    "breathe: led from one's own pace": "breathe-led",
    "breathless: step 1 of 6, position": "breathless-1-position-light",
    "breathless: step 2 of 6, fan": "breathless-2-fan-light",
    "breathless: step 3 of 6, out-breath": "breathless-3-out-breath-light",
    "breathless: step 4 of 6, calming-hand": "breathless-4-calming-hand-light",
    "breathless: step 5 of 6, reassure": "breathless-5-reassure-light",
    "breathless: step 6 of 6, plan": "breathless-6-plan-light",
    "breathless: for the carer": "breathless-carer-light",
    "breathless: rest, and the record": "breathless-rest-light",
    "breathless: the plan's own page": "breathless-plan-form-light",
}
NIGHT = {
    "breathe: running": "breathe-night",
    "history: the sessions, one chosen": "history-night",
    "imagine: listening (captions only)": "imagine-night",
    "stretch: guiding": "stretch-night",
    "listen: how did that land? (and a track marked unsettled twice)": "listen-landing-night",
    "quiet time: sitting, the time shown": "quiet-night",
    "breathe: led from one's own pace": "breathe-led-night",
    "breathless: step 1 of 6, position": "breathless-1-position-night",
    "breathless: step 2 of 6, fan": "breathless-2-fan-night",
    "breathless: step 3 of 6, out-breath": "breathless-3-out-breath-night",
    "breathless: step 4 of 6, calming-hand": "breathless-4-calming-hand-night",
    "breathless: step 5 of 6, reassure": "breathless-5-reassure-night",
    "breathless: step 6 of 6, plan": "breathless-6-plan-night",
    "breathless: for the carer": "breathless-carer-night",
}


class Bot:
    """The little of pytest-qt's ``qtbot`` the tour uses, for a script."""

    def __init__(self) -> None:
        self.widgets: list[QWidget] = []

    def addWidget(self, widget: QWidget) -> None:
        self.widgets.append(widget)

    def wait(self, ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def waitUntil(self, condition: Callable[[], object], timeout: int = 10_000) -> None:
        deadline = time.monotonic() + timeout / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the window never reached the state the tour waits for")
            self.wait(20)

    def waitExposed(self, widget: QWidget, timeout: int = 5000) -> None:
        self.waitUntil(widget.isVisible, timeout)

    def mouseClick(self, widget: QWidget, button: object, *args: object) -> None:
        QTest.mouseClick(widget, button, *args)  # type: ignore[arg-type]

    def keyClick(self, widget: QWidget, key: object, *args: object) -> None:
        QTest.keyClick(widget, key, *args)  # type: ignore[arg-type]


def walk(
    app: QApplication,
    theme: str,
    scale: int,
    keep: Callable[[str, QImage], None],
    pages: tuple[str, ...] = (),
    tag: str = "",
) -> None:
    """Open a fresh window in ``theme`` at ``scale`` % and hand every toured view (of
    ``pages``, or all) to ``keep``."""
    folder = TMP / f"{tag}{theme}-{scale}"
    folder.mkdir()
    apply_theme(app, theme, scale)
    state = AppState(Preferences(theme=theme, text_scale=scale, welcome_done=True), None)
    store = Store.open(folder / "history.db")
    clock = FakeClock()
    services = make_services(state, store, clock, folder)
    window = MainWindow(services)
    window.resize(*FIRST_SIZE)
    window.show()
    bot = Bot()
    bot.waitExposed(window)
    ctx = TourContext(window, bot, clock, store)
    for page, visit in TOURS.items():
        if pages and page not in pages:
            continue
        first = True
        for view in visit(ctx):
            for _ in range(3):
                app.processEvents()
            keep(f"{page}|{'first' if first else ''}|{view.name}", view.root.grab().toImage())
            first = False
        for button in window.notices.findChildren(QPushButton):  # the home tour's notice:
            button.click()  # read once, then out of the other pictures
        app.processEvents()
    window.close()
    for widget in bot.widgets:
        widget.close()
    store.close()


def report_png(out: Path) -> None:
    """The care-team PDF of the sample history, its first page as a PNG."""
    import pypdfium2

    store = Store.open(TMP / "report.db")
    history = HistoryData(store)
    history_sample.fill(history)
    pdf = TMP / "report.pdf"
    write_pdf(pdf, build_report(history, HistoryFilter(), datetime.now().astimezone()))
    store.close()
    document = pypdfium2.PdfDocument(str(pdf))
    array = document[0].render(scale=1.25).to_numpy()
    height, width = array.shape[:2]
    image = QImage(array.tobytes(), width, height, array.strides[0], QImage.Format.Format_BGR888)
    image.save(str(out / "report.png"))
    document.close()
    print(out / "report.png")


def access_shots(app: QApplication, out: Path) -> None:
    """One-switch scanning: the ring on Home (light), resting on Pause in a session (night),
    the Less/More panel of a slider (light), a Settings card as a group (night); and a simple
    Home of two tiles."""
    from companion.core.breathing import PRESETS
    from companion.sessions.breathing import BreathingRequest
    from companion.ui.breathe.page import BreathingPage
    from companion.ui.listen.page import ListenPage
    from companion.ui.settings.page import SettingsPage
    from companion.ui.shell.scan_items import Kind

    folder = TMP / "access"
    folder.mkdir()
    apply_theme(app, "light", 100)
    prefs = Preferences(welcome_done=True, switch_access=True)
    state = AppState(prefs, None)
    store = Store.open(folder / "history.db")
    clock = FakeClock()
    window = MainWindow(make_services(state, store, clock, folder))
    window.resize(*FIRST_SIZE)
    window.scanner.stepping = False  # the ring stays where each picture wants it
    window.show()
    window.activateWindow()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.scanner.sync()
        app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    window.open("home")
    shot("switch-home-light")
    apply_theme(app, "night", 100)
    breathing = window.page(BreathingPage)
    window.open("breathe", BreathingRequest(PRESETS["calm"].pattern, "calm", 180.0))
    session = breathing.session
    assert session is not None
    clock.advance(3.2)  # late in the in-breath
    session.poll()
    breathing.refresh_run(session)
    shot("switch-breathe-night")
    breathing.stop()
    apply_theme(app, "light", 100)
    window.open("listen")
    listen = window.page(ListenPage)
    scanner = window.scanner
    scanner.sync()
    for _ in range(80):  # step the ring to the volume, press: its panel opens
        if scanner.current is not None and scanner.current.widget is listen.view.volume:
            break
        scanner.advance()
    scanner.select()
    shot("switch-panel-light")
    scanner.back()
    apply_theme(app, "night", 100)
    window.open("settings")
    settings = window.page(SettingsPage)
    scanner.sync()
    for _ in range(80):  # the ring on the access card, a group: one press goes into it
        current = scanner.current
        group = current is not None and current.kind is Kind.GROUP
        if group and current.widget.isAncestorOf(settings.access):
            break
        scanner.advance()
    shot("switch-settings-night")
    apply_theme(app, "light", 100)
    state.update(switch_access=False, simple_home=True, home_tiles=("breathe", "calm"))
    window.open("home")
    shot("home-simple")
    window.close()
    store.close()


def voice_shots(app: QApplication, out: Path) -> None:
    """Settings → Voices with the real speech worker (light, night) and Imagine's recorder."""
    import math
    import wave

    from companion.services.recordings import LINE, RecordingStore
    from companion.services.speech import SpeechRenderer
    from companion.ui.imagine.page import ImaginePage
    from companion.ui.settings.page import SettingsPage

    folder = TMP / "voices"
    folder.mkdir()
    apply_theme(app, "light", 100)
    state = AppState(Preferences(welcome_done=True), None)
    store = Store.open(folder / "history.db")
    services = make_services(state, store, FakeClock(), folder)
    speech = SpeechRenderer(folder / "cache", voices_dir=folder / "voices")
    services.speech = speech
    window = MainWindow(services)
    window.resize(*FIRST_SIZE)
    window.show()

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    settings = window.page(SettingsPage)
    settings.voices.services.speech = speech
    window.open("settings", "voices")
    deadline = time.monotonic() + 30
    while settings.voices.list.count() == 0 and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    settings.scroller.reveal(settings.voices_card)
    shot("settings-voices-light")
    apply_theme(app, "night", 100)
    shot("settings-voices-night")
    apply_theme(app, "light", 100)
    speech.close()
    page = window.page(ImaginePage)
    window.open("imagine")
    deadline = time.monotonic() + 30
    while not page._loaded and time.monotonic() < deadline:  # the list loads on a worker
        app.processEvents()
        time.sleep(0.02)
    entry = page.library.get("warm-light")
    assert entry is not None
    take = folder / "take.wav"
    with wave.open(str(take), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(22050)
        frames = (int(5000 * math.sin(i / 7) * math.sin(i / 9000)) for i in range(66150))
        handle.writeframes(b"".join(f.to_bytes(2, "little", signed=True) for f in frames))
    recordings = RecordingStore(store)
    for sentence in entry.script.sentences[:3]:
        recordings.save(LINE, entry.id, sentence.text, "Anna", take.read_bytes())
    page.chooser.record_requested.emit(entry.id)
    page.recording.panel.meter.setValue(46)
    page.recording.panel.status.setText("Recording… speak now, then press Stop.")
    page.recording.panel.record_button.setText("Stop")
    shot("imagine-recording")
    apply_theme(app, "night", 100)
    shot("imagine-recording-night")
    apply_theme(app, "light", 100)
    page.recording.done_button.click()
    window.close()
    store.close()


# The views shown in Spanish and German (docs/translating.md), by tour view.
LANGUAGE_VIEWS = {
    "home, with a notice": "home",
    "breathe: running": "breathe",
    "imagine: listening (captions only)": "imagine-playing",
}


def language_shots(app: QApplication, out: Path) -> None:
    """Home, a breathing session and a script playing in each language, light and night, at
    100 % and 200 %: ``docs/<language>-home.png``, ``…-night.png``, ``…-200.png``."""
    for language in ("es", "de"):
        install_translations(app, language, again=True)
        for theme, scale in (("light", 100), ("night", 100), ("light", 200), ("night", 200)):
            suffix = ("" if theme == "light" else "-night") + ("" if scale == 100 else "-200")

            def keep(key: str, image: QImage, suffix: str = suffix, lang: str = language) -> None:
                name = key.split("|", 2)[2]
                if name in LANGUAGE_VIEWS:
                    path = out / f"{lang}-{LANGUAGE_VIEWS[name]}{suffix}.png"
                    image.save(str(path))
                    print(path)

            walk(app, theme, scale, keep, ("home", "breathe", "imagine"), f"{language}-")
    install_translations(app, "en", again=True)


def main(out: Path, only_languages: bool = False) -> None:
    """Write every picture into ``out``."""
    (out / "shots").mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Companion")
    install_translations(app, "en")  # the English pictures, whatever this machine speaks
    if only_languages:
        language_shots(app, out)
        return

    def save(image: QImage, name: str) -> None:
        path = out / f"{name}.png"
        image.save(str(path))
        print(path)

    def readme(key: str, image: QImage) -> None:
        name = key.split("|", 2)[2]
        if name in README:
            save(image, README[name])

    def night(key: str, image: QImage) -> None:
        page, first, name = key.split("|", 2)
        if name in NIGHT:
            save(image, NIGHT[name])
        if first:
            save(image, f"shots/{page}-night")

    def large(key: str, image: QImage) -> None:
        page, first, _name = key.split("|", 2)
        if first:
            save(image, f"shots/{page}-200")

    walk(app, "light", 100, readme)
    walk(app, "night", 100, night)
    walk(app, "light", 200, large)
    access_shots(app, out)
    voice_shots(app, out)
    report_png(out)
    language_shots(app, out)


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(Path(arguments[0] if arguments else "docs"), "--languages" in sys.argv)
