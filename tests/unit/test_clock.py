"""The session clock: elapsed time with pauses taken out, from an injected source."""

from __future__ import annotations

from companion.core.clock import SessionClock
from tests.helpers.fakes import FakeClock


def test_elapsed_counts_from_start() -> None:
    fake = FakeClock()
    clock = SessionClock(fake)
    assert clock.elapsed() == 0.0
    clock.start()
    fake.advance(12.5)
    assert clock.elapsed() == 12.5


def test_pauses_are_not_counted() -> None:
    fake = FakeClock()
    clock = SessionClock(fake)
    clock.start()
    fake.advance(10)
    clock.pause()
    fake.advance(100)
    assert clock.elapsed() == 10 and clock.paused and not clock.running
    clock.pause()  # a second pause changes nothing
    fake.advance(5)
    clock.resume()
    fake.advance(2)
    assert clock.elapsed() == 12 and clock.running
    clock.pause()
    fake.advance(3)
    clock.resume()
    clock.resume()  # a second resume changes nothing
    fake.advance(1)
    assert clock.elapsed() == 13


def test_a_clock_that_goes_backwards_never_gives_negative_time() -> None:
    fake = FakeClock()
    clock = SessionClock(fake)
    clock.start()
    fake.advance(-5)
    assert clock.elapsed() == 0.0
