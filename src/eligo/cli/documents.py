"""The commands that write documents (:mod:`eligo.documents`): ``render`` (the protocol's
eligibility section, or everything under generated/) and ``report`` (one patient's checklist, or a
cohort's report)."""

from __future__ import annotations

import datetime
import sys
from collections import Counter
from pathlib import Path
from typing import Any, cast

import click

from eligo.cli.counts import broken_files, fhir_summary
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
from eligo.documents.checklist import render_patient_report
from eligo.documents.cohort import render_cohort_report
from eligo.documents.render import FORMATS, LANGUAGES, render_protocol
from eligo.documents.report import REPORT_FORMATS, ReportFormat
from eligo.documents.summary import summarize
from eligo.errors import UsageError
from eligo.evaluate.output import atomic_output
from eligo.evaluate.trial import load
from eligo.language.load import load_program
from eligo.sources.reader import holds_one_record, read_one_patient
from eligo.tools.generate import generate_all

__all__ = ["render", "report"]


@click.command()
@click.argument("criteria", required=False, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="en",
    show_default=True,
    help="The document's language (zh: Simplified Chinese).",
)
@click.option("-o", "--output", type=OutputPath(), help="Write here (atomically).")
@click.option(
    "--all", "render_all", is_flag=True, help="Re-make every document under generated/ from criteria/ and examples/."
)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="With --all: the project directory holding criteria/, examples/ and generated/.")  # fmt: skip
@reports_errors
def render(criteria: str | None, fmt: str, lang: str, output: Path | None, render_all: bool, root: Path) -> None:
    """Write the eligibility section of CRITERIA's protocol as Markdown, HTML or plain text, in English or Chinese."""
    if render_all:
        for path in generate_all(root):
            click.echo(f"wrote {path}")
        return
    if criteria is None:
        raise UsageError("give a criteria file, or --all")
    with atomic_output(output, sys.stdout) as stream:
        stream.write(render_protocol(load_program(criteria), fmt, lang))


@click.command()
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("patients", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="html", show_default=True)
@click.option("--lang", type=click.Choice(LANGUAGES), default="en", show_default=True, help="The report's language.")
@click.option("-o", "--output", type=OutputPath(), help="Write here (atomically).")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option("--param", multiple=True, help=PARAM_HELP)
@click.option(
    "--on", "evaluated_on", type=click.DateTime(["%Y-%m-%d"]), help="The evaluation date printed (default: today)."
)
@fhir_collected
@vocabulary_option
@reports_errors
def report(
    criteria: str,
    patients: str,
    fmt: str,
    lang: str,
    output: Path | None,
    index_date: tuple[str, ...],
    param: tuple[str, ...],
    evaluated_on: Any,
    fhir_collected: str,
    vocabulary: Path | None,
) -> None:
    """Write a screening report: PATIENTS holding one record gives that patient's checklist to
    print and sign; a batch (JSON Lines, an array, a directory) gives the cohort report with its
    attrition funnel."""
    with atomic_output(output, sys.stdout) as stream:  # before any input is read: a bad -o fails at once
        trial = load(criteria, vocabulary)
        dates = index_dates(index_date, trial.program)
        run = run_parameters(param, trial.program)
        when = evaluated_on.date() if evaluated_on else datetime.date.today()
        path = Path(patients)
        fhir = fhir_reading(fhir_collected)
        if holds_one_record(path):
            patient = read_one_patient(path, index_dates=dates, program=trial.program, fhir=fhir)
            result = trial.evaluate(patient, dates, parameters=run)
            text = render_patient_report(
                result, trial.program, cast(ReportFormat, fmt), when, patient=patient, lang=lang
            )
            rejected = 0
        else:
            summary = summarize(trial, path, dates, fhir=fhir, parameters=run)
            text = render_cohort_report(summary, trial.program, cast(ReportFormat, fmt), evaluated_on=when, lang=lang)
            rejected = summary.rejected + summary.broken_files
            broken = broken_files(Counter({"broken files": summary.broken_files}))
            click.echo(
                f"{plural(summary.total, 'record')}: {summary.evaluated} evaluated, {summary.rejected} rejected{broken}",
                err=True,
            )
        stream.write(text)
    fhir_summary(fhir)
    if rejected:
        sys.exit(EXIT_PROBLEMS)
