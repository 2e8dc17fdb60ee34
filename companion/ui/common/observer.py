"""Ratings by an observer, for a patient who cannot answer: PAINAD's five items with their
published words, a carer's estimate of breathlessness, and "Could not rate" on every item.

The panel always says it is observer-rated and asks who is rating; it never shows the
patient's own ratings, and nothing it keeps is mixed with them. Nothing is required and
there is no time limit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from companion.core.care.observer import (
    BREATHLESSNESS,
    MAX_NAME,
    OBSERVER_ITEMS,
    OBSERVERS,
    PAINAD_CREDIT,
    PAINAD_HOW,
    PAINAD_ITEMS,
    PAINAD_MAX,
    PAINAD_TITLE,
    ObserverItem,
    ObserverRating,
    clean_name,
)
from companion.core.sessions import Who
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.core_texts import core_text
from companion.ui.common.flow import FlowRow
from companion.ui.common.widgets import make_button, make_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Observer", text)


def observer_label(who: Who) -> str:
    """How the app names the person who rated."""
    return {
        Who.FAMILY: _tr("Family caregiver"),
        Who.CAREGIVER: _tr("Professional caregiver"),
        Who.PATIENT: _tr("Patient"),
    }[who]


def item_name(key: str) -> str:
    """An observed item's name, translated (PAINAD's names as published in English)."""
    item = OBSERVER_ITEMS.get(key)
    return core_text(item.name) if item is not None else key


def rating_summary(rating: ObserverRating) -> str:
    """One line: "PAINAD 3 of 10 · breathlessness (carer's estimate) 5 · could not rate: …"."""
    parts = []
    total = rating.painad_total
    if total is not None:
        parts.append(_tr("PAINAD {0} of {1}").format(total, PAINAD_MAX))
    elif rating.has_painad:
        scored = [f"{item_name(k)} {v}" for k, v in rating.answers.items()
                  if v is not None and k.startswith("painad_")]  # fmt: skip
        if scored:
            parts.append(_tr("PAINAD, part: {0}").format(", ".join(scored)))
    estimate = rating.answers.get(BREATHLESSNESS.key, -1)
    if estimate is not None and estimate >= 0:
        parts.append(_tr("breathlessness (carer's estimate) {0} of 10").format(estimate))
    missed = [item_name(k) for k, v in rating.answers.items() if v is None]
    if missed:
        parts.append(_tr("could not rate: {0}").format(", ".join(missed)))
    return " · ".join(parts)


def rated_by(rating: ObserverRating) -> str:
    """ "Observer-rated by Family caregiver (Anna)"."""
    who = observer_label(rating.observer)
    if rating.name:
        who = _tr("{0} ({1})").format(who, rating.name)
    return _tr("Observer-rated by {0}").format(who)


class ObserverRow(QWidget):
    """One observed item: its name, the words for each score, the scores, "Could not rate".

    Press a chosen answer again to clear it.

    Signals:
        changed(): the answer changed (or was cleared).
    """

    changed = Signal()

    def __init__(self, item: ObserverItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self._answered = False
        self._value: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        name = core_text(item.name)
        layout.addWidget(make_label(f"<b>{name}</b>"))
        for score, words in enumerate(item.levels):
            layout.addWidget(make_label(f"{score} = {core_text(words)}", "muted"))
        if not item.levels:
            layout.addWidget(
                make_label(
                    _tr("0 = {0}, 10 = {1}").format(core_text(item.low), core_text(item.high)),
                    "muted",
                )
            )
        numbers = QWidget()
        numbers.setProperty("role", "row")
        row = FlowRow(numbers, spacing=8)
        self.buttons = []
        for score in range(item.maximum + 1):
            meaning = core_text(item.levels[score]) if item.levels else ""
            button = make_button(
                str(score),
                _tr("{0}: {1} out of {2}").format(name, score, item.maximum)
                + (f" ({meaning})" if meaning else ""),
                checkable=True,
            )
            button.setAccessibleName(_tr("{0} {1}").format(name, score))
            button.setProperty("role", "number")
            button.clicked.connect(lambda _on=False, v=score: self._on_click(v))
            self.buttons.append(button)
            row.add(button)
        self.not_rated_button = make_button(
            _tr("Could not rate"),
            _tr("{0}: it could not be observed or judged (kept as an answer)").format(name),
            checkable=True,
        )
        self.not_rated_button.setAccessibleName(_tr("Could not rate: {0}").format(name))
        self.not_rated_button.clicked.connect(lambda _on=False: self._on_click(None))
        row.add(self.not_rated_button)
        policy = numbers.sizePolicy()
        policy.setHeightForWidth(True)
        numbers.setSizePolicy(policy)
        layout.addWidget(numbers)

    @property
    def answered(self) -> bool:
        """Whether a score or "could not rate" is chosen."""
        return self._answered

    def value(self) -> int | None:
        """The score (None: "could not rate", or not answered; see :attr:`answered`)."""
        return self._value

    def set_answer(self, answered: bool, value: int | None = None) -> None:
        """Show an answer (a score, or None for "could not rate") without emitting."""
        self._answered, self._value = answered, value if answered else None
        for score, button in enumerate(self.buttons):
            button.setChecked(answered and value == score)
        self.not_rated_button.setChecked(answered and value is None)

    def _on_click(self, value: int | None) -> None:
        same = self._answered and self._value == value
        self.set_answer(not same, value)
        self.changed.emit()


class ObserverPanel(QFrame):
    """One set of observer ratings: who rates, PAINAD, the carer's breathlessness estimate.

    Signals:
        changed(): an answer, the observer or their name changed.
    """

    changed = Signal()

    def __init__(
        self,
        moment: str,
        title: str,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.moment = moment
        self._now = now
        self.setProperty("role", "card")
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)  # no two targets close together (tremor)
        layout.addWidget(make_label(title, "heading"))
        layout.addWidget(
            make_label(
                self.tr(
                    "Observer-rated: for when the patient cannot answer for themselves. "
                    "Kept apart from the patient's own answers. Optional: leave any question."
                ),
                "muted",
            )
        )
        self.who_chips = ChoiceChips(
            self.tr("Who is rating"), [(w, observer_label(w)) for w in OBSERVERS]
        )
        self.who_chips.chosen.connect(lambda _w: self._changed())
        self.name_field = QLineEdit()
        self.name_field.setMaxLength(MAX_NAME)
        self.name_field.setPlaceholderText(self.tr("Your name (optional)"))
        self.name_field.setAccessibleName(self.tr("Name of the person rating"))
        self.name_field.setAccessibleDescription(self.tr("Optional; it is shown with the rating"))
        self.name_field.editingFinished.connect(self._changed)
        layout.addWidget(make_label(self.tr("Who is rating?"), "lead"))
        layout.addWidget(self.who_chips)
        layout.addWidget(self.name_field)
        self.who_hint = make_label(self.tr("Choose who is rating to keep these answers."))
        layout.addWidget(self.who_hint)
        layout.addWidget(make_label(core_text(PAINAD_TITLE), "lead"))
        layout.addWidget(make_label(core_text(PAINAD_HOW), "muted"))
        self.rows: dict[str, ObserverRow] = {}
        for item in (*PAINAD_ITEMS, BREATHLESSNESS):
            if item is BREATHLESSNESS:
                layout.addWidget(make_label(self.tr("The carer's estimate"), "lead"))
            row = ObserverRow(item)
            row.changed.connect(self._changed)
            self.rows[item.key] = row
            layout.addWidget(row)
            if item is PAINAD_ITEMS[-1]:
                self.total_label = make_label("")
                layout.addWidget(self.total_label)
        layout.addWidget(make_label(core_text(PAINAD_CREDIT), "muted"))
        self._show_total()

    # -- answers ---------------------------------------------------------------------------

    def observer(self) -> Who | None:
        """Who is rating, if chosen."""
        who = self.who_chips.current()
        return who if isinstance(who, Who) else None

    def answers(self) -> dict[str, int | None]:
        """The answered items (None: "could not rate")."""
        return {key: row.value() for key, row in self.rows.items() if row.answered}

    def rating(self, session_id: int | None = None) -> ObserverRating | None:
        """The answers as a rating set (None until someone is chosen as the observer)."""
        who = self.observer()
        if who is None:
            return None
        moment = self.moment if session_id is not None else "alone"
        return ObserverRating(
            self._now(), who, self.answers(), moment, session_id,
            clean_name(self.name_field.text()),
        )  # fmt: skip

    def set_observer(self, who: Who | None, name: str = "") -> None:
        """Offer ``who`` (and their name) as the observer, without emitting."""
        if who in OBSERVERS:
            self.who_chips.set_current(who)
        else:
            self.who_chips.clear()
        self.name_field.setText(name)
        self._show_total()

    def clear(self) -> None:
        """Forget the answers (who is rating stays)."""
        for row in self.rows.values():
            row.set_answer(False)
        self._show_total()

    def _changed(self) -> None:
        self._show_total()
        self.changed.emit()

    def _show_total(self) -> None:
        answers = self.answers()
        painad = [answers.get(i.key, -1) for i in PAINAD_ITEMS]
        if all(v is not None and v >= 0 for v in painad):
            total = sum(v for v in painad if v is not None)
            self.total_label.setText(self.tr("PAINAD total: {0} of {1}").format(total, PAINAD_MAX))
        else:
            self.total_label.setText(
                self.tr("PAINAD total: shown once all five items have a score.")
            )
        self.who_hint.setVisible(bool(answers) and self.observer() is None)
