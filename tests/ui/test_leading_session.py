"""A led breathing session (start where you are): the cues and the music follow the changing
pace, "stay at this pace" holds it, and history keeps where it started and what it reached."""

from __future__ import annotations

import pytest

from companion.core.breathing import Pattern
from companion.core.leading import LeadingPacer, parse_led_item
from companion.sessions.breathing import BreathingSession
from companion.sessions.recorder import CHECKPOINT_MS
from companion.sessions.sound import SoundPath
from tests.helpers.fakes import RecordingAudio

CALM = Pattern(4, 6)


@pytest.fixture
def audio() -> RecordingAudio:
    return RecordingAudio()


@pytest.fixture
def sound(qtbot, state, clock, keeper, audio) -> SoundPath:
    path = SoundPath(state, now=clock, parent=keeper)
    path.bind(audio)
    return path


def led(store, clock, sound, planned_s: float | None = 600.0) -> BreathingSession:
    session = BreathingSession(
        CALM, "calm", planned_s, store, now=clock, parent=sound, lead_from=Pattern(3, 3)
    )
    sound.follow_breathing(session)
    return session


def run(session: BreathingSession, clock, seconds: float, step: float = 0.05) -> None:
    for _ in range(round(seconds / step)):
        clock.advance(step)
        session.poll()


def test_cues_follow_the_led_pace_from_the_first_breath(store, clock, sound, audio) -> None:
    session = led(store, clock, sound)
    times: list[tuple[float, str]] = []
    start = clock()
    played = len(audio.played)

    def heard() -> None:
        nonlocal played
        for name, _gain in audio.played[played:]:
            times.append((round(clock() - start, 2), name))
        played = len(audio.played)

    session.phase_changed.connect(lambda _phase: heard())
    session.start()
    heard()
    run(session, clock, 300.0)
    pacer = LeadingPacer(Pattern(3, 3), CALM)
    expected = []
    for began, pattern in zip(pacer.starts, pacer.patterns, strict=False):
        if began > 300.0:
            break
        expected += [(round(began, 2), "inhale"), (round(began + pattern.inhale, 2), "exhale")]
    expected = [e for e in expected if e[0] <= 300.0]
    assert times[0] == (0.0, "inhale")  # their own rhythm first: 3 s in, 3 s out
    assert times[1] == (pytest.approx(3.0, abs=0.06), "exhale")
    assert [name for _t, name in times] == [name for _t, name in expected]
    assert all(abs(a[0] - b[0]) <= 0.06 for a, b in zip(times, expected, strict=True))
    session.stop()


def test_music_following_the_breath_takes_each_phase_as_long_as_it_now_is(
    store, clock, sound, audio, state
) -> None:
    state.update(breath_sync=True)
    session = led(store, clock, sound)
    factors: list[tuple[float, float]] = []
    original = audio.set_breath_factor

    def record(factor: float, over_s: float = 0.2) -> None:
        factors.append((factor, over_s))
        original(factor, over_s)

    audio.set_breath_factor = record  # type: ignore[method-assign]
    session.start()
    run(session, clock, 240.0)
    assert factors[0] == (1.0, pytest.approx(3.0))  # rises over their first in-breath
    late = [f for f in factors if f[0] == 0.0][-1]
    assert late[1] > 3.2  # the out-breath has grown by then, and the music with it
    session.stop()


def test_history_keeps_where_it_started_and_what_it_reached(store, clock, sound) -> None:
    session = led(store, clock, sound, planned_s=180.0)
    session.start()
    [record] = store.sessions()
    assert record.item == "calm from 3-3 to 3-3"
    run(session, clock, CHECKPOINT_MS / 1000 * 20)  # a minute, with its checkpoints
    session.checkpoint()
    [record] = store.sessions()
    parsed = parse_led_item(record.item)
    assert parsed is not None
    item, started, reached = parsed
    assert (item, started) == ("calm", Pattern(3, 3))
    assert reached == session.pace() and reached.exhale > 3.0
    run(session, clock, 130.0)
    assert session.done and session.completed
    [record] = store.sessions()
    assert record.item == session.item and record.completed
    reached = parse_led_item(record.item)[2]  # type: ignore[index]
    assert reached.exhale <= 3.0 * 1.05**3.2  # about 5 % a minute, never more


def test_stay_at_this_pace_holds_the_breath_running_then(store, clock, sound, audio) -> None:
    session = led(store, clock, sound, planned_s=None)
    paces: list[Pattern] = []
    session.pace_changed.connect(paces.append)
    session.start()
    run(session, clock, 120.0)
    held = session.pace()
    session.stay_at_this_pace()
    assert session.held and paces[-1] == held
    run(session, clock, 600.0)
    assert session.pace() == held
    assert paces[-1] == held
    session.stop()
    [record] = store.sessions()
    assert record.item == f"calm from 3-3 to {held.label()}"
