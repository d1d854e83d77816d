"""Spark on OMOP (issue 14): the query of `eligo sql --omop 5.4 --dialect spark` runs on a local
Spark session over OMOP CDM tables (Parquet files, as a lakehouse keeps them) and gives what the
DuckDB text gives over the same tables, and what the evaluator gives on what OMOP holds.

Skipped, with the reason, where pyspark or a Java runtime is not installed: CI installs neither
(docs/omop.md, "On a Spark cluster", says how to run it: ``pip install pyspark`` with Java 17).
"""

from __future__ import annotations

import importlib.util
import random
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest
from sqlglot import exp

from eligo.records.model import Patient
from eligo.sql.omop.load import COLUMNS, OmopWriter, create_omop_tables, create_reference_table, held
from eligo.sql.omop.query import omop_sql
from eligo.sql.omop.views import OmopSource

from .conftest import bench_module
from .test_omop import expected
from .test_sql_compile import CSCC, FLAURA, PAEDIATRIC

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark is not installed"),
    pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime on PATH (Spark needs one)"),
]

REFERENCES = "eligo_reference_dates"
PERSONS = 300


@pytest.fixture(scope="module")
def spark() -> Any:
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("eligo-omop-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def cdm(tmp_path_factory: pytest.TempPathFactory) -> tuple[duckdb.DuckDBPyConnection, Path, list[Patient]]:
    """A CDM v5.4 of 300 patients of the benchmark's generator (bench/generate.py) in DuckDB, and
    its tables written as Parquet files, one folder per table."""
    generate = bench_module("generate")
    rng = random.Random(41)
    patients = [Patient.model_validate(generate.patient(rng, i)) for i in range(PERSONS)]
    con = duckdb.connect()
    create_omop_tables(con, v54=True)
    create_reference_table(con, REFERENCES)
    writer = OmopWriter(con, v54=True, reference_dates=REFERENCES)
    writer.write((1 + i, p) for i, p in enumerate(patients))
    folder = tmp_path_factory.mktemp("omop-parquet")
    for table in [*COLUMNS, REFERENCES]:
        target = str(folder / f"{table}.parquet").replace("'", "''")
        con.execute(f"COPY {exp.to_identifier(table).sql('duckdb')} TO '{target}' (FORMAT parquet)")
    return con, folder, patients


@pytest.mark.parametrize("program", [CSCC, FLAURA, PAEDIATRIC], ids=["cscc", "flaura", "paediatric"])
def test_spark_on_omop_agrees_with_duckdb_and_the_evaluator(
    spark: Any, cdm: tuple[duckdb.DuckDBPyConnection, Path, list[Patient]], program: Any
) -> None:
    """Every criterion's outcome and the verdict of each person, on Spark over the Parquet tables,
    equal DuckDB's over the same tables and the evaluator's on ``held(...)``."""
    con, folder, patients = cdm
    for table in [*COLUMNS, REFERENCES]:
        spark.read.parquet(str(folder / f"{table}.parquet")).createOrReplaceTempView(table)
    source = OmopSource(v54=True, reference_dates=REFERENCES)
    want = expected(program, [held(p, 1 + i, v54=True) for i, p in enumerate(patients)])
    duck = {row[0]: tuple(row[1:]) for row in con.execute(omop_sql(program, source)).fetchall()}
    got = {row[0]: tuple(row[1:]) for row in spark.sql(omop_sql(program, source, dialect="spark")).collect()}
    assert duck == want
    differences = {pid: (got.get(pid), outcome) for pid, outcome in want.items() if got.get(pid) != outcome}
    assert not differences, next(iter(differences.items()))
    assert got.keys() == want.keys()
