"""Reminders: due times, no late bursts, quiet nights, and how they are stored."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import pytest

from companion.core.preferences import Preferences, preferences_from_dict
from companion.core.reminders import Reminder, ReminderError, due, may_sound, reminders_from

TZ = timezone(timedelta(hours=1))
SLEEP = Reminder(time(21, 30), "Before sleep", sound=True)
LUNCH = Reminder(time(12, 0), "After lunch")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=TZ)


def test_a_reminder_is_due_once_when_its_time_passes() -> None:
    reminders = (LUNCH, SLEEP)
    assert due(reminders, at(23, 21, 29), at(23, 21, 30)) == [SLEEP]
    assert due(reminders, at(23, 21, 30), at(23, 21, 31)) == []
    assert due(
        reminders,
        at(23, 11, 59),
        at(
            23,
            12,
            0,
        ),
    ) == [LUNCH]


def test_across_midnight() -> None:
    early = Reminder(time(0, 5), "Night check")
    assert due((early,), at(23, 23, 58), at(24, 0, 6)) == [early]


def test_after_a_long_sleep_nothing_is_fired_late() -> None:
    # The laptop slept from 11:00 to 22:00: lunch and sleep reminders are not sprung at once.
    assert due((LUNCH, SLEEP), at(23, 11, 0), at(23, 22, 0)) == []
    # Noticed 10 minutes late is still fine.
    assert due((SLEEP,), at(23, 11, 0), at(23, 21, 40)) == [SLEEP]


def test_sound_only_when_asked_and_not_at_night_unless_asked() -> None:
    day = Reminder(time(15, 0), "Tea", sound=True)
    assert may_sound(day, at(23, 15, 0), sound_at_night=False)
    assert not may_sound(LUNCH, at(23, 12, 0), sound_at_night=True)  # no sound asked
    assert not may_sound(SLEEP, at(23, 21, 30), sound_at_night=False)  # night
    assert may_sound(SLEEP, at(23, 21, 30), sound_at_night=True)


def test_labels_are_required_and_short() -> None:
    with pytest.raises(ReminderError):
        Reminder(time(9, 0), "  ")
    with pytest.raises(ReminderError):
        Reminder(time(9, 0), "x" * 61)


def test_reminders_round_trip_through_preferences() -> None:
    prefs = Preferences(reminders_on=True, reminders=(LUNCH, SLEEP))
    back, problems = preferences_from_dict(prefs.to_dict())
    assert problems == [] and back == prefs
    assert prefs.to_dict()["reminders"][1] == {
        "at": "21:30",
        "label": "Before sleep",
        "sound": True,
    }


@pytest.mark.parametrize(
    "bad",
    [
        "21:30",
        [{"at": "25:00", "label": "x"}],
        [{"at": "21:30"}],
        [{"at": "21:30", "label": "x", "sound": "yes"}],
        [{"at": "09:00", "label": "x"}] * 13,
    ],
)
def test_bad_stored_reminders_are_reset_not_fatal(bad) -> None:
    with pytest.raises(ValueError):
        reminders_from(bad)
    prefs, problems = preferences_from_dict({"reminders": bad, "theme": "night"})
    assert prefs.reminders == () and problems == ["reminders"] and prefs.theme == "night"
