"""The context a resource is mapped in: where it is, whose it is, and how to report what is dropped."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import msgspec

from eligo.errors import RecordProblem
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.fhir.dates import fhir_date
from eligo.sources.fhir.structs import CodeableConcept, Reference
from eligo.sources.fhir.systems import concept
from eligo.sources.fhir.units import Amount, amount

#: Finds the resource a reference names (a bundled or exported Medication, ResearchStudy, ...).
Resolve = Callable[[str], tuple[str, msgspec.Raw] | None]

#: A FHIR resource id (R4 datatype ``id``), as a record's ``id`` must be.
RESOURCE_ID = re.compile(r"[A-Za-z0-9.\-]{1,64}")


def reference_key(reference: str) -> str:
    """The name a reference gives a resource, as the patient's resources are indexed by it:
    ``urn:uuid:...`` as it is, otherwise its last ``Type/id`` (an absolute URL, with or without
    ``/_history/n``, names the resource its relative form names).

    >>> reference_key("https://ehr.example/fhir/Condition/c1/_history/2"), reference_key("urn:uuid:9f")
    ('Condition/c1', 'urn:uuid:9f')
    """
    if reference.startswith("urn:"):
        return reference
    parts = reference.split("/")
    if len(parts) >= 4 and parts[-2] == "_history":
        parts = parts[:-2]
    return "/".join(parts[-2:])


@dataclass(frozen=True, slots=True)
class Skipped:
    """A resource that becomes no record, and why."""

    reason: str


@dataclass(frozen=True, slots=True)
class Mapped:
    """The records a resource becomes (an Observation with components may make several)."""

    kind: str
    records: list[dict[str, Any]]


def present(record: dict[str, Any]) -> dict[str, Any]:
    """A mapped record without its absent (``None``) fields: absent means not recorded."""
    return {name: value for name, value in record.items() if value is not None}


@dataclass
class Context:
    """One resource being mapped."""

    reading: FhirReading
    source: str
    line: int
    where: str
    """The resource as messages name it: ``entry[3] Condition/c1`` or ``Condition/c1``."""
    resource_type: str
    patient_id: str | None
    birth: str | None = None
    resolve: Resolve | None = None
    conditions: dict[str, str | None] = field(default_factory=dict)
    """The patient's Condition resources by every name a reference may give them (``Condition/id``,
    the entry's ``fullUrl``): their ids (``None``: the Condition has no usable id)."""

    def drop(self, element: str, message: str) -> None:
        """Report an element that cannot be used; the record goes on without it."""
        problem = RecordProblem(self.source, self.line, self.patient_id, f"{self.where}: {element}", message)
        self.reading.drop(problem, self.resource_type, element)

    def date(self, text: str | None, element: str) -> str | None:
        """A FHIR date or dateTime as a partial date, or ``None`` (reported) when it is not one."""
        if text is None:
            return None
        try:
            return fhir_date(text)
        except ValueError as error:
            self.drop(element, str(error))
            return None

    def codes(self, value: CodeableConcept | None, element: str) -> list[dict[str, str]]:
        """The codes of a concept (see :func:`eligo.sources.fhir.systems.concept`)."""
        found = concept(value)
        for system in found.unknown:
            self.reading.unknown_systems[system] += 1
        if value is not None and not found.codes:
            self.drop(element, "no coding and no text")
        return found.codes

    def quantity(self, value: Any, element: str) -> Amount | None:
        """A Quantity's number and unit, or ``None`` (reported) when it cannot be used."""
        found = amount(value)
        if found.problem is not None:
            self.drop(f"{element}.{found.problem[0]}", found.problem[1])
            return None
        return found

    def condition_ids(self, references: list[Reference], element: str) -> list[str] | None:
        """The ids of the patient's conditions that references name (reasonReference, focus);
        a reference to anything else (another resource type, another patient's condition, nothing
        in the source, a condition without an id) is reported and left out. ``None`` when no
        reference names one: not recorded, never "none"."""
        found: list[str] = []
        for index, reference in enumerate(references):
            name, text = f"{element}[{index}]", reference.reference
            if not text:
                self.drop(name, "no reference: a display or identifier names no record")
                continue
            key = reference_key(text)
            if key in self.conditions:
                condition = self.conditions[key]
                if condition is None:
                    self.drop(name, f"{text[:80]!r} names a Condition without a usable id")
                elif condition not in found:
                    found.append(condition)
                continue
            target = self.resolve(text) if self.resolve is not None else None
            if target is not None and target[0] != "Condition":
                what = f"{'an' if target[0][:1] in 'AEIOU' else 'a'} {target[0]}, not a Condition"
            else:
                what = "no Condition of this patient in the source"
            self.drop(name, f"{text[:80]!r} names {what}")
        return found or None


def word(value: str | None, table: dict[str, str], context: Context, element: str) -> str | None:
    """A FHIR code as one of Eligo's words, or ``None`` (reported when it is not in ``table``)."""
    if value is None:
        return None
    if value in table:
        return table[value]
    context.drop(element, f"{value[:40]!r} is not one of: {', '.join(sorted(table))}")
    return None


def status_code(value: CodeableConcept | None) -> str | None:
    """The code of a status concept (clinicalStatus, verificationStatus): its first coded coding."""
    if value is None:
        return None
    for coding in value.coding:
        if coding.code:
            return coding.code
    return None
