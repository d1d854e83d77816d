"""Codes from a system a value set does not cover (issue 10): a record coded only in systems of
which a value set lists no codes is neither in it nor out of it. Its membership is unknown, and
the evidence says why, in the evaluator, the outcomes-only closures and SQL alike."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

import eligo
from eligo.cli import main
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.language.codes import CodeMatcher, unlisted_reason
from eligo.language.load import load_program
from eligo.records.model import Patient

from .conftest import ROOT
from .test_sql_compile import expected, patients, screened

CRITERIA = ROOT / "criteria" / "nct05238363.elig"
CSCC = load_program(CRITERIA)
#: SNOMED CT 372244006 |Malignant melanoma (disorder)|: the kind of code a FHIR source gives
#: (Synthea and most EHR problem lists code diagnoses in SNOMED CT only)
MELANOMA = {"system": "SNOMED", "code": "372244006", "display": "Malignant melanoma (disorder)"}
WHY = "coded in SNOMED CT; the value set lists no SNOMED CT codes"


def eligible_man(*other_conditions: dict[str, Any]) -> dict[str, Any]:
    """examples/nct05238363/p01 (eligible on every criterion), with more conditions."""
    record = json.loads((ROOT / "examples" / "nct05238363" / "p01-eligible-man.json").read_text())
    record["conditions"] = [*record["conditions"], *other_conditions]
    del record["id"]
    return record


#: NCT05238363's value sets now list SNOMED CT codes beside ICD-10-CM (issue 13), so the E3 tests
#: below take a melanoma coded in a system they still list no codes of: WHO ICD-10, as a European
#: cancer registry would code it
WHO_MELANOMA = {"system": "ICD10", "code": "C43.9", "display": "Malignant melanoma of skin, unspecified"}
WHY_WHO = "coded in ICD-10 (WHO); the value set lists no ICD-10 (WHO) codes"
ACTIVE_MELANOMA = {"code": WHO_MELANOMA, "onset": "2025-11-03", "status": "active"}


# ----------------------------------------------------------------------------- the matcher


def test_a_code_of_an_unlisted_system_is_of_unknown_membership() -> None:
    matcher = CodeMatcher(
        [("ICD10CM", "C43", None, False), ("ICD10CM", "C43.1", None, True), ("SNOMED", "1", None, True)]
    )
    assert matcher.matches("ICD10CM", "C43.9") is True
    assert matcher.matches("ICD10CM", "C50.9") is False  # a listed system: known not to be in it
    assert matcher.matches("ICD10CM", "C43.1") is False  # removed
    assert matcher.matches("SNOMED", "372244006") is None
    assert matcher.matches("SNOMED", "1") is False  # a removed entry decides, whatever the system
    # several codes (a FHIR CodeableConcept): any listed one decides
    assert matcher.member_of([("SNOMED", "372244006"), ("ICD10CM", "C43.9")]) is True
    assert matcher.member_of([("SNOMED", "372244006"), ("ICD10CM", "C50.9")]) is None
    assert matcher.member_of([("ICD10CM", "C50.9")]) is False
    assert matcher.unlisted([("SNOMED", "372244006"), ("ICD10CM", "C50.9"), ("SNOMED", "2")]) == ("SNOMED",)
    assert unlisted_reason(["SNOMED"]) == WHY


# ----------------------------------------------------------------------------- NCT05238363, E3


def test_a_who_icd10_melanoma_leaves_the_other_skin_cancer_exclusion_unknown() -> None:
    evaluator = Evaluator(CSCC)
    result = evaluator.evaluate(Patient.model_validate({"id": "P1", **eligible_man(ACTIVE_MELANOMA)}))
    e3 = next(c for c in result.criteria if c.id == "E3")
    assert e3.outcome == "unknown"
    assert result.verdict == "undetermined"
    assert WHY_WHO in e3.reason
    assert any(WHY_WHO in m and "ICD10 C43.9" in m for m in e3.missing)
    assert any(WHY_WHO in (e.note or "") for e in e3.evidence)
    assert any("ICD10 C43.9" in m for m in result.missing)
    # the same patient with the melanoma coded in ICD-10-CM is excluded
    icd = {**ACTIVE_MELANOMA, "code": {"system": "ICD10CM", "code": "C43.9"}}
    assert evaluator.evaluate(Patient.model_validate({"id": "P2", **eligible_man(icd)})).verdict == "ineligible"
    # ... and so is the melanoma coded in SNOMED CT, which other_skin_cancer now lists (issue 13)
    snomed = {**ACTIVE_MELANOMA, "code": MELANOMA}
    assert evaluator.evaluate(Patient.model_validate({"id": "P3", **eligible_man(snomed)})).verdict == "ineligible"


def test_every_back_end_leaves_it_undetermined() -> None:
    icd = {**ACTIVE_MELANOMA, "code": {"system": "ICD10CM", "code": "C43.9"}}
    group = patients(eligible_man(ACTIVE_MELANOMA), eligible_man(), eligible_man(icd))
    rows = expected(CSCC, group)
    with duckdb.connect() as con:
        assert screened(con, CSCC, group) == rows
    compiled = CompiledCriteria(CSCC)
    assert sorted((p.id, *compiled.outcomes(p), compiled.verdict(compiled.outcomes(p))) for p in group) == rows
    assert [row[-1] for row in rows] == ["undetermined", "eligible", "ineligible"]
    e3 = 1 + [c.id for c in CSCC.criteria].index("E3")
    assert [row[e3] for row in rows] == ["unknown", "not_met", "met"]


def test_the_cli_says_undetermined_and_why(tmp_path: Path) -> None:
    patient = tmp_path / "who-melanoma.json"
    patient.write_text(json.dumps({**eligible_man(ACTIVE_MELANOMA), "id": "WHO-MELANOMA"}))
    runner = CliRunner()
    table = runner.invoke(main, ["eval", str(CRITERIA), str(patient), "--format", "table"])
    assert table.exit_code == 0, table.stderr
    assert "undetermined" in table.stdout and "eligible " not in table.stdout.replace("undetermined", "")
    explained = runner.invoke(main, ["explain", str(CRITERIA), str(patient)])
    assert explained.exit_code == 0, explained.stderr
    assert "Verdict UNDETERMINED" in explained.stdout
    e3 = explained.stdout[explained.stdout.index("E3 ") : explained.stdout.index("E4 ")]
    assert "unknown" in e3 and WHY_WHO in e3 and "ICD10 C43.9" in e3


# ----------------------------------------------------------------------------- construct by construct

TEXT = """\
trial T1 "Codes of unlisted systems"
  reference d "Index day"

valueset onc "Oncology"
  ICD10CM C00-C96 "Malignant"
  except ICD10CM C44 "Skin"

valueset mel "Melanoma"
  ICD10CM C43 "Melanoma"

valueset coded "Coded results"
  LOCAL negative "negative"

measure ecog "ECOG": number
  LOINC 89247-1 "ECOG"

include Q1 "A query over a value set"
  exists condition in onc where status is active

include Q2 "Not in"
  exists condition where code not in mel

include Q3 "Except"
  exists condition in onc except code in mel

include Q4 "In, negated by not"
  exists condition where not (code in mel) and status is active

include Q5 "Count"
  count(condition in onc) >= 1

include Q6 "No"
  no condition in onc

include L1 "Latest"
  latest ecog within 28 days before d <= 1

include V1 "An observation's coded value"
  exists observation where value in coded
"""


CODES = eligo.check(eligo.parse_text(TEXT, "codes.elig"), (), {"codes.elig": TEXT})
DAY = {"dates": {"d": "2026-03-02"}}


def outcomes(criterion: str, *records: dict[str, Any]) -> list[str]:
    """One criterion's outcome per patient, the same from the evaluator, the closures and DuckDB."""
    group = patients(*({**DAY, **r} for r in records))
    rows = expected(CODES, group)
    with duckdb.connect() as con:
        assert screened(con, CODES, group) == rows
    compiled = CompiledCriteria(CODES)
    assert sorted((p.id, *compiled.outcomes(p), compiled.verdict(compiled.outcomes(p))) for p in group) == rows
    index = 1 + [c.id for c in CODES.criteria].index(criterion)
    return [row[index] for row in rows]


def condition(system: str, code: str, status: str | None = "active") -> dict[str, Any]:
    return {"code": {"system": system, "code": code}, "status": status}


SNOMED = condition("SNOMED", "372244006")
ICD_MELANOMA = condition("ICD10CM", "C43.9")
ICD_OTHER = condition("ICD10CM", "C50.9")
ICD_NOT_CANCER = condition("ICD10CM", "J45.909")


@pytest.mark.parametrize(
    ("criterion", "expected_outcomes"),
    [
        # records:            SNOMED     ICD C43.9  ICD C50.9  ICD J45     SNOMED+ICD C43.9  SNOMED resolved
        ("Q1", ["unknown", "met", "met", "not_met", "met", "not_met"]),
        ("Q2", ["unknown", "not_met", "met", "met", "unknown", "unknown"]),
        ("Q3", ["unknown", "not_met", "met", "not_met", "unknown", "unknown"]),
        ("Q4", ["unknown", "not_met", "met", "met", "unknown", "not_met"]),
        ("Q6", ["unknown", "not_met", "not_met", "met", "not_met", "unknown"]),
    ],
)
def test_unknown_membership_in_queries_negations_and_excepts(criterion: str, expected_outcomes: list[str]) -> None:
    group = [
        {"conditions": [SNOMED]},
        {"conditions": [ICD_MELANOMA]},
        {"conditions": [ICD_OTHER]},
        {"conditions": [ICD_NOT_CANCER]},
        {"conditions": [SNOMED, ICD_MELANOMA]},
        {"conditions": [condition("SNOMED", "372244006", "resolved")]},
    ]
    assert outcomes(criterion, *group) == expected_outcomes


def test_a_count_over_records_of_unknown_membership_is_a_range() -> None:
    assert outcomes("Q5", {"conditions": [SNOMED]}, {"conditions": [SNOMED, ICD_OTHER]}, {"conditions": []}) == [
        "unknown",
        "met",
        "not_met",
    ]


def ecog(system: str, code: str, when: str, value: Any) -> dict[str, Any]:
    return {"code": {"system": system, "code": code}, "date": when, "value": value}


def test_latest_with_an_observation_of_unknown_membership() -> None:
    """A LOCAL-coded observation may be an ECOG score: where it may be the latest and says
    something else, the latest is unknown; where it is earlier, or says the same, it does not matter."""
    assert outcomes(
        "L1",
        {"observations": [ecog("LOINC", "89247-1", "2026-02-20", 1)]},
        {"observations": [ecog("LOINC", "89247-1", "2026-02-20", 1), ecog("LOCAL", "ecog", "2026-02-25", 3)]},
        {"observations": [ecog("LOINC", "89247-1", "2026-02-20", 1), ecog("LOCAL", "ecog", "2026-02-10", 3)]},
        {"observations": [ecog("LOINC", "89247-1", "2026-02-20", 1), ecog("LOCAL", "ecog", "2026-02-25", 1)]},
        {"observations": [ecog("LOCAL", "ecog", "2026-02-25", 1)]},
        {"observations": [ecog("LOINC", "89247-1", "2026-02-20", 1), ecog("LOINC", "1234-5", "2026-02-25", 3)]},
    ) == ["met", "unknown", "met", "met", "unknown", "met"]  # LOINC is listed: 1234-5 is known not to be ECOG


def test_a_coded_value_of_an_unlisted_system_is_of_unknown_membership() -> None:
    def coded(system: str, code: str) -> dict[str, Any]:
        return {
            "observations": [{"code": {"system": "LOINC", "code": "2106-3"}, "value": {"system": system, "code": code}}]
        }

    assert outcomes("V1", coded("LOCAL", "negative"), coded("LOCAL", "positive"), coded("SNOMED", "260385009")) == [
        "met",
        "not_met",
        "unknown",
    ]


def test_the_evidence_of_an_unknown_membership_names_the_record_and_the_reason() -> None:
    result = Evaluator(CODES).evaluate(Patient.model_validate({"id": "p", **DAY, "conditions": [SNOMED]}))
    q1, q2 = result.criteria[0], result.criteria[1]
    assert q1.reason == f"perhaps condition SNOMED 372244006: {WHY}"
    assert q1.missing == (f'whether condition SNOMED 372244006 is one of "Oncology" ({WHY})',)
    assert [(e.code, e.note) for e in q1.evidence] == [("SNOMED 372244006", f"may match: {WHY}")]
    assert q2.missing == (f'whether SNOMED 372244006 is one of "Melanoma" ({WHY})',)
