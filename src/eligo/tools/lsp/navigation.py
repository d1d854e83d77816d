"""Go to definition, find references, rename and the outline of a file.

References and renames reach every criteria file of the workspace that sees the declaration:
the file itself, the files it imports, and the files that import the file declaring it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from lsprotocol import types as lsp

from eligo.errors import EligoError
from eligo.language import nodes as n
from eligo.language.names import ENUM_VALUES
from eligo.language.schema import ALL_FIELD_NAMES, RECORD_FIELDS
from eligo.tools.lsp.analysis import Analysis, Symbol, absolute
from eligo.tools.lsp.completion import keyword_words
from eligo.tools.lsp.positions import UTF16, LineIndex
from eligo.tools.lsp.syntax import FileSyntax
from eligo.tools.lsp.uris import uri_of

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
SYMBOL_KINDS = {
    "valueset": lsp.SymbolKind.Enum,
    "measure": lsp.SymbolKind.Struct,
    "attested": lsp.SymbolKind.Variable,
    "define": lsp.SymbolKind.Function,
    "reference": lsp.SymbolKind.Constant,
    "run_parameter": lsp.SymbolKind.Constant,
    "criterion": lsp.SymbolKind.Event,
}

#: an analysis of each criteria file of the workspace (for references in files that import this one)
Workspace = Callable[[], Iterable[Analysis]]


class RenameRefused(EligoError):
    """A rename that would break the criteria: the message says why."""


def location(syntax: FileSyntax, start: int, end: int, encoding: str) -> lsp.Location:
    index = LineIndex(syntax.text, encoding)
    return lsp.Location(uri=uri_of(syntax.path), range=index.offset_range(start, end))


def definition(analysis: Analysis, symbol: Symbol | None, encoding: str) -> lsp.Location | None:
    if symbol is None:
        return None
    declared = analysis.declaration(symbol)
    syntax = analysis.file(symbol.file)
    if declared is None or syntax is None:
        return None
    return location(syntax, declared.start, declared.end, encoding)


def imported_file(analysis: Analysis, offset: int) -> lsp.Location | None:
    """The file an ``import`` at the offset brings in (its first line)."""
    index = LineIndex(analysis.main.text, UTF16)
    for item in analysis.main.items:
        if isinstance(item, n.Import) and item.span is not None:
            start, end = index.span_offsets(item.span)
            target = absolute(str(Path(analysis.main.path).parent / item.path))
            if start <= offset <= end and any(f.absolute == target for f in analysis.imports):
                origin = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0))
                return lsp.Location(uri=uri_of(target), range=origin)
    return None


def related(analysis: Analysis, symbol: Symbol, workspace: Workspace) -> list[Analysis]:
    """The analyses a symbol is seen in: this file's, and (for a declaration, not a parameter)
    those of the workspace's files whose program holds the file declaring it."""
    if symbol.scope is not None:
        return [analysis]
    return [analysis, *(other for other in workspace() if other.file(symbol.file) is not None)]


def occurrences(analyses: list[Analysis], symbol: Symbol) -> list[tuple[FileSyntax, int, int, bool]]:
    """Every declaration and use of a symbol in these analyses' files (each place once)."""
    found: dict[tuple[str, int], tuple[FileSyntax, int, int, bool]] = {}
    for each in analyses:
        for syntax, start, end, declaration in each.occurrences(symbol):
            found.setdefault((syntax.absolute, start), (syntax, start, end, declaration))
    return sorted(found.values(), key=lambda o: (o[0].absolute, o[1]))


def references(
    analysis: Analysis, symbol: Symbol | None, workspace: Workspace, include_declaration: bool, encoding: str
) -> list[lsp.Location]:
    if symbol is None:
        return []
    return [
        location(syntax, start, end, encoding)
        for syntax, start, end, declaration in occurrences(related(analysis, symbol, workspace), symbol)
        if include_declaration or not declaration
    ]


def rename_problem(analyses: list[Analysis], symbol: Symbol, new: str) -> str | None:
    """Why ``new`` cannot be the name of ``symbol`` in the files that see it, or None when it can."""
    if not NAME.match(new):
        return f"'{new}' is not a name (a letter or _, then letters, digits or _)"
    if new in keyword_words():
        return f"'{new}' is a keyword of the language"
    if new in ALL_FIELD_NAMES or new in RECORD_FIELDS:
        return f"'{new}' is a record field or kind; choose another name"
    if new in ENUM_VALUES and symbol.scope is None:
        return f"'{new}' is a value of the field '{ENUM_VALUES[new]}'; choose another name"
    for analysis in analyses:
        for syntax in analysis.files():
            problem = _taken(syntax, symbol, new, analysis.main is syntax)
            if problem:
                return problem
    return None


def _taken(syntax: FileSyntax, symbol: Symbol, new: str, main: bool) -> str | None:
    """Whether a file already has the name: a parameter of the same definition, a declaration (a
    declaration's new name may hide nothing, nor be hidden), or a name the renamed one's uses
    would meet inside a definition (a parameter or a name of its body)."""
    for d in syntax.declared:
        same_scope = d.scope == symbol.scope if symbol.scope else d.kind not in ("criterion", "parameter")
        if d.name == new and same_scope and (symbol.scope is None or syntax.absolute == symbol.file):
            where = "here" if main else f"in {syntax.path}"
            return f"'{new}' is already declared {where} (line {syntax.text.count(chr(10), 0, d.start) + 1})"
    for use in syntax.uses:
        if not isinstance(use.item, n.Define) or use.name != symbol.name:
            continue
        if symbol.scope is not None and use.item.name != symbol.scope:
            continue
        body = {u.name for u in syntax.uses if u.item is use.item}
        if new in {p.name for p in use.item.parameters} or (symbol.scope is not None and new in body):
            return f"'{new}' is a name the definition '{use.item.name}' already uses"
    return None


def rename(
    analysis: Analysis, symbol: Symbol | None, new: str, workspace: Workspace, encoding: str
) -> lsp.WorkspaceEdit | None:
    """The edits that rename a declaration and every use of it; a qualified use keeps its prefix."""
    if symbol is None:
        return None
    analyses = related(analysis, symbol, workspace)
    problem = rename_problem(analyses, symbol, new)
    if problem:
        raise RenameRefused(problem)
    changes: dict[str, list[lsp.TextEdit]] = {}
    for syntax, start, end, _ in occurrences(analyses, symbol):
        prefix = syntax.text[start:end].rpartition(".")[0]
        if prefix:  # a qualified use keeps its namespace: only the name after the dot changes
            start += len(prefix) + 1
        edit = lsp.TextEdit(range=LineIndex(syntax.text, encoding).offset_range(start, end), new_text=new)
        changes.setdefault(uri_of(syntax.path), []).append(edit)
    return lsp.WorkspaceEdit(changes=changes)


def document_symbols(analysis: Analysis, encoding: str) -> list[lsp.DocumentSymbol]:
    """The outline: the trial (with its reference dates), declarations, criteria."""
    syntax = analysis.main
    index = LineIndex(syntax.text, encoding)
    found: list[lsp.DocumentSymbol] = []
    names = {id(d.node): d for d in syntax.declared}
    for item in syntax.items:
        if item.span is None:
            continue
        whole = index.range(item.span)
        if isinstance(item, n.Trial):
            children = [
                lsp.DocumentSymbol(
                    name=d.name,
                    kind=SYMBOL_KINDS["reference"],
                    range=index.range(r.span) if r.span else whole,
                    selection_range=index.offset_range(d.start, d.end),
                    detail=r.description,
                )
                for r in item.references
                if (d := names.get(id(r))) is not None
            ]
            found.append(
                lsp.DocumentSymbol(
                    name=f"trial {item.registry_id}",
                    kind=lsp.SymbolKind.Module,
                    range=whole,
                    selection_range=whole,
                    detail=item.title,
                    children=children,
                )
            )
            continue
        declared = names.get(id(item))
        if declared is None:
            continue
        detail = getattr(item, "title", None)
        name = f"{declared.name}" if not isinstance(item, n.Criterion) else f"{item.polarity} {item.id}"
        found.append(
            lsp.DocumentSymbol(
                name=name,
                kind=SYMBOL_KINDS[declared.kind],
                range=whole,
                selection_range=index.offset_range(declared.start, declared.end),
                detail=detail,
            )
        )
    return found


__all__ = ["RenameRefused", "definition", "document_symbols", "references", "rename"]
