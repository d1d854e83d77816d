"""FHIR input as the patient reader sees it: telling FHIR from Eligo's JSON, and reading it.

:mod:`eligo.sources.reader` asks :func:`is_fhir_object` of a file holding one JSON object (a
Bundle or a single resource names its ``resourceType``, which Eligo's record format does not
have), :func:`is_fhir_lines` of an NDJSON file (its first resource names its ``resourceType``),
and reads them with :func:`read_fhir`: each patient validated as a
:class:`~eligo.records.model.Patient` (or the :class:`~eligo.errors.RecordProblem` saying why not).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import msgspec
from pydantic import ValidationError

from eligo.errors import RecordProblem
from eligo.records.messages import object_problem
from eligo.records.model import Patient
from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.bulk import read_export
from eligo.sources.fhir.bundle import read_bundle_file
from eligo.sources.fhir.interning import DateTable

#: How much of a file's start is looked at to tell FHIR from Eligo's JSON.
PEEK_BYTES = 64 << 10
#: A ``resourceType`` key: inside a JSON string its quotes would be escaped, so this is a key.
_MARK = re.compile(rb'(?<!\\)"resourceType"\s*:\s*"')
#: The date objects of every FHIR reading of the process (see :mod:`eligo.sources.fhir.interning`).
DATES = DateTable()


def is_fhir_object(file: IO[bytes], first: int) -> bool:
    """Whether the JSON object starting at offset ``first`` names a FHIR ``resourceType`` near its start."""
    file.seek(first)
    head = file.read(PEEK_BYTES)
    return head.startswith(b"{") and _MARK.search(head) is not None


def is_fhir_lines(path: Path) -> bool:
    """Whether an NDJSON file's first non-blank line is a FHIR resource."""
    try:
        with open(path, "rb") as file:
            for line in iter(lambda: file.readline(PEEK_BYTES), b""):
                if line.strip():
                    if not line.lstrip().startswith(b"{") or _MARK.search(line) is None:
                        return False
                    try:
                        return isinstance(msgspec.json.decode(line, type=fhir.Head).resource_type, str)
                    except (msgspec.ValidationError, msgspec.DecodeError):
                        return True  # a resource cut at the peek, or a broken one: FHIR's reader says why
    except OSError:
        return False
    return False


def read_fhir(
    files: Sequence[Path], sources: Sequence[str], reading: FhirReading | None, *, export: bool
) -> Iterator[tuple[str, int, Patient | RecordProblem]]:
    """The patients of FHIR files: NDJSON files of one Bulk export (``export``), or one Bundle
    file (or a file of one resource); each as a valid Patient or the problem with it."""
    reading = reading if reading is not None else FhirReading()
    found = read_export(files, sources, reading) if export else read_bundle_file(files[0], sources[0], reading)
    for source, line, record in found:
        if isinstance(record, RecordProblem):
            yield source, line, record
            continue
        DATES.intern(record)  # one date object per date text: memory stays flat
        try:
            yield source, line, Patient.model_validate(record)
        except ValidationError as error:
            yield source, line, object_problem(record, error, source, line)
