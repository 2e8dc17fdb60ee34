"""``companion voices --list``: every voice that can speak, the default marked, no window."""

from __future__ import annotations

import argparse
import sys

from companion.cli.language import cli_language
from companion.services.paths import AppPaths


def run_voices(args: argparse.Namespace) -> int | None:
    """Print ``ID  ENGINE  LANGUAGE  NAME`` per voice (``*`` first on the default's line for
    the interface language) and return 0; without ``--list``, None: Settings opens."""
    if not args.list:
        return None
    from companion.services.speech import SpeechRenderer

    paths = AppPaths.default()
    language = cli_language()
    with SpeechRenderer(paths.cache, voices_dir=paths.voices) as speech:
        voices = speech.voices()
        if not voices:
            print(f"companion: no voice can speak here ({speech.reason})", file=sys.stderr)
            return 1
        default = speech.default_voice(language)
    for voice in sorted(voices, key=lambda v: (not v.natural, v.mine)):
        mark = "*" if default is not None and voice.id == default.id else " "
        print(f"{mark} {voice.id}  {voice.engine}  {voice.language or '-'}  {voice.name}")
    return 0
