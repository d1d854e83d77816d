"""The SQL back end against the evaluator: examples, a differential fuzz, tricky constructs, dialects."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eligo.evaluate import Evaluator
from eligo.load import load_program
from eligo.program import Program
from eligo.reader import Loaded, read_patients
from eligo.records import Patient
from eligo.sql.compile import compile_program
from eligo.sql.layout import TABLES, create_tables, load_duckdb, rows, write_parquet

from .conftest import ROOT, TRIAL_FILES

CSCC = load_program(ROOT / "criteria" / "nct05238363.elig")
PAEDIATRIC = load_program(ROOT / "criteria" / "nct01288573.elig")
SQL: dict[str, str] = {}


def sql_for(program: Program) -> str:
    key = program.fingerprint
    if key not in SQL:
        SQL[key] = compile_program(program).sql(dialect="duckdb")
    return SQL[key]


def expected(program: Program, patients: Sequence[Patient]) -> list[tuple[str, ...]]:
    evaluator = Evaluator(program, explain=False)
    out = []
    for patient in patients:
        result = evaluator.evaluate(patient)
        out.append((result.patient_id, *(c.outcome for c in result.criteria), result.verdict))
    return sorted(out)


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect()
    create_tables(connection)
    yield connection
    connection.close()


def screened(con: duckdb.DuckDBPyConnection, program: Program, patients: Sequence[Patient]) -> list[tuple[str, ...]]:
    create_tables(con)
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    load_duckdb(con, patients)
    return sorted(tuple(row) for row in con.execute(sql_for(program)).fetchall())


def patients(*records: dict[str, Any]) -> list[Patient]:
    return [Patient.model_validate({"id": f"P{i:03d}", **r}) for i, r in enumerate(records)]


def outcome_of(con: duckdb.DuckDBPyConnection, program: Program, criterion: str, *records: dict[str, Any]) -> list[str]:
    """The SQL outcome of one criterion per patient, after checking every outcome against the evaluator."""
    group = patients(*records)
    got = screened(con, program, group)
    assert got == expected(program, group)
    index = 1 + [c.id for c in program.criteria].index(criterion)
    return [row[index] for row in got]


# ----------------------------------------------------------------------------- (a) the examples


def test_examples_match_the_evaluator(con: duckdb.DuckDBPyConnection) -> None:
    group = [item.patient for item in read_patients(ROOT / "examples" / "nct05238363") if isinstance(item, Loaded)]
    assert len(group) == 6
    got = screened(con, CSCC, group)
    assert got == expected(CSCC, group)
    assert [row[-1] for row in got] == [
        "eligible",
        "eligible",
        "ineligible",
        "undetermined",
        "undetermined",
        "ineligible",
    ]


# ----------------------------------------------------------------------------- (b) differential fuzz

FIRST_DOSE = date(2026, 3, 2)
DATES = st.sampled_from([
    "2026-03-02", "2026-03-01", "2026-03-03", "2026-02-23", "2026-02-22", "2026-02-02", "2026-02-01", "2026-01-31",
    "2023-03-02", "2023-03-01", "2023-03-03", "2026-02", "2026-03", "2026", "2023-03", "2023", "2025-12-01",
    "2019-02", "2012-05-20", "2024-02-29",
])  # fmt: skip
MAYBE_DATE = st.none() | DATES
CONDITION_CODES = st.sampled_from([
    ("ICD10CM", "C44.42"), ("ICD10CM", "C44.92"), ("ICD10CM", "C44.91"), ("ICD10CM", "C44.9"), ("ICD10CM", "C50.911"),
    ("ICD10CM", "D06.1"), ("ICD10CM", "D05.1"), ("ICD10CM", "C77.0"), ("ICD10CM", "C79.31"), ("ICD10CM", "C79.49"),
    ("ICD10CM", "C7B.00"), ("ICD10CM", "C96.9"), ("ICD10CM", "C97"), ("ICD10CM", "D09.9"), ("ICD10CM", "D10.0"),
    ("ICD10CM", "R18.8"), ("ICD10CM", "J91.0"), ("ICD10CM", "I31.39"), ("ICD10CM", "C43.9"), ("ICD10CM", "C4A.9"),
    ("ICD10CM", "D04.5"), ("ICD10", "C44.9"), ("SNOMED", "254651007"),
])  # fmt: skip
MEDICATION_CODES = st.sampled_from([
    ("ATC", "L01FE01"), ("ATC", "L01FE"), ("ATC", "L01XC06"), ("ATC", "L01XC07"), ("ATC", "L01F"), ("RXNORM", "318341"),
])  # fmt: skip
PROCEDURE_CODES = st.sampled_from([
    ("SNOMED", "313039003"), ("SNOMED", "70536003"), ("SNOMED", "234336002"), ("SNOMED", "23719005"),
    ("SNOMED", "80146002"),
])  # fmt: skip


def _code(pair: tuple[str, str]) -> dict[str, str]:
    return {"system": pair[0], "code": pair[1]}


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


conditions = st.builds(
    lambda code, onset, abatement, status, confirmed, extent, treatment: {
        "code": _code(code), "onset": onset, "abatement": abatement, "status": status,
        "confirmed_by": confirmed, "extent": extent, "treatment": treatment,
    },
    CONDITION_CODES, MAYBE_DATE, MAYBE_DATE,
    _maybe(st.sampled_from(["active", "recurrence", "relapse", "inactive", "remission", "resolved"])),
    _maybe(st.sampled_from(["histopathology", "cytology", "imaging"])),
    _maybe(st.sampled_from(["in_situ", "localized", "locally_advanced", "metastatic"])),
    _maybe(st.lists(st.sampled_from(["surgery", "radiotherapy", "systemic_therapy"]), max_size=2, unique=True)),
)  # fmt: skip
medications = st.builds(
    lambda code, start, end: {"code": _code(code), "start": start, "end": end}, MEDICATION_CODES, MAYBE_DATE, MAYBE_DATE
)
procedures = st.builds(
    lambda code, when, donor: {"code": _code(code), "date": when, "donor": donor},
    PROCEDURE_CODES, MAYBE_DATE, _maybe(st.sampled_from(["autologous", "allogeneic"])),
)  # fmt: skip
OBSERVATION_VALUES = st.sampled_from(
    [0, 1, 2, 1.5, 0.0, True, False, "negative", "positive", "x", {"system": "LOCAL", "code": "negative"}, None]
)
# Observations of a measure always carry a date: evaluate.eval_latest raises TypeError on an undated
# observation of the measure once another one is in the window (reported, not worked around here).
observations = st.builds(
    lambda code, when, value, unit: {"code": _code(code), "date": when, "value": value, "unit": unit},
    st.sampled_from([("LOINC", "89247-1"), ("LOINC", "2106-3"), ("LOINC", "2118-8")]),
    DATES, OBSERVATION_VALUES, _maybe(st.sampled_from(["mg/dL", "U/L"])),
)  # fmt: skip
BOOLEAN_ITEMS = [
    "informed_consent", "measurable_disease", "childbearing_potential", "cns_metastases_symptomatic",
    "cns_imaging_stable", "cns_symptoms_stable", "effusion_needs_repeated_drainage", "active_severe_infection",
]  # fmt: skip
DURATION_ITEMS = ["expected_survival", "cns_treatment_duration"]
attestation = st.builds(
    lambda value, unit: {"value": value, "unit": unit},
    st.sampled_from([True, False, 1, 0, 12, 3, 11.5, 90, 84, 13, "yes"]),
    _maybe(st.sampled_from(["weeks", "week", "months", "days", "years", "year", "hours"])),
)


@st.composite
def patient_records(draw: st.DrawFn) -> dict[str, Any]:
    record: dict[str, Any] = {
        "birth_date": draw(
            _maybe(
                st.sampled_from(
                    [
                        "2008-02-29",
                        "2008-03-01",
                        "2008-03-02",
                        "2008-03-03",
                        "2008-03",
                        "2008",
                        "2007",
                        "1950-01-31",
                        "2007-03-02",
                    ]
                )
            )
        ),
        "sex": draw(_maybe(st.sampled_from(["female", "male", "other"]))),
        "dates": draw(st.sampled_from([{"first_dose": "2026-03-02"}, {"first_dose": "2026-03"}, {}])),
        "conditions": draw(_maybe(st.lists(conditions, max_size=4))),
        "medications": draw(_maybe(st.lists(medications, max_size=3))),
        "procedures": draw(_maybe(st.lists(procedures, max_size=3))),
        "observations": draw(_maybe(st.lists(observations, max_size=4))),
        "attestations": draw(
            st.dictionaries(st.sampled_from(BOOLEAN_ITEMS + DURATION_ITEMS), attestation, max_size=10)
        ),
    }
    return record


# one connection for every example; without the optimizer DuckDB plans the (large) query faster,
# which is what dominates with a few dozen patients
FUZZ = duckdb.connect()
FUZZ.execute("PRAGMA disable_optimizer")


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(patient_records(), min_size=1, max_size=20))
def test_differential_against_the_evaluator(records: list[dict[str, Any]]) -> None:
    group = patients(*records)
    assert screened(FUZZ, CSCC, group) == expected(CSCC, group)


# ----------------------------------------------------------------------------- (c) tricky constructs


def test_ages_on_29_february(con: duckdb.DuckDBPyConnection) -> None:
    dose = {"dates": {"first_dose": "2026-03-02"}}
    births = ["2008-02-29", "2008-03-02", "2008-03-03", "2008-03", "2007", "2008"]
    assert outcome_of(con, CSCC, "I2", *({**dose, "birth_date": b} for b in births)) == [
        "met", "met", "not_met", "unknown", "met", "unknown",
    ]  # fmt: skip
    leap = {"birth_date": "2008-02-29"}
    assert outcome_of(con, CSCC, "I2", {**leap, "dates": {"first_dose": "2026-02-28"}},
                      {**leap, "dates": {"first_dose": "2026-03-01"}}) == ["not_met", "met"]  # fmt: skip


def test_partial_date_windows(con: duckdb.DuckDBPyConnection) -> None:
    def ecog(when: str) -> dict[str, Any]:
        return {"dates": {"first_dose": "2026-03-02"},
                "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "date": when, "value": 1}]}  # fmt: skip

    whens = ["2026-02-02", "2026-02-01", "2026-02", "2026-03", "2026-01", "2026"]
    assert outcome_of(con, CSCC, "I5", *(ecog(w) for w in whens)) == [
        "met", "unknown", "unknown", "unknown", "unknown", "unknown",
    ]  # fmt: skip


def test_value_set_ranges_and_removed_entries(con: duckdb.DuckDBPyConnection) -> None:
    def condition(code: str) -> dict[str, Any]:
        return {"dates": {"first_dose": "2026-03-02"},
                "conditions": [{"code": {"system": "ICD10CM", "code": code}, "status": "active"}]}  # fmt: skip

    codes = ["C96.9", "C97", "C77.0", "C7B.00", "D09.9", "D10.0", "C44.42", "C50.911"]
    assert outcome_of(con, CSCC, "E2", *(condition(c) for c in codes)) == [
        "met", "not_met", "not_met", "not_met", "met", "not_met", "not_met", "met",
    ]  # fmt: skip


def test_absent_and_empty_lists(con: duckdb.DuckDBPyConnection) -> None:
    dose = {"dates": {"first_dose": "2026-03-02"}}
    assert outcome_of(con, CSCC, "E1", dose, {**dose, "medications": []}) == ["unknown", "not_met"]


def test_latest_with_units_and_uln(con: duckdb.DuckDBPyConnection) -> None:
    def labs(*items: tuple[str, str, Any, str | None, float | None]) -> dict[str, Any]:
        return {"dates": {"enrolment": "2026-03-02"}, "observations": [
            {"code": {"system": "LOINC", "code": code}, "date": when, "value": value, "unit": unit, "reference_high": high}
            for code, when, value, unit, high in items
        ]}  # fmt: skip

    anc = "751-8"
    i6 = outcome_of(
        con, PAEDIATRIC, "I6",
        labs((anc, "2026-03-01", 0.8, "10^9/L", None)),
        labs((anc, "2026-03-01", 700, "/µL", None)),       # 0.7 × 10^9/L
        labs((anc, "2026-03-01", 0.8, "g/dL", None)),      # another dimension: unknown
        labs((anc, "2026-03-01", 0.8, None, None)),        # no unit: unknown
        labs((anc, "2026-02-20", 0.5, "10^9/L", None), (anc, "2026-03-01", 0.9, "10^9/L", None)),
        labs((anc, "2026-03-01", 0.5, "10^9/L", None), (anc, "2026-03", 0.9, "10^9/L", None)),  # ambiguous
    )  # fmt: skip
    assert i6 == ["met", "not_met", "unknown", "unknown", "met", "unknown"]
    ast = PAEDIATRIC.measures["ast"].entries[0].code
    i9 = outcome_of(
        con, PAEDIATRIC, "I9",
        labs((ast, "2026-03-01", 100, "U/L", 40)),   # 2.5 × ULN, ALT and bilirubin missing: unknown
        labs((ast, "2026-03-01", 130, "U/L", 40)),   # 3.25 × ULN: not met
        labs((ast, "2026-03-01", 130, "U/L", None)),  # no ULN: unknown
    )  # fmt: skip
    assert i9 == ["unknown", "not_met", "unknown"]


def test_count_bounds(con: duckdb.DuckDBPyConnection, tmp_path: Any) -> None:
    source = (ROOT / "criteria" / "valuesets" / "oncology.elig").read_text()
    (tmp_path / "valuesets").mkdir()
    (tmp_path / "valuesets" / "oncology.elig").write_text(source)
    (tmp_path / "t.elig").write_text(
        'trial NCT00000000 "Count"\n  reference first_dose "Day 1"\n\nimport "valuesets/oncology.elig"\n\n'
        'exclude E1 "Two effusions"\n  count(condition in serous_effusion where onset within 3 months before first_dose) >= 2\n'
    )
    program = load_program(tmp_path / "t.elig")

    def effusions(*onsets: str | None) -> dict[str, Any]:
        return {"dates": {"first_dose": "2026-03-02"},
                "conditions": [{"code": {"system": "ICD10CM", "code": "R18.8"}, "onset": o} for o in onsets]}  # fmt: skip

    assert outcome_of(
        con, program, "E1",
        effusions("2026-01-01", "2026-02-01"), effusions("2026-01-01", None), effusions("2026-01-01"),
        effusions("2025-01-01", None), effusions("2026-01-01", "2026-01-02", None), {"dates": {"first_dose": "2026-03-02"}},
    ) == ["met", "unknown", "not_met", "not_met", "met", "unknown"]  # fmt: skip


# ----------------------------------------------------------------------------- (d) every trial, every dialect


@pytest.mark.parametrize("path", TRIAL_FILES, ids=lambda p: p.name)
def test_every_trial_compiles_for_every_dialect(path: Any) -> None:
    query = compile_program(load_program(path))
    for dialect in ("duckdb", "postgres", "spark"):
        assert "verdict" in query.sql(dialect=dialect)
    with duckdb.connect() as connection:
        create_tables(connection)
        assert connection.execute(query.sql(dialect="duckdb")).fetchall() == []


def test_layout_rows_and_parquet(tmp_path: Any) -> None:
    (p,) = patients({"birth_date": "1963-07", "conditions": [], "attestations": {"x": {"value": "2024-02"}}})
    table_rows = rows(p)
    assert table_rows["patients"] == [("P000", date(1963, 7, 1), date(1963, 7, 31), None, True, False, False, False)]
    assert table_rows["attestations"] == [
        ("P000", "x", None, "2024-02", None, date(2024, 2, 1), date(2024, 2, 29), None)
    ]
    with duckdb.connect() as connection:
        assert load_duckdb(connection, [p], chunk=1) == 1
        written = write_parquet(connection, tmp_path)
        assert sorted(f.name for f in written) == sorted(f"{t}.parquet" for t in TABLES)
