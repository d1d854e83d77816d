"""Splitting a stream of JSON text into its top-level values, chunk by chunk, without parsing them.

The reader (:mod:`eligo.sources.reader`) uses it for JSON arrays of records and for pretty-printed objects
one after another: an invalid element is reported and the scan goes on with the next one (an
element with unbalanced brackets, though, runs on to the end of the array: it is reported once).
"""

from __future__ import annotations

import re

from eligo.errors import RecordProblem

__all__ = ["NON_SPACE", "FileProblem", "Span", "Splitter"]


class FileProblem(RecordProblem):
    """A problem with the file's structure (an unclosed array, a stray comma), not with a record:
    reported, and the run fails, but it is not counted as a rejected record."""

    counts_as_record = False


# Outside strings: a whole string (the common case), a bracket or comma, or a string that goes
# on past the end of the chunk.
_TOKEN = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[\[\]{},]|"', re.DOTALL)
_STRING = rb'"(?:[^"\\]++|\\.)*+"'


def _balanced(levels: int) -> re.Pattern[bytes]:
    """Text without unbalanced brackets: strings, and bracketed groups nested up to ``levels`` deep.

    Inside a value this skips whole sub-objects in one step of the regular expression engine
    instead of one step of Python per bracket; it stops at a bracket it cannot match (the end
    of the value, a group deeper than ``levels`` or one cut by the end of the chunk) or at a string
    going on into the next chunk.
    """
    pattern = rb'(?:[^"\[\]{}]++|' + _STRING + rb")*+"
    for _ in range(levels):
        pattern = rb'(?:[^"\[\]{}]++|' + _STRING + rb"|[\[{]" + pattern + rb"[\]}])*+"
    return re.compile(pattern, re.DOTALL)


_SKIP = _balanced(6)
_STRING_REST = re.compile(rb'(?:[^"\\]++|\\.)*+', re.DOTALL)
#: A byte that is not JSON whitespace.
NON_SPACE = re.compile(rb"[^ \t\r\n]")
_QUOTE, _COMMA, _CLOSE_ARRAY = ord('"'), ord(","), ord("]")
_OPENERS = frozenset(b"{[")
_CLOSERS = frozenset(b"}]")

# A value found by the splitter: its text (None when it is over the size limit), line and column.
Span = tuple[bytes | None, int, int]


class Splitter:
    """Finds where the top-level values of a JSON text start and end, without parsing them.

    Fed chunk by chunk, it follows string state (across escapes split between chunks) and
    bracket depth, and returns each complete value's text with the line and column where it
    starts. In ``array`` mode the values are the elements of one array, separated by commas;
    otherwise they follow each other (a value that is not an object or array runs up to the next
    ``{`` or ``[``). Only the text of the value being read is held, and not past the size limit.
    """

    def __init__(self, source: str, *, array: bool, limit: int) -> None:
        self.source = source
        self.limit = limit  # a value longer than this many bytes is not held
        self.array = array
        self.base = 1 if array else 0  # the depth of the values
        self.depth = 0
        self.started = not array  # the array's '[' was seen
        self.closed = False  # the array's ']' was seen
        self.stopped = False  # nothing more will be read
        self.in_string = False
        self.escape = False  # a backslash ended the previous chunk, inside a string
        self.in_value = False
        self.container = False  # the value being read starts with '{' or '['
        self.after_comma = False
        self.pieces: list[bytes] = []
        self.size = 0
        self.oversized = False
        self.value_line = self.value_column = 0
        # Lines are counted lazily: `line` is the line at `mark` in the current chunk.
        self.line = 1
        self.mark = 0
        self.offset = 0  # of the current chunk in the text
        self.line_start = 0  # offset of the first byte of the current line
        self.seg = 0  # where the held text of the current value starts in the chunk
        self.out: list[Span | RecordProblem] = []

    def feed(self, chunk: bytes) -> list[Span | RecordProblem]:
        """The values completed by this chunk, and problems with the structure."""
        out: list[Span | RecordProblem] = []
        self.out = out
        self.mark = self.seg = pos = 0
        end = len(chunk)
        if not self.started:
            pos = self._open(chunk)
        while pos < end and not self.stopped:
            if self.in_string:
                pos = self._string(chunk, pos)
                continue
            if self.closed:
                self._trailing(chunk, pos)
                break
            if self.in_value and self.depth > self.base:
                pos = self._inside(chunk, pos)
                continue
            found = _TOKEN.search(chunk, pos)
            if found is None:
                if not self.in_value:
                    self._bare_start(chunk, pos, end)
                break
            pos = self._at_base(chunk, found, pos)
        if self.in_value and not self.stopped:
            self._keep(chunk[self.seg :])
        self._count(chunk, end)
        self.offset += end
        return out

    def close(self) -> list[Span | RecordProblem]:
        """What is left at the end of the text: a last value, or an array left open."""
        out: list[Span | RecordProblem] = []
        self.out = out
        self.mark = self.seg = 0
        if self.stopped or not self.started:
            return out
        if self.in_value:
            self._finish(b"", 0)
        if self.array and not self.closed:
            self._problem("invalid JSON: the array is not closed (']' is missing at the end of the file)")
        return out

    def _open(self, chunk: bytes) -> int:
        """Before the array: skip to its '['."""
        found = NON_SPACE.search(chunk)
        if found is None:
            return len(chunk)
        self.started = True
        self.depth = 1
        return found.start() + 1

    def _string(self, chunk: bytes, pos: int) -> int:
        """Inside a string that began in an earlier chunk: find where it ends."""
        end = len(chunk)
        if self.escape:
            self.escape = False
            pos += 1
            if pos >= end:
                return end
        stop = _STRING_REST.match(chunk, pos).end()  # type: ignore[union-attr]  # always matches
        if stop == end:
            return end
        if chunk[stop] == _QUOTE:
            self.in_string = False
            return stop + 1
        self.escape = True  # a backslash is the chunk's last byte
        return end

    def _inside(self, chunk: bytes, pos: int) -> int:
        """Inside an object or array, the hot path: only brackets and unfinished strings matter."""
        skip = _SKIP.match
        end = len(chunk)
        depth, base = self.depth, self.base
        while depth > base:
            at = skip(chunk, pos).end()  # type: ignore[union-attr]  # always matches
            if at == end:
                pos = end
                break
            byte = chunk[at]
            pos = at + 1
            if byte == _QUOTE:  # a string going on into the next chunk
                self.in_string = True
                break
            if byte in _OPENERS:
                depth += 1
            else:
                depth -= 1
        self.depth = depth
        if depth == base and not self.array:
            self._finish(chunk, pos)
        return pos

    def _at_base(self, chunk: bytes, found: re.Match[bytes], pos: int) -> int:
        """A token at the depth of the values: it may start, end or separate them."""
        at = found.start()
        byte = chunk[at]
        if not self.in_value:
            self._bare_start(chunk, pos, at)
        if byte == _QUOTE:
            if not self.in_value:
                self._begin(chunk, at, container=False)
            self.in_string = found.end() == at + 1
            return found.end()
        if byte in _OPENERS:
            if self.in_value and not self.container and not self.array:
                self._finish(chunk, at)
            if not self.in_value:
                self._begin(chunk, at, container=True)
            self.depth += 1
        elif self.array and byte == _CLOSE_ARRAY:
            if self.in_value:
                self._finish(chunk, at)
            elif self.after_comma:
                self._count(chunk, at)
                self._problem("invalid JSON: a ',' is followed by ']' (trailing comma)")
            self.closed = True
        elif self.array and byte == _COMMA:
            if self.in_value:
                self._finish(chunk, at)
            else:
                self._count(chunk, at)
                self._problem("invalid JSON: a ',' with no value before it")
            self.after_comma = True
        elif not self.in_value:  # a stray '}', or ',' between values: the start of something invalid
            self._begin(chunk, at, container=False)
        return at + 1

    def _bare_start(self, chunk: bytes, pos: int, stop: int) -> None:
        """Between values: text other than a bracket or string (a number, a word) starts a value."""
        found = NON_SPACE.search(chunk, pos, stop)
        if found is not None:
            self._begin(chunk, found.start(), container=False)

    def _trailing(self, chunk: bytes, pos: int) -> None:
        found = NON_SPACE.search(chunk, pos)
        if found is not None:
            self._count(chunk, found.start())
            self._problem("invalid JSON: there is more text after the end of the array")
            self.stopped = True

    def _begin(self, chunk: bytes, at: int, *, container: bool) -> None:
        self._count(chunk, at)
        self.in_value = True
        self.container = container
        self.after_comma = False
        self.seg = at
        self.value_line = self.line
        self.value_column = self.offset + at - self.line_start + 1
        self.pieces = []
        self.size = 0
        self.oversized = False

    def _finish(self, chunk: bytes, end: int) -> None:
        self._keep(chunk[self.seg : end])
        text = None if self.oversized else self.pieces[0] if len(self.pieces) == 1 else b"".join(self.pieces)
        self.out.append((text, self.value_line, self.value_column))
        self.in_value = False
        self.pieces = []

    def _keep(self, piece: bytes) -> None:
        """Hold a piece of the current value's text, unless the value is over the size limit."""
        if self.oversized:
            return
        self.size += len(piece)
        if self.size > self.limit:
            self.oversized = True
            self.pieces = []
        else:
            self.pieces.append(piece)

    def _count(self, chunk: bytes, upto: int) -> None:
        """Advance the line count to position ``upto`` of the chunk."""
        newlines = chunk.count(b"\n", self.mark, upto)
        if newlines:
            self.line += newlines
            self.line_start = self.offset + chunk.rindex(b"\n", self.mark, upto) + 1
        self.mark = upto

    def _problem(self, message: str) -> None:
        self.out.append(FileProblem(self.source, self.line, None, "", message))
