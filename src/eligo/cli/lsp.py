"""``eligo lsp``: the language server for editors, on stdin and stdout (:mod:`eligo.tools.lsp`)."""

from __future__ import annotations

import sys

import click

from eligo.cli.errors import EXIT_USAGE

__all__ = ["lsp"]


@click.command()
@click.option("--stdio", is_flag=True, help="Speak the protocol on stdin and stdout (the default and only transport).")
def lsp(stdio: bool) -> None:
    """Run the language server (diagnostics, hover, completion, navigation, formatting, rename).

    Editors start it; it speaks the Language Server Protocol on stdin and stdout. It needs the
    'lsp' extra: pip install 'eligo[lsp]'.
    """
    try:
        from eligo.tools.lsp.server import serve
    except ImportError as error:
        click.echo(f"eligo lsp: the language server needs the 'lsp' extra ({(error.name or 'pygls').split('.')[0]} is missing): "
                   "pip install 'eligo[lsp]'", err=True)  # fmt: skip
        sys.exit(EXIT_USAGE)
    serve()
