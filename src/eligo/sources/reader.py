"""Streaming input of patient records for batch screening, in constant memory.

:func:`read_patients` reads JSON Lines, a JSON array of records (however large, however
formatted), a file holding one JSON object, or a directory of such files, and yields each
record as it is read: a :class:`Loaded` patient, or a :class:`~eligo.errors.RecordProblem`
saying where the record is, whose it is, which field is wrong and why. A bad record never stops
the reading; memory does not grow with the number of records (except for the index of the ids
seen, :class:`~eligo.sources.seen_ids.SeenIds`, about 21 bytes per patient).

A ``.jsonl`` or ``.ndjson`` file is JSON Lines. Any other file's form is found from its content:
``[`` first means an array; ``{`` first means JSON Lines when the first line holds all there is
or the next line starts another record, and otherwise one (pretty-printed) object. A leading
UTF-8 byte order mark is ignored and CRLF line ends work. A JSON array is split into its
elements by a small scanner (:mod:`eligo.sources.json_split`) that follows strings, escapes and bracket
depth over fixed-size chunks, so an invalid element is reported and the scan goes on with the
next one. Validation errors become messages in :mod:`eligo.records.messages`; values no patient
can have are found by :mod:`eligo.records.plausibility`.
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Union

from pydantic import ValidationError

from eligo.errors import InputError, RecordError, RecordProblem, UsageError, size_text
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.records.declared import Declared
from eligo.records.messages import object_problem, record_problem, validation_problem
from eligo.records.model import Patient
from eligo.records.plausibility import at_index_dates
from eligo.records.plausibility import problems as implausible
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.read import is_fhir_lines, is_fhir_object, read_fhir
from eligo.sources.json_split import NON_SPACE, FileProblem, Splitter
from eligo.sources.seen_ids import SeenIds

__all__ = [
    "BUFFER_SIZE",
    "CHUNK_SIZE",
    "MAX_RECORD_BYTES",
    "Loaded",
    "holds_one_record",
    "read_json_lines",
    "read_one_patient",
    "read_patients",
    "read_records",
    "text_start",
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
#: A decoder tried on each line before pydantic (see :func:`read_json_lines`).
Decode = Callable[[bytes], Any]


@dataclass(frozen=True, slots=True)
class Loaded:
    """A patient record read and validated: where it came from, and the patient."""

    source: str
    """The file name as given (for a directory: the file inside it)."""
    line: int
    """The 1-based line where the record starts."""
    patient: Patient


def read_patients(
    path: str | Path,
    *,
    index_dates: Mapping[str, DateLike] | None = None,
    unique_ids: bool = True,
    program: Program | None = None,
    fhir: FhirReading | None = None,
) -> Iterator[Loaded | RecordProblem]:
    """Every patient record in a file or directory, in order, as it is read.

    ``path`` is a JSON Lines file, a JSON array of records, a file holding one JSON object, or a
    directory, whose ``*.json``, ``*.jsonl`` and ``*.ndjson`` files are read in name order. Each
    record becomes a :class:`Loaded` patient or a :class:`~eligo.errors.RecordProblem`: one that
    is not valid, holds what no patient can have (:mod:`eligo.records.plausibility`), names a
    reference date or attested item the trial (``program``, when given) does not declare or
    records an attested value of the wrong type (:mod:`eligo.records.declared`), was born after
    one of the run's ``index_dates`` it does not override, or (with ``unique_ids``) repeats the
    id of an earlier record of the input. Raises :class:`~eligo.errors.UsageError` when the
    path does not exist or a file cannot be read.

    FHIR R4 is read too, told from the content (:mod:`eligo.sources.fhir.read`): a file holding a
    Bundle (or one resource), an NDJSON file of resources, a directory whose ``*.ndjson`` files
    are a Bulk Data export (read together, grouped by patient); ``fhir`` gives the reading's
    options and collects its accounting (docs/fhir.md).

    Memory does not grow with the number of records, except for the index of the ids seen
    (:class:`~eligo.sources.seen_ids.SeenIds`, about 21 bytes per patient) when ``unique_ids`` is set.

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
    declared = Declared.of(program) if program is not None else None
    if target.is_dir():
        items = _read_directory(target, source, declared, fhir)
    elif not target.exists():
        raise UsageError(f"{source}: no such file or directory")
    else:
        items = _read_file(target, source, declared, fhir)
    if not unique_ids and not index_dates:
        return items
    return _cross_checked(items, index_dates or {}, SeenIds() if unique_ids else None)


def _cross_checked(
    items: Iterator[_Item], index_dates: Mapping[str, DateLike], seen: SeenIds | None
) -> Iterator[_Item]:
    """The records, with those that repeat an earlier id or precede their birth made problems."""
    for item in items:
        if seen is not None:
            loaded = isinstance(item, Loaded)
            patient_id = item.patient.id if isinstance(item, Loaded) else item.patient_id
            repeated = seen.check(patient_id, item.source, item.line, loaded=loaded)
            if repeated is not None:
                yield repeated
                continue
        if index_dates and isinstance(item, Loaded):
            issues = at_index_dates(item.patient, index_dates)
            if issues:
                yield record_problem(item.source, item.line, item.patient.id, issues)
                continue
        yield item


def read_one_patient(
    path: str | Path,
    *,
    index_dates: Mapping[str, DateLike] | None = None,
    program: Program | None = None,
    fhir: FhirReading | None = None,
) -> Patient:
    """The one patient record in a file, for commands about a single patient.

    Raises :class:`~eligo.errors.RecordError` when the record is not valid (as
    :func:`read_patients` finds it, ``index_dates`` and ``program`` included), and
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
    items = _read_file(target, source, Declared.of(program) if program is not None else None, fhir)
    try:
        first = next(items, None)
        second = next(items, None)
    finally:
        items.close()
    if first is None:
        raise UsageError(f"{source}: holds no patient record")
    if isinstance(second, FileProblem):  # a broken file: the record's own problem says more
        raise RecordError(first if isinstance(first, RecordProblem) else second)
    if second is not None:
        raise UsageError(f"{source}: holds more than one patient record; give the file of one patient")
    if isinstance(first, RecordProblem):
        raise RecordError(first)
    issues = at_index_dates(first.patient, index_dates or {})
    if issues:
        raise RecordError(record_problem(first.source, first.line, first.patient.id, issues))
    return first.patient


def holds_one_record(path: Path) -> bool:
    """Whether ``path`` is one patient's file rather than a cohort: a directory or a JSON Lines
    file is a cohort; another file is one patient if it holds one record (a problem with the
    file's structure is not a record)."""
    if path.is_dir() or path.suffix.lower() in _LINES_SUFFIXES:
        return False
    records = (item for item in read_patients(path) if not isinstance(item, RecordProblem) or item.counts_as_record)
    return sum(1 for _ in itertools.islice(records, 2)) == 1


def read_records(
    records: Iterable[Patient | Mapping[str, Any]],
    *,
    index_dates: Mapping[str, DateLike] | None = None,
    unique_ids: bool = True,
    program: Program | None = None,
    source: str = "records",
) -> Iterator[Loaded | RecordProblem]:
    """Patient records given as Python objects (``dict`` s as JSON gives them, or
    :class:`~eligo.records.model.Patient` values), checked one by one as :func:`read_patients`
    checks the records of a file, with the same arguments: each becomes a :class:`Loaded` patient
    or a :class:`~eligo.errors.RecordProblem`, and the reading goes on. A record's ``line`` is its
    position in ``records`` (1-based), and ``source`` names them in messages.

    >>> for item in read_records([{"id": "P1"}, {"id": "P2", "sex": "f"}, {"id": "P1"}]):
    ...     print(item.patient.id if isinstance(item, Loaded) else item.render())
    P1
    records:2: patient P2: sex: 'f' is not one of: female, male, other
    records:3: patient P1: id: patient id 'P1' already appeared at line 1
    """
    declared = Declared.of(program) if program is not None else None
    items = (_read_record(record, source, line, declared) for line, record in enumerate(records, start=1))
    if not unique_ids and not index_dates:
        return items
    return _cross_checked(items, index_dates or {}, SeenIds() if unique_ids else None)


def _read_record(record: Patient | Mapping[str, Any], source: str, line: int, declared: Declared | None) -> _Item:
    if isinstance(record, Patient):
        patient = record  # valid by construction; what no patient can have is checked below
    else:
        try:
            patient = Patient.model_validate(record)
        except ValidationError as error:
            return object_problem(record, error, source, line)
    found = _plausible(source, line, patient, declared)
    return found if isinstance(found, RecordProblem) else Loaded(source, line, found)


# --- files and their forms ---------------------------------------------------------------------


def _read_directory(folder: Path, source: str, declared: Declared | None, fhir: FhirReading | None) -> Iterator[_Item]:
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(folder)
            if entry.name.lower().endswith(RECORD_FILE_SUFFIXES) and not entry.name.startswith(".") and entry.is_file()
        )
    except OSError as error:
        raise UsageError(f"{source}: cannot read: {error.strerror or error}") from None
    export = [name for name in names if name.lower().endswith(".ndjson") and is_fhir_lines(folder / name)]
    if export:  # a FHIR Bulk export: its NDJSON files are read together
        yield from _fhir([folder / n for n in export], [os.path.join(source, n) for n in export], declared, fhir)
    for name in (name for name in names if name not in export):
        try:
            yield from _read_file(folder / name, os.path.join(source, name), declared, fhir)
        except NotUtf8 as error:  # one unusable file: the others are still read
            yield FileProblem(error.source, 1, None, "", error.reason)


def _read_file(
    path: Path, source: str, declared: Declared | None, fhir: FhirReading | None = None
) -> Generator[_Item, None, None]:
    try:
        with open(path, "rb", buffering=BUFFER_SIZE) as file:
            form = _fhir_form(file, path, source)
            if form is not None:
                yield from _fhir([path], [source], declared, fhir, bundle=form == "bundle")
                return
            file.seek(0)
            yield from _read_stream(file, source, path.suffix.lower(), declared)
    except OSError as error:
        raise UsageError(f"{source}: cannot read: {error.strerror or error}") from None


def _read_stream(file: IO[bytes], source: str, suffix: str, declared: Declared | None) -> Iterator[_Item]:
    """Detect the form of a file from its first bytes, then read it in that form."""
    start, first = text_start(file, source)
    if first < 0:
        return
    file.seek(first)
    opening = file.read(1)
    file.seek(start)
    if suffix in _LINES_SUFFIXES:
        yield from _read_lines(file, source, declared)
    elif opening == b"[":
        yield from _scan(file, source, declared, array=True)
    elif opening == b"{" and not _looks_like_lines(file, first):
        file.seek(start)
        yield from _scan(file, source, declared, array=False)
    else:
        file.seek(start)
        yield from _read_lines(file, source, declared)


def _fhir_form(file: IO[bytes], path: Path, source: str) -> str | None:
    """``bundle`` for a file of one FHIR resource (a Bundle), ``lines`` for NDJSON resources, else ``None``."""
    _, first = text_start(file, source)
    if first < 0 or not is_fhir_object(file, first):
        return None
    if path.suffix.lower() in _LINES_SUFFIXES:
        return "lines" if is_fhir_lines(path) else None
    file.seek(first)
    while (piece := file.readline(CHUNK_SIZE)) and not piece.endswith(b"\n"):
        pass  # the end of the first line
    more = any(chunk.strip() for chunk in iter(lambda: file.read(CHUNK_SIZE), b""))
    return "lines" if more and _looks_like_lines(file, first) else "bundle"


def _fhir(files: list[Path], sources: list[str], declared: Declared | None, fhir: FhirReading | None,
          *, bundle: bool = False) -> Iterator[_Item]:  # fmt: skip
    """FHIR patients (:func:`eligo.sources.fhir.read.read_fhir`), checked as any record is."""
    for source, line, found in read_fhir(files, sources, fhir, export=not bundle):
        if isinstance(found, Patient):
            found = _plausible(source, line, found, declared)
        yield found if isinstance(found, RecordProblem) else Loaded(source, line, found)


class NotUtf8(InputError):
    """A patient file in another encoding than UTF-8: the file as a whole cannot be read."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def text_start(file: IO[bytes], source: str) -> tuple[int, int]:
    """The offset where the text of a patient file starts (after a UTF-8 byte order mark) and the
    offset of its first non-blank byte (-1: none); raises :class:`NotUtf8` for a UTF-16 or UTF-32 file."""
    head = file.read(4)
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise NotUtf8(source, "the file is UTF-16 or UTF-32 encoded; save it as UTF-8")
    start = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    file.seek(start)
    offset = start
    while chunk := file.read(CHUNK_SIZE):
        found = NON_SPACE.search(chunk)
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


def _read_lines(file: IO[bytes], source: str, declared: Declared | None) -> Iterator[_Item]:
    """JSON Lines: one record per line, blank lines skipped."""
    for number, found in read_json_lines(file, source, declared=declared):
        yield found if isinstance(found, RecordProblem) else Loaded(source, number, found)


def read_json_lines(
    file: IO[bytes],
    source: str,
    *,
    size: int | None = None,
    decode: Decode | None = None,
    limit: int | None = None,
    declared: Declared | None = None,
) -> Generator[tuple[int, Any], None, int]:
    """The JSON Lines records of ``file`` from its current position: for each, its line number
    (1-based, counted from that position) and the valid :class:`~eligo.records.model.Patient` or the
    :class:`~eligo.errors.RecordProblem`; blank lines are skipped. Returns the number of lines read.

    ``size`` stops the reading at the first line end at or past that many bytes (a byte range of
    the file that ends at a line start). ``decode`` is tried first on each line: a record it
    returns is taken as it is (it must refuse, by returning ``None``, whatever pydantic or the
    plausibility checks would refuse), and a line it refuses is validated by pydantic, which
    accepts it or words the problem. A line longer than ``limit`` bytes (default
    :data:`MAX_RECORD_BYTES`) is reported and skipped without being held in memory. With
    ``declared`` (what the trial declares), a record naming a reference date or attested item the
    trial does not declare, or with an attested value of the wrong type, is a problem.
    """
    limit = MAX_RECORD_BYTES if limit is None else limit
    end = sys.maxsize if size is None else size
    validate = Patient.model_validate_json
    readline = file.readline
    number = done = 0
    while done < end:
        line = readline(limit + 1)
        if not line:
            break
        number += 1
        done += len(line)
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = readline(CHUNK_SIZE)
                done += len(line)
            yield number, RecordProblem(source, number, None, "", _too_large(limit))
            continue
        if decode is not None:
            decoded = decode(line)
            if decoded is not None and (declared is None or not declared.problems(decoded)):
                yield number, decoded
                continue
        try:
            patient = validate(line)
        except ValidationError as error:
            if not line.isspace():
                yield number, validation_problem(line.rstrip(b"\r\n"), error, source, number, 1)
            continue
        yield number, _plausible(source, number, patient, declared)
    return number


def _scan(file: IO[bytes], source: str, declared: Declared | None, *, array: bool) -> Iterator[_Item]:
    """A JSON array (``array``) or a sequence of JSON values, split into records chunk by chunk."""
    limit = MAX_RECORD_BYTES
    splitter = Splitter(source, array=array, limit=limit)
    validate = Patient.model_validate_json
    while True:
        chunk = file.read(CHUNK_SIZE)
        for item in splitter.feed(chunk) if chunk else splitter.close():
            if isinstance(item, RecordProblem):
                yield item
                continue
            text, line, column = item
            if text is None:
                yield RecordProblem(source, line, None, "", _too_large(limit))
                continue
            try:
                patient = validate(text)
            except ValidationError as error:
                yield validation_problem(text, error, source, line, column)
                continue
            found = _plausible(source, line, patient, declared)
            yield found if isinstance(found, RecordProblem) else Loaded(source, line, found)
        if not chunk or splitter.stopped:
            return


def _plausible(source: str, line: int, patient: Patient, declared: Declared | None) -> Patient | RecordProblem:
    """A valid record, unless it holds what no patient can have, or what the trial does not declare."""
    issues = implausible(patient)
    if declared is not None:
        issues += declared.problems(patient)
    if issues:
        return record_problem(source, line, patient.id, issues)
    return patient


def _too_large(limit: int) -> str:
    return f"record is larger than the {size_text(limit)} limit"
