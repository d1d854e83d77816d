"""The generated Spark SQL runs for real on a local Spark session and agrees with DuckDB.

The Spark side is the ``screen.py`` of docs/sql.md, run as it is. Skipped, with the reason,
where pyspark or a Java runtime is not installed (CI does not install them; `pip install pyspark`
with Java 17 on PATH runs it).
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest.mock import patch

import duckdb
import pytest

import eligo
from eligo.sources.reader import Loaded, read_patients
from eligo.sql.compile import to_sql
from eligo.sql.layout import load_duckdb, write_parquet

from .conftest import CRITERIA, ROOT, bench_module
from .test_sql_semantics import EXTRAS

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("pyspark") is None, reason="pyspark is not installed"),
    pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime on PATH (Spark needs one)"),
]


def cohort(tmp_path: Path) -> list[eligo.Patient]:
    path = tmp_path / "cohort.jsonl"
    bench_module("generate").write_cohort(300, path, seed=11)
    examples = [i.patient for i in read_patients(ROOT / "examples" / "nct05238363") if isinstance(i, Loaded)]
    return examples + [i.patient for i in read_patients(path) if isinstance(i, Loaded)]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[1]")
        .appName("eligo-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    yield session
    session.stop()


def rows(cursor_rows: list[tuple[Any, ...]], names: list[str]) -> dict[str, dict[str, Any]]:
    return {r[0]: dict(zip(names, r, strict=True)) for r in cursor_rows}


def documented_script() -> str:
    """The ``screen.py`` docs/sql.md gives for Spark clusters."""
    docs = (ROOT / "docs" / "sql.md").read_text(encoding="utf-8")
    block = re.search(r"## On a Spark cluster\n.*?```python\n(.*?)```", docs, re.S)
    assert block is not None
    return block.group(1)


@pytest.mark.parametrize("trial", ["nct05238363.elig", "nct02296125.elig", "nct01288573.elig", "extras"])
def test_spark_agrees_with_duckdb(spark: Any, tmp_path: Path, trial: str) -> None:
    """The documented script, run with the query of `eligo sql --dialect spark` over the Parquet
    files of `eligo import` (in this test's local session), writes what DuckDB computes."""
    program = EXTRAS if trial == "extras" else eligo.load_program(CRITERIA / trial)  # extras: test_sql_semantics
    patients = cohort(tmp_path)
    with duckdb.connect(":memory:") as con:
        load_duckdb(con, patients)
        write_parquet(con, tmp_path / "data")
        cursor = con.execute(to_sql(program, "duckdb"))
        names = [d[0] for d in cursor.description]
        expected = rows(cursor.fetchall(), names)
    query = tmp_path / "query.spark.sql"
    query.write_text(to_sql(program, "spark"))
    output = tmp_path / "results"
    with patch.object(sys, "argv", ["screen.py", str(tmp_path / "data"), str(query), str(output)]):
        exec(compile(documented_script(), "docs/sql.md: screen.py", "exec"), {"__name__": "__main__"})
    result = spark.read.parquet(str(output))
    got = {row[0]: dict(zip(result.columns, row, strict=True)) for row in result.collect()}
    assert len(got) == 6 + 300
    assert got.keys() == expected.keys()
    differences = {pid: (got[pid], expected[pid]) for pid in expected if got[pid] != expected[pid]}
    assert not differences, json.dumps(next(iter(differences.items())), default=str)[:2000]
