"""Tumour assessments (issue 12, RECIST): lesion records (mCODE Tumor and TumorSize) and RECIST
1.1's measurable disease (criteria/valuesets/recist.elig), in the checker, the protocol text, the
evaluator, the closures and DuckDB, which must agree on random lesions."""

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
from .oncology_strategies import LESION

CRITERIA_TEXT = """\
trial T1 "Tumour assessments"
  reference first_dose "Day 1"

include M1 "Measurable disease in the 28 days before Day 1"
  exists lesion where recist_measurable and date within 28 days before first_dose

include M2 "Measurable by central review, outside a field irradiated before"
  exists lesion where recist_measurable and assessor is central and irradiated is false

include M3 "A measurable lesion of a cancer"
  exists condition where (exists lesion where focus is condition and recist_measurable)

include M4 "A lytic bone lesion or two lesions of 20 mm or more"
  (exists lesion where bone is lytic) or count(lesion where longest_diameter >= 2 cm) >= 2

exclude M5 "A lymph node of 15 mm in short axis"
  exists lesion where lymph_node and short_axis >= 15 mm
"""
RECIST = (CRITERIA / "valuesets" / "recist.elig").read_text()


def program_of(text: str) -> Program:
    return check(parse_text(text, "t.elig"), (), {"t.elig": text})


PROGRAM = program_of(RECIST + "\n" + CRITERIA_TEXT)
EVALUATOR = Evaluator(PROGRAM, explain=False)
CLOSURES = CompiledCriteria(PROGRAM)
SQL = to_sql(PROGRAM, "duckdb")
DB = duckdb.connect()
CT, MRI, XRAY, EXAM = ({"system": "SNOMED", "code": c} for c in ("77477000", "113091000", "363680008", "5880005"))
DAY = {"first_dose": "2026-03-02"}


def lesion(**fields: Any) -> dict[str, Any]:
    return {"code": {"system": "LOINC", "code": "21889-1"}, "date": "2026-02-20", **fields}


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


def measurable(*lesions: dict[str, Any]) -> str:
    [row] = run([{"dates": DAY, "lesions": list(lesions)}])
    return row[1]


@pytest.mark.parametrize(
    ("record", "outcome"),
    [
        (lesion(method=CT, longest_diameter=10, lymph_node=False), "met"),  # RECIST 1.1 3.1.1: 10 mm by CT
        (lesion(method=MRI, longest_diameter=9.9, lymph_node=False), "not_met"),
        (lesion(method=XRAY, longest_diameter=19, lymph_node=False), "not_met"),  # 20 mm by chest X-ray
        (lesion(method=XRAY, longest_diameter=20, lymph_node=False), "met"),
        (lesion(method=EXAM, longest_diameter=10, lymph_node=False), "met"),  # 10 mm by calipers
        (lesion(method=CT, short_axis=15, lymph_node=True), "met"),  # a node: 15 mm in short axis by CT
        (lesion(method=MRI, short_axis=20, lymph_node=True), "not_met"),
        (lesion(method=CT, short_axis=14, longest_diameter=30, lymph_node=True), "not_met"),
        (lesion(method=CT, longest_diameter=12, bone="lytic"), "met"),  # 3.1.2: its soft tissue component
        (lesion(method=CT, longest_diameter=40, bone="blastic"), "not_met"),  # never measurable
        (lesion(method=CT, longest_diameter=12), "unknown"),  # a node or not decides
        (lesion(method=CT, longest_diameter=16, short_axis=16), "met"),  # measurable either way
        (lesion(method={"system": "LOCAL", "code": "pet"}, longest_diameter=30, lymph_node=False), "unknown"),
        (lesion(method=CT, lymph_node=False), "unknown"),
        (lesion(method=CT, longest_diameter=30, lymph_node=False, date="2026-01-15"), "not_met"),  # too early
    ],
)
def test_recist_measurable_disease(record: dict[str, Any], outcome: str) -> None:
    assert measurable(record) == outcome


def test_absent_lesions_are_not_collected_and_empty_ones_are_none() -> None:
    rows = run([{"dates": DAY}, {"dates": DAY, "lesions": []}])
    assert [row[1] for row in rows] == ["unknown", "not_met"]


def test_sizes_compare_across_mm_and_cm_and_the_focus_links_the_cancer() -> None:
    big = [lesion(longest_diameter=20), lesion(longest_diameter=25)]
    assert run([{"lesions": big}])[0][4] == "met"
    cancer = {"id": "c1", "code": {"system": "ICD10CM", "code": "C34.90"}}
    linked = lesion(method=CT, longest_diameter=30, lymph_node=False, focus=["c1"])
    other = {**linked, "focus": ["c9"]}
    assert [r[3] for r in run([{"conditions": [cancer], "lesions": [linked]}, {"conditions": [cancer], "lesions": [other]}])] == [
        "met", "not_met"
    ]  # fmt: skip


def test_a_bad_lesion_is_refused_with_its_path() -> None:
    trial = CompiledTrial(PROGRAM)
    with pytest.raises(RecordError, match=r"lesions\[0\]\.bone"):
        trial.evaluate({"id": "P1", "lesions": [lesion(bone="sclerotic")]})
    with pytest.raises(RecordError, match=r"lesions\[0\]\.longest_diameter"):
        trial.evaluate({"id": "P1", "lesions": [lesion(longest_diameter=-1)]})


@pytest.mark.parametrize(
    ("logic", "message"),
    [
        ("exists lesion where longest_diameter >= 10", "longest_diameter"),
        ("exists lesion where longest_diameter >= 10 days", "longest_diameter"),
        ("exists lesion where short_axsi >= 15 mm", "did you mean 'short_axis'?"),
        ("exists lesion where bone is lytik", "did you mean 'lytic'?"),
        ("exists lesion where focus is condition", "no condition query encloses this lesion query"),
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
                "lesions": st.lists(LESION, max_size=3),
                "conditions": st.just([{"id": "c0", "code": {"system": "ICD10CM", "code": "C34.90"}}]),
            },
        ),
        min_size=1,
        max_size=8,
    )
)
def test_differential_evaluator_closures_duckdb(records: list[dict[str, Any]]) -> None:
    run(records)  # asserts the three agree on every outcome
