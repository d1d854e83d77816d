"""FHIR R4 resources as Eligo records: Patient, Condition and Procedure (Observation is in
:mod:`eligo.sources.fhir.observations`; the medication kinds, allergies, adverse events and study
records in :mod:`eligo.sources.fhir.medications`). docs/fhir.md is the table this code follows, element by element.

Each function takes the decoded Struct and a :class:`~eligo.sources.fhir.context.Context` and
returns the records (JSON-like dicts in the record format) or why the resource is skipped; an
element that cannot be used is reported through the context and left out of the record.
"""

from __future__ import annotations

from typing import Any

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context, Mapped, Skipped, present, status_code, word
from eligo.sources.fhir.dates import age_date
from eligo.sources.fhir.staging import stage_extent
from eligo.sources.fhir.systems import code_value

MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/"
HISTOLOGY = MCODE + "mcode-histology-morphology-behavior"
PRIMARY_CANCER = MCODE + "mcode-primary-cancer-condition"
SECONDARY_CANCER = MCODE + "mcode-secondary-cancer-condition"
#: mCODE's treatment intent extension (STU2 ProcedureIntent; STU1 TreatmentIntent)
INTENT_EXTENSIONS = (MCODE + "mcode-procedure-intent", MCODE + "mcode-treatment-intent")
#: SNOMED CT intents as Eligo's words: the whole of mCODE's ProcedureIntentVS (STU2 to STU4, the
#: same eight concepts: http://hl7.org/fhir/us/mcode/ValueSet/mcode-procedure-intent-vs), and
#: SNOMED CT's adjuvant and neo-adjuvant intents (373846009 "Adjuvant - intent", 373847000
#: "Neo-adjuvant - intent"; HL7 CodeX oncology guides send them in an intent extension too), read
#: wherever the extension holds them.
INTENTS = {
    "373808002": "curative",  # Curative - procedure intent
    "363676003": "palliative",  # Palliative - procedure intent
    "399707004": "supportive",  # Supportive - procedure intent
    "261004008": "diagnostic",  # Diagnostic intent
    "129428001": "preventive",  # Preventive - intent
    "429892002": "guidance",  # Guidance intent
    "360156006": "screening",  # Screening - procedure intent
    "447295008": "forensic",  # Forensic intent
    "373846009": "adjuvant",  # Adjuvant - intent
    "373847000": "neoadjuvant",  # Neo-adjuvant - intent
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
    """mCODE's treatment intent extension, as Eligo's word (:data:`INTENTS`); another intent is
    dropped (reported)."""
    for extension in extensions:
        if extension.url in INTENT_EXTENSIONS and extension.value_codeable_concept is not None:
            for coding in extension.value_codeable_concept.coding:
                if coding.system == "http://snomed.info/sct" and coding.code in INTENTS:
                    return INTENTS[coding.code]
            context.drop("extension(treatment intent)", "an intent Eligo has no word for (see docs/fhir.md)")
    return None


def reasons(references: list[fhir.Reference], concepts: list[fhir.CodeableConcept], context: Context) -> dict[str, Any]:
    """A medication's or procedure's ``reason`` (reasonReference: the ids of the patient's
    conditions it names) and ``reason_code`` (reasonCode: every coding of every concept); each
    left out when nothing usable was recorded (not recorded, never "for no condition")."""
    fields: dict[str, Any] = {}
    found = context.condition_ids(references, "reasonReference")
    if found is not None:
        fields["reason"] = found
    codes = [code for index, value in enumerate(concepts) for code in context.codes(value, f"reasonCode[{index}]")]
    if codes:
        fields["reason_code"] = code_value(codes)
    return fields


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
    extent = stage_extent(resource.stage, codes, context)
    if extent is not None:
        record["extent"] = extent
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
    record.update(reasons(resource.reason_reference, resource.reason_code, context))
    return Mapped("procedure", [present(record)])
