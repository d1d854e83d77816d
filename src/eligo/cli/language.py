"""The commands on criteria files: ``check``, ``fmt`` and ``parse`` (:mod:`eligo.language`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from eligo.cli.errors import EXIT_PROBLEMS, plural, problem_counts, reports_errors
from eligo.cli.options import criteria_files
from eligo.errors import SourceError
from eligo.evaluate.output import write_atomically
from eligo.language.format import format_document
from eligo.language.load import load_program, read_document
from eligo.language.nodes import Node

__all__ = ["check", "fmt", "parse"]


@click.command()
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
        click.echo(f"{path}: ok ({len(program.criteria)} criteria, {plural(len(program.warnings), 'warning')})")
    if errors or (strict and warnings):
        click.echo(problem_counts(errors, warnings), err=True)
        sys.exit(EXIT_PROBLEMS)


@click.command()
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


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the syntax tree as JSON (the default).")
@click.option("--spans", is_flag=True, help="Include source positions in the JSON.")
@reports_errors
def parse(file: str, as_json: bool, spans: bool) -> None:
    """Parse FILE and print its syntax tree as JSON (no checking)."""
    document, _ = read_document(Path(file))
    if spans:
        click.echo(with_spans(document))
    else:
        click.echo(document.model_dump_json(indent=2))


def with_spans(document: Any) -> str:
    """The syntax tree as JSON, each node with its source position (``span``) where it has one."""

    def dump(node: Any) -> Any:
        if isinstance(node, Node):
            data = {name: dump(getattr(node, name)) for name in type(node).model_fields if name != "span"}
            if node.span is not None:
                data["span"] = node.span.model_dump()
            return data
        if isinstance(node, tuple):
            return [dump(x) for x in node]
        return node if not hasattr(node, "model_dump") else node.model_dump(mode="json")

    return json.dumps(dump(document), indent=2, default=str, ensure_ascii=False)
