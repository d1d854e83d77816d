"""Finding and loading the one Eligo grammar.

The grammar lives in ``grammar/eligo.lark`` at the top of the project and ships inside the
wheel as ``eligo/grammar/eligo.lark``; from a source checkout it is read from the project.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from pathlib import Path

from lark import Lark, Token

GRAMMAR_NAME = "eligo.lark"


def grammar_text() -> str:
    """The text of the grammar, from the installed package or else the source tree."""
    packaged = resources.files("eligo").joinpath("grammar").joinpath(GRAMMAR_NAME)
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    source_tree = Path(__file__).resolve().parents[3] / "grammar" / GRAMMAR_NAME
    return source_tree.read_text(encoding="utf-8")


_comment_sink: ContextVar[list[Token] | None] = ContextVar("eligo_comment_sink", default=None)


def _on_comment(token: Token) -> Token:
    sink = _comment_sink.get()
    if sink is not None:
        sink.append(token)
    return token


@contextmanager
def collecting_comments() -> Iterator[list[Token]]:
    """Collect the ``#`` comment tokens the lexer meets while the block runs."""
    sink: list[Token] = []
    reset = _comment_sink.set(sink)
    try:
        yield sink
    finally:
        _comment_sink.reset(reset)


@functools.cache
def parser() -> Lark:
    """The LALR parser, built once per process."""
    return Lark(
        grammar_text(),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
        lexer_callbacks={"COMMENT": _on_comment},
        start="start",
    )
