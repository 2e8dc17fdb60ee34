"""How History says things, on screen and in the report: one place for its words.

- Counts go through Qt's plural forms (``%n session(s)``): English has its own translation
  (``assets/i18n/companion_en.qm``) so one session is "1 session", never "1 sessions".
- Lengths are words, in seconds under a minute ("25 seconds", never "0 minutes").
- Dates are written by :class:`QLocale` in the interface language, with patterns a
  translator may reorder; never ISO dates.
- One name per activity: the CSV keeps its stable identifiers (``visualization``), people
  read "Guided imagery".

Every plural is a ``self.tr`` call of :class:`History` with its literal text, so
``make translations`` (``lupdate -pluralonly``) finds it.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QTime

from companion.core.breathing import PRESETS
from companion.core.leading import parse_led_item
from companion.core.listen.responses import Answer
from companion.core.sessions import Rating, SessionRecord, Who
from companion.ui.common.core_texts import short_name

CONTEXT = "History"


def tr(text: str, comment: str | None = None) -> str:
    """Translate in the History context."""
    return QCoreApplication.translate(CONTEXT, text, comment)


# -- counts ---------------------------------------------------------------------------------


class History(QObject):
    """The plural forms History says (written as ``self.tr`` numerus calls, context
    "History", so that ``lupdate -pluralonly`` finds each of them)."""

    def sessions(self, n: int) -> str:
        return self.tr("%n session(s)", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def notes(self, n: int) -> str:
        return self.tr("%n note(s)", "", n)

    def earlier_notes(self, n: int) -> str:
        return self.tr("%n earlier note(s) not shown: choose a shorter period to see them.", "", n)

    def checkins(self, n: int) -> str:
        return self.tr("%n check-in(s)", "", n)

    def ratings(self, n: int) -> str:
        return self.tr("%n rating(s)", "", n)

    def changed_by_a_point(self, n: int) -> str:
        return self.tr("%n changed by 1 point or more", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n page(s)", "", n)

    def seconds(self, n: int) -> str:
        return self.tr("%n second(s)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", "", n)


_say = History()  # no timer, no parent needed: it only translates


def sessions(n: int) -> str:
    """``1 session``, ``3 sessions``."""
    return _say.sessions(n)


def sessions_time(n: int, minutes: float) -> str:
    """``1 session, 25 seconds``; ``no sessions`` when there were none (not "0 minutes")."""
    if n == 0:
        return tr("no sessions")
    return tr("{0}, {1}", "a count, then a length: 3 sessions, 12 minutes").format(
        sessions(n), minutes_length(minutes)
    )


def days(n: int) -> str:
    """``1 day``, ``4 days``."""
    return _say.days(n)


def notes(n: int) -> str:
    """``1 note``, ``2 notes``."""
    return _say.notes(n)


def earlier_notes(n: int) -> str:
    """Notes left out of the report, and how to see them."""
    return _say.earlier_notes(n)


def pages(n: int) -> str:
    """``1 page``, ``2 pages``."""
    return _say.pages(n)


def checkins(n: int) -> str:
    """``1 check-in``, ``2 check-ins``."""
    return _say.checkins(n)


def ratings(n: int) -> str:
    """``1 rating``, ``5 ratings``."""
    return _say.ratings(n)


def changed_by_a_point(n: int) -> str:
    """``3 changed by 1 point or more``."""
    return _say.changed_by_a_point(n)


# -- lengths --------------------------------------------------------------------------------


def _seconds(n: int) -> str:
    return _say.seconds(n)


def _minutes(n: int) -> str:
    return _say.minutes(n)


def _hours(n: int) -> str:
    return _say.hours(n)


def length(seconds: float) -> str:
    """A length in words: ``25 seconds``, ``3 minutes``, ``1 hour 5 minutes``.

    Under a minute it is seconds, so a short session never reads as "0 minutes"; past that
    it is rounded to the minute (half a minute up).
    """
    total = int(max(0.0, seconds) + 0.5)
    if total == 0:
        return _minutes(0)
    if total < 60:
        return _seconds(total)
    minutes = int(total / 60 + 0.5)
    if minutes < 60:
        return _minutes(minutes)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return _hours(hours)
    return tr("{0} {1}", "hours, then minutes: 1 hour 5 minutes").format(
        _hours(hours), _minutes(rest)
    )


def minutes_length(minutes: float) -> str:
    """:func:`length` of a number of minutes."""
    return length(minutes * 60.0)


def decimal(value: float, places: int = 1) -> str:
    """``6.8`` (``6,8`` in German): a number as the interface language writes it."""
    return QLocale().toString(float(value), "f", places)


# -- dates ----------------------------------------------------------------------------------


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """``23 Nov 2026`` in the interface language."""
    return QLocale().toString(_qdate(day), tr("d MMM yyyy", "date pattern (Qt QDate): 23 Nov 2026"))


def short_day(day: date) -> str:
    """``23 Nov`` (chart axes, week names)."""
    return QLocale().toString(_qdate(day), tr("d MMM", "date pattern (Qt QDate): 23 Nov"))


def weekday_day(day: date, today: date | None = None) -> str:
    """``Mon 23 Nov``, with the year when it is not this year's."""
    if today is not None and day.year != today.year:
        pattern = tr("ddd d MMM yyyy", "date pattern (Qt QDate): Mon 23 Nov 2025")
    else:
        pattern = tr("ddd d MMM", "date pattern (Qt QDate): Mon 23 Nov")
    return QLocale().toString(_qdate(day), pattern)


def clock_time(moment: datetime) -> str:
    """``14:05`` (or ``2:05 PM``), as the interface language writes a time."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def when_text(moment: datetime, today: date | None = None) -> str:
    """``Mon 23 Nov, 14:05``: when a session started, in its own offset."""
    return tr("{0}, {1}", "a day, then a time: Mon 23 Nov, 14:05").format(
        weekday_day(moment.date(), today), clock_time(moment)
    )


def period_text(first: date, last: date) -> str:
    """``30 Sep 2026 to 23 Nov 2026`` (one day alone when both are the same)."""
    if first == last:
        return day_text(first)
    return tr("{0} to {1}", "a period: 30 Sep 2026 to 23 Nov 2026").format(
        day_text(first), day_text(last)
    )


def weekday_names() -> list[str]:
    """Monday to Sunday, short, in the interface language."""
    return [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]


# -- names ----------------------------------------------------------------------------------

ACTIVITY_ORDER = (
    "breathing",
    "visualization",
    "stretch",
    "listening",
    "massage",
    "meditation",
    "breathless",
)


def activity_name(key: str) -> str:
    """What people read for an activity (the CSV keeps ``key``, a stable identifier)."""
    names = {
        "breathing": tr("Breathing"),
        "visualization": tr("Guided imagery"),
        "stretch": tr("Stretch"),
        "listening": tr("Listening"),
        "massage": tr("Hand massage"),
        "meditation": tr("Meditation"),
        "breathless": tr("Breathless now"),  # an episode of breathlessness, not practice
    }
    return names.get(key, key.replace("_", " ").replace("-", " ").capitalize())


def activity_names() -> dict[str, str]:
    """Every activity's identifier and the name people read (the CSV's ``activity_name``)."""
    return {key: activity_name(key) for key in ACTIVITY_ORDER}


def item_name(activity: str, item: str) -> str:
    """What was done: ``Calm 4-6`` for a breathing preset, ``Warm light`` for a script id,
    a playlist's own name as it is; in words where the stored item is a code: a breathing
    lead's start and end (``calm from 3-3 to 3.4-3.8``), a quiet time's bell
    (``bowl every 5 min``)."""
    if activity == "breathing":
        led = parse_led_item(item)
        if led is not None:
            what, started, reached = led
            return tr("{0}, from your own pace {1} to {2}").format(
                what, started.label(), reached.label()
            )
    if activity == "meditation":
        bell, _, every = item.partition(" every ")
        bells = {
            "bowl": tr("Bowl"),
            "deep-bowl": tr("Deep bowl"),
            "small-bowl": tr("Small bowl"),
            "none": tr("No bell"),
        }
        named = bells.get(bell, bell)
        minutes = every.removesuffix(" min")
        return tr("{0}, every {1} min").format(named, minutes) if every else named
    preset = PRESETS.get(item) if activity == "breathing" else None
    if preset is not None:
        p = preset.pattern
        numbers = [p.inhale, p.hold_in, p.exhale, p.hold_out]
        shown = numbers if p.hold_in or p.hold_out else [p.inhale, p.exhale]
        digits = "-".join(f"{n:g}" for n in shown)
        return f"{_words(item)} {digits}"
    if item and item == item.lower() and " " not in item:
        return _words(item)  # an identifier: "warm-light"
    return item


def _words(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").capitalize()


def ratings_text(items: tuple[Rating, ...] | list[Rating], separator: str = ", ") -> str:
    """``Anxiety 6 → 3, Pain 4 → 4``; one-sided answers as ``Pain 4 →`` or ``Pain → 3``."""
    before = {r.item: r.value for r in items if r.when == "before"}
    after = {r.item: r.value for r in items if r.when == "after"}
    parts = []
    for item in dict.fromkeys([*before, *after]):
        b, a = before.get(item), after.get(item)
        left = "" if b is None else f"{b}\u00a0"  # the numbers and the arrow stay together
        right = "" if a is None else f"\u00a0{a}"
        parts.append(f"{short_name(item)} {left}→{right}")
    return separator.join(parts)


def rated_by(who: Who) -> str:
    """``rated by the patient``."""
    return {
        Who.PATIENT: tr("rated by the patient"),
        Who.FAMILY: tr("rated by a family caregiver"),
        Who.CAREGIVER: tr("rated by a professional caregiver"),
    }[who]


def session_details(record: SessionRecord) -> list[str]:
    """The second line of a session: ended early, who rated it, its note."""
    parts = []
    if not record.completed:
        parts.append(tr("Ended early"))
    if record.ratings and isinstance(record.who, Who):
        parts.append(rated_by(record.who))
    elif record.who is not None and not isinstance(record.who, Who):  # unknown: as stored
        parts.append(str(record.who.value))
    if record.note:
        parts.append(tr("“{0}”", "a note, quoted").format(record.note))
    if parts:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return parts


def responses_text(record: SessionRecord, full: bool = False) -> str:
    """How the music landed: ``Music: calmer 2, unsettled 1``; ``full`` names each track."""
    if not record.responses:
        return ""
    said = {
        Answer.CALMER: tr("calmer"),
        Answer.SAME: tr("no change"),
        Answer.UNSETTLED: tr("unsettled"),
    }
    if full:
        return "; ".join(f"{r.title}: {said[r.answer]}" for r in record.responses)
    counts = Counter(r.answer for r in record.responses)
    parts = [f"{said[a]} {counts[a]}" for a in Answer if counts[a]]
    return tr("Music: {0}").format(", ".join(parts))
