"""The narration model: segment timing from audio lengths, waiting, captions-only, restart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.breathing import Phase
from companion.core.imagine.narration import MAX_WAIT_S, NO_AUDIO, Narration
from companion.core.imagine.scripts import estimate_speech_s, parse_script

TEXT = """title: Test
pace: 120
---
One two three four.
Five six.

[pause 3]

Seven eight nine.
[breathe 2]
"""


def kinds(events) -> list[tuple[str, int]]:
    return [(e.kind.value, e.index) for e in events]


@pytest.fixture
def narration() -> Narration:
    return Narration(parse_script(TEXT, script_id="test"), gap_s=0.5)


def test_sentences_last_as_long_as_their_audio_plus_a_gap(narration: Narration) -> None:
    lengths = {0: 2.0, 1: 1.0, 3: 1.5}
    audio = lengths.get
    assert kinds(narration.advance(0.0, audio)) == [("enter", 0), ("speak", 0)]
    assert narration.advance(2.49, audio) == []
    assert kinds(narration.advance(2.5, audio)) == [("enter", 1), ("speak", 1)]
    # The pause starts when sentence 1 ends (4.0) and lasts 3 s.
    assert kinds(narration.advance(4.0, audio)) == [("enter", 2)]
    assert narration.next_change_in(4.0) == pytest.approx(3.0)
    assert kinds(narration.advance(7.0, audio)) == [("enter", 3), ("speak", 3)]
    assert kinds(narration.advance(9.0, audio)) == [("enter", 4)]  # breathe: 2 x 10 s
    assert narration.breath_state(9.0)[0].phase is Phase.INHALE
    assert narration.breath_state(13.5)[0].phase is Phase.EXHALE
    assert narration.breath_state(20.0)[1] == 2
    assert kinds(narration.advance(29.0, audio)) == [("end", 4)]
    assert narration.finished and narration.current is None


def test_a_sentence_waits_for_its_audio_and_the_voice_starts_when_it_comes(
    narration: Narration,
) -> None:
    ready: dict[int, float] = {}
    assert kinds(narration.advance(0.0, ready.get)) == [("enter", 0)]  # caption, no voice yet
    assert narration.waiting
    assert narration.advance(0.3, ready.get) == []
    ready[0] = 2.0
    assert kinds(narration.advance(0.4, ready.get)) == [("speak", 0)]
    assert narration.started_at == 0.4  # timed from when the voice started
    assert narration.advance(2.8, ready.get) == []
    assert kinds(narration.advance(2.9, ready.get))[0] == ("enter", 1)


def test_without_audio_sentences_are_timed_captions(narration: Narration) -> None:
    def silent(_index: int) -> float:
        return NO_AUDIO

    events = narration.advance(0.0, silent)
    assert kinds(events) == [("enter", 0)]  # no "speak" without a voice
    first = estimate_speech_s("One two three four.", 120)
    assert narration.length == pytest.approx(first)
    assert kinds(narration.advance(first, silent)) == [("enter", 1)]
    assert narration.total() == pytest.approx(
        first
        + estimate_speech_s("Five six.", 120)
        + 3
        + estimate_speech_s("Seven eight nine.", 120)
        + 20,
        abs=0.01,
    )


def test_audio_that_never_comes_gives_up_waiting(narration: Narration) -> None:
    def never(_index: int) -> None:
        return None

    narration.advance(0.0, never)
    assert narration.waiting
    narration.advance(MAX_WAIT_S + 0.1, never)
    assert narration.index == 1  # the first became a timed caption; the next one waits


def test_restart_line_says_the_sentence_again_or_the_one_before_a_pause(
    narration: Narration,
) -> None:
    audio = {0: 2.0, 1: 1.0, 3: 1.5}.get
    narration.advance(0.0, audio)
    assert kinds(narration.restart_line(1.5, audio)) == [("enter", 0), ("speak", 0)]
    assert narration.started_at == 1.5
    narration.advance(4.0, audio)  # sentence 1
    narration.advance(5.5, audio)  # the pause
    assert narration.index == 2
    assert kinds(narration.restart_line(6.0, audio)) == [("enter", 1), ("speak", 1)]


def test_a_late_wake_up_starts_the_voice_now_not_in_the_past(narration: Narration) -> None:
    audio = {0: 2.0, 1: 1.0, 3: 1.5}.get
    narration.advance(0.0, audio)
    # Woken 5 s late: sentence 1 starts now and is heard whole; nothing is skipped.
    assert kinds(narration.advance(7.5, audio)) == [("enter", 1), ("speak", 1)]
    assert narration.started_at == 7.5 and narration.next_change_in(7.5) == pytest.approx(1.5)


def test_position_and_total_follow_the_real_lengths(narration: Narration) -> None:
    audio = {0: 2.0, 1: 1.0, 3: 1.5}.get
    narration.advance(0.0, audio)
    assert narration.position(1.0) == pytest.approx(1.0)
    narration.advance(2.5, audio)
    assert narration.position(3.0) == pytest.approx(3.0)
    assert narration.known[0] == pytest.approx(2.5)


@given(
    st.lists(st.floats(0.0, 30.0) | st.none() | st.just(NO_AUDIO), min_size=3, max_size=3),
    st.lists(st.floats(0.0, 5.0), min_size=1, max_size=60),
)
def test_any_audio_and_any_steps_move_forward_and_end(lengths, steps) -> None:
    narration = Narration(parse_script(TEXT, script_id="t"))
    table = {0: lengths[0], 1: lengths[1], 3: lengths[2]}
    elapsed, last = 0.0, -1
    for step in steps:
        elapsed += step
        narration.advance(elapsed, table.get)
        assert narration.index >= last
        last = narration.index
    # Whatever happened, time alone brings it to the end.
    for _ in range(20):
        elapsed += 40.0
        narration.advance(elapsed, table.get)
    assert narration.finished
