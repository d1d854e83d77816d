"""msgspec Structs for the FHIR R4 elements Eligo reads, and nothing else.

Every other element of a resource is skipped by the decoder without being built (that is what
makes decoding fast, and what makes the reader tolerant of profiles and extensions it does not
know). Field names are FHIR's, in snake case (``rename="camel"`` gives the JSON names back). A
choice element (``onset[x]``) is one field per form Eligo reads.
"""

from __future__ import annotations

from typing import Any

import msgspec


class _Element(msgspec.Struct, rename="camel", omit_defaults=True):
    """Base of the Structs: camelCase JSON names, unknown elements ignored."""


class Coding(_Element):
    system: str | None = None
    code: str | None = None
    display: str | None = None


class CodeableConcept(_Element):
    coding: list[Coding] = []
    text: str | None = None


class Quantity(_Element):
    value: float | None = None
    comparator: str | None = None
    unit: str | None = None
    system: str | None = None
    code: str | None = None


class Period(_Element):
    start: str | None = None
    end: str | None = None


class Range(_Element):
    low: Quantity | None = None
    high: Quantity | None = None


class Reference(_Element):
    reference: str | None = None
    display: str | None = None


class Extension(_Element):
    url: str | None = None
    value_codeable_concept: CodeableConcept | None = None
    value_reference: Reference | None = None


class Meta(_Element):
    profile: list[str] = []


class Repeat(_Element):
    bounds_period: Period | None = None


class Timing(_Element):
    repeat: Repeat | None = None


class DoseAndRate(_Element):
    dose_quantity: Quantity | None = None


class Dosage(_Element):
    timing: Timing | None = None
    route: CodeableConcept | None = None
    dose_and_rate: list[DoseAndRate] = []
    dose: Quantity | None = None  # MedicationAdministration.dosage.dose


class ReferenceRange(_Element):
    low: Quantity | None = None
    high: Quantity | None = None


class Head(_Element):
    """What every resource says first: its type and id."""

    resource_type: str | None = None
    id: str | None = None


class Patient(_Element):
    id: str | None = None
    birth_date: str | None = None
    gender: str | None = None


class Condition(_Element):
    id: str | None = None
    meta: Meta | None = None
    extension: list[Extension] = []
    clinical_status: CodeableConcept | None = None
    verification_status: CodeableConcept | None = None
    code: CodeableConcept | None = None
    body_site: list[CodeableConcept] = []
    subject: Reference | None = None
    onset_date_time: str | None = None
    onset_age: Quantity | None = None
    onset_period: Period | None = None
    onset_range: Range | None = None
    onset_string: str | None = None
    abatement_date_time: str | None = None
    abatement_age: Quantity | None = None
    abatement_period: Period | None = None
    abatement_range: Range | None = None
    abatement_string: str | None = None
    abatement_boolean: bool | None = None
    recorded_date: str | None = None
    stage: list[Any] = []
    """Each read as a :class:`ConditionStage` on its own, so that a malformed stage is dropped
    (reported) and the Condition kept."""


class ConditionStage(_Element):
    summary: CodeableConcept | None = None


class Medication(_Element):
    id: str | None = None
    code: CodeableConcept | None = None


class MedicationUse(_Element):
    """MedicationRequest, MedicationStatement, MedicationAdministration and MedicationDispense
    in one Struct: each has the elements of its own kind, and the others stay absent."""

    id: str | None = None
    status: str | None = None
    intent: str | None = None
    extension: list[Extension] = []
    medication_codeable_concept: CodeableConcept | None = None
    medication_reference: Reference | None = None
    contained: list[Medication] = []
    subject: Reference | None = None
    authored_on: str | None = None
    effective_date_time: str | None = None
    effective_period: Period | None = None
    when_handed_over: str | None = None
    dosage_instruction: list[Dosage] = []
    dosage: list[Dosage] | Dosage | None = None
    reason_code: list[CodeableConcept] = []
    reason_reference: list[Reference] = []


class Procedure(_Element):
    id: str | None = None
    status: str | None = None
    extension: list[Extension] = []
    code: CodeableConcept | None = None
    subject: Reference | None = None
    performed_date_time: str | None = None
    performed_period: Period | None = None
    body_site: list[CodeableConcept] = []
    reason_code: list[CodeableConcept] = []
    reason_reference: list[Reference] = []


class Component(_Element):
    code: CodeableConcept | None = None
    value_quantity: Quantity | None = None
    value_codeable_concept: CodeableConcept | None = None
    value_string: str | None = None
    value_boolean: bool | None = None
    value_integer: int | None = None
    value_range: Range | None = None
    value_ratio: Any = None
    value_sampled_data: Any = None
    value_time: str | None = None
    value_date_time: str | None = None
    value_period: Period | None = None
    data_absent_reason: CodeableConcept | None = None
    interpretation: list[CodeableConcept] = []
    reference_range: list[ReferenceRange] = []


class Observation(Component):
    id: str | None = None
    meta: Meta | None = None
    status: str | None = None
    subject: Reference | None = None
    focus: list[Reference] = []
    method: CodeableConcept | None = None
    body_site: CodeableConcept | None = None
    effective_date_time: str | None = None
    effective_instant: str | None = None
    effective_period: Period | None = None
    component: list[Component] = []


class ObservationKind(_Element):
    """What says which kind of Observation a resource is: its profiles and its code."""

    meta: Meta | None = None
    code: CodeableConcept | None = None


class BodyStructure(_Element):
    """mCODE Tumor: read only as the target of a TumorSize Observation's focus."""

    id: str | None = None
    extension: list[Extension] = []
    location: CodeableConcept | None = None


class Reaction(_Element):
    severity: str | None = None


class AllergyIntolerance(_Element):
    id: str | None = None
    clinical_status: CodeableConcept | None = None
    verification_status: CodeableConcept | None = None
    criticality: str | None = None
    code: CodeableConcept | None = None
    patient: Reference | None = None
    onset_date_time: str | None = None
    onset_period: Period | None = None
    reaction: list[Reaction] = []


class SuspectEntity(_Element):
    instance: Reference | None = None


class AdverseEvent(_Element):
    id: str | None = None
    actuality: str | None = None
    event: CodeableConcept | None = None
    subject: Reference | None = None
    date: str | None = None
    seriousness: CodeableConcept | None = None
    suspect_entity: list[SuspectEntity] = []


class ResearchSubject(_Element):
    id: str | None = None
    status: str | None = None
    period: Period | None = None
    study: Reference | None = None
    individual: Reference | None = None
    assigned_arm: str | None = None


class SpecimenCollection(_Element):
    collected_date_time: str | None = None
    collected_period: Period | None = None
    method: CodeableConcept | None = None
    body_site: CodeableConcept | None = None


class Specimen(_Element):
    id: str | None = None
    status: str | None = None
    type: CodeableConcept | None = None
    subject: Reference | None = None
    collection: SpecimenCollection | None = None


class FamilyMemberCondition(_Element):
    code: CodeableConcept | None = None
    contributed_to_death: bool | None = None
    onset_age: Quantity | None = None


class FamilyMemberHistory(_Element):
    id: str | None = None
    status: str | None = None
    patient: Reference | None = None
    date: str | None = None
    relationship: CodeableConcept | None = None
    deceased_age: Quantity | None = None
    condition: list[FamilyMemberCondition] = []


class DeviceUseStatement(_Element):
    id: str | None = None
    status: str | None = None
    subject: Reference | None = None
    timing_period: Period | None = None
    timing_date_time: str | None = None
    device: Reference | None = None
    body_site: CodeableConcept | None = None


class Device(_Element):
    id: str | None = None
    type: CodeableConcept | None = None


class Identifier(_Element):
    system: str | None = None
    value: str | None = None


class ResearchStudy(_Element):
    id: str | None = None
    identifier: list[Identifier] = []
    title: str | None = None


class Subject(_Element):
    """Only the references that say whose a resource is (to group resources by patient)."""

    subject: Reference | None = None
    patient: Reference | None = None
    individual: Reference | None = None


class Entry(_Element):
    full_url: str | None = None
    resource: msgspec.Raw = msgspec.Raw(b"")  # empty: the entry holds no resource


class Bundle(_Element):
    resource_type: str | None = None
    type: str | None = None
    entry: list[Entry] = []


#: The Struct each resource type Eligo reads decodes into.
STRUCTS: dict[str, type[msgspec.Struct]] = {
    "Patient": Patient,
    "Condition": Condition,
    "MedicationRequest": MedicationUse,
    "MedicationStatement": MedicationUse,
    "MedicationAdministration": MedicationUse,
    "MedicationDispense": MedicationUse,
    "Medication": Medication,
    "Procedure": Procedure,
    "Observation": Observation,
    "AllergyIntolerance": AllergyIntolerance,
    "AdverseEvent": AdverseEvent,
    "ResearchSubject": ResearchSubject,
    "ResearchStudy": ResearchStudy,
    "BodyStructure": BodyStructure,
    "Specimen": Specimen,
    "FamilyMemberHistory": FamilyMemberHistory,
    "DeviceUseStatement": DeviceUseStatement,
    "Device": Device,
}
