"""Patients from FHIR Bundles: one file holding a Bundle (collection, transaction, searchset,
batch, document: any type that holds resources), or a single resource.

A Bundle is decoded at once (msgspec keeps each entry's resource as raw bytes until its type is
known, and builds only the elements Eligo reads), so a bundle's size is bounded by memory, not
by patients: :data:`MAX_BUNDLE_BYTES`. Resources are grouped by the patient their ``subject``
(``patient`` for AllergyIntolerance, ``individual`` for ResearchSubject) names, through the
entries' ``fullUrl`` (``urn:uuid:...``) or a ``Patient/id`` reference; a Bundle may hold any
number of patients. A resource naming a patient the Bundle does not hold still makes that
patient (with unknown birth date and sex, reported), so no patient is lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from eligo.errors import RecordProblem, size_text
from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.lesions import holds_tumor_size
from eligo.sources.fhir.resources import LOOKED_UP, Item, build_patient, is_mapped, subject_key, whose

#: A Bundle file larger than this is refused (the whole Bundle is decoded in memory).
MAX_BUNDLE_BYTES = 1 << 30

Found = tuple[str, int, dict[str, Any] | RecordProblem]


def read_bundle_file(path: Path, source: str, reading: FhirReading) -> Iterator[Found]:
    """Every patient of a FHIR Bundle file (or a file holding one resource), as a record dict,
    or the problem that kept the file from being read."""
    size = path.stat().st_size
    if size > MAX_BUNDLE_BYTES:
        yield source, 1, RecordProblem(source, 1, None, "", f"FHIR Bundle larger than the {size_text(MAX_BUNDLE_BYTES)} limit; "
                                       "export it as Bulk Data NDJSON instead")  # fmt: skip
        return
    text = path.read_bytes()
    yield from read_bundle(text, source, reading)


def read_bundle(text: bytes, source: str, reading: FhirReading) -> Iterator[Found]:
    """The patients of a Bundle's text (see :func:`read_bundle_file`)."""
    try:
        bundle = msgspec.json.decode(text, type=fhir.Bundle)
    except (msgspec.ValidationError, msgspec.DecodeError) as error:
        yield source, 1, RecordProblem(source, 1, None, "", f"not a FHIR Bundle: {error}")
        return
    reading.sources += 1
    if bundle.resource_type != "Bundle":
        entries: list[tuple[str | None, msgspec.Raw | bytes]] = [(None, text)]
        label = "resource"
    else:
        entries = [(entry.full_url, entry.resource) for entry in bundle.entry if len(entry.resource)]
        label = "entry"
    yield from _patients(entries, label, source, reading)


def _patients(entries: list[tuple[str | None, Any]], label: str, source: str, reading: FhirReading) -> Iterator[Found]:
    items: list[Item] = []
    entry_of: dict[int, int] = {}
    targets: dict[str, tuple[str, msgspec.Raw]] = {}
    aliases: dict[str, str] = {}
    for index, (full_url, raw) in enumerate(entries):
        try:
            head = msgspec.json.decode(raw, type=fhir.Head)
        except (msgspec.ValidationError, msgspec.DecodeError):
            head = fhir.Head()
        resource_type = head.resource_type if isinstance(head.resource_type, str) else "(no resourceType)"
        where = (
            f"{label}[{index}] {resource_type}/{head.id or '?'}"
            if label == "entry"
            else f"{resource_type}/{head.id or '?'}"
        )
        reading.read[resource_type] += 1
        items.append(Item(1, where, resource_type, raw, None, full_url))  # the entry is named in `where`
        entry_of[id(items[-1])] = index
        for name in (full_url, f"{resource_type}/{head.id}" if head.id else None):
            if name:
                targets[name] = (resource_type, raw)
                if resource_type == "Patient" and head.id:
                    aliases[name] = head.id
    sizes = any(item.resource_type == "Observation" and holds_tumor_size(item.raw) for item in items)
    kinds = reading.kinds_of({item.resource_type for item in items}, sizes)
    for kind in kinds:
        reading.kinds_collected[kind] += 1
    others = {name for name, (kind, _) in targets.items() if kind != "Patient"}
    own, groups = _grouped(items, aliases, others, reading)

    def resolve(reference: str) -> tuple[str, msgspec.Raw] | None:
        return targets.get(reference)

    for patient_id, group in groups.items():
        # the Patient's entry (1-based) stands for the line when a Bundle holds several patients
        line = entry_of[id(own[patient_id])] + 1 if patient_id in own and len(groups) > 1 else 1
        record = build_patient(reading, source, patient_id, own.get(patient_id), group, kinds, resolve)
        yield source, line, record


def _grouped(
    items: list[Item], aliases: dict[str, str], others: set[str], reading: FhirReading
) -> tuple[dict[str, Item], dict[str, list[Item]]]:
    """Each patient's Patient resource, and the resources of each patient, in Bundle order
    (``others``: the names of the Bundle's resources that are not patients)."""
    own: dict[str, Item] = {}
    groups: dict[str, list[Item]] = {}
    for item in items:
        if item.resource_type == "Patient":
            patient_id = aliases.get(f"Patient/{_id(item)}") if _id(item) else None
            if patient_id is None:
                reading.skip("Patient", "no id")
            elif patient_id in own:
                reading.skip("Patient", "the same patient twice in one Bundle")
            else:
                own[patient_id] = item
                groups.setdefault(patient_id, [])
            continue
        if item.resource_type in LOOKED_UP:
            reading.looked_up[item.resource_type] += 1
            continue
        if not is_mapped(item.resource_type):
            reading.skip(item.resource_type, "a type Eligo does not map")
            continue
        reference = whose(item.raw, item.resource_type)
        key = subject_key(reference, aliases) if reference not in others else None
        if key is None:
            reason = "no subject" if reference is None else "its subject is not a Patient"
            reading.skip(item.resource_type, reason)
            continue
        groups.setdefault(key, []).append(item)
    return own, groups


def _id(item: Item) -> str | None:
    try:
        return msgspec.json.decode(item.raw, type=fhir.Head).id
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
