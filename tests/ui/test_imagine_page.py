"""The Imagine page: choose, play with captions and voice, pause, stop, music, history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from companion.core.imagine.scripts import Speech
from companion.core.sessions import Activity
from companion.ui.imagine.page import CHOOSE, PLAY, SUMMARY, ImaginePage
from tests.helpers.fakes import FakeClock, RecordingAudio
from tests.helpers.services import make_services
from tests.helpers.speech_fakes import FakeSpeech, no_engine

SCRIPT = """title: Little rest
description: A tiny test script.
pace: 120
---
Let your shoulders soften now.
Rest here.

[pause 3]

That is all.
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    scripts = tmp_path / "data" / "scripts"
    scripts.mkdir(parents=True)
    (scripts / "little-rest.txt").write_text(SCRIPT, encoding="utf-8")
    return tmp_path / "data"


@pytest.fixture
def speech(tmp_path: Path) -> FakeSpeech:
    return FakeSpeech(tmp_path / "speech")


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def page(qtbot, state, store, clock: FakeClock, data_dir, speech, audio, tmp_path) -> ImaginePage:
    widget = ImaginePage(make_services(state, store, clock, tmp_path, audio, speech))
    qtbot.addWidget(widget)
    widget.show_chooser()
    widget.show()
    qtbot.waitUntil(lambda: widget.chooser.list.count() >= 9)
    yield widget
    widget.stop()


def voices_played(audio: RecordingAudio) -> list[str]:
    return [call[1] for call in audio.calls if call[0] == "play_voice"]


def test_the_list_shows_every_script_with_its_length(page: ImaginePage) -> None:
    texts = [page.chooser.list.item(i).text() for i in range(page.chooser.list.count())]
    assert any(t.startswith("Two-minute calm  (2:06)") for t in texts)
    mine = next(t for t in texts if t.startswith("Little rest"))
    assert "(yours)" in mine and "A tiny test script." in mine
    assert page.chooser.problems.text() == ""


def list_texts(page: ImaginePage) -> list[str]:
    return [page.chooser.list.item(i).text() for i in range(page.chooser.list.count())]


def test_scripts_in_the_interface_language_come_first_the_others_tagged(page: ImaginePage) -> None:
    texts = list_texts(page)
    tagged = ["\u00b7" in t.split("\n")[0] for t in texts]
    first_tagged = tagged.index(True)
    assert not any(tagged[:first_tagged]) and all(tagged[first_tagged:])
    assert first_tagged >= 9  # the eight English scripts and the user's own
    assert any(t.startswith("La playa  (") and "  \u00b7 Spanish" in t for t in texts)
    assert any(t.startswith("Am Strand  (") and "  \u00b7 German" in t for t in texts)
    assert sum("\u00b7 Spanish" in t for t in texts) == sum("\u00b7 German" in t for t in texts)
    item = page.chooser.list.item(texts.index(next(t for t in texts if "Luz c" in t)))
    assert "Spanish" in item.data(Qt.ItemDataRole.AccessibleTextRole)


@pytest.fixture
def spanish_interface(qapp) -> Iterator[None]:
    """The interface in Spanish, as ``LANGUAGE=es companion`` has it; English afterwards."""
    from companion.ui.common.translations import install_translations

    install_translations(qapp, "es", again=True)
    yield
    install_translations(qapp, "en", again=True)


def test_in_a_spanish_interface_the_spanish_scripts_come_first(
    spanish_interface, qtbot, state, store, clock: FakeClock, data_dir, speech, audio, tmp_path
) -> None:
    widget = ImaginePage(make_services(state, store, clock, tmp_path, audio, speech))
    qtbot.addWidget(widget)
    widget.show_chooser()
    qtbot.waitUntil(lambda: widget.chooser.list.count() >= 9)
    texts = list_texts(widget)
    assert texts[0].startswith("Dos minutos de calma  (")  # Spanish first, by title
    spanish = [t for t in texts if "\u00b7" not in t.split("\n")[0]]
    assert len(spanish) >= 8 and texts[: len(spanish)] == spanish
    assert any(t.startswith("Un jard\u00edn tranquilo  (") for t in spanish)
    english = QCoreApplication.translate("Imagine", "English", "a script's language")
    assert english != "English"  # the tag too is in the interface language
    assert any(t.startswith("The beach  (") and f"\u00b7 {english}" in t for t in texts)
    assert any(t.startswith("Little rest") and f"\u00b7 {english}" in t for t in texts)
    assert widget.chooser.selected_id() is not None
    assert widget.chooser.selected().script.language == "es"  # the first row is chosen
    widget.stop()


def test_play_speaks_the_first_sentence_then_follows_the_clock(
    page: ImaginePage, qtbot, clock: FakeClock, audio: RecordingAudio, speech: FakeSpeech, store
) -> None:
    claimed: list[object] = []
    page.services.sound.music_taken.connect(claimed.append)
    page.play("little-rest")
    session = page.session
    assert session is not None and page.stack.currentIndex() == PLAY
    assert page.caption.text() == "Let your shoulders soften now."
    qtbot.waitUntil(lambda: len(voices_played(audio)) == 1)
    assert speech.requests[0] == ("Let your shoulders soften now.", None, 120)
    # The soundscape starts looped under the voice, and the page says so.
    assert ("load_music", page._tracks["warm-pad"]) in audio.calls
    assert any(c[0] == "play_music" and c[3] is True for c in audio.calls)
    assert claimed == [session]
    qtbot.waitUntil(lambda: session.queue.done)  # the rest rendered while the first played
    # Sentence 1 lasts its audio (5 words: 0.5 s) plus a 0.5 s gap.
    clock.advance(0.99)
    session.poll()
    assert page.caption.text() == "Let your shoulders soften now."
    clock.advance(0.02)
    session.poll()
    assert page.caption.text() == "Rest here."
    assert voices_played(audio) == ["line-1", "line-2"]
    clock.advance(0.7)
    session.poll()
    assert "quiet" in page.cue_label.text()  # the pause: no new voice
    clock.advance(2.9)
    session.poll()
    assert page.caption.text() == "Rest here." and len(voices_played(audio)) == 2
    clock.advance(0.2)
    session.poll()
    assert page.caption.text() == "That is all."  # woken 0.11 s late: the voice starts now
    clock.advance(0.79)
    session.poll()
    assert not session.done  # 0.3 s of audio + 0.5 s gap from 4.81
    clock.advance(0.02)
    with qtbot.waitSignal(session.finished) as done:
        session.poll()
    assert done.args == [True]
    assert page.stack.currentIndex() == SUMMARY
    assert ("stop_music", 4.0) in audio.calls
    record = store.sessions()[0]
    assert record.activity is Activity.VISUALIZATION and record.item == "little-rest"
    assert record.completed and record.duration_s == pytest.approx(5.62)


def test_pause_resume_restarts_the_line_and_stop_keeps_a_partial_record(
    page: ImaginePage, qtbot, clock: FakeClock, audio: RecordingAudio, store
) -> None:
    page.play("little-rest")
    session = page.session
    qtbot.waitUntil(lambda: len(voices_played(audio)) == 1)
    clock.advance(0.3)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
    assert session.paused and page.pause_button.text() == "Resume"
    assert ("stop_voice",) in audio.calls and ("pause_music", 0.25) in audio.calls
    clock.advance(60)  # time paused does not count
    page.toggle_pause()
    assert ("resume_music", 0.5) in audio.calls
    assert voices_played(audio) == ["line-1", "line-1"]  # said again from its start
    assert session.elapsed() == pytest.approx(0.3)
    page.restart_line()
    assert voices_played(audio) == ["line-1"] * 3
    clock.advance(2.2)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Escape)
    assert session.done and not session.completed
    assert page.stack.currentIndex() == SUMMARY
    record = store.sessions()[0]
    assert not record.completed and record.duration_s == pytest.approx(2.5)


def test_no_music_option_and_preference(page: ImaginePage, qtbot, audio, state) -> None:
    page.no_music = True
    page.play("little-rest")
    page.stop()
    state.update(imagine_music=False)
    page.no_music = False
    page.play("little-rest")
    assert not any(c[0] in ("load_music", "play_music") for c in audio.calls)
    assert not page.chooser.track_box.isEnabled()


def test_without_a_speech_engine_captions_run_on_time_and_the_page_says_why(
    qtbot, state, store, clock: FakeClock, data_dir, tmp_path, audio
) -> None:
    services = make_services(state, store, clock, tmp_path, audio, no_engine(tmp_path / "none"))
    page = ImaginePage(services)
    qtbot.addWidget(page)
    page.show_chooser()
    qtbot.waitUntil(lambda: page.chooser.list.count() >= 9 and bool(page.speech_reason))
    assert "no speech engine" in page.chooser.speech_status.text()
    assert not page.chooser.voice_box.isEnabled()
    page.play("little-rest")
    session = page.session
    assert (
        "on screen" in page.voice_status.text() and "no speech engine" in page.voice_status.text()
    )
    first = session.narration.length
    assert first == pytest.approx(5 / 120 * 60 + 0.5)  # estimated from the pace
    clock.advance(first)
    session.poll()
    assert page.caption.text() == "Rest here."
    assert voices_played(audio) == []
    page.stop()


def test_voice_and_pace_per_script_or_for_all(page: ImaginePage, qtbot, state, speech) -> None:
    qtbot.waitUntil(lambda: page.chooser.voice_box.count() == 2)
    chooser = page.chooser
    chooser.list.setCurrentRow(
        next(
            i
            for i in range(chooser.list.count())
            if chooser.list.item(i).text().startswith("Little")
        )
    )
    chooser.voice_box.setCurrentIndex(1)
    chooser.pace_box.setCurrentIndex(chooser.pace_box.findData(130))
    chooser.voice_box.activated.emit(1)
    assert state.prefs.imagine_voice == "gmw/en" and state.prefs.imagine_pace == 130
    chooser.only_this.setChecked(True)
    chooser.pace_box.setCurrentIndex(chooser.pace_box.findData(110))
    chooser.pace_box.activated.emit(chooser.pace_box.currentIndex())
    assert state.prefs.script_voice("little-rest") == ("gmw/en", 110)
    assert state.prefs.script_voice("the-beach") == ("gmw/en", 130)
    page.play("little-rest")
    qtbot.waitUntil(lambda: bool(speech.requests))
    assert speech.requests[0][1:] == ("gmw/en", 110)


def test_speech_starts_before_the_rest_is_rendered(
    page: ImaginePage, qtbot, audio: RecordingAudio, speech: FakeSpeech
) -> None:
    page.play("warm-light")
    qtbot.waitUntil(lambda: len(voices_played(audio)) == 1)
    total = sum(isinstance(s, Speech) for s in page.session.script.items)
    assert len(speech.requests) < total  # the voice did not wait for the whole script
    qtbot.waitUntil(lambda: page.session.queue.done, timeout=10000)
    assert [r[0] for r in speech.requests] == [
        s.text for s in page.session.script.items if isinstance(s, Speech)
    ]


def test_space_plays_the_selected_script_and_esc_goes_home(page: ImaginePage, qtbot) -> None:
    page.chooser.list.setCurrentRow(0)
    page.chooser.list.setFocus()
    qtbot.keyClick(page.chooser.list, Qt.Key.Key_Space)
    assert page.stack.currentIndex() == PLAY
    page.stop()
    page.stack.setCurrentIndex(CHOOSE)
    with qtbot.waitSignal(page.home_requested):
        qtbot.keyClick(page.chooser.list, Qt.Key.Key_Escape)


def test_enter_on_a_script_plays_it_and_does_not_pause_it(page: ImaginePage, qtbot) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.chooser.list.setCurrentRow(0)
    page.chooser.list.setFocus()
    qtbot.keyClick(page.chooser.list, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == PLAY
    qtbot.wait(300)  # a press (animateClick) would land 100 ms later: prove none comes
    session = page.session
    assert session is not None and session.running and not session.paused
    assert page.pause_button.text() == "Pause"
    page.stop()


def test_the_voice_slider_makes_the_voice_louder_at_once_and_is_remembered(
    page: ImaginePage, qtbot, audio: RecordingAudio, state
) -> None:
    """Arrow keys on the Voice slider change the sentence being said and every next one."""
    from companion.core.loudness import voice_gain

    page.play("little-rest")
    qtbot.waitUntil(lambda: len(voices_played(audio)) == 1)
    first = next(c for c in audio.calls if c[0] == "play_voice")
    assert first[2] == pytest.approx(voice_gain(0.0))  # level with the music
    slider = page.voice_level.slider
    slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert state.prefs.voice_level_db == 3.0
    volumes = [c[1] for c in audio.calls if c[0] == "set_voice_volume"]
    assert volumes[-1] == pytest.approx(voice_gain(3.0))
    assert voice_gain(3.0) > voice_gain(0.0)
    page.session.restart_line()
    qtbot.waitUntil(lambda: len(voices_played(audio)) == 2)
    again = [c for c in audio.calls if c[0] == "play_voice"][-1]
    assert again[2] == pytest.approx(voice_gain(3.0))
