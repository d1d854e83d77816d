"""The patient-record schema as the language sees it: record kinds, their fields and types.

This is the one place that says which names a criterion may use for a patient and for each
kind of record; the checker resolves names against it and the record model follows it.
"""

from __future__ import annotations

from eligo.language.types import CODE, DATE, EnumT, SetT, Type

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
    },
    "procedure": {
        "code": CODE,
        "date": DATE,
        "donor": ENUMS["donor"],
    },
    "observation": {
        "code": CODE,
        "date": DATE,
    },
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
}

#: Every field name of every record kind: no declaration may take one of these names.
ALL_FIELD_NAMES: frozenset[str] = (
    frozenset(PATIENT_FIELDS) | {f for fields in RECORD_FIELDS.values() for f in fields} | {"value"}
)
