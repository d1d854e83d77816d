"""The ``eligo`` command: the group :func:`main` and its commands, each in the module of its
concern and each calling the stage it names. :mod:`~eligo.cli.language` (check, fmt, parse),
:mod:`~eligo.cli.screening` (eval, explain, schema), :mod:`~eligo.cli.documents` (render, report),
:mod:`~eligo.cli.sql` (sql, import, screen); what they share: :mod:`~eligo.cli.errors` (messages
and exit codes), :mod:`~eligo.cli.signals` (interrupted runs), :mod:`~eligo.cli.options` (paths
and index dates as written), :mod:`~eligo.cli.counts` (progress and the counts a run ends with).
The CLI is the top of the package: it may import every stage, and nothing imports it.

Exit codes: 0 when all is well, 1 when the input has problems (criteria that do not check,
files that would be reformatted), 2 when the command itself is used wrongly (a file named that
does not exist, an output path that cannot be written), and 128 plus the signal's number when a
run is interrupted: 130 on Ctrl-C (SIGINT), 143 on SIGTERM, 129 on SIGHUP, with every partial
file removed. Results go to stdout, diagnostics to stderr, and no user error ends in a traceback.
"""

from __future__ import annotations

import click

from eligo.cli.counts import Progress
from eligo.cli.diff import diff
from eligo.cli.documents import render, report
from eligo.cli.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, report_error, reports_errors
from eligo.cli.language import check, fmt, parse
from eligo.cli.lsp import lsp
from eligo.cli.screening import eval_command, explain, schema
from eligo.cli.signals import Interrupted, stopped_by_signals
from eligo.cli.sql import import_command, screen, sql

__all__ = [
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_USAGE",
    "Interrupted",
    "Progress",
    "main",
    "report_error",
    "reports_errors",
    "stopped_by_signals",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="eligo")
def main() -> None:
    """Eligo: clinical-trial eligibility criteria as code.

    Write a trial's criteria once in criteria/*.elig; check and format them (check, fmt,
    parse), screen patients (eval, explain, report), write the protocol text (render), and
    screen whole databases on DuckDB (import, screen, sql), compare two versions (diff), and
    serve editors (lsp).

    \b
    Exit codes: 0 ok, 1 problems in the input, 2 wrong usage (an output that
    cannot be written too), 130/143/129 interrupted (Ctrl-C, SIGTERM, SIGHUP).
    """


for command in (
    check,
    fmt,
    parse,
    eval_command,
    explain,
    schema,
    render,
    report,
    sql,
    import_command,
    screen,
    diff,
    lsp,
):
    main.add_command(command)
