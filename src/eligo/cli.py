"""The ``eligo`` command.

Exit codes: 0 when all is well, 1 when the input has problems (criteria that do not check,
files that would be reformatted), 2 when the command itself is used wrongly. Results go to
stdout, diagnostics to stderr, and no user error ends in a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from eligo.errors import EligoError, SourceError, UsageError
from eligo.format import format_document
from eligo.load import load_program, read_document

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def reports_errors(command: F) -> F:
    """Turn Eligo's own errors into a readable message on stderr and the right exit code."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UsageError as error:
            click.echo(f"eligo: error: {error}", err=True)
            sys.exit(EXIT_USAGE)
        except EligoError as error:
            click.echo(error.render(), err=True)
            if isinstance(error, SourceError):
                click.echo(_summary(error), err=True)
            sys.exit(EXIT_PROBLEMS)

    return wrapper  # type: ignore[return-value]


def _summary(error: SourceError) -> str:
    errors = sum(1 for d in error.diagnostics if d.severity == "error")
    warnings = len(error.diagnostics) - errors
    return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def criteria_files(paths: Iterable[str]) -> list[Path]:
    """Files named on the command line; a directory stands for the .elig files directly in it."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(path.glob("*.elig")))
        elif path.exists():
            found.append(path)
        else:
            raise UsageError(f"{name}: no such file or directory")
    return found


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eligo")
def main() -> None:
    """Eligo: clinical-trial eligibility criteria as code.

    Write a trial's criteria once in criteria/*.elig; check them like a type checker,
    format them, and (in later commands) screen patients and render protocol text.

    \b
    Exit codes: 0 ok, 1 problems in the input, 2 wrong usage.
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
            _write_atomically(path, formatted)
            click.echo(f"reformatted {path}")
    if failed or (check_only and changed):
        sys.exit(EXIT_PROBLEMS)


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.eligo-tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


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
        from eligo.nodes import Node

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
