"""Running the compiled query on DuckDB over an imported database or its Parquet files."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import get_args

import duckdb
from sqlglot import exp

from eligo.errors import InputError, UsageError
from eligo.evaluate.results import CriterionResult, Outcome, PatientResult
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.sql.compile import to_sql
from eligo.sql.layout import TABLES
from eligo.sql.store import check_record, check_rows

#: a patient id that appears more than once in the patients table, and how many times
REPEATED_ID = (
    exp.select("patient_id", exp.Count(this=exp.Star()))
    .from_("patients")
    .group_by("patient_id")
    .having(exp.GT(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1)))
    .limit(1)
)


def connect(data: Path) -> duckdb.DuckDBPyConnection:
    """A connection on which the layout's tables can be read: the DuckDB file itself, or views
    over the Parquet files of a directory written by ``eligo import``."""
    if data.is_file():
        return duckdb.connect(str(data), read_only=True)
    for table in TABLES:
        parquet = data / f"{table}.parquet"
        if not parquet.is_file():
            raise UsageError(f"{data}: no {parquet.name}; write it with `eligo import PATIENTS --to {data}`")
    con = duckdb.connect(":memory:")
    try:
        for table in TABLES:
            parquet = data / f"{table}.parquet"
            source = exp.select("*").from_(exp.func("read_parquet", exp.Literal.string(str(parquet))))
            view = exp.Create(this=exp.to_table(table), kind="VIEW", expression=source)
            con.execute(view.sql(dialect="duckdb"))
    except BaseException:
        con.close()
        raise
    return con


def validate(con: duckdb.DuckDBPyConnection, data: Path, external: bool = False) -> None:
    """Refuse data the query cannot read as ``eligo import`` wrote it: no record of a complete
    import (unless ``external``: tables filled by other means), a table or column of the layout
    missing, a patient id repeated in the patients table (every table is keyed by the patient id,
    so a repeated one would mix two patients' records), or tables that no longer hold the rows
    the import counted (see :mod:`eligo.sql.store`)."""
    record = None if external else check_record(con, data)
    for table, columns in TABLES.items():
        found = {d[0].lower() for d in con.execute(exp.select("*").from_(table).limit(0).sql("duckdb")).description}
        missing = [name for name, _ in columns if name not in found]
        if missing:
            raise InputError(
                f"{data}: not a database written by `eligo import` (the {table} table has no column "
                f"{', '.join(missing)})"
            )
    repeated = con.execute(REPEATED_ID.sql(dialect="duckdb")).fetchone()
    if repeated is not None:
        raise InputError(
            f"{data}: patient id {repeated[0]!r} appears {repeated[1]} times in the patients table; "
            "each patient must appear once (`eligo import` leaves out a repeated id)"
        )
    if record is not None:
        check_rows(con, data, record)


def screen_database(
    program: Program,
    data: Path,
    index_dates: Mapping[str, DateLike] | None = None,
    external: bool = False,
    parameters: Mapping[str, str] | None = None,
) -> Iterator[PatientResult]:
    """Every patient's outcomes and verdict, computed by DuckDB, as result models (no evidence).

    Raises :class:`~eligo.errors.InputError` when the data is not a database (or Parquet
    directory) written whole by ``eligo import`` (see :func:`validate`; ``external``: the tables
    were filled by other means), and when DuckDB fails to run the query."""
    query = to_sql(program, "duckdb", index_dates, parameters=parameters)
    try:
        con = connect(data)
    except duckdb.Error as error:
        raise InputError(f"{data}: not a database written by `eligo import` ({error})") from None
    with con:
        try:
            validate(con, data, external)
        except duckdb.Error as error:
            raise InputError(f"{data}: not a database written by `eligo import` ({error})") from None
        # the results are frozen and carry no evidence: one per criterion and outcome, shared
        shared = {
            (c.id, outcome): CriterionResult.model_construct(
                id=c.id, polarity=c.polarity, title=c.title, outcome=outcome, reason="", evidence=(), missing=()
            )
            for c in program.criteria
            for outcome in get_args(Outcome)
        }
        # the query's columns: patient_id, one per criterion in order, verdict (read by position:
        # SQL names ignore case, criterion ids need not)
        columns = [(i, c.id) for i, c in enumerate(program.criteria, 1)]
        verdict = len(columns) + 1
        try:
            cursor = con.execute(query)
            while batch := cursor.fetchmany(10_000):
                for row in batch:
                    yield PatientResult.model_construct(
                        patient_id=row[0], verdict=row[verdict],
                        criteria=tuple(shared[c, row[i]] for i, c in columns),
                        missing=(), fingerprint=program.fingerprint,
                    )  # fmt: skip
        except duckdb.Error as error:
            raise InputError(f"DuckDB could not run the screening query: {error}") from None
