"""How the ``eligo`` command ends: Eligo's own errors as a readable message on stderr with the exit
code of their kind, an interrupted run as 128 plus the signal's number, and the one-line counts
commands end with."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable
from functools import wraps
from typing import Any, NoReturn, TypeVar

import click

from eligo.cli.signals import stopped_by_signals
from eligo.errors import EligoError, InputError, RecordError, SourceError, UsageError

__all__ = ["EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "plural", "problem_counts", "report_error", "reports_errors"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


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
        errors = sum(1 for d in error.diagnostics if d.severity == "error")
        click.echo(problem_counts(errors, len(error.diagnostics) - errors), err=True)
    sys.exit(EXIT_PROBLEMS)


def problem_counts(errors: int, warnings: int) -> str:
    """``2 errors, 1 warning``: what checking criteria found."""
    return f"{plural(errors, 'error')}, {plural(warnings, 'warning')}"


def plural(count: int, word: str) -> str:
    """``1 record``, ``2 records``."""
    return f"{count} {word}{'' if count == 1 else 's'}"
