"""A criteria file with everything it imports: its diagnostics, its checked program (when it
checks), and what each name it or its imports use refers to.

Imports are read by :func:`eligo.language.load.resolve_imports`, as ``eligo check`` reads them,
and kept until an import statement or an imported file changes. Names resolve as the checker
resolves them (:mod:`eligo.language.names`): a definition's parameter inside it, then a
declaration of the file itself, a reference date of its trial, the one imported declaration of
that name, or a qualified ``namespace.name``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from eligo.errors import CheckError, Diagnostic, ParseError
from eligo.language import nodes as n
from eligo.language.check import check
from eligo.language.load import resolve_imports
from eligo.language.names import namespaces
from eligo.language.program import Program
from eligo.tools.lsp.syntax import Declared, FileSyntax, Use, file_syntax


@dataclass(frozen=True)
class Symbol:
    """What a declared name is: the file that declares it, and its name there."""

    file: str
    name: str
    #: the definition a parameter belongs to
    scope: str | None = None


def absolute(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError, ValueError):
        return path


@dataclass
class Analysis:
    """One criteria file, its imports and what the checker says of them."""

    main: FileSyntax
    imports: list[FileSyntax] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    program: Program | None = None
    #: each imported file's absolute path → the namespace its declarations are qualified by
    spaces: dict[str, str | None] = field(default_factory=dict)

    def files(self) -> list[FileSyntax]:
        return [self.main, *self.imports]

    def file(self, path: str) -> FileSyntax | None:
        wanted = absolute(path)
        return next((f for f in self.files() if f.absolute == wanted), None)

    # ------------------------------------------------------------------ names
    def declaration(self, symbol: Symbol) -> Declared | None:
        syntax = self.file(symbol.file)
        if syntax is None:
            return None
        for d in syntax.declared:
            if d.name == symbol.name and d.scope == symbol.scope and d.kind != "criterion":
                return d
        return None

    def resolve(self, name: str, item: n.Node | None = None, syntax: FileSyntax | None = None) -> Symbol | None:
        """The declaration a name written in ``item`` (a definition or a criterion) of a file refers to."""
        if isinstance(item, n.Define) and any(p.name == name for p in item.parameters):
            return Symbol((syntax or self.main).absolute, name, item.name)
        if "." in name:
            space, _, bare = name.partition(".")
            for imported in self.imports:
                if self.spaces.get(imported.absolute) == space and bare in imported.declarations():
                    return Symbol(imported.absolute, bare)
            return None
        if name in self.main.declarations():  # the file's own declarations and reference dates
            return Symbol(self.main.absolute, name)
        found = [f for f in self.imports if name in f.declarations()]
        return Symbol(found[0].absolute, name) if len(found) == 1 else None

    def target_of(self, use: Use, syntax: FileSyntax) -> Symbol | None:
        return self.resolve(use.name, use.item, syntax)

    def at(self, path: str, offset: int) -> tuple[Symbol | None, Declared | Use | None]:
        """The declared or used name at a character offset of a file, and what it refers to."""
        syntax = self.file(path)
        if syntax is None:
            return None, None
        for d in syntax.declared:
            if d.start <= offset <= d.end:
                if d.kind == "criterion":
                    return None, d
                return Symbol(syntax.absolute, d.name, d.scope), d
        for use in syntax.uses:
            if use.start <= offset <= use.end:
                return self.target_of(use, syntax), use
        for d in syntax.declared:  # anywhere on a criterion's first line: the criterion
            if d.kind == "criterion" and d.node.span is not None:
                line_start = syntax.text.rfind("\n", 0, d.start) + 1
                line_end = syntax.text.find("\n", d.start)
                if line_start <= offset <= (line_end if line_end != -1 else len(syntax.text)):
                    return None, d
        return None, None

    def occurrences(self, symbol: Symbol) -> list[tuple[FileSyntax, int, int, bool]]:
        """Every place a symbol is declared (the flag) or used in these files: (file, start, end)."""
        found: list[tuple[FileSyntax, int, int, bool]] = []
        for syntax in self.files():
            same_file = syntax.absolute == symbol.file
            for d in syntax.declared:
                if same_file and d.name == symbol.name and d.scope == symbol.scope and d.kind != "criterion":
                    found.append((syntax, d.start, d.end, True))
            for use in syntax.uses:
                if self.target_of(use, syntax) == symbol:
                    found.append((syntax, use.start, use.end, False))
        return found


class Analyzer:
    """Analyses files, keeping the imports of each until they change."""

    def __init__(self) -> None:
        self._imports: dict[str, tuple[object, tuple[n.Document, ...], list[Diagnostic], dict[str, str]]] = {}

    def analyze(self, path: str, text: str, checked: bool = True) -> Analysis:
        """Analyse a file's text; ``checked=False`` leaves the checker out (for navigation only)."""
        main = file_syntax(path, text)
        analysis = Analysis(main=main)
        document = main.document or n.Document(path=path, items=tuple(i for i in main.items))
        imported, problems, sources = self._resolve(document)
        analysis.imports = [file_syntax(d.path, sources.get(d.path, "")) for d in imported]
        analysis.spaces = {absolute(k): v for k, v in namespaces(document, imported).items()}
        if not main.parsed:
            analysis.diagnostics = list(main.errors)
            return analysis
        if problems or not checked:
            analysis.diagnostics = problems
            return analysis
        try:
            analysis.program = check(document, imported, {path: text, **sources})
            analysis.diagnostics = list(analysis.program.warnings)
        except CheckError as error:
            analysis.diagnostics = list(error.diagnostics)
        return analysis

    def _resolve(self, document: n.Document) -> tuple[tuple[n.Document, ...], list[Diagnostic], dict[str, str]]:
        statements = tuple((i.path, i.alias) for i in document.items if isinstance(i, n.Import))
        cached = self._imports.get(document.path)
        if cached is not None:
            key, imported, problems, sources = cached
            if key == (statements, _stamps(sources, document)):
                return imported, problems, sources
        sources = {}
        try:
            imported, problems = resolve_imports(document, Path(document.path).resolve().parent, sources)
        except ParseError as error:  # an imported file that cannot be decoded
            imported, problems = (), list(error.diagnostics)
        self._imports[document.path] = ((statements, _stamps(sources, document)), imported, problems, sources)
        return imported, problems, sources


def _stamps(sources: dict[str, str], document: n.Document) -> tuple[tuple[str, float], ...]:
    """When each file read (and each file the document imports, read or not) last changed."""
    base = Path(document.path).parent
    paths = {*sources, *(str(base / i.path) for i in document.items if isinstance(i, n.Import))}
    stamps = []
    for path in sorted(paths):
        try:
            stamps.append((path, os.stat(path).st_mtime))
        except OSError:
            stamps.append((path, -1.0))
    return tuple(stamps)
