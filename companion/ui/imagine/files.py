"""Reading and saving script files for the Imagine editor, off the GUI thread.

Opening a script to edit, copying a bundled one to personalise it, importing a text file,
and saving into the data folder: each runs on a worker and comes back as a signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from companion.services.script_library import (
    ScriptEntry,
    ScriptLibrary,
    personal_copy_text,
    read_script_text,
    save_user_script,
)
from companion.sessions.speech_queue import if_alive
from companion.sessions.worker import run_in_background


class ScriptFiles(QObject):
    """The editor's files.

    Signals:
        opened(str, str, str, bool): a file's text, the editor's heading, the script's id
            ('' for a new one) and whether it replaces the text already in the editor.
        saved(str): the id of the script just saved.
        read_failed(str), save_failed(str): why, in plain words.
    """

    opened = Signal(str, str, str, bool)
    saved = Signal(str)
    read_failed = Signal(str)
    save_failed = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir

    def read(
        self,
        path: Path,
        heading: str = "",
        script_id: str = "",
        *,
        copy_of: str = "",
        into_editor: bool = False,
    ) -> None:
        """Read ``path``; ``copy_of`` (a title) makes it a personal copy to save anew."""
        mine = self.tr("my copy")

        def done(text: str) -> None:
            if copy_of:
                text = personal_copy_text(text, copy_of, mine)
            self.opened.emit(text, heading, script_id, into_editor)

        def failed(exc: BaseException) -> None:
            message = getattr(exc, "strerror", None) or str(exc)
            self.read_failed.emit(self.tr("Cannot read {0}: {1}").format(path.name, message))

        run_in_background(
            lambda: read_script_text(path), if_alive(self, done), if_alive(self, failed)
        )

    def save(self, text: str, library: ScriptLibrary, script_id: str | None) -> None:
        """Save ``text`` as the user's script (a new one, or ``script_id`` again)."""
        data_dir = self._data_dir

        def save() -> ScriptEntry:
            return save_user_script(data_dir, text, library, script_id)

        def failed(exc: BaseException) -> None:
            message = getattr(exc, "strerror", None) or str(exc)
            self.save_failed.emit(self.tr("Not saved: {0}").format(message))

        run_in_background(
            save, if_alive(self, lambda entry: self.saved.emit(entry.id)), if_alive(self, failed)
        )
