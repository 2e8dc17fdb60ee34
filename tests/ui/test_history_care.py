"""History and the care team: observer ratings shown apart on the review page, and the FHIR
export from the page, after a preview of exactly what the file will contain."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from companion.services.history.data import HistoryData
from companion.ui.common.sheet import Sheet
from companion.ui.history.dialogs import ExportSheet
from companion.ui.history.page import HistoryPage
from tests.helpers import care_sample, history_sample
from tests.helpers.dialogs import AnsweringDialogs
from tests.helpers.fhir_checks import problems, validate
from tests.helpers.services import make_services
from tests.helpers.sheets import on_next_sheet

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def answers() -> AnsweringDialogs:
    return AnsweringDialogs()


@pytest.fixture
def page(qtbot, state, store, clock, tmp_path, answers):
    history = HistoryData(store)
    history_sample.fill(history)
    care_sample.fill(history)
    services = make_services(state, store, clock, tmp_path, dialogs=answers)
    widget = HistoryPage(services, today=lambda: history_sample.NOW)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    widget.refresh()
    return widget


def test_observer_ratings_are_shown_apart_with_who_rated(qtbot, page: HistoryPage) -> None:
    card = page.observer_card
    assert card.summary.text() == "Observer ratings in these dates: 3"
    lines = card.lines.text().splitlines()
    assert lines[0].startswith("Mon 23 Nov")  # the latest first
    assert "PAINAD 5 of 10" in card.lines.text()
    assert "Observer-rated by Family caregiver (Anna)" in card.lines.text()
    assert "on its own" in card.lines.text() and "Professional caregiver" in card.lines.text()
    assert "PAINAD" not in page.ratings_text.text()  # never among the patient's own
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(card.rate_button, LEFT)
    assert opened.args == ["observe", None]


def test_the_fhir_export_from_the_page_is_previewed_then_valid(
    qtbot, page: HistoryPage, monkeypatch, tmp_path: Path, answers
) -> None:
    shown: list[str] = []

    def choose(sheet: Sheet) -> None:
        assert isinstance(sheet, ExportSheet)
        qtbot.mouseClick(sheet.choice.buttons["fhir"], LEFT)
        assert sheet.kind == "fhir"
        shown.append(sheet.contents.toPlainText())
        qtbot.mouseClick(sheet.action_button, LEFT)

    answering = on_next_sheet(choose)
    target = tmp_path / "for-the-team.json"
    answers.answer(target)
    with qtbot.waitSignal(page.notice, timeout=20000) as blocker:
        qtbot.mouseClick(page.export_button, LEFT)
    answering.check()
    assert "FHIR file" in blocker.args[0] and target.name in blocker.args[0]
    bundle = json.loads(target.read_bytes())
    validate(target.read_bytes())
    assert problems(bundle) == []
    preview = shown[0]
    assert f"with {len(bundle['entry'])} resources" in preview  # exactly what it holds
    assert "1 Patient, with no name and no identifier" in preview
    assert "3 of them by an observer" in preview
