"""Patients from a FHIR Bulk Data export: NDJSON files, one resource per line, of any number of
patients, in any order.

Grouping, in bounded memory. A first pass reads each line's resource type, id and subject only
(a small Struct) and writes one row per line to an on-disk index (SQLite, in a temporary
directory): the patient id, the file, the byte offset and length of the line, its line number.
Medication, ResearchStudy and BodyStructure resources, which other resources name by reference, get a row in
a second table by their reference. A second pass asks the index for its rows sorted by patient
(SQLite sorts on disk, in bounded memory) and reads one patient's lines back by offset, maps
them and yields the patient: memory holds one patient's resources at a time, whatever the
number of patients and however the files are ordered. Patients come out in the order of their
ids. A record kind is collected for every patient when the export holds a file with any
resource of that kind (a type exported = collected; a type not exported = not collected);
lesions when it holds any mCODE TumorSize Observation.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import msgspec

from eligo.errors import RecordProblem
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.lesions import holds_tumor_size
from eligo.sources.fhir.resources import LOOKED_UP, Item, build_patient, is_mapped, subject_key

#: Index rows written to SQLite at a time.
BATCH = 10_000
#: A line longer than this is reported and skipped.
MAX_LINE_BYTES = 64 << 20


class _Line(msgspec.Struct, rename="camel"):
    """What the first pass reads of a line."""

    resource_type: Any = None
    id: Any = None
    subject: Any = None
    patient: Any = None
    individual: Any = None


def _reference(line: _Line) -> str | None:
    for holder in (line.subject, line.patient, line.individual):
        if isinstance(holder, dict) and isinstance(holder.get("reference"), str):
            return str(holder["reference"])
    return None


Found = tuple[str, int, dict[str, Any] | RecordProblem]


def read_export(files: Sequence[Path], sources: Sequence[str], reading: FhirReading) -> Iterator[Found]:
    """Every patient of the NDJSON files of a Bulk export (see the module's docstring)."""
    with tempfile.TemporaryDirectory(prefix="eligo-fhir-") as folder:
        index = sqlite3.connect(os.path.join(folder, "index.sqlite"))
        try:
            index.execute("PRAGMA journal_mode=OFF")
            index.execute("PRAGMA synchronous=OFF")
            index.execute(
                "CREATE TABLE rows (patient TEXT, file INT, offset INT, size INT, line INT, type TEXT, id TEXT)"
            )
            index.execute("CREATE TABLE targets (name TEXT PRIMARY KEY, file INT, offset INT, size INT, type TEXT)")
            kinds: set[str] = set()
            problems = list(_first_pass(files, sources, reading, index, kinds))
            yield from problems
            yield from _second_pass(files, sources, reading, index, frozenset(kinds))
        finally:
            index.close()


def _first_pass(files: Sequence[Path], sources: Sequence[str], reading: FhirReading,
                index: sqlite3.Connection, kinds: set[str]) -> Iterator[Found]:  # fmt: skip
    decoder = msgspec.json.Decoder(_Line)
    types: set[str] = set()
    sizes = False
    rows: list[tuple[Any, ...]] = []
    for number, path in enumerate(files):
        reading.sources += 1
        with open(path, "rb") as file:
            offset = 0
            for line_number, (line, size) in enumerate(_lines(file), start=1):
                start, offset = offset, offset + size
                if line is None:
                    reading.read["(too large)"] += 1
                    reading.skip("(too large)", "a line over 64 MiB")
                    yield sources[number], line_number, _problem(sources[number], line_number, "a line over 64 MiB")
                    continue
                if not line.strip():
                    continue
                try:
                    head = decoder.decode(line)
                except (msgspec.ValidationError, msgspec.DecodeError) as error:
                    reading.read["(not JSON)"] += 1
                    reading.skip("(not JSON)", "a line that is not a JSON object")
                    yield (
                        sources[number],
                        line_number,
                        _problem(sources[number], line_number, f"not a FHIR resource: {error}"),
                    )
                    continue
                kind = head.resource_type if isinstance(head.resource_type, str) else "(no resourceType)"
                reading.read[kind] += 1
                types.add(kind)
                sizes = sizes or (kind == "Observation" and holds_tumor_size(line))
                resource_id = head.id if isinstance(head.id, str) else None
                if kind in LOOKED_UP:
                    reading.looked_up[kind] += 1
                    for name in (f"{kind}/{resource_id}", f"urn:uuid:{resource_id}") if resource_id else ():
                        index.execute("INSERT OR IGNORE INTO targets VALUES (?, ?, ?, ?, ?)",
                                      (name, number, start, size, kind))  # fmt: skip
                    continue
                if not is_mapped(kind):
                    reading.skip(kind, "a type Eligo does not map")
                    continue
                if kind == "Patient":
                    patient = resource_id
                    if patient is None:
                        reading.skip(kind, "no id")
                        continue
                else:
                    reference = _reference(head)
                    patient = subject_key(reference)
                    if patient is None:
                        reading.skip(kind, "no subject" if reference is None else "its subject is not a Patient")
                        continue
                rows.append((patient, number, start, size, line_number, kind, resource_id or "?"))
                if len(rows) >= BATCH:
                    index.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
                    rows.clear()
    index.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    index.execute("CREATE INDEX by_patient ON rows (patient, file, offset)")
    index.commit()
    kinds.update(reading.kinds_of(types, sizes))


def _lines(file: IO[bytes]) -> Iterator[tuple[bytes | None, int]]:
    """The lines of a file and their sizes; a line over :data:`MAX_LINE_BYTES` comes out as
    ``None`` (its text is never held whole)."""
    while line := file.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            size = len(line)
            while line and not line.endswith(b"\n"):
                line = file.readline(1 << 20)
                size += len(line)
            yield None, size
            continue
        yield line, len(line)


def _problem(source: str, line: int, message: str) -> RecordProblem:
    return RecordProblem(source, line, None, "", message)


def _second_pass(files: Sequence[Path], sources: Sequence[str], reading: FhirReading,
                 index: sqlite3.Connection, kinds: frozenset[str]) -> Iterator[Found]:  # fmt: skip
    handles = [open(path, "rb") for path in files]  # noqa: SIM115 (closed below)
    for kind in kinds:
        reading.kinds_collected[kind] += 1
    try:

        def read(file: int, offset: int, size: int) -> bytes:
            handles[file].seek(offset)
            return handles[file].read(size)

        def resolve(reference: str) -> tuple[str, msgspec.Raw] | None:
            name = reference if reference.startswith("urn:uuid:") else "/".join(reference.split("/")[-2:])
            found = index.execute("SELECT file, offset, size, type FROM targets WHERE name = ?", (name,)).fetchone()
            if found is None:
                return None
            return str(found[3]), msgspec.Raw(read(found[0], found[1], found[2]))

        cursor = index.execute(
            "SELECT patient, file, offset, size, line, type, id FROM rows ORDER BY patient, file, offset"
        )
        for patient, group in itertools.groupby(cursor, key=lambda row: str(row[0])):
            own: Item | None = None
            first: tuple[int, int] | None = None
            items: list[Item] = []
            for _, file, offset, size, line, kind, resource_id in group:
                item = Item(line, f"{kind}/{resource_id}", str(kind), read(file, offset, size), sources[file])
                if kind == "Patient":
                    if own is None:
                        own, first = item, (file, line)
                    else:
                        reading.skip("Patient", "the same patient twice in the export")
                    continue
                if first is None:
                    first = (file, line)
                items.append(item)
            assert first is not None
            source = sources[first[0]]
            record = build_patient(reading, source, patient, own, items, kinds, resolve)
            yield source, first[1], record
    finally:
        for handle in handles:
            handle.close()
