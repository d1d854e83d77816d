"""The patient record: the JSON format Eligo screens, modelled in pydantic.

A record list that is absent (``null`` or left out) was *not collected*: questions about it are
unknown. An empty list was collected and holds nothing: "no prior anti-EGFR antibody" is then
true. Dates may be partial (``1963``, ``1963-07``); answers that depend on the missing part
are unknown. Unknown fields are refused, so that a misspelt field never silently reads as
missing data.

>>> p = Patient.model_validate({"id": "P1", "birth_date": "1963-07", "conditions": []})
>>> p.birth_date, p.conditions, p.medications
(PartialDate(year=1963, month=7, day=None), [], None)
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema

from eligo.errors import UNPRINTABLE
from eligo.language.temporal import PartialDate
from eligo.language.units import record_unit
from eligo.records.plausibility import number_problem


def _partial_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return PartialDate.parse(value)
        except ValueError as error:
            raise ValueError(str(error)) from None
    if isinstance(value, PartialDate):
        return value
    raise ValueError("a date is written as a string: YYYY, YYYY-MM or YYYY-MM-DD")


Date = Annotated[
    PartialDate,
    BeforeValidator(_partial_date),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$", "description": "YYYY, YYYY-MM or YYYY-MM-DD"}
    ),
]


def usable_number(value: Any) -> Any:
    """A recorded value, unless it is a number no criterion can compare (NaN, infinite, too large)."""
    problem = number_problem(value)
    if problem:
        raise ValueError(problem)
    return value


def _identifier(value: str) -> str:
    if UNPRINTABLE.search(value):  # what messages would have to escape is not an id
        raise ValueError("must not contain control characters (line breaks, tabs, direction overrides)")
    return value


def _unit(value: str | None) -> str | None:
    """A recorded unit as Eligo's symbol (``10*9/L`` is ``10^9/L``); text that is no unit is refused."""
    return None if value is None else record_unit(value)


Identifier = Annotated[str, Field(min_length=1), AfterValidator(_identifier)]
"""A patient id: a non-empty string that prints on one line in every output."""
FiniteNumber = Annotated[float, Field(strict=True), AfterValidator(usable_number)]
"""A JSON number (a whole number is accepted as is), never NaN or infinite; never a string."""
RecordId = Annotated[str, Field(pattern=r"^[A-Za-z0-9.\-]{1,64}$")]
"""A record's id: a FHIR resource id (FHIR R4 datatype ``id``: 1 to 64 letters, digits, ``-`` or ``.``), unique
among the records of its kind of one patient (records.plausibility checks it)."""
Count = Annotated[int, Field(strict=True, ge=1)]
"""A whole number from 1 (a line of therapy, a number of fractions), never a boolean or a string."""
PositiveNumber = Annotated[float, Field(strict=True, ge=0), AfterValidator(usable_number)]
"""A dose: a JSON number from 0, never NaN or infinite."""
Unit = Annotated[str | None, AfterValidator(_unit)]
"""A unit of measure as Eligo's symbol, from any spelling of :func:`eligo.language.units.record_unit`
(UCUM's ``10*9/L``, ``umol/L``, ``mm[Hg]``; a Greek mu); a UCUM unit Eligo does not know is kept as
written, and text that is no unit (``furlongs``) is refused."""


# The allowed values, spelled out for readers and type checkers; tests/test_records.py checks
# that they are exactly the enumerations of eligo.language.schema, which the checker uses.
Sex = Literal["female", "male", "other"]
ClinicalStatus = Literal["active", "recurrence", "relapse", "inactive", "remission", "resolved"]
Confirmation = Literal["histopathology", "cytology", "imaging", "clinical", "laboratory", "genetic"]
Extent = Literal["in_situ", "localized", "locally_advanced", "metastatic"]
Treatment = Literal["surgery", "radiotherapy", "systemic_therapy", "local_ablation"]
Route = Literal["oral", "intravenous", "subcutaneous", "intramuscular", "topical", "inhaled", "intrathecal", "other"]
Donor = Literal["autologous", "allogeneic", "syngeneic"]
System = Literal[
    "ICD10CM",
    "ICD10",
    "ICDO3",
    "SNOMED",
    "LOINC",
    "RXNORM",
    "ATC",
    "NCIT",
    "CPT",
    "HCPCS",
    "ROLECODE",  # HL7 v3 RoleCode: a relative's relationship (FamilyMemberHistory.relationship)
    "V2SPECIMEN",  # HL7 v2 table 0487 specimen type (mCODE TumorSpecimen: TUMOR)
    "LOCAL",
]
# FHIR condition-ver-status (entered-in-error spelt with an underscore, as the other enumerations)
Verification = Literal["confirmed", "provisional", "differential", "unconfirmed", "refuted", "entered_in_error"]
# mCODE's two cancer profiles: PrimaryCancerCondition, SecondaryCancerCondition
CancerRole = Literal["primary", "secondary"]
# FHIR MedicationStatement.status; entered_in_error, not_taken and intended are never received
MedicationStatus = Literal[
    "active", "completed", "stopped", "on_hold", "intended", "not_taken", "entered_in_error", "unknown"
]
# mCODE ProcedureIntentVS (curative ... forensic) and SNOMED CT's adjuvant and neo-adjuvant intents
TreatmentIntent = Literal[
    "curative",
    "palliative",
    "adjuvant",
    "neoadjuvant",
    "supportive",
    "diagnostic",
    "preventive",
    "guidance",
    "screening",
    "forensic",
]
TerminationReason = Literal["completed", "progression", "toxicity", "patient_decision", "other"]
Criticality = Literal["low", "high", "unable_to_assess"]
ReactionSeverity = Literal["mild", "moderate", "severe"]
AllergyStatus = Literal["active", "inactive", "resolved"]
BoneLesion = Literal["lytic", "mixed", "blastic"]
Assessor = Literal["investigator", "central"]
# FHIR Specimen.status, FamilyMemberHistory.status and DeviceUseStatement.status (R4), entered-in-error
# spelt with an underscore
SpecimenStatus = Literal["available", "unavailable", "unsatisfactory", "entered_in_error"]
FamilyHistoryStatus = Literal["partial", "completed", "entered_in_error", "health_unknown"]
DeviceStatus = Literal["active", "completed", "entered_in_error", "intended", "stopped", "on_hold"]
StudyStatus = Literal["candidate", "eligible", "on_study", "follow_up", "off_study", "withdrawn", "ineligible"]
# FHIR Observation.status (observation-status, entered-in-error spelt with an underscore)
ObservationStatus = Literal[
    "registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered_in_error", "unknown"
]
# FHIR v3 ObservationInterpretation, simplified (N, A, L, H, LL, HH, POS, NEG, DET, ND)
Interpretation = Literal[
    "normal",
    "abnormal",
    "low",
    "high",
    "critically_low",
    "critically_high",
    "positive",
    "negative",
    "detected",
    "not_detected",
]
#: observation statuses under which a result never counts (as if not recorded)
NOT_RESULTED: frozenset[str] = frozenset({"cancelled", "entered_in_error"})
#: medication statuses that never count as the patient receiving the drug (as if not recorded)
NOT_RECEIVED: frozenset[str] = frozenset({"entered_in_error", "not_taken", "intended"})
#: per record kind, the statuses under which a record is as if not recorded (:func:`in_queries`):
#: a result cancelled or entered in error, a drug never received, a specimen, family history or
#: device use entered in error, a device use only intended (FHIR DeviceUseStatement.status)
NOT_COUNTED: dict[str, frozenset[str]] = {
    "medication": NOT_RECEIVED,
    "observation": NOT_RESULTED,
    "specimen": frozenset({"entered_in_error"}),
    "family_history": frozenset({"entered_in_error"}),
    "device": frozenset({"entered_in_error", "intended"}),
}


class Record(BaseModel):
    """Base of the record models: unknown fields are errors, values are not coerced loosely."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Code(Record):
    """A code with its system: ``{"system": "ICD10CM", "code": "C44.92"}``."""

    system: System
    code: str = Field(min_length=1)
    display: str | None = None


def _some_code(value: Any) -> Any:
    if isinstance(value, list) and not value:
        raise ValueError("a list of codes must hold at least one code")
    return value


Codes = Annotated[Code | list[Code], AfterValidator(_some_code)]
"""One code, or several codes of one concept (the codings of a FHIR CodeableConcept: SNOMED CT
and ICD-10-CM for the same diagnosis); a record is in a value set when any of its codes is."""


def code_list(value: Any) -> tuple[Any, ...]:
    """The codes of a code field (one code, or a list of them; none when absent), in order."""
    if value is None:
        return ()
    return tuple(value) if isinstance(value, list | tuple) else (value,)


class AnyCode(tuple[Any, ...]):
    """The several codes of one field of one record, as the evaluators read it: ``code is SNOMED x``
    and ``code in VS`` hold when they hold of any of them (three-valued: see ``CodeMatcher.member_of``)."""

    __slots__ = ()


class Condition(Record):
    """A diagnosis or problem (FHIR Condition; mCODE Primary/SecondaryCancerCondition)."""

    code: Codes = Field(description="Condition.code (one coding, or a list of codings of one concept)")
    id: RecordId | None = Field(
        default=None, description="Condition.id: the resource id, unique among the patient's conditions"
    )
    onset: Date | None = None
    abatement: Date | None = None
    status: ClinicalStatus | None = None
    confirmed_by: Confirmation | None = Field(default=None, description="how the diagnosis was confirmed")
    extent: Extent | None = Field(default=None, description="stage or extent of a cancer")
    treatment: list[Treatment] | None = Field(default=None, description="how it was treated; [] means untreated")
    histology: Code | None = Field(
        default=None,
        description="mCODE HistologyMorphologyBehavior extension: ICD-O-3 morphology (ICDO3 8140/3) or SNOMED CT",
    )
    body_site: Codes | None = Field(default=None, description="Condition.bodySite (one code or a list)")
    verification: Verification | None = Field(default=None, description="Condition.verificationStatus")
    cancer: CancerRole | None = Field(
        default=None,
        description="mCODE profile: primary (PrimaryCancerCondition) or secondary (SecondaryCancerCondition)",
    )
    recorded: Date | None = Field(default=None, description="Condition.recordedDate")


class Medication(Record):
    """A medication the patient received; ``end`` absent means ongoing or not recorded."""

    code: Codes
    id: RecordId | None = Field(
        default=None, description="MedicationStatement.id: the resource id, unique among the patient's medications"
    )
    start: Date | None = None
    end: Date | None = None
    route: Route | None = None
    status: MedicationStatus | None = Field(
        default=None,
        description="MedicationStatement.status; entered_in_error, not_taken and intended never count as received",
    )
    treatment_intent: TreatmentIntent | None = Field(default=None, description="mCODE TreatmentIntent extension")
    line: Count | None = Field(default=None, description="line of therapy (1 = first line)")
    regimen: str | None = Field(default=None, description="the regimen the drug was given in (drugs given together)")
    dose: PositiveNumber | None = Field(default=None, description="Dosage.doseAndRate.doseQuantity (in dose_unit)")
    dose_unit: Unit = Field(default=None, description="Dosage.doseAndRate.doseQuantity.unit (UCUM)")
    termination_reason: TerminationReason | None = Field(
        default=None, description="mCODE TreatmentTerminationReason, in words"
    )
    investigational: bool | None = Field(default=None, description="an investigational agent")
    reason: list[RecordId] | None = Field(
        default=None, description="MedicationStatement.reasonReference: the ids of the conditions it treats ([]: none)"
    )
    reason_code: Codes | None = Field(default=None, description="MedicationStatement.reasonCode (one code or a list)")


class Procedure(Record):
    """A procedure performed on the patient (FHIR Procedure; mCODE RadiotherapyCourseSummary).
    ``date`` is performedDateTime, ``start``/``end`` performedPeriod: a procedure with only ``date``
    lasted that day."""

    code: Codes
    id: RecordId | None = Field(
        default=None, description="Procedure.id: the resource id, unique among the patient's procedures"
    )
    date: Date | None = None
    donor: Donor | None = Field(default=None, description="for a transplant: whose cells or organ")
    start: Date | None = Field(default=None, description="Procedure.performedPeriod.start")
    end: Date | None = Field(default=None, description="Procedure.performedPeriod.end")
    body_site: Codes | None = Field(default=None, description="Procedure.bodySite (one code or a list)")
    treatment_intent: TreatmentIntent | None = Field(default=None, description="mCODE TreatmentIntent extension")
    dose: PositiveNumber | None = Field(
        default=None, description="radiotherapy: total dose delivered in Gy (mCODE RadiotherapyCourseSummary)"
    )
    fractions: Count | None = Field(default=None, description="radiotherapy: fractions delivered (mCODE)")
    reason: list[RecordId] | None = Field(
        default=None, description="Procedure.reasonReference: the ids of the conditions it treats ([]: none)"
    )
    reason_code: Codes | None = Field(default=None, description="Procedure.reasonCode (one code or a list)")


class AdverseEvent(Record):
    """An adverse event (FHIR AdverseEvent, graded with CTCAE). ``resolved`` absent means unresolved
    or not recorded: a criterion reads it as not known to be resolved."""

    code: Codes = Field(description="AdverseEvent.event: the CTCAE term (MedDRA or NCIT code)")
    id: RecordId | None = Field(
        default=None, description="AdverseEvent.id: the resource id, unique among the patient's adverse events"
    )
    grade: Annotated[int, Field(strict=True, ge=1, le=5)] | None = Field(default=None, description="CTCAE grade 1-5")
    onset: Date | None = Field(default=None, description="AdverseEvent.date")
    resolved: Date | None = Field(default=None, description="AdverseEvent resolveDate (absent: unresolved, or unknown)")
    attributed_to: Codes | None = Field(default=None, description="AdverseEvent.suspectEntity: the suspected drug(s)")
    serious: bool | None = Field(default=None, description="AdverseEvent.seriousness")


class Allergy(Record):
    """An allergy or intolerance (FHIR AllergyIntolerance)."""

    code: Codes = Field(description="AllergyIntolerance.code: the substance")
    id: RecordId | None = Field(
        default=None, description="AllergyIntolerance.id: the resource id, unique among the patient's allergies"
    )
    criticality: Criticality | None = Field(default=None, description="AllergyIntolerance.criticality")
    severity: ReactionSeverity | None = Field(default=None, description="AllergyIntolerance.reaction.severity")
    onset: Date | None = Field(default=None, description="AllergyIntolerance.onsetDateTime")
    status: AllergyStatus | None = Field(default=None, description="AllergyIntolerance.clinicalStatus")


class Study(Record):
    """Taking part in a research study (FHIR ResearchSubject)."""

    code: Codes = Field(description="the study's identifier as a code (LOCAL NCT01234567)")
    id: RecordId | None = Field(
        default=None, description="ResearchSubject.id: the resource id, unique among the patient's studies"
    )
    study: str | None = Field(default=None, description="the study's name or identifier as written")
    arm: str | None = Field(default=None, description="ResearchSubject.assignedArm")
    start: Date | None = Field(default=None, description="ResearchSubject.period.start")
    end: Date | None = Field(default=None, description="ResearchSubject.period.end")
    status: StudyStatus | None = Field(default=None, description="ResearchSubject.status, simplified")
    investigational: bool | None = Field(default=None, description="the study gave an investigational product")


class Lesion(Record):
    """One tumour lesion as measured on one day (mCODE Tumor, a BodyStructure, and its TumorSize
    Observation), with what RECIST 1.1 needs to call it measurable (Eisenhauer et al., Eur J
    Cancer 2009;45:228-247): its longest diameter, a lymph node's short axis, the imaging method,
    a bone lesion's kind, whether it lies in a field irradiated before. Sizes are in millimetres."""

    code: Codes = Field(description="Observation.code: LOINC 21889-1 'Size Tumor' (mCODE TumorSize)")
    id: RecordId | None = Field(
        default=None, description="the TumorSize Observation's id, unique among the patient's lesions"
    )
    date: Date | None = Field(default=None, description="Observation.effective: the day of the imaging")
    body_site: Codes | None = Field(default=None, description="mCODE Tumor (BodyStructure).location")
    method: Codes | None = Field(
        default=None, description="Observation.method: the imaging (mCODE TumorSizeMethodVS: CT, MRI, ...)"
    )
    longest_diameter: PositiveNumber | None = Field(
        default=None, description="component LOINC 33728-7 'Size.maximum dimension in Tumor', in mm"
    )
    short_axis: PositiveNumber | None = Field(
        default=None, description="a lymph node's short axis in mm (RECIST 1.1; no mCODE element)"
    )
    lymph_node: bool | None = Field(default=None, description="the lesion is a lymph node")
    bone: BoneLesion | None = Field(default=None, description="a bone lesion: lytic, mixed (lytic-blastic) or blastic")
    irradiated: bool | None = Field(default=None, description="the lesion lies in a field irradiated before")
    assessor: Assessor | None = Field(
        default=None, description="Observation.performer's role: the site's investigator or a central review"
    )
    focus: list[RecordId] | None = Field(
        default=None, description="Observation.focus: the ids of the conditions (the cancer) it belongs to"
    )


class Specimen(Record):
    """A sample taken from the patient (FHIR R4 Specimen): a tumour tissue block from a core or
    excisional biopsy, a fine-needle aspirate. Where it was sent (a trial's central laboratory)
    has no Specimen element: criteria ask for it as an attested fact."""

    code: Codes = Field(description="Specimen.type: SNOMED CT specimen (119376003 'Tissue specimen', ...)")
    id: RecordId | None = Field(
        default=None, description="Specimen.id: the resource id, unique among the patient's specimens"
    )
    collected: Date | None = Field(
        default=None, description="Specimen.collection.collected[x]: the dateTime, or the period's start"
    )
    method: Codes | None = Field(
        default=None, description="Specimen.collection.method: how it was taken (core needle biopsy, excision, ...)"
    )
    body_site: Codes | None = Field(default=None, description="Specimen.collection.bodySite")
    status: SpecimenStatus | None = Field(
        default=None, description="Specimen.status; entered_in_error never counts (as if not recorded)"
    )
    focus: list[RecordId] | None = Field(
        default=None,
        description="the ids of the conditions sampled (no R4 Specimen element: the reasonReference of the "
        "ServiceRequest in Specimen.request)",
    )


class FamilyHistory(Record):
    """One condition of one relative (FHIR FamilyMemberHistory, a record per condition[]). Ages
    are in years (FHIR Age, UCUM ``a``)."""

    code: Codes = Field(description="FamilyMemberHistory.condition.code: the relative's condition")
    id: RecordId | None = Field(
        default=None, description="the record's id, unique among the patient's family history records"
    )
    relationship: Codes | None = Field(
        default=None, description="FamilyMemberHistory.relationship: HL7 v3 RoleCode (ROLECODE NMTH, ...)"
    )
    date: Date | None = Field(default=None, description="FamilyMemberHistory.date: when it was recorded")
    onset_age: PositiveNumber | None = Field(
        default=None, description="FamilyMemberHistory.condition.onsetAge, in years"
    )
    contributed_to_death: bool | None = Field(
        default=None, description="FamilyMemberHistory.condition.contributedToDeath"
    )
    deceased_age: PositiveNumber | None = Field(
        default=None, description="FamilyMemberHistory.deceasedAge: the relative's age at death, in years"
    )
    status: FamilyHistoryStatus | None = Field(
        default=None, description="FamilyMemberHistory.status; entered_in_error never counts"
    )


class Device(Record):
    """A device the patient uses or used (FHIR R4 DeviceUseStatement, R5 DeviceUsage)."""

    code: Codes = Field(description="the Device's type (DeviceUseStatement.device, Device.type)")
    id: RecordId | None = Field(
        default=None, description="DeviceUseStatement.id: the resource id, unique among the patient's devices"
    )
    start: Date | None = Field(default=None, description="DeviceUseStatement.timingPeriod.start (or timingDateTime)")
    end: Date | None = Field(
        default=None, description="DeviceUseStatement.timingPeriod.end (absent: ongoing or unknown)"
    )
    status: DeviceStatus | None = Field(
        default=None, description="DeviceUseStatement.status; entered_in_error and intended never count"
    )
    body_site: Codes | None = Field(default=None, description="DeviceUseStatement.bodySite")
    investigational: bool | None = Field(
        default=None, description="an investigational device (no FHIR element: as a medication's flag)"
    )


class Component(Record):
    """One part of an observation (FHIR Observation.component): blood pressure's systolic and
    diastolic values. A measure whose codes match a component reads it as an observation of its own,
    dated as the observation (``with_components``)."""

    code: Codes = Field(description="Observation.component.code")
    value: Annotated[bool | int | float | str | Code | None, AfterValidator(usable_number)] = None
    unit: Unit = None


class Observation(Record):
    """A measurement or finding: a number with a unit, a coded or named value, yes/no or text."""

    code: Codes
    id: RecordId | None = Field(
        default=None, description="Observation.id: the resource id, unique among the patient's observations"
    )
    date: Date | None = None
    value: Annotated[bool | int | float | str | Code | None, AfterValidator(usable_number)] = None
    unit: Unit = None
    reference_high: FiniteNumber | None = Field(default=None, description="the laboratory's upper limit of normal")
    reference_low: FiniteNumber | None = Field(
        default=None, description="Observation.referenceRange.low: the laboratory's lower limit of normal"
    )
    interpretation: Interpretation | None = Field(
        default=None, description="Observation.interpretation (v3 ObservationInterpretation, simplified)"
    )
    method: Codes | None = Field(
        default=None, description="Observation.method (one code or a list): for a stage, the staging system"
    )
    status: ObservationStatus | None = Field(
        default=None, description="Observation.status; cancelled and entered_in_error never count (as if not recorded)"
    )
    components: list[Component] | None = Field(
        default=None, description="Observation.component: parts with their own code, value and unit"
    )
    focus: list[RecordId] | None = Field(
        default=None,
        description="Observation.focus: the ids of the conditions it is about (a Gleason score, a TNM stage, a "
        "tumour marker, an mCODE cancer disease status)",
    )


class Attestation(Record):
    """A fact a clinician records for a declared ``attested`` item."""

    value: Annotated[bool | int | float | str, AfterValidator(usable_number)]
    unit: Unit = Field(default=None, description="for a duration or quantity: its unit (weeks, months, g/dL, ...)")
    date: Date | None = None
    recorded_by: str | None = None


class Patient(Record):
    """One patient: demographics, reference dates, record lists and attestations."""

    id: Identifier
    birth_date: Date | None = None
    sex: Sex | None = None
    dates: dict[str, Date] = Field(default_factory=dict, description="the trial's reference dates: first_dose, ...")
    parameters: dict[str, str] = Field(
        default_factory=dict,
        description="the trial's per-enrolment parameters for this patient (the cohort, study stage or arm "
        'screened for: ResearchSubject.assignedArm, or the run\'s --param): {"cohort": "cohort_b"}',
    )
    conditions: list[Condition] | None = None
    medications: list[Medication] | None = None
    procedures: list[Procedure] | None = None
    observations: list[Observation] | None = None
    adverse_events: list[AdverseEvent] | None = None
    allergies: list[Allergy] | None = None
    studies: list[Study] | None = None
    lesions: list[Lesion] | None = Field(
        default=None, description="tumour assessments: each lesion as measured on imaging (mCODE Tumor, TumorSize)"
    )
    specimens: list[Specimen] | None = Field(default=None, description="samples taken (FHIR Specimen)")
    family_histories: list[FamilyHistory] | None = Field(
        default=None, description="relatives' conditions (FHIR FamilyMemberHistory, one record per condition)"
    )
    devices: list[Device] | None = Field(default=None, description="devices used (FHIR DeviceUseStatement)")
    attestations: dict[str, Attestation] = Field(default_factory=dict)


RECORD_LISTS: dict[str, str] = {
    "condition": "conditions",
    "medication": "medications",
    "procedure": "procedures",
    "observation": "observations",
    "adverse_event": "adverse_events",
    "allergy": "allergies",
    "study": "studies",
    "lesion": "lesions",
    "specimen": "specimens",
    "family_history": "family_histories",
    "device": "devices",
}


#: What a component takes of its observation (date, status, focus, method); the rest is its own.
COMPONENT_RESETS = {
    "id": None,
    "components": None,
    "reference_high": None,
    "reference_low": None,
    "interpretation": None,
}


def with_components(observations: list[Any]) -> list[Any]:
    """The observations, each followed by its components read as observations of their own: the
    component's code, value and unit, the observation's date, status, focus and method (FHIR gives a
    component its own reference range and interpretation; they are not recorded here, so none).

    >>> o = Observation.model_validate({"code": {"system": "LOINC", "code": "85354-9"}, "date": "2026-02",
    ...     "components": [{"code": {"system": "LOINC", "code": "8480-6"}, "value": 150, "unit": "mm[Hg]"}]})
    >>> [(r.code.code, r.value, r.unit, str(r.date)) for r in with_components([o])]
    [('85354-9', None, None, '2026-02'), ('8480-6', 150, 'mmHg', '2026-02')]
    """
    if not any(o.components for o in observations):
        return observations
    found: list[Any] = []
    for observation in observations:
        found.append(observation)
        for part in observation.components or ():
            update = {**COMPONENT_RESETS, "code": part.code, "value": part.value, "unit": part.unit}
            if isinstance(observation, BaseModel):
                found.append(observation.model_copy(update=update))
            else:  # a fast-decoded record (msgspec struct)
                found.append(msgspec.structs.replace(observation, **update))
    return found


def in_queries(kind: str, records: list[Any]) -> list[Any]:
    """The records of a list that queries see: a medication entered in error, not taken or only
    intended (FHIR MedicationStatement.status) was never received, so it is as if not recorded; an
    observation cancelled or entered in error (FHIR Observation.status) has no result, likewise; so
    for a specimen, family history or device use entered in error, or a device use only intended
    (:data:`NOT_COUNTED`).

    >>> m = Medication.model_validate({"code": {"system": "ATC", "code": "L01FE01"}, "status": "not_taken"})
    >>> in_queries("medication", [m]), in_queries("procedure", [m]) == [m]
    ([], True)
    """
    if kind == "observation":
        return [r for r in with_components(records) if r.status not in NOT_RESULTED]
    never = NOT_COUNTED.get(kind)
    if never is None:
        return records
    return [r for r in records if r.status not in never]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a patient record."""
    schema = Patient.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Eligo patient record"
    return schema
