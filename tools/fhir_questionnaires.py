"""Write Companion's canonical FHIR Questionnaires into docs/fhir/ (the ones every export
refers to). A test checks the published files are the ones the app exports.

    python tools/fhir_questionnaires.py [FOLDER]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from companion.core.history.fhir_questionnaires import questionnaires


def main(folder: Path) -> None:
    """One ``Questionnaire-<name>.json`` per form."""
    folder.mkdir(parents=True, exist_ok=True)
    for form in questionnaires():
        name = form["url"].rsplit("/", 1)[-1]
        path = folder / f"Questionnaire-{name}.json"
        path.write_text(json.dumps(form, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[1] / "docs" / "fhir"
    )
