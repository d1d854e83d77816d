"""FHIR medication resources (MedicationRequest, MedicationStatement, MedicationAdministration,
MedicationDispense), AllergyIntolerance, AdverseEvent and ResearchSubject as Eligo records.

Which medication resources count as exposure, and with which status, is the table
:data:`STATUSES`: each status of each kind becomes a MedicationStatement status, and those Eligo
never counts as received (``intended``, ``not_taken``, ``entered_in_error``) keep the record in
the evidence but out of every query. A MedicationRequest whose intent is a proposal, plan or
option is only ``intended``.
"""

from __future__ import annotations

from typing import Any

import msgspec

from eligo.sources.fhir import structs as fhir
from eligo.sources.fhir.context import Context, Mapped, Skipped, present, status_code, word
from eligo.sources.fhir.mapping import reasons, treatment_intent
from eligo.sources.fhir.systems import code_value

_SAME = {s: s for s in ("active", "completed", "stopped", "unknown")}
#: Each medication resource's status → the record's status (FHIR MedicationStatement.status, in
#: Eligo's spelling). Sources: the status value sets of the four resources in FHIR R4.
STATUSES: dict[str, dict[str, str]] = {
    "MedicationRequest": {
        **_SAME,
        "on-hold": "on_hold",
        "cancelled": "not_taken",  # withdrawn before any administration (FHIR's definition)
        "entered-in-error": "entered_in_error",
        "draft": "intended",
    },
    "MedicationStatement": {
        **_SAME,
        "on-hold": "on_hold",
        "intended": "intended",
        "not-taken": "not_taken",
        "entered-in-error": "entered_in_error",
    },
    "MedicationAdministration": {
        **_SAME,
        "in-progress": "active",
        "on-hold": "on_hold",
        "not-done": "not_taken",
        "entered-in-error": "entered_in_error",
    },
    "MedicationDispense": {
        **_SAME,
        "preparation": "intended",
        "in-progress": "active",
        "on-hold": "on_hold",
        "cancelled": "not_taken",
        "declined": "not_taken",
        "entered-in-error": "entered_in_error",
    },
}
#: MedicationRequest intents that order nothing yet: the drug is only intended.
ONLY_INTENDED = frozenset({"proposal", "plan", "option"})

#: Routes of administration (SNOMED CT, the FHIR R4 RouteCodes example value set) → Eligo's words.
ROUTES = {
    "26643006": "oral",  # Oral route
    "47625008": "intravenous",  # Intravenous route
    "34206005": "subcutaneous",  # Subcutaneous route
    "78421000": "intramuscular",  # Intramuscular route
    "6064005": "topical",  # Topical route
    "447694001": "inhaled",  # Respiratory tract route
    "72607000": "intrathecal",  # Intrathecal route
}
SNOMED = "http://snomed.info/sct"


def _medication_codes(resource: fhir.MedicationUse, context: Context) -> list[dict[str, str]]:
    """medication[x]: a concept, or a reference to a contained or bundled/exported Medication."""
    if resource.medication_codeable_concept is not None:
        return context.codes(resource.medication_codeable_concept, "medicationCodeableConcept")
    reference = resource.medication_reference.reference if resource.medication_reference else None
    if reference is None:
        return []
    if reference.startswith("#"):
        for contained in resource.contained:
            if contained.id == reference[1:]:
                return context.codes(contained.code, "contained.code")
        context.drop("medicationReference", f"no contained resource {reference!r}")
        return []
    target = context.resolve(reference) if context.resolve is not None else None
    if target is None or target[0] != "Medication":
        found = f"a {target[0]}" if target is not None else "nothing in the source"
        context.drop("medicationReference", f"{reference[:80]!r} names {found}, not a Medication")
        return []
    try:
        medication = msgspec.json.decode(target[1], type=fhir.Medication)
    except msgspec.ValidationError as error:
        context.drop("medicationReference", f"the Medication it names is malformed: {error}")
        return []
    return context.codes(medication.code, "medicationReference.code")


def _dosages(resource: fhir.MedicationUse) -> list[fhir.Dosage]:
    if isinstance(resource.dosage, fhir.Dosage):
        return [resource.dosage]
    return [*resource.dosage_instruction, *(resource.dosage or [])]


def map_medication(resource: fhir.MedicationUse, context: Context) -> Mapped | Skipped:
    codes = _medication_codes(resource, context)
    if not codes:
        return Skipped("no medication code")
    kind = context.resource_type
    record: dict[str, Any] = {"code": code_value(codes)}
    record["status"] = word(resource.status, STATUSES[kind], context, "status")
    if kind == "MedicationRequest" and resource.intent in ONLY_INTENDED and record["status"] != "entered_in_error":
        record["status"] = "intended"
    dosages = _dosages(resource)
    bounds = next((d.timing.repeat.bounds_period for d in dosages if d.timing and d.timing.repeat
                   and d.timing.repeat.bounds_period), None)  # fmt: skip
    if bounds is not None:
        record["start"] = context.date(bounds.start, "dosage.timing.repeat.boundsPeriod.start")
        record["end"] = context.date(bounds.end, "dosage.timing.repeat.boundsPeriod.end")
    elif resource.effective_period is not None:
        record["start"] = context.date(resource.effective_period.start, "effectivePeriod.start")
        record["end"] = context.date(resource.effective_period.end, "effectivePeriod.end")
    elif resource.effective_date_time is not None:
        record["start"] = record["end"] = context.date(resource.effective_date_time, "effectiveDateTime")
    elif resource.when_handed_over is not None:
        record["start"] = context.date(resource.when_handed_over, "whenHandedOver")
    elif resource.authored_on is not None:
        record["start"] = context.date(resource.authored_on, "authoredOn")
    for dosage in dosages:
        if dosage.route is not None and "route" not in record:
            code = next((c.code for c in dosage.route.coding if c.system == SNOMED and c.code in ROUTES), None)
            if code is not None:
                record["route"] = ROUTES[code]
            else:
                context.drop("dosage.route", "a route Eligo has no word for")
        doses: list[tuple[str, fhir.Quantity | None]] = [("dosage.dose", dosage.dose)]
        doses += [("dosage.doseAndRate.doseQuantity", rate.dose_quantity) for rate in dosage.dose_and_rate]
        for element, quantity in doses:
            if quantity is not None and "dose" not in record:
                found = context.quantity(quantity, element)
                if found is not None and found.value is not None and found.value >= 0:
                    record["dose"] = found.value
                    record["dose_unit"] = found.unit
    record["treatment_intent"] = treatment_intent(resource.extension, context)
    record.update(reasons(resource.reason_reference, resource.reason_code, context))
    return Mapped("medication", [present(record)])


ALLERGY_STATUS = {"active": "active", "inactive": "inactive", "resolved": "resolved"}
CRITICALITY = {"low": "low", "high": "high", "unable-to-assess": "unable_to_assess"}
SEVERITY = {"mild": 1, "moderate": 2, "severe": 3}


def map_allergy(resource: fhir.AllergyIntolerance, context: Context) -> Mapped | Skipped:
    verification = status_code(resource.verification_status)
    if verification in ("refuted", "entered-in-error"):
        return Skipped(f"verificationStatus {verification}")
    codes = context.codes(resource.code, "code")
    if not codes:
        return Skipped("no code")
    record: dict[str, Any] = {"code": code_value(codes)}
    record["status"] = word(status_code(resource.clinical_status), ALLERGY_STATUS, context, "clinicalStatus")
    record["criticality"] = word(resource.criticality, CRITICALITY, context, "criticality")
    if resource.onset_date_time is not None:
        record["onset"] = context.date(resource.onset_date_time, "onsetDateTime")
    elif resource.onset_period is not None:
        record["onset"] = context.date(resource.onset_period.start, "onsetPeriod.start")
    severities = [r.severity for r in resource.reaction if r.severity is not None]
    known = [s for s in severities if s in SEVERITY]
    if len(known) != len(severities):
        context.drop("reaction.severity", "not one of: mild, moderate, severe")
    if known:
        record["severity"] = max(known, key=SEVERITY.__getitem__)  # the most severe reaction
    return Mapped("allergy", [present(record)])


SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness"


def map_adverse_event(resource: fhir.AdverseEvent, context: Context) -> Mapped | Skipped:
    if resource.actuality == "potential":
        return Skipped("actuality potential: did not happen")
    codes = context.codes(resource.event, "event")
    if not codes:
        return Skipped("no event code")
    record: dict[str, Any] = {"code": code_value(codes), "onset": context.date(resource.date, "date")}
    if resource.seriousness is not None:
        serious = next((c.code for c in resource.seriousness.coding if c.system == SERIOUSNESS), None)
        record["serious"] = {"serious": True, "non-serious": False}.get(serious or "")
        if record["serious"] is None:
            context.drop("seriousness", "not serious or non-serious (adverse-event-seriousness)")
    suspects: list[dict[str, str]] = []
    for index, suspect in enumerate(resource.suspect_entity):
        reference = suspect.instance.reference if suspect.instance else None
        target = context.resolve(reference) if context.resolve is not None and reference else None
        if target is None or not target[0].startswith("Medication"):
            context.drop(f"suspectEntity[{index}].instance", "names no Medication or medication resource in the source")
            continue
        try:
            if target[0] == "Medication":
                suspects += context.codes(msgspec.json.decode(target[1], type=fhir.Medication).code, "suspectEntity")
            else:
                use = msgspec.json.decode(target[1], type=fhir.MedicationUse)
                use.contained = []  # one step only: a reference is never followed twice
                suspects += context.codes(use.medication_codeable_concept, "suspectEntity")
        except msgspec.ValidationError as error:
            context.drop(f"suspectEntity[{index}].instance", f"the resource it names is malformed: {error}")
    if suspects:
        record["attributed_to"] = code_value(suspects)
    return Mapped("adverse_event", [present(record)])


STUDY_STATUS = {
    "candidate": "candidate",
    "potential-candidate": "candidate",
    "screening": "candidate",
    "eligible": "eligible",
    "pending-on-study": "eligible",
    "on-study": "on_study",
    "on-study-intervention": "on_study",
    "on-study-observation": "on_study",
    "follow-up": "follow_up",
    "off-study": "off_study",
    "withdrawn": "withdrawn",
    "ineligible": "ineligible",
}


def map_study(resource: fhir.ResearchSubject, context: Context) -> Mapped | Skipped:
    reference = resource.study.reference if resource.study else None
    if not reference:
        return Skipped("no study")
    study = reference
    target = context.resolve(reference) if context.resolve is not None else None
    if target is not None and target[0] == "ResearchStudy":
        try:
            found = msgspec.json.decode(target[1], type=fhir.ResearchStudy)
            study = next((i.value for i in found.identifier if i.value), found.title or reference)
        except msgspec.ValidationError as error:
            context.drop("study", f"the ResearchStudy it names is malformed: {error}")
    record: dict[str, Any] = {"code": {"system": "LOCAL", "code": study}, "study": study}
    record["status"] = word(resource.status, STUDY_STATUS, context, "status")
    if resource.period is not None:
        record["start"] = context.date(resource.period.start, "period.start")
        record["end"] = context.date(resource.period.end, "period.end")
    record["arm"] = resource.assigned_arm
    return Mapped("study", [present(record)])
