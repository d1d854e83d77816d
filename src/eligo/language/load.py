"""Reading a criteria file with the value-set files it imports, then checking it.

Imports are resolved relative to the importing file (``..`` included) and must land inside an
*import root*: the directory of the file being loaded, or a directory of the import search path,
which only the person running Eligo sets (``search_path``, or the ``ELIGO_PATH`` environment
variable: directories separated by ``os.pathsep``). An import that is not found beside its file
and does not start with ``.`` is also looked for in each search-path directory in turn. A criteria
file can describe criteria and read nothing else: a file outside every root is never read, so a
criteria file from elsewhere cannot reach a file its user did not open to it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from eligo.errors import CheckError, Diagnostic, ParseError
from eligo.language import nodes as n
from eligo.language.check import check
from eligo.language.parse import decode_source, parse_text, read_source, read_source_bytes
from eligo.language.program import Program

MAX_IMPORTS = 256
#: the environment variable that holds the import search path
SEARCH_PATH_VARIABLE = "ELIGO_PATH"


def search_path_from_environment() -> tuple[Path, ...]:
    """The directories of ``ELIGO_PATH`` (empty entries left out)."""
    value = os.environ.get(SEARCH_PATH_VARIABLE, "")
    return tuple(Path(entry) for entry in value.split(os.pathsep) if entry)


def load_program(path: str | Path, search_path: Sequence[str | Path] | None = None) -> Program:
    """Parse and check a criteria file and its imports; the result is ready to evaluate.

    ``search_path``: directories imports may also reach (default: ``ELIGO_PATH``; see the
    module's docstring). Raises :class:`~eligo.errors.ParseError` or
    :class:`~eligo.errors.CheckError` with every problem found, and
    :class:`~eligo.errors.UsageError` when the file cannot be read.
    """
    main_path = Path(path)
    document, sources = read_document(main_path)
    roots = search_path_from_environment() if search_path is None else tuple(Path(p) for p in search_path)
    imports, diagnostics = resolve_imports(document, main_path.resolve().parent, sources, roots)
    if diagnostics:
        raise CheckError(diagnostics, sources)
    return check(document, imports, sources)


def read_document(path: Path) -> tuple[n.Document, dict[str, str]]:
    """Parse one file; its text is kept for the carets of later diagnostics."""
    text = read_source(path)
    return parse_text(text, str(path)), {str(path): text}


def resolve_imports(
    document: n.Document, root: Path, sources: dict[str, str], search_path: Sequence[Path] = ()
) -> tuple[tuple[n.Document, ...], list[Diagnostic]]:
    """Every document imported, directly or not, in a stable order, and the import problems.

    ``root`` (the loaded file's directory) and the ``search_path`` directories are the import
    roots: a target outside all of them is refused, and never read."""
    roots = (root, *(p.resolve() for p in search_path))
    loaded: dict[Path, n.Document] = {}
    diagnostics: list[Diagnostic] = []
    order: list[n.Document] = []

    def visit(doc: n.Document, chain: tuple[Path, ...]) -> None:
        base = Path(doc.path).resolve().parent
        for item in doc.items:
            if not isinstance(item, n.Import):
                continue
            try:
                target = _locate(item.path, base, roots)
                problem = _import_problem(item, target, roots, chain, len(loaded))
            except (OSError, RuntimeError, ValueError) as error:  # too long, a symlink loop, a NUL
                problem = f"cannot import '{item.path}': {_reason(error)}"
            if problem:
                diagnostics.append(Diagnostic("error", problem, item.span))
                continue
            if target in loaded:
                continue
            beside = Path(doc.path).parent / item.path
            shown = _shown(beside if beside.resolve() == target else target)
            try:
                text = decode_source(read_source_bytes(target), shown)
                imported = parse_text(text, shown)
            except ParseError as error:
                diagnostics.extend(error.diagnostics)
                sources.update(error.sources)
                continue
            except OSError as error:
                message = f"cannot import '{item.path}': {error.strerror or error}"
                diagnostics.append(Diagnostic("error", message, item.span))
                continue
            sources[shown] = text
            loaded[target] = imported
            visit(imported, (*chain, target))
            order.append(imported)

    visit(document, (Path(document.path).resolve(),))
    return tuple(order), diagnostics


def _locate(written: str, base: Path, roots: tuple[Path, ...]) -> Path:
    """Where an import leads: beside the importing file, or else (for a path that does not start
    with ``.``) the first search-path directory that holds it."""
    beside = (base / written).resolve()
    if beside.exists() or written.startswith(".") or Path(written).is_absolute():
        return beside
    for directory in roots[1:]:
        candidate = (directory / written).resolve()
        if candidate.exists():
            return candidate
    return beside


def _import_problem(
    item: n.Import, target: Path, roots: tuple[Path, ...], chain: tuple[Path, ...], count: int
) -> str | None:
    if Path(item.path).is_absolute():
        return f"import '{item.path}' is an absolute path; import files relative to this one"
    if not any(target.is_relative_to(r) for r in roots):
        root = roots[0]
        if len(roots) == 1:
            return (
                f"import '{item.path}' points outside {root.name}/; a criteria file may only import files "
                f"beside or below it, or in a directory of the import search path ({SEARCH_PATH_VARIABLE})"
            )
        return (
            f"import '{item.path}' points outside {root.name}/ and every directory of the import search path "
            f"({', '.join(str(r) for r in roots[1:])})"
        )
    if target in chain:
        cycle = " -> ".join(p.name for p in (*chain[chain.index(target) :], target))
        return f"import cycle: {cycle}"
    if not target.is_file():
        what = "is a directory" if target.is_dir() else "not a file" if target.exists() else "no such file"
        searched = not target.exists() and len(roots) > 1 and not item.path.startswith(".")
        where = f" beside this file or in the import search path ({', '.join(str(r) for r in roots[1:])})"
        return f"cannot import '{item.path}': {what}{where if searched else ''}"
    if count >= MAX_IMPORTS:
        return f"too many imported files (more than {MAX_IMPORTS})"
    return None


def _reason(error: Exception) -> str:
    if isinstance(error, RuntimeError):
        return "a loop of symbolic links"
    if isinstance(error, OSError):
        return (error.strerror or str(error)).lower()
    return str(error)


def _shown(path: Path) -> str:
    """A path as the user would write it: relative to the working directory when it can be."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
