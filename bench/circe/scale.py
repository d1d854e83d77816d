"""Eligo and OHDSI Circe on N generated persons as OMOP rows (issue 14; docs/omop.md).

    python bench/circe/scale.py 100000 [--rounds 3]
    python bench/circe/scale.py circe OMOP.duckdb DEFINITION.json -o PERSONS.txt


The cohort of ``cscc.elig``, and its Circe definition built here from the database's concept
ids (the loader gives the generator's codes local concept ids): entry at the first cutaneous SCC
(bench/generate.py's ICD-10-CM codes), adult at that date, an ECOG result of 0 or 1 within 28
days before it, no anti-EGFR antibody before it. Both run on one DuckDB file; the persons with an
entry event are compared one by one, and both are timed in interleaved rounds, compiling included.

``circe`` runs Circe alone, as one process (for ``bench/omop.py bench``): the definition's SQL
built, translated to DuckDB and run on a database :func:`prepare` made ready, the persons of the
cohort written one per line. ``CIRCE_PATH`` (directories, ``:``-separated) is searched for the
``circe`` package after the installed packages, so that a copy installed aside
(``pip install --target DIR --no-deps ohdsi-circepy`` with ``ibis-framework``) does not shadow
Eligo's own dependencies.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import duckdb

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
sys.path += [p for p in os.environ.get("CIRCE_PATH", "").split(os.pathsep) if p]

import compare  # noqa: E402
import generate  # noqa: E402
import omop  # noqa: E402

from eligo.language.load import load_program  # noqa: E402
from eligo.sql.omop.screen import screen_omop  # noqa: E402

#: columns of the full CDM that Circe's SQL reads and the loader's minimal tables lack (NULL here)
CIRCE_COLUMNS = [
    ("condition_occurrence", "visit_occurrence_id", "BIGINT"),
    ("drug_exposure", "visit_occurrence_id", "BIGINT"),
    ("drug_exposure", "days_supply", "INTEGER"),
    ("drug_exposure", "quantity", "DOUBLE"),
    ("drug_exposure", "refills", "INTEGER"),
    ("drug_exposure", "drug_exposure_end_datetime", "TIMESTAMP"),
    ("drug_exposure", "drug_exposure_start_datetime", "TIMESTAMP"),
    ("condition_occurrence", "condition_start_datetime", "TIMESTAMP"),
    ("condition_occurrence", "condition_end_datetime", "TIMESTAMP"),
    ("measurement", "measurement_datetime", "TIMESTAMP"),
    ("measurement", "visit_occurrence_id", "BIGINT"),
]


def concepts(con: duckdb.DuckDBPyConnection, vocabulary: str, codes: list[str]) -> list[int]:
    placeholders = ", ".join("?" for _ in codes)
    query = f"SELECT concept_id FROM concept WHERE vocabulary_id = ? AND concept_code IN ({placeholders})"
    return [r[0] for r in con.execute(query, [vocabulary, *codes]).fetchall()]


def concept_set(index: int, name: str, ids: list[int]) -> dict[str, Any]:
    items = [{"concept": {"CONCEPT_ID": i}, "includeDescendants": False} for i in ids]
    return {"id": index, "name": name, "expression": {"items": items}}


def window(criteria: dict[str, Any], start: dict[str, int], end: dict[str, int], occurrence: dict[str, int]) -> dict[str, Any]:  # fmt: skip
    return {"Criteria": criteria, "IgnoreObservationPeriod": True, "Occurrence": occurrence,
            "StartWindow": {"Start": start, "End": end, "UseEventEnd": False}}  # fmt: skip


def rule(name: str, **expression: Any) -> dict[str, Any]:
    return {"name": name, "expression": {"Type": "ALL", "CriteriaList": [], "DemographicCriteriaList": [], "Groups": [], **expression}}  # fmt: skip


def cohort_json(con: duckdb.DuckDBPyConnection) -> str:
    cscc, egfr, ecog = (
        concepts(con, "ICD10CM", generate.CSCC),
        concepts(con, "ATC", ["L01FE01", "L01FE02"]),
        concepts(con, "LOINC", ["89247-1"]),
    )
    ecog_0_1 = {"Measurement": {"CodesetId": 2, "ValueAsNumber": {"Value": 0, "Op": "bt", "Extent": 1}}}
    definition = {
        "ConceptSets": [concept_set(0, "CSCC", cscc), concept_set(1, "anti-EGFR", egfr), concept_set(2, "ECOG", ecog)],
        "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0, "First": True}}],
                            "ObservationWindow": {"PriorDays": 0, "PostDays": 0}, "PrimaryCriteriaLimit": {"Type": "First"}},
        "QualifiedLimit": {"Type": "First"}, "ExpressionLimit": {"Type": "First"},
        "InclusionRules": [
            rule("I1 adult", DemographicCriteriaList=[{"Age": {"Value": 18, "Op": "gte"}}]),
            rule("I2 ECOG 0-1 within 28 days", CriteriaList=[window(ecog_0_1, {"Days": 28, "Coeff": -1}, {"Days": 0, "Coeff": 1}, {"Type": 2, "Count": 1})]),
            rule("E1 no anti-EGFR before", CriteriaList=[window({"DrugExposure": {"CodesetId": 1}}, {"Coeff": -1}, {"Days": 1, "Coeff": -1}, {"Type": 0, "Count": 0})]),
        ],
        "CensoringCriteria": [], "CollapseSettings": {"CollapseType": "ERA", "EraPad": 0}, "CensorWindow": {},
    }  # fmt: skip
    return json.dumps(definition)


def prepare(database: Path) -> str:
    """Make a database of ``omop.build`` ready for this cohort (its reference dates become the
    entry dates ``index``; the columns Circe reads and its cohort table added); returns the Circe
    definition (JSON) over its concept ids."""
    with duckdb.connect(str(database)) as con:
        cscc = concepts(con, "ICD10CM", generate.CSCC)
        con.execute(f"DROP TABLE {omop.REFERENCES}")
        con.execute(
            f"CREATE TABLE {omop.REFERENCES} AS SELECT person_id, 'index' AS name, MIN(condition_start_date) "
            f"AS reference_date FROM condition_occurrence WHERE condition_concept_id IN ({', '.join(map(str, cscc))}) "
            "GROUP BY person_id"
        )  # fmt: skip
        con.execute(f"CREATE TABLE {compare.COHORT} (cohort_definition_id INTEGER, subject_id BIGINT, "
                    "cohort_start_date DATE, cohort_end_date DATE)")  # fmt: skip
        for table, column, sql_type in CIRCE_COLUMNS:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")
        return cohort_json(con)


def circe_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="scale.py circe", description="Circe alone, as one process")
    parser.add_argument("database", type=Path)
    parser.add_argument("definition", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    persons, _ = compare.run_circe(args.database, args.definition.read_text(encoding="utf-8"))
    args.output.write_text("".join(f"{p}\n" for p in sorted(persons)), encoding="utf-8")


def main() -> None:
    if sys.argv[1:2] == ["circe"]:
        circe_main(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    program = load_program(HERE / "cscc.elig")
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "omop.duckdb"
        omop.build(args.count, database)
        definition = prepare(database)
        circe_times, eligo_times = [], []
        for _ in range(args.rounds):
            circe, took = compare.run_circe(database, definition)
            circe_times.append(took)
            started = compare.time.perf_counter()
            eligo = {
                int(r.patient_id): (r.verdict, {c.id: c.outcome for c in r.criteria})
                for r in screen_omop(program, database, reference_dates=omop.REFERENCES)
            }
            eligo_times.append(compare.time.perf_counter() - started)
        classes = compare.classify(database, circe, eligo)
    print(f"{args.count:,} persons; with the entry event: {sum(classes.values()):,}; Circe's cohort: {len(circe):,}; "
          f"Eligo eligible: {sum(v == 'eligible' for v, _ in eligo.values()):,}")  # fmt: skip
    for name, count in sorted(classes.items()):
        print(f"  {count:7,d}  {name}")
    c, e = statistics.median(circe_times), statistics.median(eligo_times)
    print(f"median of {args.rounds} interleaved rounds, compiling included: Circe {c:.2f} s, Eligo {e:.2f} s "
          f"(Eligo at {c / e:.2f} times Circe's speed)")  # fmt: skip


if __name__ == "__main__":
    main()
