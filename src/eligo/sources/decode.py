"""Fast decoding of one JSON patient record into msgspec structs that mirror :mod:`eligo.records.model`.

The structs have the field names, types, allowed values and defaults of the pydantic models
(``tests/test_fast_decode.py`` checks that they stay the same), so the compiled criteria of
:mod:`eligo.evaluate.outcomes.closures` read either. Dates are checked and turned into
:class:`~eligo.language.temporal.PartialDate` values as each struct is decoded (through a bounded cache,
as the same dates recur across patients), and a coded observation value becomes an
:class:`eligo.records.model.Code`, so a decoded record holds the values a validated
:class:`~eligo.records.model.Patient` holds.

The decoder only ever *accepts*: :func:`decode` returns ``None`` for anything it does not take
(invalid JSON, a wrong type, a bad date, a number pydantic would read differently, a value the
pydantic models' own validators or :func:`eligo.records.plausibility.problems` object to...), and the
caller hands that record to the pydantic reader, which accepts it or says exactly what is wrong.

>>> patient = decode(b'{"id": "P1", "birth_date": "1963-07", "conditions": []}')
>>> patient.birth_date, patient.conditions, patient.medications
(PartialDate(year=1963, month=7, day=None), [], None)
>>> decode(b'{"id": "P1", "birth_date": "2026-02-30"}') is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, cast

import msgspec
from pydantic import AfterValidator, BaseModel

from eligo.language.temporal import PartialDate
from eligo.records.model import (
    AllergyStatus,
    AnyCode,
    Assessor,
    Attestation,
    BoneLesion,
    CancerRole,
    ClinicalStatus,
    Code,
    Component,
    Confirmation,
    Criticality,
    DeviceStatus,
    Donor,
    Extent,
    FamilyHistoryStatus,
    Interpretation,
    Medication,
    MedicationStatus,
    Observation,
    ObservationStatus,
    Patient,
    ReactionSeverity,
    Route,
    Sex,
    SpecimenStatus,
    StudyStatus,
    System,
    TerminationReason,
    Treatment,
    TreatmentIntent,
    Verification,
    usable_number,
)
from eligo.records.plausibility import decoded_has_problems, period_reversed

__all__ = ["CODE_CACHE_SIZE", "DATE_CACHE_SIZE", "FastAttestation", "FastCode", "FastPatient", "decode", "record_code"]

#: How many distinct date texts are kept, parsed, for reuse (about 180 years of days).
DATE_CACHE_SIZE = 1 << 16
#: How many distinct codes are kept as :class:`~eligo.records.model.Code` values, for reuse.
CODE_CACHE_SIZE = 1 << 16

_DATES: dict[str, PartialDate] = {}
_CODES: dict[tuple[str, str, str | None], Code] = {}

NonEmpty = Annotated[str, msgspec.Meta(min_length=1)]
#: :data:`eligo.records.model.RecordId`: a FHIR resource id
RecordId = Annotated[str, msgspec.Meta(pattern=r"^[A-Za-z0-9.\-]{1,64}$")]


def _date(text: str | None) -> Any:
    """A date field's text as a :class:`PartialDate`; ``ValueError`` when it is not a date.

    Parsed dates are kept (up to :data:`DATE_CACHE_SIZE`), so a date recurring across
    patients is one object, which also lets the compiled criteria remember answers by identity.
    """
    found = _DATES.get(text)  # type: ignore[arg-type]  # first: the usual case, a date text seen before
    if found is not None:
        return found
    if text is None or isinstance(text, PartialDate):  # already parsed: a struct made by replace()
        return text
    found = PartialDate.parse(text)
    if len(_DATES) < DATE_CACHE_SIZE:
        _DATES[text] = found
    return found


def _period(start: Any, end: Any) -> None:
    """Refuse a period that surely ends before it starts (:func:`eligo.records.plausibility.problems`
    words it), as the struct is decoded rather than in a second pass over the record."""
    if start is not None and end is not None and period_reversed(start, end):
        raise ValueError("a period ends before it starts")


def _checks(model: type[BaseModel], field: str) -> tuple[Callable[[Any], Any], ...]:
    """The functions the pydantic model runs on a field once its type is right (``AfterValidator``)."""
    found = [item.func for item in model.model_fields[field].metadata if isinstance(item, AfterValidator)]
    return tuple(cast(Callable[[Any], Any], func) for func in found)  # plain validators: no ValidationInfo


_ID_CHECKS = _checks(Patient, "id")
_OBSERVATION_VALUE_CHECKS = _checks(Observation, "value")
_ATTESTATION_VALUE_CHECKS = _checks(Attestation, "value")
_OBSERVATION_UNIT_CHECKS = _checks(Observation, "unit")  # they return the unit as Eligo's symbol
_ATTESTATION_UNIT_CHECKS = _checks(Attestation, "unit")
_COMPONENT_VALUE_CHECKS = _checks(Component, "value")
_COMPONENT_UNIT_CHECKS = _checks(Component, "unit")
_DOSE_CHECKS = _checks(Medication, "dose")
#: The kinds of value the models' value checks take without a look, when their only check is the
#: number check (a text, a truth value, nothing): a record's attested and observed values are
#: mostly of these, and the calls were a tenth of decoding (measured).
_PASSES: frozenset[type] = (
    frozenset({str, bool, type(None)})
    if all(
        checks == (usable_number,)
        for checks in (_OBSERVATION_VALUE_CHECKS, _ATTESTATION_VALUE_CHECKS, _COMPONENT_VALUE_CHECKS)
    )
    else frozenset()
)
_DOSE_UNIT_CHECKS = _checks(Medication, "dose_unit")  # they return the unit as Eligo's symbol
Count = Annotated[int, msgspec.Meta(ge=1)]
Dose = Annotated[float, msgspec.Meta(ge=0)]
Grade = Annotated[int, msgspec.Meta(ge=1, le=5)]


class _Struct(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """Unknown fields are refused, as by the pydantic models; no cycles, so no garbage collection."""


class FastCode(_Struct):
    """:class:`eligo.records.model.Code`."""

    system: System
    code: NonEmpty
    display: str | None = None


FastCodes = FastCode | list[FastCode]
"""One code or a non-empty list of codes (:data:`eligo.records.model.Codes`)."""


def _some_codes(*values: Any) -> None:
    """Refuse an empty list of codes, as :data:`eligo.records.model.Codes` does."""
    for value in values:
        if value == []:
            raise ValueError("a list of codes must hold at least one code")


class FastCondition(_Struct):
    """:class:`eligo.records.model.Condition`."""

    code: FastCodes
    id: RecordId | None = None
    onset: str | None = None
    abatement: str | None = None
    status: ClinicalStatus | None = None
    confirmed_by: Confirmation | None = None
    extent: Extent | None = None
    treatment: list[Treatment] | None = None
    histology: FastCode | None = None
    body_site: FastCodes | None = None
    verification: Verification | None = None
    cancer: CancerRole | None = None
    recorded: str | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.body_site)
        if self.recorded is not None:
            self.recorded = _date(self.recorded)
        if self.onset is not None:
            self.onset = _date(self.onset)
        if self.abatement is not None:
            self.abatement = _date(self.abatement)
        _period(self.onset, self.abatement)


class FastMedication(_Struct):
    """:class:`eligo.records.model.Medication`."""

    code: FastCodes
    id: RecordId | None = None
    start: str | None = None
    end: str | None = None
    route: Route | None = None
    status: MedicationStatus | None = None
    treatment_intent: TreatmentIntent | None = None
    line: Count | None = None
    regimen: str | None = None
    dose: Dose | None = None
    dose_unit: str | None = None
    termination_reason: TerminationReason | None = None
    investigational: bool | None = None
    reason: list[RecordId] | None = None
    reason_code: FastCodes | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.reason_code)
        if self.start is not None:
            self.start = _date(self.start)
        if self.end is not None:
            self.end = _date(self.end)
        _period(self.start, self.end)
        if self.dose is not None:
            for check in _DOSE_CHECKS:
                check(self.dose)
        if self.dose_unit is not None:
            for check in _DOSE_UNIT_CHECKS:
                self.dose_unit = check(self.dose_unit)


class FastProcedure(_Struct):
    """:class:`eligo.records.model.Procedure`."""

    code: FastCodes
    id: RecordId | None = None
    date: str | None = None
    donor: Donor | None = None
    start: str | None = None
    end: str | None = None
    body_site: FastCodes | None = None
    treatment_intent: TreatmentIntent | None = None
    dose: Dose | None = None
    fractions: Count | None = None
    reason: list[RecordId] | None = None
    reason_code: FastCodes | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.body_site, self.reason_code)
        if self.date is not None:
            self.date = _date(self.date)
        if self.start is not None:
            self.start = _date(self.start)
        if self.end is not None:
            self.end = _date(self.end)
        _period(self.start, self.end)
        if self.dose is not None:
            for check in _DOSE_CHECKS:
                check(self.dose)


class FastAdverseEvent(_Struct):
    """:class:`eligo.records.model.AdverseEvent`."""

    code: FastCodes
    id: RecordId | None = None
    grade: Grade | None = None
    onset: str | None = None
    resolved: str | None = None
    attributed_to: FastCodes | None = None
    serious: bool | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.attributed_to)
        if self.onset is not None:
            self.onset = _date(self.onset)
        if self.resolved is not None:
            self.resolved = _date(self.resolved)
        _period(self.onset, self.resolved)


class FastAllergy(_Struct):
    """:class:`eligo.records.model.Allergy`."""

    code: FastCodes
    id: RecordId | None = None
    criticality: Criticality | None = None
    severity: ReactionSeverity | None = None
    onset: str | None = None
    status: AllergyStatus | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code)
        if self.onset is not None:
            self.onset = _date(self.onset)


class FastLesion(_Struct):
    """:class:`eligo.records.model.Lesion`."""

    code: FastCodes
    id: RecordId | None = None
    date: str | None = None
    body_site: FastCodes | None = None
    method: FastCodes | None = None
    longest_diameter: Dose | None = None
    short_axis: Dose | None = None
    lymph_node: bool | None = None
    bone: BoneLesion | None = None
    irradiated: bool | None = None
    assessor: Assessor | None = None
    focus: list[RecordId] | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.body_site, self.method)
        if self.date is not None:
            self.date = _date(self.date)
        for size in (self.longest_diameter, self.short_axis):
            if size is not None:
                for check in _DOSE_CHECKS:
                    check(size)


class FastSpecimen(_Struct):
    """:class:`eligo.records.model.Specimen`."""

    code: FastCodes
    id: RecordId | None = None
    collected: str | None = None
    method: FastCodes | None = None
    body_site: FastCodes | None = None
    status: SpecimenStatus | None = None
    focus: list[RecordId] | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.method, self.body_site)
        if self.collected is not None:
            self.collected = _date(self.collected)


class FastFamilyHistory(_Struct):
    """:class:`eligo.records.model.FamilyHistory`."""

    code: FastCodes
    id: RecordId | None = None
    relationship: FastCodes | None = None
    date: str | None = None
    onset_age: Dose | None = None
    contributed_to_death: bool | None = None
    deceased_age: Dose | None = None
    status: FamilyHistoryStatus | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.relationship)
        if self.date is not None:
            self.date = _date(self.date)
        for age in (self.onset_age, self.deceased_age):
            if age is not None:
                for check in _DOSE_CHECKS:
                    check(age)


class FastDevice(_Struct):
    """:class:`eligo.records.model.Device`."""

    code: FastCodes
    id: RecordId | None = None
    start: str | None = None
    end: str | None = None
    status: DeviceStatus | None = None
    body_site: FastCodes | None = None
    investigational: bool | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.body_site)
        if self.start is not None:
            self.start = _date(self.start)
        if self.end is not None:
            self.end = _date(self.end)
        _period(self.start, self.end)


class FastStudy(_Struct):
    """:class:`eligo.records.model.Study`."""

    code: FastCodes
    id: RecordId | None = None
    study: str | None = None
    arm: str | None = None
    start: str | None = None
    end: str | None = None
    status: StudyStatus | None = None
    investigational: bool | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code)
        if self.start is not None:
            self.start = _date(self.start)
        if self.end is not None:
            self.end = _date(self.end)
        _period(self.start, self.end)


class FastComponent(_Struct):
    """:class:`eligo.records.model.Component`; a coded value becomes an :class:`eligo.records.model.Code`."""

    code: FastCodes
    value: bool | int | float | str | FastCode | None = None
    unit: str | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code)
        if self.value.__class__ not in _PASSES:
            for check in _COMPONENT_VALUE_CHECKS:
                check(self.value)
        if self.unit is not None:
            for check in _COMPONENT_UNIT_CHECKS:
                self.unit = check(self.unit)
        if isinstance(self.value, FastCode):
            self.value = record_code(self.value)


class FastObservation(_Struct):
    """:class:`eligo.records.model.Observation`; a coded value becomes an :class:`eligo.records.model.Code`."""

    code: FastCodes
    id: RecordId | None = None
    date: str | None = None
    value: bool | int | float | str | FastCode | None = None
    unit: str | None = None
    reference_high: float | None = None
    reference_low: float | None = None
    interpretation: Interpretation | None = None
    method: FastCodes | None = None
    status: ObservationStatus | None = None
    components: list[FastComponent] | None = None
    focus: list[RecordId] | None = None

    def __post_init__(self) -> None:
        _some_codes(self.code, self.method)
        if self.date is not None:
            self.date = _date(self.date)
        value = self.value
        if value.__class__ not in _PASSES:
            for check in _OBSERVATION_VALUE_CHECKS:
                check(value)
        if self.unit is not None:
            for check in _OBSERVATION_UNIT_CHECKS:
                self.unit = check(self.unit)
        if isinstance(value, FastCode):  # rare; the evaluator's helpers know only records.Code
            self.value = record_code(value)


class FastAttestation(_Struct):
    """:class:`eligo.records.model.Attestation` (checked by its patient: one call for all of them)."""

    value: bool | int | float | str
    unit: str | None = None
    date: str | None = None
    recorded_by: str | None = None


class FastPatient(_Struct):
    """:class:`eligo.records.model.Patient`."""

    id: NonEmpty
    birth_date: str | None = None
    sex: Sex | None = None
    dates: dict[str, str] = msgspec.field(default_factory=dict)
    parameters: dict[str, str] = msgspec.field(default_factory=dict)
    conditions: list[FastCondition] | None = None
    medications: list[FastMedication] | None = None
    procedures: list[FastProcedure] | None = None
    observations: list[FastObservation] | None = None
    adverse_events: list[FastAdverseEvent] | None = None
    allergies: list[FastAllergy] | None = None
    studies: list[FastStudy] | None = None
    lesions: list[FastLesion] | None = None
    specimens: list[FastSpecimen] | None = None
    family_histories: list[FastFamilyHistory] | None = None
    devices: list[FastDevice] | None = None
    attestations: dict[str, FastAttestation] = msgspec.field(default_factory=dict)

    def __post_init__(self) -> None:
        for check in _ID_CHECKS:
            check(self.id)
        if self.birth_date is not None:
            self.birth_date = _date(self.birth_date)
        if self.dates:
            self.dates = {name: _date(text) for name, text in self.dates.items()}
        for attestation in self.attestations.values():
            if attestation.value.__class__ not in _PASSES:
                for check in _ATTESTATION_VALUE_CHECKS:
                    check(attestation.value)
            if attestation.unit is not None:
                for check in _ATTESTATION_UNIT_CHECKS:
                    attestation.unit = check(attestation.unit)
            if attestation.date is not None:
                attestation.date = _date(attestation.date)


def record_code(value: Any) -> Any:
    """A decoded code (a :class:`FastCode`) as the :class:`~eligo.records.model.Code` the evaluator's
    helpers compare; a ``Code`` or ``None`` as it is. Codes recur across patients, so up to
    :data:`CODE_CACHE_SIZE` of them are kept (a ``Code`` is immutable)."""
    if value is None or isinstance(value, Code | AnyCode):
        return value
    if isinstance(value, list):  # several codes of one record: any of them
        return AnyCode(record_code(item) for item in value)
    key = (value.system, value.code, value.display)
    found = _CODES.get(key)
    if found is None:
        found = Code(system=value.system, code=value.code, display=value.display)
        if len(_CODES) < CODE_CACHE_SIZE:
            _CODES[key] = found
    return found


_decoder = msgspec.json.Decoder(FastPatient)


def decode(text: bytes) -> FastPatient | None:
    """One JSON record as a :class:`FastPatient`, or ``None`` when the pydantic reader must judge it
    (it does not decode, or it holds what no patient can have)."""
    try:
        patient = _decoder.decode(text)
    except Exception:  # any doubt at all: the pydantic reader decides, and words the problem
        return None
    return None if decoded_has_problems(patient) else patient
