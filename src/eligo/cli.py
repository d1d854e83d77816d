"""The ``eligo`` command.

Exit codes: 0 when all is well, 1 when the input has problems (criteria that do not check,
files that would be reformatted), 2 when the command itself is used wrongly (a file named that
does not exist, an output path that cannot be written), and 128 plus the signal's number when a
run is interrupted: 130 on Ctrl-C (SIGINT), 143 on SIGTERM, 129 on SIGHUP, with every partial
file removed. Results go to stdout, diagnostics to stderr, and no user error ends in a traceback.
"""

from __future__ import annotations

import datetime
import itertools
import json
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn, TypeVar, cast

import click

from eligo.documents.checklist import render_patient_report
from eligo.documents.cohort import render_cohort_report
from eligo.documents.render import FORMATS, render_protocol
from eligo.documents.report import REPORT_FORMATS, ReportFormat
from eligo.documents.summary import CohortSummary, summarize
from eligo.errors import EligoError, InputError, RecordError, RecordProblem, SourceError, UsageError
from eligo.evaluate.output import CsvWriter, JsonLinesWriter, TableWriter, atomic_output, explain_text, write_atomically
from eligo.evaluate.trial import load
from eligo.language.format import format_document
from eligo.language.load import load_program, read_document
from eligo.language.program import Program
from eligo.language.temporal import DateLike, PartialDate
from eligo.records.model import Patient, json_schema
from eligo.sources.fhir.accounting import FhirReading
from eligo.sources.reader import read_one_patient, read_patients
from eligo.sql.compile import DIALECTS
from eligo.tools.generate import generate_all

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

#: Signals that end a run (SIGHUP: the terminal went away), where the platform has them.
STOPPING = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


class Interrupted(BaseException):
    """A run stopped by SIGTERM or SIGHUP, raised where the run stands (as Python raises
    KeyboardInterrupt on Ctrl-C), so that every partial file is removed on the way out."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


@dataclass
class Stop:
    """The signal that stopped the run, once one did."""

    number: int | None = None


@contextmanager
def stopped_by_signals() -> Iterator[Stop]:
    """Within: Ctrl-C raises KeyboardInterrupt, SIGTERM and SIGHUP raise :class:`Interrupted`, and
    the signal is kept (a library may turn the exception into its own, as DuckDB turns Ctrl-C into
    "Query interrupted"). Only in the main thread, where Python runs signal handlers, and only
    for signals with their usual handling: one the process was told to ignore, as under
    ``nohup``, stays ignored."""
    stop = Stop()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def interrupt(number: int, frame: FrameType | None) -> None:
        if stop.number is None:
            stop.number = number
        for each in installed:  # once is enough: the clean-up on the way out is not interrupted
            signal.signal(each, signal.SIG_IGN)
        raise KeyboardInterrupt if number == signal.SIGINT else Interrupted(number)

    usual = (signal.SIG_DFL, signal.default_int_handler)
    installed = {n: signal.getsignal(n) for n in STOPPING if signal.getsignal(n) in usual}
    try:
        for number in installed:
            signal.signal(number, interrupt)
        yield stop
    finally:
        for number, handler in installed.items():
            signal.signal(number, handler)


def reports_errors(command: F) -> F:
    """Turn Eligo's own errors into a readable message on stderr and the right exit code, and an
    interrupted run (Ctrl-C, SIGTERM, SIGHUP) into exit code 128 plus the signal's number."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with stopped_by_signals() as stop:
            try:
                return command(*args, **kwargs)
            except BaseException as error:
                if stop.number is None and isinstance(error, KeyboardInterrupt):
                    stop.number = signal.SIGINT  # Ctrl-C outside the main thread: Python's own handler
                if stop.number is None:
                    if isinstance(error, EligoError):
                        report_error(error)
                    raise
        said = "Ctrl-C" if stop.number == signal.SIGINT else signal.Signals(stop.number).name
        click.echo(f"\neligo: interrupted ({said})", err=True)
        sys.exit(128 + stop.number)

    return wrapper  # type: ignore[return-value]


def report_error(error: EligoError) -> NoReturn:
    """One of Eligo's own errors as a readable message on stderr, and the exit code of its kind."""
    if isinstance(error, UsageError):
        click.echo(f"eligo: error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    if isinstance(error, RecordError | InputError):
        click.echo(f"eligo: error: {error}", err=True)
        sys.exit(EXIT_PROBLEMS)
    click.echo(error.render(), err=True)
    if isinstance(error, SourceError):
        click.echo(_summary(error), err=True)
    sys.exit(EXIT_PROBLEMS)


def _summary(error: SourceError) -> str:
    errors = sum(1 for d in error.diagnostics if d.severity == "error")
    warnings = len(error.diagnostics) - errors
    return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eligo")
def main() -> None:
    """Eligo: clinical-trial eligibility criteria as code.

    Write a trial's criteria once in criteria/*.elig; check and format them (check, fmt,
    parse), screen patients (eval, explain, report), write the protocol text (render), and
    screen whole databases on DuckDB (import, screen, sql).

    \b
    Exit codes: 0 ok, 1 problems in the input, 2 wrong usage (an output that
    cannot be written too), 130/143/129 interrupted (Ctrl-C, SIGTERM, SIGHUP).
    """


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="Treat warnings as errors (exit 1 on any warning).")
@reports_errors
def check(files: tuple[str, ...], strict: bool) -> None:
    """Check criteria FILES (or directories of .elig files): names, types, units, codes.

    Every problem in every file is reported, each with file:line:col and a caret under it.
    """
    errors = warnings = 0
    for path in criteria_files(files):
        try:
            program = load_program(path)
        except SourceError as error:
            click.echo(error.render(), err=True)
            errors += len(error.errors)
            warnings += len(error.diagnostics) - len(error.errors)
            continue
        for warning in program.warnings:
            click.echo(warning.render(program.sources), err=True)
        warnings += len(program.warnings)
        click.echo(f"{path}: ok ({len(program.criteria)} criteria, {_plural(len(program.warnings), 'warning')})")
    if errors or (strict and warnings):
        click.echo(f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}", err=True)
        sys.exit(EXIT_PROBLEMS)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--check", "check_only", is_flag=True, help="Change nothing; exit 1 and name the files that would change."
)
@reports_errors
def fmt(files: tuple[str, ...], check_only: bool) -> None:
    """Rewrite criteria FILES in the canonical layout, keeping every comment."""
    changed: list[Path] = []
    failed = False
    for path in criteria_files(files):
        try:
            document, sources = read_document(path)
        except SourceError as error:
            click.echo(error.render(), err=True)
            failed = True
            continue
        original = sources[str(path)]
        formatted = format_document(document, original)
        if formatted == original:
            continue
        changed.append(path)
        if check_only:
            click.echo(f"would reformat {path}")
        else:
            write_atomically(path, formatted)
            click.echo(f"reformatted {path}")
    if failed or (check_only and changed):
        sys.exit(EXIT_PROBLEMS)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the syntax tree as JSON (the default).")
@click.option("--spans", is_flag=True, help="Include source positions in the JSON.")
@reports_errors
def parse(file: str, as_json: bool, spans: bool) -> None:
    """Parse FILE and print its syntax tree as JSON (no checking)."""
    document, _ = read_document(Path(file))
    if spans:
        click.echo(_with_spans(document))
    else:
        click.echo(document.model_dump_json(indent=2))


def _with_spans(document: Any) -> str:
    import json

    def dump(node: Any) -> Any:
        from eligo.language.nodes import Node

        if isinstance(node, Node):
            data = {name: dump(getattr(node, name)) for name in type(node).model_fields if name != "span"}
            if node.span is not None:
                data["span"] = node.span.model_dump()
            return data
        if isinstance(node, tuple):
            return [dump(x) for x in node]
        return node if not hasattr(node, "model_dump") else node.model_dump(mode="json")

    return json.dumps(dump(document), indent=2, default=str, ensure_ascii=False)


if __name__ == "__main__":  # pragma: no cover
    main()


# ----------------------------------------------------------------------------- screening


def _index_dates(values: tuple[str, ...], program: Program) -> dict[str, DateLike]:
    """``--index-date first_dose=2026-03-02``, or a bare date for every reference date."""
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


INDEX_DATE_HELP = "A reference date for every patient that lacks its own: NAME=YYYY-MM-DD, or a bare date for all."
FHIR_COLLECTED_HELP = (
    "FHIR input: record kinds to read as collected even in a source holding none of their resources "
    "(comma-separated: condition, medication, procedure, observation, adverse_event, allergy, study). "
    "By default a kind is collected where the Bundle or export holds any resource of it."
)
fhir_collected = click.option("--fhir-collected", default="", metavar="KINDS", help=FHIR_COLLECTED_HELP)


def _fhir_reading(kinds: str) -> FhirReading:
    """The FHIR reading's options from --fhir-collected."""
    names = frozenset(name.strip() for name in kinds.split(",") if name.strip())
    try:
        return FhirReading(collected=names or None)
    except ValueError as error:
        raise UsageError(f"--fhir-collected: {error}") from None


def _fhir_summary(reading: FhirReading) -> None:
    """What became of every FHIR resource read, on stderr (nothing when no FHIR was read)."""
    for line in reading.render():
        click.echo(line, err=True)


@main.command(name="eval")
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("patients", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=OutputPath(), help="Write results here (atomically).")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
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
@fhir_collected
@reports_errors
def eval_command(
    criteria: str,
    patients: str,
    fmt: str,
    output: Path | None,
    index_date: tuple[str, ...],
    explain: bool,
    jobs: int | None,
    fhir_collected: str,
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
    counts: Counter[str] = Counter()
    progress = Progress(enabled=sys.stderr.isatty())
    fhir = _fhir_reading(fhir_collected)
    with atomic_output(output, sys.stdout) as stream:  # before any input is read: a bad -o fails at once
        trial = load(criteria)
        dates = _index_dates(index_date, trial.program)
        if explain:
            writer = JsonLinesWriter(stream, explain=True)
            for item in read_patients(patients, index_dates=dates, program=trial.program, fhir=fhir):
                if isinstance(item, RecordProblem):
                    _rejected(item, counts, progress)
                else:
                    result = trial.evaluate(item.patient, dates, explain=True)
                    counts[result.verdict] += 1
                    writer.write(result)
                progress.tick()
        else:
            stream.write(trial.header(fmt))
            for screened in trial.screen(patients, jobs=jobs, index_dates=dates, fmt=fmt, fhir=fhir):
                if screened.problem is not None:
                    _rejected(screened.problem, counts, progress)
                else:
                    counts[screened.verdict or ""] += 1
                    stream.write(screened.text or "")
                progress.tick()
    progress.clear()
    _fhir_summary(fhir)
    click.echo(_eval_summary(counts), err=True)
    if counts["rejected"] or counts["broken files"]:
        sys.exit(EXIT_PROBLEMS)


def _rejected(problem: RecordProblem, counts: Counter[str], progress: Progress) -> None:
    progress.clear()
    _count_problem(problem, counts)


def _count_problem(problem: RecordProblem, counts: Counter[str]) -> None:
    """Report a problem on stderr and count it: a rejected record, or a broken file structure."""
    if problem.counts_as_record:
        counts["rejected"] += 1
        click.echo(f"rejected: {problem.render()}", err=True)
    else:
        counts["broken files"] += 1
        click.echo(f"broken file: {problem.render()}", err=True)


def _broken_files(counts: Counter[str]) -> str:
    broken = counts["broken files"]
    return f"; {_plural(broken, 'problem')} in the structure of the input files" if broken else ""


def _writer(fmt: str, stream: Any, program: Program, explain: bool) -> Any:
    if fmt == "csv":
        return CsvWriter(stream, program)
    if fmt == "table":
        return TableWriter(stream, program)
    return JsonLinesWriter(stream, explain)


def _eval_summary(counts: Counter[str]) -> str:
    evaluated = counts["eligible"] + counts["ineligible"] + counts["undetermined"]
    total = evaluated + counts["rejected"]
    return (
        f"{_plural(total, 'record')}: {evaluated} evaluated ({counts['eligible']} eligible, "
        f"{counts['ineligible']} ineligible, {counts['undetermined']} undetermined), {counts['rejected']} rejected{_broken_files(counts)}"
    )


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


@main.command()
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("patient", type=click.Path(dir_okay=False))
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@fhir_collected
@reports_errors
def explain(criteria: str, patient: str, index_date: tuple[str, ...], fhir_collected: str) -> None:
    """Explain one PATIENT's screening, criterion by criterion, for a person to read (PATIENT: a
    JSON record, or a FHIR Bundle of one patient)."""
    trial = load(criteria)
    dates = _index_dates(index_date, trial.program)
    fhir = _fhir_reading(fhir_collected)
    result = trial.evaluate(read_one_patient(patient, index_dates=dates, program=trial.program, fhir=fhir), dates)
    click.echo(explain_text(result, trial.program), nl=False)
    _fhir_summary(fhir)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the patient record format."""
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


# ----------------------------------------------------------------------------- documents


@main.command()
@click.argument("criteria", required=False, type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True)
@click.option("-o", "--output", type=OutputPath(), help="Write here (atomically).")
@click.option(
    "--all", "render_all", is_flag=True, help="Re-make every document under generated/ from criteria/ and examples/."
)
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True,
              help="With --all: the project directory holding criteria/, examples/ and generated/.")  # fmt: skip
@reports_errors
def render(criteria: str | None, fmt: str, output: Path | None, render_all: bool, root: Path) -> None:
    """Write the eligibility section of CRITERIA's protocol as Markdown, HTML or plain text."""
    if render_all:
        for path in generate_all(root):
            click.echo(f"wrote {path}")
        return
    if criteria is None:
        raise UsageError("give a criteria file, or --all")
    with atomic_output(output, sys.stdout) as stream:
        stream.write(render_protocol(load_program(criteria), fmt))


@main.command()
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("patients", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default="html", show_default=True)
@click.option("-o", "--output", type=OutputPath(), help="Write here (atomically).")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option(
    "--on", "evaluated_on", type=click.DateTime(["%Y-%m-%d"]), help="The evaluation date printed (default: today)."
)
@fhir_collected
@reports_errors
def report(
    criteria: str,
    patients: str,
    fmt: str,
    output: Path | None,
    index_date: tuple[str, ...],
    evaluated_on: Any,
    fhir_collected: str,
) -> None:
    """Write a screening report: PATIENTS holding one record gives that patient's checklist to
    print and sign; a batch (JSON Lines, an array, a directory) gives the cohort report with its
    attrition funnel."""
    with atomic_output(output, sys.stdout) as stream:  # before any input is read: a bad -o fails at once
        trial = load(criteria)
        dates = _index_dates(index_date, trial.program)
        when = evaluated_on.date() if evaluated_on else datetime.date.today()
        path = Path(patients)
        fhir = _fhir_reading(fhir_collected)
        if _holds_one_record(path):
            patient = read_one_patient(path, index_dates=dates, program=trial.program, fhir=fhir)
            result = trial.evaluate(patient, dates)
            text = render_patient_report(result, trial.program, cast(ReportFormat, fmt), when, patient=patient)
            rejected = 0
        else:
            summary = summarize(trial, path, dates, fhir=fhir)
            text = render_cohort_report(summary, trial.program, cast(ReportFormat, fmt), evaluated_on=when)
            rejected = summary.rejected + summary.broken_files
            broken = _broken_files(Counter({"broken files": summary.broken_files}))
            click.echo(
                f"{_plural(summary.total, 'record')}: {summary.evaluated} evaluated, {summary.rejected} rejected{broken}",
                err=True,
            )
        stream.write(text)
    _fhir_summary(fhir)
    if rejected:
        sys.exit(EXIT_PROBLEMS)


def _holds_one_record(path: Path) -> bool:
    """A directory or a JSON Lines file is a cohort; another file is one patient if it holds one
    record (a problem with the file's structure is not a record)."""
    if path.is_dir() or path.suffix.lower() in (".jsonl", ".ndjson"):
        return False
    records = (item for item in read_patients(path) if not isinstance(item, RecordProblem) or item.counts_as_record)
    return sum(1 for _ in itertools.islice(records, 2)) == 1


# ----------------------------------------------------------------------------- SQL back end


@main.command()
@click.argument("criteria", type=click.Path(dir_okay=False), required=False)
@click.option("--dialect", type=click.Choice(DIALECTS), default="duckdb", show_default=True)
@click.option("--pretty", is_flag=True, help="Indent the query.")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option("--tables", is_flag=True, help="Print the CREATE TABLE statements of the layout instead (no CRITERIA).")
@reports_errors
def sql(criteria: str | None, dialect: str, pretty: bool, index_date: tuple[str, ...], tables: bool) -> None:
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
    program = load_program(criteria)
    click.echo(to_sql(program, dialect, _index_dates(index_date, program), pretty))


@main.command(name="import")
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
    """Load PATIENTS (JSON, arrays, JSON Lines, directories) into the relational layout.

    Bad records (and a record repeating an earlier patient id) are reported as `eligo eval`
    reports them, and left out; exit 1 if any. The import is written aside and put in place only
    once complete: an interrupted import leaves nothing under --to's name (and an earlier import
    replaced stays as it was).
    """
    from eligo.sql.store import write_import

    counts: Counter[str] = Counter()
    progress = Progress(enabled=sys.stderr.isatty())
    fhir = _fhir_reading(fhir_collected)

    def good() -> Iterator[Patient]:
        for item in read_patients(patients, fhir=fhir):
            if isinstance(item, RecordProblem):
                _rejected(item, counts, progress)
            else:
                counts["loaded"] += 1
                yield item.patient
            progress.tick()

    write_import(good(), target, fmt, replace)
    progress.clear()
    _fhir_summary(fhir)
    total = counts["loaded"] + counts["rejected"]
    click.echo(
        f"{_plural(total, 'record')}: {counts['loaded']} imported, {counts['rejected']} rejected{_broken_files(counts)}",
        err=True,
    )
    if counts["rejected"] or counts["broken files"]:
        sys.exit(EXIT_PROBLEMS)


@main.command()
@click.argument("criteria", type=click.Path(dir_okay=False))
@click.argument("data", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["summary", "jsonl", "csv", "table"]), default="summary",
              show_default=True, help="summary: counts and the attrition funnel; the others: one row per patient.")  # fmt: skip
@click.option("-o", "--output", type=OutputPath(), help="Write here (atomically).")
@click.option("--index-date", multiple=True, help=INDEX_DATE_HELP)
@click.option("--external", is_flag=True,
              help="DATA's tables were filled by other means than `eligo import`: screen them without the record a "
              "complete import leaves (their completeness is yours to ensure).")  # fmt: skip
@reports_errors
def screen(
    criteria: str, data: Path, fmt: str, output: Path | None, index_date: tuple[str, ...], external: bool
) -> None:
    """Screen a database (DATA: a DuckDB file from `eligo import`, or its Parquet directory) on DuckDB.

    DATA must be an import `eligo import` completed, as it left it: an interrupted import, or
    tables changed since, are refused."""
    from eligo.sql.screen import screen_database

    with atomic_output(output, sys.stdout) as stream:  # before any input is read: a bad -o fails at once
        program = load_program(criteria)
        results = screen_database(program, data, _index_dates(index_date, program), external)
        if fmt == "summary":  # the SQL back end gives outcomes, not the missing data behind them
            summary = CohortSummary(program, source=str(data), missing_recorded=False)
            summary.extend(results)
            stream.write(render_cohort_report(summary, program, "md"))
            return
        writer = _writer(fmt, stream, program, explain=False)
        for result in results:
            writer.write(result)
        writer.close()
