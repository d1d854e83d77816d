"""Streaming input of patient records for batch screening, in constant memory.

:func:`read_patients` reads JSON Lines, a JSON array of records (however large, however
formatted), a file holding one JSON object, or a directory of such files, and yields each
record as it is read: a :class:`Loaded` patient, or a :class:`~eligo.errors.RecordProblem`
saying where the record is, whose it is, which field is wrong and why. A bad record never stops
the reading; memory does not grow with the number of records.

A ``.jsonl`` or ``.ndjson`` file is JSON Lines. Any other file's form is found from its content:
``[`` first means an array; ``{`` first means JSON Lines when the first line holds all there is
or the next line starts another record, and otherwise one (pretty-printed) object. A leading
UTF-8 byte order mark is ignored and CRLF line ends work. A JSON array is split into its
elements by a small scanner that follows strings, escapes and bracket depth over fixed-size
chunks, so an invalid element is reported and the scan goes on with the next one (an element
with unbalanced brackets, though, runs on to the end of the array: it is reported once).
"""

from __future__ import annotations

import json
import os
import re
import types
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from eligo.errors import RecordError, RecordProblem, UsageError, printable
from eligo.plausibility import at_index_dates
from eligo.plausibility import problems as implausible
from eligo.records import Patient
from eligo.seen_ids import SeenIds
from eligo.temporal import DateLike

__all__ = [
    "BUFFER_SIZE",
    "CHUNK_SIZE",
    "MAX_RECORD_BYTES",
    "Loaded",
    "SeenIds",
    "read_one_patient",
    "read_patients",
    "record_problem",
]

#: Bytes read at a time when scanning a JSON array or object, or skipping an oversized line.
CHUNK_SIZE = 256 << 10
#: The buffer of every file opened for reading.
BUFFER_SIZE = 1 << 20
#: A record whose text is longer than this is reported and skipped, never held in memory.
MAX_RECORD_BYTES = 64 << 20

RECORD_FILE_SUFFIXES = (".json", ".jsonl", ".ndjson")
_LINES_SUFFIXES = (".jsonl", ".ndjson")

_Item = Union["Loaded", RecordProblem]


@dataclass(frozen=True, slots=True)
class Loaded:
    """A patient record read and validated: where it came from, and the patient."""

    source: str
    """The file name as given (for a directory: the file inside it)."""
    line: int
    """The 1-based line where the record starts."""
    patient: Patient


class _FileProblem(RecordProblem):
    """A problem with the file's structure (an unclosed array, a stray comma), not with a record."""


def read_patients(
    path: str | Path, *, index_dates: Mapping[str, DateLike] | None = None, unique_ids: bool = True
) -> Iterator[Loaded | RecordProblem]:
    """Every patient record in a file or directory, in order, as it is read.

    ``path`` is a JSON Lines file, a JSON array of records, a file holding one JSON object, or a
    directory, whose ``*.json``, ``*.jsonl`` and ``*.ndjson`` files are read in name order. Each
    record becomes a :class:`Loaded` patient or a :class:`~eligo.errors.RecordProblem`: one that
    is not valid, holds what no patient can have (:mod:`eligo.plausibility`), was born after
    one of the run's ``index_dates`` it does not override, or (with ``unique_ids``) repeats the
    id of an earlier record of the input. Raises :class:`~eligo.errors.UsageError` when the
    path does not exist or a file cannot be read.

    Memory does not grow with the number of records, except for the index of the ids seen
    (:class:`~eligo.seen_ids.SeenIds`, about 20 bytes per patient) when ``unique_ids`` is set.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> batch = Path(folder.name) / "batch.jsonl"
    >>> _ = batch.write_text('{"id": "P1", "sex": "female"}\\n\\n{"id": "P2", "sex": "f"}\\n{"id": "P1"}\\n')
    >>> for item in read_patients(batch):
    ...     print(item.line, item.patient.id if isinstance(item, Loaded) else item.render())  # doctest: +ELLIPSIS
    1 P1
    3 .../batch.jsonl:3: patient P2: sex: 'f' is not one of: female, male, other
    4 .../batch.jsonl:4: patient P1: id: patient id 'P1' already appeared at line 1
    >>> folder.cleanup()
    """
    source = os.fspath(path)
    if not source:
        raise UsageError("no patient file given")
    target = Path(source)
    if target.is_dir():
        items = _read_directory(target, source)
    elif not target.exists():
        raise UsageError(f"{source}: no such file or directory")
    else:
        items = _read_file(target, source)
    if not unique_ids and not index_dates:
        return items
    return _cross_checked(items, index_dates or {}, SeenIds() if unique_ids else None)


def record_problem(source: str, line: int, patient_id: str | None, issues: list[tuple[str, str]]) -> RecordProblem:
    """The problem of one record from its (field path, message) issues: the first, and how many more."""
    path, message = issues[0]
    if len(issues) > 1:
        more = len(issues) - 1
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return RecordProblem(source, line, patient_id, path, message)


def _cross_checked(
    items: Iterator[_Item], index_dates: Mapping[str, DateLike], seen: SeenIds | None
) -> Iterator[_Item]:
    """The records, with those that repeat an earlier id or precede their birth made problems."""
    for item in items:
        loaded = isinstance(item, Loaded)
        patient_id = item.patient.id if isinstance(item, Loaded) else item.patient_id
        if seen is not None and patient_id is not None:
            first = seen.add(patient_id, item.source, item.line)
            if first is not None and loaded:
                message = seen.message(patient_id, first, item.source)
                yield RecordProblem(item.source, item.line, patient_id, "id", message)
                continue
        if index_dates and isinstance(item, Loaded):
            issues = at_index_dates(item.patient, index_dates)
            if issues:
                yield record_problem(item.source, item.line, item.patient.id, issues)
                continue
        yield item


def read_one_patient(path: str | Path, *, index_dates: Mapping[str, DateLike] | None = None) -> Patient:
    """The one patient record in a file, for commands about a single patient.

    Raises :class:`~eligo.errors.RecordError` when the record is not valid (as
    :func:`read_patients` finds it, ``index_dates`` included), and
    :class:`~eligo.errors.UsageError` when the file is missing or unreadable, is a directory, or
    holds no record or more than one.

    >>> import tempfile
    >>> folder = tempfile.TemporaryDirectory()
    >>> one = Path(folder.name) / "p1.json"
    >>> _ = one.write_text('{\\n  "id": "P1",\\n  "birth_date": "1963-07"\\n}\\n')
    >>> read_one_patient(one).birth_date
    PartialDate(year=1963, month=7, day=None)
    >>> _ = one.write_text('{"id": "P1", "birth_date": "2026-02-30"}')
    >>> read_one_patient(one)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    eligo.errors.RecordError: .../p1.json:1: patient P1: birth_date: invalid date '2026-02-30': day 30 is out of range for 2026-02 (1-28)
    >>> folder.cleanup()
    """
    source = os.fspath(path)
    if not source:
        raise UsageError("no patient file given")
    target = Path(source)
    if target.is_dir():
        raise UsageError(f"{source}: is a directory; give the file of one patient")
    if not target.exists():
        raise UsageError(f"{source}: no such file")
    items = _read_file(target, source)
    try:
        first = next(items, None)
        second = next(items, None)
    finally:
        items.close()
    if first is None:
        raise UsageError(f"{source}: holds no patient record")
    if isinstance(second, _FileProblem):  # a broken file: the record's own problem says more
        raise RecordError(first if isinstance(first, RecordProblem) else second)
    if second is not None:
        raise UsageError(f"{source}: holds more than one patient record; give the file of one patient")
    if isinstance(first, RecordProblem):
        raise RecordError(first)
    issues = at_index_dates(first.patient, index_dates or {})
    if issues:
        raise RecordError(record_problem(first.source, first.line, first.patient.id, issues))
    return first.patient


# --- files and their forms ---------------------------------------------------------------------


def _read_directory(folder: Path, source: str) -> Iterator[_Item]:
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(folder)
            if entry.name.lower().endswith(RECORD_FILE_SUFFIXES) and not entry.name.startswith(".") and entry.is_file()
        )
    except OSError as error:
        raise UsageError(f"{source}: cannot read: {error.strerror or error}") from None
    for name in names:
        yield from _read_file(folder / name, os.path.join(source, name))


def _read_file(path: Path, source: str) -> Generator[_Item, None, None]:
    try:
        with open(path, "rb", buffering=BUFFER_SIZE) as file:
            yield from _read_stream(file, source, path.suffix.lower())
    except OSError as error:
        raise UsageError(f"{source}: cannot read: {error.strerror or error}") from None


def _read_stream(file: IO[bytes], source: str, suffix: str) -> Iterator[_Item]:
    """Detect the form of a file from its first bytes, then read it in that form."""
    start, first = _sniff(file, source)
    if first < 0:
        return
    file.seek(first)
    opening = file.read(1)
    file.seek(start)
    if suffix in _LINES_SUFFIXES:
        yield from _read_lines(file, source)
    elif opening == b"[":
        yield from _scan(file, source, array=True)
    elif opening == b"{" and not _looks_like_lines(file, first):
        file.seek(start)
        yield from _scan(file, source, array=False)
    else:
        file.seek(start)
        yield from _read_lines(file, source)


def _sniff(file: IO[bytes], source: str) -> tuple[int, int]:
    """The offset where the text starts (after a byte order mark) and of its first non-blank byte (-1: none)."""
    head = file.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise UsageError(f"{source}: the file is UTF-16 or UTF-32 encoded; save it as UTF-8")
    start = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    file.seek(start)
    offset = start
    while chunk := file.read(CHUNK_SIZE):
        found = _NON_SPACE.search(chunk)
        if found is not None:
            return start, offset + found.start()
        offset += len(chunk)
    return start, -1


def _looks_like_lines(file: IO[bytes], first: int) -> bool:
    """Whether a file starting with ``{`` is JSON Lines: its first line is all there is, or the next holds a record."""
    file.seek(first)
    piece = b""
    while not piece.endswith(b"\n"):
        piece = file.readline(CHUNK_SIZE)
        if not piece:
            return True
    while piece := file.readline(CHUNK_SIZE):
        content = piece.lstrip()
        if content:
            return content.startswith(b"{")
    return True


def _read_lines(file: IO[bytes], source: str) -> Iterator[_Item]:
    """JSON Lines: one record per line, blank lines skipped; the fast path validates the raw bytes."""
    validate = Patient.model_validate_json
    readline = file.readline
    number = 0
    while True:
        limit = MAX_RECORD_BYTES
        line = readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = readline(CHUNK_SIZE)
            yield RecordProblem(source, number, None, "", _too_large())
            continue
        try:
            patient = validate(line)
        except ValidationError as error:
            if not line.isspace():
                yield _problem(line.rstrip(b"\r\n"), error, source, number, 1)
            continue
        yield _loaded(source, number, patient)


def _scan(file: IO[bytes], source: str, *, array: bool) -> Iterator[_Item]:
    """A JSON array (``array``) or a sequence of JSON values, split into records chunk by chunk."""
    splitter = _Splitter(source, array=array)
    validate = Patient.model_validate_json
    while True:
        chunk = file.read(CHUNK_SIZE)
        for item in splitter.feed(chunk) if chunk else splitter.close():
            if isinstance(item, RecordProblem):
                yield item
                continue
            text, line, column = item
            if text is None:
                yield RecordProblem(source, line, None, "", _too_large())
                continue
            try:
                patient = validate(text)
            except ValidationError as error:
                yield _problem(text, error, source, line, column)
                continue
            yield _loaded(source, line, patient)
        if not chunk or splitter.stopped:
            return


def _loaded(source: str, line: int, patient: Patient) -> _Item:
    """A valid record, unless it holds what no patient can have."""
    issues = implausible(patient)
    if issues:
        return record_problem(source, line, patient.id, issues)
    return Loaded(source, line, patient)


def _too_large() -> str:
    limit = MAX_RECORD_BYTES
    size = f"{limit >> 20} MiB" if limit % (1 << 20) == 0 else f"{limit} bytes"
    return f"record is larger than the {size} limit"


# --- splitting a stream of JSON text into its values ------------------------------------------

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
_NON_SPACE = re.compile(rb"[^ \t\r\n]")
_QUOTE, _COMMA, _CLOSE_ARRAY = ord('"'), ord(","), ord("]")
_OPENERS = frozenset(b"{[")
_CLOSERS = frozenset(b"}]")

# A value found by the splitter: its text (None when it is over the size limit), line and column.
_Span = tuple[bytes | None, int, int]


class _Splitter:
    """Finds where the top-level values of a JSON text start and end, without parsing them.

    Fed chunk by chunk, it follows string state (across escapes split between chunks) and
    bracket depth, and returns each complete value's text with the line and column where it
    starts. In ``array`` mode the values are the elements of one array, separated by commas;
    otherwise they follow each other (a value that is not an object or array runs up to the next
    ``{`` or ``[``). Only the text of the value being read is held, and not past the size limit.
    """

    def __init__(self, source: str, *, array: bool) -> None:
        self.source = source
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
        self.out: list[_Span | RecordProblem] = []

    def feed(self, chunk: bytes) -> list[_Span | RecordProblem]:
        """The values completed by this chunk, and problems with the structure."""
        out: list[_Span | RecordProblem] = []
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

    def close(self) -> list[_Span | RecordProblem]:
        """What is left at the end of the text: a last value, or an array left open."""
        out: list[_Span | RecordProblem] = []
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
        found = _NON_SPACE.search(chunk)
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
        found = _NON_SPACE.search(chunk, pos, stop)
        if found is not None:
            self._begin(chunk, found.start(), container=False)

    def _trailing(self, chunk: bytes, pos: int) -> None:
        found = _NON_SPACE.search(chunk, pos)
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
        if self.size > MAX_RECORD_BYTES:
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
        self.out.append(_FileProblem(self.source, self.line, None, "", message))


# --- turning validation errors into problems a person can read --------------------------------


def _problem(text: bytes, error: ValidationError, source: str, line: int, column: int) -> RecordProblem:
    """The problem with one record that did not validate; ``line``/``column`` is where it starts."""
    errors = error.errors(include_url=False)
    first = errors[0]
    if first["type"] == "json_invalid":
        return RecordProblem(source, line, None, "", _invalid_json(text, first, line, column))
    if first["type"] == "model_type" and not first["loc"]:
        return RecordProblem(source, line, None, "", f"a patient record is a JSON object, not {_kind(first['input'])}")
    return record_problem(source, line, _patient_id(text), _issues(errors))


def _invalid_json(text: bytes, first: ErrorDetails, line: int, column: int) -> str:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        if error.lineno == 1:
            where = f"column {column + error.colno - 1}"
        else:
            where = f"line {line + error.lineno - 1}, column {error.colno}"
        return f"invalid JSON: {error.msg} ({where})"
    except UnicodeDecodeError:
        return "invalid JSON: the text is not valid UTF-8"
    except RecursionError:
        return "invalid JSON: nested too deeply"
    except ValueError:  # a number Python will not convert (more than 4300 digits): jiter's words
        pass
    return "invalid JSON: " + first["msg"].removeprefix("Invalid JSON: ")


def _patient_id(text: bytes) -> str | None:
    """The record's ``id``, when it has a usable one."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    value = data.get("id") if isinstance(data, dict) else None
    if isinstance(value, str) and value:
        return printable(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_text(value)
    return None


def _issues(errors: list[ErrorDetails]) -> list[tuple[str, str]]:
    """One (path, message) per problem; the failed alternatives of a union make one problem."""
    issues: list[tuple[str, str] | list[tuple[ErrorDetails, list[str | int]]]] = []
    unions: dict[tuple[str | int, ...], list[tuple[ErrorDetails, list[str | int]]]] = {}
    for error in errors:
        parts, union_at = _field_path(error["loc"])
        if union_at is None:
            issues.append((_path(parts), _message(error)))
            continue
        key = tuple(parts[:union_at])
        if key not in unions:
            unions[key] = []
            issues.append(unions[key])
        unions[key].append((error, parts))
    result: list[tuple[str, str]] = []
    for issue in issues:
        result.extend([issue] if isinstance(issue, tuple) else _union_issues(issue))
    return result


def _union_issues(group: list[tuple[ErrorDetails, list[str | int]]]) -> list[tuple[str, str]]:
    """The problems of a value that matched none of the alternatives of a union.

    When one alternative is an object type and the value is an object, its errors are the ones
    that matter; otherwise the value simply has none of the allowed kinds.
    """
    union_path = min((parts for _, parts in group), key=len)
    deeper = [(error, parts) for error, parts in group if len(parts) > len(union_path)]
    if deeper:
        return [(_path(parts), _message(error)) for error, parts in deeper]
    kinds: list[str] = []
    for error, _ in group:
        kind = _UNION_KINDS.get(error["type"]) or _message(error)
        if kind not in kinds:
            kinds.append(kind)
    alternatives = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " or " + kinds[-1]
    return [(_path(union_path), f"expected {alternatives}, got {_kind(group[0][0]['input'])}")]


def _field_path(loc: tuple[str | int, ...]) -> tuple[list[str | int], int | None]:
    """A pydantic error location as field names and indexes, without the tags of union members.

    Returns the parts and, when the location went through a union, how many parts lead to it.
    """
    annotation: Any = Patient
    parts: list[str | int] = []
    union_at: int | None = None
    for item in loc:
        members = _union_members(annotation)
        if members and isinstance(item, str) and item in members:
            annotation = members[item]
            union_at = len(parts)
            continue
        parts.append(item)
        annotation = _child(annotation, item)
    return parts, union_at


def _union_members(annotation: Any) -> dict[str, Any]:
    """The alternatives of a union type by the tag pydantic gives them (their type name)."""
    if get_origin(annotation) not in (Union, types.UnionType):
        return {}
    members = [arg for arg in get_args(annotation) if arg is not type(None)]
    if len(members) < 2:
        return {}
    return {getattr(member, "__name__", str(member)): member for member in members}


def _child(annotation: Any, item: str | int) -> Any:
    """The type found at ``item`` (a field name, index or key) inside a value of ``annotation``."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = [arg for arg in get_args(annotation) if arg is not type(None)]
        annotation = members[0] if len(members) == 1 else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        field = annotation.model_fields.get(item) if isinstance(item, str) else None
        return field.annotation if field is not None else None
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is list and isinstance(item, int) and args:
        return args[0]
    if origin is dict and isinstance(item, str) and len(args) == 2:
        return args[1]
    return None


def _path(parts: list[str | int]) -> str:
    """Field names joined with dots, indexes in brackets: ``conditions[2].onset``."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path


# What a value of the type an error names is called, in terms of JSON.
_EXPECTED = {
    "string_type": "a string",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "finite_number": "a finite number",
    "list_type": "an array",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
}
_UNION_KINDS = {**_EXPECTED, "int_type": "a number", "int_parsing": "a number"}


def _message(error: ErrorDetails) -> str:
    """Pydantic's message for one error, in the words of the record format."""
    kind = error["type"]
    context = error.get("ctx") or {}
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of the record format)"
    if kind == "value_error":
        return error["msg"].removeprefix("Value error, ")
    if kind == "literal_error":
        allowed = re.findall(r"'((?:[^'\\]|\\.)*)'", str(context.get("expected", "")))
        return f"{_shown(error['input'])} is not one of: {', '.join(allowed)}"
    if kind == "string_too_short":
        least = context.get("min_length", 1)
        return "must not be empty" if least == 1 else f"must have at least {least} characters"
    if kind in _EXPECTED:
        return f"expected {_EXPECTED[kind]}, got {_kind(error['input'])}"
    message = error["msg"]
    return message[:1].lower() + message[1:]


def _kind(value: Any) -> str:
    """A JSON value described in words: ``the number 5``, ``an array``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > _LONG_BITS:
        return _number_text(value)
    if isinstance(value, int | float):
        return f"the number {_number_text(value)}"
    if isinstance(value, str):
        return f"the string {_shown(value)}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _shown(value: Any) -> str:
    """A value as written in a message: strings quoted, long ones cut, control characters escaped."""
    if isinstance(value, str):
        text = printable(value if len(value) <= 60 else value[:57] + "...")
        return f"'{text}'"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _number_text(value)
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = repr(value)
    return printable(text if len(text) <= 60 else text[:57] + "...")


_LONG_BITS = 196  # integers this long (about 60 digits) are shown by their number of digits


def _number_text(value: int | float) -> str:
    """A number as a message shows it: a huge integer by its number of digits."""
    if isinstance(value, int) and value.bit_length() > _LONG_BITS:
        if value.bit_length() > 14_000:  # past Python's 4300-digit limit for str()
            return "a number of more than 4000 digits"
        return f"a {len(str(abs(value)))}-digit number"
    return str(value)
