"""Several codes per record (issue 12): a FHIR CodeableConcept carries several codings (SNOMED CT
and ICD-10-CM for one diagnosis). A record is in a value set when any of its codes is; when none
is and some code is of a system the value set lists no codes of, its membership is unknown;
``code is X`` holds when any code is X. The evaluator, the closures (over validated and over
fast-decoded records) and DuckDB agree; the evidence shows every code."""

from __future__ import annotations

import json
from typing import Any

import duckdb
import pytest

import eligo
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.records.model import Patient
from eligo.sources.decode import decode

from .test_sql_compile import expected, patients, screened

TEXT = """\
trial T1 "Several codes"
  reference d "Index day"

valueset onc "Oncology"
  ICD10CM C00-C96 "Malignant"
  except ICD10CM C44 "Skin"

valueset mel "Melanoma"
  ICD10CM C43 "Melanoma"

valueset brain "Brain"
  SNOMED 12738006 "Brain structure"

measure ecog "ECOG": number
  LOINC 89247-1 "ECOG"

include Q1 "In a value set"
  exists condition in onc

include Q2 "Not in"
  exists condition where code not in mel

include Q3 "Is"
  exists condition where code is SNOMED 372244006

include Q4 "No"
  no condition in mel

include Q5 "Count"
  count(condition in onc) >= 2

include S1 "Body site"
  exists condition where body_site in brain

include S2 "Body site is known"
  exists condition where body_site is known

include L1 "Latest"
  latest ecog within 28 days before d <= 1
"""

PROGRAM = eligo.check(eligo.parse_text(TEXT, "codes.elig"), (), {"codes.elig": TEXT})
DAY = {"dates": {"d": "2026-03-02"}}

SNOMED_MELANOMA = {"system": "SNOMED", "code": "372244006"}
ICD_MELANOMA = {"system": "ICD10CM", "code": "C43.9"}
ICD_BREAST = {"system": "ICD10CM", "code": "C50.9"}
ICD_SKIN = {"system": "ICD10CM", "code": "C44.92"}
LOCAL_X = {"system": "LOCAL", "code": "x"}


def outcomes(criterion: str, *records: dict[str, Any]) -> list[str]:
    """One criterion's outcome per patient, the same from the evaluator, the closures (over
    validated and over fast-decoded records) and DuckDB."""
    group = patients(*({**DAY, **r} for r in records))
    rows = expected(PROGRAM, group)
    with duckdb.connect() as con:
        assert screened(con, PROGRAM, group) == rows
    compiled = CompiledCriteria(PROGRAM)
    assert sorted((p.id, *compiled.outcomes(p), compiled.verdict(compiled.outcomes(p))) for p in group) == rows
    fast = [decode(json.dumps(p.model_dump(mode="json", exclude_none=True)).encode()) for p in group]
    assert all(f is not None for f in fast)
    assert sorted((f.id, *compiled.outcomes(f), compiled.verdict(compiled.outcomes(f))) for f in fast if f) == rows
    index = 1 + [c.id for c in PROGRAM.criteria].index(criterion)
    return [row[index] for row in rows]


def conditions(*codes: Any, **fields: Any) -> dict[str, Any]:
    return {"conditions": [{"code": code, **fields} for code in codes]}


GROUP = [
    conditions([SNOMED_MELANOMA, ICD_MELANOMA]),  # both codings of one melanoma
    conditions([SNOMED_MELANOMA, ICD_BREAST]),  # listed ICD code not a melanoma, SNOMED unlisted
    conditions([SNOMED_MELANOMA]),  # a list of one code
    conditions(SNOMED_MELANOMA),  # one code, as before
    conditions([ICD_SKIN, LOCAL_X]),  # removed from onc; LOCAL unlisted
    conditions([ICD_BREAST, ICD_SKIN]),
]


@pytest.mark.parametrize(
    ("criterion", "expected_outcomes"),
    [
        ("Q1", ["met", "met", "unknown", "unknown", "unknown", "met"]),
        ("Q2", ["not_met", "unknown", "unknown", "unknown", "unknown", "met"]),
        ("Q3", ["met", "met", "met", "met", "not_met", "not_met"]),
        ("Q4", ["not_met", "unknown", "unknown", "unknown", "unknown", "met"]),
    ],
)
def test_a_record_is_in_a_value_set_when_any_of_its_codes_is(criterion: str, expected_outcomes: list[str]) -> None:
    assert outcomes(criterion, *GROUP) == expected_outcomes


def test_a_count_counts_a_record_once_whatever_its_codes() -> None:
    two_codings = conditions([ICD_BREAST, ICD_MELANOMA])
    two_records = conditions(ICD_BREAST, ICD_MELANOMA)
    assert outcomes("Q5", two_codings, two_records) == ["not_met", "met"]


def test_body_site_is_one_code_or_several() -> None:
    brain = {"system": "SNOMED", "code": "12738006"}
    lung = {"system": "SNOMED", "code": "39607008"}
    icd_site = {"system": "ICD10CM", "code": "C71.9"}
    group = [
        conditions(ICD_BREAST, body_site=brain),
        conditions(ICD_BREAST, body_site=[lung, brain]),
        conditions(ICD_BREAST, body_site=[lung]),
        conditions(ICD_BREAST, body_site=[icd_site]),  # a system brain lists no codes of
        conditions(ICD_BREAST),  # not recorded
    ]
    assert outcomes("S1", *group) == ["met", "met", "not_met", "unknown", "unknown"]
    assert outcomes("S2", *group) == ["met", "met", "met", "met", "not_met"]


def test_latest_over_observations_with_several_codes() -> None:
    def ecog(code: Any, when: str, value: int) -> dict[str, Any]:
        return {"code": code, "date": when, "value": value}

    loinc = {"system": "LOINC", "code": "89247-1"}
    local = {"system": "LOCAL", "code": "ecog"}
    assert outcomes(
        "L1",
        {"observations": [ecog([local, loinc], "2026-02-20", 1)]},
        {"observations": [ecog([loinc], "2026-02-20", 1), ecog([local, loinc], "2026-02-25", 3)]},
        {"observations": [ecog(loinc, "2026-02-20", 1), ecog([local], "2026-02-25", 3)]},
    ) == ["met", "not_met", "unknown"]


def test_the_evidence_shows_every_code() -> None:
    record = {"id": "p", **DAY, **conditions([SNOMED_MELANOMA, ICD_BREAST])}
    result = Evaluator(PROGRAM).evaluate(Patient.model_validate(record))
    q1 = result.criteria[0]
    assert [e.code for e in q1.evidence] == ["SNOMED 372244006 / ICD10CM C50.9"]
    assert "condition SNOMED 372244006 / ICD10CM C50.9" in q1.reason


def test_a_record_from_before_reads_the_same() -> None:
    """One code object stays one code object (no list), with the same meaning."""
    patient = Patient.model_validate({"id": "p", **conditions(ICD_MELANOMA)})
    assert patient.conditions is not None and patient.conditions[0].code.code == "C43.9"  # type: ignore[union-attr]
    assert patient.model_dump(mode="json", exclude_none=True)["conditions"][0]["code"] == ICD_MELANOMA


@pytest.mark.parametrize(
    ("codes", "problem"),
    [
        ([], "conditions[0].code: a list of codes must hold at least one code"),
        ([ICD_MELANOMA, {"system": "ICD9", "code": "1"}], "conditions[0].code[1].system: 'ICD9' is not one of"),
    ],
)
def test_a_bad_list_of_codes_is_refused_with_its_path(codes: Any, problem: str) -> None:
    from pydantic import ValidationError

    from eligo.records.messages import validation_problem

    text = json.dumps({"id": "p", **conditions(codes)}).encode()
    assert decode(text) is None
    with pytest.raises(ValidationError) as caught:
        Patient.model_validate_json(text)
    found = validation_problem(text, caught.value, "f", 1, 1)
    assert f"{found.path}: {found.message}".startswith(problem)
