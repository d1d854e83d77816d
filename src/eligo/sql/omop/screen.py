"""Screening an OMOP CDM database on DuckDB: the database file is attached read-only, its tables
are read in place through the layout's CTEs (:mod:`eligo.sql.omop.query`), and nothing is written."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import replace
from pathlib import Path

import duckdb
from sqlglot import exp

from eligo.errors import InputError
from eligo.evaluate.results import PatientResult
from eligo.language.program import Program
from eligo.language.temporal import DateLike
from eligo.sources.vocabulary import SYSTEMS, read_connection, wanted_concepts
from eligo.sql.omop.query import omop_sql
from eligo.sql.omop.views import DOMAINS, OMOP_TABLES, OmopSource
from eligo.sql.screen import Row, results_of

#: the name the OMOP database file is attached under
CATALOG = "omop"

#: the columns each table must have (CDM v5.3 and v5.4 alike) for the views to read it
NEEDED: dict[str, tuple[str, ...]] = {
    "person": ("person_id", "gender_concept_id", "year_of_birth", "month_of_birth", "day_of_birth"),
    "observation_period": ("person_id",),
    "condition_occurrence": ("condition_occurrence_id", "person_id", "condition_concept_id", "condition_start_date",
                             "condition_end_date", "condition_source_concept_id", "condition_status_concept_id"),
    "drug_exposure": ("drug_exposure_id", "person_id", "drug_concept_id", "drug_exposure_start_date",
                      "drug_exposure_end_date", "drug_source_concept_id", "route_concept_id"),
    "procedure_occurrence": ("procedure_occurrence_id", "person_id", "procedure_concept_id", "procedure_date",
                             "procedure_source_concept_id"),
    "measurement": ("measurement_id", "person_id", "measurement_concept_id", "measurement_date", "operator_concept_id",
                    "value_as_number", "value_as_concept_id", "unit_concept_id", "range_low", "range_high",
                    "measurement_source_concept_id"),
    "observation": ("observation_id", "person_id", "observation_concept_id", "observation_date", "value_as_number",
                    "value_as_string", "value_as_concept_id", "unit_concept_id", "observation_source_concept_id"),
    "concept": ("concept_id", "vocabulary_id", "concept_code", "concept_name"),
}  # fmt: skip
assert set(NEEDED) == set(OMOP_TABLES)

REFERENCE_COLUMNS = ("person_id", "name", "reference_date")


def _table(source: OmopSource, name: str) -> exp.Table:
    return exp.table_(name, db=source.schema, catalog=source.catalog)


def _columns(con: duckdb.DuckDBPyConnection, table: exp.Table) -> set[str]:
    query = exp.select("*").from_(table).limit(0).sql(dialect="duckdb")
    return {d[0].lower() for d in con.execute(query).description}


def inspect(con: duckdb.DuckDBPyConnection, source: OmopSource, where: str) -> OmopSource:
    """``source`` as the database holds it: CDM v5.4 or v5.3. Raises :class:`~eligo.errors.InputError` naming a table or column missing."""
    for name, needed in NEEDED.items():
        try:
            found = _columns(con, _table(source, name))
        except duckdb.Error:
            raise InputError(f"{where}: not an OMOP CDM database (no table {name})") from None
        missing = [c for c in needed if c not in found]
        if missing:
            raise InputError(f"{where}: the OMOP table {name} has no column {', '.join(missing)}")
    if source.reference_dates is not None:
        try:
            found = _columns(con, _table(source, source.reference_dates))
        except duckdb.Error:
            raise InputError(f"{where}: no table {source.reference_dates} (the reference dates)") from None
        missing = [c for c in REFERENCE_COLUMNS if c not in found]
        if missing:
            raise InputError(
                f"{where}: the reference dates table {source.reference_dates} has no column {', '.join(missing)} "
                f"(it needs {', '.join(REFERENCE_COLUMNS)})"
            )
    v54 = "procedure_end_date" in _columns(con, _table(source, "procedure_occurrence"))
    return replace(source, v54=v54)


def empty_domains(con: duckdb.DuckDBPyConnection, source: OmopSource) -> frozenset[str]:
    """The record lists whose OMOP tables hold no row at all: not collected, for anyone."""
    found = set()
    for domain, tables in DOMAINS.items():
        if not any(con.execute(exp.select("1").from_(_table(source, t)).limit(1).sql("duckdb")).fetchone() for t in tables):  # fmt: skip
            found.add(domain)
    return frozenset(found)


def connect_omop(database: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with the OMOP database file attached read-only as ``omop``."""
    if not database.is_file():
        raise InputError(f"{database}: no such DuckDB file")
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"ATTACH {exp.Literal.string(str(database)).sql('duckdb')} AS {CATALOG} (READ_ONLY)")
    except duckdb.Error as error:
        con.close()
        raise InputError(f"{database}: not a DuckDB database ({error})") from None
    return con


def own_vocabulary(con: duckdb.DuckDBPyConnection, program: Program, source: OmopSource, where: str) -> Program:
    """``program`` reading its ``and descendants`` entries through the database's own
    ``concept_ancestor`` when it has one and no vocabulary was given, and told which codes of the
    database's records that vocabulary (or the one given) does not hold among its standard
    concepts (a source concept may be non-standard): the query reads them as unknown, as the
    evaluator does."""
    wanted = wanted_concepts(program)
    if not wanted:
        return program
    vocabulary = program.vocabulary
    if vocabulary is None:
        try:
            _columns(con, _table(source, "concept_ancestor"))
        except duckdb.Error:
            return program  # no hierarchy here: the entries' other codes stay unknown
        vocabulary = read_connection(con, f"the vocabulary of {where}", set(wanted), source.catalog, source.schema)
    absent = frozenset(pair for pair in record_codes(con, source) if not vocabulary.knows(*pair))
    return replace(program, vocabulary=vocabulary.lacking(absent))


#: the concept columns of the records the views read (their concept and source concept)
CONCEPT_COLUMNS = {
    table: (f"{table.split('_')[0]}_concept_id", f"{table.split('_')[0]}_source_concept_id")
    for table in ("condition_occurrence", "drug_exposure", "procedure_occurrence", "measurement", "observation")
}


def record_codes(con: duckdb.DuckDBPyConnection, source: OmopSource) -> set[tuple[str, str]]:
    """The (system, code) pairs of the systems whose hierarchy Eligo reads that the records'
    concepts and source concepts carry."""
    ids = [
        exp.select(exp.column(column).as_("concept_id")).from_(_table(source, table))
        for table, columns in CONCEPT_COLUMNS.items()
        for column in columns
    ]
    used = exp.union(*ids, distinct=True)
    query = (
        exp.select("c.vocabulary_id", "c.concept_code")
        .distinct()
        .from_(_table(source, "concept").as_("c"))
        .where(exp.column("concept_id", "c").isin(query=used))
    )
    return {
        (SYSTEMS[vocabulary_id], str(code))
        for vocabulary_id, code in con.execute(query.sql("duckdb")).fetchall()
        if vocabulary_id in SYSTEMS
    }


def screen_connection(
    con: duckdb.DuckDBPyConnection,
    program: Program,
    source: OmopSource,
    index_dates: Mapping[str, DateLike] | None = None,
    where: str = "the OMOP database",
    parameters: Mapping[str, str] | None = None,
) -> Iterator[PatientResult]:
    """Every person's outcomes and verdict (no evidence), computed by DuckDB on ``con``, whose
    OMOP tables ``source`` locates; ``parameters`` are the run's per-enrolment parameters (OMOP
    holds none of a person's own)."""
    found = inspect(con, source, where)
    program = own_vocabulary(con, program, found, where)
    query = omop_sql(program, found, index_dates, "duckdb", parameters=parameters)
    count = len(program.criteria)  # columns read by position: see sql.screen

    def batches() -> Iterator[list[Row]]:
        cursor = con.execute(query)
        while rows := cursor.fetchmany(10_000):
            yield [(row[0], row[count + 1], row[1 : count + 1]) for row in rows]

    try:
        yield from results_of(program, batches())
    except duckdb.Error as error:
        raise InputError(f"DuckDB could not run the screening query over {where}: {error}") from None


def screen_omop(
    program: Program,
    database: Path,
    index_dates: Mapping[str, DateLike] | None = None,
    schema: str = "main",
    reference_dates: str | None = None,
    parameters: Mapping[str, str] | None = None,
) -> Iterator[PatientResult]:
    """Screen every person of an OMOP CDM database (a DuckDB file, read in place) against ``program``."""
    con = connect_omop(database)
    with con:
        source = OmopSource(catalog=CATALOG, schema=schema, reference_dates=reference_dates)
        yield from screen_connection(con, program, source, index_dates, str(database), parameters)
