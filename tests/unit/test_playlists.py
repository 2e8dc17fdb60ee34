"""Playlists and the play order: editing, shuffle, repeat, missing files, stop-after."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.listen.playlists import (
    NAME_MAX,
    Playlist,
    PlaylistError,
    PlayOrder,
    Repeat,
    Track,
    natural_key,
    validate_name,
)


def tracks(n: int) -> list[Track]:
    return [Track(f"/music/{i:02d}.ogg", title=f"Song {i}") for i in range(n)]


def test_display_title_falls_back_to_the_file_name_without_extension() -> None:
    assert Track("/m/Rain on roof.ogg").display_title == "Rain on roof"
    assert Track("C:\\Music\\Bach - Air.mp3").display_title == "Bach - Air"
    assert Track("/m/noext").display_title == "noext"
    assert Track("/m/.hidden").display_title == ".hidden"
    assert Track("/m/a.ogg", title="").display_title == "a"
    assert Track("/m/a.ogg", title="Real").display_title == "Real"


def test_natural_key_sorts_numbers_as_numbers() -> None:
    names = ["Track 10.mp3", "track 2.mp3", "Track 1.mp3", "a.mp3"]
    assert sorted(names, key=natural_key) == ["a.mp3", "Track 1.mp3", "track 2.mp3", "Track 10.mp3"]


def test_names_are_validated() -> None:
    assert validate_name("  Evening   calm ") == "Evening calm"
    assert validate_name("x" * NAME_MAX) == "x" * NAME_MAX
    with pytest.raises(PlaylistError, match="needs a name"):
        validate_name("   ")
    with pytest.raises(PlaylistError, match="at most 80"):
        validate_name("x" * (NAME_MAX + 1))
    with pytest.raises(ValueError):
        Playlist("")


def test_add_remove_move_rename_in_place() -> None:
    p = Playlist("Mine", tracks(3))
    p.add([Track("/x.ogg")], at=1)
    assert [t.path for t in p.tracks][:2] == ["/music/00.ogg", "/x.ogg"]
    p.add(tracks(1))
    assert len(p.tracks) == 5
    assert p.remove(1).path == "/x.ogg"
    p.move(0, 2)
    assert [t.title for t in p.tracks[:3]] == ["Song 1", "Song 2", "Song 0"]
    p.move(2, 0)
    assert [t.title for t in p.tracks[:3]] == ["Song 0", "Song 1", "Song 2"]
    p.rename(" Night ")
    assert p.name == "Night"
    with pytest.raises(IndexError):
        p.remove(9)
    with pytest.raises(IndexError):
        p.move(0, 9)


def test_duration_counts_known_lengths() -> None:
    p = Playlist("d", [Track("/a", duration_s=60), Track("/b"), Track("/c", duration_s=30.5)])
    assert p.duration_s == 90.5


def test_bundled_playlists_are_read_only_but_can_be_copied() -> None:
    calm = Playlist("Calm", tracks(2), id=1, bundled=True)
    for change in (
        lambda: calm.rename("x"),
        lambda: calm.add(tracks(1)),
        lambda: calm.remove(0),
        lambda: calm.move(0, 1),
        lambda: calm.replace(0, Track("/y")),
    ):
        with pytest.raises(PlaylistError, match="Make a copy"):
            change()
    mine = calm.copy("My calm")
    assert mine.id is None and not mine.bundled and mine.tracks == calm.tracks
    mine.remove(0)
    assert len(calm.tracks) == 2


@given(st.lists(st.integers(0, 9), max_size=20), st.integers(0, 9), st.integers(0, 9))
def test_move_keeps_every_track(_noise: list[int], src: int, dst: int) -> None:
    p = Playlist("p", tracks(10))
    before = list(p.tracks)
    p.move(src, dst)
    assert Counter(p.tracks) == Counter(before)
    assert p.tracks[dst] == before[src]


# -- play order -------------------------------------------------------------------------


def test_in_order_plays_through_and_stops_at_the_end() -> None:
    order = PlayOrder(tracks(3))
    assert order.start() == 0
    assert order.next(auto=True) == 1
    assert order.next(auto=True) == 2
    assert order.next(auto=True) is None
    assert order.current == 2


def test_previous_goes_back_and_stays_on_the_first() -> None:
    order = PlayOrder(tracks(3))
    order.start(2)
    assert order.previous() == 1
    assert order.previous() == 0
    assert order.previous() == 0  # the player restarts the first track


def test_repeat_all_wraps_both_ways() -> None:
    order = PlayOrder(tracks(3), repeat=Repeat.ALL)
    order.start(2)
    assert order.next(auto=True) == 0
    assert order.previous() == 2


def test_repeat_one_replays_on_its_own_but_next_moves_on() -> None:
    order = PlayOrder(tracks(3), repeat=Repeat.ONE)
    order.start(1)
    assert order.next(auto=True) == 1
    assert order.next(auto=True) == 1
    assert order.next() == 2
    assert order.next() == 0  # pressing Next wraps rather than stopping


def test_missing_tracks_are_skipped() -> None:
    items = tracks(5)
    missing = {items[0].path, items[2].path, items[3].path}
    order = PlayOrder(items, is_available=lambda t: t.path not in missing)
    assert order.start() == 1
    assert order.next() == 4
    assert order.previous() == 1
    assert order.jump(2) is None and order.current == 1


def test_nothing_playable_gives_none_without_looping_forever() -> None:
    for shuffle in (False, True):
        order = PlayOrder(tracks(4), is_available=lambda t: False, shuffle=shuffle)
        order.repeat = Repeat.ALL
        assert order.start() is None
        assert order.next() is None
    assert PlayOrder([]).start() is None


def test_stop_after_this_track_stops_once() -> None:
    order = PlayOrder(tracks(3), repeat=Repeat.ALL)
    order.start()
    order.stop_after_current = True
    assert order.next() == 1  # pressing Next is not the track ending
    assert order.next(auto=True) is None
    assert not order.stop_after_current
    assert order.next(auto=True) == 2


def test_stop_after_wins_over_repeat_one() -> None:
    order = PlayOrder(tracks(2), repeat=Repeat.ONE)
    order.start()
    order.stop_after_current = True
    assert order.next(auto=True) is None


def test_shuffle_is_seeded_and_plays_each_track_once_per_round() -> None:
    a = PlayOrder(tracks(8), shuffle=True, seed=7)
    b = PlayOrder(tracks(8), shuffle=True, seed=7)
    first = [a.start(), *(a.next(auto=True) for _ in range(7))]
    assert first == [b.start(), *(b.next(auto=True) for _ in range(7))]
    assert sorted(first) == list(range(8))
    assert first != list(range(8))
    assert a.next(auto=True) is None  # repeat none: one round


def test_shuffle_repeat_all_starts_a_new_round_without_an_immediate_repeat() -> None:
    for seed in range(30):
        order = PlayOrder(tracks(5), shuffle=True, seed=seed, repeat=Repeat.ALL)
        played = [order.start(), *(order.next(auto=True) for _ in range(14))]
        for r in range(3):
            assert sorted(played[r * 5 : r * 5 + 5]) == list(range(5))
        assert all(x != y for x, y in itertools.pairwise(played))


def test_shuffle_previous_walks_back_through_history_then_forward_again() -> None:
    order = PlayOrder(tracks(6), shuffle=True, seed=3)
    played = [order.start(), order.next(), order.next(), order.next()]
    assert [order.previous(), order.previous()] == [played[2], played[1]]
    assert [order.next(), order.next()] == [played[2], played[3]]
    nxt = order.next()
    assert nxt not in played
    assert order.previous() == played[3]


def test_shuffle_previous_at_the_start_stays() -> None:
    order = PlayOrder(tracks(4), shuffle=True, seed=1)
    first = order.start()
    assert order.previous() == first


def test_jump_in_shuffle_counts_as_played() -> None:
    order = PlayOrder(tracks(4), shuffle=True, seed=5)
    first = order.start()
    order.jump(3 if first != 3 else 2)
    seen = [order.current]
    while (index := order.next(auto=True)) is not None:
        seen.append(index)
    assert len(seen) == len(set(seen))


def test_turning_shuffle_on_counts_the_current_track_as_played() -> None:
    order = PlayOrder(tracks(5), seed=2)
    order.start(2)
    order.set_shuffle(True)
    rest = [order.next(auto=True) for _ in range(4)]
    assert sorted(rest) == [0, 1, 3, 4]
    assert order.next(auto=True) is None
    order.set_shuffle(False)
    assert order.shuffle is False


def test_set_tracks_follows_an_edited_playlist() -> None:
    p = Playlist("p", tracks(4))
    order = PlayOrder(p.tracks)
    order.start(1)
    p.move(1, 3)
    order.set_tracks(p.tracks, current=3)
    assert order.next(auto=True) is None
    assert order.previous() == 2
    order.set_tracks([], current=None)
    assert order.current is None and order.next() is None


@given(
    n=st.integers(1, 12),
    seed=st.integers(0, 2**32),
    missing=st.sets(st.integers(0, 11)),
    presses=st.lists(st.sampled_from(["next", "auto", "prev"]), max_size=40),
    repeat=st.sampled_from(list(Repeat)),
    shuffle=st.booleans(),
)
def test_play_order_only_ever_picks_available_tracks(
    n: int, seed: int, missing: set[int], presses: list[str], repeat: Repeat, shuffle: bool
) -> None:
    items = tracks(n)
    gone = {items[i].path for i in missing if i < n}
    order = PlayOrder(
        items, is_available=lambda t: t.path not in gone, shuffle=shuffle, repeat=repeat, seed=seed
    )
    picks = [order.start()]
    for press in presses:
        if press == "prev":
            picks.append(order.previous())
        else:
            picks.append(order.next(auto=press == "auto"))
    for index in picks:
        assert index is None or (0 <= index < n and items[index].path not in gone)
