"""pygame's mixer without the rest of pygame, and the whole of it when something asks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import io, sys
from companion.services.audio.lean_pygame import load_mixer
mixer, error = load_mixer()
mixer.init(frequency=44100, size=-16, channels=2, buffer=1024)
heavy = [m for m in ("numpy", "pygame.display", "pygame.font", "pygame.image") if m in sys.modules]
assert not heavy, heavy
sound = mixer.Sound("assets/audio/cues/inhale.wav")
mixer.Channel(0).play(sound)
try:
    mixer.Sound(io.BytesIO(b"not a sound" * 100))
except error:
    pass
else:
    raise AssertionError("pygame.error was not raised")
assert not [m for m in ("numpy", "pygame.display") if m in sys.modules]
import pygame  # a test, the microphone: the whole package, with the same mixer
assert pygame.mixer is mixer and pygame.error is error and mixer.get_init()
assert callable(pygame.init) and "pygame.display" in sys.modules
import pygame._sdl2.audio
print("ok")
"""


def test_the_mixer_loads_alone_and_pygame_whole_later() -> None:
    env = dict(os.environ, SDL_AUDIODRIVER="dummy", PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("ok")
