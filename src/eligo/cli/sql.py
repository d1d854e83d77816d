"""The commands of the SQL back end (:mod:`eligo.sql`): ``sql`` (the query, or the tables),
``import`` (records into the relational layout) and ``screen`` (a database, on DuckDB)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import click

from eligo.cli.counts import Progress, broken_files, fhir_summary, report_problem
from eligo.cli.errors import EXIT_PROBLEMS, plural, reports_errors
from eligo.cli.options import (
    INDEX_DATE_HELP,
    PARAM_HELP,
    OutputPath,
    fhir_collected,
    fhir_reading,
    index_dates,
    run_parameters,
    vocabulary_option,
)
from eligo.errors import RecordProblem, UsageError
from eligo.evaluate.output import atomic_output, header
from eligo.language.load import load_program
from eligo.records.model import Patient
from eligo.sources.reader import read_patients
from eligo.sources.vocabulary import with_vocabulary
from eligo.sql.compile import DIALECTS

__all__ = ["import_command", "screen", "sql"]


@click.command()
@click.argument("criteria", type=click.Path(dir_okay=False), required=False)
@click.option("--dialect", type=click.Choice(DIALECTS), default="duckdb", show_default=True)
@click.option("--pretty", is_flag=True, help="Indent the query.")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option("--param", multiple=True, help=PARAM_HELP)
@click.option("--tables", is_flag=True, help="Print the CREATE TABLE statements of the layout instead (no CRITERIA).")
@click.option("--omop", "omop_version", type=click.Choice(["5.3", "5.4"]),
              help="The query reads the tables of an OMOP CDM of this version, in place (docs/omop.md).")  # fmt: skip
@click.option("--omop-schema", help="With --omop: the schema (Spark: the database) of the CDM tables.")
@click.option("--reference-dates", metavar="TABLE",
              help="With --omop: a table of (person_id, name, reference_date) giving the trial's reference dates.")  # fmt: skip
@vocabulary_option
@reports_errors
def sql(
    criteria: str | None,
    dialect: str,
    pretty: bool,
    index_date: tuple[str, ...],
    param: tuple[str, ...],
    tables: bool,
    omop_version: str | None,
    omop_schema: str | None,
    reference_dates: str | None,
    vocabulary: Path | None,
) -> None:
    """Print the SQL query that screens every patient of a database against CRITERIA.

    The query reads the tables `eligo import` writes and returns one row per patient: each
    criterion's outcome and the verdict, with the same semantics as `eligo eval`. With
    --tables, print the statements that create those tables (to load them into a database).
    """
    from eligo.sql.compile import to_sql
    from eligo.sql.layout import create_table_statements

    if tables == (criteria is not None):
        raise UsageError("give CRITERIA to print its query, or --tables (without CRITERIA) to print the tables")
    if tables:
        for statement in create_table_statements():
            click.echo(statement.sql(dialect=dialect, pretty=pretty) + ";")
        return
    assert criteria is not None
    if omop_version is None and (omop_schema is not None or reference_dates is not None):
        raise UsageError("--omop-schema and --reference-dates go with --omop")
    program = with_vocabulary(load_program(criteria), vocabulary)
    run = run_parameters(param, program)
    if omop_version is not None:
        from eligo.sql.omop.query import omop_sql
        from eligo.sql.omop.views import OmopSource

        source = OmopSource(schema=omop_schema, v54=omop_version == "5.4", reference_dates=reference_dates)
        click.echo(omop_sql(program, source, index_dates(index_date, program), dialect, pretty, run))
        return
    click.echo(to_sql(program, dialect, index_dates(index_date, program), pretty, run))


@click.command(name="import")
@click.argument("patients", type=click.Path())
@click.option("--to", "target", required=True, type=click.Path(path_type=Path),
              help="A DuckDB file (*.duckdb, *.db) or a directory for Parquet (or CSV) files.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True,
              help="The files written to a directory: Parquet (for eligo screen and Spark) or CSV (for PostgreSQL's COPY).")  # fmt: skip
@click.option("--replace", is_flag=True,
              help="Replace an earlier import at --to (it stays whole until the new one is complete).")  # fmt: skip
@fhir_collected
@reports_errors
def import_command(patients: str, target: Path, fmt: str, replace: bool, fhir_collected: str) -> None:
    """Load PATIENTS (JSON, arrays, JSON Lines, directories; FHIR Bundles and Bulk exports) into
    the relational layout.

    Bad records (and a record repeating an earlier patient id) are reported as `eligo eval`
    reports them, and left out; exit 1 if any. The import is written aside and put in place only
    once complete: an interrupted import leaves nothing under --to's name (and an earlier import
    replaced stays as it was).
    """
    from eligo.sql.store import write_import

    counts: Counter[str] = Counter()
    progress = Progress(enabled=sys.stderr.isatty())
    fhir = fhir_reading(fhir_collected)

    def good() -> Iterator[Patient]:
        for item in read_patients(patients, fhir=fhir):
            if isinstance(item, RecordProblem):
                report_problem(item, counts, progress)
            else:
                counts["loaded"] += 1
                yield item.patient
            progress.tick()

    write_import(good(), target, fmt, replace)
    progress.clear()
    fhir_summary(fhir)
    total = counts["loaded"] + counts["rejected"]
    click.echo(
        f"{plural(total, 'record')}: {counts['loaded']} imported, {counts['rejected']} rejected{broken_files(counts)}",
        err=True,
    )
    if counts["rejected"] or counts["broken files"]:
        sys.exit(EXIT_PROBLEMS)


@click.command()
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("data", type=click.Path(exists=True, path_type=Path), required=False)
@click.option("--format", "fmt", type=click.Choice(["summary", "jsonl", "csv", "table"]), default="summary",
              show_default=True, help="summary: counts and the attrition funnel; the others: one row per patient.")  # fmt: skip
@click.option("-o", "--output", type=OutputPath(), help="Write here (atomically).")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option("--param", multiple=True, help=PARAM_HELP)
@click.option("--external", is_flag=True,
              help="DATA's tables were filled by other means than `eligo import`: screen them without the record a "
              "complete import leaves (their completeness is yours to ensure).")  # fmt: skip
@click.option("--omop", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Screen an OMOP CDM database (a DuckDB file, v5.3 or v5.4) in place, instead of DATA (docs/omop.md).")  # fmt: skip
@click.option("--omop-schema", default="main", show_default=True, help="With --omop: the schema of the CDM tables.")
@click.option("--reference-dates", metavar="TABLE",
              help="With --omop: a table of (person_id, name, reference_date) giving the trial's reference dates.")  # fmt: skip
@vocabulary_option
@reports_errors
def screen(
    criteria: str,
    data: Path | None,
    fmt: str,
    output: Path | None,
    index_date: tuple[str, ...],
    param: tuple[str, ...],
    external: bool,
    omop: Path | None,
    omop_schema: str,
    reference_dates: str | None,
    vocabulary: Path | None,
) -> None:
    """Screen a database (DATA: a DuckDB file from `eligo import`, or its Parquet directory; or
    --omop: an OMOP CDM database) on DuckDB.

    DATA must be an import `eligo import` completed, as it left it: an interrupted import, or
    tables changed since, are refused."""
    from eligo.documents.cohort import render_cohort_report
    from eligo.documents.summary import CohortSummary
    from eligo.evaluate.rows import row_format
    from eligo.sql.omop.screen import screen_omop
    from eligo.sql.screen import screen_combinations, screen_rows

    if (data is None) == (omop is None):
        raise UsageError("give DATA (a database from `eligo import`) or --omop DB (an OMOP CDM database), not both")
    if omop is None and (reference_dates is not None or omop_schema != "main"):
        raise UsageError("--reference-dates and --omop-schema go with --omop")
    if omop is not None and external:
        raise UsageError("--external goes with DATA: an OMOP database is read as the CDM, never as Eligo's tables")
    with atomic_output(output, sys.stdout) as stream:  # before any input is read: a bad -o fails at once
        program = with_vocabulary(load_program(criteria), vocabulary)
        dates = index_dates(index_date, program)
        run = run_parameters(param, program)
        ids = [c.id for c in program.criteria]
        if omop is not None:  # an OMOP database: results read in batches, counted here
            results = screen_omop(program, omop, dates, omop_schema, reference_dates, run)
            if fmt == "summary":  # the SQL back end gives outcomes, not the missing data behind them
                summary = CohortSummary(program, source=str(omop), missing_recorded=False)
                summary.extend(results)
                stream.write(render_cohort_report(summary, program, "md"))
                return
            line = row_format(fmt, program)
            stream.write(header(fmt, program))
            for result in results:
                stream.write(line(result.patient_id, result.verdict, tuple(c.outcome for c in result.criteria)))
            return
        assert data is not None
        if fmt == "summary":  # the SQL back end gives outcomes, not the missing data behind them
            summary = CohortSummary(program, source=str(data), missing_recorded=False)
            # counted in SQL: patients grouped by their outcomes, and the table's first rows
            combinations, first = screen_combinations(program, data, dates, external, summary.row_limit, run)
            for verdict, outcomes, count in combinations:
                summary.add_combination(dict(zip(ids, outcomes, strict=True)), verdict, count)
            summary.add_rows((pid, dict(zip(ids, outcomes, strict=True))) for pid, _, outcomes in first)
            stream.write(render_cohort_report(summary, program, "md"))
            return
        line = row_format(fmt, program)
        stream.write(header(fmt, program))
        for batch in screen_rows(program, data, dates, external, parameters=run):
            stream.write("".join([line(*row) for row in batch]))
