"""Finding and loading the one Eligo grammar.

The grammar lives in ``grammar/eligo.lark`` at the top of the project and ships inside the
wheel as ``eligo/grammar/eligo.lark``; from a source checkout it is read from the project.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from importlib import resources
from pathlib import Path

import lark
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


def cache_file(text: str) -> str | bool:
    """Where Lark keeps the analysed grammar between runs (a tenth of the time of building it):
    in the user's cache directory, named by the grammar's and Lark's versions (Lark also checks
    the grammar and options it was built from before using it); ``False`` (no cache) when that
    directory cannot be made."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    directory = os.path.join(base, "eligo")
    try:
        os.makedirs(directory, exist_ok=True)
    except OSError:
        return False
    if not os.access(directory, os.W_OK | os.X_OK):
        return False
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return os.path.join(directory, f"grammar-{digest}-lark-{lark.__version__}.cache")


@functools.cache
def parser() -> Lark:
    """The LALR parser, built once per process (its analysis cached on disk, see :func:`cache_file`)."""
    text = grammar_text()
    return Lark(
        text,
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
        lexer_callbacks={"COMMENT": _on_comment},
        start="start",
        cache=cache_file(text),
    )
