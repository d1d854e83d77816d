"""Go to definition, find references, rename and the outline of a file.

References and renames reach every criteria file of the workspace that sees the declaration:
the file itself, the files it imports, and the files that import the file declaring it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lsprotocol import types as lsp

from eligo.errors import EligoError
from eligo.language import nodes as n
from eligo.language.names import ENUM_VALUES
from eligo.language.schema import ALL_FIELD_NAMES, RECORD_FIELDS
from eligo.tools.lsp.analysis import Analysis, Symbol, absolute
from eligo.tools.lsp.completion import keyword_words
from eligo.tools.lsp.positions import LineIndex
from eligo.tools.lsp.syntax import FileSyntax
from eligo.tools.lsp.uris import uri_of

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
SYMBOL_KINDS = {
    "valueset": lsp.SymbolKind.Enum,
    "measure": lsp.SymbolKind.Struct,
    "attested": lsp.SymbolKind.Variable,
    "define": lsp.SymbolKind.Function,
    "reference": lsp.SymbolKind.Constant,
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


def occurrences(analysis: Analysis, symbol: Symbol, workspace: Workspace) -> list[tuple[FileSyntax, int, int, bool]]:
    """Every declaration and use of a symbol, in this file's program and in the workspace's files
    that import its file (each place once)."""
    found: dict[tuple[str, int], tuple[FileSyntax, int, int, bool]] = {}
    analyses = [analysis]
    if symbol.scope is None:
        analyses.extend(other for other in workspace() if other.file(symbol.file) is not None)
    for each in analyses:
        for syntax, start, end, declaration in each.occurrences(symbol):
            found.setdefault((absolute(syntax.path), start), (syntax, start, end, declaration))
    return sorted(found.values(), key=lambda o: (absolute(o[0].path), o[1]))


def references(
    analysis: Analysis, symbol: Symbol | None, workspace: Workspace, include_declaration: bool, encoding: str
) -> list[lsp.Location]:
    if symbol is None:
        return []
    return [
        location(syntax, start, end, encoding)
        for syntax, start, end, declaration in occurrences(analysis, symbol, workspace)
        if include_declaration or not declaration
    ]


def rename_problem(analysis: Analysis, symbol: Symbol, new: str) -> str | None:
    """Why ``new`` cannot be the declaration's name, or None when it can."""
    if not NAME.match(new):
        return f"'{new}' is not a name (a letter or _, then letters, digits or _)"
    if new in keyword_words():
        return f"'{new}' is a keyword of the language"
    if new in ALL_FIELD_NAMES or new in RECORD_FIELDS:
        return f"'{new}' is a record field or kind; choose another name"
    if new in ENUM_VALUES and symbol.scope is None:
        return f"'{new}' is a value of the field '{ENUM_VALUES[new]}'; choose another name"
    if symbol.scope is not None:  # a parameter: unique among its definition's parameters
        syntax = analysis.file(symbol.file)
        taken = {d.name for d in syntax.declared if d.scope == symbol.scope} if syntax else set()
        return f"'{new}' is already a parameter of '{symbol.scope}'" if new in taken else None
    for syntax in analysis.files():  # a declaration: its new name may hide nothing, nor be hidden
        for d in syntax.declared:
            if d.name == new and d.kind not in ("criterion", "parameter"):
                where = "here" if syntax is analysis.main else f"in {syntax.path}"
                return f"'{new}' is already declared {where} (line {syntax.text.count(chr(10), 0, d.start) + 1})"
    return None


def rename(
    analysis: Analysis, symbol: Symbol | None, new: str, workspace: Workspace, encoding: str
) -> lsp.WorkspaceEdit | None:
    """The edits that rename a declaration and every use of it; a qualified use keeps its prefix."""
    if symbol is None:
        return None
    problem = rename_problem(analysis, symbol, new)
    if problem:
        raise RenameRefused(problem)
    changes: dict[str, list[lsp.TextEdit]] = {}
    for syntax, start, end, _ in occurrences(analysis, symbol, workspace):
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
