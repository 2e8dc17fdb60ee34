"""Start where you are: the person taps as each in-breath begins, and their rhythm is read.

A big button (or Space) is tapped at the start of each in-breath, for three breaths; holding
it down while breathing in tells the in-breath's length too. The fourth tap is the start of
an in-breath, so the circle begins right there, at the person's own pace
(:func:`companion.core.leading.measure`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.breathing import Pattern
from companion.core.leading import MAX_GAP_S, TAPS_NEEDED, RhythmProblem, Tap, measure
from companion.ui.common.flow import flow_row
from companion.ui.common.theme import px
from companion.ui.common.widgets import MIN_TARGET, footed_view, make_button, make_label

DOUBLE_TAP_S = 0.5  # two presses closer than this are one tap (no breath is that short)


class TapPad(QPushButton):
    """The big button to tap (press and release, not click: both moments count)."""

    def __init__(self, text: str, description: str) -> None:
        super().__init__()
        self.setProperty("role", "tile")
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.setMinimumSize(MIN_TARGET, round(200 * px("body") / 19))
        inside = QVBoxLayout(self)
        inside.setContentsMargins(24, 16, 24, 16)
        self.words = make_label(text, "title")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inside.addWidget(self.words)


class TapView(QWidget):
    """Asks for taps and reads the rhythm from them.

    Signals:
        measured(Pattern): three even breaths were tapped; the fourth in-breath begins now.
        cancelled(): back to the set-up.
        skipped(): start at the chosen pattern instead.
    """

    measured = Signal(object)
    cancelled = Signal()
    skipped = Signal()

    def __init__(self, now: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.taps: list[Tap] = []
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(16)
        layout.addWidget(make_label(self.tr("Start where you are"), "title"))
        layout.addWidget(
            make_label(
                self.tr(
                    "Breathe as you are now; there is no right speed. Tap the big button, or "
                    "press Space, each time you begin to breathe in. Hold it down while you "
                    "breathe in, if you like. Three or four breaths are enough."
                ),
                "subtitle",
            )
        )
        self.pad = TapPad(
            self.tr("Tap as you breathe in"),
            self.tr("Press as each in-breath begins (Space does the same)"),
        )
        layout.addSpacing(16)
        layout.addWidget(self.pad)
        self.progress = make_label("", "count")
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.progress)
        self.message = make_label("", "muted")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.cancel_button = make_button(self.tr("Back"), self.tr("Back to the set-up (Esc)"))
        self.skip_button = make_button(
            self.tr("Start without tapping"), self.tr("Start at the chosen pattern")
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(footed_view(body, flow_row([self.cancel_button], [self.skip_button]))[0])
        self.pad.pressed.connect(self.press)
        self.pad.released.connect(self.release)
        self.cancel_button.clicked.connect(self.cancelled)
        self.skip_button.clicked.connect(self.skipped)

    def begin(self, target: Pattern) -> None:
        """Ask afresh (nothing tapped yet); ``target`` is what the lead goes toward."""
        self.taps = []
        self.skip_button.setText(self.tr("Start at {0} instead").format(target.label()))
        self.skip_button.setAccessibleName(self.skip_button.text())
        self.message.setText("")
        self._show_progress()
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- taps --------------------------------------------------------------------------------

    def press(self) -> None:
        """An in-breath begins (the big button or Space went down)."""
        now = self._now()
        if self.taps and now - self.taps[-1].pressed < DOUBLE_TAP_S:
            return  # a shaking hand pressed twice: one tap
        if self.taps and now - self.taps[-1].pressed > MAX_GAP_S:
            self.taps = []  # a long pause: count from here
            self.message.setText(self.tr("Let us count again from this breath."))
        self.taps.append(Tap(now))
        self.pad.setDown(True)
        if len(self.taps) >= TAPS_NEEDED:
            result = measure(self.taps)
            if isinstance(result, Pattern):
                self.pad.setDown(False)
                self.measured.emit(result)
                return
            if result is RhythmProblem.UNEVEN:
                self.message.setText(
                    self.tr("Those breaths were quite different. Keep tapping as you breathe.")
                )
        self._show_progress()

    def release(self) -> None:
        """The in-breath has ended (the big button or Space came up)."""
        self.pad.setDown(False)
        if self.taps and self.taps[-1].released is None:
            last = self.taps[-1]
            self.taps[-1] = Tap(last.pressed, self._now())

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        """Space pressed the pad (the page's shortcut); its release ends the in-breath."""
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.release()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _show_progress(self) -> None:
        count = min(len(self.taps), TAPS_NEEDED)
        words = self.tr("{0} of {1}", "taps so far, of the taps needed: 2 of 4")
        self.progress.setText(words.format(count, TAPS_NEEDED) if count else "")
