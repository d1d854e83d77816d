"""What a run over many records tells as it goes, on stderr: a progress count for terminals, each
rejected record or broken file, and the counts it ends with, which add up to the input."""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TYPE_CHECKING

import click

from eligo.cli.errors import plural
from eligo.errors import RecordProblem

if TYPE_CHECKING:
    from eligo.sources.fhir.accounting import FhirReading

__all__ = ["Progress", "broken_files", "eval_summary", "fhir_summary", "report_problem"]


def fhir_summary(reading: FhirReading) -> None:
    """What became of every FHIR resource read, on stderr (nothing when no FHIR was read)."""
    for line in reading.render():
        click.echo(line, err=True)


class Progress:
    """A count of screened records on stderr, redrawn at most a few times a second, for terminals only."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.count = 0
        self.shown = 0.0

    def tick(self) -> None:
        self.count += 1
        if self.enabled and time.monotonic() - self.shown > 0.25:
            self.shown = time.monotonic()
            sys.stderr.write(f"\rscreened {self.count} records")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def report_problem(problem: RecordProblem, counts: Counter[str], progress: Progress) -> None:
    """Report a problem on stderr (clearing the progress count first) and count it: a rejected
    record, or a broken file structure."""
    progress.clear()
    if problem.counts_as_record:
        counts["rejected"] += 1
        click.echo(f"rejected: {problem.render()}", err=True)
    else:
        counts["broken files"] += 1
        click.echo(f"broken file: {problem.render()}", err=True)


def broken_files(counts: Counter[str]) -> str:
    """What a summary line adds when some input files were broken, else nothing."""
    broken = counts["broken files"]
    return f"; {plural(broken, 'problem')} in the structure of the input files" if broken else ""


def eval_summary(counts: Counter[str]) -> str:
    """The line ``eligo eval`` ends with: records read, evaluated (by verdict) and rejected."""
    evaluated = counts["eligible"] + counts["ineligible"] + counts["undetermined"]
    total = evaluated + counts["rejected"]
    return (
        f"{plural(total, 'record')}: {evaluated} evaluated ({counts['eligible']} eligible, "
        f"{counts['ineligible']} ineligible, {counts['undetermined']} undetermined), {counts['rejected']} rejected{broken_files(counts)}"
    )
