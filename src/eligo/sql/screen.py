"""Running the compiled query on DuckDB over an imported database or its Parquet files."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import get_args

import duckdb
from sqlglot import exp

from eligo.errors import InputError, UsageError
from eligo.evaluate.results import CriterionResult, Outcome, PatientResult, Verdict
from eligo.language.codes import DESCENDANT_SYSTEMS
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.sql.compile import compile_program, room_to_recurse
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


@contextmanager
def _screening(
    program: Program,
    data: Path,
    index_dates: Mapping[str, DateLike] | None,
    external: bool,
    parameters: Mapping[str, str] | None = None,
) -> Iterator[tuple[duckdb.DuckDBPyConnection, exp.Select]]:
    """A connection on validated data and the screening query (see :func:`screen_database`)."""
    try:
        con = connect(data)
    except duckdb.Error as error:
        raise InputError(f"{data}: not a database written by `eligo import` ({error})") from None
    with con:
        try:
            validate(con, data, external)
            program = absent_codes(con, program)
        except duckdb.Error as error:
            raise InputError(f"{data}: not a database written by `eligo import` ({error})") from None
        with room_to_recurse():
            query = compile_program(program, index_dates, "duckdb", parameters)
        try:
            yield con, query
        except duckdb.Error as error:
            raise InputError(f"DuckDB could not run the screening query: {error}") from None


def absent_codes(con: duckdb.DuckDBPyConnection, program: Program) -> Program:
    """``program`` with its vocabulary told which codes of the data it does not hold: the query
    cannot ask the vocabulary, so those codes are inlined and read as unknown, as the evaluator
    reads them (codes.CodeMatcher._below)."""
    vocabulary = program.vocabulary
    if vocabulary is None:
        return program
    seen = con.execute(exp.select("system", "code").distinct().from_("record_codes").sql("duckdb")).fetchall()
    absent = frozenset(
        (system, code) for system, code in seen if system in DESCENDANT_SYSTEMS and not vocabulary.knows(system, code)
    )
    return replace(program, vocabulary=vocabulary.lacking(absent))


def _printed(query: exp.Expr) -> str:
    with room_to_recurse():
        return query.sql(dialect="duckdb", copy=False)


def _renamed(query: exp.Select, count: int) -> str:
    """The query as a CTE ``screened`` whose columns are renamed by position (``c0`` the patient
    id, ``c1``... the criteria in program order, then the verdict): SQL names ignore case,
    criterion ids need not. Without the query's final order (the caller orders what it needs)."""
    query.set("order", None)
    names = ", ".join(f"c{i}" for i in range(count + 2))
    return f"WITH screened({names}) AS MATERIALIZED ({_printed(query)})"


#: (patient id, verdict, each criterion's outcome in program order)
Row = tuple[str, Verdict, tuple[Outcome, ...]]


def screen_rows(
    program: Program,
    data: Path,
    index_dates: Mapping[str, DateLike] | None = None,
    external: bool = False,
    batch: int = 20_000,
    parameters: Mapping[str, str] | None = None,
) -> Iterator[list[Row]]:
    """Every patient's outcomes and verdict, computed by DuckDB, in patient id order, in batches
    (no result model per patient: a row is its id, verdict and outcomes). Refuses what
    :func:`screen_database` refuses."""
    count = len(program.criteria)
    with _screening(program, data, index_dates, external, parameters) as (con, query):
        cursor = con.execute(_printed(query))
        while rows := cursor.fetchmany(batch):
            yield [(row[0], row[count + 1], row[1 : count + 1]) for row in rows]


def screen_combinations(
    program: Program,
    data: Path,
    index_dates: Mapping[str, DateLike] | None = None,
    external: bool = False,
    rows: int = 1000,
    parameters: Mapping[str, str] | None = None,
) -> tuple[list[tuple[Verdict, tuple[Outcome, ...], int]], list[Row]]:
    """What a summary of the screening needs, computed by DuckDB in one pass: each combination of
    outcomes (in program order) that occurs, with its verdict and number of patients (grouped in
    SQL), and the first ``rows`` patients by id. Refuses what :func:`screen_database` refuses."""
    count = len(program.criteria)
    criteria = ", ".join(f"c{i}" for i in range(1, count + 2))
    with _screening(program, data, index_dates, external, parameters) as (con, query):
        found = con.execute(
            f"{_renamed(query, count)} SELECT NULL, {criteria}, count(*) FROM screened GROUP BY ALL "
            f"UNION ALL (SELECT c0, {criteria}, 0 FROM screened ORDER BY c0 LIMIT {int(rows)})"
        ).fetchall()
    combinations = [(row[count + 1], row[1 : count + 1], row[count + 2]) for row in found if row[0] is None]
    first = sorted((row[0], row[count + 1], row[1 : count + 1]) for row in found if row[0] is not None)
    return combinations, first


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
    were filled by other means), and when DuckDB fails to run the query. :func:`screen_rows`
    gives the same without a model per patient."""
    yield from results_of(
        program, screen_rows(program, data, index_dates, external, batch=10_000, parameters=parameters)
    )


def results_of(program: Program, batches: Iterable[list[Row]]) -> Iterator[PatientResult]:
    """Rows of the screening query (id, verdict, outcomes) as result models without evidence."""
    # the results are frozen and carry no evidence: one per criterion and outcome, shared
    shared = {
        (c.id, outcome): CriterionResult.model_construct(
            id=c.id, polarity=c.polarity, title=c.title, outcome=outcome, reason="", evidence=(), missing=()
        )
        for c in program.criteria
        for outcome in get_args(Outcome)
    }
    ids = [c.id for c in program.criteria]
    for batch in batches:
        for patient_id, verdict, outcomes in batch:
            yield PatientResult.model_construct(
                patient_id=patient_id, verdict=verdict,
                criteria=tuple(shared[c, o] for c, o in zip(ids, outcomes, strict=True)),
                missing=(), fingerprint=program.fingerprint,
            )  # fmt: skip
