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

    @property
    def breathless_plan(self) -> Path:
        """The breathlessness action plan the care team wrote."""
        return self.config / "breathless_plan.json"


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
    if os.name == "posix" and path.stat().st_mode & 0o777 != PRIVATE_DIR:
        os.chmod(path, PRIVATE_DIR)  # only when needed: a read-only disk refuses even that
    return path


def make_private(path: Path) -> None:
    """Restrict an existing file to its owner (no-op where POSIX modes do not apply)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, PRIVATE_FILE)


def move_aside(path: Path, reason: str) -> Path:
    """Rename ``path`` to ``<name>.<reason>-<timestamp>`` beside it and return the new path.

    Used for files the app cannot read: they are never deleted or overwritten (a name that
    is taken, even by a link planted there, is never replaced: the next number is tried).
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        suffix = "" if n == 1 else f"-{n}"
        target = path.with_name(f"{path.name}.{reason}-{stamp}{suffix}")
        if os.path.lexists(target):
            continue
        try:
            os.link(path, target, follow_symlinks=False)  # fails if the name is taken
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network disks): a plain rename
            if os.path.lexists(target):
                continue
            path.rename(target)
            return target
        path.unlink()
        return target
    raise FileExistsError(f"no free name to keep {path.name} aside")


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) atomically to ``path`` with owner-only permissions.

    Through :func:`companion.services.safe_files.write_atomic`: a fresh temporary file,
    never a link planted at a predictable name.
    """
    from companion.services.safe_files import write_atomic

    private_dir(path.parent)
    write_atomic(path, text.encode("utf-8"), into_special=False)  # never block on a FIFO
