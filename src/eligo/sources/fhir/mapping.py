"""FHIR R4 resources as Eligo records: Patient, Condition, Procedure and Observation (the
medication kinds, allergies, adverse events and study records are in
:mod:`eligo.sources.fhir.medications`). docs/fhir.md is the table this code follows, element by element.

Each function takes the decoded Struct and a :class:`~eligo.sources.fhir.context.Context` and
returns the records (JSON-like dicts in the record format) or why the resource is skipped; an
element that cannot be used is reported through the context and left out of the record.
"""

from __future__ import annotations

from typing import Any

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context, Mapped, Skipped, status_code, word
from eligo.sources.fhir.dates import age_date
from eligo.sources.fhir.systems import code_value

MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
HISTOLOGY = MCODE + "mcode-histology-morphology-behavior"
PRIMARY_CANCER = MCODE + "mcode-primary-cancer-condition"
SECONDARY_CANCER = MCODE + "mcode-secondary-cancer-condition"
#: mCODE's treatment intent extension (STU2 ProcedureIntent; STU1 TreatmentIntent)
INTENT_EXTENSIONS = (MCODE + "mcode-procedure-intent", MCODE + "mcode-treatment-intent")
#: SNOMED CT procedure intents (mCODE TreatmentIntentVS) Eligo has a word for: 373808002
#: "Curative - procedure intent", 363676003 "Palliative - procedure intent". The value set's
#: other intents (supportive, ...) have no word in the record format and are reported dropped.
INTENTS = {"373808002": "curative", "363676003": "palliative"}

#: Coded results that are words of Eligo's "one of" measures (a pregnancy test is "negative"):
#: SNOMED CT qualifier values 10828004 Positive, 260385009 Negative, 82334004 Indeterminate,
#: and the same three of HL7 v3 ObservationInterpretation (POS, NEG, IND), as labs send them.
RESULT_WORDS = {
    ("http://snomed.info/sct", "10828004"): "positive",
    ("http://snomed.info/sct", "260385009"): "negative",
    ("http://snomed.info/sct", "82334004"): "indeterminate",
    ("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "POS"): "positive",
    ("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "NEG"): "negative",
    ("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "IND"): "indeterminate",
}

GENDERS = {"female": "female", "male": "male", "other": "other"}
CLINICAL = {s: s for s in ("active", "recurrence", "relapse", "inactive", "remission", "resolved")}
VERIFICATION = {
    "confirmed": "confirmed",
    "provisional": "provisional",
    "differential": "differential",
    "unconfirmed": "unconfirmed",
    "refuted": "refuted",
    "entered-in-error": "entered_in_error",
}
#: Procedure.status values of a procedure that was not performed: the resource is skipped.
NOT_PERFORMED = frozenset({"preparation", "not-done", "entered-in-error"})
#: Observation.status values of no result: the resource is skipped.
NO_RESULT = frozenset({"registered", "cancelled", "entered-in-error"})


def map_patient(resource: fhir.Patient, context: Context) -> dict[str, Any]:
    """The patient's own fields: id, birth_date (Patient.birthDate), sex (Patient.gender)."""
    record: dict[str, Any] = {"id": resource.id}
    birth = context.date(resource.birth_date, "birthDate")
    if birth is not None:
        if resource.birth_date is not None and "T" in resource.birth_date:
            context.drop("birthDate", "a birth date is a FHIR date, without a time")
        else:
            record["birth_date"] = birth
    if resource.gender is not None and resource.gender != "unknown":
        record["sex"] = word(resource.gender, GENDERS, context, "gender")
    return record


def _onset(context: Context, element: str, date_time: str | None, age: fhir.Quantity | None,
           period: fhir.Period | None, others: dict[str, Any]) -> str | None:  # fmt: skip
    if date_time is not None:
        return context.date(date_time, f"{element}DateTime")
    if period is not None:
        return context.date(period.start, f"{element}Period.start")
    if age is not None:
        if context.birth is None:
            context.drop(f"{element}Age", "an age needs the patient's birth date")
            return None
        try:
            return age_date(context.birth, age)
        except ValueError as error:
            context.drop(f"{element}Age", str(error))
            return None
    for name, value in others.items():
        if value is not None:
            context.drop(f"{element}{name}", f"{element}[x] as {name} has no date Eligo can use")
    return None


def _extension_code(extensions: list[fhir.Extension], urls: tuple[str, ...], context: Context) -> list[dict[str, str]]:
    for extension in extensions:
        if extension.url in urls:
            return context.codes(extension.value_codeable_concept, f"extension({extension.url}).valueCodeableConcept")
    return []


def treatment_intent(extensions: list[fhir.Extension], context: Context) -> str | None:
    """mCODE's treatment intent extension, as Eligo's word (curative or palliative)."""
    for extension in extensions:
        if extension.url in INTENT_EXTENSIONS and extension.value_codeable_concept is not None:
            for coding in extension.value_codeable_concept.coding:
                if coding.system == "http://snomed.info/sct" and coding.code in INTENTS:
                    return INTENTS[coding.code]
            context.drop("extension(treatment intent)", "an intent Eligo has no word for (curative, palliative)")
    return None


def map_condition(resource: fhir.Condition, context: Context) -> Mapped | Skipped:
    codes = context.codes(resource.code, "code")
    if not codes:
        return Skipped("no code")
    record: dict[str, Any] = {"code": code_value(codes)}
    onset = _onset(context, "onset", resource.onset_date_time, resource.onset_age, resource.onset_period,
                   {"Range": resource.onset_range, "String": resource.onset_string})  # fmt: skip
    abatement = _onset(context, "abatement", resource.abatement_date_time, resource.abatement_age,
                       resource.abatement_period, {"Range": resource.abatement_range,
                       "String": resource.abatement_string, "Boolean": resource.abatement_boolean})  # fmt: skip
    status = word(status_code(resource.clinical_status), CLINICAL, context, "clinicalStatus")
    verification = word(status_code(resource.verification_status), VERIFICATION, context, "verificationStatus")
    recorded = context.date(resource.recorded_date, "recordedDate")
    histology = _extension_code(resource.extension, (HISTOLOGY,), context)
    body_site = [code for site in resource.body_site for code in context.codes(site, "bodySite")]
    profiles = resource.meta.profile if resource.meta is not None else []
    cancer = "primary" if PRIMARY_CANCER in profiles else "secondary" if SECONDARY_CANCER in profiles else None
    fields = {
        "onset": onset,
        "abatement": abatement,
        "status": status,
        "verification": verification,
        "recorded": recorded,
        "histology": histology[0] if histology else None,
        "body_site": code_value(body_site) if body_site else None,
        "cancer": cancer,
    }
    record.update((name, value) for name, value in fields.items() if value is not None)
    if resource.stage:
        context.drop("stage", "a stage is not mapped to extent (no reviewed table of stage groups yet)")
    return Mapped("condition", [record])


def map_procedure(resource: fhir.Procedure, context: Context) -> Mapped | Skipped:
    if resource.status in NOT_PERFORMED:
        return Skipped(f"status {resource.status}: not performed")
    codes = context.codes(resource.code, "code")
    if not codes:
        return Skipped("no code")
    record: dict[str, Any] = {"code": code_value(codes)}
    if resource.performed_date_time is not None:
        record["date"] = context.date(resource.performed_date_time, "performedDateTime")
    elif resource.performed_period is not None:
        record["start"] = context.date(resource.performed_period.start, "performedPeriod.start")
        record["end"] = context.date(resource.performed_period.end, "performedPeriod.end")
        if record["start"] is not None and record["start"] == record["end"] and len(record["start"]) == 10:
            record["date"] = record["start"]  # begun and ended on one day: performed that day
    body_site = [code for site in resource.body_site for code in context.codes(site, "bodySite")]
    if body_site:
        record["body_site"] = code_value(body_site)
    record["treatment_intent"] = treatment_intent(resource.extension, context)
    return Mapped("procedure", [{name: value for name, value in record.items() if value is not None}])


def _value(part: fhir.Component, context: Context, element: str) -> tuple[bool, dict[str, Any]]:
    """A value[x] as the record's value and unit: (whether the element held a value, the fields)."""
    prefix = f"{element}." if element else ""
    if part.value_quantity is not None:
        found = context.quantity(part.value_quantity, f"{prefix}valueQuantity")
        if found is None:
            return True, {}
        fields: dict[str, Any] = {"value": found.value}
        if found.unit is not None:
            fields["unit"] = found.unit
        high = _reference_high(part, found.unit, context, prefix)
        if high is not None:
            fields["reference_high"] = high
        return True, fields
    if part.value_codeable_concept is not None:
        for coding in part.value_codeable_concept.coding:
            if (coding.system, coding.code) in RESULT_WORDS:
                return True, {"value": RESULT_WORDS[(coding.system or "", coding.code or "")]}
        codes = context.codes(part.value_codeable_concept, f"{prefix}valueCodeableConcept")
        return True, {"value": codes[0]} if codes else {}
    for plain in (part.value_string, part.value_boolean, part.value_integer):
        if plain is not None:
            return True, {"value": plain}
    for name, value in (("valueRange", part.value_range), ("valueRatio", part.value_ratio),
                        ("valueSampledData", part.value_sampled_data), ("valueTime", part.value_time),
                        ("valueDateTime", part.value_date_time), ("valuePeriod", part.value_period)):  # fmt: skip
        if value is not None:
            context.drop(f"{prefix}{name}", f"value[x] as {name[5:]} is not read (no record value of that form)")
            return True, {}
    return False, {}


def _reference_high(part: fhir.Component, unit: str | None, context: Context, prefix: str) -> float | None:
    for index, bounds in enumerate(part.reference_range):
        if bounds.high is None:
            continue
        element = f"{prefix}referenceRange[{index}].high"
        high = context.quantity(bounds.high, element)
        if high is None:
            return None
        if high.unit != unit:
            context.drop(element, f"in {high.unit or 'no unit'}, the value in {unit or 'no unit'}")
            return None
        return high.value
    return None


def map_observation(resource: fhir.Observation, context: Context) -> Mapped | Skipped:
    """An Observation: one record for its own value, and one per component (the component's
    code, the Observation's date); dataAbsentReason is a record without a value (missing data)."""
    if resource.status in NO_RESULT:
        return Skipped(f"status {resource.status}: no result")
    date: str | None = None
    if resource.effective_date_time is not None:
        date = context.date(resource.effective_date_time, "effectiveDateTime")
    elif resource.effective_instant is not None:
        date = context.date(resource.effective_instant, "effectiveInstant")
    elif resource.effective_period is not None:
        date = context.date(resource.effective_period.start, "effectivePeriod.start")
    records: list[dict[str, Any]] = []
    parts: list[tuple[fhir.Component, str]] = [(resource, "")]
    parts += [(component, f"component[{index}]") for index, component in enumerate(resource.component)]
    for part, element in parts:
        has_value, fields = _value(part, context, element)
        if element == "" and resource.component and not has_value and part.data_absent_reason is None:
            continue  # a panel: its components are its values
        codes = context.codes(part.code, f"{element}.code" if element else "code")
        if not codes:
            continue
        record: dict[str, Any] = {"code": code_value(codes), **fields}
        if date is not None:
            record["date"] = date
        records.append(record)
    if not records:
        return Skipped("no code")
    return Mapped("observation", records)
