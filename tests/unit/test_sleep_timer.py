"""The sleep timer's arithmetic: when the fade starts and how long it lasts."""

from __future__ import annotations

import pytest

from companion.core.listen.sleep_timer import SLEEP_FADE_S, SleepTimer


def test_a_minutes_timer_starts_its_fade_half_a_minute_before_the_end() -> None:
    timer = SleepTimer.after_minutes(15, now=100.0)
    end = 100.0 + 15 * 60
    assert timer.remaining(100.0) == 15 * 60
    assert timer.fade_due(track_left_s=None, now=end - SLEEP_FADE_S - 0.1) is None
    assert timer.fade_due(track_left_s=None, now=end - SLEEP_FADE_S) == pytest.approx(30.0)
    # Checked a little late, the fade still ends on time.
    assert timer.fade_due(track_left_s=None, now=end - 10) == pytest.approx(10.0)
    assert timer.fade_due(track_left_s=None, now=end + 5) == 0.0
    assert timer.remaining(end + 5) == 0.0


def test_end_of_track_follows_what_is_left_of_the_track() -> None:
    timer = SleepTimer.at_end_of_track()
    assert timer.remaining(0.0) is None
    assert timer.fade_due(track_left_s=120.0, now=50.0) is None
    assert timer.fade_due(track_left_s=25.0, now=50.0) == pytest.approx(25.0)
    # A track without a known length cannot be faded: the player stops after it instead.
    assert timer.fade_due(track_left_s=None, now=50.0) is None


def test_a_very_short_timer_fades_within_its_own_time() -> None:
    timer = SleepTimer.after_minutes(0.25, now=0.0)
    assert timer.fade_s == 15.0
    assert timer.fade_due(None, now=0.0) == pytest.approx(15.0)


def test_zero_minutes_is_refused() -> None:
    with pytest.raises(ValueError):
        SleepTimer.after_minutes(0, now=0.0)
