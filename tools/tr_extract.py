"""Find every translatable text in the sources, with the context Qt looks it up in.

``pyside6-lupdate`` reads Python, but only its plainest calls: a module's own helper
(``_tr("…")`` that calls ``QCoreApplication.translate("Messages", text)``) lands in no
context at all, so Qt never finds its translation. This reads the sources with :mod:`ast`
and understands what Companion writes:

- ``self.tr(text[, comment[, n]])``: the enclosing class's name (PySide looks it up there);
- ``QCoreApplication.translate(context, text[, comment[, n]])``, also through a local alias
  (``tr = QCoreApplication.translate``);
- ``QT_TRANSLATE_NOOP(context, text)`` / ``QT_TRANSLATE_NOOP3(context, text, comment)``:
  texts marked where they are written and translated where they are shown;
- helpers: a function or method whose ``return`` is ``QCoreApplication.translate(CONTEXT,
  text, …)`` (``CONTEXT`` a literal or a module constant), called by name, through an import
  (``from companion.ui.history.words import tr``) or an alias (``tr = _tr``).

A call of any of these whose text is not a literal (``self.tr(name)``) is *dynamic*: it
finds nothing unless its texts are marked elsewhere, so such a line must say so with the
comment ``# i18n: marked`` (tests/unit/test_translatable.py fails on any other).

:func:`shim` writes the messages as plain ``QCoreApplication.translate`` calls, which
lupdate reads exactly, so lupdate still merges the ``.ts`` files.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field
from pathlib import Path

MARKED = "# i18n: marked"
# Core's English data (rating items, credits): ``core_text(item.name)`` in the UI translates
# them in this context; their texts come from companion.core.wording.english_texts().
DATA_CONTEXT = "CoreTexts"


def _data_texts(root: Path) -> tuple[str, ...]:
    import sys

    sys.path.insert(0, str(root))
    try:
        from companion.core.wording import english_texts
    finally:
        sys.path.remove(str(root))
    return english_texts()


@dataclass(frozen=True)
class Message:
    """One text to translate, as Qt looks it up."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False


@dataclass(frozen=True)
class Helper:
    """A function that translates its text argument in a fixed context."""

    context: str
    text: int  # the position of the text among the call's arguments (``self`` not counted)
    comment: int | None = None
    n: int | None = None


@dataclass
class Found:
    """What :func:`extract` found."""

    messages: list[Message] = field(default_factory=list)
    where: dict[Message, list[str]] = field(default_factory=dict)
    dynamic: list[str] = field(default_factory=list)  # "file:line: call" without a literal

    def add(self, message: Message, where: str) -> None:
        if message not in self.where:
            self.messages.append(message)
            self.where[message] = []
        self.where[message].append(where)


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_translate(node: ast.expr) -> bool:
    """``QCoreApplication.translate`` (or ``QApplication.translate``)."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "translate"
        and isinstance(node.value, ast.Name)
        and node.value.id in ("QCoreApplication", "QApplication", "QGuiApplication")
    )


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def _helper(func: ast.FunctionDef, constants: dict[str, str]) -> Helper | None:
    """The helper ``func`` is, if its return is a translate of one of its parameters."""
    params = [a.arg for a in func.args.args]
    if params and params[0] in ("self", "cls"):
        params = params[1:]
    for node in ast.walk(func):
        if not (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if not _is_translate(call.func) or len(call.args) < 2:
            continue
        first, text = call.args[0], call.args[1]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            context = first.value
        elif isinstance(first, ast.Name) and first.id in constants:
            context = constants[first.id]
        else:
            return None
        if not (isinstance(text, ast.Name) and text.id in params):
            return None

        def position(index: int, call: ast.Call = call) -> int | None:
            arg = call.args[index] if len(call.args) > index else None
            if isinstance(arg, ast.Name) and arg.id in params:
                return params.index(arg.id)
            return None

        return Helper(context, params.index(text.id), position(2), position(3))
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Visitor(ast.NodeVisitor):
    def __init__(
        self,
        where: str,
        lines: list[str],
        helpers: dict[str, Helper],
        methods: dict[str, Helper],
        modules: dict[str, dict[str, Helper]],
        constants: dict[str, str],
        found: Found,
    ) -> None:
        self.where = where
        self.lines = lines
        self.helpers = helpers  # by the name they have in this module
        self.methods = methods  # self.<name>(…) helpers defined in this module's classes
        self.modules = modules  # imported modules' helpers, by the module's name here
        self.constants = constants
        self.found = found
        self.in_helper = 0
        self.classes: list[str] = []
        self.scopes: list[dict[str, Helper | str]] = [{}]  # local aliases

    # -- scopes ------------------------------------------------------------------------------
    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        helper = _helper(node, self.constants) is not None  # its own call is no message
        self.in_helper += helper
        self.scopes.append({})
        self.generic_visit(node)
        self.scopes.pop()
        self.in_helper -= helper

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_Assign(self, node: ast.Assign) -> None:
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, value = node.targets[0].id, node.value
            if _is_translate(value):
                self.scopes[-1][name] = "translate"
            elif isinstance(value, ast.Name) and self._lookup(value.id) is not None:
                self.scopes[-1][name] = self._lookup(value.id)  # type: ignore[assignment]
            elif isinstance(value, ast.Attribute) and value.attr == "tr":
                self.scopes[-1][name] = (
                    "self.tr" if isinstance(value.value, ast.Name) and value.value.id == "self"
                    else "other.tr"
                )  # fmt: skip
        self.generic_visit(node)

    def _lookup(self, name: str) -> Helper | str | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return self.helpers.get(name)

    # -- calls -------------------------------------------------------------------------------
    def _at(self, node: ast.AST) -> str:
        return f"{self.where}:{getattr(node, 'lineno', 0)}"

    def _dynamic(self, node: ast.Call) -> None:
        line = self.lines[node.lineno - 1] if node.lineno <= len(self.lines) else ""
        end = self.lines[node.end_lineno - 1] if node.end_lineno else line
        helper = self.helpers.get(node.func.id) if isinstance(node.func, ast.Name) else None
        data = helper is not None and helper.context == DATA_CONTEXT
        if MARKED in line or MARKED in end or self.in_helper or data:
            return
        self.found.dynamic.append(f"{self._at(node)}: {ast.unparse(node)[:90]}")

    def _emit(
        self,
        node: ast.Call,
        context: str | None,
        text: ast.expr | None,
        comment: ast.expr | None,
        n: ast.expr | None,
    ) -> None:
        source = _literal(text)
        if context is None or source is None:
            self._dynamic(node)
            return
        note = _literal(comment) or ""
        numerus = n is not None and not (isinstance(n, ast.Constant) and n.value is None)
        self.found.add(Message(context, source, note, numerus), self._at(node))

    def _args(self, node: ast.Call, names: tuple[str, ...]) -> list[ast.expr | None]:
        args: list[ast.expr | None] = list(node.args)
        args += [None] * (len(names) - len(args))
        for keyword in node.keywords:
            if keyword.arg in names:
                args[names.index(keyword.arg)] = keyword.value
        return args

    def _class_tr(self, node: ast.Call, context: str | None) -> None:
        text, comment, n = self._args(node, ("sourceText", "disambiguation", "n"))[:3]
        self._emit(node, context, text, comment, n)

    def _translate(self, node: ast.Call) -> None:
        names = ("context", "sourceText", "disambiguation", "n")
        context, text, comment, n = self._args(node, names)[:4]
        self._emit(node, _literal(context), text, comment, n)

    def _with_helper(self, node: ast.Call, helper: Helper) -> None:
        args: list[ast.expr | None] = list(node.args) + [None] * 4

        def pick(index: int | None) -> ast.expr | None:
            return args[index] if index is not None else None

        self._emit(node, helper.context, pick(helper.text), pick(helper.comment), pick(helper.n))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        klass = self.classes[-1] if self.classes else None
        if _is_translate(func):
            self._translate(node)
        elif isinstance(func, ast.Name) and func.id in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"):
            context, text, comment = self._args(node, ("context", "text", "comment"))[:3]
            self._emit(node, _literal(context), text, comment, None)
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP":
            self._emit(node, klass, node.args[0] if node.args else None, None, None)
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.attr in self.modules.get(func.value.id, {})
        ):
            self._with_helper(node, self.modules[func.value.id][func.attr])
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            is_self = isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")
            self._class_tr(node, klass if is_self else None)
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and func.attr in self.methods
        ):
            self._with_helper(node, self.methods[func.attr])
        elif isinstance(func, ast.Name):
            target = self._lookup(func.id)
            if isinstance(target, Helper):
                self._with_helper(node, target)
            elif target == "translate":
                self._translate(node)
            elif target == "self.tr":
                self._class_tr(node, klass)
            elif target == "other.tr":
                self._class_tr(node, None)
        self.generic_visit(node)


def extract(files: list[Path], root: Path) -> Found:
    """Every message of ``files`` (Python modules under ``root``), in file order."""
    trees = {path: ast.parse(path.read_text("utf-8"), str(path)) for path in files}
    helpers: dict[str, dict[str, Helper]] = {}  # module -> name -> helper
    methods: dict[str, dict[str, Helper]] = {}
    for path, tree in trees.items():
        module = _module_name(path, root)
        constants = _constants(tree)
        helpers[module] = {}
        methods[module] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and (found := _helper(node, constants)):
                helpers[module][node.name] = found
            elif isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and (found := _helper(item, constants)):
                        methods[module][item.name] = found
    for _ in range(3):  # re-exports: ``from companion.ui.history.words import tr`` in charts
        for path, tree in trees.items():
            module = _module_name(path, root)
            for node in tree.body:
                if isinstance(node, ast.ImportFrom) and node.module in helpers:
                    for alias in node.names:
                        if alias.name in helpers[node.module]:
                            helpers[module].setdefault(
                                alias.asname or alias.name, helpers[node.module][alias.name]
                            )
    result = Found()
    for text in _data_texts(root):
        result.add(Message(DATA_CONTEXT, text), "companion/core/wording.py")
    for path, tree in trees.items():
        module = _module_name(path, root)
        known = dict(helpers[module])
        modules: dict[str, dict[str, Helper]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if node.module in helpers and alias.name in helpers[node.module]:
                        known[alias.asname or alias.name] = helpers[node.module][alias.name]
                    elif f"{node.module}.{alias.name}" in helpers:
                        modules[alias.asname or alias.name] = helpers[f"{node.module}.{alias.name}"]
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname and alias.name in helpers:
                        modules[alias.asname] = helpers[alias.name]
        where = str(path.relative_to(root))
        lines = path.read_text("utf-8").splitlines()
        visitor = _Visitor(where, lines, known, methods[module], modules, _constants(tree), result)
        visitor.visit(tree)
    return result


def shim(messages: list[Message]) -> str:
    """The messages as calls that lupdate reads exactly (one a line)."""
    lines = ["# Generated by tools/translations.py for lupdate: every message of the sources."]
    for m in messages:
        args = [json.dumps(m.context, ensure_ascii=False), json.dumps(m.source, ensure_ascii=False)]
        args.append(json.dumps(m.comment, ensure_ascii=False))
        if m.numerus:
            args.append("1")
        lines.append(f"QCoreApplication.translate({', '.join(args)})")
    return "\n".join(lines) + "\n"
