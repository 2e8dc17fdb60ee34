"""Music levelling arithmetic, the calm-ward order and the unsettled rule (core, no I/O)."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from companion.core.listen.levels import Energy, Source, TrackLevel, calmward_order
from companion.core.listen.playlists import PlayOrder, Repeat, Track
from companion.core.listen.responses import SKIP_AFTER_UNSETTLED, is_skipped, worth_asking
from companion.core.loudness import (
    MUSIC_MAX_BOOST_DB,
    MUSIC_PEAK_CEILING,
    MUSIC_VOLUME_AT_REFERENCE,
    REFERENCE_LUFS,
    UNMEASURED_MUSIC_LUFS,
    music_level,
    peak_ceiling,
)
from companion.core.preferences import DEFAULT_MUSIC_VOLUME
from companion.core.ramps import MASTER_CAP, Mixdown

CAP_DB = 20 * math.log10(MASTER_CAP)
REFERENCE_HEARD = REFERENCE_LUFS + CAP_DB  # a track at the reference, through the cap


def heard_lufs(lufs: float, volume: float = DEFAULT_MUSIC_VOLUME, master: float = 1.0) -> float:
    """How loud a track of ``lufs`` plays (the real mix-down's gain) at these volumes."""
    mix = Mixdown(master=master, music=volume)
    mix.set_level(0.0, music_level(lufs), 1.0, 0.0)
    return lufs + 20 * math.log10(mix.gain(0.0))


def test_the_default_music_volume_is_where_music_sits_at_the_reference() -> None:
    assert DEFAULT_MUSIC_VOLUME == MUSIC_VOLUME_AT_REFERENCE
    for lufs in (-6.0, -14.0, -20.0, -24.0, -25.9):
        assert heard_lufs(lufs) == pytest.approx(REFERENCE_HEARD, abs=1e-9)


@given(st.floats(-60.0, 0.0), st.floats(-60.0, 0.0), st.floats(0.01, 1.0), st.floats(0.01, 1.0))
@example(0.0, -22.0, 1.0, 1.0)  # full volume: -22 LUFS is under where loud tracks then sit
def test_levelled_tracks_play_alike_and_never_above_the_reference(
    a: float, b: float, volume: float, master: float
) -> None:
    """Loud tracks are turned down to where the volumes put the reference; quieter ones are
    raised as far as the mixer allows (it cannot amplify), so only tracks under that can
    differ, and nothing ever plays louder than a track at the reference does."""
    top = REFERENCE_HEARD + 20 * math.log10(volume / DEFAULT_MUSIC_VOLUME * master)
    la, lb = heard_lufs(a, volume, master), heard_lufs(b, volume, master)
    if min(a, b) >= max(REFERENCE_LUFS, top):  # both can be turned down to the same level
        assert la == pytest.approx(lb, abs=1e-6)
    assert la <= top + 1e-9 and lb <= top + 1e-9  # the cap's promise, whatever the level
    assert abs(la - lb) <= abs(a - b) + 1e-9  # levelling never widens a gap


def test_a_quiet_piece_twenty_db_under_a_loud_master_plays_level_with_it() -> None:
    """The issue's case at the default volumes: a master at −6 LUFS, a piano at −26."""
    assert abs(heard_lufs(-6.0) - heard_lufs(-26.0)) < 0.1
    assert heard_lufs(-30.0) < heard_lufs(-6.0)  # the mixer cannot raise this one all the way


def test_a_quiet_track_is_raised_at_most_six_db_and_unknown_counts_as_loud() -> None:
    very_quiet = music_level(-50.0) * MUSIC_VOLUME_AT_REFERENCE
    assert 20 * math.log10(very_quiet) == pytest.approx(MUSIC_MAX_BOOST_DB)
    assert music_level(math.nan) == music_level(UNMEASURED_MUSIC_LUFS)
    assert music_level(-math.inf) == music_level(UNMEASURED_MUSIC_LUFS)
    assert music_level(math.nan) < music_level(-20.0)  # cautious: softer, never louder


@given(st.floats(0.0, 4.0, allow_nan=False))
def test_peaks_stay_under_the_ceiling_as_heard(peak: float) -> None:
    mix = Mixdown(master=1.0, music=1.0)
    mix.set_level(0.0, music_level(-30.0), peak_ceiling(peak), 0.0)
    gain = mix.gain(0.0)
    assert gain <= 1.0
    assert peak * gain <= MUSIC_PEAK_CEILING + 1e-12
    assert peak_ceiling(None) == 1.0 and peak_ceiling(0.0) == 1.0


def test_the_level_factor_moves_smoothly() -> None:
    mix = Mixdown(music=0.6)
    mix.set_level(0.0, 1.0, 1.0, 0.0)
    mix.set_level(10.0, 0.25, 1.0, 2.0)
    values = [mix.gain(10.0 + k / 10) for k in range(21)]
    assert values[0] == pytest.approx(MASTER_CAP * 0.6)
    assert values[-1] == pytest.approx(MASTER_CAP * 0.6 * 0.25)
    assert all(b <= a + 1e-12 for a, b in pairwise(values))
    assert max(abs(b - a) for a, b in pairwise(values)) < 0.06


def level(onsets: float, bright: float, lufs: float) -> TrackLevel:
    return TrackLevel(lufs, 0.5, Source.MEASURED, Energy(onsets, bright))


def test_calmward_goes_from_the_liveliest_to_the_calmest() -> None:
    drums = level(6.0, 3000.0, -9.0)
    piano = level(2.0, 1200.0, -18.0)
    pad = level(0.2, 400.0, -22.0)
    assert calmward_order([pad, drums, piano]) == [1, 2, 0]
    # a track not measured yet keeps its place in the family's order
    assert calmward_order([pad, None, drums, piano]) == [2, 1, 3, 0]


levels_or_none = st.one_of(
    st.none(),
    st.builds(
        level,
        st.floats(0.0, 10.0),
        st.floats(50.0, 8000.0),
        st.floats(-40.0, -5.0),
    ),
)


@given(st.lists(levels_or_none, max_size=12))
def test_calmward_is_a_permutation_that_keeps_unmeasured_tracks_in_place(
    levels: list[TrackLevel | None],
) -> None:
    order = calmward_order(levels)
    assert sorted(order) == list(range(len(levels)))
    for slot, level_ in enumerate(levels):
        if level_ is None:
            assert order[slot] == slot


@given(st.lists(st.booleans(), min_size=1, max_size=10), st.randoms(use_true_random=False))
def test_a_sequence_plays_in_its_order_skipping_what_cannot_play(playable: list[bool], rng) -> None:  # type: ignore[no-untyped-def]
    tracks = [Track(f"/m/{i}.ogg") for i in range(len(playable))]
    sequence = list(range(len(tracks)))
    rng.shuffle(sequence)
    order = PlayOrder(tracks, is_available=lambda t: playable[tracks.index(t)], repeat=Repeat.NONE)
    order.set_sequence(sequence)
    played = []
    index = order.start()
    while index is not None:
        played.append(index)
        index = order.next(auto=True)
    assert played == [i for i in sequence if playable[i]]
    if len(played) >= 2:
        order.jump(played[-1])
        assert order.previous() == played[-2]


def test_a_sequence_that_does_not_fit_the_tracks_is_ignored() -> None:
    order = PlayOrder([Track("a"), Track("b")])
    order.set_sequence([1, 1])
    assert order.sequence == [0, 1]


def test_marked_unsettled_twice_is_skipped_unless_chosen() -> None:
    assert not is_skipped(1, play_unsettled=False)
    assert is_skipped(SKIP_AFTER_UNSETTLED, play_unsettled=False)
    assert not is_skipped(SKIP_AFTER_UNSETTLED, play_unsettled=True)
    assert worth_asking(30.0) and not worth_asking(5.0)
