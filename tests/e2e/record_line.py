"""Run the app, open Imagine's recorder for a script and record one line by pressing its
buttons: ``python tests/e2e/record_line.py SCRIPT LINE_NUMBER WHO``. The microphone is
whatever SDL's driver gives (the e2e test uses the disk driver, fed from a file)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers.inprocess import run_app


def main() -> int:
    script_id, line, who = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    QApplication([])
    outcome: list[str] = []
    shown: list[object] = []

    def status() -> str:  # what the recorder says, for a run that timed out
        return shown[0].status.text() if shown else "no recorder yet"  # type: ignore[attr-defined]

    def wait_for(condition, seconds: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        for _ in range(int(seconds * 20)):
            if condition():
                return
            QTest.qWait(50)
        raise SystemExit(f"timed out: line {condition.__code__.co_firstlineno} ({status()})")

    def record(window) -> None:  # type: ignore[no-untyped-def]
        page = window.page_named("imagine")
        chooser = page.chooser
        wait_for(lambda: chooser.list.count() > 0)
        for i in range(chooser.list.count()):
            if chooser.list.item(i).data(Qt.ItemDataRole.UserRole) == script_id:
                chooser.list.setCurrentRow(i)
        QTest.mouseClick(chooser.record_button, Qt.MouseButton.LeftButton)
        view = page.recording
        view.list.setCurrentRow(line - 1)
        QTest.keyClicks(view.who, who)
        panel = view.panel
        shown.append(panel)
        QTest.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
        wait_for(lambda: panel.record_button.text() == "Stop")
        # SDL's disk driver reads the file at about real time (slower on a busy machine):
        # stop once the tone has come and gone, as a person stops after the line.
        wait_for(lambda: panel.meter.value() > 20)
        wait_for(lambda: panel.meter.value() == 0)
        QTest.qWait(300)
        QTest.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
        wait_for(lambda: not panel.recorder.busy and panel.recording is not None)
        outcome.append(f"kept {panel.recording.seconds:.2f} s of line {line}: {view.line.text()}")
        QTest.mouseClick(view.done_button, Qt.MouseButton.LeftButton)

    code = run_app(["imagine"], record)
    print(outcome[0] if outcome else "nothing was kept")
    return code if outcome else 1


if __name__ == "__main__":
    sys.exit(main())
