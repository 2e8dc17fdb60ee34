"""The periods History offers instead of date fields: the last 7 days, 4 or 8 weeks, 12 months,
or everything kept. Each ends today and counts today as its last day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from companion.ui.history.words import tr


@dataclass(frozen=True)
class Period:
    """One preset: its key, and how many days back it reaches (None: every session)."""

    key: str
    days: int | None

    @property
    def label(self) -> str:
        """Its name on its chip and in sentences: ``Last 8 weeks``."""
        return {
            "7d": tr("Last 7 days"),
            "4w": tr("Last 4 weeks"),
            "8w": tr("Last 8 weeks"),
            "12m": tr("Last 12 months"),
            "all": tr("All time"),
        }[self.key]

    def first_day(self, today: date, oldest: date | None) -> date:
        """The first day it shows (``oldest``: the day of the first session kept)."""
        if self.days is None:
            return min(oldest or today, today)
        return today - timedelta(days=self.days - 1)


PERIODS = (
    Period("7d", 7),
    Period("4w", 28),
    Period("8w", 56),
    Period("12m", 365),
    Period("all", None),
)
DEFAULT_PERIOD = "8w"


def period_named(key: object) -> Period:
    """The preset with ``key`` (else the default)."""
    for period in PERIODS:
        if period.key == key:
            return period
    return period_named(DEFAULT_PERIOD)
