"""The checker's diagnostics as the protocol's: its messages, ranges and hints, unchanged.

A problem found in an imported file is shown on the ``import`` that brings it in (with its own
place as related information), since the editor may not have that file open.
"""

from __future__ import annotations

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


def protocol_diagnostics(analysis: Analysis, encoding: str) -> list[lsp.Diagnostic]:
    """The diagnostics to publish for the analysed file."""
    main = analysis.main
    index = LineIndex(main.text, encoding)
    main_path = absolute(main.path)
    first_import = next((i for i in main.items if isinstance(i, n.Import) and i.span), None)
    found: list[lsp.Diagnostic] = []
    for d in analysis.diagnostics:
        severity = SEVERITIES[d.severity]
        if d.span is None:
            where = lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0))
            found.append(lsp.Diagnostic(range=where, message=message_of(d), severity=severity, source=SOURCE))
        elif absolute(d.span.file) == main_path:
            found.append(
                lsp.Diagnostic(range=index.range(d.span), message=message_of(d), severity=severity, source=SOURCE)
            )
        else:
            found.append(_elsewhere(d, analysis, index, first_import, severity))
    return found


def _elsewhere(
    d: Diagnostic, analysis: Analysis, index: LineIndex, first_import: n.Node | None, severity: lsp.DiagnosticSeverity
) -> lsp.Diagnostic:
    assert d.span is not None
    span = first_import.span if first_import is not None else None
    where = (
        index.range(span)
        if span is not None
        else lsp.Range(start=lsp.Position(line=0, character=0), end=lsp.Position(line=0, character=0))
    )
    related = None
    imported = analysis.file(d.span.file)
    if imported is not None:
        other = LineIndex(imported.text, index.encoding)
        location = lsp.Location(uri=uri_of(absolute(d.span.file)), range=other.range(d.span))
        related = [lsp.DiagnosticRelatedInformation(location=location, message=d.message)]
    message = f"in {d.span}: {message_of(d)}"
    return lsp.Diagnostic(range=where, message=message, severity=severity, source=SOURCE, related_information=related)
