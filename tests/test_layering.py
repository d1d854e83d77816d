"""The package's floors hold: a stage imports only the stages before it, and no module imports
another module's private (``_name``) names.

The stages, in order (DESIGN.md, "Layout: one subpackage per stage"): ``errors`` at the bottom,
then ``language``, ``records``, ``sources``, ``evaluate``, ``documents``, ``sql``, ``tools``; the
API (``__init__``), the CLI and the old ``eligo.reader`` path sit on top and may import anything.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eligo"

STAGES = ("errors", "language", "records", "sources", "evaluate", "documents", "sql", "tools")
TOP = ("__init__", "cli", "reader")


def stage_of(module: str) -> str:
    """The stage a dotted module name belongs to (``eligo.sql.compile`` → ``sql``)."""
    parts = module.split(".")
    assert parts[0] == "eligo", module
    if len(parts) == 1:
        return "__init__"
    return parts[1]


def rank(stage: str) -> int:
    return len(STAGES) if stage in TOP else STAGES.index(stage)


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(tree: ast.AST, module: str, is_package: bool) -> Iterator[tuple[int, str, list[str]]]:
    """(line, imported module, names taken from it) for every import of an eligo module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "eligo":
                    yield node.lineno, alias.name, []
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] == "eligo":
                yield node.lineno, target, [alias.name for alias in node.names]


def problems(source: str, path: Path) -> list[str]:
    """What is wrong with the imports of one module's source."""
    module = module_name(path)
    own = stage_of(module)
    found = []
    for line, target, names in imports(ast.parse(source), module, path.name == "__init__.py"):
        where = f"{path.relative_to(PACKAGE.parent)}:{line}"
        imported = [f"{target}.{name}" for name in names] or [target]
        for name in imported:
            # ``from eligo.language import nodes`` imports a module: its stage is the module's
            stage = stage_of(name if (PACKAGE.parent / name.replace(".", "/")).exists() else target)
            if stage not in STAGES + TOP:
                stage = stage_of(target)
            if rank(stage) > rank(own):
                found.append(f"{where}: {own} imports {name}, from the later stage {stage}")
        for name in names:
            if name.startswith("_") and not name.startswith("__"):
                found.append(f"{where}: imports the private name {name} from {target}")
    return found


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_every_module_belongs_to_a_stage() -> None:
    for path in modules():
        stage = stage_of(module_name(path))
        assert stage in STAGES + TOP, f"{path}: not in a stage subpackage ({', '.join(STAGES)})"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_stage_imports_only_the_stages_before_it(path: Path) -> None:
    assert problems(path.read_text(encoding="utf-8"), path) == []


def importers_of_the_cli(source: str, path: Path) -> list[str]:
    """Where a module outside the CLI imports it: the CLI is the very top, nothing builds on it."""
    module = module_name(path)
    if stage_of(module) == "cli":
        return []
    return [
        f"{path.relative_to(PACKAGE.parent)}:{line}: imports {target}, the command line"
        for line, target, _ in imports(ast.parse(source), module, path.name == "__init__.py")
        if stage_of(target) == "cli"
    ]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_nothing_imports_the_cli(path: Path) -> None:
    assert importers_of_the_cli(path.read_text(encoding="utf-8"), path) == []


def test_the_cli_checker_catches_an_import_of_the_cli() -> None:
    found = importers_of_the_cli("from eligo.cli.errors import plural\n", PACKAGE / "__init__.py")
    assert found and "eligo.cli.errors" in found[0], found
    assert importers_of_the_cli("from eligo.cli.errors import plural\n", PACKAGE / "cli" / "sql.py") == []


def test_the_top_of_the_package_holds_a_handful_of_modules() -> None:
    top = sorted(p.stem for p in PACKAGE.glob("*.py"))
    assert set(top) <= {"__init__", "cli", "errors", "reader", "version"}, top


def test_each_stage_says_what_it_does_and_what_it_may_import() -> None:
    for stage in STAGES[1:]:
        doc = ast.get_docstring(ast.parse((PACKAGE / stage / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"{stage}/__init__.py has no docstring"
        assert "import" in doc, f"{stage}/__init__.py does not say what it may import"


@pytest.mark.parametrize(
    ("path", "source", "expected"),
    [
        (
            "language/check.py",
            "from eligo.records.model import Patient\n",
            "language imports eligo.records.model.Patient",
        ),
        ("records/model.py", "from eligo.evaluate import evidence\n", "from the later stage evaluate"),
        ("sources/reader.py", "import eligo.documents.render\n", "from the later stage documents"),
        ("evaluate/evidence.py", "from eligo.language.units import _u\n", "private name _u"),
        ("errors.py", "from eligo.language.nodes import Node\n", "errors imports"),
        ("sql/compile.py", "from ..tools import generate\n", "from the later stage tools"),
    ],
)
def test_the_checker_catches_a_wrong_import(path: str, source: str, expected: str) -> None:
    found = problems(source, PACKAGE / path)
    assert any(expected in problem for problem in found), found


def test_the_checker_allows_earlier_stages() -> None:
    source = "from eligo.language import nodes as n\nfrom eligo.errors import InputError\nfrom . import model\n"
    assert problems(source, PACKAGE / "records" / "plausibility.py") == []
