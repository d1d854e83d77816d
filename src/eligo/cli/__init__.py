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

import importlib
from collections.abc import Iterator, MutableMapping

import click

from eligo.cli.counts import Progress
from eligo.cli.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, report_error, reports_errors
from eligo.cli.signals import Interrupted, stopped_by_signals

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


#: Each command's module and name there, in the order ``eligo --help`` lists them.
COMMANDS = {
    "check": ("eligo.cli.language", "check"),
    "fmt": ("eligo.cli.language", "fmt"),
    "parse": ("eligo.cli.language", "parse"),
    "eval": ("eligo.cli.screening", "eval_command"),
    "explain": ("eligo.cli.screening", "explain"),
    "schema": ("eligo.cli.screening", "schema"),
    "render": ("eligo.cli.documents", "render"),
    "report": ("eligo.cli.documents", "report"),
    "sql": ("eligo.cli.sql", "sql"),
    "import": ("eligo.cli.sql", "import_command"),
    "screen": ("eligo.cli.sql", "screen"),
    "diff": ("eligo.cli.diff", "diff"),
    "lsp": ("eligo.cli.lsp", "lsp"),
}


class LazyCommands(MutableMapping[str, click.Command]):
    """The group's commands, each imported when first asked for: a command pays for the modules it
    uses (``eligo check`` imports neither the evaluator, DuckDB, sqlglot nor Jinja2)."""

    def __init__(self, homes: dict[str, tuple[str, str]]) -> None:
        self._homes = dict(homes)
        self._loaded: dict[str, click.Command] = {}

    def __getitem__(self, name: str) -> click.Command:
        command = self._loaded.get(name)
        if command is None:
            module, attribute = self._homes[name]  # KeyError: no such command
            command = self._loaded[name] = getattr(importlib.import_module(module), attribute)
        return command

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._loaded[name] = command
        self._homes.setdefault(name, ("", ""))

    def __delitem__(self, name: str) -> None:
        del self._homes[name]
        self._loaded.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._homes)

    def __len__(self) -> int:
        return len(self._homes)


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, commands=LazyCommands(COMMANDS), cls=click.Group)
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
