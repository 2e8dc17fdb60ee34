"""Settings → the breathing cues in a loved one's voice: "Breathe in", "Breathe out" and the
end words, recorded once and said instead of the spoken cues (when spoken cues are on)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.services.recordings import CUE
from companion.sessions.sound import breathing_phrases
from companion.ui.common.controls import ChoiceChips
from companion.ui.common.page import Services
from companion.ui.common.recorder import RecordPanel
from companion.ui.common.widgets import make_label

CUES = ("inhale", "exhale", "end")


class FamilyCues(QWidget):
    """Which cue to record, the words to say, and the record panel."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(
            make_label(
                self.tr(
                    "Someone close can record the breathing cues once. When spoken cues are "
                    "on (in Breathe), they are said in that voice; a cue not recorded is "
                    "said by the chosen voice."
                ),
                "muted",
            )
        )
        self.words = breathing_phrases()
        self.chips = ChoiceChips(
            self.tr("Cue to record"),
            [
                ("inhale", self.words["inhale"]),
                ("exhale", self.words["exhale"]),
                ("end", self.tr("The end words")),
            ],
        )
        layout.addWidget(self.chips)
        self.say = make_label("")
        self.say.setAccessibleName(self.tr("The words to say"))
        layout.addWidget(self.say)
        self.panel = RecordPanel(services)
        layout.addWidget(self.panel)
        self.chips.chosen.connect(self.choose)
        self.choose("inhale")

    def choose(self, cue: object) -> None:
        """Record this cue."""
        name = str(cue)
        self.chips.set_current(name)
        self.say.setText(self.tr("Say: “{0}”").format(self.words[name]))
        self.panel.set_slot(CUE, "", name)

    def shutdown(self) -> None:
        """Let the microphone go."""
        self.panel.shutdown()
