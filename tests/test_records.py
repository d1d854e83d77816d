"""The patient-record format: its enumerations match the language's, and the schema is valid."""

from __future__ import annotations

import typing

import pytest

from eligo.language.codes import SYSTEM_NAMES
from eligo.language.schema import ENUMS
from eligo.records import model as records
from eligo.records.model import Patient, json_schema

PAIRS = [
    (records.Sex, "sex"),
    (records.ClinicalStatus, "clinical status"),
    (records.Confirmation, "method of confirmation"),
    (records.Extent, "extent"),
    (records.Treatment, "treatment"),
    (records.Route, "route"),
    (records.Donor, "donor"),
    (records.Verification, "verification status"),
    (records.CancerRole, "cancer role"),
    (records.MedicationStatus, "medication status"),
    (records.TreatmentIntent, "treatment intent"),
    (records.TerminationReason, "termination reason"),
    (records.Criticality, "allergy criticality"),
    (records.ReactionSeverity, "reaction severity"),
    (records.AllergyStatus, "allergy status"),
    (records.StudyStatus, "study status"),
    (records.ObservationStatus, "observation status"),
    (records.Interpretation, "interpretation"),
]


@pytest.mark.parametrize(("literal", "name"), PAIRS, ids=[p[1] for p in PAIRS])
def test_record_values_are_the_languages_values(literal: object, name: str) -> None:
    assert typing.get_args(literal) == ENUMS[name].values


def test_code_systems_match() -> None:
    assert typing.get_args(records.System) == tuple(SYSTEM_NAMES)


def test_absent_and_empty_lists_differ() -> None:
    patient = Patient.model_validate({"id": "p", "conditions": []})
    assert patient.conditions == []
    assert patient.medications is None


@pytest.mark.parametrize(
    ("record", "location"),
    [
        ({"id": "p", "birth_date": "2026-02-30"}, ("birth_date",)),
        ({"id": "p", "sex": "f"}, ("sex",)),
        # `code` is one code or a list of them: pydantic tags the union member ('Code'); the
        # messages leave tags out (test_messages: conditions[0].code.system)
        (
            {"id": "p", "conditions": [{"code": {"system": "ICD9", "code": "1"}}]},
            ("conditions", 0, "code", "Code", "system"),
        ),
        (
            {"id": "p", "conditions": [{"code": {"system": "ICD10CM", "code": "C1"}, "onest": "2020"}]},
            ("conditions", 0, "onest"),
        ),
        ({"birth_date": "2020"}, ("id",)),
    ],
)
def test_bad_records_are_refused_with_the_field(record: dict[str, object], location: tuple[object, ...]) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as caught:
        Patient.model_validate(record)
    assert caught.value.errors()[0]["loc"] == location


def test_the_json_schema_describes_the_record() -> None:
    schema = json_schema()
    assert schema["title"] == "Eligo patient record"
    assert set(schema["properties"]) >= {"id", "birth_date", "sex", "dates", "conditions", "attestations"}
    assert "id" in schema["required"]
