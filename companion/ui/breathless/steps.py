"""The steps of "Breathless now" as widgets: each a large title, a picture and a few lines.

The pictures sit beside the words while there is room and above them when the text is large
(:func:`~companion.ui.common.flow.columns`). The out-breath step adds its one action, the soft
falling tone "as I breathe out", and words that change a little each time it sounds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.ui.breathless.figures import BreathlessFigure
from companion.ui.breathless.words import (
    StepWords,
    out_breath_words,
    picture_description,
    positions,
    step_words,
    tr,
)
from companion.ui.common.flow import columns
from companion.ui.common.widgets import make_button, make_label

PICTURE_PX = 260  # a picture's preferred size at any text size (it is a drawing, not text)
STEP_PICTURES = {  # the one picture of each step that has one (positions have three)
    "fan": "fan",
    "out-breath": "out-breath",
    "calming-hand": "calming-hand",
    "reassure": "resting",
}


class Picture(BreathlessFigure):
    """A step's picture, as large as the room beside (or above) the words allows."""

    def sizeHint(self) -> QSize:
        return QSize(PICTURE_PX, PICTURE_PX)


def _words_column(words: StepWords, extra: list[QWidget] | None = None) -> QWidget:
    column = QWidget()
    column.setProperty("role", "row")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(16)
    title = make_label(words.title, "display")
    title.setObjectName("step-title")
    layout.addWidget(title)
    for line in words.lines:
        layout.addWidget(make_label(line, "caption"))
    for widget in extra or []:
        layout.addWidget(widget)
    layout.addStretch(1)
    return column


class StepView(QWidget):
    """One step: its words and its picture(s). ``pictures`` lists every drawing in it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.words = step_words()[key]
        self.pictures: list[BreathlessFigure] = []
        self.setAccessibleName(self.words.title)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(24)

    @property
    def title(self) -> str:
        """The step's title."""
        return self.words.title

    def set_reduced_motion(self, reduced: bool) -> None:
        """Hold every picture still (or let the moving ones move)."""
        for picture in self.pictures:
            picture.set_reduced_motion(reduced)

    def set_animating(self, animating: bool) -> None:
        """Let the moving pictures move while the step is on screen."""
        for picture in self.pictures:
            picture.set_animating(animating and picture.moves())


class PositionsStep(StepView):
    """The recovery positions, side by side (stacked at large text), each with its words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("position", parent)
        self.column.addWidget(_words_column(self.words))
        cells = []
        for position in positions():
            cell = QWidget()
            cell.setProperty("role", "row")
            inside = QVBoxLayout(cell)
            inside.setContentsMargins(0, 0, 0, 0)
            picture = Picture(position.picture, position.caption, minimum=120)
            self.pictures.append(picture)
            caption = make_label(position.caption, "lead")
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            inside.addWidget(picture, 1)
            inside.addWidget(caption)
            cells.append(cell)
        self.column.addWidget(columns(*cells, min_em=8), 1)


class PictureStep(StepView):
    """A step with one picture beside its words."""

    def __init__(
        self, key: str, extra: list[QWidget] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(key, parent)
        picture_key = STEP_PICTURES[key]
        self.picture = Picture(picture_key, picture_description(picture_key))
        self.pictures.append(self.picture)
        self.column.addWidget(
            columns(self.picture, _words_column(self.words, extra), min_em=14, stretches=(2, 3)),
            1,
        )


class OutBreathStep(PictureStep):
    """Breathe out, longer: the tone sounds as the person begins to breathe out (when they
    press), never at a set time; the words under the title change a little each time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.changing = make_label(out_breath_words()[0], "title")
        self.changing.setObjectName("out-breath-words")
        self.tone_button = make_button(
            tr("Play the sound as I breathe out"),
            tr("Press as you begin to breathe out: a long soft sound falls with your breath"),
        )  # the step's own action, but not the screen's primary (that is Next, in the footer)
        self.tone_button.setObjectName("tone-button")
        super().__init__("out-breath", [self.changing, self.tone_button], parent)

    def show_tone(self, words: int, since: Callable[[], float | None]) -> None:
        """A tone began: show its words and let the trail follow it."""
        self.changing.setText(out_breath_words()[words])
        self.picture.set_time_source(since)


STEP_BUILDERS: dict[str, Callable[[], StepView]] = {  # every step but the plan (the page's)
    "position": PositionsStep,
    "fan": lambda: PictureStep("fan"),
    "out-breath": OutBreathStep,
    "calming-hand": lambda: PictureStep("calming-hand"),
    "reassure": lambda: PictureStep("reassure"),
}

__all__ = ["STEP_BUILDERS", "OutBreathStep", "PictureStep", "PositionsStep", "StepView"]
