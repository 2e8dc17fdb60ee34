"""The questions a page may ask: choose a file or folder, type a name, confirm. One interface.

Pages never call ``QFileDialog`` or ``QMessageBox`` themselves: they ask :class:`Dialogs`,
which the window hands them. Tests hand them :class:`tests.helpers.dialogs.AnsweringDialogs`
instead, so a test presses the real button and the real handler runs with the answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class Dialogs(Protocol):
    """What a page can ask the person. Every question can be cancelled (None, [] or False)."""

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        """One existing file (``filters`` as Qt writes them: "Text files (*.txt)")."""
        ...

    def open_files(self, parent: QWidget, title: str, filters: str) -> list[Path]:
        """Several existing files."""
        ...

    def open_folder(self, parent: QWidget, title: str) -> Path | None:
        """An existing folder."""
        ...

    def save_file(self, parent: QWidget, title: str, name: str, filters: str) -> Path | None:
        """Where to write a new file, starting from the suggested ``name``."""
        ...

    def ask_text(
        self, parent: QWidget, title: str, label: str, text: str = "", action: str = ""
    ) -> str | None:
        """A line of text (a playlist's name, say); ``action`` names the confirming button."""
        ...

    def confirm(self, parent: QWidget, title: str, text: str, action: str, keep: str) -> bool:
        """Whether to go ahead with something that cannot be undone (``keep`` is the default)."""
        ...


class SystemDialogs:
    """The desktop's own choosers (the portal where there is one), opening in the last folder."""

    def __init__(self, start: Path | None = None) -> None:
        self.last_folder = start or _music_folder()

    def _remember(self, path: Path | None) -> Path | None:
        if path is not None:
            self.last_folder = path if path.is_dir() else path.parent
        return path

    def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(self.last_folder), filters)
        return self._remember(Path(name)) if name else None

    def open_files(self, parent: QWidget, title: str, filters: str) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, title, str(self.last_folder), filters)
        paths = [Path(n) for n in names]
        if paths:
            self._remember(paths[0])
        return paths

    def open_folder(self, parent: QWidget, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(self.last_folder))
        return self._remember(Path(name)) if name else None

    def save_file(self, parent: QWidget, title: str, name: str, filters: str) -> Path | None:
        start = str(self.last_folder / name)
        chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
        return self._remember(Path(chosen)) if chosen else None

    def ask_text(
        self, parent: QWidget, title: str, label: str, text: str = "", action: str = ""
    ) -> str | None:
        answer, ok = QInputDialog.getText(parent, title, label, text=text)
        return answer if ok else None

    def confirm(self, parent: QWidget, title: str, text: str, action: str, keep: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=parent)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.exec()
        return box.clickedButton() is yes


def _music_folder() -> Path:
    music = Path.home() / "Music"
    return music if music.is_dir() else Path.home()
