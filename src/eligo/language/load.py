"""Reading a criteria file with the value-set files it imports, then checking it.

Imports are resolved relative to the importing file and must stay inside the directory of the
file being loaded: a criteria file can describe criteria, and read nothing else.
"""

from __future__ import annotations

from pathlib import Path

from eligo.errors import CheckError, Diagnostic, ParseError
from eligo.language import nodes as n
from eligo.language.check import check
from eligo.language.parse import decode_source, parse_text, read_source, read_source_bytes
from eligo.language.program import Program

MAX_IMPORTS = 256


def load_program(path: str | Path) -> Program:
    """Parse and check a criteria file and its imports; the result is ready to evaluate.

    Raises :class:`~eligo.errors.ParseError` or :class:`~eligo.errors.CheckError` with every
    problem found, and :class:`~eligo.errors.UsageError` when the file cannot be read.
    """
    main_path = Path(path)
    document, sources = read_document(main_path)
    imports, diagnostics = resolve_imports(document, main_path.resolve().parent, sources)
    if diagnostics:
        raise CheckError(diagnostics, sources)
    return check(document, imports, sources)


def read_document(path: Path) -> tuple[n.Document, dict[str, str]]:
    """Parse one file; its text is kept for the carets of later diagnostics."""
    text = read_source(path)
    return parse_text(text, str(path)), {str(path): text}


def resolve_imports(
    document: n.Document, root: Path, sources: dict[str, str]
) -> tuple[tuple[n.Document, ...], list[Diagnostic]]:
    """Every document imported, directly or not, in a stable order, and the import problems."""
    loaded: dict[Path, n.Document] = {}
    diagnostics: list[Diagnostic] = []
    order: list[n.Document] = []

    def visit(doc: n.Document, chain: tuple[Path, ...]) -> None:
        base = Path(doc.path).resolve().parent
        for item in doc.items:
            if not isinstance(item, n.Import):
                continue
            try:
                target = (base / item.path).resolve()
                problem = _import_problem(item, target, root, chain, len(loaded))
            except (OSError, RuntimeError, ValueError) as error:  # too long, a symlink loop, a NUL
                problem = f"cannot import '{item.path}': {_reason(error)}"
            if problem:
                diagnostics.append(Diagnostic("error", problem, item.span))
                continue
            if target in loaded:
                continue
            shown = _shown(Path(doc.path).parent / item.path)
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


def _import_problem(item: n.Import, target: Path, root: Path, chain: tuple[Path, ...], count: int) -> str | None:
    if Path(item.path).is_absolute():
        return f"import '{item.path}' is an absolute path; import files relative to this one"
    if not target.is_relative_to(root):
        return f"import '{item.path}' points outside {root.name}/; a criteria file may only import files beside or below it"
    if target in chain:
        cycle = " -> ".join(p.name for p in (*chain[chain.index(target) :], target))
        return f"import cycle: {cycle}"
    if not target.is_file():
        what = "is a directory" if target.is_dir() else "not a file" if target.exists() else "no such file"
        return f"cannot import '{item.path}': {what}"
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
