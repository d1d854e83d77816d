"""One patient's resources, decoded and mapped into one record (a JSON-like dict), whatever
holds them (a Bundle, or the lines of a Bulk export).

Decoding is tolerant element by element: a resource is decoded into its Struct in one pass; when
an element has the wrong JSON type, the resource is decoded again as plain JSON, that element is
reported and removed, and the Struct is tried again, so one bad element costs only itself.
References are followed one step (a MedicationRequest to its Medication), never further, so a
circular reference cannot loop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import msgspec

from eligo.records.model import RECORD_LISTS
from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.accounting import TYPE_KIND, FhirReading
from eligo.sources.fhir.context import RESOURCE_ID, Context, Mapped, Resolve, Skipped, reference_key
from eligo.sources.fhir.kinds import map_device_use, map_family_history, map_specimen
from eligo.sources.fhir.lesions import map_observation_or_lesion
from eligo.sources.fhir.mapping import map_condition, map_patient, map_procedure
from eligo.sources.fhir.medications import map_adverse_event, map_allergy, map_medication, map_study
from eligo.sources.fhir.stage_groups import StageGroup, apply_stage_groups, is_stage_group

#: Resource types read only as the target of a reference (BodyStructure: an mCODE Tumor, named
#: by a TumorSize Observation's focus).
LOOKED_UP = frozenset({"Medication", "ResearchStudy", "BodyStructure", "Device"})

_MAPPERS: dict[str, Callable[[Any, Context], Mapped | Skipped]] = {
    "Condition": map_condition,
    "MedicationRequest": map_medication,
    "MedicationStatement": map_medication,
    "MedicationAdministration": map_medication,
    "MedicationDispense": map_medication,
    "Procedure": map_procedure,
    "Observation": map_observation_or_lesion,
    "AllergyIntolerance": map_allergy,
    "AdverseEvent": map_adverse_event,
    "ResearchSubject": map_study,
    "Specimen": map_specimen,
    "FamilyMemberHistory": map_family_history,
    "DeviceUseStatement": map_device_use,
}

_PATH = re.compile(r" - at `\$(?P<path>[^`]*)`$")
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")
#: How many bad elements one resource may have before it is skipped as a whole.
MAX_BAD_ELEMENTS = 20

_decoders: dict[type[msgspec.Struct], msgspec.json.Decoder[Any]] = {}


@dataclass(frozen=True, slots=True)
class Item:
    """One resource of a patient: where it is and its text."""

    line: int
    where: str
    resource_type: str
    raw: bytes | msgspec.Raw
    source: str | None = None
    """The file, when it is not the patient's (a Bulk export's other NDJSON files)."""
    full_url: str | None = None
    """The Bundle entry's ``fullUrl`` (a name references may give the resource)."""


def subject_key(reference: str | None, aliases: dict[str, str] | None = None) -> str | None:
    """The patient id a reference names (``Patient/p1``, ``urn:uuid:p1``, an absolute URL ending
    in ``Patient/p1``, with or without ``/_history/n``), or ``None`` when it names no patient.

    >>> subject_key("Patient/p1"), subject_key("https://ehr.example/fhir/Patient/p1/_history/2"), subject_key("Group/g")
    ('p1', 'p1', None)
    """
    if not reference:
        return None
    if aliases is not None and reference in aliases:
        return aliases[reference]
    if reference.startswith("urn:uuid:"):
        return reference[9:] or None
    parts = reference.split("/")
    if len(parts) >= 4 and parts[-2] == "_history":
        parts = parts[:-2]
    if len(parts) >= 2 and parts[-2] == "Patient" and parts[-1]:
        return parts[-1]
    return None


def whose(raw: bytes | msgspec.Raw, resource_type: str) -> str | None:
    """The reference saying whose a resource is (subject, patient or individual), or ``None``."""
    try:
        found = msgspec.json.decode(raw, type=fhir.Subject)
    except msgspec.ValidationError:
        found = _lenient_subject(raw)
    for reference in (found.subject, found.patient, found.individual):
        if reference is not None and reference.reference:
            return reference.reference
    return None


def _lenient_subject(raw: bytes | msgspec.Raw) -> fhir.Subject:
    try:
        value = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        return fhir.Subject()
    if not isinstance(value, dict):
        return fhir.Subject()
    found = fhir.Subject()
    for name in ("subject", "patient", "individual"):
        item = value.get(name)
        if isinstance(item, dict) and isinstance(item.get("reference"), str):
            setattr(found, name, fhir.Reference(reference=item["reference"]))
    return found


def decode(raw: bytes | msgspec.Raw, struct: type[msgspec.Struct], context: Context) -> Any:
    """A resource as its Struct; elements of the wrong type are reported and left out. ``None``
    when the resource is no JSON object at all."""
    decoder = _decoders.get(struct)
    if decoder is None:
        decoder = _decoders[struct] = msgspec.json.Decoder(struct)
    try:
        return decoder.decode(raw)
    except msgspec.ValidationError:
        pass
    except msgspec.DecodeError:
        return None
    value = msgspec.json.decode(raw)
    for _ in range(MAX_BAD_ELEMENTS):
        try:
            return msgspec.convert(value, struct)
        except msgspec.ValidationError as error:
            message = str(error)
            found = _PATH.search(message)
            if found is None or not found.group("path"):
                return None
            element = found.group("path").lstrip(".")
            context.drop(element, message[: found.start()])
            if not _remove(value, found.group("path")):
                return None
    return None


def _remove(value: Any, path: str) -> bool:
    """Remove the element at a msgspec error path (``.code.coding[0].system``) from plain JSON."""
    steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
    if not steps:
        return False
    parent = value
    for name, index in steps[:-1]:
        try:
            parent = parent[name] if name is not None else parent[int(index)]
        except (KeyError, IndexError, TypeError, ValueError):
            return False
    name, index = steps[-1]
    try:
        if name is not None and isinstance(parent, dict):
            del parent[name]
        elif index is not None and isinstance(parent, list):
            del parent[int(index)]
        else:
            return False
    except (KeyError, IndexError):
        return False
    return True


def build_patient(
    reading: FhirReading,
    source: str,
    patient_id: str,
    own: Item | None,
    items: Iterable[Item],
    kinds: frozenset[str],
    resolve: Resolve | None,
) -> dict[str, Any]:
    """One patient's record from its Patient resource (``own``; ``None``: no Patient resource
    was found, reported) and its other resources, with a list (maybe empty) for each collected
    kind and none for the others."""
    record: dict[str, Any] = {"id": patient_id}
    if own is not None:
        context = Context(reading, own.source or source, own.line, own.where, "Patient", patient_id)
        resource = decode(own.raw, fhir.Patient, context)
        if resource is None:
            reading.skip("Patient", "not a JSON object")
        else:
            reading.mapped["Patient"] += 1
            found = map_patient(resource, context)
            record.update((k, v) for k, v in found.items() if k != "id" and v is not None)
    else:
        context = Context(reading, source, 0, f"Patient/{patient_id}", "Patient", patient_id)
        context.drop("(resource)", "no Patient resource for this subject: birth date and sex are unknown")
    for kind in kinds:
        record[RECORD_LISTS[kind]] = []
    birth = record.get("birth_date")
    items = list(items)
    conditions = condition_names(items)
    seen: dict[str, set[str]] = {}
    stage_groups: list[StageGroup] = []
    for item in items:
        where = item.source or source
        context = Context(reading, where, item.line, item.where, item.resource_type, patient_id, birth, resolve,
                          conditions)  # fmt: skip
        struct = fhir.STRUCTS[item.resource_type]
        resource = decode(item.raw, struct, context)
        if resource is None:
            reading.skip(item.resource_type, "not a JSON object")
            continue
        outcome = _MAPPERS[item.resource_type](resource, context)
        if isinstance(resource, fhir.Observation) and is_stage_group(resource):
            stage_groups.append(StageGroup(resource, context))
        if isinstance(outcome, Skipped):
            reading.skip(item.resource_type, outcome.reason)
            continue
        record_id = _record_id(resource.id, seen.setdefault(outcome.kind, set()), context)
        if record_id is not None:  # several records of one resource (a relative's conditions): id-0, id-1, ...
            several = len(outcome.records) > 1
            for index, found in enumerate(outcome.records):
                part = f"{record_id}-{index}" if several else record_id
                if RESOURCE_ID.fullmatch(part):
                    found["id"] = part
        reading.mapped[item.resource_type] += 1
        reading.records[outcome.kind] += len(outcome.records)
        if outcome.kind in kinds:
            record[RECORD_LISTS[outcome.kind]].extend(outcome.records)
        else:  # declared not collected (an option): the records are there, so the kind is
            record.setdefault(RECORD_LISTS[outcome.kind], []).extend(outcome.records)
    if stage_groups:
        apply_stage_groups(stage_groups, record.get(RECORD_LISTS["condition"]) or [])
    return record


def condition_names(items: list[Item]) -> dict[str, str | None]:
    """The patient's Condition resources by every name a reference may give them: ``Condition/id``,
    ``urn:uuid:id`` (as Bulk exports name resources) and the Bundle entry's ``fullUrl``; each
    gives the id its record has (``None``: no usable id, so no record can be named)."""
    names: dict[str, str | None] = {}
    ids: set[str] = set()
    for item in items:
        if item.resource_type != "Condition":
            continue
        try:
            resource_id = msgspec.json.decode(item.raw, type=fhir.Head).id
        except (msgspec.ValidationError, msgspec.DecodeError):
            resource_id = None
        usable = resource_id if isinstance(resource_id, str) and RESOURCE_ID.fullmatch(resource_id) else None
        if usable in ids:
            usable = None  # a second Condition with the id: its record goes without one
        elif usable is not None:
            ids.add(usable)
        keys = [f"Condition/{resource_id}", f"urn:uuid:{resource_id}"] if resource_id else []
        keys += [reference_key(item.full_url)] if item.full_url else []
        for key in keys:
            names.setdefault(key, usable)
    return names


def _record_id(resource_id: str | None, seen: set[str], context: Context) -> str | None:
    """A resource's id as its record's id: a FHIR id, unique among the patient's records of one
    kind (two medication resource types may share an id: the later record goes without, reported)."""
    if resource_id is None:
        return None
    if not RESOURCE_ID.fullmatch(resource_id):
        context.drop("id", "not a FHIR id (1 to 64 letters, digits, '-' or '.')")
        return None
    if resource_id in seen:
        context.drop("id", f"{resource_id!r} is already the id of another record of this kind of this patient")
        return None
    seen.add(resource_id)
    return resource_id


def is_mapped(resource_type: str) -> bool:
    """Whether a resource type becomes records (or is the patient)."""
    return resource_type in _MAPPERS or resource_type == "Patient"


assert set(_MAPPERS) == set(TYPE_KIND)
