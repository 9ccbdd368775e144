"""The quote engine's house rules, checked on its source with ``ast``.

Every module of ``src/reader/quotes`` is a stage with a public interface:

- no module imports another's private (underscore) names, or reads them
  through the module (``cues._rstrip``) or through an object of another
  module's class (``reg._recent``);
- what one module imports from another is in that module's ``__all__``;
- every module says what it is for (a docstring) and, but for the word
  lists, which names are public (``__all__``, each of them defined);
- no function is longer than 80 lines.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

ENGINE = Path(__file__).resolve().parent.parent / "src" / "reader" / "quotes"
PACKAGE = "reader.quotes"
MAX_FUNCTION_LINES = 80
#: Modules of data, not code: every upper-case name is public.
DATA_MODULES = {"lexicon"}


def _modules() -> dict[str, ast.Module]:
    return {p.stem: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(ENGINE.glob("*.py"))}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _imported_module(node: ast.ImportFrom, here: str) -> str | None:
    """The engine module an import reads from (``from .x import y``, ``from reader.quotes.x import y``), if any."""
    if node.level == 1:
        return node.module or "__init__"
    if node.level == 0 and node.module and node.module.startswith(PACKAGE + "."):
        return node.module[len(PACKAGE) + 1 :]
    return None


def _defined_here(tree: ast.Module) -> set[str]:
    """Names a module defines itself: functions, classes, assignments, attributes set on ``self``, slots."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Attribute):
            names.add(node.target.attr)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
            names.add(node.value)  # "__slots__" entries
    return names


def private_reaches(name: str, tree: ast.Module) -> list[str]:
    """Where module ``name`` reaches into another module's private names."""
    found = []
    module_aliases = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and _imported_module(node, name) is not None:
            for a in node.names:
                if _private(a.name):
                    found.append(f"{name}:{node.lineno} imports {a.name} from {node.module or '.'}")
                if node.module is None or node.level == 0 and node.module == PACKAGE:
                    module_aliases.add(a.asname or a.name)  # from . import cues
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith(PACKAGE + "."):
                    module_aliases.add(a.asname or a.name.split(".")[0])
    own = _defined_here(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or not _private(node.attr):
            continue
        base = node.value
        if isinstance(base, ast.Name) and base.id in module_aliases:
            found.append(f"{name}:{node.lineno} reads {base.id}.{node.attr}")
        elif not (isinstance(base, ast.Name) and base.id in ("self", "cls")) and node.attr not in own:
            found.append(f"{name}:{node.lineno} reads .{node.attr}, defined in another module")
    return found


def long_functions(name: str, tree: ast.Module, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    return [
        f"{name}.{node.name} (line {node.lineno}): {node.end_lineno - node.lineno + 1} lines"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > limit
    ]


def _all(tree: ast.Module) -> list[str] | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return [ast.literal_eval(e) for e in node.value.elts]
    return None


def test_the_checks_see_what_they_should():
    bad = ast.parse(
        "from .cues import _rstrip\n"
        "from . import lexicon as lx\n"
        "import reader.quotes.marks\n"
        "x = lx._given_names()\n"
        "def f(reg):\n"
        "    return reg._recent(0)\n"
        "class C:\n"
        "    def g(self, other):\n"
        "        self._mine = 1\n"
        "        return other._mine + self._mine\n"
    )
    found = private_reaches("bad", bad)
    assert len(found) == 3, found
    assert any("_rstrip" in f for f in found) and any("lx._given_names" in f for f in found)
    assert any("._recent" in f for f in found)
    long = ast.parse("def f():\n" + "    x = 1\n" * 80)
    assert long_functions("m", long) and not long_functions("m", ast.parse("def f():\n    pass\n"))


def test_no_module_reaches_into_another_modules_private_names():
    found = [f for name, tree in _modules().items() for f in private_reaches(name, tree)]
    assert found == []


def test_no_function_is_longer_than_80_lines():
    found = [f for name, tree in _modules().items() for f in long_functions(name, tree)]
    assert found == []


def bound_twice(name: str, tree: ast.Module) -> list[str]:
    """Module-level names bound more than once: the second silently replaces the first for every caller."""
    seen: dict[str, int] = {}
    found = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            targets = [node.name]
        else:
            continue
        for t in targets:
            if t in seen and t != "__all__":
                found.append(f"{name}: {t} bound on lines {seen[t]} and {node.lineno}")
            seen[t] = node.lineno
    return found


def test_no_module_binds_one_name_twice():
    # Two patterns of one name: callers of the first got the second (it happened twice in cues).
    assert bound_twice("m", ast.parse("A = 1\ndef f():\n    return A\nA = 2\n")) != []
    found = [f for name, tree in _modules().items() for f in bound_twice(name, tree)]
    assert found == []


def test_every_module_says_what_it_is_for_and_what_is_public():
    for name, tree in _modules().items():
        assert ast.get_docstring(tree), f"{name} has no docstring"
        public = _all(tree)
        if name in DATA_MODULES:
            continue
        assert public is not None, f"{name} has no __all__"
        module = importlib.import_module(f"{PACKAGE}.{name}" if name != "__init__" else PACKAGE)
        missing = [n for n in public if not hasattr(module, n)]
        assert missing == [], f"{name}.__all__ names what it does not define: {missing}"


def test_imports_between_modules_are_of_public_names():
    modules = _modules()
    found = []
    for name, tree in modules.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            source = _imported_module(node, name)
            if source is None or node.module is None or source not in modules:
                continue  # "from . import cues": a module, not a name
            public = _all(modules[source])
            if public is None:
                continue
            found += [f"{name}:{node.lineno} imports {a.name}" for a in node.names if a.name not in public]
    assert found == []


@pytest.mark.parametrize(
    "module, names",
    [
        ("reader.quotes", ["EXTRACTOR_VERSION", "extract_quotes"]),
        (
            "reader.quotes.entities",
            [
                "LazyWords",
                "RUN_RE",
                "Registry",
                "alternation",
                "first_word",
                "last_word",
                "run_spans",
                "rwords",
                "words",
            ],
        ),
        ("reader.quotes.cues", ["VERB_RE"]),
        ("reader.quotes.marks", ["find_spans", "primary_family"]),
    ],
)
def test_names_imported_from_outside_the_engine_still_work(module, names):
    mod = importlib.import_module(module)
    assert [n for n in names if not hasattr(mod, n)] == []
