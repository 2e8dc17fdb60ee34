"""Help: common questions in plain words, the keyboard, where data lives, and the welcome."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from companion import __version__
from companion.services.notices import LICENCE, components
from companion.ui.common.page import Page, Services
from companion.ui.common.shortcuts import add_shortcut, shortcut_rows
from companion.ui.common.widgets import make_button, make_label, make_scroll


class HelpPage(Page):
    """Questions and answers, keyboard keys, data folders, and "show the welcome again"."""

    name = "help"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        paths = services.paths
        keys = shortcut_rows()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(make_label(self.tr("Help"), "title"))
        layout.addWidget(make_label(self.tr("Questions people often ask"), "subtitle"))
        self.questions = self._questions()
        for question, answer in self.questions:
            q = make_label(f"<b>{question}</b>")
            a = make_label(answer)
            a.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(q)
            layout.addWidget(a)
            layout.addSpacing(10)

        layout.addWidget(make_label(self.tr("Keyboard"), "subtitle"))
        rows = "".join(
            f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{where}&nbsp;&nbsp;</td><td>{what}</td></tr>"
            for key, where, what in keys
        )
        self.keys_label = make_label(f"<table>{rows}</table>")
        self.keys_label.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout.addWidget(self.keys_label)

        layout.addWidget(make_label(self.tr("Where the ideas come from"), "subtitle"))
        self.sources_label = make_label(self._sources())
        self.sources_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources_label.setAccessibleName(self.tr("Sources"))
        layout.addWidget(self.sources_label)

        layout.addWidget(make_label(self.tr("Where your data is kept"), "subtitle"))
        where = make_label(
            self.tr(
                "History and playlists: {0}<br>Settings: {1}<br>The breathlessness plan: {3}"
                "<br>Spoken words, kept to save time: {2}<br>Only you can read these files. "
                "Nothing is sent anywhere."
            ).format(paths.database, paths.settings, paths.cache, paths.breathless_plan)
        )
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        layout.addWidget(
            make_label(
                self.tr(
                    "Companion {0}. It guides and records; it is not a replacement for your "
                    "care team."
                ).format(__version__),
                "muted",
            )
        )
        layout.addWidget(make_label(self.tr("About Companion"), "subtitle"))
        self.about_label = make_label(self._about())
        self.about_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.about_label.setAccessibleName(self.tr("About Companion and its licences"))
        layout.addWidget(self.about_label)
        layout.addStretch(1)
        scroll = make_scroll(body)

        self.home_button = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        self.welcome_button = make_button(
            self.tr("Show the welcome again"), self.tr("What Companion is and is not")
        )
        self.home_button.clicked.connect(self.home_requested)
        self.welcome_button.clicked.connect(lambda: self.open_requested.emit("welcome", None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.welcome_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        add_shortcut(self, Qt.Key.Key_Escape, self.home_requested)

    def _about(self) -> str:
        """Companion's licence, its warranty, and every part it bundles with its licence."""
        rows = "".join(
            f"<tr><td>{html.escape(c.name)}&nbsp;&nbsp;</td>"
            f"<td>{html.escape(c.version or c.within)}&nbsp;&nbsp;</td>"
            f"<td>{html.escape(c.licence)}</td></tr>"
            for c in components()
        )
        intro = self.tr(
            "Companion {0} is free software: you may share and change it under the GNU General "
            "Public License, version 3 or later ({1}). It comes with no warranty. It bundles "
            "these parts, each under its own licence:"
        ).format(__version__, LICENCE)
        return f"{html.escape(intro)}<table>{rows}</table>"

    def _sources(self) -> str:
        """Who the guidance follows (public sources; Companion's words are its own)."""
        return html.escape(
            self.tr(
                "Breathless now follows what breathlessness services teach: the Breathing, "
                "Thinking, Functioning model (Spathis and others, npj Primary Care Respiratory "
                "Medicine 2017;27:27) and the leaflets of the Cambridge Breathlessness "
                "Intervention Service; studies of the hand-held fan (Luckett and others, "
                "European Respiratory Journal 2017; Bausewein and others, BMC Palliative Care "
                "2010); the NHS patient leaflets on recovery breathing and the calming hand; and "
                "NHS Scotland's advice for carers. The ratings use the revised Edmonton Symptom "
                "Assessment System (ESAS-r, Alberta Health Services), unchanged. The pictures, "
                "sounds and words are Companion's own; none of it is a treatment."
            )
        )

    def _questions(self) -> list[tuple[str, str]]:
        return [
            (
                self.tr("What is Breathless now?"),
                self.tr(
                    "Help in an attack of breathlessness: press it at the top of Home, press "
                    "F2, or choose it from the tray. It goes one step at a time and waits for "
                    "you: a position that helps, a fan on the face, breathing out longer with a "
                    "soft falling sound that follows you, the calming hand, a few calm words, "
                    "then the plan your care team wrote. It does not replace them. Get urgent "
                    "help if you cannot speak, your lips or face turn blue or grey, you have "
                    "chest pain, or it is new or much worse than usual."
                ),
            ),
            (
                self.tr("Is Companion a treatment?"),
                self.tr(
                    "No. It guides relaxation and keeps a record. It does not diagnose or treat, "
                    "and it does not replace your care team. Ask them before starting."
                ),
            ),
            (
                self.tr("Why breathe in for 4 seconds and out for 6?"),
                self.tr(
                    "That is about six slow breaths a minute, a rhythm many people find calming. "
                    "Breathe softly, not deeply. If it feels too long, choose Gentle or Very "
                    "gentle, which are shorter; the out-breath is never shorter than the in-breath."
                ),
            ),
            (
                self.tr("What if I feel dizzy, tingly or more breathless?"),
                self.tr(
                    "Stop and breathe normally. These exercises are not for sudden or severe "
                    "breathlessness: if you cannot speak in short sentences, get urgent help. "
                    "Comfort & safety in the breathing session has more tips."
                ),
            ),
            (
                self.tr("How long, and how often?"),
                self.tr(
                    "Three minutes is a good start, and any time helps. When it feels right, some "
                    "people like five minutes or more. There is no score to keep: come back "
                    "whenever you like."
                ),
            ),
            (
                self.tr("Can I follow it with my eyes closed?"),
                self.tr(
                    "Yes. A soft rising tone means breathe in and a falling one breathe out; "
                    "spoken cues can be turned on in the session."
                ),
            ),
            (
                self.tr("How do I make it quieter or darker at night?"),
                self.tr(
                    "Choose the Night theme in Settings, and lower the volume in the session or "
                    "the player. Sounds are kept low on purpose, and reminders are silent at "
                    "night unless you ask otherwise."
                ),
            ),
            (
                self.tr("Can we play the patient's own music?"),
                self.tr(
                    "Yes. In Listen, make a playlist and add music files or a whole folder. The "
                    "sleep timer fades the music out gently."
                ),
            ),
            (
                self.tr("Can we write our own relaxation script?"),
                self.tr(
                    "Yes. In Imagine, write one, or make your own copy of a bundled script and add "
                    "the names of favourite places and people."
                ),
            ),
            (
                self.tr("How do we share the history with the care team?"),
                self.tr(
                    "In History, Export shows exactly what will be included, then writes a short "
                    "PDF report, a spreadsheet file, or a FHIR file the care team's systems can "
                    "read. Nothing is shared unless you do this."
                ),
            ),
            (
                self.tr("Where does the care team write their plan?"),
                self.tr(
                    "On Home, Care plan: what they approve and their notes, a daily suggestion, "
                    "limits for movement and the questions before a massage. Companion shows "
                    "what they wrote; it never decides a treatment."
                ),
            ),
            (
                self.tr("What if the patient cannot answer the ratings?"),
                self.tr(
                    "A carer can Rate as an observer, before or after any session or on its own: "
                    "PAINAD (Pain Assessment in Advanced Dementia; Warden, Hurley and Volicer, "
                    "2003, its wording as published) and their estimate of breathlessness. "
                    "Could not rate is an answer too. These ratings are always shown apart from "
                    "the patient's own, with who rated."
                ),
            ),
            (
                self.tr("How do I delete everything?"),
                self.tr(
                    "In History, choose Delete all my data. It asks first, then removes every "
                    "session, rating and note from this computer."
                ),
            ),
        ]
