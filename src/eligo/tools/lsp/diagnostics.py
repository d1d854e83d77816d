"""The checker's diagnostics as the protocol's: its messages, ranges and hints, unchanged.

A problem found in an imported file is shown on the ``import`` that brings it in (with its own
place as related information), since the editor may not have that file open.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types as lsp

from eligo.errors import Diagnostic
from eligo.language import nodes as n
from eligo.tools.lsp.analysis import Analysis, absolute
from eligo.tools.lsp.positions import LineIndex
from eligo.tools.lsp.uris import uri_of

SEVERITIES = {"error": lsp.DiagnosticSeverity.Error, "warning": lsp.DiagnosticSeverity.Warning}
SOURCE = "eligo"


def message_of(diagnostic: Diagnostic) -> str:
    """The message, and its hint on a line of its own."""
    return diagnostic.message + (f"\nhint: {diagnostic.hint}" if diagnostic.hint else "")


ORIGIN = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0))


def protocol_diagnostics(analysis: Analysis, encoding: str) -> list[lsp.Diagnostic]:
    """The diagnostics to publish for the analysed file."""
    main = analysis.main
    index = LineIndex(main.text, encoding)
    found: list[lsp.Diagnostic] = []
    for d in analysis.diagnostics:
        severity = SEVERITIES[d.severity]
        if d.span is None:
            found.append(lsp.Diagnostic(range=ORIGIN, message=message_of(d), severity=severity, source=SOURCE))
        elif absolute(d.span.file) == main.absolute:
            where = index.range(d.span)
            found.append(lsp.Diagnostic(range=where, message=message_of(d), severity=severity, source=SOURCE))
        else:
            found.append(_elsewhere(d, analysis, index, severity))
    return found


def import_of(analysis: Analysis, path: str) -> n.Import | None:
    """The file's ``import`` of a file (the first import when it reaches it through another file)."""
    imports = [i for i in analysis.main.items if isinstance(i, n.Import) and i.span is not None]
    base = Path(analysis.main.path).parent
    wanted = absolute(path)
    return next((i for i in imports if absolute(str(base / i.path)) == wanted), imports[0] if imports else None)


def _elsewhere(d: Diagnostic, analysis: Analysis, index: LineIndex, severity: lsp.DiagnosticSeverity) -> lsp.Diagnostic:
    """A problem in an imported file, shown on the import that brings it in."""
    assert d.span is not None
    statement = import_of(analysis, d.span.file)
    where = index.range(statement.span) if statement is not None and statement.span is not None else ORIGIN
    related = None
    imported = analysis.file(d.span.file)
    if imported is not None:
        other = LineIndex(imported.text, index.encoding)
        location = lsp.Location(uri=uri_of(imported.absolute), range=other.range(d.span))
        related = [lsp.DiagnosticRelatedInformation(location=location, message=d.message)]
    message = f"in {d.span}: {message_of(d)}"
    return lsp.Diagnostic(range=where, message=message, severity=severity, source=SOURCE, related_information=related)
