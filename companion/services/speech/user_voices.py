"""Adding and removing the natural voices a user has (a Piper ``.onnx`` with its
``.onnx.json``): checked, copied into the data folder owner-only, removable.

The files are checked where they are (regular files, sizes, a config Piper can use), then
copied under hidden names into ``<data>/voices/`` (O_EXCL, O_NOFOLLOW, 0600); the worker
loads *the copy* and speaks a test line with it, and only then is it renamed into place,
so what was checked is what stays. Nothing here loads an engine: the worker does.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import Any, Protocol

from companion.services.paths import PRIVATE_FILE, private_dir
from companion.services.speech.voices import (
    MAX_CARD_BYTES,
    MAX_CONFIG_BYTES,
    MAX_MODEL_BYTES,
    MIN_MODEL_BYTES,
    PIPER_PREFIX,
    Voice,
    VoiceFileError,
    bundled_voice_files,
    check_regular,
    read_config,
    safe_id,
    user_voice_files,
)

_CHUNK = 1 << 20


class Checker(Protocol):
    """What adding a voice needs from the speech service (``SpeechRenderer``)."""

    def check_voice(self, model: Path, config: Path, sample: Path) -> dict[str, Any]: ...

    def refresh_voices(self) -> None: ...


def companion_files(model: Path) -> tuple[Path, Path | None]:
    """The config beside a model (``x.onnx.json``) and its MODEL_CARD, if there is one."""
    config = model.with_name(f"{model.name}.json")
    stem = model.name.removesuffix(".onnx")
    for card in (model.with_name(f"{stem}.MODEL_CARD"), model.with_name("MODEL_CARD")):
        if card.is_file():
            return config, card
    return config, None


def add_voice(checker: Checker, model: Path, folder: Path, sample: Path) -> Voice:
    """Check the voice whose model is ``model``, keep a copy in ``folder`` and return it.

    ``sample`` receives the test line in the new voice (for the user to hear). Raises
    :class:`VoiceFileError` with a ``voice.*`` code; leaves nothing behind when it does.
    """
    if model.suffix.lower() != ".onnx":
        raise VoiceFileError("voice.model-not-a-file", model.name)
    config, card = companion_files(model)
    check_regular(model, MIN_MODEL_BYTES, MAX_MODEL_BYTES, "voice.model")
    read_config(config)  # the settings Piper needs, before anything is copied
    stem = safe_id(model.name[: -len(".onnx")])
    taken = {f.voice.id for f in (*bundled_voice_files(), *user_voice_files(folder))}
    if PIPER_PREFIX + stem in taken:
        raise VoiceFileError("voice.exists", stem)
    private_dir(folder)
    tag = uuid.uuid4().hex
    staged = {
        "model": folder / f".{tag}-{stem}.onnx",
        "config": folder / f".{tag}-{stem}.onnx.json",
        "card": folder / f".{tag}-{stem}.MODEL_CARD",
    }
    try:
        try:
            copy_private(model, staged["model"], MAX_MODEL_BYTES)
            copy_private(config, staged["config"], MAX_CONFIG_BYTES)
            if card is not None:
                copy_private(card, staged["card"], MAX_CARD_BYTES)
        except OSError as exc:
            raise VoiceFileError("voice.cannot-copy", str(exc)) from exc
        reply = checker.check_voice(staged["model"], staged["config"], sample)
        if not reply.get("ok"):
            raise VoiceFileError(str(reply.get("code") or "voice.does-not-load"), "")
        if not float(reply.get("seconds") or 0.0) > 0.0:
            raise VoiceFileError("voice.silent", "")
        final = {
            "model": folder / f"{stem}.onnx",
            "config": folder / f"{stem}.onnx.json",
            "card": folder / f"{stem}.MODEL_CARD",
        }
        if any(p.exists() for p in final.values()):
            raise VoiceFileError("voice.exists", stem)
        for key in ("card", "config", "model"):  # the model last: it makes the voice appear
            if staged[key].exists():
                os.rename(staged[key], final[key])
    finally:
        for path in staged.values():
            with contextlib.suppress(OSError):
                path.unlink()
    checker.refresh_voices()
    found = [f.voice for f in user_voice_files(folder) if f.voice.id == PIPER_PREFIX + stem]
    if not found:
        raise VoiceFileError("voice.does-not-load", stem)
    return found[0]


def remove_voice(checker: Checker, voice: Voice, folder: Path) -> None:
    """Delete a voice the user added (its files in ``folder``); bundled voices stay."""
    if not voice.mine or not voice.id.startswith(PIPER_PREFIX):
        raise ValueError(f"{voice.id} is not a voice the user added")
    stem = voice.id.removeprefix(PIPER_PREFIX)
    if safe_id(stem) != stem:
        raise ValueError(f"unexpected voice id {voice.id!r}")
    for name in (f"{stem}.onnx", f"{stem}.onnx.json", f"{stem}.MODEL_CARD"):
        (folder / name).unlink(missing_ok=True)
    checker.refresh_voices()


def copy_private(source: Path, target: Path, limit: int) -> None:
    """Copy a regular file of at most ``limit`` bytes into a new owner-only ``target``
    (created with O_EXCL and O_NOFOLLOW: nothing already there is followed or overwritten)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with open(source, "rb") as reader:
        if not _is_regular(reader.fileno()):
            raise OSError(f"{source.name} is not a regular file")
        fd = os.open(target, flags, PRIVATE_FILE)  # ours from here on: removed if it fails
        try:
            with os.fdopen(fd, "wb") as writer:
                copied = 0
                while chunk := reader.read(_CHUNK):
                    copied += len(chunk)
                    if copied > limit:
                        raise OSError(f"{source.name} grew past {limit} bytes")
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise


def _is_regular(fd: int) -> bool:
    import stat

    return stat.S_ISREG(os.fstat(fd).st_mode)
