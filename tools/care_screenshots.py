"""Render the care team's screenshots (issue 16) into a folder:
``QT_QPA_PLATFORM=offscreen python tools/care_screenshots.py docs``.

The care plan (light and night), Home with the team's suggestion and their note on an
activity, an observer's rating (light and night) and History's observer card, over the same
sample history as ``tools/screenshots.py``; only these files are written.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshots as base
from PySide6.QtWidgets import QApplication

from companion.core.care.observer import PAINAD_KEYS, ObserverRating
from companion.core.care.plan import Approval, CarePlan, Suggestion
from companion.core.preferences import Preferences
from companion.core.sessions import Who
from companion.services.care.observer_data import ObserverData
from companion.services.care.plan_data import CarePlanData
from companion.services.history.data import HistoryData
from companion.services.store import Store
from companion.sessions.state import AppState
from companion.ui.careplan.observe import ObservePage
from companion.ui.careplan.page import CarePlanPage
from companion.ui.common.theme import apply_theme
from companion.ui.history.page import HistoryPage
from companion.ui.shell.window import MainWindow
from tests.helpers import history_sample
from tests.helpers.fakes import FakeClock
from tests.helpers.services import make_services

PLAN = CarePlan(
    approvals={
        "breathing": Approval("approved", "Twice a day, sitting up"),
        "visualization": Approval("approved"),
        "stretch": Approval("not-approved", "Not until the hip fracture heals"),
        "massage": Approval("approved", "Gently: platelets are low"),
    },
    restriction="arms-only",
    precautions={
        "low-platelets": "yes",
        "fragile-bones": "no",
        "swelling": "no",
        "blood-clot": "no",
        "broken-skin": "no",
        "surgery-or-radiation": "no",
        "iv-lines": "unsure",
    },
    precautions_on="2026-11-20",
    suggestion=Suggestion("breathing", 10, "after lunch, sitting up"),
    symptom="Breathlessness at night",
    outcome="To sleep through the night",
    time_energy="Ten minutes in the early afternoon",
    written_by="Nurse Okafor, palliative care team",
    updated_on="2026-11-20",
)


def main(out: Path) -> None:
    """Write the care team's screenshots into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    folder = base.TMP / "care"
    folder.mkdir()
    store = Store.open(folder / "history.db")
    history_sample.fill(HistoryData(store))
    CarePlanData(store).save(PLAN)
    now = datetime.now().astimezone().replace(second=0, microsecond=0)
    ObserverData(store).add(
        ObserverRating(
            now - timedelta(hours=3),
            Who.FAMILY,
            {**dict.fromkeys(PAINAD_KEYS, 1), "painad_face": 2, "carer_breathlessness": 6},
            name="Anna",
        )
    )
    state = AppState(Preferences(welcome_done=True), None)
    window = MainWindow(make_services(state, store, FakeClock(), folder))
    window.resize(960, 760)

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    for theme in ("light", "night"):
        apply_theme(app, theme, 100)
        window.show()
        window.open("careplan")
        shot("careplan" if theme == "light" else "careplan-night")
    apply_theme(app, "light", 100)
    plan = window.page(CarePlanPage)
    limits = plan.limit_chips.parentWidget()
    plan.body_scroll.verticalScrollBar().setValue(limits.y() - 120 if limits else 0)
    shot("careplan-limits")
    window.open("home")
    shot("home-suggestion")
    observe = window.page(ObservePage)
    for theme in ("light", "night"):
        apply_theme(app, theme, 100)
        window.open("observe")
        panel = observe.panel
        panel.who_chips.buttons[Who.FAMILY].click()
        panel.name_field.setText("Anna")
        for key, value in (("painad_breathing", 1), ("painad_vocalization", 0),
                           ("painad_face", 1), ("painad_body", None)):  # fmt: skip
            row = panel.rows[key]
            (row.not_rated_button if value is None else row.buttons[value]).click()
        observe.body_scroll.verticalScrollBar().setValue(panel.y() + panel.who_chips.y() - 120)
        shot("observer" if theme == "light" else "observer-night")
    apply_theme(app, "light", 100)
    window.resize(1100, 980)
    history = window.page(HistoryPage)
    window.open("history")
    history.refresh()
    card = history.observer_card
    scroll = card.parentWidget()
    while scroll is not None and not hasattr(scroll, "verticalScrollBar"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.verticalScrollBar().setValue(card.y() - 300)  # type: ignore[attr-defined]
    shot("history-observer")
    window.close()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs"))
