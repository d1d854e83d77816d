"""Positions: Eligo's spans (1-based lines, 1-based columns in characters) and the protocol's
(0-based lines, 0-based columns in code units of the negotiated encoding, UTF-16 by default).

A character outside the Basic Multilingual Plane (an emoji, 𝔼) is one column for Eligo and two
UTF-16 code units for an editor; every position that crosses the protocol goes through here.

>>> index = LineIndex('text "𝔼" x\\n')
>>> index.position(1, 10).character  # line 1, column 10 (the x): after 10 UTF-16 code units
10
>>> index.column(0, 10)  # and back: the x is the line's tenth character
9
>>> LineIndex('text "𝔼" x\\n', UTF32).position(1, 10).character
9
"""

from __future__ import annotations

import bisect

from lsprotocol import types as lsp

from eligo.errors import Span

UTF16 = "utf-16"
UTF8 = "utf-8"
UTF32 = "utf-32"


def units(text: str, encoding: str) -> int:
    """How many code units ``text`` takes in ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8"))
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


class LineIndex:
    """The lines of one text, for converting between offsets, spans and protocol positions."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0]
        position = text.find("\n")
        while position != -1:
            self.starts.append(position + 1)
            position = text.find("\n", position + 1)

    def line_text(self, line: int) -> str:
        """The text of a 0-based line, without its newline."""
        if not 0 <= line < len(self.starts):
            return ""
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)
        return self.text[self.starts[line] : end]

    # -------------------------------------------------------------- to the protocol
    def position(self, line: int, column: int) -> lsp.Position:
        """A protocol position from Eligo's 1-based line and 1-based character column."""
        text = self.line_text(line - 1)
        return lsp.Position(line=max(0, line - 1), character=units(text[: max(0, column - 1)], self.encoding))

    def range(self, span: Span) -> lsp.Range:
        return lsp.Range(start=self.position(span.line, span.column), end=self.position(span.end_line, span.end_column))

    def offset_position(self, offset: int) -> lsp.Position:
        line = bisect.bisect_right(self.starts, offset) - 1
        return self.position(line + 1, offset - self.starts[line] + 1)

    def offset_range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(start=self.offset_position(start), end=self.offset_position(end))

    # -------------------------------------------------------------- from the protocol
    def column(self, line: int, character: int) -> int:
        """The 0-based character index in a 0-based line of a protocol position."""
        text = self.line_text(line)
        if self.encoding == UTF32 or text.isascii():
            return min(character, len(text))
        count = 0
        for index, char in enumerate(text):
            if count >= character:
                return index
            count += units(char, self.encoding)
        return len(text)

    def offset(self, position: lsp.Position) -> int:
        """The character offset in the text of a protocol position (clamped to the text)."""
        if position.line >= len(self.starts):
            return len(self.text)
        return self.starts[position.line] + self.column(position.line, position.character)

    def span_offsets(self, span: Span) -> tuple[int, int]:
        """The character offsets of a span's start and end."""
        return self.line_offset(span.line, span.column), self.line_offset(span.end_line, span.end_column)

    def line_offset(self, line: int, column: int) -> int:
        if not 1 <= line <= len(self.starts):
            return len(self.text)
        return self.starts[line - 1] + column - 1
