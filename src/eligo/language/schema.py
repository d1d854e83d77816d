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
