"""What the command line names, read: output paths, criteria files and directories, and
``--index-date`` values checked against the trial's reference dates."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from eligo.errors import UsageError
from eligo.language.program import Program
from eligo.language.temporal import DateLike, PartialDate

if TYPE_CHECKING:
    from eligo.sources.fhir.accounting import FhirReading

__all__ = [
    "INDEX_DATE_HELP", "PARAM_HELP", "OutputPath", "criteria_files", "fhir_collected", "fhir_reading", "index_dates",
    "run_parameters", "vocabulary_option",
]  # fmt: skip

INDEX_DATE_HELP = "A reference date for every patient that lacks its own: NAME=YYYY-MM-DD, or a bare date for all."
PARAM_HELP = (
    "A per-enrolment parameter of the trial for every patient that lacks its own: NAME=VALUE (cohort=cohort_b)."
)

fhir_collected = click.option(
    "--fhir-collected",
    default="",
    metavar="KINDS",
    help="FHIR input: record kinds to read as collected even in a source holding none of their resources "
    "(comma-separated: condition, medication, procedure, observation, adverse_event, allergy, study, lesion, specimen, family_history, device). "
    "By default a kind is collected where the Bundle or export holds any resource of it.",
)


vocabulary_option = click.option(
    "--vocabulary",
    type=click.Path(exists=True, path_type=Path),
    envvar="ELIGO_VOCABULARY",
    help="An OMOP vocabulary (an Athena download's directory, or a DuckDB file with the tables concept and "
    "concept_ancestor) that tells which codes lie under an 'and descendants' entry. Default: $ELIGO_VOCABULARY.",
)


def fhir_reading(kinds: str) -> FhirReading:
    """The options of a FHIR reading from ``--fhir-collected``."""
    from eligo.sources.fhir.accounting import FhirReading  # the record model: only commands that read records

    names = frozenset(name.strip() for name in kinds.split(",") if name.strip())
    try:
        return FhirReading(collected=names or None)
    except ValueError as error:
        raise UsageError(f"--fhir-collected: {error}") from None


class OutputPath(click.Path):
    """``-o``: a path to write to (not a directory, not empty); what it may name, and how it is
    written, is :func:`eligo.evaluate.output.atomic_output`'s to say."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == "":
            self.fail("an empty path names no file", param, ctx)
        return super().convert(value, param, ctx)


def criteria_files(paths: Iterable[str]) -> list[Path]:
    """Files named on the command line; a directory stands for every .elig file below it, outside
    hidden folders (``.git``, ``.venv``), as the patient reader skips hidden files."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            below = (
                p for p in path.rglob("*.elig") if not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            found.extend(sorted(below))
        elif path.exists():
            found.append(path)
        else:
            raise UsageError(f"{name}: no such file or directory")
    return found


def index_dates(values: tuple[str, ...], program: Program) -> dict[str, DateLike]:
    """``--index-date first_dose=2026-03-02``, or a bare date for every reference date.

    (The API's :meth:`eligo.evaluate.trial.CompiledTrial.read_index_dates` takes a mapping
    instead, and says ``index date 'name'`` where this says the option as it was written.)"""
    dates: dict[str, DateLike] = {}
    for value in values:
        name, _, text = value.rpartition("=")
        try:
            when = PartialDate.parse(text)
        except ValueError as error:
            raise UsageError(f"--index-date {value}: {error}") from None
        names = [name] if name else list(program.references)
        for each in names:
            if each not in program.references:
                known = ", ".join(program.references) or "none"
                raise UsageError(f"--index-date {value}: the trial has no reference date '{each}' (it has: {known})")
            dates[each] = when
    return dates


def run_parameters(values: tuple[str, ...], program: Program) -> dict[str, str]:
    """``--param cohort=cohort_b``: the run's per-enrolment parameters, checked against the trial's
    (a name it does not declare, or a value not among the parameter's, with a did-you-mean)."""
    from eligo.records.declared import Declared  # here: `eligo check` does not import the records

    declared = Declared.of(program)
    found: dict[str, str] = {}
    for value in values:
        name, equals, text = value.partition("=")
        if not equals:
            raise UsageError(f"--param {value}: write NAME=VALUE")
        problem = declared.parameter_problem(name, text)
        if problem is not None:
            raise UsageError(f"--param {value}: {problem}")
        found[name] = text
    return found
