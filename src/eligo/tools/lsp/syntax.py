"""One criteria file as the editor sees it: its items (all of them, or those that parse when some
do not), its syntax errors, and where each declared name is declared and used.

Names the syntax tree keeps as plain strings (a value set's name, a query's value set, a
measure after ``latest``, a called definition) are found in the source after the keyword that
precedes them, so that every occurrence has the exact range of its token.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from eligo.errors import Diagnostic, ParseError
from eligo.language import nodes as n
from eligo.language.parse import ITEM_START, MAX_SOURCE_BYTES, decode_source, parse_text
from eligo.language.program import Declaration

DeclarationKind = Literal[
    "valueset", "measure", "attested", "define", "reference", "run_parameter", "parameter", "criterion"
]
UseKind = Literal["name", "valueset", "measure", "call"]

WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?")
SKIPPED = re.compile(r"(?:\s+|#[^\n]*)*")
DECLARATION_TYPES = (n.ValueSet, n.Measure, n.Attested, n.Define)


@dataclass(frozen=True)
class Declared:
    """A name declared in a file: where its name token stands, and the node that declares it."""

    name: str
    kind: DeclarationKind
    start: int
    end: int
    node: n.Node
    #: the definition a parameter belongs to
    scope: str | None = None


@dataclass(frozen=True)
class Use:
    """A name written where a declaration may be meant: its token and what encloses it."""

    name: str
    kind: UseKind
    start: int
    end: int
    #: the definition or criterion it is written in (a parameter is reached only from its definition)
    item: n.Node | None = None
    #: the record kind whose fields the name may be (inside a query or a ``define ... for``)
    record: str | None = None


@dataclass
class FileSyntax:
    """The syntax of one file's text."""

    path: str
    text: str
    items: tuple[n.Node, ...] = ()
    document: n.Document | None = None
    errors: tuple[Diagnostic, ...] = ()
    declared: list[Declared] = field(default_factory=list)
    uses: list[Use] = field(default_factory=list)
    _declarations: dict[str, Declared] | None = field(default=None, repr=False)
    _absolute: str | None = field(default=None, repr=False)

    @property
    def parsed(self) -> bool:
        return not self.errors

    def declarations(self) -> dict[str, Declared]:
        """The file's declarations and reference dates by name (parameters and criteria left out;
        the first of a name wins)."""
        if self._declarations is None:
            self._declarations = {}
            for d in self.declared:
                if d.kind not in ("parameter", "criterion"):
                    self._declarations.setdefault(d.name, d)
        return self._declarations

    @property
    def absolute(self) -> str:
        """The file's absolute path (how files are told apart)."""
        if self._absolute is None:
            try:
                self._absolute = str(Path(self.path).resolve())
            except (OSError, RuntimeError, ValueError):
                self._absolute = self.path
        return self._absolute


def line_starts(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


@functools.lru_cache(maxsize=64)
def file_syntax(path: str, text: str) -> FileSyntax:
    """Parse one file, item by item (an edit parses again only the items it touched).

    Items are cut where a line starts with an item's keyword, as the parser's own recovery cuts
    them (:data:`~eligo.language.parse.ITEM_START`). When every item parses, the document is the
    one :func:`~eligo.language.parse.parse_text` gives for the whole text; when one does not,
    the whole text is parsed again for the syntax errors ``eligo check`` reports, and the items
    that parse alone are kept for navigation.
    """
    syntax = FileSyntax(path=path, text=text)
    if len(text) > MAX_SOURCE_BYTES // 4:  # perhaps too large to be read: as eligo check would say
        try:
            decode_source(text.encode("utf-8", "surrogatepass"), path)
        except ParseError as error:
            syntax.errors = error.diagnostics
            return syntax
    parsed: list[n.Document] = []
    failed = False
    for line, chunk in chunks(text):
        try:
            parsed.append(parse_item(path, line, chunk))
        except ParseError:
            failed = True
    if not failed:
        items = tuple(i for d in parsed for i in d.items)
        comments = tuple(c for d in parsed for c in d.comments)
        syntax.document = n.Document(path=path, items=items, comments=comments)
        syntax.items = items
    else:
        try:  # the whole text may parse where its items do not (an item keyword starting a line inside an item)
            syntax.document = parse_text(text, path)
            syntax.items = tuple(syntax.document.items)
        except ParseError as error:
            syntax.errors = error.diagnostics
            syntax.items = tuple(i for d in parsed for i in d.items)
    Finder(syntax).run()
    return syntax


def chunks(text: str) -> list[tuple[int, str]]:
    """The text cut before each item: (the number of lines before the piece, the piece)."""
    starts = [m.start() for m in ITEM_START.finditer(text)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    pieces = []
    line = 0
    for index, begin in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        pieces.append((line, text[begin:end]))
        line += text.count("\n", begin, end)
    return pieces


@functools.lru_cache(maxsize=8192)
def parse_item(path: str, line: int, chunk: str) -> n.Document:
    """One piece of a file parsed at its place (its lines keep their numbers); raises ParseError."""
    return parse_text("\n" * line + chunk, path)


class Finder:
    """Collects a file's declarations and the names its items use."""

    def __init__(self, syntax: FileSyntax) -> None:
        self.syntax = syntax
        self.text = syntax.text
        self.starts = line_starts(syntax.text)

    def offset(self, line: int, column: int) -> int:
        if not 1 <= line <= len(self.starts):
            return len(self.text)
        return self.starts[line - 1] + column - 1

    def word_after(self, span: n.Span | None, skip: int) -> tuple[str, int, int] | None:
        """The ``skip``-th word after a span's start (0: the word at its start), past spaces and comments."""
        if span is None:
            return None
        position = self.offset(span.line, span.column)
        for index in range(skip + 1):
            position = SKIPPED.match(self.text, position).end()  # type: ignore[union-attr]
            found = WORD.match(self.text, position)
            if found is None:
                return None
            if index == skip:
                return found.group(), found.start(), found.end()
            position = found.end()
        return None  # pragma: no cover - the loop returns

    def declare(self, node: n.Node, kind: DeclarationKind, skip: int, scope: str | None = None) -> None:
        found = self.word_after(node.span, skip)
        if found is not None:
            self.syntax.declared.append(Declared(found[0], kind, found[1], found[2], node, scope))

    def use(
        self, name: str, kind: UseKind, found: tuple[str, int, int] | None, item: n.Node, record: str | None
    ) -> None:
        if found is not None and found[0] == name:
            self.syntax.uses.append(Use(name, kind, found[1], found[2], item, record))

    def run(self) -> None:
        for item in self.syntax.items:
            if isinstance(item, n.Trial):
                for reference in item.references:
                    self.declare(reference, "reference", 1)
                for run_parameter in item.parameters:  # per-enrolment parameters: named like references
                    self.declare(run_parameter, "run_parameter", 1)
            elif isinstance(item, DECLARATION_TYPES):
                self.declare(item, item.kind, 1)
                if isinstance(item, n.Define):
                    for parameter in item.parameters:
                        self.declare(parameter, "parameter", 0, item.name)
                    self.expression(item.body, item, item.record)
            elif isinstance(item, n.Criterion):
                self.declare(item, "criterion", 1)
                self.expression(item.body, item, None)

    def expression(self, expr: n.Node, item: n.Node, record: str | None) -> None:
        """The names an expression uses; ``record``: the kind whose fields its names may be."""
        if isinstance(expr, n.Name):
            if expr.span is not None:
                start = self.offset(expr.span.line, expr.span.column)
                if self.text[start : start + len(expr.name)] == expr.name:
                    self.syntax.uses.append(Use(expr.name, "name", start, start + len(expr.name), item, record))
            return
        if isinstance(expr, n.Query):
            if expr.valueset is not None:
                self.use(expr.valueset, "valueset", self.word_after(expr.span, 2), item, record)
            if expr.measure is not None:
                self.use(expr.measure, "measure", self.word_after(expr.span, 0), item, record)
            record = expr.record
        elif isinstance(expr, n.Latest):
            self.use(expr.measure, "measure", self.word_after(expr.span, 1), item, record)
        elif isinstance(expr, n.Call):
            self.use(expr.name, "call", self.word_after(expr.span, 0), item, record)
        for child in expr.children():
            self.expression(child, item, record)


__all__ = ["Declaration", "Declared", "FileSyntax", "Use", "file_syntax", "line_starts"]
