"""Streaming patient records from JSON, JSON arrays, JSON Lines or a directory of such files.

Records are read one at a time in constant memory. A record that cannot be used becomes a
:class:`~eligo.errors.RecordProblem` naming the file, the line where the record starts, the
patient id when it can be read, and the field path; reading goes on with the next record.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "p.jsonl"
>>> _ = path.write_text('{"id": "A"}\\n{"id": "B", "sex": "f"}\\n')
>>> [getattr(x, "line") for x in read_patients(path)]
[1, 2]
>>> next(x for x in read_patients(path) if isinstance(x, RecordProblem)).render().endswith("'f' is not one of: female, male, other")
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from eligo.errors import RecordError, RecordProblem, UsageError
from eligo.records import Patient

#: Bytes read at a time from a JSON array (small values in tests exercise chunk boundaries).
CHUNK = 1 << 20
#: A single record larger than this is refused, without being held in memory.
MAX_RECORD = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Loaded:
    """A patient record read and validated, with where it came from."""

    source: str
    line: int
    patient: Patient


Item = Loaded | RecordProblem


def read_patients(path: str | Path) -> Iterator[Item]:
    """Every record of a file or a directory (its ``*.json`` and ``*.jsonl`` files, by name)."""
    path = Path(path)
    if path.is_dir():
        for child in sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl", ".ndjson") and p.is_file()):
            yield from _read_file(child)
    elif path.is_file():
        yield from _read_file(path)
    else:
        raise UsageError(f"{path}: no such file or directory")


def read_one_patient(path: str | Path) -> Patient:
    """The one patient record in a file; :class:`RecordError` if it is bad."""
    items = read_patients(path)
    first = next(items, None)
    if first is None:
        raise UsageError(f"{path}: holds no patient record")
    if next(items, None) is not None:
        raise UsageError(f"{path}: holds more than one patient record; give a file with one")
    if isinstance(first, RecordProblem):
        raise RecordError(first)
    return first.patient


def _read_file(path: Path) -> Iterator[Item]:
    try:
        stream = path.open("rb", buffering=CHUNK)
    except OSError as error:
        raise UsageError(f"{path}: cannot read: {error.strerror or error}") from None
    with stream:
        head = stream.read(4096).removeprefix(b"\xef\xbb\xbf")
        stream.seek(0)
        if head.lstrip().startswith(b"["):
            yield from _read_array(stream, str(path))
        elif path.suffix not in (".jsonl", ".ndjson") and _one_document(head):
            yield from _read_document(stream, str(path))
        else:
            yield from _read_lines(stream, str(path))


def _one_document(head: bytes) -> bool:
    """Whether a file looks like one JSON object written over several lines."""
    first = next((line for line in head.split(b"\n") if line.strip()), b"")
    return first.strip().startswith(b"{") and not _complete(first)


def _read_document(stream: Any, source: str) -> Iterator[Item]:
    """A file holding one JSON object; if it does not parse as one, it is read line by line."""
    data = stream.read(MAX_RECORD + 1)
    if len(data) > MAX_RECORD:
        yield RecordProblem(source, 1, None, "", f"record is larger than the {MAX_RECORD >> 20} MiB limit")
        return
    text = data.removeprefix(b"\xef\xbb\xbf")
    if _complete(text):
        start = len(text) - len(text.lstrip())
        yield _validate(text, source, text.count(b"\n", 0, start) + 1)
        return
    stream.seek(0)
    yield from _read_lines(stream, source)


def _read_lines(stream: Any, source: str) -> Iterator[Item]:
    """JSON Lines: one record per line; blank lines are skipped."""
    for line_number, raw in enumerate(_lines(stream, source), start=1):
        if isinstance(raw, RecordProblem):
            yield RecordProblem(source, line_number, None, "", raw.message)
            continue
        text = (raw.removeprefix(b"\xef\xbb\xbf") if line_number == 1 else raw).strip()
        if text:
            yield _validate(text, source, line_number)


def _lines(stream: Any, source: str) -> Iterator[bytes | RecordProblem]:
    """Lines of a binary stream; a line over the size limit is skipped in chunks and reported."""
    while True:
        line = stream.readline(MAX_RECORD + 1)
        if not line:
            return
        if len(line) > MAX_RECORD and not line.endswith(b"\n"):
            while True:  # skip the rest of the line without keeping it
                rest = stream.readline(CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield RecordProblem(source, 0, None, "", f"record is larger than the {MAX_RECORD >> 20} MiB limit")
            continue
        yield line


def _complete(text: bytes) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _read_array(stream: Any, source: str) -> Iterator[Item]:
    """Elements of a top-level JSON array, scanned incrementally in constant memory."""
    scanner = _ArrayScanner()
    first = True
    while chunk := stream.read(CHUNK):
        if first:
            chunk, first = chunk.removeprefix(b"\xef\xbb\xbf"), False
        for element, line, oversized in scanner.feed(chunk):
            yield _finish(element, oversized, source, line)
        if scanner.closed:
            return
    if scanner.element is not None and scanner.element.strip():
        yield _finish(scanner.element, scanner.oversized, source, scanner.element_line)
    if not scanner.closed:
        yield RecordProblem(source, scanner.line, None, "", "the JSON array is not closed with ']'")


class _ArrayScanner:
    """Splits the bytes of a JSON array into its top-level elements (strings and nesting aware)."""

    def __init__(self) -> None:
        self.line = 1
        self.depth = 0
        self.in_string = self.escaped = False
        self.element: bytearray | None = None
        self.element_line = 0
        self.oversized = False
        self.closed = False

    def feed(self, chunk: bytes) -> Iterator[tuple[bytearray, int, bool]]:
        for byte in chunk:
            if self.closed:
                return
            if self.element is not None and not self.oversized:
                self.element.append(byte)
                if len(self.element) > MAX_RECORD:
                    self.oversized, self.element = True, bytearray()
            if self.in_string:
                self._in_string(byte)
            else:
                done = self._structure(byte)
                if done is not None:
                    yield done
            if byte == 0x0A:
                self.line += 1

    def _in_string(self, byte: int) -> None:
        if self.escaped:
            self.escaped = False
        elif byte == 0x5C:  # backslash
            self.escaped = True
        elif byte == 0x22:  # quote
            self.in_string = False

    def _start(self, byte: int) -> None:
        if self.depth == 1 and self.element is None:
            self.element, self.element_line = bytearray([byte]), self.line

    def _structure(self, byte: int) -> tuple[bytearray, int, bool] | None:
        if byte == 0x22:
            self.in_string = True
            self._start(byte)
        elif byte in (0x5B, 0x7B):  # [ {
            if self.depth == 0:
                self.depth = 1
                return None
            self._start(byte)
            self.depth += 1
        elif byte in (0x5D, 0x7D):  # ] }
            self.depth -= 1
            if self.depth == 1 and self.element is not None:
                return self._take(keep_last=True)
            if self.depth == 0:
                self.closed = True
                return self._take(keep_last=False) if self.element is not None else None
        elif byte == 0x2C and self.depth == 1:  # a comma between elements
            return self._take(keep_last=False) if self.element is not None else None
        elif self.depth == 1 and byte not in b" \t\r\n":
            self._start(byte)
        return None

    def _take(self, keep_last: bool) -> tuple[bytearray, int, bool]:
        assert self.element is not None
        element = self.element if keep_last or self.oversized else self.element[:-1]
        taken = (element, self.element_line, self.oversized)
        self.element, self.oversized = None, False
        return taken


def _finish(element: bytearray, oversized: bool, source: str, line: int) -> Item:
    if oversized:
        return RecordProblem(source, line, None, "", f"record is larger than the {MAX_RECORD >> 20} MiB limit")
    return _validate(bytes(element).strip(), source, line)


def _validate(text: bytes, source: str, line: int) -> Item:
    try:
        return Loaded(source, line, Patient.model_validate_json(text))
    except ValidationError:
        pass  # find out why, below, off the fast path
    try:
        data = json.loads(text)
    except ValueError as error:
        return RecordProblem(source, line, None, "", f"invalid JSON: {_json_message(error)}")
    if not isinstance(data, dict):
        return RecordProblem(source, line, None, "", f"a patient record is a JSON object, not {_json_kind(data)}")
    patient_id = data.get("id")
    shown_id = str(patient_id) if isinstance(patient_id, (str, int)) and not isinstance(patient_id, bool) else None
    try:
        return Loaded(source, line, Patient.model_validate(data))
    except ValidationError as error:
        errors = error.errors()
        first = errors[0]
        message = _readable(first)
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
        return RecordProblem(source, line, shown_id, field_path(first["loc"]), message)


def field_path(location: tuple[int | str, ...]) -> str:
    """``("conditions", 2, "onset")`` → ``conditions[2].onset``.

    >>> field_path(("attestations", "informed_consent", "value"))
    'attestations.informed_consent.value'
    """
    path = ""
    for part in location:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path


def _readable(error: Any) -> str:
    kind = error["type"]
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of the record format)"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "").replace("'", "").replace(" or ", ", ")
        return f"{error['input']!r} is not one of: {expected}"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in ("string_type", "int_type", "float_type", "bool_type", "list_type", "dict_type", "model_type"):
        message += f" (got {_json_kind(error.get('input'))})"
    return message


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {int: "a number", float: "a number", str: "a string", list: "an array", dict: "an object"}.get(
        type(value), "a value"
    )


def _json_message(error: ValueError) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} (column {error.colno})"
    return str(error)
