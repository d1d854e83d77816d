"""The commands that screen patients' records with the evaluator (:mod:`eligo.evaluate`): ``eval``
(a batch), ``explain`` (one patient), and ``schema`` (the record format they read)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from eligo.cli.counts import Progress, eval_summary, fhir_summary, report_problem
from eligo.cli.errors import EXIT_PROBLEMS, reports_errors
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
from eligo.errors import UsageError
from eligo.evaluate.output import atomic_output, explain_text
from eligo.evaluate.trial import load
from eligo.records.model import json_schema
from eligo.sources.reader import read_one_patient

__all__ = ["eval_command", "explain", "schema"]


@click.command(name="eval")
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("patients", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=OutputPath(), help="Write results here (atomically).")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option("--param", multiple=True, help=PARAM_HELP)
@click.option(
    "--explain",
    is_flag=True,
    help="Include each criterion's reason, evidence and missing data (JSON Lines only: refused with csv and table).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    help="Worker processes screening a JSON Lines file (default: one per core it may use); not with --explain.",
)
@click.option("--show-code", is_flag=True, hidden=True, help="Print the generated outcomes function; read no patients.")
@fhir_collected
@vocabulary_option
@reports_errors
def eval_command(
    criteria: str,
    patients: str,
    fmt: str,
    output: Path | None,
    index_date: tuple[str, ...],
    param: tuple[str, ...],
    explain: bool,
    jobs: int | None,
    show_code: bool,
    fhir_collected: str,
    vocabulary: Path | None,
) -> None:
    """Screen PATIENTS (a JSON file, a JSON array, JSON Lines, or a directory of them; or FHIR R4:
    a Bundle, NDJSON resources, a Bulk Data export directory).

    Writes one result per patient; reports every rejected record on stderr with its line,
    patient id and field path, and ends with counts that add up to the input. Exits 1 when
    any record was rejected. Without --explain, a JSON Lines file is screened on every core.
    --explain writes JSON Lines: CSV and the table have no place for reasons and evidence (for
    a person to read them, use `eligo explain` or `eligo report`).
    """
    if explain and fmt != "jsonl":
        raise UsageError(
            f"--explain adds reasons and evidence to JSON Lines output; --format {fmt} has no place for them"
        )
    if explain and jobs is not None:
        raise UsageError("--jobs screens without evidence; it cannot be used with --explain")
    if show_code:  # debugging: the Python source eval runs for the trial's outcomes
        with atomic_output(output, sys.stdout) as stream:
            stream.write(load(criteria).outcomes_source)
        return
    counts: Counter[str] = Counter()
    progress = Progress(enabled=sys.stderr.isatty())
    fhir = fhir_reading(fhir_collected)
    with atomic_output(output, sys.stdout) as stream:  # before any input is read: a bad -o fails at once
        trial = load(criteria, vocabulary)
        dates = index_dates(index_date, trial.program)
        run = run_parameters(param, trial.program)
        # with evidence too, a JSON Lines file is screened on every core (each result's line made there)
        stream.write("" if explain else trial.header(fmt))
        screening = trial.screen(
            patients, jobs=jobs, index_dates=dates, fmt=fmt, fhir=fhir, explain=explain, parameters=run
        )
        for screened in screening:
            if screened.problem is not None:
                report_problem(screened.problem, counts, progress)
            else:
                counts[screened.verdict or ""] += 1
                stream.write(screened.text or "")
            progress.tick()
    progress.clear()
    fhir_summary(fhir)
    click.echo(eval_summary(counts), err=True)
    if counts["rejected"] or counts["broken files"]:
        sys.exit(EXIT_PROBLEMS)


@click.command()
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("patient", type=click.Path(dir_okay=False))
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option("--param", multiple=True, help=PARAM_HELP)
@fhir_collected
@vocabulary_option
@reports_errors
def explain(
    criteria: str,
    patient: str,
    index_date: tuple[str, ...],
    param: tuple[str, ...],
    fhir_collected: str,
    vocabulary: Path | None,
) -> None:
    """Explain one PATIENT's screening, criterion by criterion, for a person to read (PATIENT: a
    JSON record, or a FHIR Bundle of one patient)."""
    trial = load(criteria, vocabulary)
    dates = index_dates(index_date, trial.program)
    run = run_parameters(param, trial.program)
    fhir = fhir_reading(fhir_collected)
    record = read_one_patient(patient, index_dates=dates, program=trial.program, fhir=fhir)
    result = trial.evaluate(record, dates, parameters=run)
    click.echo(explain_text(result, trial.program), nl=False)
    fhir_summary(fhir)


@click.command()
def schema() -> None:
    """Print the JSON Schema of the patient record format."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
