"""``eligo diff``: what an amendment changed in meaning (:mod:`eligo.tools.diff`), and, over a
cohort, whose verdict it changes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eligo.cli.errors import EXIT_PROBLEMS, reports_errors
from eligo.cli.options import INDEX_DATE_HELP, OutputPath, index_dates
from eligo.errors import UsageError
from eligo.evaluate.output import atomic_output
from eligo.language.load import load_program

__all__ = ["diff"]


@click.command()
@click.argument("old", type=click.Path(dir_okay=False))
@click.argument("new", type=click.Path(dir_okay=False))
@click.option("--patients", type=click.Path(exists=True, path_type=Path),
              help="Patient records (a file or directory, as `eligo eval` reads them): screen them under both versions.")  # fmt: skip
@click.option("--database", type=click.Path(exists=True, path_type=Path),
              help="A database written by `eligo import` (DuckDB file or Parquet directory): screen it under both versions.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=OutputPath(), help="Write here (atomically).")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@reports_errors
def diff(
    old: str, new: str, patients: Path | None, database: Path | None, fmt: str, output: Path | None,
    index_date: tuple[str, ...],
) -> None:  # fmt: skip
    """Say what changed in meaning from OLD to NEW (two versions of a trial's criteria).

    Per criterion (matched by id; renumbered: the same logic under a new id): added, removed,
    renumbered, wording only, or logic changed and how (a threshold, a window, a value set's
    codes, an exception), and whether that tightens the trial, loosens it, neither, or cannot
    be told; then value sets and measures (codes added and removed). With --patients or
    --database, the patients whose verdict changes and the criteria that changed it; records
    either version refuses are reported on stderr and left out (exit 1).
    """
    from eligo.tools.diff import diff_cohort, diff_programs, render_diff
    from eligo.tools.diff.cohort import screen_imported, screen_records

    if patients is not None and database is not None:
        raise UsageError("give --patients or --database, not both")
    problems: list[str] = []
    with atomic_output(output, sys.stdout) as stream:
        before, after = load_program(old), load_program(new)
        changes = diff_programs(before, after, old, new)
        cohort = None
        if patients is not None:
            old_screened = list(screen_records(before, patients, index_dates(index_date, before)))
            new_screened = list(screen_records(after, patients, index_dates(index_date, after)))
            cohort = diff_cohort(changes, old_screened, new_screened, str(patients))
            for version, screened in (("old", old_screened), ("new", new_screened)):
                problems.extend(f"rejected ({version} version): {s.problem.render()}" for s in screened if s.problem)
        elif database is not None:
            cohort = diff_cohort(
                changes,
                screen_imported(before, database, index_dates(index_date, before)),
                screen_imported(after, database, index_dates(index_date, after)),
                str(database),
            )
        stream.write(render_diff(changes, fmt, cohort))
    for problem in problems:  # records refused are left out of the comparison, and said so
        click.echo(problem, err=True)
    if problems:
        sys.exit(EXIT_PROBLEMS)
