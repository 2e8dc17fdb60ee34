"""A loved one records a script line by line, and it plays in their voice.

The microphone here is a file (``FileMicrophone``, behind the services' ``open_capture``
seam): what it "hears" is a tone with quiet before and after. The real SDL capture is tested
through SDL's disk driver (tests/integration/test_capture.py, tests/e2e/test_recorded_line_cli.py).
"""

from __future__ import annotations

import io
import stat
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.services.recordings import LINE, MESSAGE, RecordingStore
from companion.ui.imagine.page import CHOOSE, EDIT, PLAY, RECORD, ImaginePage
from tests.helpers.fakes import FakeClock, FileMicrophone, RecordingAudio, no_microphone, tone_wav
from tests.helpers.services import make_services
from tests.helpers.speech_fakes import FakeSpeech

SCRIPT = """title: Little rest
pace: 120
---
Let your shoulders soften now.
Rest here.

[pause 3]

That is all.
"""


@pytest.fixture
def mic(tmp_path: Path) -> FileMicrophone:
    return FileMicrophone(tone_wav(tmp_path / "voice.wav"))


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def page(qtbot, state, store, clock: FakeClock, tmp_path, audio, mic) -> ImaginePage:
    scripts = tmp_path / "data" / "scripts"
    scripts.mkdir(parents=True)
    (scripts / "little-rest.txt").write_text(SCRIPT, encoding="utf-8")
    services = make_services(state, store, clock, tmp_path, audio, FakeSpeech(tmp_path / "s"))
    services.open_capture = mic
    widget = ImaginePage(services)
    qtbot.addWidget(widget)
    widget.show_chooser()
    widget.show()
    qtbot.waitUntil(lambda: widget.chooser.list.count() >= 9)
    yield widget
    widget.shutdown()


def choose(page: ImaginePage, script_id: str) -> None:
    for i in range(page.chooser.list.count()):
        if page.chooser.list.item(i).data(Qt.ItemDataRole.UserRole) == script_id:
            page.chooser.list.setCurrentRow(i)
            return
    raise AssertionError(script_id)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def record_current_line(qtbot, page: ImaginePage) -> None:
    panel = page.recording.panel
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.record_button.text() == "Stop")
    qtbot.waitUntil(lambda: panel.meter.value() > 0)  # the meter moves while it listens
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Kept"), timeout=10000)


def test_record_a_line_hear_it_record_it_again_and_delete_it(
    qtbot, page: ImaginePage, store, audio, mic
) -> None:
    choose(page, "little-rest")
    click(qtbot, page.chooser.record_button)
    view = page.recording
    assert page.stack.currentIndex() == RECORD
    assert view.list.count() == 3 and view.line.text() == "Let your shoulders soften now."
    assert "read by the voice" in view.list.item(0).text()
    qtbot.keyClicks(view.who, "Anna")
    record_current_line(qtbot, page)
    kept = RecordingStore(store).lines("little-rest")
    take = kept["Let your shoulders soften now."]
    assert take.who == "Anna" and 1.5 <= take.seconds <= 1.9  # 1.5 s of tone, trimmed
    with wave.open(io.BytesIO(RecordingStore(store).audio(take.id))) as handle:
        assert (handle.getnchannels(), handle.getsampwidth(), handle.getframerate()) == (
            1,
            2,
            22050,
        )
    assert "recorded (1." in view.list.item(0).text()
    assert view.panel.record_button.text() == "Record again"
    click(qtbot, view.panel.play_button)
    assert audio.calls[-1][0] == "play_voice" and audio.calls[-1][1].startswith("recording:")
    record_current_line(qtbot, page)  # again: the new take replaces the old
    assert RecordingStore(store).count() == 1 and mic.takes == 2 and mic.opened == 1
    click(qtbot, view.panel.delete_button)
    assert RecordingStore(store).count() == 0
    assert "read by the voice" in view.list.item(0).text()
    click(qtbot, view.done_button)
    assert page.stack.currentIndex() == CHOOSE


def test_a_half_recorded_script_plays_whole_the_recorded_line_in_their_voice(
    qtbot, page: ImaginePage, audio, clock
) -> None:
    choose(page, "little-rest")
    click(qtbot, page.chooser.record_button)
    click(qtbot, page.recording.next_button)  # the second line: "Rest here."
    assert page.recording.line.text() == "Rest here."
    record_current_line(qtbot, page)
    click(qtbot, page.recording.done_button)
    page.play("little-rest")
    session = page.session
    assert session is not None and page.stack.currentIndex() == PLAY
    qtbot.waitUntil(lambda: session.queue.done)
    for _ in range(40):
        clock.advance(0.25)
        session.poll()
    spoken = [c[1] for c in audio.calls if c[0] == "play_voice"]
    assert spoken[0] == "line-1"  # rendered by the voice
    assert spoken[1].startswith("recording:")  # "Rest here." in Anna's voice
    assert spoken[2].startswith("line-")  # "That is all." rendered again
    assert session.done


def test_a_message_opens_and_closes_the_session(
    qtbot, page: ImaginePage, store, audio, clock, state, tmp_path
) -> None:
    wav = tone_wav(tmp_path / "message.wav", seconds=1.0, lead_s=0.0).read_bytes()
    RecordingStore(store).save(MESSAGE, "", "A message from Anna", "Anna", wav)
    state.update(opening_message="A message from Anna", closing_message="A message from Anna")
    page.play("little-rest")
    session = page.session
    assert session is not None
    assert page.caption.text() == "A message from Anna"
    qtbot.waitUntil(lambda: session.queue.done)
    for _ in range(80):
        clock.advance(0.25)
        session.poll()
    spoken = [c[1] for c in audio.calls if c[0] == "play_voice"]
    assert spoken[0].startswith("recording:") and spoken[-1].startswith("recording:")
    assert len(spoken) == 5 and session.done


def test_with_no_microphone_the_recorder_says_so_and_everything_else_works(
    qtbot, page: ImaginePage
) -> None:
    page.services.open_capture = no_microphone
    page.recording.panel.recorder._opener = no_microphone
    choose(page, "little-rest")
    click(qtbot, page.chooser.record_button)
    click(qtbot, page.recording.panel.record_button)
    qtbot.waitUntil(lambda: "No microphone" in page.recording.panel.status.text())
    assert page.recording.panel.record_button.isEnabled()  # it can be tried again
    assert not page.recording.panel.play_button.isEnabled()
    click(qtbot, page.recording.done_button)
    page.play("little-rest")
    assert page.session is not None and page.stack.currentIndex() == PLAY


def test_silence_is_not_kept(qtbot, page: ImaginePage, store, tmp_path) -> None:
    quiet = tmp_path / "quiet.wav"
    with wave.open(str(quiet), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(22050)
        handle.writeframes(b"\0\0" * 22050)
    page.recording.panel.recorder._opener = FileMicrophone(quiet)
    choose(page, "little-rest")
    click(qtbot, page.chooser.record_button)
    panel = page.recording.panel
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.record_button.text() == "Stop")
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: "Nothing was heard" in panel.status.text())
    assert RecordingStore(store).count() == 0


def test_the_editor_records_a_saved_script_and_exports_the_lines(
    qtbot, page: ImaginePage, tmp_path
) -> None:
    choose(page, "little-rest")
    click(qtbot, page.chooser.edit_button)
    qtbot.waitUntil(lambda: page.stack.currentIndex() == EDIT)
    click(qtbot, page.editor.record_button)
    assert page.stack.currentIndex() == RECORD
    record_current_line(qtbot, page)
    folder = tmp_path / "for-the-family"
    folder.mkdir()
    page.services.dialogs.answer(folder)  # type: ignore[attr-defined]
    click(qtbot, page.recording.export_button)
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["01 Let your shoulders soften now.wav"]
    with wave.open(str(folder / files[0])) as handle:
        assert handle.getnframes() > 22050
    assert stat.S_IMODE((folder / files[0]).stat().st_mode) == 0o600
    assert "Saved 1 recording" in page.recording.export_status.text()
    click(qtbot, page.recording.done_button)
    assert page.stack.currentIndex() == EDIT  # back where it was opened from


def test_a_new_script_must_be_saved_before_it_is_recorded(qtbot, page: ImaginePage) -> None:
    click(qtbot, page.chooser.new_button)
    click(qtbot, page.editor.record_button)
    assert page.stack.currentIndex() == EDIT
    assert "Save the script first" in page.editor.preview_status.text()


def test_recordings_are_in_the_backup_and_gone_with_delete_all(tmp_path, store) -> None:
    from companion.services.history.backup import backup
    from companion.services.history.data import HistoryData
    from companion.services.store import Store

    wav = tone_wav(tmp_path / "t.wav").read_bytes()
    RecordingStore(store).save(LINE, "little-rest", "Rest here.", "Anna", wav)
    backup(store.path, tmp_path / "backup.db")
    copy = Store.open(tmp_path / "backup.db")
    try:
        found = RecordingStore(copy).find(LINE, "little-rest", "Rest  here.")
        assert found is not None and RecordingStore(copy).audio(found.id) == wav
    finally:
        copy.close()
    HistoryData(store).delete_all()
    assert RecordingStore(store).count() == 0
    assert wav[30000:30400] not in store.path.read_bytes()  # scrubbed from the file


def test_breathing_cues_recorded_in_settings_are_said_in_that_voice(
    qtbot, state, store, clock, tmp_path, audio, mic
) -> None:
    from companion.core.breathing import Pattern
    from companion.sessions.breathing import BreathingRequest
    from companion.ui.breathe.page import BreathingPage
    from companion.ui.settings.page import SettingsPage

    services = make_services(state, store, clock, tmp_path, audio, FakeSpeech(tmp_path / "s"))
    services.open_capture = mic
    settings = SettingsPage(services)
    qtbot.addWidget(settings)
    cues = settings.family_cues
    assert cues.say.text() == "Say: “Breathe in”"
    panel = cues.panel
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.record_button.text() == "Stop")
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Kept"), timeout=10000)
    click(qtbot, cues.chips.buttons["exhale"])
    assert cues.say.text() == "Say: “Breathe out”" and panel.recording is None
    settings.shutdown()
    assert mic.closed

    state.update(spoken_cues=True)
    breathe = BreathingPage(services)
    qtbot.addWidget(breathe)
    breathe.show_request(BreathingRequest(Pattern(4, 6), "calm", 30.0))
    for _ in range(20):
        clock.advance(0.5)
        breathe.session.poll()
    played = [name for name, _ in audio.played]
    assert played[0].startswith("recording:")  # "Breathe in", in their voice
    assert played[1] == "exhale"  # not recorded: the tone (its words are not rendered here)
    assert played[2].startswith("recording:")
    breathe.stop()


def test_a_message_recorded_in_listen_plays_on_its_own_and_opens_imagine(
    qtbot, state, store, clock, tmp_path, audio, mic
) -> None:
    from companion.ui.listen.page import ListenPage

    services = make_services(state, store, clock, tmp_path, audio, FakeSpeech(tmp_path / "s"))
    services.open_capture = mic
    listen = ListenPage(services)
    qtbot.addWidget(listen)
    card = listen.messages
    assert card.list.count() == 0 and not card.play_button.isEnabled()
    qtbot.keyClicks(card.title, "A message from Anna")
    panel = card.panel
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.record_button.text() == "Stop")
    click(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: card.list.count() == 1, timeout=10000)
    found = RecordingStore(store).find(MESSAGE, "", "A message from Anna")
    assert found is not None and found.who == "Anna"
    click(qtbot, card.play_button)
    assert audio.calls[-1][0] == "play_voice" and audio.calls[-1][1].startswith("recording:")
    qtbot.keyClick(card.opening, Qt.Key.Key_Down)  # from "No message" to Anna's
    assert state.prefs.opening_message == "A message from Anna"
    folder = tmp_path / "keep"
    folder.mkdir()
    services.dialogs.answer(folder)  # type: ignore[attr-defined]
    click(qtbot, card.export_button)
    assert [p.name for p in folder.iterdir()] == ["A message from Anna.wav"]
    services.dialogs.answer(True)  # type: ignore[attr-defined]
    click(qtbot, card.delete_button)
    assert card.list.count() == 0 and RecordingStore(store).count() == 0
    listen.shutdown()
