"""Where Companion keeps its files, and keeping them private to the user."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from companion import APP_NAME

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


@dataclass(frozen=True)
class AppPaths:
    """The data, config and cache folders (XDG on Linux)."""

    data: Path
    config: Path
    cache: Path

    @classmethod
    def default(cls) -> AppPaths:
        """Folders from platformdirs for the app name ``companion``."""
        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @property
    def database(self) -> Path:
        """The history database."""
        return self.data / "history.db"

    @property
    def voices(self) -> Path:
        """The natural voices the user added (``<id>.onnx`` and ``<id>.onnx.json``)."""
        return self.data / "voices"

    @property
    def settings(self) -> Path:
        """The settings file."""
        return self.config / "settings.json"


def assets_dir() -> Path:
    """The bundled assets: in a frozen app, beside the package in a checkout, or under share/."""
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "assets" if hasattr(sys, "_MEIPASS") else None,
        Path(__file__).resolve().parents[2] / "assets",
        Path(sys.prefix) / "share" / APP_NAME / "assets",  # a wheel's data-files
    ]
    found = [c for c in candidates if c is not None and c.is_dir()]
    return found[0] if found else Path(__file__).resolve().parents[2] / "assets"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed, readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR)
    return path


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (no-op where POSIX modes do not apply)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, PRIVATE_FILE)


def move_aside(path: Path, reason: str) -> Path:
    """Rename ``path`` to ``<name>.<reason>-<timestamp>`` beside it and return the new path.

    Used for files the app cannot read: they are never deleted or overwritten.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{n}")
    path.rename(target)
    return target


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` atomically to ``path`` with owner-only permissions."""
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    make_private(path)
