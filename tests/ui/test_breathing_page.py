"""The Breathe page with a fake clock: phases, sounds, pause, stop, end, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.core.breathing import Pattern, Phase
from companion.core.loudness import level_gain
from companion.core.preferences import DEFAULT_CUE_VOLUME
from companion.services.audio.soundscapes import cue_loudness
from companion.sessions.breathing import BreathingRequest
from companion.sessions.sound import CUE_DIR
from companion.ui.breathe.page import BreathingPage
from tests.helpers.fakes import RecordingAudio
from tests.helpers.services import make_services

CALM = Pattern(4, 6)


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def page(qtbot, state, store, clock, audio, tmp_path):
    widget = BreathingPage(make_services(state, store, clock, tmp_path, audio))
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget
    widget.stop()  # before the store closes: no checkpoint may outlive the test


def start(page: BreathingPage, pattern: Pattern, preset: str, planned_s: float | None) -> None:
    """What ``companion breathe`` does: open the page with a session to run."""
    page.show_request(BreathingRequest(pattern, preset, planned_s))


def advance(page: BreathingPage, clock, seconds: float, step: float = 0.5) -> None:
    """Let session time pass, polling as the event timer would."""
    for _ in range(round(seconds / step)):
        clock.advance(step)
        page.session.poll()


def test_session_paces_phases_and_sounds(page, clock, audio, store) -> None:
    phases: list[Phase] = []
    start(page, CALM, "calm", 180.0)
    page.session.phase_changed.connect(phases.append)
    assert page.stack.currentIndex() == 1
    assert page.phase_label.text() == "Breathe in"
    advance(page, clock, 10)
    assert phases == [Phase.EXHALE, Phase.INHALE]
    assert [name for name, _ in audio.played] == ["inhale", "exhale", "inhale"]
    assert page.phase_label.text() == "Breathe in"
    [record] = store.sessions()
    assert record.item == "calm" and record.planned_s == 180 and not record.completed


def test_a_full_session_completes_on_an_out_breath(page, clock, audio, store, qtbot) -> None:
    start(page, CALM, "calm", 60.0)
    with qtbot.waitSignal(page.session.finished) as finished:
        advance(page, clock, 61)
    assert finished.args == [True]
    assert page.stack.currentIndex() == 2
    assert page.summary_title.text() == "Session complete"
    assert page.summary_text.text() == "Time: 1:00    Full breaths: 6"
    assert audio.played[-1][0] == "end"
    [record] = store.sessions()
    assert record.completed and record.duration_s == pytest.approx(60.0)


def test_space_pauses_even_when_the_stop_button_has_focus(page, clock, qtbot) -> None:
    start(page, CALM, "calm", 180.0)
    page.stop_button.setFocus()
    qtbot.keyClick(page.stop_button, Qt.Key.Key_Space)
    assert page.session.paused and not page.session.done
    assert page.pause_button.text() == "Resume"
    assert not page.circle.animating
    clock.advance(100)  # paused time does not count
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.session.running and page.session.elapsed() == pytest.approx(0.0)


def test_escape_stops_and_keeps_a_partial_session(page, clock, store, qtbot) -> None:
    start(page, CALM, "calm", 180.0)
    advance(page, clock, 25)
    with qtbot.waitSignal(page.session.finished) as finished:
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert finished.args == [False]
    assert page.summary_title.text() == "Session stopped"
    [record] = store.sessions()
    assert not record.completed and record.duration_s == pytest.approx(25.0)


def test_checkpoints_save_progress(page, clock, store) -> None:
    start(page, CALM, "calm", 180.0)
    advance(page, clock, 12)
    page.session.checkpoint()  # what the 3-second timer does
    assert store.sessions()[0].duration_s == pytest.approx(12.0)


def test_open_ended_session_counts_up(page, clock, state) -> None:
    start(page, CALM, "calm", None)
    advance(page, clock, 3600)
    assert not page.session.done
    page.refresh_run(page.session)
    assert page.run_time.text() == "1:00:00"


def test_hidden_numbers(page, clock, state) -> None:
    state.update(show_numbers=False)
    start(page, CALM, "calm", 180.0)
    advance(page, clock, 2)
    page.refresh_run(page.session)
    assert page.count_label.text() == "" and page.run_time.text() == ""
    state.update(show_numbers=True)
    page.refresh_run(page.session)
    assert page.count_label.text() == "3"
    assert page.run_time.text() == "2:58 left"


def test_sound_controls_change_the_cues_live(page, clock, audio, state) -> None:
    start(page, CALM, "calm", 180.0)
    page.volume_slider.setValue(10)
    advance(page, clock, 4)
    tone = level_gain(cue_loudness(CUE_DIR)["exhale"], "tone")
    assert audio.played[-1] == ("exhale", pytest.approx(tone * 0.1 / DEFAULT_CUE_VOLUME))
    page.sound_box.setChecked(False)
    advance(page, clock, 6)
    assert audio.played[-1][0] == "exhale"  # nothing new while off
    assert state.prefs.cues_enabled is False


def test_pursed_lip_reminder_on_the_out_breath(page, clock, state) -> None:
    state.update(pursed_lip_cue=True)
    start(page, CALM, "calm", 180.0)
    assert page.hint_label.text() == ""
    advance(page, clock, 4)
    assert "candle" in page.hint_label.text()


def test_reduced_motion_holds_the_circle_size(page, state) -> None:
    state.update(motion="reduce")
    small = page.circle.geometry_for(0.0)
    big = page.circle.geometry_for(1.0)
    assert small[0] == big[0] and small[1] < big[1]
    state.update(motion="full")
    assert page.circle.geometry_for(0.0)[0] < page.circle.geometry_for(1.0)[0]


def test_start_from_preferences_uses_the_chosen_preset(page, state, store) -> None:
    state.update(preset="gentle", session_minutes=0.0)
    page.start_button.click()
    assert page.session.pattern == Pattern(3, 4) and page.session.end_s is None
    assert store.sessions()[0].item == "gentle"


def test_safety_guidance_opens_during_a_session(page, qtbot) -> None:
    start(page, CALM, "calm", 180.0)
    page.safety_button.click()
    assert page._safety is not None and page._safety.isVisible()
    assert page.session.running  # reading the guidance does not stop the session
    page._safety.close()


def test_music_follows_the_breath_only_when_asked(page, clock, audio, state) -> None:
    def breath_calls() -> list[tuple[float, float]]:
        return [(c[1], c[2]) for c in audio.calls if c[0] == "set_breath_factor"]

    start(page, CALM, "calm", 180.0)
    advance(page, clock, 10)
    assert all(factor == 1.0 for factor, _ in breath_calls())  # off: music stays level
    page.breath_sync_box.click()
    assert state.prefs.breath_sync is True
    audio.calls.clear()
    advance(page, clock, 10)  # out-breath then in-breath
    assert breath_calls() == [(0.0, CALM.exhale), (1.0, CALM.inhale)]
    page.stop()
    assert breath_calls()[-1] == (1.0, 2.0)  # back to level when the session ends


def test_a_session_stopped_at_once_is_not_kept(page, clock, store, qtbot) -> None:
    start(page, CALM, "calm", 180.0)
    clock.advance(0.5)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)  # a slip, not a session
    assert store.sessions() == []
    start(page, CALM, "calm", 180.0)
    clock.advance(2.5)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    [kept] = store.sessions()
    assert kept.duration_s == pytest.approx(2.5) and not kept.completed
