"""Quiet time: a meditation timer with soft bells, on a plain, still screen.

Set up (how long, which bell or none, bells in between, a soundscape under it) → the quiet
time (the time left in dim, large figures, which can be hidden; nothing moves) → a short
summary. The bells and the soundscape come from the sound path
(:meth:`SoundPath.follow_meditation`); the page never plays anything itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.meditation import NO_BELL
from companion.core.sessions import format_duration
from companion.sessions.meditation import MeditationRequest, MeditationSession, request_from
from companion.ui.common.page import Services
from companion.ui.common.session_page import SessionPage
from companion.ui.common.widgets import make_button, make_label
from companion.ui.meditate.setup import MeditationSetup, bell_names


class MeditationPage(SessionPage[MeditationSession]):
    """Set-up → quiet time → summary."""

    name = "meditate"
    waits_for_sound = True  # the start bell is the first moment

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self._state = services.state
        super().__init__(services, parent)
        self.start_button.setAccessibleDescription(self.tr("Begin the quiet time (Space)"))
        self.again_button.setText(self.tr("Sit again"))
        self.setup.hear_requested.connect(self._hear)
        self._state.changed.connect(lambda _prefs: self._show_time_choice())
        self._show_time_choice()

    # -- views -------------------------------------------------------------------------

    def build_setup(self) -> QWidget:
        self.setup = MeditationSetup(self._state)
        return self.setup

    def build_run(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(2)
        self.time_label = make_label("", "quiet-time", wrap=False)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label.setAccessibleName(self.tr("Time left"))
        layout.addWidget(self.time_label)
        self.words = make_label("", "muted")
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.words)
        layout.addStretch(3)
        return view

    def run_buttons(self) -> list[QPushButton]:
        self.time_button = make_button("", self.tr("Show or hide the time left"))
        self.time_button.setProperty("role", "quiet")
        self.time_button.clicked.connect(self.toggle_time)
        self.change_button = make_button(
            self.tr("Change…"), self.tr("Stop and choose another length or bell")
        )
        self.change_button.setProperty("role", "quiet")
        self.change_button.clicked.connect(self.change)
        return [self.time_button, self.change_button]

    def change(self) -> None:
        """Stop this quiet time (kept as partial) and show the set-up."""
        self.stop()
        self.session = None
        self.show_setup()

    def toggle_time(self) -> None:
        """Hide the time left (or show it again); remembered for next time."""
        self._state.update(meditation_show_time=not self._state.prefs.meditation_show_time)

    # -- sessions ----------------------------------------------------------------------

    def setup_request(self) -> MeditationRequest:
        return request_from(self._state.prefs)

    def last_request(self) -> MeditationRequest:
        session = self.session
        if session is not None:
            return MeditationRequest(session.plan, session.soundscape)
        return self.setup_request()

    def make_session(self, request: object | None) -> MeditationSession:
        if not isinstance(request, MeditationRequest):
            request = self.setup_request()
        return MeditationSession(request, self.services.store, now=self.services.now, parent=self)

    def on_session(self, session: MeditationSession) -> None:
        plan = session.plan
        bell = bell_names(self)[plan.bell]
        if plan.interval_s is not None:
            bell = self.tr("{0}, every {1} min").format(bell, f"{plan.interval_s / 60:g}")
        self.run_title.setText(self.tr("Quiet time · {0}").format(bell))
        if session.open_ended:
            words = self.tr("Sit for as long as you like. Stop (Esc) when you are ready")
            words += self.tr("; a bell will close the time.") if plan.rings else "."
        elif plan.rings:
            words = self.tr("Rest. A bell will ring when the time is up.")
        else:
            words = self.tr("Rest. The screen will say when the time is up.")
        self.words.setText(words)
        self.services.sound.follow_meditation(session)
        self._show_time_choice()

    def refresh_run(self, session: MeditationSession) -> None:
        remaining = session.remaining()
        if remaining is None:
            self.time_label.setText(format_duration(session.elapsed()))
            self.time_label.setAccessibleName(self.tr("Time so far"))
        else:
            self.time_label.setText(format_duration(remaining))
            self.time_label.setAccessibleName(self.tr("Time left"))
        self.run_time.setText("")

    def summary_words(self, session: MeditationSession, completed: bool) -> tuple[str, str]:
        heading = self.tr("Your quiet time is complete") if completed else self.tr("Stopped")
        return heading, self.tr("Time: {0}").format(format_duration(session.elapsed()))

    # -- reactions ---------------------------------------------------------------------

    def _show_time_choice(self) -> None:
        shown = self._state.prefs.meditation_show_time
        self.time_label.setVisible(shown)
        self.time_button.setText(self.tr("Hide the time") if shown else self.tr("Show the time"))
        self.time_button.setAccessibleName(self.time_button.text())

    def _hear(self, bell: str) -> None:
        if bell != NO_BELL:
            self.services.sound.bell(f"bell-{bell}")
