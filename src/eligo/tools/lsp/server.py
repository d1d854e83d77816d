"""The language server: pygls wiring of the features over stdio.

An open document is analysed when a request needs it and, after edits stop for
:data:`DEBOUNCE` seconds, to publish its diagnostics; an analysis is kept for its document's
version, so requests between two edits share one.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import os
from collections.abc import Iterator
from pathlib import Path

from lsprotocol import types as lsp
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer

from eligo.language.format import format_document
from eligo.language.grammar import parser
from eligo.language.program import Program
from eligo.tools.lsp.actions import quick_fixes
from eligo.tools.lsp.analysis import Analysis, Analyzer, absolute
from eligo.tools.lsp.completion import completions
from eligo.tools.lsp.diagnostics import protocol_diagnostics
from eligo.tools.lsp.hover import hover_text
from eligo.tools.lsp.navigation import (
    RenameRefused,
    definition,
    document_symbols,
    imported_file,
    references,
    rename,
)
from eligo.tools.lsp.positions import UTF16, LineIndex
from eligo.tools.lsp.uris import path_of

#: seconds without an edit before diagnostics are published
DEBOUNCE = 0.15
#: criteria files read at most when looking for references in the workspace
MAX_WORKSPACE_FILES = 500


class EligoServer(LanguageServer):
    """The server and what it keeps: analyses by document version, the last program that checked."""

    def __init__(self) -> None:
        try:
            version = importlib.metadata.version("eligo")
        except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a source checkout
            version = "0"
        super().__init__("eligo", version)
        self.analyzer = Analyzer()
        self.analyses: dict[str, tuple[int | None, Analysis]] = {}
        self.last_good: dict[str, Program] = {}

    @property
    def encoding(self) -> str:
        kind = self.workspace.position_encoding
        return str(getattr(kind, "value", kind) or UTF16)

    def analysis(self, uri: str) -> Analysis:
        """The analysis of an open document's current text."""
        document = self.workspace.get_text_document(uri)
        kept = self.analyses.get(uri)
        if kept is not None and kept[0] == document.version and kept[1].main.text == document.source:
            return kept[1]
        analysis = self.analyzer.analyze(path_of(uri), document.source)
        self.analyses[uri] = (document.version, analysis)
        if analysis.program is not None:
            self.last_good[uri] = analysis.program
        return analysis

    def publish(self, uri: str) -> None:
        analysis = self.analysis(uri)
        version = self.workspace.get_text_document(uri).version
        diagnostics = protocol_diagnostics(analysis, self.encoding)
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def reanalyze(self) -> None:
        """Analyse every open document again and publish its diagnostics (files changed on disk)."""
        self.analyses.clear()
        for uri in list(self.workspace.text_documents):
            self.publish(uri)

    def workspace_analyses(self) -> Iterator[Analysis]:
        """An analysis (without checking) of every criteria file in the workspace's folders."""
        roots = [path_of(f.uri) for f in self.workspace.folders.values()]
        if not roots and self.workspace.root_path:
            roots = [self.workspace.root_path]
        open_texts = {absolute(path_of(uri)): d.source for uri, d in self.workspace.text_documents.items()}
        for path in criteria_files(roots):
            text = open_texts.get(str(path.resolve()))
            if text is None:
                try:
                    text = path.read_text(encoding="utf-8-sig")
                except (OSError, UnicodeDecodeError):
                    continue
            yield self.analyzer.analyze(str(path), text, checked=False)


def criteria_files(roots: list[str]) -> Iterator[Path]:
    """The ``.elig`` files below some folders, hidden folders and node_modules left out (at most
    :data:`MAX_WORKSPACE_FILES`)."""
    count = 0
    for root in roots:
        for folder, subfolders, names in os.walk(root):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith(".") and d != "node_modules")
            for name in sorted(names):
                if name.endswith(".elig") and not name.startswith("."):
                    count += 1
                    if count > MAX_WORKSPACE_FILES:
                        return
                    yield Path(folder) / name


def _at(ls: EligoServer, uri: str, position: lsp.Position) -> tuple[Analysis, int]:
    analysis = ls.analysis(uri)
    return analysis, LineIndex(analysis.main.text, ls.encoding).offset(position)


def did_open(ls: EligoServer, params: lsp.DidOpenTextDocumentParams) -> None:
    ls.publish(params.text_document.uri)


async def did_change(ls: EligoServer, params: lsp.DidChangeTextDocumentParams) -> None:
    uri, version = params.text_document.uri, params.text_document.version
    await asyncio.sleep(DEBOUNCE)
    if uri in ls.workspace.text_documents and ls.workspace.get_text_document(uri).version == version:
        ls.publish(uri)


def did_save(ls: EligoServer, params: lsp.DidSaveTextDocumentParams) -> None:
    ls.reanalyze()  # a saved value-set file changes its importers


def did_change_watched_files(ls: EligoServer, params: lsp.DidChangeWatchedFilesParams) -> None:
    """A criteria file changed on disk (a value-set file, say): its importers are analysed again."""
    ls.reanalyze()


def did_close(ls: EligoServer, params: lsp.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.analyses.pop(uri, None)
    ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def hover(ls: EligoServer, params: lsp.HoverParams) -> lsp.Hover | None:
    analysis, offset = _at(ls, params.text_document.uri, params.position)
    symbol, at = analysis.at(analysis.main.path, offset)
    text = hover_text(analysis, symbol, at, ls.last_good.get(params.text_document.uri))
    if text is None or at is None:
        return None
    where = LineIndex(analysis.main.text, ls.encoding).offset_range(at.start, at.end)
    return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=text), range=where)


def completion(ls: EligoServer, params: lsp.CompletionParams) -> lsp.CompletionList:
    uri = params.text_document.uri
    analysis = ls.analysis(uri)
    text = ls.workspace.get_text_document(uri).source
    return lsp.CompletionList(is_incomplete=False, items=completions(analysis, text, params.position, ls.encoding))


def goto_definition(ls: EligoServer, params: lsp.DefinitionParams) -> lsp.Location | None:
    analysis, offset = _at(ls, params.text_document.uri, params.position)
    symbol, _ = analysis.at(analysis.main.path, offset)
    return definition(analysis, symbol, ls.encoding) or imported_file(analysis, offset)


def find_references(ls: EligoServer, params: lsp.ReferenceParams) -> list[lsp.Location]:
    analysis, offset = _at(ls, params.text_document.uri, params.position)
    symbol, _ = analysis.at(analysis.main.path, offset)
    return references(analysis, symbol, ls.workspace_analyses, params.context.include_declaration, ls.encoding)


def prepare_rename(ls: EligoServer, params: lsp.PrepareRenameParams) -> lsp.Range | None:
    """The name a rename would change: a declaration's, or a use of one; refused elsewhere."""
    analysis, offset = _at(ls, params.text_document.uri, params.position)
    symbol, at = analysis.at(analysis.main.path, offset)
    if symbol is None or at is None or analysis.declaration(symbol) is None:
        raise JsonRpcInvalidParams("only a declared name (a value set, measure, attested item, definition, "
                                   "reference date or parameter) can be renamed")  # fmt: skip
    written = analysis.main.text[at.start : at.end]
    start = at.start + len(written.rpartition(".")[0]) + (1 if "." in written else 0)  # the name, not its prefix
    return LineIndex(analysis.main.text, ls.encoding).offset_range(start, at.end)


def rename_symbol(ls: EligoServer, params: lsp.RenameParams) -> lsp.WorkspaceEdit | None:
    analysis, offset = _at(ls, params.text_document.uri, params.position)
    symbol, _ = analysis.at(analysis.main.path, offset)
    try:
        return rename(analysis, symbol, params.new_name, ls.workspace_analyses, ls.encoding)
    except RenameRefused as error:
        raise JsonRpcInvalidParams(str(error)) from None


def code_actions(ls: EligoServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    """Quick fixes for the diagnostics the editor shows at the cursor (a did-you-mean applied)."""
    text = ls.workspace.get_text_document(params.text_document.uri).source
    return quick_fixes(params.text_document.uri, text, list(params.context.diagnostics), ls.encoding)


def symbols(ls: EligoServer, params: lsp.DocumentSymbolParams) -> list[lsp.DocumentSymbol]:
    return document_symbols(ls.analysis(params.text_document.uri), ls.encoding)


def formatting(ls: EligoServer, params: lsp.DocumentFormattingParams) -> list[lsp.TextEdit] | None:
    """The canonical layout (:mod:`eligo.language.format`); nothing for a file with syntax errors."""
    analysis = ls.analysis(params.text_document.uri)
    if not analysis.main.parsed or analysis.main.document is None:
        return None
    text = analysis.main.text
    formatted = format_document(analysis.main.document, text)
    if "\r\n" in text:  # the file's own line endings
        formatted = formatted.replace("\n", "\r\n")
    if formatted == text:
        return []
    index = LineIndex(text, ls.encoding)
    return [lsp.TextEdit(range=index.offset_range(0, len(text)), new_text=formatted)]


def create_server() -> EligoServer:
    """A server with every feature registered (and the parser built, ready for the first file)."""
    parser()
    server = EligoServer()
    server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)(did_open)
    server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)(did_save)
    server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)(did_close)
    server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)(did_change_watched_files)
    server.feature(lsp.TEXT_DOCUMENT_HOVER)(hover)
    server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=[".", "("]))(completion)
    server.feature(lsp.TEXT_DOCUMENT_DEFINITION)(goto_definition)
    server.feature(lsp.TEXT_DOCUMENT_REFERENCES)(find_references)
    server.feature(lsp.TEXT_DOCUMENT_RENAME, lsp.RenameOptions(prepare_provider=True))(rename_symbol)
    server.feature(lsp.TEXT_DOCUMENT_PREPARE_RENAME)(prepare_rename)
    server.feature(lsp.TEXT_DOCUMENT_DOCUMENT_SYMBOL)(symbols)
    server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix])
    )(code_actions)
    server.feature(lsp.TEXT_DOCUMENT_FORMATTING)(formatting)
    return server


def serve() -> None:
    """Run the server on stdin and stdout until the client says exit."""
    create_server().start_io()
