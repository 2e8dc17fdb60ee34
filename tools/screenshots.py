"""Render the README's screenshots into a folder: ``python tools/screenshots.py docs``.

Runs the real window (use Xvfb for an X server: ``xvfb-run -a python tools/screenshots.py docs``,
or ``QT_QPA_PLATFORM=offscreen``) with a throw-away data folder and a few sample sessions.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
TMP = Path(tempfile.mkdtemp(prefix="companion-shots-"))
for key in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[key] = str(TMP / key.lower())
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

from PySide6.QtWidgets import QApplication  # noqa: E402

from companion.core.breathing import PRESETS  # noqa: E402
from companion.core.preferences import Preferences  # noqa: E402
from companion.core.sessions import Activity, SessionRecord  # noqa: E402
from companion.services.store import Store  # noqa: E402
from companion.ui.main_window import MainWindow  # noqa: E402
from companion.ui.state import AppState  # noqa: E402
from companion.ui.theme import apply_theme  # noqa: E402


class StillClock:
    """A clock the screenshots set by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


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
    for days_ago, hours_ago, seconds, done in plan:
        started = now - timedelta(days=days_ago, hours=hours_ago)
        store.add(
            SessionRecord(
                Activity.BREATHING,
                "calm" if seconds != 95 else "gentle",
                started,
                duration_s=seconds,
                planned_s=180,
                completed=done,
            )
        )


def imagine_shots(app: QApplication, window: MainWindow, clock: StillClock, shot, theme) -> None:
    """Imagine: a script playing (captions, light and night) and the editor with an error."""
    from tests.helpers.speech_fakes import FakeSpeech

    page = window.imagine
    page.set_speech(FakeSpeech(TMP / "speech"))
    window.show_imagine()
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
    page._refresh()
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
    window.show_home()


def main(out: Path) -> None:
    """Write home, breathing (light, night), summary and history screenshots into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    store = Store.open(TMP / "history.db")
    sample_history(store)
    state = AppState(Preferences(), None)
    clock = StillClock()
    window = MainWindow(state, store, now=clock)
    window.resize(960, 760)

    def theme(name: str) -> None:
        t = apply_theme(app, name, 100)
        window.breathing.circle.set_colours(t.circle, t.circle_edge)
        window.imagine.circle.set_colours(t.circle, t.circle_edge)

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    theme("light")
    window.show()
    shot("home")
    window.show_breathing()
    shot("breathe-setup")
    window.breathing.start(PRESETS["calm"].pattern, "calm", 180.0)
    clock.now = 3.2  # late in the in-breath: a nearly full circle
    window.breathing.session.poll()
    window.breathing._refresh_text()
    shot("breathe-light")
    theme("night")
    clock.now = 7.0  # mid out-breath
    window.breathing.session.poll()
    window.breathing._refresh_text()
    shot("breathe-night")
    theme("light")
    clock.now = 180.0
    window.breathing.session.poll()
    shot("summary")
    window.show_history()
    shot("history")
    imagine_shots(app, window, clock, shot, theme)
    window.close()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
