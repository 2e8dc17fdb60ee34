"""A tour of every page and every view of the real main window, for the accessibility checks.

``TOURS[page](ctx)`` puts the window in each state of that page in turn (set-up, running and
summary views, the editor, its sheets and dialogs) and yields a :class:`View` to check
there. ``tour(ctx)`` visits every page. Dialogs and sheets are shown modeless, checked, and
closed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from companion.cli.listen import sync_bundled
from companion.core.breathing import Pattern
from companion.core.breathless import STEPS
from companion.core.care.plan import Approval, Suggestion
from companion.core.listen.playlists import Playlist, Track
from companion.core.listen.responses import Answer
from companion.core.problems import Problem
from companion.core.sessions import Who
from companion.services.audio.soundscapes import soundscapes
from companion.services.history.data import HistoryFilter
from companion.services.history.fhir_export import fhir_counts
from companion.services.history.report import build_report
from companion.services.listen.track_data import TrackData
from companion.services.recordings import LINE, MESSAGE, RecordingStore
from companion.services.speech import Voice
from companion.sessions.breathing import BreathingRequest
from companion.ui.breathe.page import BreathingPage
from companion.ui.breathless.page import BreathlessPage
from companion.ui.careplan.observe import ObservePage
from companion.ui.careplan.page import CarePlanPage
from companion.ui.common.language import ui_language
from companion.ui.common.sheet import confirm_sheet, text_sheet
from companion.ui.history.dialogs import ExportSheet
from companion.ui.history.page import HistoryPage
from companion.ui.imagine.page import ImaginePage
from companion.ui.listen.page import ListenPage
from companion.ui.massage.page import MassagePage
from companion.ui.meditate.page import MeditationPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.window import MainWindow
from companion.ui.stretch.page import StretchPage
from tests.helpers import history_sample
from tests.helpers.a11y import View
from tests.helpers.fakes import FakeClock

LEFT = Qt.MouseButton.LeftButton


@dataclass
class TourContext:
    """What a tour needs: the window, pytest-qt's bot, the clock and the store."""

    window: MainWindow
    qtbot: object
    clock: FakeClock
    store: object


def _settle(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for _ in range(8):  # layout requests post further layout requests (nested scroll areas)
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _here(ctx: TourContext, name: str) -> View:
    _settle(ctx.qtbot, ctx.window)
    return View(name, ctx.window)


def _dialog(ctx: TourContext, dialog: QDialog, name: str) -> Iterator[View]:
    ctx.qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    ctx.qtbot.waitExposed(dialog)  # type: ignore[attr-defined]
    _settle(ctx.qtbot, dialog)
    yield View(name, dialog)
    dialog.reject()


def _sheet(ctx: TourContext, page: QWidget, name: str, field: bool = False) -> Iterator[View]:
    """The sheets the pages ask with (as ``SheetDialogs`` builds them)."""
    tr = QCoreApplication.translate  # in the interface language, as the pages ask
    if field:
        sheet, _line = text_sheet(
            page, name, tr("ListenPage", "Name of the playlist:"), "",
            tr("ListenPage", "Create playlist"),
        )  # fmt: skip
    else:
        sheet = confirm_sheet(
            page, name, tr("Breathless", "It will not be kept anywhere. This cannot be undone."),
            tr("DataCard", "Delete all my data"), tr("DataCard", "Keep it"),
        )  # fmt: skip
    yield from _dialog(ctx, sheet, f"sheet: {name}")


def home(ctx: TourContext) -> Iterator[View]:
    ctx.window.notices.add(Problem("audio.no-device"))  # worded in the interface language
    ctx.window.open("home")
    yield _here(ctx, "home, with a notice")


def breathe(ctx: TourContext) -> Iterator[View]:
    window, clock = ctx.window, ctx.clock
    breathing = window.page(BreathingPage)
    window.open("breathe")
    yield _here(ctx, "breathe: setup")
    breathing.ratings.before_toggle.setChecked(True)
    breathing.ratings.before.pick_button.setChecked(True)
    yield _here(ctx, "breathe: setup, rating before, choosing what to rate")
    breathing.ratings.before.pick_button.setChecked(False)
    breathing.ratings.before_toggle.setChecked(False)
    breathing.show_request(BreathingRequest(Pattern(4, 6), "calm", 60.0))
    clock.advance(2)
    yield _here(ctx, "breathe: running")
    breathing.show_safety()
    assert breathing._safety is not None
    yield from _dialog(ctx, breathing._safety, "breathe: comfort and safety")
    clock.advance(60)
    assert breathing.session is not None
    breathing.session.poll()
    ctx.qtbot.waitUntil(lambda: breathing.stack.currentIndex() == 2)  # type: ignore[attr-defined]
    yield _here(ctx, "breathe: summary, rating after")
    breathing.show_request(BreathingRequest(Pattern(4, 6), "calm", 60.0, True))
    breathing.taps.press()
    clock.advance(3)
    breathing.taps.release()
    clock.advance(3)
    breathing.taps.press()
    yield _here(ctx, "breathe: start where you are, tapping")
    for _ in range(2):
        clock.advance(6)
        breathing.taps.press()
    assert breathing.session is not None and breathing.session.leading
    clock.advance(2)
    breathing.session.poll()
    yield _here(ctx, "breathe: led from one's own pace")
    breathing.stay_at_this_pace()
    yield _here(ctx, "breathe: staying at one's own pace")
    breathing.stop()


def history(ctx: TourContext) -> Iterator[View]:
    """Every view and sheet of History, over eight weeks of sample sessions."""
    window = ctx.window
    page = window.page(HistoryPage)
    assert page.history is not None
    history_sample.fill(page.history)
    window.open("history")
    # the sample's writes ask for one refresh a second later: let it come before the tour
    ctx.qtbot.waitUntil(lambda: not page._stale.isActive(), timeout=5000)
    page.period.buttons["all"].click()
    yield _here(ctx, "history: all time")
    page.select_row(1)
    page.view_scroll.ensureWidgetVisible(page.list)
    yield _here(ctx, "history: the sessions, one chosen")
    page.period.buttons["7d"].click()
    page.activity_box.setCurrentIndex(page.activity_box.findData("massage"))
    yield _here(ctx, "history: a period with no sessions")
    page.reset_filters()
    page.refresh()
    page.select_row(1)
    record = page.selected_record()
    yield from _dialog(ctx, page.note_sheet(record), "history: note on a session")
    yield from _dialog(ctx, page.note_sheet(), "history: note for today")
    yield from _dialog(ctx, page.checkin_sheet(), "history: daily check-in")
    report = build_report(page.history, page.current_filter(), datetime.now().astimezone())
    yield from _dialog(ctx, ExportSheet(report, page), "history: export, the report")
    table = ExportSheet(report, page)
    table.choice.buttons["csv"].click()
    yield from _dialog(ctx, table, "history: export, the table")
    yield from _sheet(ctx, page, QCoreApplication.translate("HistoryPage", "Delete this session?"))


VOICES = [
    Voice("piper:en_US-joe-medium", "Joe", ("en-US",), "piper", "MIT; recordings CC0-1.0"),
    Voice("piper:en_GB-gran-medium", "Gran (medium)", ("en-GB",), "piper", "", mine=True),
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("roa/es", "Spanish (Spain)", ("es",)),
]


def settings(ctx: TourContext) -> Iterator[View]:
    window = ctx.window
    page = window.page(SettingsPage)
    window.open("settings")
    yield _here(ctx, "settings")
    page.voices._listed((VOICES, VOICES[0], "", ""))
    page.voices.list.setCurrentRow(1)
    page.voices.status.setText(
        "“gran.onnx” was not added. The voice's settings file is missing: keep the .onnx.json "
        "file beside the .onnx file, with the same name."
    )
    window.open("settings", "voices")
    yield _here(ctx, "settings: voices, a voice of one's own chosen")
    page.voices.every_language.setChecked(True)
    yield _here(ctx, "settings: voices of every language")
    page.voices.every_language.setChecked(False)
    page.family_cues.panel._on_failed("no-microphone")
    page.scroller.reveal(page.family_cues)
    yield _here(ctx, "settings: breathing cues in a loved one's voice, no microphone")


def imagine(ctx: TourContext) -> Iterator[View]:
    window, qtbot = ctx.window, ctx.qtbot
    page = window.page(ImaginePage)
    window.open("imagine")
    qtbot.waitUntil(lambda: page._loaded and page.chooser.list.count() > 0)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(page.chooser.speech_status.text()))  # type: ignore[attr-defined]
    yield _here(ctx, "imagine: choose a script")
    page.play(page.library.ordered_for(ui_language())[0].id)  # the first the list shows
    yield _here(ctx, "imagine: listening (captions only)")
    page.stop()
    qtbot.waitUntil(lambda: page.stack.currentIndex() == 2)  # type: ignore[attr-defined]
    yield _here(ctx, "imagine: summary")
    page.chooser.new_requested.emit()
    page.editor.text.setPlainText("title: Broken\n---\n[pause for a while]\n")
    page.editor.check()
    yield _here(ctx, "imagine: editor, with a problem")
    page.editor.cancelled.emit()
    entry = page.library.get("short-calm")
    assert entry is not None
    first = entry.script.sentences[0].text
    wav = _tone_wav()
    RecordingStore(ctx.store).save(LINE, entry.id, first, "Anna", wav)  # type: ignore[arg-type]
    page.chooser.record_requested.emit(entry.id)
    yield _here(ctx, "imagine: recording a script in a loved one's voice")
    page.recording.list.setCurrentRow(0)
    yield _here(ctx, "imagine: recording, a line already recorded")
    page.recording.panel._on_failed("no-microphone")
    yield _here(ctx, "imagine: recording, no microphone")
    page.recording.done_button.click()


class _SheetCatcher:
    """Dialogs that build the very sheets ``SheetDialogs`` shows, keep them for the tour to
    check (instead of waiting for an answer), and answer "cancelled"."""

    def __init__(self) -> None:
        self.sheets: list[QDialog] = []

    def open_file(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return None

    def open_files(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return []

    def open_folder(self, parent, title):  # type: ignore[no-untyped-def]
        return None

    def save_file(self, parent, title, name, filters):  # type: ignore[no-untyped-def]
        return None

    def ask_text(self, parent, title, label, text="", action=""):  # type: ignore[no-untyped-def]
        self.sheets.append(text_sheet(parent, title, label, text, action)[0])
        return None

    def confirm(self, parent, title, text, action, keep):  # type: ignore[no-untyped-def]
        self.sheets.append(confirm_sheet(parent, title, text, action, keep))
        return False


def listen(ctx: TourContext) -> Iterator[View]:
    window, qtbot = ctx.window, ctx.qtbot
    playlists, _ = sync_bundled(ctx.store)  # type: ignore[arg-type]
    sounds = soundscapes()
    tracks = [Track(str(s.path), s.title, "Grandad's Band", s.length_s) for s in sounds]
    tracks.append(Track("/media/usb/Moon River.mp3", "Moon River", "Grandad's Band", 160.0))
    playlists.save(Playlist("Family music", tracks))
    RecordingStore(ctx.store).save(  # type: ignore[arg-type]
        MESSAGE, "", "A message from Anna, for the mornings", "Anna", _tone_wav()
    )
    page = window.page(ListenPage)
    catcher = _SheetCatcher()
    page._dialogs = catcher  # type: ignore[assignment]
    window.open("listen")
    yield _here(ctx, "listen: the player, the bundled playlist")
    page.refresh(select="Family music")
    qtbot.mouseClick(page.view.play_button, LEFT)  # type: ignore[attr-defined]
    page.tracks.setCurrentRow(1)
    yield _here(ctx, "listen: the player, the family's playlist playing")
    player = window.services.player
    session = player.session_id
    assert session is not None and player.current_track is not None
    for answer in (Answer.UNSETTLED, Answer.UNSETTLED, Answer.CALMER):  # marks in the list
        TrackData(ctx.store).add_response(session, tracks[-1].path, "Moon River", answer)  # type: ignore[arg-type]
    player.questions.reload()
    player.questions.heard(player.current_track, 60.0, session)
    yield _here(ctx, "listen: how did that land? (and a track marked unsettled twice)")
    [calm] = [
        b
        for b in page.view.chips.buttons.values()
        if b.text() == QCoreApplication.translate("Names", "Calm")
    ]
    qtbot.mouseClick(calm, LEFT)  # type: ignore[attr-defined]
    yield _here(ctx, "listen: the player, another playlist shown while music plays")
    qtbot.mouseClick(page.view.edit_button, LEFT)  # type: ignore[attr-defined]
    yield _here(ctx, "listen: editing the bundled playlist")
    qtbot.mouseClick(page.edit.done_button, LEFT)  # type: ignore[attr-defined]
    page.refresh(select="Family music")
    qtbot.mouseClick(page.view.edit_button, LEFT)  # type: ignore[attr-defined]
    page.edit.tracks.setCurrentRow(2)
    yield _here(ctx, "listen: editing the family's playlist")
    qtbot.mouseClick(page.edit.order.buttons["calmward"], LEFT)  # type: ignore[attr-defined]
    yield _here(ctx, "listen: editing, from lively to calm")
    qtbot.mouseClick(page.edit.order.buttons["own"], LEFT)  # type: ignore[attr-defined]
    for button in (page.view.new_button, page.edit.rename_button, page.edit.delete_button):
        button.click()  # the real handler asks its real question
    for sheet in catcher.sheets:
        yield from _dialog(ctx, sheet, f"listen: sheet {sheet.accessibleName()!r}")
    qtbot.mouseClick(page.edit.done_button, LEFT)  # type: ignore[attr-defined]
    window.open("home")
    yield _here(ctx, "listen: home's now-playing bar")
    window.services.player.stop()


def stretch(ctx: TourContext) -> Iterator[View]:
    window, clock, qtbot = ctx.window, ctx.clock, ctx.qtbot
    page = window.page(StretchPage)
    window.open("stretch")
    qtbot.waitUntil(lambda: page.stretch_state.loaded)  # type: ignore[attr-defined]
    yield _here(ctx, "stretch: choose")
    page.setup.compose_button.setChecked(True)
    yield _here(ctx, "stretch: making a routine")
    page.setup.compose_button.setChecked(False)
    assert page.start("whole-body-5min")
    clock.advance(3)
    assert page.session is not None
    page.session.poll()
    yield _here(ctx, "stretch: guiding")
    page.stop()
    yield _here(ctx, "stretch: summary")


def massage(ctx: TourContext) -> Iterator[View]:
    window, clock, qtbot = ctx.window, ctx.clock, ctx.qtbot
    page = window.page(MassagePage)
    window.open("massage")
    qtbot.waitUntil(lambda: bool(page.answer_groups))  # type: ignore[attr-defined]
    for group in page.answer_groups.values():
        [no] = [b for b in group.buttons() if b.property("key") == "no"]
        no.click()
    yield _here(ctx, "massage: precautions check")
    page.start_button.click()
    clock.advance(5)
    page.poll()
    yield _here(ctx, "massage: guiding")
    page.stop()
    yield _here(ctx, "massage: summary")


def breathless(ctx: TourContext) -> Iterator[View]:
    """Every step of "Breathless now", the carer's screen, the plan (none, then written), its
    form (with a problem), the rest after an episode, and the plan's own page."""
    window, clock, qtbot = ctx.window, ctx.clock, ctx.qtbot
    page = window.page(BreathlessPage)
    window.open("breathless")
    for n, key in enumerate(STEPS):
        if key == "out-breath":
            clock.advance(2)
            qtbot.mouseClick(page.out_breath_step.tone_button, LEFT)  # type: ignore[attr-defined]
        yield _here(ctx, f"breathless: step {n + 1} of {len(STEPS)}, {key}")
        if key != "plan":
            qtbot.mouseClick(page.next_button, LEFT)  # type: ignore[attr-defined]
    qtbot.mouseClick(page.plan_view.edit_button, LEFT)  # type: ignore[attr-defined]
    editor = page._editor_view()
    editor.medicine.setPlainText(
        "Morphine solution 2.5 mg, up to every 4 hours, as Dr Okafor said."
    )
    editor.contact_rows[0][0].setText("District nurses (day and night)")
    editor.contact_rows[0][1].setText("call them")
    qtbot.mouseClick(editor.save_button, LEFT)  # type: ignore[attr-defined]
    yield _here(ctx, "breathless: writing the plan, with a problem")
    editor.contact_rows[0][1].setText("01234 567890")
    editor.emergency.setPlainText("If the morphine has not helped after 20 minutes.")
    editor.emergency_number.setText("999")
    qtbot.mouseClick(editor.save_button, LEFT)  # type: ignore[attr-defined]
    yield _here(ctx, "breathless: the plan, written")
    qtbot.mouseClick(page.carer_button, LEFT)  # type: ignore[attr-defined]
    yield _here(ctx, "breathless: for the carer")
    qtbot.mouseClick(page.carer_back_button, LEFT)  # type: ignore[attr-defined]
    clock.advance(60)
    qtbot.mouseClick(page.next_button, LEFT)  # type: ignore[attr-defined]  # Finish
    yield _here(ctx, "breathless: rest, and the record")
    qtbot.mouseClick(page._after_view().done_button, LEFT)  # type: ignore[attr-defined]
    window.open("breathless-plan")
    yield _here(ctx, "breathless: the plan's own page")
    window.open("home")


def meditate(ctx: TourContext) -> Iterator[View]:
    window, clock = ctx.window, ctx.clock
    page = window.page(MeditationPage)
    window.open("meditate")
    yield _here(ctx, "quiet time: set-up")
    page.start()
    clock.advance(2)
    assert page.session is not None
    page.session.poll()
    page.refresh_run(page.session)
    yield _here(ctx, "quiet time: sitting, the time shown")
    page.toggle_time()
    yield _here(ctx, "quiet time: sitting, the time hidden")
    page.toggle_time()
    page.stop()
    yield _here(ctx, "quiet time: summary")


def careplan(ctx: TourContext) -> Iterator[View]:
    window, qtbot = ctx.window, ctx.qtbot
    care = window.services.care
    window.open("careplan")
    page = window.page(CarePlanPage)
    qtbot.waitUntil(lambda: bool(page.precaution_chips))  # type: ignore[attr-defined]
    yield _here(ctx, "care plan: nothing written yet")
    care.update(
        approvals={
            "breathing": Approval("approved", "Twice a day, sitting up"),
            "visualization": Approval("not-approved", "Too tiring for now"),
            "stretch": Approval("not-approved", "Not until the fracture heals"),
        },
        suggestion=Suggestion("breathing", 10, "after lunch"),
        symptom="Breathlessness at night",
        restriction="arms-only",
    )
    yield _here(ctx, "care plan: written")
    window.open("home")
    yield _here(ctx, "home: today's suggestion, activities marked with the team's note")
    care.update(unapproved="hide")
    yield _here(ctx, "home: activities left off, and named")
    window.open("breathe")
    yield _here(ctx, "breathe: the team's note")
    care.update(approvals={}, suggestion=Suggestion(""), unapproved="mark")
    window.open("home")


def observe(ctx: TourContext) -> Iterator[View]:
    window = ctx.window
    window.open("observe")
    page = window.page(ObservePage)
    yield _here(ctx, "observe: a rating on its own")
    page.panel.who_chips.buttons[Who.FAMILY].click()
    page.panel.rows["painad_face"].not_rated_button.click()
    page.panel.rows["painad_body"].buttons[1].click()
    yield _here(ctx, "observe: answered in part, could not rate one")
    breathing = window.page(BreathingPage)
    window.open("breathe")
    breathing.ratings.observer.before_toggle.setChecked(True)
    yield _here(ctx, "breathe: setup, rated by an observer")
    breathing.ratings.observer.before_toggle.setChecked(False)
    history_page = window.page(HistoryPage)
    window.open("history")
    assert history_page.history is not None
    report = build_report(history_page.history, HistoryFilter(), datetime.now().astimezone())
    counts = fhir_counts(history_page.history, HistoryFilter())
    dialog = ExportSheet(report, history_page, counts)
    dialog.choice.buttons["fhir"].click()
    yield from _dialog(ctx, dialog, "history: export, FHIR")


def welcome(ctx: TourContext) -> Iterator[View]:
    ctx.window.open("welcome")
    yield _here(ctx, "welcome")


def help_page(ctx: TourContext) -> Iterator[View]:
    ctx.window.open("help")
    yield _here(ctx, "help")
    ctx.window.open("home")


def _tone_wav() -> bytes:
    import io
    import math
    import wave

    out = io.BytesIO()
    with wave.open(out, "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(22050)
        frames = (int(6000 * math.sin(i / 5)) for i in range(22050))
        handle.writeframes(b"".join(f.to_bytes(2, "little", signed=True) for f in frames))
    return out.getvalue()


TOURS: dict[str, Callable[[TourContext], Iterator[View]]] = {
    "home": home,
    "breathe": breathe,
    "history": history,
    "settings": settings,
    "imagine": imagine,
    "listen": listen,
    "stretch": stretch,
    "massage": massage,
    "breathless": breathless,
    "meditate": meditate,
    "careplan": careplan,
    "observe": observe,
    "welcome": welcome,
    "help": help_page,
}


def tour(window: MainWindow, qtbot, clock: FakeClock, store) -> Iterator[View]:  # type: ignore[no-untyped-def]
    """Every view of every page, each made current before it is yielded."""
    ctx = TourContext(window, qtbot, clock, store)
    for visit in TOURS.values():
        yield from visit(ctx)
