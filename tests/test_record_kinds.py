"""Specimens, family history and devices (issue 12 generality: SPECIMEN, FAMHX, DEVICE): the record
kinds anchored to FHIR Specimen, FamilyMemberHistory and DeviceUseStatement, in the checker, the
evaluator, the closures and DuckDB, which must agree on random records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligo.errors import CheckError, RecordError
from eligo.evaluate.evidence import Evaluator
from eligo.evaluate.outcomes.closures import CompiledCriteria
from eligo.evaluate.trial import CompiledTrial
from eligo.language.check import check
from eligo.language.parse import parse_text
from eligo.language.program import Program
from eligo.records.model import Patient
from eligo.sources.decode import decode
from eligo.sql.compile import to_sql
from eligo.sql.layout import TABLES, create_tables, load_duckdb

from .conftest import CRITERIA
from .oncology_strategies import DEVICE, FAMILY_HISTORY, SPECIMEN

CRITERIA_TEXT = """\
trial T1 "Specimens, family history, devices"
  reference first_dose "Day 1"

include S1 "Tumour tissue from a core or excisional biopsy, available"
  exists specimen in tumour_tissue_specimen where method in core_or_excisional_biopsy and status is available

include S2 "Tumour tissue collected in the year before Day 1"
  exists specimen in tumour_tissue_specimen where collected within 1 year before first_dose

include S3 "A specimen of a cancer"
  exists condition where (exists specimen where focus is condition)

exclude F1 "Unexplained sudden death under 40 in a first-degree relative"
  exists family_history in unexplained_sudden_death
    where relationship in first_degree_relative
      and (if deceased_age is known then deceased_age < 40 else onset_age < 40)

exclude F2 "Two relatives with long QT, or one whose condition contributed to death"
  count(family_history in long_qt_syndrome) >= 2 or (exists family_history where contributed_to_death)

exclude D1 "An investigational device in the 4 weeks before Day 1"
  exists device where investigational and active within 4 weeks before first_dose

exclude D2 "A device in use on Day 1, not investigational"
  exists device where investigational is false and active on first_dose
"""
VALUESETS = "\n".join((CRITERIA / "valuesets" / name).read_text() for name in ("specimens.elig", "family_history.elig"))


def program_of(text: str) -> Program:
    return check(parse_text(text, "t.elig"), (), {"t.elig": text})


PROGRAM = program_of(VALUESETS + "\n" + CRITERIA_TEXT)
IDS = [c.id for c in PROGRAM.criteria]
EVALUATOR = Evaluator(PROGRAM, explain=False)
CLOSURES = CompiledCriteria(PROGRAM)
SQL = to_sql(PROGRAM, "duckdb")
DB = duckdb.connect()
DAY = {"first_dose": "2026-03-02"}
TUMOUR = {"system": "V2SPECIMEN", "code": "TUMOR"}
BIOPSY, EXCISION, ASPIRATION = ({"system": "SNOMED", "code": c} for c in ("129314006", "129304002", "129316008"))
MOTHER, ADOPTIVE = ({"system": "ROLECODE", "code": c} for c in ("NMTH", "ADOPTMTH"))
SUDDEN, LONG_QT = ({"system": "ICD10CM", "code": c} for c in ("R96.1", "I45.81"))


def run(records: Sequence[dict[str, Any]]) -> list[tuple[str, ...]]:
    """The evaluator's outcomes, once the closures (validated and fast-decoded) and DuckDB agree."""
    patients = [Patient.model_validate({"id": f"P{i:03d}", **r}) for i, r in enumerate(records)]
    expected = []
    for patient in patients:
        result = EVALUATOR.evaluate(patient)
        outcomes = tuple(c.outcome for c in result.criteria)
        assert CLOSURES.outcomes(patient) == outcomes, patient.id
        fast = decode(patient.model_dump_json(exclude_none=True).encode())
        if fast is not None:
            assert CLOSURES.outcomes(fast) == outcomes, patient.id
        expected.append((patient.id, *outcomes, result.verdict))
    create_tables(DB)
    for table in TABLES:
        DB.execute(f"DELETE FROM {table}")
    load_duckdb(DB, patients)
    assert sorted(tuple(row) for row in DB.execute(SQL).fetchall()) == sorted(expected)
    return expected


def outcome(criterion: str, record: dict[str, Any]) -> str:
    [row] = run([{"dates": DAY, **record}])
    return row[1 + IDS.index(criterion)]


def specimen(**fields: Any) -> dict[str, Any]:
    return {"code": TUMOUR, **fields}


@pytest.mark.parametrize(
    ("record", "s1", "s2"),
    [
        (specimen(method=BIOPSY, status="available", collected="2025-06-01"), "met", "met"),
        (specimen(method=EXCISION, status="available", collected="2025-03-01"), "met", "not_met"),  # over a year
        (specimen(method=ASPIRATION, status="available"), "not_met", "unknown"),  # an aspirate; no date
        (specimen(method=BIOPSY, status="unsatisfactory"), "not_met", "unknown"),
        (specimen(method=BIOPSY), "unknown", "unknown"),  # no status: perhaps available
        (specimen(status="available", collected="2025"), "unknown", "unknown"),  # no method; 2025 straddles
        (specimen(method=BIOPSY, status="entered_in_error", collected="2026-01-01"), "not_met", "not_met"),
        # a SNOMED CT type, a system the value set does not list: perhaps tumour tissue
        ({"code": {"system": "SNOMED", "code": "119376003"}, "method": BIOPSY, "status": "available"}, "unknown", "unknown"),
        ({"code": {"system": "V2SPECIMEN", "code": "BLD"}, "method": BIOPSY, "status": "available"}, "not_met", "not_met"),
    ],
)  # fmt: skip
def test_specimens(record: dict[str, Any], s1: str, s2: str) -> None:
    assert (outcome("S1", {"specimens": [record]}), outcome("S2", {"specimens": [record]})) == (s1, s2)


def test_absent_lists_are_not_collected_and_empty_ones_are_none() -> None:
    rows = run(
        [{"dates": DAY}, {"dates": DAY, "specimens": [], "family_histories": [], "devices": [], "conditions": []}]
    )
    assert rows[0][1:-1] == ("unknown",) * 7
    assert rows[1][1:-1] == ("not_met",) * 7


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"code": SUDDEN, "relationship": MOTHER, "deceased_age": 35}, "met"),
        ({"code": SUDDEN, "relationship": MOTHER, "onset_age": 39.9}, "met"),  # a sudden death's onset: the death
        ({"code": SUDDEN, "relationship": MOTHER, "onset_age": 39.9, "deceased_age": 45}, "not_met"),
        ({"code": SUDDEN, "relationship": MOTHER, "deceased_age": 40}, "not_met"),
        ({"code": SUDDEN, "relationship": MOTHER}, "unknown"),  # no age
        ({"code": SUDDEN, "deceased_age": 20}, "unknown"),  # which relative is not recorded
        ({"code": SUDDEN, "relationship": ADOPTIVE, "deceased_age": 20}, "not_met"),  # not first-degree
        ({"code": LONG_QT, "relationship": MOTHER, "deceased_age": 20}, "not_met"),
        ({"code": SUDDEN, "relationship": MOTHER, "deceased_age": 20, "status": "entered_in_error"}, "not_met"),
    ],
)
def test_family_history(record: dict[str, Any], expected: str) -> None:
    assert outcome("F1", {"family_histories": [record]}) == expected


def test_family_history_counts_and_yes_no() -> None:
    two = [{"code": LONG_QT, "relationship": MOTHER}, {"code": LONG_QT}]
    assert outcome("F2", {"family_histories": two}) == "met"
    assert outcome("F2", {"family_histories": two[:1]}) == "unknown"  # contributed to death: not recorded
    assert outcome("F2", {"family_histories": [{**two[0], "contributed_to_death": False}]}) == "not_met"


@pytest.mark.parametrize(
    ("record", "d1", "d2"),
    [
        ({"investigational": True, "start": "2026-01-01", "end": "2026-02-10"}, "met", "not_met"),
        ({"investigational": True, "start": "2025-10-01", "end": "2026-01-15"}, "not_met", "not_met"),
        ({"investigational": True, "start": "2025-10-01"}, "unknown", "not_met"),  # no end: ongoing or not recorded
        ({"investigational": False, "start": "2026-01-01"}, "not_met", "unknown"),
        ({"investigational": False, "start": "2026-01-01", "end": "2026-03-05"}, "not_met", "met"),
        ({"start": "2026-02-20", "end": "2026-02-25"}, "unknown", "not_met"),  # investigational not recorded
        ({"investigational": True, "start": "2026-02-20", "status": "intended"}, "not_met", "not_met"),
        ({"investigational": True, "start": "2026-02-20", "status": "entered_in_error"}, "not_met", "not_met"),
    ],
)
def test_devices(record: dict[str, Any], d1: str, d2: str) -> None:
    devices = {"devices": [{"code": {"system": "LOCAL", "code": "pump"}, **record}]}
    assert (outcome("D1", devices), outcome("D2", devices)) == (d1, d2)


def test_the_specimen_focus_links_the_cancer() -> None:
    cancer = {"id": "c1", "code": {"system": "ICD10CM", "code": "C34.90"}}
    assert outcome("S3", {"conditions": [cancer], "specimens": [specimen(focus=["c1"])]}) == "met"
    assert outcome("S3", {"conditions": [cancer], "specimens": [specimen(focus=["c2"])]}) == "not_met"


def test_bad_records_are_refused_with_their_path() -> None:
    trial = CompiledTrial(PROGRAM)
    with pytest.raises(RecordError, match=r"specimens\[0\]\.status"):
        trial.evaluate({"id": "P1", "specimens": [specimen(status="lost")]})
    with pytest.raises(RecordError, match=r"family_histories\[0\]\.deceased_age"):
        trial.evaluate({"id": "P1", "family_histories": [{"code": SUDDEN, "deceased_age": -1}]})
    with pytest.raises(RecordError, match=r"devices\[0\]"):
        trial.evaluate({"id": "P1", "devices": [{"code": TUMOUR, "start": "2026-02-01", "end": "2026-01-01"}]})
    with pytest.raises(RecordError, match=r"family_histories\[0\]\.relationship"):
        trial.evaluate(
            {"id": "P1", "family_histories": [{"code": SUDDEN, "relationship": {"system": "V3", "code": "X"}}]}
        )


@pytest.mark.parametrize(
    ("logic", "message"),
    [
        ("exists specimen where colected within 1 year before d", "did you mean 'collected'?"),
        ("exists family_history where deceased_age < 40 years", "deceased_age"),
        ("exists device where status is in_use", "in_use"),
        ("exists specimen where active on d", "active"),
        ("exists family_history where relationship is ROLECODE nmth", "ROLECODE"),
    ],
)
def test_checker_rules(logic: str, message: str) -> None:
    with pytest.raises(CheckError) as raised:
        program_of(f'trial T1 "t"\n  reference d "Day 1"\n\ninclude I1 "x"\n  {logic} and d is known\n')
    assert message in str(raised.value)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.lists(
        st.fixed_dictionaries(
            {"dates": st.sampled_from([DAY, {"first_dose": "2026-03"}, {}])},
            optional={
                "specimens": st.lists(SPECIMEN, max_size=3),
                "family_histories": st.lists(FAMILY_HISTORY, max_size=3),
                "devices": st.lists(DEVICE, max_size=2),
                "conditions": st.just([{"id": "c0", "code": {"system": "ICD10CM", "code": "C34.90"}}]),
            },
        ),
        min_size=1,
        max_size=8,
    )
)
def test_differential_evaluator_closures_duckdb(records: list[dict[str, Any]]) -> None:
    run(records)  # asserts the three agree on every outcome
