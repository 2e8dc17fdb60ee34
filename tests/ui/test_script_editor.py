"""The script editor: friendly line-numbered errors, preview a line, save, copy, import."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from companion.services.script_library import BUNDLED_DIR
from companion.ui.imagine.editor import ScriptEditor, sentence_at
from companion.ui.imagine.page import CHOOSE, EDIT, ImaginePage
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services
from tests.helpers.speech_fakes import FakeSpeech

BUNDLED = len(list(BUNDLED_DIR.glob("*.txt")))  # in English, Spanish and German
GOOD = "title: Gran's garden\n---\nThe roses are out.\nYou rest in the wicker chair.\n[pause 4]\n"


@pytest.fixture
def answers() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def page(qtbot, state, store, clock, tmp_path: Path, answers) -> ImaginePage:
    speech = FakeSpeech(tmp_path / "speech")
    services = make_services(state, store, clock, tmp_path, RecordingAudio(), speech, None, answers)
    widget = ImaginePage(services)
    qtbot.addWidget(widget)
    widget.show_chooser()
    widget.show()
    qtbot.waitUntil(lambda: widget.chooser.list.count() == BUNDLED)
    return widget


def test_errors_name_the_line_highlight_it_and_block_saving(qtbot) -> None:
    editor = ScriptEditor()
    qtbot.addWidget(editor)
    editor.open("title: Mine\n---\nHello there.\n[pause 500]\n", None)
    assert editor.status.text().startswith("Line 4: Write a pause of 0.5 to 120 seconds")
    assert not editor.save_button.isEnabled()
    assert len(editor.text.extraSelections()) == 1
    assert editor.text.extraSelections()[0].cursor.blockNumber() == 3
    editor.go_to_error()
    assert editor.cursor_line() == 4
    editor.text.setPlainText("title: Mine\n---\nHello there.\n[pause 5]\n")
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())  # checked a moment after typing
    assert editor.status.text().startswith("Ready to save: “Mine”")
    assert editor.text.extraSelections() == []


def test_sentence_at_a_line() -> None:
    assert sentence_at(GOOD, 3) == "The roses are out."
    assert sentence_at(GOOD, 1) == ""  # the header is not read aloud
    assert sentence_at(GOOD, 5) == ""  # a pause marker
    broken = "title: x\n---\nStill readable here\n[nonsense]\n"
    assert sentence_at(broken, 3) == "Still readable here"  # even while the script has errors


def test_preview_this_line_plays_it_with_the_voice(page: ImaginePage, qtbot) -> None:
    page.chooser.new_button.click()
    assert page.stack.currentIndex() == EDIT
    page.editor.text.setPlainText(GOOD)
    page.editor._move_to_line(4)
    page.editor.preview_button.click()
    audio = page.services.sound.output
    assert isinstance(audio, RecordingAudio)
    qtbot.waitUntil(lambda: any(c[0] == "play_voice" for c in audio.calls))
    assert page.services.speech.requests[-1][0] == "You rest in the wicker chair."
    assert page.editor.preview_status.text().startswith("Playing: “You rest")


def test_save_a_new_script_into_the_data_folder_and_list_it(
    page: ImaginePage, qtbot, tmp_path: Path
) -> None:
    page.chooser.new_button.click()
    page.editor.text.setPlainText(GOOD)
    page.editor.save_button.click()
    qtbot.waitUntil(lambda: page.chooser.list.count() == BUNDLED + 1)
    assert page.stack.currentIndex() == CHOOSE
    saved = tmp_path / "data" / "scripts" / "gran-s-garden.txt"
    assert saved.read_text(encoding="utf-8") == GOOD
    if os.name == "posix":
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert page.chooser.selected_id() == "gran-s-garden"
    assert page.chooser.edit_button.isEnabled()
    # Editing it again keeps its id.
    page.chooser.edit_button.click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == EDIT)
    assert page.editor.text.toPlainText() == GOOD
    page.editor.text.setPlainText(GOOD.replace("roses", "sweet peas"))
    page.editor.save_button.click()
    qtbot.waitUntil(lambda: "sweet peas" in saved.read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: page.stack.currentIndex() == CHOOSE)
    assert page.chooser.list.count() == BUNDLED + 1


def test_duplicate_a_bundled_script_to_personalise_it(page: ImaginePage, qtbot) -> None:
    chooser = page.chooser
    beach = next(
        i for i in range(chooser.list.count()) if "The beach" in chooser.list.item(i).text()
    )
    chooser.list.setCurrentRow(beach)
    assert not chooser.edit_button.isEnabled()  # bundled scripts are copied, not changed
    chooser.copy_button.click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == EDIT)
    text = page.editor.text.toPlainText()
    assert "title: The beach (my copy)" in text
    page.editor.save_button.click()
    qtbot.waitUntil(lambda: chooser.list.count() == BUNDLED + 1)
    assert chooser.selected_id() == "the-beach-my-copy"


def test_import_a_text_file(page: ImaginePage, qtbot, tmp_path: Path, answers) -> None:
    source = tmp_path / "from-a-friend.txt"
    source.write_bytes(("\ufeff" + GOOD).encode("utf-8"))
    answers.answer(source)
    page.chooser.import_button.click()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == EDIT)
    assert page.editor.text.toPlainText() == GOOD
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("title: Caf\xe9\n---\nHi.\n".encode("latin-1"))
    answers.answer(bad)
    with qtbot.waitSignal(page.notice) as told:
        page.editor.import_button.click()
    assert "latin1.txt" in told.args[0] and "UTF-8" in told.args[0]
