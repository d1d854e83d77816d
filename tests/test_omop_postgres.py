"""The OMOP query on PostgreSQL (issue 14): a CDM v5.4 of generated patients, loaded into a
throw-away server's ``cdm`` schema, screened by the PostgreSQL text of the same query: the same
outcomes as DuckDB on the same tables. Skipped where the server programs are missing."""

from __future__ import annotations

import csv
import io
import random

import duckdb
import pytest

from eligo.language.load import load_program
from eligo.records.model import Patient
from eligo.sql.omop.load import COLUMNS, REFERENCE_COLUMNS, OmopWriter, create_omop_tables, create_reference_table
from eligo.sql.omop.query import omop_sql
from eligo.sql.omop.views import OmopSource

from .conftest import CRITERIA, bench_module
from .test_sql_postgres import Server, pytestmark, server  # noqa: F401 - the server fixture and its skips

REFERENCES = "eligo_reference_dates"
PG_TYPES = {"BIGINT": "BIGINT", "INTEGER": "INTEGER", "DATE": "DATE", "DOUBLE": "DOUBLE PRECISION", "VARCHAR": "TEXT"}


@pytest.fixture(scope="module")
def cdm(server: Server, tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:  # noqa: F811
    """200 generated patients as a CDM v5.4 in DuckDB, and the same tables in PostgreSQL's ``cdm``."""
    work = tmp_path_factory.mktemp("omop-pg")
    con = duckdb.connect()
    create_omop_tables(con, v54=True)
    create_reference_table(con, REFERENCES)
    generate = bench_module("generate")
    rng = random.Random(5)
    writer = OmopWriter(con, v54=True, reference_dates=REFERENCES)
    writer.write((i + 1, Patient.model_validate(generate.patient(rng, i))) for i in range(200))
    tables = {**COLUMNS, REFERENCES: REFERENCE_COLUMNS}
    statements = ["CREATE SCHEMA cdm;"]
    for name, columns in tables.items():
        defs = [*columns, ("procedure_end_date", "DATE")] if name == "procedure_occurrence" else list(columns)
        path = work / f"{name}.csv"
        con.execute(f"COPY {name} TO '{path}' (FORMAT csv, HEADER)")
        statements.append(f"CREATE TABLE cdm.{name} ({', '.join(f'{c} {PG_TYPES[t]}' for c, t in defs)});")
        with path.open() as stream:
            header = next(csv.reader(stream))
        statements.append(f"\\copy cdm.{name} ({', '.join(header)}) FROM '{path}' WITH (FORMAT csv, HEADER)")
    server.psql("\n".join(statements) + "\n")
    return con


def rows(text: str) -> dict[str, tuple[str, ...]]:
    found = list(csv.reader(io.StringIO(text)))
    return {r[0]: tuple(r[1:]) for r in found[1:]}


@pytest.mark.parametrize("trial", ["nct02296125.elig"])  # FLAURA: nested queries, several dates
def test_the_omop_query_on_postgres_agrees_with_duckdb(server: Server, cdm: duckdb.DuckDBPyConnection, trial: str) -> None:  # noqa: F811  # fmt: skip
    program = load_program(CRITERIA / trial)
    duck = omop_sql(program, OmopSource(v54=True, reference_dates=REFERENCES), dialect="duckdb")
    want = {r[0]: tuple(r[1:]) for r in cdm.execute(duck).fetchall()}
    pg = omop_sql(program, OmopSource(schema="cdm", v54=True, reference_dates=REFERENCES), dialect="postgres")
    got = rows(server.psql(pg + ";"))
    assert len(want) == 200
    assert got == want
