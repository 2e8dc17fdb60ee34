"""Make Piper (and onnxruntime) absent for a process and its speech worker, as on a computer
where the natural voice was never installed: a ``sitecustomize`` on PYTHONPATH blocks them."""

from __future__ import annotations

from pathlib import Path

BLOCKER = '''
import sys


class _Absent:
    """Finds nothing for the hidden modules: importing them fails as if not installed."""

    HIDDEN = ("piper", "onnxruntime")

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in self.HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, _Absent())
'''


def hide_piper(folder: Path) -> Path:
    """A folder to put first on PYTHONPATH (returned)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    return folder
