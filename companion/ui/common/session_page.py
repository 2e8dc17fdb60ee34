"""The body every timed activity shares: set-up → the running session → a short summary.

Breathing, Imagine, Stretch and the hand massage are each a :class:`SessionPage`: the same
three views, the same footers in the same places (Start at the bottom right of the set-up;
Pause and Stop at the bottom right of a session, never scrolled away), the same optional
ratings before and after, the same keys (Space starts and pauses, Esc stops or goes home).
A subclass fills in what differs: its set-up, what a session shows, and how a session is made.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from companion.core.sessions import format_duration
from companion.sessions.timed import TimedSession
from companion.ui.common.flow import flow_row
from companion.ui.common.page import Page, Services, SessionKeys
from companion.ui.common.plan_note import PAGE_ACTIVITY, PlanNote
from companion.ui.common.ratings import SessionRatings
from companion.ui.common.seen_timer import SeenTimer
from companion.ui.common.shortcuts import add_shortcut
from companion.ui.common.widgets import footed_view, make_button, make_label, session_controls

S = TypeVar("S", bound=TimedSession)

SETUP, RUN, SUMMARY = range(3)
REFRESH_MS = 250  # the time left and other words a session shows
SOUND_WAIT_MS = 2000  # a session guided by sound waits this long at most for the device


class SessionPage(Page, Generic[S]):
    """Set-up, session and summary views for one activity.

    Subclasses implement :meth:`build_setup`, :meth:`build_run` and :meth:`make_session`,
    and may override :meth:`run_buttons`, :meth:`on_session`, :meth:`refresh_run`,
    :meth:`summary_words` and :meth:`setup_request`.
    """

    waits_for_sound = False  # start only once the sound device is open (its first cue)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.session: S | None = None
        self.ratings = SessionRatings(services.history, parent=self)
        self.ratings.problem.connect(self.notice.emit)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_setup_view())
        self.stack.addWidget(self._build_run_view())
        self.stack.addWidget(self._build_summary_view())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._refresh = SeenTimer(self, REFRESH_MS)  # the words, while they can be read
        self._refresh.timeout.connect(self._refresh_run)
        # A held Space is one press: it never flips Pause back and forth (nor taps twice).
        add_shortcut(self, Qt.Key.Key_Space, self.on_space).setAutoRepeat(False)
        add_shortcut(self, Qt.Key.Key_Escape, self.on_escape)

    # -- what a subclass provides ----------------------------------------------------------

    def build_setup(self) -> QWidget:
        """The set-up's content (it scrolls; Start stays in the footer below it)."""
        raise NotImplementedError

    def build_run(self) -> QWidget:
        """What a running session shows between its top line and its Pause/Stop footer."""
        raise NotImplementedError

    def run_buttons(self) -> list[QPushButton]:
        """Extra buttons left of Pause and Stop (Skip, Say that again…)."""
        return []

    def make_session(self, request: object | None) -> S | None:
        """A new session for ``request`` (from :meth:`setup_request` or the command line);
        None when it cannot be started (the page says why)."""
        raise NotImplementedError

    def setup_request(self) -> object | None:
        """What Start on the set-up starts (by default: what the set-up shows)."""
        return None

    def on_session(self, session: S) -> None:
        """Connect the new session's own signals (before it starts)."""

    def refresh_run(self, session: S) -> None:
        """Update the words of a running session (called a few times a second)."""

    def summary_words(self, session: S, completed: bool) -> tuple[str, str]:
        """The summary's heading and its line of words."""
        heading = self.tr("Session complete") if completed else self.tr("Session stopped")
        return heading, self.tr("Time: {0}").format(format_duration(session.elapsed()))

    def summary_note_text(self, session: S, completed: bool) -> str:
        """A quieter line under the summary (by default: where the session is kept)."""
        return self.tr("It is saved in History.") if self.services.store is not None else ""

    # -- the three views --------------------------------------------------------------------

    def _build_setup_view(self) -> QWidget:
        content = QWidget()
        inside = QVBoxLayout(content)
        inside.setContentsMargins(0, 0, 0, 0)
        self.plan_note = PlanNote(self.services.care, PAGE_ACTIVITY.get(self.name, ""))
        inside.addWidget(self.plan_note)  # the care team's word on this activity, if any
        inside.addWidget(self.build_setup())
        inside.addWidget(self.ratings.before_box)
        inside.addStretch(1)
        self.setup_home_button = make_button(
            self.tr("Home"), self.tr("Back to the home screen (Esc)")
        )
        self.setup_home_button.clicked.connect(self.home_requested)
        self.start_button = make_button(self.tr("Start"), self.tr("Start (Space)"), role="primary")
        self.start_button.clicked.connect(self.start_from_setup)
        footer = flow_row(
            [self.setup_home_button],
            [self.ratings.before_toggle, self.start_button],
            primary=self.start_button,
        )
        view, self.setup_scroll = footed_view(content, footer)
        self.ratings.before_toggle.toggled.connect(self._show_before_ratings)
        return view

    def _show_before_ratings(self, shown: bool) -> None:
        if shown:
            self.setup_scroll.reveal(self.ratings.before)

    def _build_run_view(self) -> QWidget:
        top = QHBoxLayout()
        self.run_title = make_label("", "muted")
        self.run_time = make_label("", "muted", wrap=False)
        self.run_time.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.run_title, 1)
        top.addWidget(self.run_time)
        body = self.build_run()
        controls, self.pause_button, self.stop_button = session_controls(
            self.run_buttons(), self.toggle_pause, self.stop
        )
        view, self.run_scroll = footed_view(body, controls, top)
        return view

    def _build_summary_view(self) -> QWidget:
        content = QWidget()
        inside = QVBoxLayout(content)
        self.summary_title = make_label("", "title")
        self.summary_text = make_label("", "subtitle")
        self.summary_note = make_label("", "muted")
        inside.addStretch(1)
        for label in (self.summary_title, self.summary_text, self.summary_note):
            inside.addWidget(label)
        inside.addWidget(self.ratings.after_box)  # the patient's own, then an observer's
        inside.addStretch(2)
        home = make_button(self.tr("Home"), self.tr("Back to the home screen (Esc)"))
        home.clicked.connect(self.home_requested)
        self.choose_button = make_button(self.tr("Choose another"))
        self.choose_button.clicked.connect(self.show_setup)
        self.again_button = make_button(self.tr("Again"), role="primary")
        self.again_button.clicked.connect(self.again)
        footer = flow_row([home], [self.choose_button, self.again_button], self.again_button)
        return footed_view(content, footer)[0]

    # -- the page interface -------------------------------------------------------------------

    def show_request(self, request: object | None = None) -> None:
        """Start ``request`` at once; with None, show the set-up (unless a session runs)."""
        if request is not None:
            self.start(request)
        else:
            self.show_setup()

    def shutdown(self) -> None:
        self.stop()

    @property
    def busy(self) -> bool:
        return self.session is not None and not self.session.done

    def running_session(self) -> SessionKeys | None:
        if not self.busy or self.stack.currentIndex() != RUN:
            return None
        assert self.session is not None
        return SessionKeys(self.pause_button, self.stop_button, self.session.paused)

    # -- control ---------------------------------------------------------------------------

    def show_setup(self) -> None:
        """The set-up view (unless a session is running)."""
        if not self.busy:
            self.stack.setCurrentIndex(SETUP)
            if self.start_button.isEnabled():
                self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_from_setup(self) -> None:
        """Start what the set-up shows."""
        if self.start_button.isEnabled():
            self.start(self.setup_request())

    def start(self, request: object | None = None) -> bool:
        """Start a session now (a running one is stopped first); False if it cannot start."""
        if self.session is not None and not self.session.done:
            self.session.stop()
        session = self.make_session(request)
        if session is None:
            return False
        self.session = session
        session.paused_changed.connect(self._session_paused)
        session.finished.connect(self._session_finished)
        session.problem.connect(self.notice.emit)
        self.on_session(session)
        self.stack.setCurrentIndex(RUN)
        self.pause_button.setText(self.tr("Pause"))
        self.pause_button.setFocus(Qt.FocusReason.OtherFocusReason)
        # the guide first: at large text (and in longer languages) the view may scroll, but it
        # opens at its top, the circle or the words in sight, the sound controls below
        self.run_scroll.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, lambda: self.run_scroll.verticalScrollBar().setValue(0))
        sound = self.services.sound
        if self.waits_for_sound and not sound.is_bound:
            # The first cue is the first moment: wait (briefly) for the device to open, so
            # the rhythm heard is the rhythm shown from the very start.
            self.run_time.setText(self.tr("Starting…"))
            sound.when_bound(lambda _output: self._begin(session))
            QTimer.singleShot(SOUND_WAIT_MS, self, lambda: self._begin(session))
        else:
            self._begin(session)
        return True

    def _begin(self, session: S) -> None:
        """Start ``session`` now (once; not if it was replaced or stopped meanwhile)."""
        if session is not self.session or session.clock.started or session.done:
            return
        session.start()
        self.ratings.session_started(session.record)
        if not session.done:
            self._refresh.start()
            self._refresh_run()

    def again(self) -> None:
        """The same again (the last session's request)."""
        self.start(self.last_request())

    def last_request(self) -> object | None:
        """What :meth:`again` starts (by default, what the set-up shows)."""
        return self.setup_request()

    def toggle_pause(self) -> None:
        """Pause or resume the running session."""
        if self.busy:
            assert self.session is not None
            self.session.toggle_pause()

    def stop(self) -> None:
        """Stop the running session (kept in history as partial)."""
        if self.busy:
            assert self.session is not None
            if not self.session.clock.started:  # still waiting for the sound: nothing ran
                self.session = None
                self.show_setup()
                return
            self.session.stop()

    def on_space(self) -> None:
        """Space: start on the set-up, pause or resume in a session."""
        index = self.stack.currentIndex()
        if index == RUN:
            self.toggle_pause()
        elif index == SETUP:
            self.start_from_setup()

    def on_escape(self) -> None:
        """Esc: stop a session; anywhere else, go home."""
        if self.stack.currentIndex() == RUN:
            self.stop()
        else:
            self.home_requested.emit()

    # -- reactions ---------------------------------------------------------------------------

    def _refresh_run(self) -> None:
        session = self.session
        if session is not None and session.running:
            self.refresh_run(session)

    def _session_paused(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if paused:
            self._refresh.stop()
        else:
            self._refresh.start()
            self._refresh_run()

    def _session_finished(self, completed: bool) -> None:
        session = self.session
        assert session is not None
        self._refresh.stop()
        heading, words = self.summary_words(session, completed)
        self.summary_title.setText(heading)
        self.summary_text.setText(words)
        self.summary_note.setText(self.summary_note_text(session, completed))
        self.ratings.session_finished(session.record)
        self.stack.setCurrentIndex(SUMMARY)
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
