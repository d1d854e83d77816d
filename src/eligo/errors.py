"""Eligo's error hierarchy and the rendering of diagnostics.

A diagnostic prints as one line ``file:line:col: severity: message``, then the source line and a
caret under the span, then an optional hint. The CLI turns any :class:`EligoError` into that text
and exit code 1; nothing a user can write ends in a Python traceback.

>>> d = Diagnostic("error", "unknown field 'ecgo'; did you mean 'ecog'?",
...                Span(file="t.elig", line=1, column=7, end_line=1, end_column=11))
>>> print(d.render({"t.elig": "where ecgo in 0..1"}))
t.elig:1:7: error: unknown field 'ecgo'; did you mean 'ecog'?
  where ecgo in 0..1
        ^^^^
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning"]


class Span(BaseModel):
    """Where a node stands in its source file (1-based lines and columns, end exclusive)."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


class EligoError(Exception):
    """Base of every error Eligo raises on purpose."""

    def render(self, sources: Mapping[str, str] | None = None) -> str:
        """The message a user reads."""
        return str(self)


class UsageError(EligoError):
    """The command was called wrongly (a missing file, an unknown option value)."""


class InputError(EligoError):
    """An input file that cannot be used at all (a data file that is not a database, say)."""


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a source file."""

    severity: Severity
    message: str
    span: Span | None
    hint: str | None = None

    def render(self, sources: Mapping[str, str] | None = None) -> str:
        where = str(self.span) if self.span else "<unknown>"
        lines = [f"{where}: {self.severity}: {self.message}"]
        if self.span is not None and sources is not None and self.span.file in sources:
            lines.extend(_excerpt(sources[self.span.file], self.span))
        if self.hint:
            lines.append(f"  hint: {self.hint}")
        return "\n".join(lines)


def _excerpt(text: str, span: Span) -> list[str]:
    """The source line of a span and a caret line under it."""
    source_lines = text.split("\n")
    if not 1 <= span.line <= len(source_lines):
        return []
    line = source_lines[span.line - 1].expandtabs(1)
    if len(line) > 200:  # a very long line: show a window around the column
        start = max(0, span.column - 60)
        shown = line[start : start + 160]
        column = span.column - start
    else:
        shown, column = line, span.column
    end = span.end_column if span.end_line == span.line else len(shown) + 1
    width = max(1, min(end, len(shown) + 1) - column)
    return [f"  {shown}", "  " + " " * (column - 1) + "^" * width]


class SourceError(EligoError):
    """Problems in one or more source files, reported all at once."""

    def __init__(self, diagnostics: Iterable[Diagnostic], sources: Mapping[str, str]) -> None:
        self.diagnostics = tuple(diagnostics)
        self.sources = dict(sources)
        super().__init__(self.render())

    def render(self, sources: Mapping[str, str] | None = None) -> str:
        merged = {**self.sources, **(sources or {})}
        return "\n".join(d.render(merged) for d in self.diagnostics)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


class ParseError(SourceError):
    """The text is not Eligo: a syntax error, an unreadable file."""


class CheckError(SourceError):
    """The text parses but does not make sense: unknown names, wrong types, bad codes."""


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """A ``; did you mean 'x'?`` suffix when a candidate is close to ``name``, else ``""``.

    >>> did_you_mean("ecgo", ["ecog", "sex"])
    "; did you mean 'ecog'?"
    >>> did_you_mean("zzz", ["ecog"])
    ''
    """
    matches = difflib.get_close_matches(name, sorted(set(candidates)), n=1, cutoff=0.7)
    return f"; did you mean '{matches[0]}'?" if matches else ""


@dataclass(frozen=True)
class RecordProblem:
    """Why one input patient record was rejected: where it is, whose it is, which field."""

    source: str
    line: int
    patient_id: str | None
    path: str
    message: str

    #: whether the problem stands for one input record (counts add up to the records read);
    #: a problem with a whole file's structure does not
    counts_as_record: ClassVar[bool] = True

    def render(self) -> str:
        """One line, whatever the record held: control characters are shown escaped."""
        where = f"{self.source}:{self.line}"
        who = f" patient {self.patient_id}:" if self.patient_id else ""
        field = f" {self.path}:" if self.path else ""
        return printable(f"{where}:{who}{field} {self.message}")


# Characters that would let data forge or hide message text: line breaks and other controls,
# and the bidirectional overrides that reorder what a terminal shows.
UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters and direction overrides written as escapes.

    >>> printable("P1\\nrejected: forged")
    'P1\\\\nrejected: forged'
    """
    return UNPRINTABLE.sub(lambda m: json.dumps(m.group())[1:-1], text)


def size_text(limit: int) -> str:
    """A size limit in words: ``64 MiB`` when it is a whole number of MiB, else ``100 bytes``.

    >>> size_text(64 << 20), size_text(100)
    ('64 MiB', '100 bytes')
    """
    return f"{limit >> 20} MiB" if limit % (1 << 20) == 0 else f"{limit} bytes"


class RecordError(EligoError):
    """A patient record that cannot be used (when one record is all there is)."""

    def __init__(self, problem: RecordProblem) -> None:
        self.problem = problem
        super().__init__(problem.render())
