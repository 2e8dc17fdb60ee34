"""``companion listen``: time from launch to the first sound; memory over a 2-hour playlist.

Launch to first sound: the real command with SDL's ``disk`` driver (paced in real time)
writing to a file that is polled for the first non-zero sample.

Memory: the bundled Calm playlist on repeat.
The real player, audio pump and pygame mixer run in a child process with SDL's ``disk``
driver writing to /dev/null as fast as it can, so two hours of music pass in about a
minute. The child samples its RSS at every track change; streaming keeps it flat.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
HOURS = 2.0

CHILD = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from companion.core.listen.playlists import Repeat
    from companion.services.audio.output import open_audio
    from companion.services.audio.soundscapes import calm_playlist
    from companion.core.preferences import Preferences
    from companion.services.store import Store
    from companion.sessions.player import Player
    from companion.sessions.sound import SoundPath
    from companion.sessions.state import AppState

    def rss_mb():
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * resource.getpagesize() / 2**20

    target_s = float(sys.argv[1])
    app = QCoreApplication([])
    audio = open_audio()
    assert audio.available, audio.reason
    store = Store.open(Path(sys.argv[2]) / "history.db")
    sound = SoundPath(AppState(Preferences(), None))
    player = Player(store, sound, parent=sound)
    sound.bind(audio)
    playlist = calm_playlist()
    playlist.id = 1
    played = [0.0]
    samples = []
    started = time.perf_counter()

    def changed(index):
        samples.append((played[0], rss_mb()))
        if index is None:
            app.quit()
            return
        if played[0] >= target_s:
            player.stop()
            return
        played[0] += playlist.tracks[index].duration_s

    player.track_changed.connect(changed)
    player.set_repeat(Repeat.ALL)
    player.play(playlist)
    QTimer.singleShot(600_000, app.quit)
    app.exec()
    print(json.dumps({"samples": samples, "wall": time.perf_counter() - started}))
    """
)


def _first_sound_s(tmp: Path) -> float:
    """Seconds from starting ``companion listen`` to its first non-silent sample."""
    import array
    import signal
    import time

    out = tmp / "listen.raw"
    env = dict(os.environ)
    env.update(
        SDL_AUDIODRIVER="disk",
        SDL_DISKAUDIOFILE=str(out),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(REPO),
        XDG_DATA_HOME=str(tmp / "d"),
        XDG_CONFIG_HOME=str(tmp / "c"),
        XDG_CACHE_HOME=str(tmp / "k"),
    )
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "listen"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while time.perf_counter() - started < 30:
            if out.exists():
                data = out.read_bytes()
                samples = array.array("h", data[: len(data) // 2 * 2])
                if any(samples):
                    return time.perf_counter() - started
            time.sleep(0.005)
        raise RuntimeError("no sound within 30 s")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def main() -> None:
    """Print launch-to-first-sound, and start, peak and end RSS over a 2-hour playlist."""
    with tempfile.TemporaryDirectory() as tmp:
        _first_sound_s(Path(tmp) / "warm")  # warm the file cache
        times = sorted(_first_sound_s(Path(tmp) / str(i)) for i in range(3))
    print(
        f"listen: `companion listen` launch to first sound {times[1] * 1000:.0f} ms "
        f"(median of 3, disk driver, includes Python and Qt start-up)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(
            SDL_AUDIODRIVER="disk",
            SDL_DISKAUDIOFILE="/dev/null",
            SDL_DISKAUDIODELAY="0",
            PYGAME_HIDE_SUPPORT_PROMPT="1",
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(REPO),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
        )
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(HOURS * 3600), tmp],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=True,
        ).stdout
    result = json.loads(out.strip().splitlines()[-1])
    samples = result["samples"]
    rss = [mb for _, mb in samples]
    hours = samples[-1][0] / 3600
    print(
        f"listen: {hours:.1f} h of the Calm playlist on repeat ({len(samples)} track changes, "
        f"played through in {result['wall']:.0f} s): RSS start {rss[0]:.1f} MB, "
        f"peak {max(rss):.1f} MB, end {rss[-1]:.1f} MB (growth {max(rss) - rss[0]:.1f} MB)"
    )


if __name__ == "__main__":
    main()
