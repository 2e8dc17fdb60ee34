"""Every text the interface shows goes through Qt's translations, in a context Qt finds.

Static checks of the sources (the language walks, tests/ui/test_languages.py, check the
screen itself):

- every translation call has a literal text (``self.tr(name)`` finds nothing unless its
  texts are marked elsewhere with ``QT_TRANSLATE_NOOP`` and the line says ``# i18n: marked``);
- no widget is handed an English literal (``QLabel("Pause")``, ``setText("Stop")``…);
- core's English data shown in the interface (rating items) is extracted.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools"))
import tr_extract  # noqa: E402

SHOWN = {  # calls whose first argument is shown to the person (or read out to them)
    "setText", "setToolTip", "setPlaceholderText", "setWindowTitle", "setAccessibleName",
    "setAccessibleDescription", "setStatusTip", "setTitle", "addItem", "addAction",
    "setHtml", "setPlainText", "insertItem", "setTabText", "setSuffix", "setPrefix",
    "make_label", "make_button", "make_checkbox", "QLabel", "QPushButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QAction", "QToolButton",
}  # fmt: skip
# Literals that are not words in a language: names, symbols, numbers.
NOT_WORDS = re.compile(r"^[\s\d\W]*$|^(Companion|ESAS-r|FHIR|PAINAD|OK)$")


def _sources() -> list[Path]:
    return sorted((REPO / "companion").rglob("*.py"))


def test_every_translation_call_has_a_literal_text() -> None:
    found = tr_extract.extract(_sources(), REPO)
    assert not found.dynamic, "\n".join(found.dynamic)


def _literal_words(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return "".join(str(p) for p in parts)
    return None


def test_no_widget_is_handed_an_english_literal() -> None:
    problems = []
    for path in _sources():
        if "/ui/" not in path.as_posix():
            continue
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SHOWN:
                continue
            text = _literal_words(node.args[0])
            if text is None:
                continue
            words = re.sub(r"<[^>]+>|\{\d*\}|&\w+;", " ", text)  # markup and placeholders
            if re.search(r"[A-Za-z]{2,}", words) and not NOT_WORDS.match(words.strip()):
                where = path.relative_to(REPO)
                problems.append(f"{where}:{node.lineno}: {name}({text[:60]!r})")
    assert not problems, "\n".join(problems)


def test_cores_english_data_is_extracted() -> None:
    from companion.core.wording import english_texts

    found = tr_extract.extract(_sources(), REPO)
    extracted = {m.source for m in found.messages if m.context == tr_extract.DATA_CONTEXT}
    assert set(english_texts()) <= extracted
    assert "Anxiety (Anxiety = feeling nervous)" in extracted and "Anxiety" in extracted
