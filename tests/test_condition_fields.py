"""Conditions as FHIR Condition and mCODE Primary/SecondaryCancerCondition say them (issue 12):
histology, body site, verification status, primary or secondary cancer, recorded date. The
evaluator, the closures (validated and fast-decoded records) and DuckDB agree; goldens of the
protocol's English."""

from __future__ import annotations

import json
from typing import Any

import duckdb
import pytest

import eligo
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.language.phrases import sentence
from eligo.records.model import Patient
from eligo.sources.decode import decode

from .test_phrases import body, phraser  # noqa: F401  (the fixture)
from .test_sql_compile import expected, patients, screened

TEXT = """\
trial T1 "Conditions"
  reference first_dose "Day 1"

valueset nsclc "Non-small cell lung cancer"
  ICD10CM C34 "Lung"

valueset adenocarcinoma "Adenocarcinoma"
  ICDO3 8140/3 "Adenocarcinoma, NOS"

valueset brain "Brain"
  SNOMED 12738006 "Brain structure"

include H1 "Histology"
  exists condition in nsclc where histology in adenocarcinoma

include V1 "Any verification"
  exists condition in nsclc

include V2 "No"
  no condition in nsclc

include V3 "Confirmed"
  exists condition in nsclc where verification is confirmed

include M1 "Brain metastases"
  exists condition where cancer is secondary and body_site in brain

include R1 "Recorded before"
  exists condition in nsclc where recorded before first_dose
"""

PROGRAM = eligo.check(eligo.parse_text(TEXT, "c.elig"), (), {"c.elig": TEXT})
DAY = {"dates": {"first_dose": "2026-03-02"}}
LUNG = {"system": "ICD10CM", "code": "C34.90"}


def outcomes(criterion: str, *records: dict[str, Any]) -> list[str]:
    group = patients(*({**DAY, **r} for r in records))
    rows = expected(PROGRAM, group)
    with duckdb.connect() as con:
        assert screened(con, PROGRAM, group) == rows
    compiled = CompiledCriteria(PROGRAM)
    assert sorted((p.id, *compiled.outcomes(p), compiled.verdict(compiled.outcomes(p))) for p in group) == rows
    fast = [decode(json.dumps(p.model_dump(mode="json", exclude_none=True)).encode()) for p in group]
    assert sorted((f.id, *compiled.outcomes(f), compiled.verdict(compiled.outcomes(f))) for f in fast if f) == rows
    assert all(f is not None for f in fast)
    index = 1 + [c.id for c in PROGRAM.criteria].index(criterion)
    return [row[index] for row in rows]


def lung(**fields: Any) -> dict[str, Any]:
    return {"conditions": [{"code": LUNG, **fields}]}


def test_histology() -> None:
    adeno = {"system": "ICDO3", "code": "8140/3"}
    squamous = {"system": "ICDO3", "code": "8070/3"}
    snomed = {"system": "SNOMED", "code": "35917007"}
    assert outcomes("H1", lung(histology=adeno), lung(histology=squamous), lung(histology=snomed), lung()) == [
        "met",
        "not_met",
        "unknown",  # SNOMED CT morphology: the value set lists no SNOMED CT codes
        "unknown",  # not recorded
    ]


STATUSES = ["confirmed", "provisional", "differential", "unconfirmed", "refuted", "entered_in_error", None]


@pytest.mark.parametrize(
    ("criterion", "expected_outcomes"),
    [
        ("V1", ["met", "unknown", "unknown", "unknown", "not_met", "not_met", "met"]),
        ("V2", ["not_met", "unknown", "unknown", "unknown", "met", "met", "not_met"]),
        # asked for outright, a status is known: only a confirmed diagnosis, not one of unknown status
        ("V3", ["met", "not_met", "not_met", "not_met", "not_met", "not_met", "unknown"]),
    ],
)
def test_verification_status(criterion: str, expected_outcomes: list[str]) -> None:
    """Refuted and entered in error: as if not recorded. Provisional, differential, unconfirmed:
    a match is unknown, not true."""
    group = [lung(verification=s) if s else lung() for s in STATUSES]
    assert outcomes(criterion, *group) == expected_outcomes


def test_an_unconfirmed_diagnosis_says_why_it_is_unknown() -> None:
    result = Evaluator(PROGRAM).evaluate(Patient.model_validate({"id": "p", **DAY, **lung(verification="provisional")}))
    v1 = next(c for c in result.criteria if c.id == "V1")
    assert v1.outcome == "unknown"
    assert any("verification status provisional" in m for m in v1.missing)
    assert any("its verification status is provisional" in (e.note or "") for e in v1.evidence)


def test_secondary_cancer_at_a_body_site() -> None:
    brain = {"system": "SNOMED", "code": "12738006"}
    metastasis = {"system": "ICD10CM", "code": "C79.31"}

    def condition(**fields: Any) -> dict[str, Any]:
        return {"conditions": [{"code": metastasis, **fields}]}

    assert outcomes(
        "M1",
        condition(cancer="secondary", body_site=brain),
        condition(cancer="primary", body_site=[brain]),
        condition(cancer="secondary"),
        condition(body_site=brain),
    ) == ["met", "not_met", "unknown", "unknown"]


def test_recorded_date() -> None:
    assert outcomes(
        "R1", lung(recorded="2026-01-10"), lung(recorded="2026-03-10"), lung(recorded="2026-03"), lung()
    ) == [
        "met",
        "not_met",
        "unknown",
        "unknown",
    ]


@pytest.mark.parametrize(
    ("source", "expected_sentence"),
    [
        ("exists condition where verification is confirmed", "A diagnosis, verified as confirmed."),
        ("exists condition where cancer is secondary", "A diagnosis, as a secondary cancer."),
        ("exists condition where recorded before first_dose", "A diagnosis, recorded before first dose."),
        (
            "exists condition in cscc where histology is ICDO3 8070/3",
            "A diagnosis of cutaneous squamous cell carcinoma, of histology ICDO3 8070/3.",
        ),
    ],
)
def test_golden_sentences(phraser: Any, source: str, expected_sentence: str) -> None:  # noqa: F811
    assert sentence(phraser.phrase(body(source))) == expected_sentence


def test_the_schema_names_the_fhir_elements() -> None:
    condition = json.dumps(Patient.model_json_schema()["$defs"]["Condition"])
    for element in ("Condition.bodySite", "Condition.verificationStatus", "Condition.recordedDate",
                    "HistologyMorphologyBehavior", "SecondaryCancerCondition"):  # fmt: skip
        assert element in condition
