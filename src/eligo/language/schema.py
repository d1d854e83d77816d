"""The patient-record schema as the language sees it: record kinds, their fields and types.

This is the one place that says which names a criterion may use for a patient and for each
kind of record; the checker resolves names against it and the record model follows it.
"""

from __future__ import annotations

from eligo.language.types import ANY, BOOL, CODE, DATE, NUMBER, TEXT, EnumT, QuantityT, SetT, Type

ENUMS: dict[str, EnumT] = {
    e.name: e
    for e in (
        EnumT("sex", ("female", "male", "other")),
        # FHIR Condition.clinicalStatus
        EnumT("clinical status", ("active", "recurrence", "relapse", "inactive", "remission", "resolved")),
        EnumT("method of confirmation", ("histopathology", "cytology", "imaging", "clinical", "laboratory", "genetic")),
        EnumT("extent", ("in_situ", "localized", "locally_advanced", "metastatic")),
        EnumT("treatment", ("surgery", "radiotherapy", "systemic_therapy", "local_ablation")),
        # the systemic ones are the route codes of HL7 v3 RouteOfAdministration in plain words
        EnumT("route", ("oral", "intravenous", "subcutaneous", "intramuscular", "topical", "inhaled", "intrathecal", "other")),
        EnumT("donor", ("autologous", "allogeneic", "syngeneic")),
        # FHIR Condition.verificationStatus (condition-ver-status)
        EnumT("verification status", ("confirmed", "provisional", "differential", "unconfirmed", "refuted", "entered_in_error")),
        # mCODE's PrimaryCancerCondition and SecondaryCancerCondition
        EnumT("cancer role", ("primary", "secondary")),
        # FHIR MedicationStatement.status (medication-statement-status, entered-in-error spelt with
        # an underscore); entered_in_error, not_taken and intended never count as received
        EnumT("medication status", ("active", "completed", "stopped", "on_hold", "intended", "not_taken", "entered_in_error", "unknown")),
        # mCODE ProcedureIntentVS (curative, palliative, supportive, diagnostic, preventive,
        # guidance, screening, forensic) and the two settings criteria ask about (adjuvant,
        # neoadjuvant: SNOMED CT 373846009, 373847000)
        EnumT("treatment intent", ("curative", "palliative", "adjuvant", "neoadjuvant", "supportive", "diagnostic", "preventive", "guidance", "screening", "forensic")),
        # mCODE TreatmentTerminationReason, in words
        EnumT("termination reason", ("completed", "progression", "toxicity", "patient_decision", "other")),
        # FHIR AllergyIntolerance.criticality, reaction.severity and clinicalStatus
        EnumT("allergy criticality", ("low", "high", "unable_to_assess")),
        EnumT("reaction severity", ("mild", "moderate", "severe")),
        EnumT("allergy status", ("active", "inactive", "resolved")),
        # FHIR ResearchSubject.status (research-subject-status), simplified: see the README
        EnumT("study status", ("candidate", "eligible", "on_study", "follow_up", "off_study", "withdrawn", "ineligible")),
        # FHIR v3 ObservationInterpretation, simplified (N, A, L, H, LL, HH, POS, NEG, DET, ND)
        EnumT("interpretation", ("normal", "abnormal", "low", "high", "critically_low", "critically_high", "positive", "negative", "detected", "not_detected")),
        # FHIR Observation.status; cancelled and entered_in_error never count
        EnumT("observation status", ("registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered_in_error", "unknown")),
        # RECIST 1.1 (Eisenhauer et al., Eur J Cancer 2009;45:228-247), section 3.1.2: a bone
        # lesion is lytic, mixed lytic-blastic or blastic
        EnumT("bone lesion", ("lytic", "mixed", "blastic")),
        # who read the images: the site's investigator, or a central (independent) review
        EnumT("assessor", ("investigator", "central")),
        # FHIR R4 Specimen.status, FamilyMemberHistory.status, DeviceUseStatement.status
        # (entered-in-error spelt with an underscore): entered_in_error never counts, nor a device
        # use only intended
        EnumT("specimen status", ("available", "unavailable", "unsatisfactory", "entered_in_error")),
        EnumT("family history status", ("partial", "completed", "entered_in_error", "health_unknown")),
        EnumT("device status", ("active", "completed", "entered_in_error", "intended", "stopped", "on_hold")),
    )
}  # fmt: skip

#: Fields of the patient, usable anywhere.
PATIENT_FIELDS: dict[str, Type] = {
    "sex": ENUMS["sex"],
    "birth_date": DATE,
}

#: Fields of each record kind, usable inside a query over that kind. ``value`` of an
#: observation takes its type from the query's measure.
RECORD_FIELDS: dict[str, dict[str, Type]] = {
    "condition": {
        "code": CODE,
        "onset": DATE,
        "abatement": DATE,
        "status": ENUMS["clinical status"],
        "confirmed_by": ENUMS["method of confirmation"],
        "extent": ENUMS["extent"],
        "treatment": SetT(ENUMS["treatment"]),
        "histology": CODE,  # mCODE HistologyMorphologyBehavior
        "body_site": CODE,  # Condition.bodySite: one code or several, as `code`
        "verification": ENUMS["verification status"],  # Condition.verificationStatus
        "cancer": ENUMS["cancer role"],  # mCODE Primary/SecondaryCancerCondition
        "recorded": DATE,  # Condition.recordedDate
    },
    "medication": {
        "code": CODE,
        "start": DATE,
        "end": DATE,
        "route": ENUMS["route"],
        "status": ENUMS["medication status"],  # MedicationStatement.status
        "treatment_intent": ENUMS["treatment intent"],  # mCODE TreatmentIntent extension
        "line": NUMBER,  # line of therapy
        "regimen": TEXT,  # drugs given together (one name for all of them)
        "dose": ANY,  # MedicationStatement.dosage.doseAndRate.doseQuantity, with dose_unit
        "termination_reason": ENUMS["termination reason"],  # mCODE TreatmentTerminationReason
        "investigational": BOOL,  # an investigational agent
        "reason_code": CODE,  # MedicationStatement.reasonCode: one code or several, as `code`
    },
    "procedure": {
        "code": CODE,
        "date": DATE,
        "donor": ENUMS["donor"],
        "start": DATE,  # Procedure.performedPeriod.start
        "end": DATE,  # Procedure.performedPeriod.end
        "body_site": CODE,  # Procedure.bodySite
        "treatment_intent": ENUMS["treatment intent"],  # mCODE TreatmentIntent extension
        "dose": QuantityT("Gy"),  # mCODE RadiotherapyCourseSummary: total dose delivered
        "fractions": NUMBER,  # mCODE RadiotherapyCourseSummary: fractions delivered
        "reason_code": CODE,  # Procedure.reasonCode
    },
    "adverse_event": {
        "code": CODE,  # AdverseEvent.event: the CTCAE term
        "grade": NUMBER,  # CTCAE grade 1-5 (AdverseEvent.severity in CTCAE's words)
        "onset": DATE,  # AdverseEvent.date
        "resolved": DATE,  # AdverseEvent.resolveDate extension: absent = unresolved or not recorded
        "attributed_to": CODE,  # AdverseEvent.suspectEntity: a drug's code, or several
        "serious": BOOL,  # AdverseEvent.seriousness
    },
    "allergy": {
        "code": CODE,  # AllergyIntolerance.code: the substance
        "criticality": ENUMS["allergy criticality"],  # AllergyIntolerance.criticality
        "severity": ENUMS["reaction severity"],  # AllergyIntolerance.reaction.severity
        "onset": DATE,  # AllergyIntolerance.onsetDateTime
        "status": ENUMS["allergy status"],  # AllergyIntolerance.clinicalStatus
    },
    "study": {
        "code": CODE,  # ResearchStudy.identifier as a code (NCT number: LOCAL NCT01234567)
        "study": TEXT,  # the study's name or identifier as written
        "arm": TEXT,  # ResearchSubject.assignedArm
        "start": DATE,  # ResearchSubject.period.start
        "end": DATE,  # ResearchSubject.period.end
        "status": ENUMS["study status"],  # ResearchSubject.status (simplified)
        "investigational": BOOL,  # the study gave an investigational agent or device
    },
    "lesion": {  # mCODE Tumor (BodyStructure) and TumorSize (Observation): one lesion as measured once
        "code": CODE,  # Observation.code: LOINC 21889-1 'Size Tumor' (mCODE TumorSize), or as recorded
        "date": DATE,  # Observation.effective: the day of the imaging
        "body_site": CODE,  # Tumor (BodyStructure).location: one code or several
        "method": CODE,  # Observation.method: the imaging (mCODE TumorSizeMethodVS: CT, MRI, ...)
        "longest_diameter": QuantityT("mm"),  # component LOINC 33728-7 'Size.maximum dimension in Tumor'
        "short_axis": QuantityT("mm"),  # a lymph node's short axis (RECIST 1.1; no mCODE element)
        "lymph_node": BOOL,  # the lesion is a lymph node
        "bone": ENUMS["bone lesion"],  # a bone lesion, and which kind
        "irradiated": BOOL,  # in a field irradiated before
        "assessor": ENUMS["assessor"],  # Observation.performer's role: investigator or central review
    },
    "specimen": {  # FHIR Specimen
        "code": CODE,  # Specimen.type: SNOMED CT specimen, or HL7 v2 0487 (mCODE TumorSpecimen: TUMOR)
        "collected": DATE,  # Specimen.collection.collected[x]
        "method": CODE,  # Specimen.collection.method (FHIR specimen-collection-method: SNOMED CT)
        "body_site": CODE,  # Specimen.collection.bodySite
        "status": ENUMS["specimen status"],  # Specimen.status
    },
    "family_history": {  # FHIR FamilyMemberHistory, one record per condition of the relative
        "code": CODE,  # FamilyMemberHistory.condition.code
        "relationship": CODE,  # FamilyMemberHistory.relationship: HL7 v3 RoleCode
        "date": DATE,  # FamilyMemberHistory.date: when it was recorded
        "onset_age": NUMBER,  # FamilyMemberHistory.condition.onsetAge, in years
        "contributed_to_death": BOOL,  # FamilyMemberHistory.condition.contributedToDeath
        "deceased_age": NUMBER,  # FamilyMemberHistory.deceasedAge, in years
        "status": ENUMS["family history status"],  # FamilyMemberHistory.status
    },
    "device": {  # FHIR DeviceUseStatement (R5 DeviceUsage)
        "code": CODE,  # the Device's type
        "start": DATE,  # DeviceUseStatement.timingPeriod.start (or timingDateTime)
        "end": DATE,  # DeviceUseStatement.timingPeriod.end
        "status": ENUMS["device status"],  # DeviceUseStatement.status
        "body_site": CODE,  # DeviceUseStatement.bodySite
        "investigational": BOOL,  # an investigational device
    },
    "observation": {
        "code": CODE,
        "date": DATE,
        "status": ENUMS["observation status"],  # Observation.status
        "interpretation": ENUMS["interpretation"],  # Observation.interpretation
        "method": CODE,  # Observation.method: one code or several, as `code`
    },
}

#: Links between records: per record kind, each field that lists the ids of other records (FHIR
#: references), and the kind of record it names. ``reason is condition`` reads one inside a query
#: nested in a query over that kind.
LINK_FIELDS: dict[str, dict[str, str]] = {
    "medication": {"reason": "condition"},  # MedicationStatement.reasonReference
    "procedure": {"reason": "condition"},  # Procedure.reasonReference
    "observation": {"focus": "condition"},  # Observation.focus
    "lesion": {"focus": "condition"},  # the cancer the lesion belongs to (Observation.focus)
    "specimen": {"focus": "condition"},  # the condition sampled (Specimen.request's reasonReference)
}

#: A condition's verification status (FHIR condition-ver-status) under which it is as if not
#: recorded (refuted, entered in error), and under which a match on it is unknown, not true (the
#: diagnosis is not established: provisional, differential, unconfirmed).
NOT_RECORDED_VERIFICATIONS = frozenset({"refuted", "entered_in_error"})
UNSURE_VERIFICATIONS = frozenset({"provisional", "differential", "unconfirmed"})

#: The date a record kind is placed in time by (used by windows on ``latest``).
RECORD_DATE: dict[str, str] = {
    "condition": "onset",
    "medication": "start",
    "procedure": "date",
    "observation": "date",
    "adverse_event": "onset",
    "allergy": "onset",
    "study": "start",
    "lesion": "date",
    "specimen": "collected",
    "family_history": "date",
    "device": "start",
}

#: Record fields holding a number in one fixed unit, read as quantities of it: a radiotherapy
#: course's dose in Gy (mCODE RadiotherapyCourseSummary), a lesion's sizes in mm (RECIST 1.1
#: measures in millimetres). A medication's ``dose`` has its own ``dose_unit``.
FIXED_UNITS: dict[str, dict[str, str]] = {
    "procedure": {"dose": "Gy"},
    "lesion": {"longest_diameter": "mm", "short_axis": "mm"},
}

#: The period of each record kind, (start field, end field), read by ``active WINDOW``; a
#: procedure with only ``date`` (performedDateTime) lasted that day.
RECORD_PERIOD: dict[str, tuple[str, str]] = {
    "condition": ("onset", "abatement"),
    "medication": ("start", "end"),
    "procedure": ("start", "end"),
    "adverse_event": ("onset", "resolved"),
    "study": ("start", "end"),
    "device": ("start", "end"),
}

#: Every field name of every record kind: no declaration may take one of these names.
ALL_FIELD_NAMES: frozenset[str] = (
    frozenset(PATIENT_FIELDS)
    | {f for fields in RECORD_FIELDS.values() for f in fields}
    | {f for fields in LINK_FIELDS.values() for f in fields}
    | {"value"}
)
